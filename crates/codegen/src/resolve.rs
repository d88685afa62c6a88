//! `$ref` resolution, decided once: a local reference (`#/…`) is followed to its end, at most
//! [`MAX_HOPS`] references deep (a cycle of references ends there instead of looping), in the
//! JSON document ([`follow`]) or, after lowering, in the typed document's `components`
//! ([`resolve`]). References to other files were bundled before (`bundle.rs`); a reference
//! that points at nothing is refused by the subset check, which says where.

use openapiv3::{
    Components, Example, OpenAPI, Parameter, ReferenceOr, RequestBody, Response, Schema,
};
use serde_json::Value;

/// How many references one chain may hop through.
pub(crate) const MAX_HOPS: usize = 32;

/// Follows local references from `value` within `root`: the value at the end, and the
/// pointer it was found at (`None` when `value` is no reference). A reference that leaves the
/// document, points at nothing, or hops more than [`MAX_HOPS`] times stops the walk where it
/// is.
pub(crate) fn follow<'v>(root: &'v Value, mut value: &'v Value) -> (&'v Value, Option<String>) {
    let mut at = None;
    for _ in 0..MAX_HOPS {
        let Some(pointer) = local_reference(value) else {
            break;
        };
        match root.pointer(pointer) {
            Some(target) => {
                value = target;
                at = Some(pointer.to_owned());
            }
            None => break,
        }
    }
    (value, at)
}

/// The JSON pointer of a local `$ref` (`#/components/schemas/Pet` → `/components/schemas/Pet`).
pub(crate) fn local_reference(value: &Value) -> Option<&str> {
    value.get("$ref")?.as_str()?.strip_prefix('#')
}

/// A kind of component a typed reference may point at.
pub(crate) trait Component: Sized {
    /// The references' prefix (`#/components/schemas/`).
    const PREFIX: &'static str;
    fn section(components: &Components) -> &indexmap::IndexMap<String, ReferenceOr<Self>>;
}

macro_rules! component {
    ($type:ty, $prefix:literal, $field:ident) => {
        impl Component for $type {
            const PREFIX: &'static str = $prefix;
            fn section(components: &Components) -> &indexmap::IndexMap<String, ReferenceOr<Self>> {
                &components.$field
            }
        }
    };
}

component!(Schema, "#/components/schemas/", schemas);
component!(Parameter, "#/components/parameters/", parameters);
component!(RequestBody, "#/components/requestBodies/", request_bodies);
component!(Response, "#/components/responses/", responses);
component!(Example, "#/components/examples/", examples);
component!(openapiv3::Header, "#/components/headers/", headers);

/// The component `item` is, or refers to through references into its section.
pub(crate) fn resolve<'a, T: Component>(
    document: &'a OpenAPI,
    item: &'a ReferenceOr<T>,
) -> Option<&'a T> {
    let mut current = item;
    for _ in 0..MAX_HOPS {
        match current {
            ReferenceOr::Item(item) => return Some(item),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(T::PREFIX)?;
                current = T::section(document.components.as_ref()?).get(name)?;
            }
        }
    }
    None
}

/// A property's or item's schema (`ReferenceOr<Box<Schema>>`), resolved.
pub(crate) fn resolve_boxed<'a>(
    document: &'a OpenAPI,
    schema: &'a ReferenceOr<Box<Schema>>,
) -> Option<&'a Schema> {
    match schema {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix(Schema::PREFIX)?;
            resolve(document, document.components.as_ref()?.schemas.get(name)?)
        }
    }
}

/// The name of the component schema a reference points at (`#/components/schemas/Pet` →
/// `Pet`).
pub(crate) fn schema_name(reference: &str) -> Option<&str> {
    reference.strip_prefix(Schema::PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn follow_reaches_the_end_and_names_where() {
        let root = json!({
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"type": "string"},
                "a/b": {"type": "integer"}
            }}
        });
        let (value, at) = follow(&root, &root["components"]["schemas"]["A"]);
        assert_eq!(value, &json!({"type": "string"}));
        assert_eq!(at.as_deref(), Some("/components/schemas/B"));
        let escaped = json!({"$ref": "#/components/schemas/a~1b"});
        assert_eq!(follow(&root, &escaped).0, &json!({"type": "integer"}));
        let plain = json!({"type": "boolean"});
        assert_eq!(follow(&root, &plain), (&plain, None));
    }

    #[test]
    fn follow_stops_on_a_cycle_a_dangling_or_a_remote_reference() {
        let root = json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"}
        }}});
        let (value, _) = follow(&root, &root["components"]["schemas"]["A"]);
        assert!(value.get("$ref").is_some(), "a cycle ends after MAX_HOPS");
        let dangling = json!({"$ref": "#/components/schemas/Nope"});
        assert_eq!(follow(&root, &dangling), (&dangling, None));
        let remote = json!({"$ref": "other.yaml#/A"});
        assert_eq!(follow(&root, &remote), (&remote, None));
    }

    #[test]
    fn typed_references_resolve_within_their_section() {
        let document: OpenAPI = serde_json::from_value(json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {
                "schemas": {
                    "A": {"$ref": "#/components/schemas/B"},
                    "B": {"type": "string"},
                    "Loop": {"$ref": "#/components/schemas/Loop"}
                },
                "parameters": {"P": {"name": "p", "in": "query", "schema": {"type": "string"}}}
            }
        }))
        .expect("a document");
        let reference = |to: &str| ReferenceOr::<Schema>::Reference {
            reference: to.to_owned(),
        };
        assert!(resolve(&document, &reference("#/components/schemas/A")).is_some());
        assert!(resolve(&document, &reference("#/components/schemas/Loop")).is_none());
        assert!(resolve(&document, &reference("#/components/parameters/P")).is_none());
        let parameter = ReferenceOr::<Parameter>::Reference {
            reference: "#/components/parameters/P".to_owned(),
        };
        assert_eq!(
            resolve(&document, &parameter).map(|p| p.parameter_data_ref().name.as_str()),
            Some("p")
        );
    }
}
