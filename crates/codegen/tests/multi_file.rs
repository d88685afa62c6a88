//! A spec split over several files generates exactly what the same spec in one file does:
//! `openapi/chats.yaml` is split mechanically (every schema in a file of its own under
//! `schemas/`, every path item under `paths/`, references rewritten to relative paths,
//! across files and back into the root), bundled, and generated; every output is compared
//! byte for byte.

use std::collections::BTreeMap;

use codegen::{Document, ServerOptions, Spec, generate};
use serde_json::Value;

const ROOT: &str = "chats.yaml";

/// Rewrites the references below `value` for a file at `depth` directories below the root:
/// schemas to their own files, everything else into the root.
fn rewrite(value: &mut Value, from_schemas_dir: bool, depth: usize) {
    match value {
        Value::Object(entries) => {
            if let Some(Value::String(reference)) = entries.get_mut("$ref") {
                let up = "../".repeat(depth);
                if let Some(name) = reference.strip_prefix("#/components/schemas/") {
                    *reference = if from_schemas_dir {
                        format!("./{name}.yaml")
                    } else {
                        format!("{up}schemas/{name}.yaml")
                    };
                } else if depth > 0 {
                    *reference = format!("{up}{ROOT}{reference}");
                }
            }
            for child in entries.values_mut() {
                rewrite(child, from_schemas_dir, depth);
            }
        }
        Value::Array(items) => {
            for child in items {
                rewrite(child, from_schemas_dir, depth);
            }
        }
        _ => {}
    }
}

fn split(text: &str) -> BTreeMap<String, String> {
    let mut root = Document::parse(ROOT, text).expect("parses").value;
    let mut files = BTreeMap::new();
    let schemas = root["components"]["schemas"]
        .as_object_mut()
        .expect("schemas");
    for (name, schema) in schemas.iter_mut() {
        let mut content = schema.take();
        rewrite(&mut content, true, 1);
        files.insert(
            format!("schemas/{name}.yaml"),
            serde_json::to_string_pretty(&content).unwrap(),
        );
        *schema = serde_json::json!({"$ref": format!("./schemas/{name}.yaml")});
    }
    let paths = root["paths"].as_object_mut().expect("paths");
    for (index, item) in paths.values_mut().enumerate() {
        let mut content = item.take();
        rewrite(&mut content, false, 1);
        files.insert(
            format!("paths/{index}.yaml"),
            serde_json::to_string_pretty(&content).unwrap(),
        );
        *item = serde_json::json!({"$ref": format!("./paths/{index}.yaml")});
    }
    files.insert(
        ROOT.to_owned(),
        serde_json::to_string_pretty(&root).unwrap(),
    );
    files
}

#[test]
fn a_split_spec_generates_byte_identical_crates() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../openapi/chats.yaml"
    ))
    .expect("the spec");
    let files = split(&text);
    assert!(files.len() > 10, "{} files", files.len());
    let document = Document::load(ROOT, &mut |name: &str| {
        files.get(name).cloned().ok_or_else(|| format!("no {name}"))
    })
    .expect("bundles");
    assert_eq!(document.files.len(), files.len(), "every file is read once");
    let single = Document::parse(ROOT, &text).expect("parses");
    assert_eq!(document.value, single.value, "the bundle is the document");

    let options = ServerOptions {
        command: "cargo xtask codegen",
        spec_include: "openapi.yaml",
        json_include: "openapi.json",
    };
    let (split_client, split_server) =
        generate(&Spec::from_document(document).expect("checks"), &options).expect("generates");
    let (client, server) =
        generate(&Spec::from_document(single).expect("checks"), &options).expect("generates");
    assert!(split_client == client, "the clients differ");
    assert!(split_server.source == server.source, "the servers differ");
    assert!(
        split_server.openapi_json == server.openapi_json,
        "the JSON differs"
    );
}
