//! Schemas without `type` that typify cannot read, given the type their other keywords imply.
//!
//! - A `format` alone (`{format: date-time}`, `{format: int64}`): the type the format
//!   belongs to (integer, number, boolean, else string), as the author meant it.
//! - An `enum` alone whose values are all of one JSON type: that type (a mix stays as written,
//!   and progenitor's refusal of it is located).
//! - Keywords of both objects and arrays (`properties` beside `maxItems`, `items` beside
//!   `required`): the kind with its structure (`properties` or `items`) keeps its keywords,
//!   the other kind's are dropped.
//!
//! Keywords are recognized by the JSON type of their values, so that a `properties` map
//! with a property named `format` or `required` is no schema to this lowering.

use serde_json::{Map, Value};

const OBJECT: [&str; 5] = [
    "properties",
    "additionalProperties",
    "required",
    "minProperties",
    "maxProperties",
];
const ARRAY: [&str; 4] = ["items", "minItems", "maxItems", "uniqueItems"];

/// The keyword's value has the JSON type the keyword takes.
fn keyword(map: &Map<String, Value>, key: &str) -> bool {
    match (key, map.get(key)) {
        (_, None) => false,
        ("properties" | "items", Some(value)) => value.is_object(),
        ("additionalProperties", Some(value)) => value.is_object() || value.is_boolean(),
        ("required" | "enum", Some(value)) => value.is_array(),
        ("uniqueItems", Some(value)) => value.is_boolean(),
        ("format", Some(value)) => value.is_string(),
        (_, Some(value)) => value.is_number(),
    }
}

/// Lowers `map` when it is a schema without `type`; the type it now has, if any.
pub(super) fn lower(map: &mut Map<String, Value>) -> Option<&'static str> {
    let composed = ["type", "$ref", "allOf", "anyOf", "oneOf", "not"]
        .iter()
        .any(|key| map.contains_key(*key));
    if composed {
        return None;
    }
    let object = OBJECT.iter().any(|key| keyword(map, key));
    let array = ARRAY.iter().any(|key| keyword(map, key));
    if object && array {
        let drop: &[&str] = if keyword(map, "properties") || !keyword(map, "items") {
            &ARRAY
        } else {
            &OBJECT
        };
        for key in drop {
            map.remove(*key);
        }
        return None;
    }
    if object || array {
        return None;
    }
    let implied = if keyword(map, "enum") {
        let values = map.get("enum").and_then(Value::as_array)?;
        let mut kinds = values
            .iter()
            .filter(|value| !value.is_null())
            .map(json_type);
        let first = kinds.next()?;
        if !kinds.all(|kind| kind == first) {
            return None;
        }
        first
    } else if keyword(map, "format") {
        match map.get("format").and_then(Value::as_str)? {
            "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64"
            | "integer" => "integer",
            "float" | "double" | "number" | "decimal" => "number",
            "boolean" | "bool" => "boolean",
            _ => "string",
        }
    } else {
        return None;
    };
    map.insert("type".to_owned(), Value::String(implied.to_owned()));
    Some(implied)
}

/// A value's JSON Schema type (integers apart from other numbers).
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Bool(_) => "boolean",
        Value::Number(number) if number.is_i64() || number.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => "null",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    fn lowered(schema: Value) -> Value {
        let mut schema = schema;
        super::lower(schema.as_object_mut().expect("an object"));
        schema
    }

    #[test]
    fn the_other_keywords_imply_the_type() {
        assert_eq!(
            lowered(json!({"format": "host-name"})),
            json!({"format": "host-name", "type": "string"})
        );
        assert_eq!(
            lowered(json!({"format": "int64"})),
            json!({"format": "int64", "type": "integer"})
        );
        assert_eq!(
            lowered(json!({"enum": ["==", ">=", null]})),
            json!({"enum": ["==", ">=", null], "type": "string"})
        );
        // A mix of JSON types stays as written.
        assert_eq!(
            lowered(json!({"enum": [true, 0]})),
            json!({"enum": [true, 0]})
        );
        assert_eq!(
            lowered(json!({"uniqueItems": false, "properties": {"a": {}}})),
            json!({"properties": {"a": {}}})
        );
        assert_eq!(
            lowered(json!({"items": {}, "required": ["a"]})),
            json!({"items": {}})
        );
        // A properties map is no schema: its values are schemas, not keywords.
        let map = json!({"format": {"type": "string"}, "required": {"type": "boolean"}});
        assert_eq!(lowered(map.clone()), map);
    }
}
