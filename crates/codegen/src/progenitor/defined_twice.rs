//! A Rust type typify defines twice in the `types` module would not compile: refused before
//! any file is written, at the component of that name. typify does it for a `nullable`
//! `anyOf` component (apache.org's airflow `ScheduleInterval`): its `Option` newtype and the
//! type inside take the component's one name; and where an inline type's name (its parent's
//! and property's) is a component's (zuora.com's `PostAccountTypeBillToContact`). 24 corpus
//! specs that "generated" before this check did not compile for it.

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
    fn a_nullable_any_of_component_is_refused_where_it_is_not_left_to_the_compiler() {
        let spec = Spec::parse(
            "airflow.yaml",
            r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /dags:
    get:
      operationId: getDag
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  interval: {$ref: '#/components/schemas/ScheduleInterval'}
components:
  schemas:
    ScheduleInterval:
      nullable: true
      anyOf:
        - {$ref: '#/components/schemas/TimeDelta'}
        - {$ref: '#/components/schemas/CronExpression'}
    TimeDelta:
      type: object
      properties:
        days: {type: integer}
    CronExpression:
      type: object
      properties:
        value: {type: string}
"##,
        )
        .expect("parses");
        let err = crate::client_file(&spec, "test")
            .expect_err("refused")
            .to_string();
        assert!(
            err.starts_with("airflow.yaml:")
                && err.contains(
                    "/components/schemas/ScheduleInterval: unsupported schema \"ScheduleInterval\""
                ),
            "{err}"
        );
    }
}
