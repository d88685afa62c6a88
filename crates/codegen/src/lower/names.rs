//! Names the document keeps apart that Rust would not: the generators name a component
//! schema's type and an operation's parameters after the document's names, and two names that
//! differ only in case or punctuation (`Timestamp` and `timestamp`; the query parameters
//! `MaxResults` and `maxResults`) would be one Rust name, defined twice.
//!
//! - A component schema is renamed (`timestamp` → `timestamp_2`, type `Timestamp2`) and every
//!   reference to it follows: component names never reach the wire.
//! - A parameter is renamed for the generators (`MaxResults` → `MaxResults (2)`, field
//!   `max_results_2`) and keeps its name on the wire in [`KEPT_NAME`]: the model reads it
//!   there, and the client writes it back where progenitor spells the renamed one.
//! - progenitor names every inline JSON response schema of an operation after it
//!   (`GetPetResponse`), success and error alike: where both groups have one that makes a
//!   type, they would be one type (an error answer read as the success's type). The error
//!   group's schema becomes a component of its own (`getPet-error`, type `GetPetError`, a
//!   free name), referenced from each of its statuses ([`operation_types`]).
//! - progenitor names an operation's inline parameter type `{operationId}{Name}`, typify a
//!   component's inline property type `{Component}{Property}`: the operation `Holiday`'s
//!   parameter `optional` and the component `Holiday`'s property `optional` would be one type.
//!   Such a parameter's schema becomes a component of its own (`Holiday-optional-parameter`).

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::KEPT_NAME;
use crate::{
    naming::{parameter_field, type_name},
    openapi::METHODS,
    pointer::escape_token,
};

/// Renames the component schemas whose types would collide.
pub(super) fn components(document: &mut Value) {
    let Some(schemas) = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return;
    };
    let mut taken = BTreeSet::new();
    let mut renames = Vec::new();
    for name in schemas.keys() {
        if taken.insert(type_name(name)) {
            continue;
        }
        let renamed = (2..)
            .map(|n| format!("{name}_{n}"))
            .find(|candidate| {
                !schemas.contains_key(candidate) && taken.insert(type_name(candidate))
            })
            .expect("some number is free");
        renames.push((name.clone(), renamed));
    }
    if renames.is_empty() {
        return;
    }
    if let Some(schemas) = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        // Rebuilt in order, the renamed ones where they were.
        let old = std::mem::take(schemas);
        for (name, schema) in old {
            let name = renames
                .iter()
                .find(|(from, _)| *from == name)
                .map_or(name, |(_, to)| to.clone());
            schemas.insert(name, schema);
        }
    }
    let targets: Vec<(String, String)> = renames
        .iter()
        .map(|(from, to)| {
            (
                format!("#/components/schemas/{}", escape_token(from)),
                format!("#/components/schemas/{}", escape_token(to)),
            )
        })
        .collect();
    retarget(document, &targets);
}

