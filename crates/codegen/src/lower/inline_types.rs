//! Types typify would name twice, named apart before it runs. typify names a component's type
//! after the component, an inline schema's after its place (`{Component}{Property}`,
//! `{…}Item`) or after its `title`; nothing keeps two of those names apart, and a `types`
//! module that defines one name twice does not compile.
//!
//! - A `nullable` component that is a composition (`oneOf`, `anyOf`, an `allOf` of more than
//!   one schema) would be its `Option` newtype and, inside, the composition under the same
//!   name (apache.org's airflow `ScheduleInterval`). The composition becomes a component of
//!   its own, `{Name}Inner` (typify's own name for what a nullable object holds), and the
//!   component the nullable `allOf` of it.
//! - An inline schema whose name a component's type has (bigtableadmin's `Cluster.state`
//!   enum and its `ClusterState` object), or an earlier inline schema's: where it is the
//!   component's schema exactly (Azure's `Disk.properties` and `DiskProperties`) it becomes a
//!   reference to it; otherwise it is given a free name as its `title` (`ClusterState2`).
//!
//! Component and inline names never reach the wire; what the document says of the values is
//! unchanged.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::names::{makes_type, reference};
use crate::{naming::type_name, pointer::escape_token};

/// Both rewrites, the nullable compositions first (they add components).
pub(super) fn lower(document: &mut Value) {
    nullable_compositions(document);
    inline_names(document);
}

fn nullable_compositions(document: &mut Value) {
    let Some(schemas) = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let mut taken: BTreeSet<String> = schemas.keys().map(|name| type_name(name)).collect();
    let mut inner = Vec::new();
    for (name, schema) in schemas.iter_mut() {
        let Some(map) = schema.as_object_mut() else {
            continue;
        };
        let composed = map.contains_key("oneOf")
            || map.contains_key("anyOf")
            || map
                .get("allOf")
                .and_then(Value::as_array)
                .is_some_and(|all| all.len() > 1);
        if map.get("nullable") != Some(&Value::Bool(true)) || !composed {
            continue;
        }
        let key = (1..)
            .map(|n| match n {
                1 => format!("{name}Inner"),
                n => format!("{name}Inner{n}"),
            })
            .find(|candidate| taken.insert(type_name(candidate)))
            .expect("some number is free");
        let mut composition = std::mem::take(map);
        composition.remove("nullable");
        let mut outer = Map::new();
        outer.insert("nullable".to_owned(), Value::Bool(true));
        outer.insert("allOf".to_owned(), json!([reference(&key)]));
        for keyword in ["description", "readOnly", "writeOnly", "deprecated"] {
            if let Some(value) = composition.get(keyword) {
                outer.insert(keyword.to_owned(), value.clone());
            }
        }
        *map = outer;
        inner.push((key, Value::Object(composition)));
    }
    schemas.extend(inner);
}

fn inline_names(document: &mut Value) {
    let Some(schemas) = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return;
    };
    let mut names = Names {
        taken: schemas.keys().map(|name| type_name(name)).collect(),
        components: schemas,
        named: BTreeMap::new(),
        edits: Vec::new(),
        merging: Vec::new(),
    };
    for (name, schema) in schemas {
        let pointer = format!("/components/schemas/{}", escape_token(name));
        names.children(schema, &pointer, name, 0);
    }
    let edits = names.edits;
    for (pointer, edit) in edits {
        if let Some(schema) = document.pointer_mut(&pointer) {
            match edit {
                Edit::Title(title) => schema["title"] = Value::String(title),
                Edit::Reference(key) => *schema = reference(&key),
            }
        }
    }
}

/// What becomes of an inline schema whose name is taken.
enum Edit {
    /// It is given a free name.
    Title(String),
    /// It is the named component's schema.
    Reference(String),
}

struct Names<'d> {
    components: &'d Map<String, Value>,
    /// Every type name given so far.
    taken: BTreeSet<String>,
    /// The name given to each inline schema met so far (a component's property is met again
    /// where an `allOf` merges the component into another).
    named: BTreeMap<String, String>,
    edits: Vec<(String, Edit)>,
    /// The components an `allOf` is merging on the way here.
    merging: Vec<String>,
}

