//! Hostile and malformed input, property-based: requests built from the spec's operations,
//! then broken — wrong types, out-of-range numbers, invalid uuids and dates, unknown enum
//! values, huge strings, deep nesting, repeated keys, invalid UTF-8, NUL bytes, repeated and
//! empty query keys, percent-encoding edge cases, long headers — go through the real
//! application in process (SQLite storage). Every answer is a status the operation documents
//! (or the router's 404/405), with the problem body, never a 5xx; no panic reaches the
//! runtime; and a rejected request changes nothing in the database.
//!
//! CI runs `HOSTILE_CASES` cases (default 2,000) from a fixed seed; set `HOSTILE_SEED` to
//! explore other corners.

use crate::support::DIRECTORY;
use std::sync::Arc;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use chats_server::{
    keys,
    storage::{ChatFilter, Sqlite, Storage},
};
use proptest::{
    prelude::*,
    test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner},
};
use tower::ServiceExt;
use uuid::Uuid;

const OWNER: &str = "00000000-0000-4000-8000-00000000a0a0";
const CHANNEL: &str = "c0000000-0000-4000-8000-000000000001";

/// One request, as raw as HTTP allows in process.
#[derive(Clone, Debug)]
struct Raw {
    method: &'static str,
    uri: String,
    content_type: Option<String>,
    body: Vec<u8>,
    with_key: bool,
    extra_header: Option<(String, String)>,
}

/// Strings a URL or JSON field should never break on.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("%".to_owned()),
        Just("%zz".to_owned()),
        Just("%00".to_owned()),
        Just("%ff%fe".to_owned()),
        Just("%2F..%2F".to_owned()),
        Just("+".to_owned()),
        Just("\u{0}".to_owned()),
        Just("'; DROP TABLE chats; --".to_owned()),
        Just("x".repeat(5_000)),
        Just("-1".to_owned()),
        Just("1e309".to_owned()),
        Just("99999999999999999999999999".to_owned()),
        Just("1.5".to_owned()),
        Just("2026-13-45T25:61:61Z".to_owned()),
        Just("sms".to_owned()),
        Just("00000000-0000-0000-0000-00000000000g".to_owned()),
        "\\PC{0,40}",
        any::<String>(),
    ]
}

