//! Deep documents: one place decides how deep a document may nest (`codegen::MAX_NESTING`,
//! in the reader), and everything after it takes a document at that limit: lowering, the
//! checks, progenitor and typify, the emitters, the breaking check. One level past it is a
//! located refusal, never a stack overflow (which no `catch_unwind` catches: it aborts).

use codegen::{CodegenError, MAX_NESTING, ServerOptions, Spec};

const OPTIONS: ServerOptions<'static> = ServerOptions {
    command: "cargo xtask codegen",
    spec_include: "openapi.yaml",
    json_include: "openapi.json",
};

/// The levels a spec with `Deep` as its one schema spends before the schema: the document,
/// `components`, `schemas`, `Deep` itself.
const OUTER: usize = 4;

/// A spec whose schema `Deep` is `schema`, written as JSON-style flow YAML on one line.
fn spec(schema: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: Deep, version: '1'}}\npaths:\n  /deep:\n    get:\n      \
         operationId: getDeep\n      responses:\n        '200':\n          description: ok\n          \
         content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Deep'}}\n\
         components:\n  schemas:\n    Deep: {schema}\n"
    )
}

/// Objects within objects: each level is two (the schema and its `properties`).
fn objects(levels: usize) -> String {
    (0..levels).fold("{type: string}".to_owned(), |inner, _| {
        format!("{{type: object, properties: {{a: {inner}}}}}")
    })
}

/// Arrays of arrays: each level is one (`items` is the schema).
fn arrays(levels: usize) -> String {
    (0..levels).fold("{type: string}".to_owned(), |inner, _| {
        format!("{{type: array, items: {inner}}}")
    })
}

#[test]
fn a_document_at_the_limit_generates_and_compares() {
    for schema in [
        objects((MAX_NESTING - OUTER) / 2),
        arrays(MAX_NESTING - OUTER),
    ] {
        let text = spec(&schema);
        let spec = Spec::parse("deep.yaml", &text).expect("at the limit: read and checked");
        let (client, server) = codegen::generate(&spec, &OPTIONS).expect("generated");
        assert!(client.contains("pub struct Client"));
        assert!(server.source.contains("pub trait DeepApi"));
        let document = codegen::Document::parse("deep.yaml", &text).expect("read");
        let report = codegen::compare(&document, &document).expect("compared");
        assert!(report.changes.is_empty(), "{:?}", report.changes);
    }
}

#[test]
fn one_level_past_the_limit_is_refused_where_it_goes_deeper() {
    for schema in [
        objects((MAX_NESTING - OUTER) / 2 + 1),
        arrays(MAX_NESTING - OUTER + 1),
    ] {
        let text = spec(&schema);
        let err = Spec::parse("deep.yaml", &text).expect_err("one past the limit");
        let CodegenError::Parse {
            location, message, ..
        } = &err
        else {
            panic!("not a parse error: {err}");
        };
        assert!(message.contains("more than 128 levels"), "{err}");
        let location = location.as_ref().expect("located");
        // The first `{` one level past the limit: the block levels above `Deep` (the
        // document, `components`, `schemas`) count three.
        let line = text
            .lines()
            .nth(usize::try_from(location.line).expect("a line") - 1)
            .expect("the line");
        let mut open = 0;
        let column = line
            .char_indices()
            .find(|&(_, c)| {
                open += usize::from(c == '{');
                c == '{' && open + 3 == MAX_NESTING + 1
            })
            .map(|(at, _)| at + 1)
            .expect("a level past the limit");
        assert_eq!(location.column as usize, column, "{err}");
    }
}

#[test]
fn json_and_block_yaml_have_the_same_limit() {
    let refusal = |name: &str, text: &str| match codegen::Document::parse(name, text) {
        Ok(_) => None,
        Err(err) => Some(err.to_string()),
    };
    // JSON: objects within one another, at the limit and one past it.
    let json =
        |levels: usize| (0..levels).fold("1".to_owned(), |inner, _| format!("{{\"a\":{inner}}}"));
    assert_eq!(refusal("deep.json", &json(MAX_NESTING)), None);
    let err = refusal("deep.json", &json(MAX_NESTING + 1)).expect("one past the limit");
    assert!(err.contains("more than 128 levels"), "{err}");
    // Block sequences (`- - - x`) nest without brackets, far past anything a flow
    // collection allows: refused the same way, without exhausting the stack.
    let block = format!("{}x\n", "- ".repeat(20_000));
    let err = refusal("deep.yaml", &block).expect("too deep");
    assert!(err.contains("deep.yaml:1:257: "), "{err}");
    assert!(err.contains("more than 128 levels"), "{err}");
}
