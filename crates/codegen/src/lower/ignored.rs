//! Header parameters OpenAPI says to ignore: one named `Accept`, `Content-Type` or
//! `Authorization` (any case) "SHALL be ignored" (the media types and the security schemes
//! say those). Both generators leave them out, and so does the document the wire checks are
//! given ([`crate::as_read`]): a generated client that sent a made-up `Content-Type` would
//! contradict its own body.

use serde_json::Value;

const IGNORED: [&str; 3] = ["accept", "content-type", "authorization"];

/// Removes them from every parameter list of `document` (a reference followed to see the
/// parameter); the pointers of those removed.
pub(crate) fn lower(document: &mut Value) -> Vec<String> {
    let root = document.clone();
    let mut removed = Vec::new();
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return removed;
    };
    for (path, item) in paths.iter_mut() {
        let path = crate::pointer::escape_token(path);
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (key, holder) in item.iter_mut() {
            let (list, at) = if key == "parameters" {
                (Some(holder), format!("/paths/{path}/parameters"))
            } else {
                (
                    holder.get_mut("parameters"),
                    format!("/paths/{path}/{key}/parameters"),
                )
            };
            let Some(Value::Array(list)) = list else {
                continue;
            };
            let mut index = 0;
            list.retain(|parameter| {
                let parameter_at = format!("{at}/{index}");
                index += 1;
                let parameter = crate::resolve::follow(&root, parameter).0;
                let ignored = parameter.get("in").and_then(Value::as_str) == Some("header")
                    && parameter
                        .get("name")
                        .and_then(Value::as_str)
                        .is_some_and(|name| IGNORED.contains(&name.to_ascii_lowercase().as_str()));
                if ignored {
                    removed.push(format!(
                        "{parameter_at} (a header parameter OpenAPI ignores)"
                    ));
                }
                !ignored
            });
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn accept_content_type_and_authorization_headers_are_left_out() {
        let mut document = json!({
            "paths": {"/a": {
                "parameters": [{"name": "Accept", "in": "header", "schema": {}}],
                "put": {"parameters": [
                    {"$ref": "#/components/parameters/ContentType"},
                    {"name": "authorization", "in": "header", "schema": {}},
                    {"name": "Accept", "in": "query", "schema": {}},
                    {"name": "X-Trace", "in": "header", "schema": {}},
                ]},
            }},
            "components": {"parameters": {"ContentType": {"name": "Content-Type", "in": "header"}}},
        });
        let removed = super::lower(&mut document);
        assert_eq!(document["paths"]["/a"]["parameters"], json!([]));
        assert_eq!(
            document["paths"]["/a"]["put"]["parameters"],
            json!([
                {"name": "Accept", "in": "query", "schema": {}},
                {"name": "X-Trace", "in": "header", "schema": {}},
            ])
        );
        assert_eq!(removed.len(), 3, "{removed:?}");
        assert_eq!(
            removed[1],
            "/paths/~1a/put/parameters/0 (a header parameter OpenAPI ignores)"
        );
    }
}
