//! OTLP trace export (the `otel` feature), through the binary: `serve` with
//! `OTEL_EXPORTER_OTLP_ENDPOINT` pointing at a small OTLP/HTTP receiver inside this test (no
//! collector runs here). Each request becomes one server span named after its route; a
//! caller's `traceparent` and `tracestate` make it a child of the caller's span; a request
//! without one starts a trace whose id its JSON log line carries. Nothing secret is exported.

use std::sync::{Arc, Mutex};

use axum::{Router, body::Bytes, routing::post};
use opentelemetry_proto::tonic::{
    collector::trace::v1::ExportTraceServiceRequest,
    common::v1::{AnyValue, KeyValue, any_value},
    trace::v1::{Span, span::SpanKind, status::StatusCode},
};
use prost::Message;
use serde_json::Value;

use crate::support::Server;

const TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT: &str = "00f067aa0ba902b7";
const MISSING: &str = "00000000-0000-4000-8000-000000000000";

/// Every export request the receiver was sent, decoded.
#[derive(Clone, Default)]
struct Received(Arc<Mutex<Vec<ExportTraceServiceRequest>>>);

impl Received {
    /// Serves OTLP/HTTP's trace endpoint on a port of its own: the endpoint's base URL.
    async fn serve(&self) -> String {
        let received = self.clone();
        let app = Router::new().route(
            "/v1/traces",
            post(move |body: Bytes| {
                let received = received.clone();
                async move {
                    let request = ExportTraceServiceRequest::decode(body)
                        .expect("the exporter sends OTLP protobuf");
                    received.0.lock().unwrap().push(request);
                    // An empty ExportTraceServiceResponse: everything accepted.
                    (
                        [("content-type", "application/x-protobuf")],
                        Vec::<u8>::new(),
                    )
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{address}")
    }

    /// Every span received, with its resource's `service.name`.
    fn spans(&self) -> Vec<(String, Span)> {
        let mut out = Vec::new();
        for request in self.0.lock().unwrap().iter() {
            for resource in &request.resource_spans {
                let service = resource
                    .resource
                    .as_ref()
                    .and_then(|r| text(&r.attributes, "service.name"))
                    .unwrap_or_default();
                for scope in &resource.scope_spans {
                    out.extend(scope.spans.iter().map(|s| (service.clone(), s.clone())));
                }
            }
        }
        out
    }
}

fn value<'a>(attributes: &'a [KeyValue], key: &str) -> Option<&'a any_value::Value> {
    attributes
        .iter()
        .find(|kv| kv.key == key)
        .and_then(|kv| kv.value.as_ref())
        .and_then(|AnyValue { value }| value.as_ref())
}

fn text(attributes: &[KeyValue], key: &str) -> Option<String> {
    match value(attributes, key)? {
        any_value::Value::StringValue(text) => Some(text.clone()),
        _ => None,
    }
}

fn int(attributes: &[KeyValue], key: &str) -> Option<i64> {
    match value(attributes, key)? {
        any_value::Value::IntValue(number) => Some(*number),
        _ => None,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_spans_are_exported_over_otlp_as_children_of_the_caller_s_trace() {
    let received = Received::default();
    let endpoint = received.serve().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("chats.db").display());
    let key = crate::telemetry::prepared(&url);
    let server = Server::start_with_env(
        &url,
        &["--log-format", "json"],
        &[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.as_str()),
            ("OTEL_SERVICE_NAME", "chats-under-test"),
        ],
    );
    let http = reqwest::Client::new();
    let get = |path: &str| {
        http.get(format!("http://{}{path}", server.address))
            .header("authorization", &key)
    };
    let traced = get("/api/v1/chats?search=needle")
        .header("traceparent", format!("00-{TRACE}-{PARENT}-01"))
        .header("tracestate", "vendor=opaque")
        .send()
        .await
        .unwrap();
    assert_eq!(traced.status().as_u16(), 200);
    let missing = get(&format!("/api/v1/chats/{MISSING}"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status().as_u16(), 404);
    // The batch is sent at shutdown at the latest.
    let (status, log) = server.terminate();
    assert!(status.success(), "{log:#?}");

    let spans = received.spans();
    let requests: Vec<&(String, Span)> = spans
        .iter()
        .filter(|(_, span)| span.kind == SpanKind::Server as i32)
        .collect();
    assert_eq!(
        requests.len(),
        2,
        "one server span a request: {:#?}",
        spans.iter().map(|(_, s)| &s.name).collect::<Vec<_>>()
    );

    let (service, list) = requests
        .iter()
        .find(|(_, span)| span.name == "GET /api/v1/chats")
        .expect("the list's span, named after its route");
    assert_eq!(service, "chats-under-test", "OTEL_SERVICE_NAME");
    assert_eq!(hex(&list.trace_id), TRACE, "the caller's trace");
    assert_eq!(
        hex(&list.parent_span_id),
        PARENT,
        "the caller's span is the parent"
    );
    assert_eq!(
        list.trace_state, "vendor=opaque",
        "tracestate carried along"
    );
    assert_eq!(
        text(&list.attributes, "http.route").as_deref(),
        Some("/api/v1/chats")
    );
    assert_eq!(
        text(&list.attributes, "openapi.operation_id").as_deref(),
        Some("listChats")
    );
    assert_eq!(
        int(&list.attributes, "http.response.status_code"),
        Some(200)
    );

    let (_, read) = requests
        .iter()
        .find(|(_, span)| span.name == "GET /api/v1/chats/{id}")
        .expect("the read's span, named after its route template");
    assert!(
        read.parent_span_id.is_empty(),
        "no traceparent: a root span"
    );
    assert_eq!(
        int(&read.attributes, "http.response.status_code"),
        Some(404)
    );
    assert_ne!(
        read.status.as_ref().map(|s| s.code),
        Some(StatusCode::Error as i32),
        "a 4xx is the client's error, not the server span's"
    );
    // The log line of the read carries the trace id the collector got.
    let lines: Vec<Value> = log
        .iter()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|line| line["message"] == "answered")
        .collect();
    let read_line = lines
        .iter()
        .find(|line| line["span"]["path"].as_str() == Some(&format!("/api/v1/chats/{MISSING}")))
        .unwrap_or_else(|| panic!("the read's log line: {log:#?}"));
    assert_eq!(
        read_line["span"]["trace_id"].as_str(),
        Some(&*hex(&read.trace_id))
    );
    assert!(
        lines.iter().any(|line| line["span"]["trace_id"] == TRACE),
        "the list's line carries the caller's trace id"
    );

    // Neither the key nor a query string reaches the collector.
    let exported = format!("{spans:?}");
    assert!(!exported.contains(&key), "the key is never exported");
    assert!(!exported.contains("needle"), "nor a query string");
}
