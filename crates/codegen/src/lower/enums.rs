//! An `enum` written against its schema's `type`, read as its author meant it where that is
//! certain; both generators and the wire checks ([`crate::as_read`]) read it so.
//!
//! - On an array, values that are no arrays are its items' values (Swagger 2 converters
//!   hoist `items.enum`: `type: array, items: {type: string}, enum: [a, b]`, which JSON Schema
//!   reads as "an array equal to a string": nothing). They move to `items` when it has none,
//!   and are dropped where `items` lists the same values (dracoon.team's password rules).
//! - On a number or an integer, values written as strings that read as that type are those
//!   numbers (`type: number, enum: ['2', '3']`), when every value does.
//!
//! Anything else is left as written (typify refuses an enum it cannot hold, located).

use serde_json::Value;

/// Reads `map`'s enum as described above (`kind`: its `type`); whether it changed.
pub(crate) fn read(map: &mut serde_json::Map<String, Value>, kind: &str) -> bool {
    let Some(values) = map.get("enum").and_then(Value::as_array) else {
        return false;
    };
    match kind {
        "array" => {
            let hoisted = !values.is_empty()
                && values
                    .iter()
                    .all(|value| !value.is_array() && !value.is_null());
            let items_free = map
                .get("items")
                .and_then(Value::as_object)
                .is_some_and(|items| !items.contains_key("enum") && !items.contains_key("$ref"));
            let same_as_items = map
                .get("items")
                .and_then(|items| items.get("enum"))
                .and_then(Value::as_array)
                .is_some_and(|own| {
                    own.len() == values.len() && values.iter().all(|value| own.contains(value))
                });
            if hoisted && same_as_items {
                map.remove("enum");
                return true;
            }
            if !(hoisted && items_free) {
                return false;
            }
            let values = map.remove("enum").unwrap_or_default();
            if let Some(Value::Object(items)) = map.get_mut("items") {
                items.insert("enum".to_owned(), values);
            }
            true
        }
        "integer" | "number" => {
            let fits = |value: &Value| match kind {
                "integer" => value.is_i64() || value.is_u64(),
                _ => value.is_number(),
            };
            let read: Option<Vec<Value>> = values
                .iter()
                .map(|value| match value {
                    Value::String(text) => serde_json::from_str::<Value>(text).ok().filter(fits),
                    value if fits(value) || value.is_null() => Some(value.clone()),
                    _ => None,
                })
                .collect();
            match read {
                Some(read) if values.iter().any(Value::is_string) => {
                    map.insert("enum".to_owned(), Value::Array(read));
                    true
                }
                _ => false,
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    fn read(mut schema: Value) -> (bool, Value) {
        let kind = schema["type"].as_str().unwrap_or("").to_owned();
        let changed = super::read(schema.as_object_mut().expect("object"), &kind);
        (changed, schema)
    }

    #[test]
    fn an_arrays_enum_of_items_moves_to_its_items() {
        assert_eq!(
            read(json!({"type": "array", "items": {"type": "string"}, "enum": ["a", "b"]})),
            (
                true,
                json!({"type": "array", "items": {"type": "string", "enum": ["a", "b"]}})
            )
        );
        // Where the items list the same values, the array's copy goes.
        assert_eq!(
            read(
                json!({"type": "array", "items": {"type": "string", "enum": ["b", "a"]},
                        "enum": ["a", "b"]})
            ),
            (
                true,
                json!({"type": "array", "items": {"type": "string", "enum": ["b", "a"]}})
            )
        );
        for left in [
            json!({"type": "array", "items": {"type": "string", "enum": ["c"]}, "enum": ["a"]}),
            json!({"type": "array", "items": {"type": "string", "enum": ["a", "c"]}, "enum": ["a"]}),
            json!({"type": "array", "items": {"$ref": "#/components/schemas/X"}, "enum": ["a"]}),
            json!({"type": "array", "items": {}, "enum": [["a"], ["b"]]}),
        ] {
            assert_eq!(read(left.clone()), (false, left));
        }
    }

    #[test]
    fn numbers_written_as_strings_are_numbers_when_all_are() {
        assert_eq!(
            read(json!({"type": "number", "enum": ["2", 3, "4.5"]})),
            (true, json!({"type": "number", "enum": [2, 3, 4.5]}))
        );
        for left in [
            json!({"type": "integer", "enum": ["Full-Time", "1"]}),
            json!({"type": "integer", "enum": ["2.5"]}),
            json!({"type": "integer", "enum": [1, 2]}),
        ] {
            assert_eq!(read(left.clone()), (false, left));
        }
    }
}
