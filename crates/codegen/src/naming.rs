//! Every name the generator gives: where a name of the document becomes a Rust identifier,
//! it is decided here and nowhere else.
//!
//! Two families follow the tools whose output we extend, character for character, so that
//! what we name is what they defined:
//! - [`progenitor`]: operation methods, builder structs and builder fields (parameters);
//! - [`typify`]: types (component schemas), their fields and enum variants.
//!
//! They differ in one place: a name that cannot start an identifier gets `_` from progenitor
//! and `x`/`X` from typify (`3ds` → method `_3ds`, type `X3ds`).

use heck::{ToPascalCase, ToShoutySnakeCase, ToSnakeCase};
use quote::format_ident;
use unicode_ident::{is_xid_continue, is_xid_start};

/// The case of an identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    Pascal,
    Snake,
}

impl Case {
    fn apply(self, text: &str) -> String {
        match self {
            Self::Pascal => text.to_pascal_case(),
            Self::Snake => text.to_snake_case(),
        }
    }
}

/// Which tool's rule for a name that cannot start an identifier.
#[derive(Clone, Copy)]
enum Prefix {
    /// progenitor: `_`.
    Underscore,
    /// typify: `x` (snake) or `X` (Pascal).
    Letter,
}

fn sanitize(input: &str, case: Case, prefix: Prefix) -> String {
    let out = match input {
        "+1" => "plus1".to_owned(),
        "-1" => "minus1".to_owned(),
        _ => case.apply(
            &input
                .replace('\'', "")
                .replace(|c: char| !is_xid_continue(c), "-"),
        ),
    };
    let letter = case.apply("x");
    let out = match out.chars().next() {
        None => letter,
        Some(c) if is_xid_start(c) => out,
        Some(_) => match prefix {
            Prefix::Underscore => format!("_{out}"),
            Prefix::Letter => format!("{letter}{out}"),
        },
    };
    if typify::accept_as_ident(&out) {
        out
    } else {
        format!("{out}_")
    }
}

/// progenitor's name for a document name (its `sanitize`).
pub(crate) fn progenitor(input: &str, case: Case) -> String {
    sanitize(input, case, Prefix::Underscore)
}

/// typify's name for a document name (its `sanitize`).
pub(crate) fn typify(input: &str, case: Case) -> String {
    sanitize(input, case, Prefix::Letter)
}

/// The client method, trait method and module of an operation (`list_pets`).
pub(crate) fn operation_method(operation_id: &str) -> String {
    progenitor(operation_id, Case::Snake)
}

/// progenitor's builder struct of an operation (`ListPets`).
pub(crate) fn operation_builder(operation_id: &str) -> String {
    progenitor(operation_id, Case::Pascal)
}

/// The builder field (and setter, and `Request` field) of a parameter (`page_size`).
pub(crate) fn parameter_field(name: &str) -> String {
    progenitor(name, Case::Snake)
}

/// The type typify defines for a component schema (`types::Pet`).
pub(crate) fn type_name(component: &str) -> String {
    typify(component, Case::Pascal)
}

/// A snake-case function named after a document name (a strategy, a security scheme's
/// builder method).
pub(crate) fn function_name(name: &str) -> String {
    progenitor(name, Case::Snake)
}

/// A Pascal-case variant named after a document name (a security scheme's credential).
pub(crate) fn variant_name(name: &str) -> String {
    progenitor(name, Case::Pascal)
}

/// The server's trait, after `info.title`: `Petstore` → `PetstoreApi`, `Pet Store API` →
/// `PetStoreApi`.
pub(crate) fn trait_name(title: &str) -> String {
    let base = progenitor(title, Case::Pascal);
    if base.ends_with("Api") {
        base
    } else {
        format!("{base}Api")
    }
}

/// A variant name for a status: its reason phrase in PascalCase (`UnprocessableEntity`),
/// `Status599` for a code without one.
pub(crate) fn status_variant(code: u16) -> String {
    http::StatusCode::from_u16(code)
        .ok()
        .and_then(|status| status.canonical_reason())
        .map(|reason| reason.replace('\'', "").to_pascal_case())
        .unwrap_or_else(|| format!("Status{code}"))
}

/// The validation static of a component schema (`PET_STATUS`).
pub(crate) fn component_static(name: &str) -> syn::Ident {
    ident(&name.to_shouty_snake_case())
}

/// The prefix of an operation's statics (`LIST_PETS`).
pub(crate) fn operation_static_prefix(operation_id: &str) -> String {
    operation_id.to_shouty_snake_case()
}

