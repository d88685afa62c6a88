//! Parameters described with `content` (a media type and its schema) instead of `schema`,
//! which progenitor cannot take. Where the value's text is the same either way, the
//! parameter is given the media type's schema: a scalar (string, integer, number, boolean)
//! under a media type that is not JSON (`text/plain`, `*/*`) travels as its own text, and so
//! does a number or a boolean under JSON (its JSON text is its text). The others, a JSON
//! string (which travels quoted), array or object, stay as written, for the subset check to
//! refuse with their place.

use serde_json::{Map, Value};

/// Rewrites every parameter of `document` whose `content` reads as its schema; the pointers
/// of those rewritten.
pub(super) fn lower(document: &mut Value) -> Vec<String> {
    let components = document.clone();
    let mut changed = Vec::new();
    super::parameters::each_at(document, |at, parameter| {
        let Some(map) = parameter.as_object_mut() else {
            return;
        };
        if let Some(schema) = travels_as_text(&components, map) {
            map.remove("content");
            map.insert("schema".to_owned(), schema);
            changed.push(format!("{at} (its content's schema)"));
        }
    });
    changed
}

/// The schema of a parameter's only media type, when its value travels as its own text.
fn travels_as_text(document: &Value, parameter: &Map<String, Value>) -> Option<Value> {
    let content = parameter.get("content")?.as_object()?;
    let [(media, holder)] = content.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let schema = holder.get("schema")?;
    let resolved = crate::resolve::follow(document, schema).0;
    let kind = resolved.get("type").and_then(Value::as_str)?;
    let json = crate::openapi::is_json(media);
    let fits = match kind {
        "string" => !json,
        "integer" | "number" | "boolean" => true,
        _ => false,
    };
    (fits && resolved.get("nullable") != Some(&Value::Bool(true))).then(|| schema.clone())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::lower;

    #[test]
    fn a_parameter_whose_content_travels_as_its_text_is_given_its_schema() {
        let uuid = json!({"type": "string", "format": "uuid"});
        let mut document = json!({
            "components": {
                "parameters": {"n": {"name": "n", "in": "query",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/N"}}}}},
                "schemas": {"N": {"type": "integer"}},
            },
            "paths": {"/a/{id}": {"get": {"parameters": [
                {"name": "id", "in": "path", "required": true, "content": {"*/*": {"schema": uuid}}},
                {"name": "s", "in": "query", "content": {"application/json": {"schema": {"type": "string"}}}},
                {"name": "o", "in": "query", "content": {"text/plain": {"schema": {"type": "object"}}}},
            ]}}},
        });
        lower(&mut document);
        assert_eq!(
            document["components"]["parameters"]["n"],
            json!({"name": "n", "in": "query", "schema": {"$ref": "#/components/schemas/N"}})
        );
        let parameters = &document["paths"]["/a/{id}"]["get"]["parameters"];
        assert_eq!(
            parameters[0],
            json!({"name": "id", "in": "path", "required": true, "schema": uuid})
        );
        // A JSON string travels quoted, an object as JSON text: both stay as written.
        assert!(parameters[1].get("content").is_some());
        assert!(parameters[2].get("content").is_some());
    }
}