/// Moves to components of their own an operation's inline error schema where its success has
/// one too, and an inline parameter schema whose type name a component's inline property
/// type has.
pub(super) fn operation_types(document: &mut Value) {
    let components = document.get("components").cloned().unwrap_or(Value::Null);
    let schemas = components.get("schemas").and_then(Value::as_object);
    let mut taken: BTreeSet<String> = schemas
        .map(|schemas| schemas.keys().map(|name| type_name(name)).collect())
        .unwrap_or_default();
    // The types typify makes of the components' inline schemas.
    let mut inline = BTreeSet::new();
    for (name, schema) in schemas.into_iter().flatten() {
        inline_names(schema, name, 0, &mut inline);
    }
    taken.extend(inline.iter().cloned());
    let mut free = |stem: String| {
        (1..)
            .map(|n| match n {
                1 => stem.clone(),
                n => format!("{stem}-{n}"),
            })
            .find(|candidate| taken.insert(type_name(candidate)))
            .expect("some number is free")
    };
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    let operations = document
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .flat_map(|item| {
            let item = item.as_object_mut();
            item.into_iter().flat_map(|item| {
                item.iter_mut()
                    .filter(|(method, _)| METHODS.contains(&method.as_str()))
                    .map(|(_, operation)| operation)
            })
        });
    for operation in operations {
        let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        let id = id.to_owned();
        let parameters = operation
            .get_mut("parameters")
            .and_then(Value::as_array_mut);
        for parameter in parameters.into_iter().flatten() {
            let Some(name) = parameter.get("name").and_then(Value::as_str) else {
                continue;
            };
            let suggested = type_name(&format!("{id}-{name}"));
            let Some(schema) = parameter.get("schema").filter(|schema| makes_type(schema)) else {
                continue;
            };
            if inline.contains(&suggested) {
                let key = free(format!("{id}-{name}-parameter"));
                hoisted.push((key.clone(), schema.clone()));
                parameter["schema"] = reference(&key);
            }
        }
        let Some(responses) = operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        let success = responses.iter().any(|(status, response)| {
            status.starts_with('2') && inline_type(&components, response).is_some()
        });
        if !success {
            continue;
        }
        // The error group's statuses (one schema after lowering, `default`'s copies too).
        let mut own: Option<(String, Value)> = None;
        for (status, response) in responses.iter_mut() {
            if !matches!(status.as_bytes().first(), Some(b'4' | b'5')) {
                continue;
            }
            let Some(schema) = inline_type(&components, response).cloned() else {
                continue;
            };
            let name = match &own {
                Some((name, known)) if *known == schema => name.clone(),
                _ => {
                    let name = free(format!("{id}-error"));
                    hoisted.push((name.clone(), schema.clone()));
                    own = Some((name.clone(), schema));
                    name
                }
            };
            // A response shared by reference becomes this operation's own copy.
            if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
                let target = reference
                    .strip_prefix('#')
                    .and_then(|pointer| components_pointer(&components, pointer));
                if let Some(target) = target {
                    *response = target.clone();
                }
            }
            response["content"]["application/json"]["schema"] = reference(&name);
        }
    }
    if hoisted.is_empty() {
        return;
    }
    let schemas = document
        .as_object_mut()
        .map(|root| {
            root.entry("components")
                .or_insert_with(|| Value::Object(Map::new()))
        })
        .and_then(|components| {
            components.as_object_mut().map(|c| {
                c.entry("schemas")
                    .or_insert_with(|| Value::Object(Map::new()))
            })
        })
        .and_then(Value::as_object_mut);
    if let Some(schemas) = schemas {
        for (name, schema) in hoisted {
            schemas.insert(name, schema);
        }
    }
}

/// A `$ref` to the component schema `component`.
pub(super) fn reference(component: &str) -> Value {
    serde_json::json!({ "$ref": format!("#/components/schemas/{}", escape_token(component)) })
}

/// Whether typify makes a named type of `schema` (inline): an object, a composition or an
/// enum.
pub(super) fn makes_type(schema: &Value) -> bool {
    schema.get("$ref").is_none()
        && (schema.get("type").and_then(Value::as_str) == Some("object")
            || [
                "properties",
                "additionalProperties",
                "allOf",
                "anyOf",
                "oneOf",
                "enum",
            ]
            .iter()
            .any(|key| schema.get(*key).is_some()))
}

/// The type names typify gives the inline schemas under `schema` (named `name`): a property's
/// `{name}{Property}`, an array item's `{name}Item`, to a few levels.
fn inline_names(schema: &Value, name: &str, depth: usize, out: &mut BTreeSet<String>) {
    if depth > 4 {
        return;
    }
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (property, inner) in properties {
            let inner_name = format!("{name}-{property}");
            if makes_type(inner) {
                out.insert(type_name(&inner_name));
            }
            inline_names(inner, &inner_name, depth + 1, out);
        }
    }
    if let Some(items) = schema.get("items") {
        let inner_name = format!("{name}-item");
        if makes_type(items) {
            out.insert(type_name(&inner_name));
        }
        inline_names(items, &inner_name, depth + 1, out);
    }
}

/// The inline JSON schema of a response (followed into `components/responses`) when
/// progenitor would make a named type of it: an object, a composition or an enum.
fn inline_type<'v>(components: &'v Value, response: &'v Value) -> Option<&'v Value> {
    let response = match response.get("$ref").and_then(Value::as_str) {
        Some(reference) => components_pointer(components, reference.strip_prefix('#')?)?,
        None => response,
    };
    let schema = response.pointer("/content/application~1json/schema")?;
    makes_type(schema).then_some(schema)
}

/// `/components/…` of the document, from a copy of its `components`.
fn components_pointer<'v>(components: &'v Value, pointer: &str) -> Option<&'v Value> {
    components.pointer(pointer.strip_prefix("/components")?)
}

