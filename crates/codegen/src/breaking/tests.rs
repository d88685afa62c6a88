//! The breaking check's own unit tests (its fixture corpus is `tests/breaking/`).

use super::*;
#[test]
fn a_reference_to_nothing_is_refused_with_its_place_not_compared() {
    let text = |target: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '{target}'}}\ncomponents:\n  schemas:\n    Pet: {{type: object, properties: {{name: {{type: string}}}}}}\n"
        )
    };
    let base = Document::parse("base.yaml", &text("#/components/schemas/Pet")).unwrap();
    let typo = Document::parse("typo.yaml", &text("#/components/schemas/Pte")).unwrap();
    let err = compare(&base, &typo).expect_err("refused").to_string();
    assert!(
        err.starts_with("typo.yaml:11:30: /paths/~1a/get/responses/200/content/application~1json/schema/$ref: the reference \"#/components/schemas/Pte\" points at nothing; did you mean \"#/components/schemas/Pet\"?"),
        "{err}"
    );
}
