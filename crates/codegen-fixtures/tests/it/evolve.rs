//! The breaking-change check's Rust-aware rules, proved on generated code: the client
//! generated from `evolve_v1.yaml` fails to read answers that `evolve_v2.yaml` allows, one
//! change at a time, while the check calls each change breaking; and a change of the
//! generated type (`uuid` to plain string) is one consumers' code sees. An extensible enum
//! (`x-extensible-enum`) is the exception: the old client reads the new value as `Unknown`,
//! over HTTP from the new generated server, and the check calls it info.

use codegen_fixtures::{evolve_v1_client as v1, evolve_v2_client as v2};
use serde_json::{Value, json};

fn spec(name: &str) -> codegen::Document {
    let path = format!(
        "{}/../codegen/tests/specs/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the test spec");
    codegen::Document::parse(name, &text).expect("parses")
}

/// A body both versions read.
fn valid_for_both() -> Value {
    json!({"id": "6f1e1bd4-6d3a-4a4e-9e7b-1d2c3b4a5f6e", "status": "open", "count": 3})
}

#[test]
fn the_check_calls_each_change_breaking_for_old_clients() {
    let report =
        codegen::compare(&spec("evolve_v1.yaml"), &spec("evolve_v2.yaml")).expect("compares");
    let rules: Vec<&str> = report.changes.iter().map(|change| change.rule).collect();
    for rule in [
        "response-enum-value-added",
        "response-format-widened",
        "response-type-widened",
        "response-property-added-to-closed-object",
        "rust-type-changed",
    ] {
        assert!(rules.contains(&rule), "{rule} missing from {rules:?}");
    }
    assert!(report.breaking());
    let priority = report
        .changes
        .iter()
        .find(|change| change.rule == "response-extensible-enum-value-added")
        .expect("the priority value added is reported");
    assert_eq!(priority.level, codegen::Level::Info, "{priority:?}");
    let closed: Vec<&str> = report
        .changes
        .iter()
        .filter(|change| change.rule == "response-enum-value-added")
        .map(|change| change.pointer.as_str())
        .collect();
    assert_eq!(
        closed,
        ["/components/schemas/Status/enum"],
        "only the closed enum's value is breaking"
    );
}

#[test]
fn marking_an_enum_extensible_or_closed_is_a_rust_type_change() {
    let v1 = spec("evolve_v1.yaml");
    let text = std::fs::read_to_string(format!(
        "{}/../codegen/tests/specs/evolve_v1.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the test spec");
    let closed = codegen::Document::parse(
        "closed.yaml",
        &text.replace("x-extensible-enum: true", "x-extensible-enum: false"),
    )
    .expect("parses");
    for (before, after) in [(&v1, &closed), (&closed, &v1)] {
        let report = codegen::compare(before, after).expect("compares");
        assert!(
            report
                .changes
                .iter()
                .any(|change| change.rule == "rust-type-changed"
                    && change.message.contains("x-extensible-enum")),
            "{:?}",
            report.changes
        );
    }
}

#[test]
fn the_old_client_fails_on_each_answer_the_new_spec_allows() {
    assert!(serde_json::from_value::<v1::types::Item>(valid_for_both()).is_ok());
    let changes: [(&str, Value); 4] = [
        ("an enum value added", json!("archived")),
        ("uuid made a plain string", json!("item-7")),
        ("integer made a number", json!(1.5)),
        ("a property added to a closed object", json!("x")),
    ];
    for (change, value) in changes {
        let mut body = valid_for_both();
        let field = match change {
            "an enum value added" => "status",
            "uuid made a plain string" => "id",
            "integer made a number" => "count",
            _ => "label",
        };
        body[field] = value;
        assert!(
            serde_json::from_value::<v2::types::Item>(body.clone()).is_ok(),
            "{change}: the new client reads {body}"
        );
        let err = serde_json::from_value::<v1::types::Item>(body.clone())
            .expect_err("the old client cannot read it");
        assert!(!err.to_string().is_empty(), "{change}: {err}");
    }
}

/// A server of the new version answering `item` for every id.
async fn new_server(item: Value) -> String {
    let app = axum::Router::new().route(
        "/items/{id}",
        axum::routing::get(move || async move { axum::Json(item) }),
    );
    super::support::serve(app).await
}

#[tokio::test]
async fn an_old_client_reads_an_extensible_enums_new_value_and_fails_clearly_on_a_closed_ones() {
    let mut body = valid_for_both();
    body["priority"] = json!("urgent");
    assert!(
        serde_json::from_value::<v2::types::Item>(body.clone()).is_ok(),
        "valid in v2"
    );
    let open = new_server(body.clone()).await;
    let item = v1::Client::new(&open)
        .get_item()
        .id("6f1e1bd4-6d3a-4a4e-9e7b-1d2c3b4a5f6e")
        .send()
        .await
        .expect("the old client reads the new priority")
        .into_inner();
    assert_eq!(
        item.priority,
        Some(v1::types::Priority::Unknown("urgent".to_owned()))
    );
    let again = serde_json::to_value(&item).expect("writes");
    assert_eq!(again["priority"], "urgent", "written back as it came");
    assert_eq!(item.priority.unwrap().to_string(), "urgent");
    assert_eq!(
        "low".parse::<v1::types::Priority>().ok(),
        Some(v1::types::Priority::Low)
    );

    body["status"] = json!("archived");
    let closed = new_server(body).await;
    let err = v1::Client::new(&closed)
        .get_item()
        .id("6f1e1bd4-6d3a-4a4e-9e7b-1d2c3b4a5f6e")
        .send()
        .await
        .expect_err("the closed status fails to read");
    let message = err.to_string();
    assert!(
        message.contains("unknown variant `archived`"),
        "the error names the value: {message}"
    );
}

#[test]
fn the_generated_rust_type_changes_where_the_check_says_rust_source() {
    fn type_of<T>(_: &T) -> &'static str {
        std::any::type_name::<T>()
    }
    let old: v1::types::Item = serde_json::from_value(valid_for_both()).expect("reads");
    let new: v2::types::Item = serde_json::from_value(valid_for_both()).expect("reads");
    assert_eq!(type_of(&old.id), "uuid::Uuid");
    assert_eq!(type_of(&new.id), "alloc::string::String");
    assert_eq!(type_of(&old.count), "i64");
    assert_eq!(type_of(&new.count), "f64");
}