/// Percent-encodes everything but unreserved characters (so the URI is always well-formed),
/// unless `raw` says to keep `%` sequences as written.
fn encode(text: &str, raw: bool) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b'%' if raw => "%".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const LIST_PARAMS: [&str; 12] = [
    "channelIds",
    "channelTypes",
    "lastChatMessageCreatedAtStart",
    "lastChatMessageCreatedAtEnd",
    "ownerIds",
    "pageNumber",
    "pageSize",
    "responderIds",
    "responderVersionIds",
    "search",
    "",
    "unknown",
];

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(&LIST_PARAMS[..]),
            nasty_text(),
            any::<bool>(),
            1..4usize,
        ),
        0..5,
    )
    .prop_map(|pairs| {
        pairs
            .into_iter()
            .flat_map(|(key, value, raw, times)| {
                std::iter::repeat_n(format!("{key}={}", encode(&value, raw)), times)
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Any JSON value, nested a little.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        nasty_text().prop_map(serde_json::Value::from),
        Just(serde_json::Value::from(OWNER)),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A body for POST or PATCH: a valid one with one field broken, or something else entirely.
fn body() -> impl Strategy<Value = Vec<u8>> {
    let field = prop::sample::select(
        &[
            "channelId",
            "ownerId",
            "title",
            "lastChatMessageCreatedAt",
            "extra",
        ][..],
    );
    prop_oneof![
        // A valid create body (one the spec allows, from the generated strategies, with the
        // fixture's channel and owner) with one field replaced or removed.
        (
            chats_api::strategies::create_chat_request(),
            field,
            prop::option::of(json_value())
        )
            .prop_map(|(valid, field, value)| {
                let mut body = serde_json::to_value(valid).expect("a request serializes");
                body["channelId"] = serde_json::json!(CHANNEL);
                body["ownerId"] = serde_json::json!(OWNER);
                match value {
                    Some(value) => body[field] = value,
                    None => {
                        body.as_object_mut().unwrap().remove(field);
                    }
                }
                body.to_string().into_bytes()
            }),
        json_value().prop_map(|v| v.to_string().into_bytes()),
        Just(br#"{"title": "a", "title": "b"}"#.to_vec()),
        Just(format!("{}{}", "[".repeat(200), "]".repeat(200)).into_bytes()),
        Just(b"{\"title\": \"\xff\xfe\"}".to_vec()),
        Just(b"{\"title\": \"a\\u0000b\"}".to_vec()),
        Just(format!("{{\"title\": \"{}\"}}", "y".repeat(70_000)).into_bytes()),
        Just(b"{\"title\": ".to_vec()),
        prop::collection::vec(any::<u8>(), 0..64),
    ]
}

fn path_id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(Uuid::new_v4().to_string()),
        nasty_text().prop_map(|t| encode(&t, false)),
        nasty_text().prop_map(|t| encode(&t, true)),
    ]
}

fn request() -> impl Strategy<Value = Raw> {
    let content_type = prop_oneof![
        Just(Some("application/json".to_owned())),
        Just(Some("application/json; charset=utf-8".to_owned())),
        Just(Some("text/plain".to_owned())),
        Just(None),
    ];
    let header = prop::option::of((
        "x-[a-z]{1,8}",
        prop_oneof![Just("v".repeat(16_000)), "[ -~]{0,20}"],
    ));
    (
        prop_oneof![
            query().prop_map(|q| ("GET", format!("/api/v1/chats?{q}"))),
            query().prop_map(|q| ("GET", format!("/api/v1/chats/details?{q}"))),
            (path_id(), query()).prop_map(|(id, q)| ("GET", format!("/api/v1/chats/{id}?{q}"))),
            (path_id(), nasty_text()).prop_map(|(id, v)| (
                "GET",
                format!(
                    "/api/v1/chats/{id}/details?responderVersionId={}",
                    encode(&v, false)
                )
            )),
            Just(("POST", "/api/v1/chats".to_owned())),
            path_id().prop_map(|id| ("PATCH", format!("/api/v1/chats/{id}"))),
            path_id().prop_map(|id| ("DELETE", format!("/api/v1/chats/{id}"))),
            path_id().prop_map(|id| ("PUT", format!("/api/v1/chats/{id}"))),
            nasty_text().prop_map(|t| ("GET", format!("/api/v1/{}", encode(&t, false)))),
        ],
        body(),
        content_type,
        prop::bool::weighted(0.95),
        header,
    )
        .prop_map(
            |((method, uri), body, content_type, with_key, extra_header)| Raw {
                method,
                uri,
                content_type,
                body,
                with_key,
                extra_header,
            },
        )
}

/// What a rejected request must not change: every chat of the workspace, as stored.
async fn fingerprint(storage: &Sqlite, workspace: Uuid) -> String {
    let all = storage
        .list_chats(
            workspace,
            ChatFilter {
                page_number: 1,
                page_size: 1_000,
                ..ChatFilter::default()
            },
        )
        .await
        .expect("a list");
    format!("{all:?}")
}

#[test]
fn hostile_requests_get_documented_4xx_problems_and_change_nothing() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(Sqlite::open(&dir.path().join("chats.db")).unwrap());
    let (workspace, key) = runtime.block_on(async {
        let workspace = storage.create_workspace("hostile".into()).await.unwrap();
        let directory = chats_server::import::parse(DIRECTORY).unwrap();
        storage.import(workspace, directory).await.unwrap();
        let (key, hash) = keys::generate().unwrap();
        storage
            .create_api_key(workspace, "t".into(), hash)
            .await
            .unwrap();
        (workspace, key)
    });
    let app = chats_server::http::app(storage.clone());
    let documented: std::collections::BTreeMap<(&str, &str), &[u16]> = chats_api::OPERATIONS
        .iter()
        .map(|op| ((op.method, op.path), op.statuses))
        .collect();

    let cases: u32 = std::env::var("HOSTILE_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    let seed: u64 = std::env::var("HOSTILE_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_261_125);
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(
        config,
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes),
    );
    let statuses = std::cell::RefCell::new(std::collections::BTreeMap::<u16, u32>::new());
    let result = runner.run(&request(), |raw| {
        runtime.block_on(async {
            let before = fingerprint(&storage, workspace).await;
            let mut builder = Request::builder().method(raw.method).uri(&raw.uri);
            if raw.with_key {
                builder = builder.header("authorization", &key);
            }
            if let Some(content_type) = &raw.content_type {
                builder = builder.header("content-type", content_type);
            }
            if let Some((name, value)) = &raw.extra_header {
                builder = builder.header(name.as_str(), value.as_str());
            }
            let Ok(request) = builder.body(Body::from(raw.body.clone())) else {
                // Not expressible as HTTP at all: nothing to send.
                return Ok(());
            };
            let response = app
                .clone()
                .oneshot(request)
                .await
                .expect("the router answers");
            let status = response.status();
            let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            prop_assert!(
                !status.is_server_error(),
                "{status} for {raw:?}: {}",
                String::from_utf8_lossy(&bytes)
            );
            *statuses.borrow_mut().entry(status.as_u16()).or_default() += 1;
            if status.is_success() {
                return Ok(());
            }
            let problem: serde_json::Value = serde_json::from_slice(&bytes)
                .map_err(|_| TestCaseError::fail(format!("no JSON problem for {raw:?}")))?;
            prop_assert_eq!(problem["status"].as_u64(), Some(u64::from(status.as_u16())));
            prop_assert!(
                problem["type"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("/problems/"))
            );
            // A documented status of the operation, or the router's own 404/405.
            let path_template = template(&raw.uri);
            let allowed = documented.get(&(raw.method, path_template.as_str()));
            let routed = [StatusCode::NOT_FOUND, StatusCode::METHOD_NOT_ALLOWED].contains(&status);
            prop_assert!(
                routed || allowed.is_some_and(|codes| codes.contains(&status.as_u16())),
                "{status} is not documented for {} {}",
                raw.method,
                path_template
            );
            let after = fingerprint(&storage, workspace).await;
            prop_assert!(
                before == after,
                "a rejected request changed the database: {raw:?}"
            );
            Ok(())
        })
    });
    let report = format!(
        "hostile input: {cases} cases, seed {seed}, statuses {:?}",
        statuses.borrow()
    );
    eprintln!("{report}");
    if let Err(err) = result {
        panic!("{err}");
    }
    // `cargo xtask hostile` keeps the summary of a passing run.
    if let Ok(path) = std::env::var("HOSTILE_REPORT") {
        std::fs::write(path, report).unwrap();
    }
}

/// The spec path a request URI was routed as (ids become `{id}`).
fn template(uri: &str) -> String {
    let path = uri.split('?').next().unwrap_or("");
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["", "api", "v1", "chats"] => "/api/v1/chats".into(),
        ["", "api", "v1", "chats", "details"] => "/api/v1/chats/details".into(),
        ["", "api", "v1", "chats", _] => "/api/v1/chats/{id}".into(),
        ["", "api", "v1", "chats", _, "details"] => "/api/v1/chats/{id}/details".into(),
        _ => path.to_owned(),
    }
}

