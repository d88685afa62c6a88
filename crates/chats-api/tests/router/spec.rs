//! The server against its spec: the route table and statuses, the spec it serves, what it
//! answers by itself for unknown paths and methods, and answers that break the spec.

use std::{collections::BTreeSet, sync::atomic::Ordering};

use chats_api::{ProblemKind, get_chat};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    memory::problem,
    running::{start, start_with},
};

#[tokio::test]
async fn unknown_paths_are_404_and_unknown_methods_405_with_the_error_body() {
    let running = start().await;
    let (status, body) = running.raw("GET", "/api/v2/chats", None).await;
    assert_eq!(status, 404);
    assert_eq!(body["type"], "/problems/not-found");
    let (status, body) = running.raw("PUT", "/api/v1/chats", None).await;
    assert_eq!(status, 405);
    assert_eq!(body["type"], "/problems/method-not-allowed");
    assert_eq!(body["title"], "Method not allowed");
}

#[tokio::test]
async fn the_server_serves_its_spec() {
    let running = start().await;
    let yaml = running
        .http
        .get(format!("{}/openapi.yaml", running.base))
        .send()
        .await
        .unwrap();
    let yaml = yaml.text().await.unwrap();
    // The spec as written, or for a spec split over files the bundle codegen wrote.
    let bundled = concat!(env!("CARGO_MANIFEST_DIR"), "/src/openapi.yaml");
    let written = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/chats.yaml");
    let on_disk = std::fs::read_to_string(bundled)
        .or_else(|_| std::fs::read_to_string(written))
        .unwrap();
    assert!(yaml == on_disk, "/openapi.yaml is the spec byte for byte");
    let json: Value = running
        .http
        .get(format!("{}/openapi.json", running.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // The JSON rendering that `cargo xtask codegen --check` keeps equal to the spec.
    let rendered: Value = serde_json::from_str(include_str!("../../src/openapi.json")).unwrap();
    assert_eq!(json, rendered);
}

#[test]
fn the_route_table_and_statuses_are_the_specs() {
    // The spec, as the JSON rendering that `cargo xtask codegen --check` keeps equal to it.
    let spec: Value = serde_json::from_str(include_str!("../../src/openapi.json")).unwrap();
    let mut from_spec = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            let statuses: Vec<u16> = operation["responses"]
                .as_object()
                .unwrap()
                .keys()
                .map(|code| code.parse().unwrap())
                .collect();
            from_spec.insert((
                operation["operationId"].as_str().unwrap().to_owned(),
                method.to_uppercase(),
                path.clone(),
                statuses,
            ));
        }
    }
    let from_router: BTreeSet<_> = chats_api::OPERATIONS
        .iter()
        .map(|op| {
            (
                op.operation_id.to_owned(),
                op.method.to_owned(),
                op.path.to_owned(),
                op.statuses.to_vec(),
            )
        })
        .collect();
    assert_eq!(from_router, from_spec);
}

#[tokio::test]
async fn every_route_of_the_table_is_served() {
    let running = start().await;
    for op in chats_api::OPERATIONS {
        let path = op.path.replace("{id}", &Uuid::new_v4().to_string());
        let response = running
            .http
            .request(
                reqwest::Method::from_bytes(op.method.as_bytes()).unwrap(),
                format!("{}{path}", running.base),
            )
            .send()
            .await
            .unwrap();
        // No key: the route exists (not 404/405) and authenticates first.
        assert_eq!(response.status().as_u16(), 401, "{} {}", op.method, op.path);
    }
}

#[tokio::test]
async fn an_answer_that_breaks_the_spec_is_a_500_when_answers_are_validated() {
    assert!(
        chats_api::RouterConfig::default().validate_responses,
        "on in debug builds, so in every test"
    );
    let missing = Uuid::new_v4();
    let running = start().await;
    running.memory.drift.store(true, Ordering::SeqCst);
    let (status, body) = running
        .raw("GET", &format!("/api/v1/chats/{missing}"), None)
        .await;
    assert_eq!(status, 500, "{body}");
    assert_eq!(body["type"], "/problems/internal");
    assert_eq!(body["status"], 500);
    assert!(
        !body.to_string().contains("42"),
        "the body never says what was wrong: {body}"
    );
    // What the log says: the operation, the status, the pointer.
    let violations = get_chat::Response::NotFound({
        let mut drifted = problem(ProblemKind::NotFound, "no chat");
        drifted.status = 42;
        drifted
    })
    .check()
    .expect_err("status 42 is below the schema's minimum");
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0].pointer, "/status");
    assert_eq!(violations[0].code, "minimum");

    // Off, the drifted answer goes out as the implementation wrote it.
    let unchecked = start_with(chats_api::RouterConfig {
        validate_responses: false,
        ..Default::default()
    })
    .await;
    unchecked.memory.drift.store(true, Ordering::SeqCst);
    let (status, body) = unchecked
        .raw("GET", &format!("/api/v1/chats/{missing}"), None)
        .await;
    assert_eq!((status, &body["status"]), (404, &json!(42)));
}

/// A chat as the implementation would build it, created at `created_at`.
fn chat_at(created_at: chrono::DateTime<chrono::Utc>) -> chats_api::types::Chat {
    chats_api::types::Chat {
        channel_id: None,
        created_at,
        current_responder_id: None,
        id: Uuid::new_v4(),
        is_removed: false,
        last_chat_message_created_at: Some(created_at),
        owner_id: Uuid::new_v4(),
        responder_id: Uuid::new_v4(),
        title: Some("Refund".to_owned()),
        updated_at: chrono::Utc::now(),
        workspace_id: Uuid::new_v4(),
    }
}

#[test]
fn the_typed_check_looks_only_where_the_type_cannot_prove_the_schema_and_agrees_with_the_whole_check()
 {
    use chats_api::list_chats;
    // A Chat proves its schema but for one thing: chrono writes a year past 9999 with a
    // sign, which is no RFC 3339 date-time. The typed check finds it where the whole one does.
    let far = chrono::DateTime::parse_from_rfc3339("9999-12-31T23:59:59Z")
        .unwrap()
        .to_utc()
        + chrono::Duration::days(2);
    let ok = chat_at(chrono::Utc::now());
    let bad = chat_at(far);
    assert!(get_chat::Response::Ok(ok.clone()).check().is_ok());
    assert!(
        get_chat::Response::Ok(ok.clone())
            .check_serialized()
            .is_ok()
    );
    let answer = list_chats::Response::Ok(vec![ok, bad], Default::default());
    let typed = answer
        .check()
        .expect_err("year 10000 is no RFC 3339 date-time");
    let whole = answer
        .check_serialized()
        .expect_err("nor for the whole check");
    let pointers = |violations: &[chats_api::ContractViolation]| {
        violations
            .iter()
            .map(|violation| (violation.pointer.clone(), violation.code.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        pointers(&typed),
        [
            ("/1/createdAt".to_owned(), "format".to_owned()),
            (
                "/1/lastChatMessageCreatedAt".to_owned(),
                "format".to_owned()
            ),
        ]
    );
    assert_eq!(pointers(&typed), pointers(&whole));
}
