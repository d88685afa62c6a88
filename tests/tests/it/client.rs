//! The generated client's page streams and tracing spans against the real service (SQLite,
//! in process, over a socket).

use std::sync::{Arc, Mutex};

use chats_client::{StreamExt as _, types::CreateChatRequest};
use chats_tests::TestServer;
use uuid::Uuid;

const OWNER: Uuid = Uuid::from_u128(0x00000000_0000_4000_8000_00000000a0a0);

#[tokio::test]
async fn page_streams_list_every_chat_of_the_workspace_once() {
    let server = TestServer::start().await;
    let workspace = server.workspace("Acme").await;
    let mut created = Vec::new();
    for i in 0..23 {
        let chat = workspace
            .client
            .create_chat()
            .body(
                CreateChatRequest::builder()
                    .channel_id(None)
                    .owner_id(OWNER)
                    .title(Some(format!("chat {i}"))),
            )
            .send()
            .await
            .expect("created");
        created.push(chat.id);
    }
    let streamed: Vec<Uuid> = workspace
        .client
        .list_chats()
        .page_size(5u64)
        .stream()
        .map(|chat| chat.expect("a chat").id)
        .collect()
        .await;
    let mut sorted = streamed.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), streamed.len(), "no chat twice");
    let mut expected = created.clone();
    expected.sort();
    assert_eq!(sorted, expected, "every chat, across 5 pages");
    let details = workspace
        .client
        .list_chat_details_stream()
        .collect::<Vec<_>>()
        .await;
    assert_eq!(details.len(), 23, "the spec's default page size, 3 pages");
    assert!(details.iter().all(Result::is_ok));
}

/// Everything a `tracing` subscriber wrote, shared with the test.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn each_operation_is_a_tracing_span_with_its_template_status_and_attempts() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_max_level(tracing::Level::INFO)
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);
    let server = TestServer::start().await;
    let workspace = server.workspace("Acme").await;
    let missing = Uuid::new_v4();
    let answer = workspace.client.get_chat().id(missing).send().await;
    assert!(answer.is_err(), "no such chat");
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let line = log
        .lines()
        .find(|line| line.contains("http_client_request") && line.contains("close"))
        .unwrap_or_else(|| panic!("the client's span closed: {log}"));
    for field in [
        "operation_id=\"getChat\"",
        "http.request.method=GET",
        "url.template=\"/api/v1/chats/{id}\"",
        "http.response.status_code=404",
        "attempts=1",
        "latency_ms=",
    ] {
        assert!(line.contains(field), "{field} in {line}");
    }
    assert!(
        !line.contains(&missing.to_string()),
        "the template, never the path: {line}"
    );
    assert!(!log.contains(&workspace.key), "the key is never traced");
}

/// A server newer than the client deprecates `getChat`, which the client's spec does not:
/// the client says so once per operation and process, as a `tracing` warning naming the
/// operation and the dates, and keeps working.
#[tokio::test]
async fn a_deprecation_the_client_did_not_know_is_said_once() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::WARN)
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);
    let newer = axum::Router::new().route(
        "/api/v1/chats/{id}",
        axum::routing::get(|| async {
            (
                axum::http::StatusCode::NOT_FOUND,
                [
                    ("content-type", "application/problem+json"),
                    ("deprecation", "@1796083200"),
                    ("sunset", "Wed, 30 Jun 2027 00:00:00 GMT"),
                ],
                r#"{"type":"about:blank","title":"Not found","status":404,"detail":"No chat."}"#,
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, newer).await });
    let client = chats_client::Client::with_api_key(&base, "key").unwrap();
    for _ in 0..3 {
        let answer = client.get_chat().id(Uuid::new_v4()).send().await;
        assert_eq!(
            answer.unwrap_err().status().map(|status| status.as_u16()),
            Some(404)
        );
    }
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let warnings: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("the server says this operation is deprecated"))
        .collect();
    assert_eq!(warnings.len(), 1, "{log}");
    for field in [
        "WARN",
        "operation_id=\"getChat\"",
        "deprecation=Some(\"@1796083200\")",
        "sunset=Some(\"Wed, 30 Jun 2027 00:00:00 GMT\")",
    ] {
        assert!(warnings[0].contains(field), "{field} in {}", warnings[0]);
    }
}
