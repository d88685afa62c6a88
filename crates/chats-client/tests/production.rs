//! The client as production uses it, against a local HTTPS server (rustls, a certificate
//! signed by a test CA that only the client under test trusts): it reaches the server over
//! TLS, rides out a GET that meets two 503s with `Retry-After` (three attempts, success),
//! retries a create (keyed) with one `Idempotency-Key` and sends an unkeyed PATCH that meets
//! a 503 exactly once, retries failed connections with backoff, and
//! walks every page of a paginated list as one stream. The server is a few lines of axum
//! behind tokio-rustls that counts what it receives, not a mock of the client.

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    Router,
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use chats_client::{ATTEMPTS_HEADER, Client, StreamExt as _, types::CreateChatRequest};
use serde_json::{Value, json};

const KEY: &str = "ck_test_4f1d9a7c2e6b8a0d";
const CA: &[u8] = include_bytes!("tls/ca.pem");
/// Answers 503 twice (`Retry-After: 1`, then an HTTP date now), then 200.
const FLAKY: &str = "3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21";
/// Always answers 503 (`Retry-After: 0`).
const DOWN: &str = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const CHATS: usize = 23;

/// What the server counted.
#[derive(Default)]
struct Counts {
    flaky: AtomicUsize,
    down: AtomicUsize,
    posts: AtomicUsize,
    /// The `Idempotency-Key` of each create received.
    keys: std::sync::Mutex<Vec<Option<String>>>,
    patches: AtomicUsize,
    pages: std::sync::Mutex<Vec<(u64, u64)>>,
}

fn chat(index: usize) -> Value {
    json!({
        "createdAt": "2026-11-20T14:03:11.123456Z",
        "id": format!("00000000-0000-4000-8000-{index:012}"),
        "isRemoved": false,
        "updatedAt": "2026-11-20T14:05:42.5Z",
        "channelId": null,
        "currentResponderId": null,
        "lastChatMessageCreatedAt": null,
        "ownerId": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
        "responderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "title": format!("chat {index}"),
        "workspaceId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    })
}

fn unavailable(retry_after: &str) -> Response {
    let problem = json!({
        "type": "/problems/unavailable",
        "title": "Service unavailable",
        "status": 503,
        "detail": "The database is unavailable; retry later."
    });
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::RETRY_AFTER, retry_after.to_owned())],
        axum::Json(problem),
    )
        .into_response()
}

