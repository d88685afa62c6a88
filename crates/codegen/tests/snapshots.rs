//! Snapshot tests of the generator's output: one snapshot per spec under `tests/specs/`
//! (and the workspace's own `openapi/chats.yaml`), one per refused spec under
//! `tests/invalid/`. CI runs them with `INSTA_UPDATE=no`, so any change of output fails
//! until it is reviewed (`cargo insta review`) and committed.

use std::path::Path;

const COMMAND: &str = "cargo xtask codegen";

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("reading {}: {err}", path.display()))
}

fn client_for(path: &Path) -> String {
    let name = path.file_name().expect("a file").to_string_lossy();
    let spec = codegen::Spec::parse(&name, &read(path))
        .unwrap_or_else(|err| panic!("{} must be accepted: {err}", path.display()));
    codegen::client_file(&spec, COMMAND).unwrap_or_else(|err| panic!("{err}"))
}

#[test]
fn client_of_each_test_spec() {
    insta::glob!("specs/*.yaml", |path| {
        insta::assert_snapshot!(client_for(path));
    });
}

#[test]
fn client_of_the_chats_spec() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/chats.yaml");
    insta::assert_snapshot!(client_for(&path));
}

#[test]
fn each_refused_spec_names_the_construct_and_its_pointer() {
    insta::glob!("invalid/*.yaml", |path| {
        let name = path.file_name().expect("a file").to_string_lossy();
        let err = codegen::Spec::parse(&name, &read(path))
            .and_then(|spec| codegen::client_file(&spec, COMMAND))
            .expect_err("an invalid spec must be refused");
        insta::assert_snapshot!(err.to_string());
    });
}

#[test]
fn generation_is_deterministic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/chats.yaml");
    let first = client_for(&path);
    for _ in 0..3 {
        assert!(
            first == client_for(&path),
            "two runs produced different bytes"
        );
    }
}

#[test]
fn generated_files_start_with_the_generated_marker() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/petstore.yaml");
    let text = client_for(&path);
    let first_line = text.lines().next().expect("non-empty");
    assert!(
        first_line.contains(codegen::GENERATED_MARKER),
        "{first_line}"
    );
    assert!(first_line.contains("petstore.yaml"), "{first_line}");
    assert!(text.contains(COMMAND));
}
