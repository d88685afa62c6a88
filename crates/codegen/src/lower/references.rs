//! References the generators cannot follow, replaced by what they point at. progenitor and
//! typify (and the model's typed resolver) follow a `$ref` only to a whole component
//! (`#/components/schemas/Pet`).
//!
//! - A reference into a component schema (`#/components/schemas/Pet/properties/id`) makes its
//!   target a component of its own (`Pet_properties_id`), once however many references point
//!   at it, and points at that: a target that refers back into itself stays a recursive type,
//!   and nothing is copied twice.
//! - Any other local reference that names no whole component (into `#/paths`: a parameter or
//!   schema reused from another operation; into a component's inside otherwise), and a path
//!   item's `$ref` (to another path item, or a 3.1 `#/components/pathItems/…`), is written in
//!   place as a copy of its target, as if the author had written it there. A copy's own such
//!   references are copied too, at most [`MAX_DEPTH`] deep and [`MAX_COPIED`] values in all:
//!   past that it stays a reference, which the subset check refuses with its place.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::pointer::escape_token;

/// How many copies deep inlining goes.
const MAX_DEPTH: usize = 8;
/// How many values (objects, arrays, scalars) the copies of one document may hold in all:
/// far above what real specs copy (DigitalOcean reuses one operation's answers in hundreds),
/// far below what a chain of references that copy each other could make of a small document.
const MAX_COPIED: usize = 4_000_000;

const SCHEMAS: &str = "/components/schemas/";

/// Rewrites, in `document`, every local reference that does not name a whole component (and
/// every path item's local reference), as above.
pub(super) fn inline(document: &mut Value) {
    if !any_to_inline(document) {
        return;
    }
    let original = document.clone();
    let taken = original
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().cloned().collect())
        .unwrap_or_default();
    let mut walker = Walker {
        original: &original,
        hoisted: BTreeMap::new(),
        queue: Vec::new(),
        taken,
        copied: 0,
    };
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            walker.walk(item, 0, true);
        }
    }
    for (key, value) in document.as_object_mut().into_iter().flatten() {
        if key != "paths" {
            walker.walk(value, 0, false);
        }
    }
    let mut added = Vec::new();
    while let Some((target, name)) = walker.queue.pop() {
        let mut schema = original.pointer(&target).cloned().unwrap_or(Value::Null);
        walker.walk(&mut schema, 0, false);
        added.push((name, schema));
    }
    if added.is_empty() {
        return;
    }
    let schemas = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .expect("a reference into a component schema means there are component schemas");
    added.sort_by(|a, b| a.0.cmp(&b.0));
    schemas.extend(added);
}

struct Walker<'a> {
    original: &'a Value,
    /// Target pointer → the component it became.
    hoisted: BTreeMap<String, String>,
    /// Targets made components whose schemas are still to be written.
    queue: Vec<(String, String)>,
    taken: std::collections::BTreeSet<String>,
    /// Values copied so far.
    copied: usize,
}

impl Walker<'_> {
    fn walk(&mut self, value: &mut Value, depth: usize, path_item: bool) {
        if let Some(pointer) = to_inline(value, path_item)
            && let Some(target) = self.original.pointer(&pointer)
        {
            // Made a component only when it is a schema's place (a reference to an example's
            // value inside a schema is copied).
            let deep_schema = pointer
                .strip_prefix(SCHEMAS)
                .and_then(|rest| rest.split_once('/'))
                .is_some_and(|(_, inside)| schema_place(inside));
            if deep_schema && !path_item {
                let name = self.component(&pointer);
                value["$ref"] = Value::String(format!("#{SCHEMAS}{}", escape_token(&name)));
                return;
            }
            let size = values(target);
            if depth < MAX_DEPTH && self.copied + size <= MAX_COPIED {
                self.copied += size;
                *value = target.clone();
                self.walk(value, depth + 1, path_item);
                return;
            }
        }
        match value {
            Value::Object(map) => {
                for child in map.values_mut() {
                    self.walk(child, depth, false);
                }
            }
            Value::Array(items) => {
                for item in items {
                    self.walk(item, depth, false);
                }
            }
            _ => {}
        }
    }

    /// The component a target inside a component schema becomes (`Pet_properties_id`).
    fn component(&mut self, pointer: &str) -> String {
        if let Some(name) = self.hoisted.get(pointer) {
            return name.clone();
        }
        let stem: Vec<String> = pointer[SCHEMAS.len()..]
            .split('/')
            .map(crate::pointer::unescape_token)
            .collect();
        let stem = stem.join("_");
        let name = (1..)
            .map(|n| {
                if n == 1 {
                    stem.clone()
                } else {
                    format!("{stem}_{n}")
                }
            })
            .find(|name| self.taken.insert(name.clone()))
            .expect("some number is free");
        self.hoisted.insert(pointer.to_owned(), name.clone());
        self.queue.push((pointer.to_owned(), name.clone()));
        name
    }
}