async fn get_chat(State(counts): State<Arc<Counts>>, Path(id): Path<String>) -> Response {
    match id.as_str() {
        FLAKY => match counts.flaky.fetch_add(1, Ordering::SeqCst) {
            0 => unavailable("1"),
            1 => unavailable(&httpdate::fmt_http_date(std::time::SystemTime::now())),
            _ => axum::Json(chat(1)).into_response(),
        },
        DOWN => {
            counts.down.fetch_add(1, Ordering::SeqCst);
            unavailable("0")
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The list's page, with the spec's defaults (1 and 10) for what the client left out.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Page {
    #[serde(default = "first_page")]
    page_number: u64,
    #[serde(default = "default_size")]
    page_size: u64,
    /// This server's cursors are the offset after a page (the service's are opaque keys);
    /// beside one the page number is ignored, as the spec says.
    cursor: Option<usize>,
}

fn first_page() -> u64 {
    1
}

fn default_size() -> u64 {
    10
}

async fn list_chats(State(counts): State<Arc<Counts>>, Query(page): Query<Page>) -> Response {
    let start = page
        .cursor
        .unwrap_or(((page.page_number - 1) * page.page_size) as usize);
    counts
        .pages
        .lock()
        .unwrap()
        .push((start as u64, page.page_size));
    let end = (start + page.page_size as usize).min(CHATS);
    let chats: Vec<Value> = (start.min(CHATS)..end).map(chat).collect();
    let full = end.saturating_sub(start) == page.page_size as usize;
    let mut response = axum::Json(chats).into_response();
    if full {
        let link = format!(
            "</api/v1/chats?pageSize={}&cursor={end}>; rel=\"next\"",
            page.page_size
        );
        response
            .headers_mut()
            .insert(header::LINK, link.parse().unwrap());
    }
    response
}

async fn create_chat(State(counts): State<Arc<Counts>>, headers: header::HeaderMap) -> Response {
    counts.posts.fetch_add(1, Ordering::SeqCst);
    let key = headers
        .get("idempotency-key")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    counts.keys.lock().unwrap().push(key);
    unavailable("0")
}

async fn update_chat(State(counts): State<Arc<Counts>>) -> Response {
    counts.patches.fetch_add(1, Ordering::SeqCst);
    unavailable("0")
}

/// Serves the routes over HTTPS on 127.0.0.1:0: the base URL and the counts.
async fn https_server() -> (String, Arc<Counts>) {
    use rustls_pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject};
    use tokio_rustls::rustls;
    let counts = Arc::new(Counts::default());
    let app = Router::new()
        .route("/api/v1/chats", get(list_chats).post(create_chat))
        .route("/api/v1/chats/{id}", get(get_chat).patch(update_chat))
        .with_state(counts.clone());
    let certificates = CertificateDer::pem_slice_iter(include_bytes!("tls/server.pem"))
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_slice(include_bytes!("tls/server.key")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certificates, key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let (acceptor, app) = (acceptor.clone(), app.clone());
            tokio::spawn(async move {
                // A client that refuses the certificate ends the handshake: nothing to serve.
                let Ok(tls) = acceptor.accept(stream).await else {
                    return;
                };
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(
                        hyper_util::rt::TokioIo::new(tls),
                        hyper_util::service::TowerToHyperService::new(app),
                    )
                    .await;
            });
        }
    });
    (format!("https://127.0.0.1:{port}"), counts)
}

fn trusting(base: &str) -> chats_client::ClientBuilder {
    Client::builder(base, KEY)
        .add_root_certificate(CA)
        .expect("a PEM certificate")
}

#[tokio::test]
async fn a_get_reaches_https_and_rides_out_two_503s_with_retry_after() {
    let (base, counts) = https_server().await;
    let client = trusting(&base).build().unwrap();
    let started = Instant::now();
    let chat = client
        .get_chat()
        .id(FLAKY.parse::<uuid::Uuid>().unwrap())
        .send()
        .await
        .expect("the third attempt succeeds");
    assert_eq!(chat.title.as_deref(), Some("chat 1"));
    assert_eq!(counts.flaky.load(Ordering::SeqCst), 3, "three attempts");
    assert_eq!(chat.headers()[ATTEMPTS_HEADER], "3");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(1),
        "Retry-After: 1 was honoured: {waited:?}"
    );
    assert!(waited < Duration::from_secs(10), "{waited:?}");

    // The certificate is verified: a client that does not trust the test CA never gets in.
    let untrusting = Client::builder(&base, KEY).build().unwrap();
    match untrusting.get_chat().id(uuid::Uuid::new_v4()).send().await {
        Err(chats_client::Error::CommunicationError(err)) => {
            assert!(err.is_connect(), "{err:?}");
        }
        other => panic!("an untrusted certificate must fail the connection: {other:?}"),
    }
}