/// Points every `$ref` (and every discriminator mapping) at a renamed component.
fn retarget(value: &mut Value, targets: &[(String, String)]) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let reference = key == "$ref" || key == "mapping";
                match child {
                    Value::String(target) if reference => {
                        if let Some((_, to)) = targets.iter().find(|(from, _)| from == target) {
                            *target = to.clone();
                        }
                    }
                    Value::Object(mapping) if key == "mapping" => {
                        for target in mapping.values_mut() {
                            if let Value::String(text) = target
                                && let Some((_, to)) = targets.iter().find(|(from, _)| from == text)
                            {
                                *text = to.clone();
                            }
                        }
                    }
                    _ => retarget(child, targets),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| retarget(item, targets)),
        _ => {}
    }
}

/// Renames, in each operation, the parameters whose fields would collide with an earlier
/// one's (the path item's parameters first, as the generators merge them). A renamed
/// parameter that was a reference is written in place first: the component may be shared.
pub(super) fn parameters(document: &mut Value) {
    let components = Value::Object(Map::from_iter([(
        "components".to_owned(),
        document.get("components").cloned().unwrap_or(Value::Null),
    )]));
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        let shared: Vec<Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for method in METHODS {
            let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut) else {
                continue;
            };
            let own = operation
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let resolved =
                |parameter: &Value| crate::resolve::follow(&components, parameter).0.clone();
            // The path item's, unless the operation's own has the same name and place.
            let own_keys: Vec<(Value, Value)> = own
                .iter()
                .map(resolved)
                .map(|p| (p["name"].clone(), p["in"].clone()))
                .collect();
            let inherited: Vec<Value> = shared
                .iter()
                .map(resolved)
                .filter(|p| !own_keys.contains(&(p["name"].clone(), p["in"].clone())))
                .collect();
            let mut taken: BTreeSet<String> = inherited
                .iter()
                .filter_map(|p| p["name"].as_str())
                .map(parameter_field)
                .collect();
            let mut renamed = false;
            let mut written = Vec::with_capacity(own.len());
            for parameter in &own {
                let mut parameter_value = resolved(parameter);
                let Some(name) = parameter_value["name"].as_str().map(str::to_owned) else {
                    written.push(parameter.clone());
                    continue;
                };
                if taken.insert(parameter_field(&name)) || parameter_value["in"] == "path" {
                    written.push(parameter.clone());
                    continue;
                }
                let new = (2..)
                    .map(|n| format!("{name} ({n})"))
                    .find(|candidate| taken.insert(parameter_field(candidate)))
                    .expect("some number is free");
                parameter_value["name"] = Value::String(new);
                parameter_value[KEPT_NAME] = Value::String(name);
                written.push(parameter_value);
                renamed = true;
            }
            if renamed {
                operation.insert("parameters".to_owned(), Value::Array(written));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn components_whose_types_collide_are_renamed_with_their_references() {
        let mut document = json!({
            "components": {"schemas": {
                "Timestamp": {"type": "string"},
                "timestamp": {"type": "string", "format": "date-time"},
                "Event": {"properties": {"at": {"$ref": "#/components/schemas/timestamp"}}},
            }},
        });
        super::components(&mut document);
        let schemas = document["components"]["schemas"].as_object().unwrap();
        assert_eq!(
            schemas.keys().collect::<Vec<_>>(),
            ["Timestamp", "timestamp_2", "Event"]
        );
        assert_eq!(
            document.pointer("/components/schemas/Event/properties/at/$ref"),
            Some(&json!("#/components/schemas/timestamp_2"))
        );
    }

    #[test]
    fn parameters_whose_fields_collide_are_renamed_keeping_their_wire_name() {
        let mut document = json!({
            "paths": {"/a": {
                "parameters": [{"name": "maxResults", "in": "query", "schema": {}}],
                "get": {"parameters": [{"$ref": "#/components/parameters/Max"}]},
            }},
            "components": {"parameters": {"Max": {"name": "MaxResults", "in": "query", "schema": {}}}},
        });
        super::parameters(&mut document);
        assert_eq!(
            document.pointer("/paths/~1a/get/parameters/0"),
            Some(&json!({
                "name": "MaxResults (2)",
                "in": "query",
                "schema": {},
                (super::KEPT_NAME): "MaxResults",
            }))
        );
        // The component itself is untouched: another operation may use it as it is.
        assert_eq!(
            document.pointer("/components/parameters/Max/name"),
            Some(&json!("MaxResults"))
        );
    }
}
