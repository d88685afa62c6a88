use std::collections::BTreeMap;

use serde_json::json;

use super::*;

/// Loads `root` from an in-memory file tree.
fn load(files: &[(&str, &str)], root: &str) -> Result<Document, CodegenError> {
    let files: BTreeMap<String, String> = files
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    Document::load(root, &mut |name: &str| {
        files
            .get(name)
            .cloned()
            .ok_or_else(|| format!("{name}: no such file"))
    })
}

const ROOT: &str = "\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items:
    $ref: ./paths/items.yaml
components:
  schemas:
    Item:
      $ref: ./schemas/item.yaml
    Problem:
      type: object
";

const ITEMS: &str = "\
get:
  operationId: listItems
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            type: array
            items: {$ref: '../schemas/item.yaml'}
    '400':
      description: bad
      content:
        application/json:
          schema: {$ref: '../openapi.yaml#/components/schemas/Problem'}
";

const ITEM: &str = "\
type: object
properties:
  status:
    $ref: ./common.yaml#/Status
  owner:
    $ref: '#/Owner'
Owner:
  type: string
";

const COMMON: &str = "\
Status:
  type: string
  enum: [open, closed]
";

fn tree() -> Vec<(&'static str, &'static str)> {
    vec![
        ("api/openapi.yaml", ROOT),
        ("api/paths/items.yaml", ITEMS),
        ("api/schemas/item.yaml", ITEM),
        ("api/schemas/common.yaml", COMMON),
    ]
}