#[tokio::test]
async fn a_create_is_retried_with_one_idempotency_key_and_an_unkeyed_patch_is_sent_once() {
    let (base, counts) = https_server().await;
    let client = trusting(&base).build().unwrap();
    let create = || {
        client.create_chat().body(
            CreateChatRequest::builder()
                .channel_id(None)
                .owner_id(uuid::Uuid::new_v4())
                .title(None),
        )
    };
    let err = create().send().await.expect_err("503");
    assert_eq!(
        err.to_string(),
        "503 Service Unavailable: Service unavailable: The database is unavailable; retry later. \
         (after 3 attempts)"
    );
    match err {
        chats_client::Error::ErrorResponse(problem) => {
            assert_eq!(problem.status(), 503);
            assert_eq!(problem.headers()[ATTEMPTS_HEADER], "3", "retried twice");
        }
        other => panic!("the 503 problem: {other:?}"),
    }
    let keys = counts.keys.lock().unwrap().clone();
    assert_eq!(keys.len(), 3);
    let first = keys[0].clone().expect("a key made by the client");
    assert!(
        keys.iter()
            .all(|key| key.as_deref() == Some(first.as_str())),
        "one key: {keys:?}"
    );
    create().send().await.unwrap_err();
    let second = counts.keys.lock().unwrap()[3].clone();
    assert_ne!(
        second.as_deref(),
        Some(first.as_str()),
        "a fresh key per call"
    );

    match client
        .update_chat()
        .id(uuid::Uuid::new_v4())
        .body(chats_client::types::UpdateChatRequest::default())
        .send()
        .await
    {
        Err(chats_client::Error::ErrorResponse(problem)) => {
            assert_eq!(problem.status(), 503);
            assert!(
                problem.headers().get(ATTEMPTS_HEADER).is_none(),
                "one attempt"
            );
        }
        other => panic!("the 503 problem: {other:?}"),
    }
    assert_eq!(
        counts.patches.load(Ordering::SeqCst),
        1,
        "an unkeyed PATCH is never retried"
    );
}

#[tokio::test]
async fn the_last_error_says_how_many_attempts_and_no_retries_means_one() {
    let (base, counts) = https_server().await;
    let down = DOWN.parse::<uuid::Uuid>().unwrap();
    let client = trusting(&base).retries(3).build().unwrap();
    let err = client.get_chat().id(down).send().await.unwrap_err();
    assert_eq!(counts.down.load(Ordering::SeqCst), 4, "1 + 3 retries");
    assert!(err.to_string().ends_with("(after 4 attempts)"), "{err}");
    assert_eq!(err.body().map(|problem| problem.status), Some(503));
    let once = trusting(&base).no_retries().build().unwrap();
    assert!(once.get_chat().id(down).send().await.is_err());
    assert_eq!(
        counts.down.load(Ordering::SeqCst),
        5,
        "no_retries: one more"
    );
}

#[tokio::test]
async fn a_connection_that_cannot_be_made_is_retried_with_backoff() {
    // A port nobody listens on (bound, then released).
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let base = format!("https://127.0.0.1:{port}");
    let policy = chats_client::RetryPolicy::default()
        .retries(2)
        .base_delay(Duration::from_millis(100));
    let client = trusting(&base).retry_policy(policy).build().unwrap();
    let started = Instant::now();
    let err = client
        .get_chat()
        .id(uuid::Uuid::new_v4())
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, chats_client::Error::CommunicationError(inner) if inner.is_connect()),
        "{err:?}"
    );
    // Two waits: at least 50 ms, then at least 100 ms (half of each doubled backoff).
    assert!(
        started.elapsed() >= Duration::from_millis(150),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn page_streams_walk_every_page_and_stop_at_the_short_one() {
    let (base, counts) = https_server().await;
    let client = trusting(&base).build().unwrap();
    let all: Vec<String> = client
        .list_chats_stream()
        .map(|chat| chat.expect("a chat").title.unwrap())
        .collect()
        .await;
    let expected: Vec<String> = (0..CHATS).map(|i| format!("chat {i}")).collect();
    assert_eq!(all, expected, "every chat once, in order");
    assert_eq!(
        *counts.pages.lock().unwrap(),
        [(0, 10), (10, 10), (20, 10)],
        "the spec's default size, each next page at the link's cursor; the third is short and \
         links nowhere: no fourth request"
    );

    counts.pages.lock().unwrap().clear();
    let from_page_two: Vec<_> = client
        .list_chats()
        .page_size(6u64)
        .page_number(2u64)
        .stream()
        .collect()
        .await;
    assert_eq!(from_page_two.len(), CHATS - 6);
    assert_eq!(
        *counts.pages.lock().unwrap(),
        [(6, 6), (12, 6), (18, 6)],
        "from page 2 on by cursor; the page at 18 holds 5 of 6: the last request"
    );
}
