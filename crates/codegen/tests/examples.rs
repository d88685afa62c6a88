//! Examples are checked with the router's validator, on the real spec: the edit a designer
//! makes (a property's type changed) leaves its examples behind, and `check_examples` (which
//! `cargo xtask codegen` runs before it writes anything) says where each one is, instead of
//! a mock and docs that contradict the schema. The library still generates such a spec.

use codegen::{CodegenError, ServerOptions, Spec, check_examples, generate};

fn chats() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/chats.yaml");
    std::fs::read_to_string(path).expect("openapi/chats.yaml")
}

fn options() -> ServerOptions<'static> {
    ServerOptions {
        command: "cargo xtask codegen",
        spec_include: "openapi.yaml",
        json_include: "openapi.json",
    }
}

#[test]
fn the_chats_examples_match_their_schemas() {
    let spec = Spec::parse("openapi/chats.yaml", &chats()).unwrap();
    check_examples(&spec).unwrap_or_else(|err| panic!("{err}"));
}

#[test]
fn a_type_changed_under_its_example_is_refused_at_the_example() {
    let text = chats();
    let before = "        title:\n          type: string\n          nullable: true\n          description: The title of the chat, or null when it has none.\n          example: Refund for order 1042\n";
    assert_eq!(
        text.matches(before).count(),
        1,
        "the Chat.title of chats.yaml"
    );
    let line = text[..text.find(before).unwrap()].lines().count() + 5;
    let edited = text.replace(before, &before.replace("type: string", "type: integer"));
    let spec = Spec::parse("openapi/chats.yaml", &edited).unwrap();
    generate(&spec, &options()).expect("generated all the same");
    let err = check_examples(&spec).unwrap_err();
    let CodegenError::Examples { problems, .. } = &err else {
        panic!("not an example problem: {err}");
    };
    let [problem] = problems.as_slice() else {
        panic!("{err}");
    };
    assert_eq!(
        problem.pointer,
        "/components/schemas/Chat/properties/title/example"
    );
    assert_eq!(
        problem.location.as_ref().map(|at| at.line as usize),
        Some(line)
    );
    assert_eq!(
        err.to_string(),
        format!(
            "openapi/chats.yaml:{line}:20: /components/schemas/Chat/properties/title/example: the example does not match its schema: example must be a whole number (type)"
        )
    );
}

#[test]
fn the_mock_answers_only_the_examples_that_match() {
    let text = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /n:\n    get:\n      operationId: getN\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, required: [n], properties: {n: {type: integer, maximum: 9}}}\n              examples:\n                good: {value: {n: 7}}\n                bad: {value: {n: 12}}\n";
    let spec = Spec::parse("t.yaml", text).unwrap();
    let (_, server) = generate(&spec, &options()).expect("generated despite the bad example");
    assert!(
        server.source.contains("\"good\""),
        "the matching example is served"
    );
    assert!(!server.source.contains("\"bad\""), "the other is left out");
    let err = check_examples(&spec).unwrap_err().to_string();
    assert!(
        err.contains("/examples/bad/value") && err.contains("must be at most 9"),
        "{err}"
    );
}

#[test]
fn a_required_name_no_property_declares_is_required_all_the_same() {
    // JSON Schema requires `nif (italy only)` though no property declares it (whapi.com's
    // accounts): the validator the router and this check share must say so too.
    let text = r#"
openapi: 3.0.3
info: {title: T, version: '1'}
paths: {}
components:
  schemas:
    Account:
      type: object
      required: [number, nif (italy only)]
      properties:
        number: {type: string}
      example: {number: '7'}
    Given:
      type: object
      required: [number, extra]
      properties:
        number: {type: string}
      additionalProperties: {type: integer}
      example: {number: '7', extra: 1}
"#;
    let spec = Spec::parse("t.yaml", text).unwrap();
    let err = check_examples(&spec).unwrap_err();
    let CodegenError::Examples { problems, .. } = &err else {
        panic!("not an example problem: {err}");
    };
    let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
    assert_eq!(pointers, ["/components/schemas/Account/example"], "{err}");
    assert!(err.to_string().contains("nif (italy only)"), "{err}");
}

#[test]
fn a_one_of_beside_a_type_is_checked_not_dropped() {
    // `type: object` beside `oneOf` (nexmo.com's audit events): the parts are the schema, the
    // type one more constraint; the validator once read the type alone and took anything.
    let text = r#"
openapi: 3.0.3
info: {title: T, version: '1'}
paths: {}
components:
  schemas:
    Card: {type: object, required: [number], properties: {number: {type: string}}}
    Bank: {type: object, required: [iban], properties: {iban: {type: string}}}
    Neither:
      type: object
      oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
      example: {owner: ann}
    Both:
      type: object
      oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
      example: {number: '1', iban: DE1}
    One:
      type: object
      oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
      example: {number: '1'}
    NotAnObject:
      type: object
      oneOf: [{$ref: '#/components/schemas/Card'}, {type: string}]
      example: plain
"#;
    let spec = Spec::parse("t.yaml", text).unwrap();
    let err = check_examples(&spec).unwrap_err();
    let CodegenError::Examples { problems, .. } = &err else {
        panic!("not an example problem: {err}");
    };
    let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "/components/schemas/Neither/example",
            "/components/schemas/Both/example",
            "/components/schemas/NotAnObject/example",
        ],
        "{err}"
    );
}