/// The generated strategies (`chats_api::strategies`, the `proptest` feature) make values the
/// spec allows: each passes the router's own validator for its schema.
#[test]
fn the_generated_strategies_make_values_the_spec_allows() {
    use chats_api::{Violations, schemas, strategies};
    macro_rules! allowed {
        ($value:expr, $schema:expr) => {{
            let json = serde_json::to_value(&$value).expect("serializes");
            let mut violations = Violations::default();
            $schema.validate(&json, "", &mut violations);
            prop_assert!(violations.is_empty(), "{json} {:?}", violations.into_vec());
        }};
    }
    let mut runner = TestRunner::new_with_rng(
        Config::with_cases(200),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let values = (
        strategies::chat(),
        strategies::chat_details(),
        strategies::create_chat_request(),
        strategies::update_chat_request(),
        strategies::problem(),
    );
    runner
        .run(&values, |(chat, details, create, update, problem)| {
            allowed!(chat, schemas::CHAT);
            allowed!(details, schemas::CHAT_DETAILS);
            allowed!(create, schemas::CREATE_CHAT_REQUEST);
            allowed!(update, schemas::UPDATE_CHAT_REQUEST);
            allowed!(problem, schemas::PROBLEM);
            Ok(())
        })
        .expect("every value is one the spec allows");
}
