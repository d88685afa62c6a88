//! Every example checked against its schema before any code is written, with the validator
//! the generated router runs on requests (`schema_check`), on the value `schema_value.rs`
//! builds for the schema, which is the value the router's statics are written from. An
//! example the generator passes is one the router would take; the mock answers with them.

use std::collections::HashMap;

use bumpalo::Bump;
use openapiv3::{ReferenceOr, Schema as OpenSchema};
use schema_check::{Schema, Violations};
use serde_json::Value;

use crate::{CodegenError, Spec, error::ExampleProblem, model, pointer::nearest, schema_value};

/// The component schemas' values, built once, against which examples are checked.
pub(crate) struct Checker<'a> {
    spec: &'a Spec,
    arena: &'a Bump,
    components: HashMap<&'a str, &'a Schema<'a>>,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(spec: &'a Spec, arena: &'a Bump) -> Self {
        let components = schema_value::components(spec, arena)
            .into_iter()
            .filter_map(|(name, schema)| schema.ok().map(|schema| (name, schema)))
            .collect();
        Self {
            spec,
            arena,
            components,
        }
    }

    /// What the router's validator says of `value` against `schema`.
    fn findings(&self, schema: &'a Schema<'a>, value: &Value) -> Vec<String> {
        let names = |name: &str| self.components.get(name).copied();
        let mut violations = Violations::default();
        schema.validate_in(&names, value, "example", &mut violations);
        violations
            .into_vec()
            .into_iter()
            .map(|error| format!("{} {} ({})", error.location, error.message, error.code))
            .collect()
    }

    /// Whether `value` matches `schema` (what the mock asks of an example before it answers
    /// with it).
    pub(crate) fn matches(&self, schema: &ReferenceOr<OpenSchema>, value: &Value) -> bool {
        schema_value::build(self.spec, self.arena, schema)
            .is_ok_and(|schema| self.findings(schema, value).is_empty())
    }
}

/// `Ok` when every example matches its schema; else every one that does not, located.
pub(crate) fn check(spec: &Spec) -> Result<(), CodegenError> {
    let arena = Bump::new();
    let checker = Checker::new(spec, &arena);
    let mut problems = Vec::new();
    for example in model::examples(spec) {
        let built = match &example.schema {
            model::Checked::Written(schema) => schema_value::build(spec, &arena, schema),
            model::Checked::Own(schema) => schema_value::build_item(spec, &arena, schema),
        };
        let findings = match built {
            Ok(schema) => checker.findings(schema, example.value),
            Err(err) => vec![format!("its schema cannot be checked: {err}")],
        };
        if !findings.is_empty() {
            problems.push(ExampleProblem {
                location: nearest(&spec.locations, &example.pointer).cloned(),
                pointer: example.pointer,
                findings,
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CodegenError::Examples {
            source_name: spec.source_name.clone(),
            problems,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{CodegenError, Spec};

    /// The problems `check` finds in a document, as `pointer @ line: findings`.
    fn problems(version: &str, body: &str) -> Vec<String> {
        let text = format!("openapi: {version}\ninfo: {{title: T, version: '1'}}\n{body}");
        let spec = Spec::parse("t.yaml", &text).unwrap_or_else(|err| panic!("{err}"));
        match super::check(&spec) {
            Ok(()) => Vec::new(),
            Err(CodegenError::Examples { problems, .. }) => problems
                .into_iter()
                .map(|problem| {
                    let line = problem.location.map_or(0, |location| location.line);
                    format!(
                        "{} @ {line}: {}",
                        problem.pointer,
                        problem.findings.join("; ")
                    )
                })
                .collect(),
            Err(other) => panic!("{other}"),
        }
    }

    const NOTE: &str = "components:\n  schemas:\n    Note:\n      type: object\n      required: [id, title]\n      properties:\n        id: {type: string, format: uuid}\n        title: {type: integer, example: Weekly sync}\n        tags: {type: array, maxItems: 2, items: {type: string}}\n        parent: {$ref: '#/components/schemas/Note'}\n";

    #[test]
    fn a_property_example_of_the_wrong_type_is_refused_where_it_is_written() {
        assert_eq!(
            problems("3.0.3", &format!("paths: {{}}\n{NOTE}")),
            [
                "/components/schemas/Note/properties/title/example @ 11: example must be a whole number (type)"
            ]
        );
    }

    #[test]
    fn body_and_parameter_examples_meet_the_routers_validator_through_references() {
        let body = "paths:\n  /notes:\n    post:\n      parameters:\n        - {name: limit, in: query, schema: {type: integer, maximum: 10}, example: 11}\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Note'}\n            examples:\n              good: {value: {id: 1b4e28ba-2fa1-11d2-883f-0016d3cca427, title: 3}}\n              nested: {$ref: '#/components/examples/Nested'}\n      responses: {'204': {description: ok}}\ncomponents:\n  examples:\n    Nested: {value: {id: 1b4e28ba-2fa1-11d2-883f-0016d3cca427, title: 1, tags: [a, b, c], parent: {id: nope}}}\n  schemas:\n    Note:\n      type: object\n      required: [id, title]\n      properties:\n        id: {type: string, format: uuid}\n        title: {type: integer}\n        tags: {type: array, maxItems: 2, items: {type: string}}\n        parent: {$ref: '#/components/schemas/Note'}\n";
        assert_eq!(
            problems("3.0.3", body),
            [
                "/paths/~1notes/post/parameters/0/example @ 7: example must be at most 10 (maximum)",
                // Found through the recursive `parent`, which a static could not follow
                // before its component was built.
                "/components/examples/Nested/value @ 18: example.tags must have at most 2 items, has 3 (max_items); example.parent.id must be a UUID (8-4-4-4-12 hexadecimal digits) (format); example.parent.title is required (required)",
            ]
        );
    }

    #[test]
    fn every_example_of_a_3_1_list_is_checked() {
        let body = "paths: {}\ncomponents:\n  schemas:\n    Size:\n      type: [integer, 'null']\n      minimum: 1\n      examples: [3, null, 0]\n";
        assert_eq!(
            problems("3.1.0", body),
            ["/components/schemas/Size/examples/2 @ 9: example must be at least 1 (minimum)"]
        );
    }

    #[test]
    fn examples_that_match_pass_and_byte_bodies_are_not_read() {
        let body = "paths:\n  /files:\n    put:\n      requestBody:\n        content:\n          application/octet-stream:\n            schema: {type: string, format: binary}\n            example: not checked\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {n: {type: integer}}}\n              example: {n: 3, extra: true}\n";
        assert!(problems("3.0.3", body).is_empty());
    }
}
