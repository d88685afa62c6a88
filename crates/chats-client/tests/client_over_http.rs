//! The generated client against a local HTTP server that records what it receives: the
//! three states of a PATCH field on the wire, the API key header, query encoding and error
//! bodies. The server is a few lines of axum on 127.0.0.1:0, not a mock of the client.

use std::sync::{Arc, Mutex};

use axum::{
    Router,
    body::Bytes,
    extract::{RawQuery, State},
    http::{HeaderMap, StatusCode},
    response::IntoResponse,
    routing::{any, get},
};
use chats_client::{
    Client,
    types::{ChannelType, Patch, UpdateChatRequest},
};
use serde_json::{Value, json};

const KEY: &str = "ck_test_4f1d9a7c2e6b8a0d";
const CHAT_ID: &str = "3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21";

/// What the server saw of one request.
#[derive(Clone, Debug, Default)]
struct Seen {
    authorization: Option<String>,
    query: Option<String>,
    body: Option<Value>,
}

type Log = Arc<Mutex<Vec<Seen>>>;

fn chat() -> Value {
    json!({
        "createdAt": "2026-11-20T14:03:11.123456Z",
        "id": CHAT_ID,
        "isRemoved": false,
        "updatedAt": "2026-11-20T14:05:42.5Z",
        "channelId": null,
        "currentResponderId": null,
        "lastChatMessageCreatedAt": null,
        "ownerId": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
        "responderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "title": "Refund",
        "workspaceId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    })
}

async fn record(
    State(log): State<Log>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> impl IntoResponse {
    let seen = Seen {
        authorization: headers
            .get("authorization")
            .map(|v| v.to_str().expect("ascii key").to_owned()),
        query,
        body: (!body.is_empty()).then(|| serde_json::from_slice(&body).expect("JSON body")),
    };
    log.lock().expect("log lock").push(seen);
    axum::Json(chat())
}

async fn list(State(log): State<Log>, RawQuery(query): RawQuery) -> impl IntoResponse {
    log.lock().expect("log lock").push(Seen {
        query,
        ..Seen::default()
    });
    axum::Json(json!([chat()]))
}

async fn not_found() -> impl IntoResponse {
    (
        StatusCode::NOT_FOUND,
        axum::Json(json!({
            "type": "/problems/not-found",
            "title": "Not found",
            "status": 404,
            "detail": "No chat with this id exists.",
            "errors": []
        })),
    )
}

/// Starts the recording server and a client with the test key pointed at it.
async fn start() -> (Client, Log) {
    let log = Log::default();
    let app = Router::new()
        .route("/api/v1/chats", get(list))
        .route(&format!("/api/v1/chats/{CHAT_ID}"), any(record))
        .fallback(not_found)
        .with_state(log.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind an ephemeral port");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client = Client::with_api_key(&format!("http://{addr}"), KEY).expect("client");
    (client, log)
}

async fn patch_body(update: UpdateChatRequest) -> Value {
    let (client, log) = start().await;
    client
        .update_chat()
        .id(CHAT_ID.parse::<uuid::Uuid>().expect("uuid"))
        .body(update)
        .send()
        .await
        .expect("PATCH succeeds");
    let seen = log.lock().expect("log lock").pop().expect("one request");
    seen.body.expect("PATCH sends a body")
}

#[tokio::test]
async fn patch_leaves_out_fields_that_keep_their_value() {
    let body = patch_body(UpdateChatRequest::default()).await;
    assert_eq!(body, json!({}));
}

#[tokio::test]
async fn patch_sends_null_for_a_cleared_field() {
    let body = patch_body(UpdateChatRequest::new().title(Patch::Clear)).await;
    assert_eq!(body, json!({ "title": null }));
}

#[tokio::test]
async fn patch_sends_the_value_of_a_set_field() {
    let body = patch_body(
        UpdateChatRequest::new()
            .title(Patch::Set("Refund approved".to_owned()))
            .last_chat_message_created_at(Patch::Set(
                "2026-11-20T14:05:42.5Z".parse().expect("timestamp"),
            )),
    )
    .await;
    assert_eq!(
        body,
        json!({ "title": "Refund approved", "lastChatMessageCreatedAt": "2026-11-20T14:05:42.500Z" })
    );
}

#[tokio::test]
async fn patch_mixes_the_three_states_in_one_body() {
    let body = patch_body(
        UpdateChatRequest::new()
            .title(Patch::Keep)
            .last_chat_message_created_at(Patch::Clear),
    )
    .await;
    assert_eq!(body, json!({ "lastChatMessageCreatedAt": null }));
}

#[test]
fn patch_reads_back_the_three_states_from_json() {
    let keep: UpdateChatRequest = serde_json::from_value(json!({})).expect("empty body");
    assert_eq!(keep.title, Patch::Keep);
    let clear: UpdateChatRequest =
        serde_json::from_value(json!({ "title": null })).expect("null title");
    assert_eq!(clear.title, Patch::Clear);
    let set: UpdateChatRequest = serde_json::from_value(json!({ "title": "x" })).expect("title");
    assert_eq!(set.title, Patch::Set("x".to_owned()));
    assert_eq!(Patch::from(None::<String>), Patch::Clear);
    let unknown = serde_json::from_value::<UpdateChatRequest>(json!({ "titel": "x" }));
    assert!(
        unknown.is_err(),
        "unknown fields are rejected, as the spec says"
    );
}

#[tokio::test]
async fn every_request_carries_the_api_key_as_is() {
    let (client, log) = start().await;
    client
        .get_chat()
        .id(CHAT_ID.parse::<uuid::Uuid>().expect("uuid"))
        .send()
        .await
        .expect("GET succeeds");
    let seen = log.lock().expect("log lock").pop().expect("one request");
    assert_eq!(seen.authorization.as_deref(), Some(KEY));
}

#[tokio::test]
async fn the_api_key_never_shows_in_debug_output() {
    let (client, _log) = start().await;
    let printed = format!("{client:?} {:?}", Client::builder("http://x", KEY));
    assert!(!printed.contains(KEY), "{printed}");
}

#[tokio::test]
async fn list_filters_repeat_their_key_and_leave_out_what_is_unset() {
    let (client, log) = start().await;
    let a = "0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";
    let b = "7d0c4f8e-3a52-4d0f-9b55-0c7a9b2a8f11";
    let page = client
        .list_chats()
        .channel_ids(vec![a.parse().expect("uuid"), b.parse().expect("uuid")])
        .channel_types(vec![ChannelType::Waha])
        .page_size(20u64)
        .search("refund")
        .send()
        .await
        .expect("list succeeds");
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].title.as_deref(), Some("Refund"));
    let seen = log.lock().expect("log lock").pop().expect("one request");
    assert_eq!(
        seen.query.as_deref(),
        Some(&*format!(
            "channelIds={a}&channelIds={b}&channelTypes=waha&pageSize=20&search=refund"
        ))
    );
}

#[tokio::test]
async fn error_answers_come_back_as_typed_problems() {
    let (client, _log) = start().await;
    let err = client
        .get_chat()
        .id(uuid::Uuid::nil())
        .send()
        .await
        .expect_err("the server answers 404");
    let chats_client::Error::ErrorResponse(problem) = err else {
        panic!("expected a typed error response, got {err:?}");
    };
    assert_eq!(problem.status(), 404);
    assert_eq!(problem.status, 404);
    assert_eq!(problem.type_, "/problems/not-found");
    assert!(problem.errors.is_empty());
}

#[test]
fn a_key_that_cannot_be_a_header_is_refused() {
    let err = Client::with_api_key("http://127.0.0.1:1", "bad\nkey").expect_err("newline");
    assert!(matches!(err, chats_client::ClientBuildError::InvalidApiKey));
}
