//! Examples are checked with the router's validator before any code is written, on the real
//! spec: the edit a designer makes (a property's type changed) leaves its examples behind,
//! and codegen says where each one is, instead of a mock and docs that contradict the schema.

use codegen::{CodegenError, ServerOptions, Spec, generate};

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
    generate(&spec, &options()).unwrap_or_else(|err| panic!("{err}"));
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
    let err = generate(&spec, &options()).unwrap_err();
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
