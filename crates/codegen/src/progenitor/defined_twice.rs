//! A Rust type typify defines twice in the `types` module would not compile: refused before
//! any file is written, at the component of that name. typify does it for a `nullable`
//! `anyOf` component: its `Option` newtype and the type inside take the component's one name;
//! and where an inline type's name (its parent's and property's) is a component's. Lowering
//! names those apart (`lower/inline_types.rs`); what it cannot reach is refused here: the
//! type typify makes where an `allOf` merges two different schemas of one property
//! (bitbucket.org's `TeamLinks`). 24 corpus specs that "generated" before this check did not
//! compile for it.

use std::collections::BTreeSet;

use crate::{CodegenError, Spec, pointer::escape_token};

pub(super) fn check(spec: &Spec, file: &syn::File) -> Result<(), CodegenError> {
    let Some((_, items)) = super::module(&file.items, "types").and_then(|m| m.content.as_ref())
    else {
        return Ok(());
    };
    let mut seen = BTreeSet::new();
    let twice = items.iter().find_map(|item| {
        let name = match item {
            syn::Item::Struct(item) => &item.ident,
            syn::Item::Enum(item) => &item.ident,
            syn::Item::Type(item) => &item.ident,
            _ => return None,
        };
        (!seen.insert(name.to_string())).then(|| name.to_string())
    });
    let Some(twice) = twice else {
        return Ok(());
    };
    let component = spec
        .document
        .components
        .as_ref()
        .and_then(|components| {
            components
                .schemas
                .keys()
                .find(|key| crate::naming::type_name(key) == twice)
        })
        .map_or_else(String::new, |key| escape_token(key));
    Err(CodegenError::Unsupported {
        source_name: spec.source_name.clone(),
        pointer: format!("/components/schemas/{component}"),
        location: None,
        construct: format!("schema {twice:?}"),
        reason: format!(
            "typify names two of the types it writes {twice} (as it does for a nullable anyOf: \
             the Option and the type inside; or for an inline type named like a component); the \
             generated crates would not compile"
        ),
    }
    .located(&spec.locations))
}

#[cfg(test)]
mod tests {
    use crate::Spec;

    #[test]
    fn a_type_typify_would_define_twice_is_refused_where_it_is_not_left_to_the_compiler() {
        // `Team` merges two `links` properties of different types into one inline type,
        // which typify names `TeamLinks`, the component's name (bitbucket.org's spec).
        let spec = Spec::parse(
            "team.yaml",
            r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /teams:
    get:
      operationId: getTeam
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Team'}
components:
  schemas:
    Account:
      type: object
      properties:
        links: {$ref: '#/components/schemas/AccountLinks'}
    Team:
      allOf:
        - {$ref: '#/components/schemas/Account'}
        - type: object
          properties:
            links: {$ref: '#/components/schemas/TeamLinks'}
    AccountLinks:
      type: object
      properties:
        avatar: {type: string}
    TeamLinks:
      type: object
      properties:
        members: {type: string}
"##,
        )
        .expect("parses");
        let err = crate::client_file(&spec, "test")
            .expect_err("refused")
            .to_string();
        assert!(
            err.starts_with("team.yaml:")
                && err.contains("/components/schemas/TeamLinks: unsupported schema \"TeamLinks\""),
            "{err}"
        );
    }
}
