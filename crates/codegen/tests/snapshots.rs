//! Snapshot tests of the generator's output: one snapshot per spec under `tests/specs/`
//! (and the workspace's own `openapi/chats.yaml`), one per refused spec under
//! `tests/invalid/`. CI runs them with `INSTA_UPDATE=no`, so any change of output fails
//! until the snapshots are brought up to date. `cargo xtask codegen` writes them with every
//! other derived file (xtask's `snapshots.rs`, byte for byte as insta would), and
//! `cargo xtask codegen --check` shows a stale one as a diff: review that diff, then commit.

use std::path::Path;

const COMMAND: &str = "cargo xtask codegen";

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("reading {}: {err}", path.display()))
}

fn client_for(path: &Path) -> String {
    generate(path).0
}

/// The client source and the server files of one spec.
fn generate(path: &Path) -> (String, codegen::ServerFiles) {
    let name = path.file_name().expect("a file").to_string_lossy();
    // A spec may reference files beside it (chats.yaml, when split).
    let dir = path.parent().expect("a directory");
    let spec = codegen::Spec::load(&name, &mut |file: &str| {
        std::fs::read_to_string(dir.join(file)).map_err(|err| format!("{file}: {err}"))
    })
    .unwrap_or_else(|err| panic!("{} must be accepted: {err}", path.display()));
    codegen::generate(&spec, &options()).unwrap_or_else(|err| panic!("{err}"))
}

fn options() -> codegen::ServerOptions<'static> {
    codegen::ServerOptions {
        command: COMMAND,
        spec_include: "spec.yaml",
        json_include: "openapi.json",
    }
}

/// The text of the `pub mod types { .. }` item of a rendered file.
fn types_module(source: &str) -> &str {
    let start = source.find("\npub mod types {").expect("a types module");
    let end = source[start..]
        .find("\n}\n")
        .map(|end| start + end + 3)
        .expect("the types module ends");
    &source[start..end]
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
fn server_of_each_test_spec() {
    insta::glob!("specs/*.yaml", |path| {
        insta::assert_snapshot!(generate(path).1.source);
    });
}

#[test]
fn server_of_the_chats_spec() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/chats.yaml");
    insta::assert_snapshot!(generate(&path).1.source);
}

#[test]
fn client_and_server_models_are_the_same_code() {
    let mut paths: Vec<_> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs"))
            .expect("test specs")
            .map(|entry| entry.expect("entry").path())
            .collect();
    paths.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/chats.yaml"));
    for path in paths {
        let (client, server) = generate(&path);
        // The same code, but for the client's models being `#[non_exhaustive]` (built
        // through builders by code outside the crate) where the server's stay open, its
        // deprecated fields and setters marked `#[deprecated]` (the server must still fill
        // them), and the regex engine named through its own runtime.
        let client_types = types_module(&client);
        let sealed = client_types.matches("#[non_exhaustive]").count();
        let structs = types_module(&server.source)
            .lines()
            .filter(|line| line.contains("pub struct ") && line.ends_with('{'))
            .count();
        assert!(
            structs == 0 || sealed > 0,
            "{}: the client's models are not sealed",
            path.display()
        );
        let mut in_deprecated = false;
        let unsealed: String = client_types
            .lines()
            .filter(|line| {
                let trimmed = line.trim();
                if trimmed.starts_with("#[deprecated(") {
                    in_deprecated = !trimmed.ends_with(")]");
                    return false;
                }
                if in_deprecated {
                    in_deprecated = !trimmed.ends_with(")]");
                    return false;
                }
                trimmed != "#[non_exhaustive]"
                    && !line.contains("the struct is `#[non_exhaustive]`, so that a property")
            })
            // typify's `::regress` is named through each side's runtime.
            .map(|line| {
                format!("{line}\n")
                    .replace("::client_runtime::regress", "::server_runtime::regress")
            })
            .collect();
        let server_types: String = types_module(&server.source)
            .lines()
            .map(|line| format!("{line}\n"))
            .collect();
        assert!(
            unsealed == server_types,
            "{}: the server's types differ from the client's",
            path.display()
        );
    }
}

/// The served JSON is the document: read back as a spec (JSON is YAML), it renders to
/// itself, and it keeps the YAML's values and order.
#[test]
fn the_served_json_is_the_spec() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/petstore.yaml");
    let (_, server) = generate(&path);
    let again = codegen::Spec::parse("petstore.json", &server.openapi_json).expect("parses");
    let (_, twice) = codegen::generate(&again, &options()).expect("generates");
    assert_eq!(twice.openapi_json, server.openapi_json);
    let json: serde_json::Value = serde_json::from_str(&server.openapi_json).expect("JSON");
    assert!(read(&path).contains("operationId: listPets"));
    assert_eq!(json["paths"]["/pets"]["get"]["operationId"], "listPets");
    let paths: Vec<&str> = json["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(paths, ["/pets", "/pets/{petId}"]);
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
