//! `readOnly` and `writeOnly` properties: required only the way they travel (OpenAPI 3.0:
//! "If the property is marked as readOnly being true and is in the required list, the
//! required will take effect on the response only"). One Rust type serves requests and
//! answers, so such a property is optional in it (a client need not send an `id` the server
//! assigns; a server need not echo a `password`), and the validator keeps the list as
//! written, in [`KEPT_REQUIRED`], to require each one in its direction.

use serde_json::{Map, Value};

use super::KEPT_REQUIRED;

/// Takes the required `readOnly` and `writeOnly` properties of `map` out of its `required`.
pub(super) fn lower(map: &mut Map<String, Value>) {
    let (Some(properties), Some(required)) = (
        map.get("properties").and_then(Value::as_object),
        map.get("required").and_then(Value::as_array),
    ) else {
        return;
    };
    let directional = |name: &Value| {
        name.as_str()
            .and_then(|name| properties.get(name))
            .is_some_and(|property| {
                property.get("readOnly") == Some(&Value::Bool(true))
                    || property.get("writeOnly") == Some(&Value::Bool(true))
            })
    };
    if !required.iter().any(directional) {
        return;
    }
    let kept = required.clone();
    let typed: Vec<Value> = required
        .iter()
        .filter(|name| !directional(name))
        .cloned()
        .collect();
    map.insert("required".to_owned(), Value::Array(typed));
    map.insert(KEPT_REQUIRED.to_owned(), Value::Array(kept));
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn directional_properties_are_optional_for_the_types_and_kept_for_the_validator() {
        let mut schema = json!({
            "type": "object",
            "required": ["id", "name", "password"],
            "properties": {
                "id": {"type": "string", "readOnly": true},
                "name": {"type": "string"},
                "password": {"type": "string", "writeOnly": true},
            },
        });
        super::lower(schema.as_object_mut().unwrap());
        assert_eq!(schema["required"], json!(["name"]));
        assert_eq!(
            schema[super::KEPT_REQUIRED],
            json!(["id", "name", "password"])
        );
    }
}
