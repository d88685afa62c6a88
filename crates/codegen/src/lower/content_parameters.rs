//! Parameters described with `content` (a media type and its schema) instead of `schema`,
//! which progenitor cannot take. Where the value's text is the same either way, the
//! parameter is given the media type's schema: a scalar (string, integer, number, boolean)
//! under a media type that is not JSON (`text/plain`, `*/*`) travels as its own text, and so
//! does a number or a boolean under JSON (its JSON text is its text).
//!
//! For the generators only ([`json`]), a path, query or header parameter whose only media
//! type is JSON and whose value is no such scalar (a JSON string, which travels quoted, an
//! array, an object) is any JSON to the Rust types (`serde_json::Value`, whose `Display` is
//! its JSON text, which progenitor writes into a path or a header), its schema kept in
//! `x-codegen-schema` for the router, which reads the value as JSON text and checks it, and
//! its style kept as `json` (the client writes a query value's JSON text). The others (a
//! cookie's, another media type's) stay as written, for the subset check to refuse with
//! their place.

use serde_json::{Map, Value, json};

use super::{KEPT_IN, KEPT_SCHEMA, KEPT_STYLE};

/// What [`KEPT_STYLE`] holds for a parameter whose value is its JSON text.
pub(crate) const JSON_STYLE: &str = "json";

/// Rewrites every path, query and header parameter of `document` whose only media type is
/// JSON into any JSON, its schema and style kept for the router and the client.
pub(super) fn json(document: &mut Value) {
    super::parameters::each(document, |parameter| {
        let Some(map) = parameter.as_object_mut() else {
            return;
        };
        let place = map.get("in").and_then(Value::as_str);
        if !matches!(place, Some("path" | "query" | "header")) || map.contains_key(KEPT_IN) {
            return;
        }
        let Some(schema) = only_media(map)
            .filter(|(media, _)| crate::openapi::is_json(media))
            .map(|(_, schema)| schema.clone())
        else {
            return;
        };
        map.remove("content");
        map.remove("style");
        map.remove("explode");
        map.insert("schema".to_owned(), json!({}));
        map.insert(KEPT_SCHEMA.to_owned(), schema);
        map.insert(KEPT_STYLE.to_owned(), Value::String(JSON_STYLE.to_owned()));
    });
}

/// Rewrites every parameter of `document` whose `content` reads as its schema; the pointers
/// of those rewritten.
pub(super) fn lower(document: &mut Value) -> Vec<String> {
    // The parameters with content, then what each becomes (its schema's references resolved
    // in the whole document, which is not copied), then the rewrites.
    let mut with_content = Vec::new();
    super::parameters::each_at(document, |at, parameter| {
        if parameter.get("content").is_some() {
            with_content.push(at.to_owned());
        }
    });
    let rewrites: Vec<(String, Value)> = with_content
        .into_iter()
        .filter_map(|at| {
            let parameter = document.pointer(&at)?.as_object()?;
            let schema = travels_as_text(document, parameter)?;
            Some((at, schema))
        })
        .collect();
    let mut changed = Vec::new();
    for (at, schema) in rewrites {
        if let Some(map) = document.pointer_mut(&at).and_then(Value::as_object_mut) {
            map.remove("content");
            map.insert("schema".to_owned(), schema);
            changed.push(format!("{at} (its content's schema)"));
        }
    }
    changed
}

/// The schema of a parameter's only media type, when its value travels as its own text.
fn travels_as_text(document: &Value, parameter: &Map<String, Value>) -> Option<Value> {
    let (media, schema) = only_media(parameter)?;
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

/// A parameter's only media type (OpenAPI allows one) and its schema.
fn only_media(parameter: &Map<String, Value>) -> Option<(&String, &Value)> {
    let content = parameter.get("content")?.as_object()?;
    let [(media, holder)] = content.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    Some((media, holder.get("schema")?))
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
        // A JSON string travels quoted, an object as JSON text: both stay as written here.
        assert!(parameters[1].get("content").is_some());
        assert!(parameters[2].get("content").is_some());
        // For the generators, the JSON one is any JSON, its schema and style kept; a text
        // one stays as written (refused).
        super::json(&mut document);
        let parameters = &document["paths"]["/a/{id}"]["get"]["parameters"];
        let mut expected = json!({"name": "s", "in": "query", "schema": {}});
        expected[super::KEPT_SCHEMA] = json!({"type": "string"});
        expected[super::KEPT_STYLE] = json!(super::JSON_STYLE);
        assert_eq!(parameters[1], expected);
        assert!(parameters[2].get("content").is_some());
    }

    /// A schema referenced from anywhere in the document (here, another operation's
    /// parameter: `codegen::as_read` lowers before references are inlined) is followed
    /// where it points, and the pointers of the rewritten parameters are returned.
    #[test]
    fn a_content_schema_referenced_from_the_paths_is_followed() {
        let mut document = json!({
            "paths": {
                "/a": {"get": {"parameters": [{"name": "n", "in": "query", "schema": {"type": "integer"}}]}},
                "/b": {"get": {"parameters": [{"name": "m", "in": "query",
                    "content": {"text/plain": {"schema": {"$ref": "#/paths/~1a/get/parameters/0/schema"}}}}]}},
            },
        });
        let changed = lower(&mut document);
        assert_eq!(
            changed,
            ["/paths/~1b/get/parameters/0 (its content's schema)"]
        );
        assert_eq!(
            document["paths"]["/b"]["get"]["parameters"][0],
            json!({"name": "m", "in": "query",
                "schema": {"$ref": "#/paths/~1a/get/parameters/0/schema"}})
        );
    }
}
