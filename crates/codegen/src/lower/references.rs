//! References the generators cannot follow, replaced by what they point at. progenitor and
//! typify (and the model's typed resolver) follow a `$ref` only to a whole component
//! (`#/components/schemas/Pet`); a reference into a component (`#/components/schemas/Pet/
//! properties/id`), into `#/paths` (a schema or parameter reused from another operation), or
//! a path item's `$ref` (to another path item, or a 3.1 `#/components/pathItems/…`) is
//! written in place as a copy of its target, as if the author had written it inline. A copy's
//! own such references are inlined too, at most [`MAX_DEPTH`] deep: a cycle stays a
//! reference, and the subset check (or progenitor, located) refuses it with its place.

use serde_json::Value;

/// How many copies deep inlining goes.
const MAX_DEPTH: usize = 8;

/// Replaces, in `document`, every local reference that does not name a whole component (and
/// every path item's local reference) with a copy of its target.
pub(super) fn inline(document: &mut Value) {
    if !any_to_inline(document) {
        return;
    }
    let original = document.clone();
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            walk(item, &original, 0, true);
        }
    }
    for (key, value) in document.as_object_mut().into_iter().flatten() {
        if key != "paths" {
            walk(value, &original, 0, false);
        }
    }
}

/// A reference the generators follow by themselves: `#/components/<section>/<name>`.
fn names_a_component(target: &str) -> bool {
    target
        .strip_prefix("#/components/")
        .is_some_and(|rest| rest.split('/').count() == 2)
}

/// The pointer of a local reference to inline (a path item's, or one into a component's
/// inside or outside `#/components`).
fn to_inline(value: &Value, path_item: bool) -> Option<&str> {
    let target = value.get("$ref")?.as_str()?;
    let pointer = target.strip_prefix('#')?;
    (path_item || !names_a_component(target)).then_some(pointer)
}

/// Whether `document` has a reference to inline, so that most documents are not copied.
fn any_to_inline(document: &Value) -> bool {
    fn deep(value: &Value) -> bool {
        to_inline(value, false).is_some()
            || match value {
                Value::Object(map) => map.values().any(deep),
                Value::Array(items) => items.iter().any(deep),
                _ => false,
            }
    }
    let path_item = document
        .get("paths")
        .and_then(Value::as_object)
        .is_some_and(|paths| paths.values().any(|item| to_inline(item, true).is_some()));
    path_item || deep(document)
}

fn walk(value: &mut Value, original: &Value, depth: usize, path_item: bool) {
    if depth < MAX_DEPTH
        && let Some(target) = to_inline(value, path_item).and_then(|at| original.pointer(at))
    {
        *value = target.clone();
        walk(value, original, depth + 1, path_item);
        return;
    }
    match value {
        Value::Object(map) => {
            for child in map.values_mut() {
                walk(child, original, depth, false);
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, original, depth, false);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn references_into_components_and_paths_become_copies() {
        let mut document = json!({
            "openapi": "3.0.3",
            "paths": {
                "/a": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}]}},
                "/b": {"get": {"parameters": [{"$ref": "#/paths/~1a/get/parameters/0"}]}},
                "/c": {"$ref": "#/paths/~1a"},
            },
            "components": {"schemas": {
                "Pet": {"properties": {"id": {"type": "integer"}, "owner": {"$ref": "#/components/schemas/Owner"}}},
                "Owner": {"properties": {"pet": {"$ref": "#/components/schemas/Pet/properties/id"}}},
            }},
        });
        super::inline(&mut document);
        assert_eq!(
            document.pointer("/paths/~1b/get/parameters/0"),
            document.pointer("/paths/~1a/get/parameters/0")
        );
        assert_eq!(
            document.pointer("/paths/~1c"),
            document.pointer("/paths/~1a")
        );
        assert_eq!(
            document.pointer("/components/schemas/Owner/properties/pet"),
            Some(&json!({"type": "integer"}))
        );
        // A reference to a whole component stays one.
        assert_eq!(
            document.pointer("/components/schemas/Pet/properties/owner/$ref"),
            Some(&json!("#/components/schemas/Owner"))
        );
    }

    #[test]
    fn a_path_item_reference_alone_is_inlined() {
        let mut document = json!({
            "openapi": "3.1.0",
            "paths": {"/c": {"$ref": "#/components/pathItems/C"}},
            "components": {"pathItems": {"C": {"get": {"operationId": "c"}}}},
        });
        super::inline(&mut document);
        assert_eq!(
            document.pointer("/paths/~1c/get/operationId"),
            Some(&json!("c"))
        );
    }

    #[test]
    fn a_cycle_of_copies_stops_as_a_reference() {
        let mut document = json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "Node": {"properties": {"next": {"$ref": "#/components/schemas/Node/properties/next"}}},
            }},
        });
        super::inline(&mut document);
        assert!(
            document
                .pointer("/components/schemas/Node/properties/next/$ref")
                .is_some()
        );
    }
}
