//! Response validation checks what an answer's Rust type does not prove (`server/proof.rs`):
//! nothing for what the type carries, a typed look at what it cannot, the serialized body
//! whole for a shape the walk does not model.

use std::path::Path;

fn server() -> codegen::ServerFiles {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let spec = codegen::Spec::load("proof_spec.yaml", &mut |file: &str| {
        std::fs::read_to_string(dir.join(file)).map_err(|err| format!("{file}: {err}"))
    })
    .expect("the spec parses");
    let options = codegen::ServerOptions {
        command: "cargo xtask codegen",
        spec_include: "spec.yaml",
        json_include: "openapi.json",
    };
    codegen::generate(&spec, &options).expect("it generates").1
}

/// The text of `pub fn name(..) { .. }` or `pub mod name { .. }` in `source`.
fn item<'s>(source: &'s str, start: &str) -> &'s str {
    let at = source.find(start).unwrap_or_else(|| panic!("no {start}"));
    let mut depth = 0;
    for (offset, c) in source[at..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &source[at..=at + offset];
                }
            }
            _ => {}
        }
    }
    panic!("{start} does not end")
}

#[test]
fn what_the_type_proves_is_not_checked_and_the_rest_is_checked_in_place() {
    let server = server();
    // One answer each way, as `cargo xtask codegen` reports them.
    assert_eq!(
        server.answer_checks,
        codegen::AnswerChecks {
            proven: 1,
            in_part: 1,
            whole: 1
        }
    );
    let source = server.source;
    let answers = item(&source, "pub mod answers");
    // Plain: a UUID, an enum, a list of strings, a bool, an i32, itself: all proven.
    assert!(!answers.contains("types::Plain"), "{answers}");
    let plain = item(&source, "pub mod get_plain");
    let check = item(plain, "pub fn check(");
    assert!(check.contains("Self::Ok(_) => Ok(())"), "{check}");
    // Thing: the year of `at`, `name`'s length, `email`'s format, `count`'s bounds and
    // `ratio` (a float may be NaN), and each child's the same way, by the same function.
    let thing = item(answers, "pub fn check_");
    assert!(thing.contains("value: &types::Thing"), "{thing}");
    for (pointer, look) in [
        ("\"at\"", "c.year("),
        ("\"name\"", "c.text("),
        ("\"email\"", "c.text("),
        ("\"count\"", "c.value("),
        ("\"ratio\"", "c.value("),
        ("\"children\"", "super::answers::check_"),
    ] {
        let at = thing
            .find(&format!("c.enter({pointer})"))
            .unwrap_or_else(|| panic!("{pointer}: {thing}"));
        let end = thing[at..].find("c.leave(").expect("leaves") + at;
        assert!(
            thing[at..end].contains(look),
            "{pointer} is looked at with {look}: {thing}"
        );
    }
    assert!(
        !thing.contains("c.enter(\"id\")"),
        "a Uuid proves format: uuid: {thing}"
    );
    // Shape: a oneOf is not modelled, so the list is serialized and checked whole.
    let shapes = item(&source, "pub mod list_shapes");
    let check = item(shapes, "pub fn check(");
    assert!(check.contains("rt::check_body("), "{check}");
}
