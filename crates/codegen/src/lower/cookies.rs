//! Cookie parameters, which progenitor refuses: given to the generators as header parameters
//! of the same name (`style: form`, the only cookie style, dropped with `explode`), their
//! place kept in [`KEPT_IN`]. The model reads them as cookies again: the router reads them
//! from the `Cookie` header, and the client writes progenitor's header into the one `Cookie`
//! header of the request (`client/parameters.rs`).

use serde_json::Value;

use super::KEPT_IN;

/// Rewrites every cookie parameter of `document` (components', path items' and operations').
pub(super) fn lower(document: &mut Value) {
    super::parameters::each(document, cookie);
}

fn cookie(parameter: &mut Value) {
    let Some(map) = parameter.as_object_mut() else {
        return;
    };
    if map.get("in").and_then(Value::as_str) != Some("cookie") {
        return;
    }
    map.insert("in".to_owned(), Value::String("header".to_owned()));
    map.insert(KEPT_IN.to_owned(), Value::String("cookie".to_owned()));
    map.remove("style");
    map.remove("explode");
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn cookies_are_headers_that_remember_their_place() {
        let mut document = json!({
            "paths": {"/a": {"get": {"parameters": [
                {"name": "session", "in": "cookie", "style": "form", "schema": {"type": "string"}},
                {"name": "q", "in": "query", "schema": {"type": "string"}},
            ]}}},
            "components": {"parameters": {"Theme": {"name": "theme", "in": "cookie", "schema": {}}}},
        });
        super::lower(&mut document);
        assert_eq!(
            document.pointer("/paths/~1a/get/parameters/0"),
            Some(
                &json!({"name": "session", "in": "header", (super::KEPT_IN): "cookie", "schema": {"type": "string"}})
            )
        );
        assert_eq!(
            document.pointer("/paths/~1a/get/parameters/1/in"),
            Some(&json!("query"))
        );
        assert_eq!(
            document["components"]["parameters"]["Theme"][super::KEPT_IN],
            json!("cookie")
        );
    }
}