impl Names<'_> {
    /// Names apart the inline schemas under `schema` (at `pointer`), whose type is `name`:
    /// its properties, its items, and those of the schemas an `allOf` merges into it.
    fn children(&mut self, schema: &Value, pointer: &str, name: &str, depth: usize) {
        if depth > crate::MAX_NESTING {
            return;
        }
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (property, inner) in properties {
                let at = format!("{pointer}/properties/{}", escape_token(property));
                self.inline(inner, &at, &format!("{name}_{property}"), depth + 1);
            }
        }
        if let Some(items) = schema.get("items") {
            self.inline(
                items,
                &format!("{pointer}/items"),
                &format!("{name}_item"),
                depth + 1,
            );
        }
        for (index, member) in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            match member.get("$ref").and_then(Value::as_str) {
                Some(target) => {
                    let key = target
                        .strip_prefix("#/components/schemas/")
                        .map(crate::pointer::unescape_token);
                    let at = key
                        .as_deref()
                        .map(|key| format!("/components/schemas/{}", escape_token(key)));
                    let merged = key.as_deref().and_then(|key| self.components.get(key));
                    // A cycle of `allOf` references is walked once.
                    if let (Some(at), Some(merged)) = (at, merged)
                        && !self.merging.contains(&at)
                    {
                        self.merging.push(at.clone());
                        self.children(merged, &at, name, depth + 1);
                        self.merging.pop();
                    }
                }
                None => self.children(member, &format!("{pointer}/allOf/{index}"), name, depth + 1),
            }
        }
    }

    /// `schema` (at `pointer`), which typify names `suggested` unless it has a title.
    fn inline(&mut self, schema: &Value, pointer: &str, suggested: &str, depth: usize) {
        if !makes_type(schema) {
            // An array's items, say, still name types of their own.
            self.children(schema, pointer, suggested, depth);
            return;
        }
        if let Some(name) = self.named.get(pointer) {
            // Met before and named then: by a title now, the same in every place, or by the
            // same suggestion.
            let titled = self.edits.iter().any(|(at, _)| at == pointer);
            if titled || type_name(name) == type_name(suggested) {
                return;
            }
        }
        let name = schema
            .get("title")
            .and_then(Value::as_str)
            .map_or_else(|| suggested.to_owned(), str::to_owned);
        let rust = type_name(&name);
        if self.taken.insert(rust.clone()) {
            self.named.insert(pointer.to_owned(), name.clone());
            self.children(schema, pointer, &name, depth);
            return;
        }
        if let Some((key, _)) = self
            .components
            .iter()
            .find(|(key, known)| type_name(key) == rust && *known == schema)
        {
            self.edits
                .push((pointer.to_owned(), Edit::Reference(key.clone())));
            return;
        }
        let free = (2..)
            .map(|n| format!("{name}{n}"))
            .find(|candidate| self.taken.insert(type_name(candidate)))
            .expect("some number is free");
        self.named.insert(pointer.to_owned(), free.clone());
        self.edits
            .push((pointer.to_owned(), Edit::Title(free.clone())));
        self.children(schema, pointer, &free, depth);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    fn lowered(schemas: Value) -> Value {
        let mut document = json!({"components": {"schemas": schemas}});
        super::lower(&mut document);
        document["components"]["schemas"].take()
    }

    #[test]
    fn a_nullable_composition_holds_its_inner_component() {
        let schemas = lowered(json!({
            "Interval": {
                "nullable": true,
                "description": "How often.",
                "anyOf": [{"$ref": "#/components/schemas/Delta"}, {"type": "string"}],
            },
            "Delta": {"type": "object", "properties": {"days": {"type": "integer"}}},
            "Pair": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Delta"}]},
        }));
        assert_eq!(
            schemas["Interval"],
            json!({
                "nullable": true,
                "allOf": [{"$ref": "#/components/schemas/IntervalInner"}],
                "description": "How often.",
            })
        );
        assert_eq!(
            schemas["IntervalInner"],
            json!({
                "description": "How often.",
                "anyOf": [{"$ref": "#/components/schemas/Delta"}, {"type": "string"}],
            })
        );
        // A nullable `allOf` of one schema is typify's own `Option` of it: left alone.
        assert!(schemas.get("PairInner").is_none());
    }

    #[test]
    fn an_inline_type_named_like_a_component_is_named_apart_or_referenced() {
        let state = json!({"type": "object", "properties": {"since": {"type": "string"}}});
        let schemas = lowered(json!({
            "Cluster": {
                "type": "object",
                "properties": {
                    "state": {"type": "string", "enum": ["READY", "OFF"]},
                    "owner": {"title": "Cluster State", "type": "object", "properties": {}},
                    "history": {"type": "array", "items": {
                        "type": "object", "properties": {"at": {"type": "string"}}}},
                },
            },
            "ClusterState": state.clone(),
            "ClusterHistoryItem": {"type": "object"},
            "Disk": {"type": "object", "properties": {"state": state.clone()}},
            "DiskState": state.clone(),
        }));
        let cluster = &schemas["Cluster"]["properties"];
        assert_eq!(cluster["state"]["title"], "Cluster_state2");
        // A title is the name typify takes: taken too, so it is numbered (past the one
        // just given).
        assert_eq!(cluster["owner"]["title"], "Cluster State3");
        assert_eq!(
            cluster["history"]["items"]["title"],
            "Cluster_history_item2"
        );
        // The component's own schema exactly: a reference to it.
        assert_eq!(
            schemas["Disk"]["properties"]["state"],
            json!({"$ref": "#/components/schemas/DiskState"})
        );
        assert_eq!(schemas["DiskState"], state);
    }

    #[test]
    fn a_property_an_all_of_merges_is_named_apart_where_it_lands() {
        let schemas = lowered(json!({
            "Solution": {"allOf": [
                {"type": "object", "properties": {"id": {"type": "string"}}},
                {"$ref": "#/components/schemas/SolutionKind"},
            ]},
            "SolutionKind": {
                "type": "object",
                "properties": {"kind": {"type": "string", "enum": ["CEF", "ATA"]}},
            },
            // An `allOf` cycle is walked once.
            "Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}]},
        }));
        // `Solution`'s merged `kind` would be `SolutionKind`, the component's name.
        assert_eq!(
            schemas["SolutionKind"]["properties"]["kind"]["title"],
            "Solution_kind2"
        );
    }
}