/// A parameter's validation static (`LIST_PETS__QUERY_PAGE_SIZE`).
pub(crate) fn parameter_static(operation_id: &str, location: &str, name: &str) -> syn::Ident {
    ident(&format!(
        "{}__{}_{}",
        operation_static_prefix(operation_id),
        location.to_uppercase(),
        name.to_shouty_snake_case()
    ))
}

/// `text` as an identifier, for names the generator makes up: other characters become `_`,
/// a leading digit gets a `_` before it, and a keyword one after it.
pub(crate) fn ident(text: &str) -> syn::Ident {
    let mut out: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    if out == "_" || syn::parse_str::<syn::Ident>(&out).is_err() {
        out.push('_');
    }
    format_ident!("{}", out)
}

/// The words of a name, joined in PascalCase: two names with the same key would become one
/// Rust name (`pet-store` and `PetStore`, the enum values `FAILED` and `failed`).
pub(crate) fn collision_key(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned.to_pascal_case()
}

/// The operationId given to an operation that has none: `get` + `/pets/{petId}/toys` →
/// `getPetsByPetIdToys`.
pub(crate) fn synthesized_operation_id(method: &str, path: &str) -> String {
    let mut id = method.to_owned();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let (prefix, word) = match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => ("By", name),
            None => ("", segment),
        };
        let word = collision_key(word);
        if !word.is_empty() {
            id.push_str(prefix);
            id.push_str(&word);
        }
    }
    id
}

/// `name`, or `name_`, `name__`, … : the first that `taken` does not hold yet (then taken).
pub(crate) fn unique(name: String, taken: &mut std::collections::BTreeSet<String>) -> String {
    let mut name = name;
    while !taken.insert(name.clone()) {
        name.push('_');
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progenitor_and_typify_differ_only_on_a_leading_non_letter() {
        assert_eq!(operation_method("listPets"), "list_pets");
        assert_eq!(operation_builder("listPets"), "ListPets");
        assert_eq!(type_name("pet-store"), "PetStore");
        assert_eq!(operation_method("3ds"), "_3ds");
        assert_eq!(type_name("3ds"), "X3ds");
        assert_eq!(typify("3ds", Case::Snake), "x3ds");
    }

    #[test]
    fn apostrophes_vanish_and_keywords_get_an_underscore() {
        assert_eq!(operation_method("get pet's toys"), "get_pets_toys");
        assert_eq!(parameter_field("type"), "type_");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(parameter_field(""), "x");
        assert_eq!(type_name(""), "X");
        assert_eq!(parameter_field("+1"), "plus1");
        assert_eq!(parameter_field("-1"), "minus1");
    }

    #[test]
    fn names_that_meet_in_rust_are_one_key() {
        assert_eq!(collision_key("FAILED"), collision_key("failed"));
        assert_eq!(collision_key("pet-store"), collision_key("PetStore"));
        assert_ne!(collision_key("e-"), "");
        assert_eq!(collision_key("e-"), collision_key("e+"));
    }

    #[test]
    fn statuses_name_variants_by_reason() {
        assert_eq!(status_variant(422), "UnprocessableEntity");
        assert_eq!(status_variant(418), "ImATeapot");
        assert_eq!(status_variant(599), "Status599");
    }

    #[test]
    fn made_up_identifiers_are_always_valid() {
        assert_eq!(ident("a-b").to_string(), "a_b");
        assert_eq!(ident("1x").to_string(), "_1x");
        assert_eq!(ident("fn").to_string(), "fn_");
        assert_eq!(ident("").to_string(), "__");
        assert_eq!(trait_name("Pet Store API"), "PetStoreApi");
        assert_eq!(trait_name("Petstore"), "PetstoreApi");
        assert_eq!(
            parameter_static("listPets", "query", "page-size").to_string(),
            "LIST_PETS__QUERY_PAGE_SIZE"
        );
    }

    #[test]
    fn synthesized_ids_come_from_method_and_path() {
        assert_eq!(
            synthesized_operation_id("get", "/pets/{petId}/toys"),
            "getPetsByPetIdToys"
        );
        assert_eq!(synthesized_operation_id("post", "/"), "post");
        assert_eq!(
            synthesized_operation_id("delete", "/v1/user-groups.json"),
            "deleteV1UserGroupsJson"
        );
    }

    #[test]
    fn unique_appends_underscores() {
        let mut taken = std::collections::BTreeSet::new();
        assert_eq!(unique("a".into(), &mut taken), "a");
        assert_eq!(unique("a".into(), &mut taken), "a_");
        assert_eq!(unique("a".into(), &mut taken), "a__");
    }
}