#[test]
fn files_bundle_into_one_document_in_the_roots_order() {
    let document = load(&tree(), "api/openapi.yaml").expect("bundles");
    let value = &document.value;
    // The path item is inlined; its references become local.
    assert_eq!(
        value.pointer("/paths/~1items/get/responses/200/content/application~1json/schema/items"),
        Some(&json!({"$ref": "#/components/schemas/Item"}))
    );
    assert_eq!(
        value.pointer("/paths/~1items/get/responses/400/content/application~1json/schema"),
        Some(&json!({"$ref": "#/components/schemas/Problem"}))
    );
    // The root's component by reference keeps its name and place; the rest follow in the
    // order first met, named after their fragment.
    let names: Vec<&str> = value["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(names, ["Item", "Problem", "Status", "Owner"]);
    assert_eq!(
        value["components"]["schemas"]["Item"]["properties"],
        json!({
            "status": {"$ref": "#/components/schemas/Status"},
            "owner": {"$ref": "#/components/schemas/Owner"},
        })
    );
    assert_eq!(
        value["components"]["schemas"]["Status"]["enum"],
        json!(["open", "closed"])
    );
    assert_eq!(
        document.files,
        [
            "api/openapi.yaml",
            "api/schemas/item.yaml",
            "api/paths/items.yaml",
            "api/schemas/common.yaml"
        ]
    );
}

#[test]
fn every_bundled_value_keeps_its_file_line_and_column() {
    let document = load(&tree(), "api/openapi.yaml").expect("bundles");
    let at = |pointer: &str| {
        let (file, location) = document.location(pointer).expect("located");
        format!("{file}:{location}")
    };
    assert_eq!(
        at("/components/schemas/Status/enum"),
        "api/schemas/common.yaml:3:9"
    );
    assert_eq!(
        at("/components/schemas/Item/properties/owner"),
        "api/schemas/item.yaml:6:5"
    );
    assert_eq!(
        at("/paths/~1items/get/operationId"),
        "api/paths/items.yaml:2:16"
    );
    assert_eq!(at("/components/schemas/Problem"), "api/openapi.yaml:11:7");
}

#[test]
fn a_name_two_targets_would_take_is_refused_naming_both() {
    let other = "\
Status:
  type: integer
";
    let item = ITEM.replace("$ref: '#/Owner'", "$ref: './other.yaml#/Status'");
    let mut files = tree();
    files.push(("api/schemas/other.yaml", other));
    files[2].1 = Box::leak(item.into_boxed_str());
    let err = load(&files, "api/openapi.yaml").unwrap_err().to_string();
    assert!(err.starts_with("api/schemas/item.yaml:6:5: "), "{err}");
    assert!(err.contains("component name clash"), "{err}");
    assert!(err.contains("api/schemas/common.yaml:2:3"), "{err}");
    assert!(err.contains("api/schemas/other.yaml:2:3"), "{err}");
}

#[test]
fn remote_and_missing_references_are_refused_where_written() {
    let mut files = tree();
    files[3].1 = "Status: {$ref: 'https://example.com/status.yaml'}\n";
    let err = load(&files, "api/openapi.yaml").unwrap_err().to_string();
    assert!(
        err.starts_with("api/schemas/common.yaml:1:16: /Status/$ref: unsupported remote reference"),
        "{err}"
    );

    let mut files = tree();
    files.pop();
    let err = load(&files, "api/openapi.yaml").unwrap_err().to_string();
    assert!(
        err.starts_with("api/schemas/item.yaml:4:11: /properties/status/$ref: "),
        "{err}"
    );
    assert!(
        err.contains("api/schemas/common.yaml: no such file"),
        "{err}"
    );
}

#[test]
fn a_cycle_of_path_items_is_refused() {
    let files = [
        (
            "a.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x: {$ref: './b.yaml'}\n",
        ),
        ("b.yaml", "$ref: './b.yaml'\n"),
    ];
    let err = load(&files, "a.yaml").unwrap_err().to_string();
    assert!(err.contains("refers back to itself"), "{err}");
}

#[test]
fn the_bundled_yaml_reads_back_as_the_same_document() {
    let document = load(&tree(), "api/openapi.yaml").expect("bundles");
    let again = Document::parse("bundled.yaml", &document.to_yaml()).expect("reads back");
    assert_eq!(again.value, document.value);
}

#[test]
fn relative_paths_join_like_a_file_system() {
    assert_eq!(
        join("api/openapi.yaml", "./schemas/a.yaml"),
        "api/schemas/a.yaml"
    );
    assert_eq!(
        join("api/paths/x.yaml", "../schemas/a.yaml"),
        "api/schemas/a.yaml"
    );
    assert_eq!(join("openapi.yaml", "a.yaml"), "a.yaml");
    assert_eq!(fragment_pointer("/paths/~1a%7Bid%7D"), "/paths/~1a{id}");
}

#[test]
fn bundled_yaml_is_plain_where_that_reads_back_the_same() {
    let value = serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "A title: with a colon", "version": "1.0.0"},
        "paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
        "x": ["yes", "No", "null", "~", "1e3", ".5", "+1", "-a", "#b", "a #c", " d", "e ",
              "plain text", "", "x:", "multi\nline", 3, true, null, "2024-01-01", "1:30",
              "0x1F", "1_000", "inf", "1.0.0"],
        "blocks": {"kept": "one\ntwo\n", "stripped": "one\n\n  three", "spaced": "one \ntwo",
                   "tabs": "one\n\ttwo", "many": "one\n\n"}
    });
    let text = to_yaml(&value);
    assert!(text.contains("openapi: 3.0.3\n"), "{text}");
    assert!(text.contains("  version: 1.0.0\n"), "{text}");
    assert!(text.contains("\"200\":"), "{text}");
    assert!(text.contains("- plain text\n"), "{text}");
    for quoted in [
        "\"yes\"",
        "\"1e3\"",
        "\"2024-01-01\"",
        "\"1:30\"",
        "\"0x1F\"",
        "\"1_000\"",
    ] {
        assert!(text.contains(&format!("- {quoted}\n")), "{quoted}: {text}");
    }
    assert!(text.contains("- 1.0.0\n"), "{text}");
    assert!(text.contains("  kept: |\n    one\n    two\n"), "{text}");
    assert!(
        text.contains("  stripped: |-\n    one\n\n      three\n"),
        "{text}"
    );
    assert!(text.contains("  /a/{id}:\n"), "{text}");
    let again = Document::parse("again.yaml", &text).expect("reads back");
    assert_eq!(again.value, value);
}

#[test]
fn a_pointer_written_without_its_hash_says_so() {
    let root = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {type: object}\n    Pets: {type: array, items: {$ref: '/components/schemas/Pet'}}\n";
    let err = load(&[("api/root.yaml", root)], "api/root.yaml")
        .expect_err("refused")
        .to_string();
    assert!(
        err.contains("\"/components/schemas/Pet\" is read as a file, and there is none; a reference into the document starts with `#`: did you mean \"#/components/schemas/Pet\"?"),
        "{err}"
    );
}