/// Whether a pointer inside a schema (`properties/id`, `items`, `allOf/0/properties/x`,
/// `definitions/Line`) reaches a schema, not a keyword's value (`example`, `enum/0`).
fn schema_place(inside: &str) -> bool {
    let mut tokens = inside.split('/');
    while let Some(token) = tokens.next() {
        match token {
            "properties" | "patternProperties" | "definitions" | "$defs" | "allOf" | "anyOf"
            | "oneOf" => {
                if tokens.next().is_none() {
                    return false;
                }
            }
            "items" | "additionalProperties" | "not" => {}
            _ => return false,
        }
    }
    true
}

/// How many values `value` holds, itself included.
fn values(value: &Value) -> usize {
    1 + match value {
        Value::Object(map) => map.values().map(values).sum(),
        Value::Array(items) => items.iter().map(values).sum(),
        _ => 0,
    }
}

/// A reference the generators follow by themselves: `#/components/<section>/<name>`.
fn names_a_component(target: &str) -> bool {
    target
        .strip_prefix("#/components/")
        .is_some_and(|rest| rest.split('/').count() == 2)
}

/// The pointer of a local reference to inline (a path item's, or one into a component's
/// inside or outside `#/components`), percent-decoded: a fragment is a URI's, so a path
/// template's braces are written `%7B` and `%7D` (RFC 6901, section 6).
fn to_inline(value: &Value, path_item: bool) -> Option<String> {
    let target = value.get("$ref")?.as_str()?;
    let pointer = target.strip_prefix('#')?;
    (path_item || !names_a_component(target)).then(|| percent_decoded(pointer))
}

/// `%XX` sequences decoded; the text as written when that is not UTF-8.
fn percent_decoded(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[at] == b'%'
            && let (Some(high), Some(low)) = (
                bytes.get(at + 1).copied().and_then(hex),
                bytes.get(at + 2).copied().and_then(hex),
            )
        {
            out.push(u8::try_from(high * 16 + low).unwrap_or(b'%'));
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
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
        // A target inside a component schema is a component of its own.
        assert_eq!(
            document.pointer("/components/schemas/Owner/properties/pet"),
            Some(&json!({"$ref": "#/components/schemas/Pet_properties_id"}))
        );
        assert_eq!(
            document.pointer("/components/schemas/Pet_properties_id"),
            Some(&json!({"type": "integer"}))
        );
        assert!(super::schema_place("properties/id/items"));
        assert!(super::schema_place("allOf/0/properties/x"));
        assert!(!super::schema_place("example"));
        assert!(!super::schema_place("properties/id/enum/0"));
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
    fn a_target_that_refers_into_itself_is_one_recursive_component() {
        let mut document = json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "Tree": {"properties": {"node": {"properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree/properties/node"}},
                }}}},
            }},
        });
        super::inline(&mut document);
        let reference = json!("#/components/schemas/Tree_properties_node");
        assert_eq!(
            document
                .pointer("/components/schemas/Tree/properties/node/properties/children/items/$ref"),
            Some(&reference)
        );
        assert_eq!(
            document
                .pointer("/components/schemas/Tree_properties_node/properties/children/items/$ref"),
            Some(&reference)
        );
    }

    #[test]
    fn a_cycle_of_copies_stops_as_a_reference() {
        let mut document = json!({
            "openapi": "3.0.3",
            "paths": {"/a": {"get": {"parameters": [{"$ref": "#/paths/~1a/get/parameters/0"}]}}},
        });
        super::inline(&mut document);
        assert!(
            document
                .pointer("/paths/~1a/get/parameters/0/$ref")
                .is_some()
        );
    }
}
