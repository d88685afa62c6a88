//! What operators watch: Prometheus metrics on a listener of their own, the request's route,
//! operation and trace id on its log lines, and the log's format (text or JSON lines).
//!
//! Metrics go through the `metrics` facade; nothing is recorded (and the macros cost next to
//! nothing) until [`install`] sets the process's recorder, which `serve --metrics-listen`
//! does. Names follow the OpenTelemetry semantic conventions as Prometheus writes them
//! (`http.server.request.duration` in seconds is `http_server_request_duration_seconds`).
//! Labels stay bounded: a method, the spec's path template (never the raw path), a status,
//! an operationId, a backend, an error class; never a workspace, a key or free text.

use std::sync::OnceLock;

use axum::{
    Router,
    http::{HeaderMap, Method, header},
    response::IntoResponse,
    routing::get,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

pub mod access;
pub mod context;
mod json;
pub mod lines;
#[cfg(feature = "otel")]
pub mod otel;
mod route;
mod text;
pub use json::{JsonFields, JsonLines};
use route::Matched;
pub use route::RouteLayer;
#[cfg(test)]
use route::{count_deprecated, matched};
pub use text::TextLines;

/// `http.server.request.duration`: histogram, seconds.
pub const REQUEST_DURATION: &str = "http_server_request_duration_seconds";
/// `http.server.active_requests`: gauge.
pub const ACTIVE_REQUESTS: &str = "http_server_active_requests";
/// `db.client.connection.wait_time`: histogram, seconds (a PostgreSQL connection from the
/// pool; a SQLite reader or the writer's turn).
pub const CONNECTION_WAIT: &str = "db_client_connection_wait_time_seconds";
/// `db.client.connections.usage` by `state` (`idle`, `used`): gauge (the name of OpenTelemetry's
/// earlier convention: Prometheus reserves `_count` for histograms).
pub const CONNECTION_COUNT: &str = "db_client_connections_usage";
/// `db.client.connections.max`: gauge.
pub const CONNECTION_MAX: &str = "db_client_connections_max";
/// SQLite: how many writes one commit carried (histogram) and how long the commit took.
pub const WRITE_GROUP_SIZE: &str = "chats_sqlite_write_group_size";
pub const COMMIT_DURATION: &str = "chats_sqlite_commit_duration_seconds";
/// SQLite: the write-ahead log's size in bytes (gauge) and the checkpoints run (counter).
pub const WAL_BYTES: &str = "chats_sqlite_wal_bytes";
pub const CHECKPOINTS: &str = "chats_sqlite_checkpoints_total";
/// Storage failures answered to a client, by `error_class` (`unavailable`, `full`,
/// `internal`): counter.
pub const STORAGE_ERRORS: &str = "chats_storage_errors_total";
/// Answers of operations the spec deprecates, by `operation_id` (and its `sunset`): counter.
/// Who still calls them before the date.
pub const DEPRECATED_CALLS: &str = "chats_deprecated_calls_total";
/// Requests that used a deprecated parameter or body property, by `operation_id` and `field`
/// (`query.pageNumber`, `body.title`; the spec's names, so bounded): counter.
pub const DEPRECATED_USES: &str = "chats_deprecated_uses_total";

/// Live chat events (`events.rs`): open streams (gauge), events sent to subscribers, streams
/// that resumed from a `Last-Event-ID`, and subscribers dropped for falling
/// `events::BUFFER` events behind (counters).
pub const STREAMS_OPEN: &str = "chats_event_streams_open";
pub const EVENTS_SENT: &str = "chats_events_sent_total";
pub const RESUMES: &str = "chats_event_stream_resumes_total";
pub const OVERFLOWS: &str = "chats_event_stream_overflows_total";

/// OpenTelemetry's recommended boundaries for `http.server.request.duration`.
const HTTP_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
];
/// Waits and commits are shorter: from 10 µs.
const DATABASE_BUCKETS: &[f64] = &[
    0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
    2.5, 5.0, 10.0,
];
const GROUP_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// How often recorded histogram samples are folded into their buckets between scrapes (so
/// that a replica nobody scrapes does not keep every sample in memory).
const UPKEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// One metric's handle for one label set, made on first use after [`install`]; later uses
/// record through it directly, without building the key and finding it in the registry
/// (the look-up was most of the metrics' cost per request: BENCHMARKS.md, "Operability's
/// cost"). Before `install` it hands out a no-op handle and keeps nothing, so a handle made
/// before the recorder existed is never cached.
pub struct Cached<T> {
    cell: OnceLock<T>,
    noop: T,
}

impl Cached<metrics::Histogram> {
    pub const fn histogram() -> Self {
        Self {
            cell: OnceLock::new(),
            noop: metrics::Histogram::noop(),
        }
    }
}

impl Cached<metrics::Gauge> {
    pub const fn gauge() -> Self {
        Self {
            cell: OnceLock::new(),
            noop: metrics::Gauge::noop(),
        }
    }
}

impl<T> Cached<T> {
    /// The handle, made by `make` the first time once the recorder is installed.
    pub fn get(&self, make: impl FnOnce() -> T) -> &T {
        if HANDLE.get().is_none() {
            return &self.noop;
        }
        self.cell.get_or_init(make)
    }
}

/// Sets the process's metrics recorder (once; later calls return the same handle), and
/// starts the thread that folds histogram samples into buckets every few seconds.
pub fn install() -> anyhow::Result<PrometheusHandle> {
    if let Some(handle) = HANDLE.get() {
        return Ok(handle.clone());
    }
    let recorder = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(REQUEST_DURATION.to_owned()), HTTP_BUCKETS)?
        .set_buckets_for_metric(Matcher::Full(CONNECTION_WAIT.to_owned()), DATABASE_BUCKETS)?
        .set_buckets_for_metric(Matcher::Full(COMMIT_DURATION.to_owned()), DATABASE_BUCKETS)?
        .set_buckets_for_metric(Matcher::Full(WRITE_GROUP_SIZE.to_owned()), GROUP_BUCKETS)?
        .build_recorder();
    let handle = recorder.handle();
    metrics::set_global_recorder(recorder)
        .map_err(|err| anyhow::anyhow!("setting the metrics recorder: {err}"))?;
    describe();
    metrics_process::Collector::default().describe();
    let upkeep = handle.clone();
    std::thread::Builder::new()
        .name("chats-metrics".into())
        .spawn(move || {
            loop {
                std::thread::sleep(UPKEEP_EVERY);
                upkeep.run_upkeep();
            }
        })?;
    Ok(HANDLE.get_or_init(|| handle).clone())
}

fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_histogram!(
        REQUEST_DURATION,
        Unit::Seconds,
        "Duration of HTTP server requests."
    );
    describe_gauge!(ACTIVE_REQUESTS, "Number of active HTTP server requests.");
    describe_histogram!(
        CONNECTION_WAIT,
        Unit::Seconds,
        "The time it took to obtain a database connection (a SQLite reader or the writer's turn)."
    );
    describe_gauge!(
        CONNECTION_COUNT,
        "PostgreSQL connections of the pool, by state."
    );
    describe_gauge!(
        CONNECTION_MAX,
        "The most PostgreSQL connections the pool opens."
    );
    describe_histogram!(WRITE_GROUP_SIZE, "SQLite: writes committed by one commit.");
    describe_histogram!(
        COMMIT_DURATION,
        Unit::Seconds,
        "SQLite: how long a group commit took."
    );
    describe_gauge!(
        WAL_BYTES,
        Unit::Bytes,
        "SQLite: size of the write-ahead log."
    );
    describe_counter!(CHECKPOINTS, "SQLite: WAL checkpoints run.");
    describe_counter!(
        DEPRECATED_CALLS,
        "Answers of operations the spec deprecates, by operation and sunset."
    );
    describe_counter!(
        DEPRECATED_USES,
        "Requests that used a deprecated parameter or body property, by operation and field."
    );
    describe_counter!(
        STORAGE_ERRORS,
        "Storage failures answered to a client, by class (unavailable: 503; full, internal: 500)."
    );
    describe_gauge!(STREAMS_OPEN, "Live chat event streams open.");
    describe_counter!(EVENTS_SENT, "Chat events sent to subscribers.");
    describe_counter!(RESUMES, "Chat event streams resumed from a Last-Event-ID.");
    describe_counter!(
        OVERFLOWS,
        "Chat event subscribers dropped for falling a full buffer behind."
    );
}

/// The metrics listener's routes: `GET /metrics` in the Prometheus text format. `observe`
/// runs before each scrape (gauges read at that moment: pools, the WAL's size).
pub fn metrics_router(
    handle: PrometheusHandle,
    observe: impl Fn() + Clone + Send + Sync + 'static,
) -> Router {
    let collector = metrics_process::Collector::default();
    Router::new().route(
        "/metrics",
        get(move || {
            let handle = handle.clone();
            let observe = observe.clone();
            let collector = collector.clone();
            async move {
                observe();
                collector.collect();
                (
                    [(
                        header::CONTENT_TYPE,
                        "text/plain; version=0.0.4; charset=utf-8",
                    )],
                    handle.render(),
                )
                    .into_response()
            }
        }),
    )
}

/// The statuses the API answers, as labels.
const KNOWN: [(u16, &str); 16] = [
    (200, "200"),
    (201, "201"),
    (204, "204"),
    (400, "400"),
    (401, "401"),
    (403, "403"),
    (404, "404"),
    (405, "405"),
    (408, "408"),
    (413, "413"),
    (415, "415"),
    (422, "422"),
    (429, "429"),
    (431, "431"),
    (500, "500"),
    (503, "503"),
];

/// A status as a label, without allocating for the statuses the API answers.
fn status_label(status: u16) -> metrics::SharedString {
    match KNOWN.iter().find(|(code, _)| *code == status) {
        Some((_, text)) => metrics::SharedString::const_str(text),
        None => metrics::SharedString::from_owned(status.to_string()),
    }
}

/// The request-duration histogram of each spec operation and known status, made once.
static DURATIONS: std::sync::LazyLock<Box<[Cached<metrics::Histogram>]>> =
    std::sync::LazyLock::new(|| {
        (0..chats_api::OPERATIONS.len() * KNOWN.len())
            .map(|_| Cached::histogram())
            .collect()
    });

/// The request-duration histogram of each method and known status of requests no route
/// matched (a 404 of the router, the benchmark's ceiling), made once.
static UNMATCHED: std::sync::LazyLock<Box<[Cached<metrics::Histogram>]>> =
    std::sync::LazyLock::new(|| {
        (0..METHODS.len() * KNOWN.len())
            .map(|_| Cached::histogram())
            .collect()
    });

/// Records a request's duration by method (its place in [`METHODS`]), route, status and operation: through a cached
/// handle for a spec operation and a known status, else looked up by its labels.
fn record_duration(method: usize, found: Option<&Matched>, status: u16, seconds: f64) {
    let make = |route: metrics::SharedString, operation: &'static str| {
        metrics::histogram!(
            REQUEST_DURATION,
            "http_request_method" => METHODS[method],
            "http_route" => route,
            "http_response_status_code" => status_label(status),
            "operation_id" => operation,
        )
    };
    let known = KNOWN.iter().position(|(code, _)| *code == status);
    match (found, known) {
        (
            Some(
                found @ Matched {
                    index: Some(index), ..
                },
            ),
            Some(known),
        ) => DURATIONS[index * KNOWN.len() + known]
            .get(|| make(found.route.clone(), found.operation))
            .record(seconds),
        (Some(found), _) => make(found.route.clone(), found.operation).record(seconds),
        (None, Some(known)) => UNMATCHED[method * KNOWN.len() + known]
            .get(|| make(metrics::SharedString::const_str(""), ""))
            .record(seconds),
        (None, None) => make(metrics::SharedString::const_str(""), "").record(seconds),
    }
}

/// The method labels: the standard methods, then `_OTHER` for any other (bounded, as
/// OpenTelemetry asks).
const METHODS: [&str; 10] = [
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE", "_OTHER",
];

/// A method's place in [`METHODS`].
fn method_index(method: &Method) -> usize {
    match *method {
        Method::GET => 0,
        Method::POST => 1,
        Method::PUT => 2,
        Method::PATCH => 3,
        Method::DELETE => 4,
        Method::HEAD => 5,
        Method::OPTIONS => 6,
        Method::CONNECT => 7,
        Method::TRACE => 8,
        _ => 9,
    }
}

#[cfg(test)]
fn method_label(method: &Method) -> &'static str {
    METHODS[method_index(method)]
}

/// The active-requests gauge, decremented even when the request is dropped unanswered.
struct Active(&'static metrics::Gauge);

/// The active-requests gauge of each method, made once.
static ACTIVE: [Cached<metrics::Gauge>; METHODS.len()] = [const { Cached::gauge() }; METHODS.len()];

impl Active {
    fn new(method: usize) -> Self {
        let gauge = ACTIVE[method]
            .get(|| metrics::gauge!(ACTIVE_REQUESTS, "http_request_method" => METHODS[method]));
        gauge.increment(1.0);
        Self(gauge)
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        self.0.decrement(1.0);
    }
}

/// The request's span, made only when spans are exported (OpenTelemetry; the log reads the
/// request's context instead, [`context`]): its method, path (never the query), request id and
/// trace id, with the route, operation and workspace recorded once known, a child of the
/// caller's `traceparent` if any. Returns the exported trace's id beside it.
#[cfg(feature = "otel")]
fn request_span(
    request: &axum::http::Request<axum::body::Body>,
    id: &str,
) -> (tracing::Span, Option<[u8; 32]>) {
    let span = tracing::info_span!(
        "request",
        otel.kind = "server",
        method = %request.method(),
        path = %request.uri().path(),
        request_id = %id,
        trace_id = tracing::field::Empty,
        route = tracing::field::Empty,
        operation_id = tracing::field::Empty,
        workspace_id = tracing::field::Empty,
    );
    let trace = otel::start(&span, request.headers());
    span.record(
        "trace_id",
        trace.clone().unwrap_or_else(|| id.replace('-', "")),
    );
    let trace = trace.and_then(|trace| <[u8; 32]>::try_from(trace.as_bytes()).ok());
    (span, trace)
}

/// The trace id of a W3C `traceparent` header (`00-<32 hex>-<16 hex>-<2 hex>`), when it is
/// valid (not all zeros, lower-case hex, a known or future version); `tracestate` is carried
/// by whoever exports traces, not needed for the log.
pub fn trace_id(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get("traceparent")?.to_str().ok()?;
    let mut parts = value.trim().split('-');
    let (version, trace, parent, flags) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let hex = |text: &str, length: usize| {
        text.len() == length
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    let valid = hex(version, 2)
        && version != "ff"
        && (version != "00" || parts.next().is_none())
        && hex(trace, 32)
        && trace.bytes().any(|b| b != b'0')
        && hex(parent, 16)
        && parent.bytes().any(|b| b != b'0')
        && hex(flags, 2);
    valid.then_some(trace)
}

/// How the log is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines (the default).
    #[default]
    Text,
    /// One JSON object a line: timestamp, level, target, message and fields, and the
    /// request's fields under `span` (request id, method, route, operation, trace id,
    /// workspace).
    Json,
}

#[cfg(test)]
mod tests {
    use axum::response::Response;

    use super::*;

    #[test]
    fn a_traceparent_is_read_only_when_valid() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert("traceparent", value.parse().unwrap());
            trace_id(&headers).map(str::to_owned)
        };
        let trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        assert_eq!(
            with(&format!("00-{trace}-00f067aa0ba902b7-01")).as_deref(),
            Some(trace)
        );
        assert_eq!(
            with(&format!("00-{}-00f067aa0ba902b7-01", "0".repeat(32))),
            None
        );
        assert_eq!(with(&format!("00-{trace}-0000000000000000-01")), None);
        assert_eq!(with(&format!("ff-{trace}-00f067aa0ba902b7-01")), None);
        assert_eq!(
            with(&format!("00-{}-00f067aa0ba902b7-01", trace.to_uppercase())),
            None
        );
        assert_eq!(with(&format!("00-{trace}-00f067aa0ba902b7-01-extra")), None);
        assert_eq!(
            with(&format!("01-{trace}-00f067aa0ba902b7-01-future")).as_deref(),
            Some(trace),
            "a later version may add fields"
        );
        assert_eq!(with("garbage"), None);
    }

    /// A deprecated operation's answers and the deprecated fields its requests used are
    /// counted, labelled by the spec's names; an answer of another operation counts nothing.
    #[test]
    fn deprecated_calls_and_uses_are_counted() {
        static LEGACY: chats_api::OperationInfo = chats_api::OperationInfo {
            operation_id: "listLegacyChats",
            method: "GET",
            path: "/api/v1/chats/legacy",
            statuses: &[200],
            index: 0,
            deprecation: Some(chats_api::Deprecation {
                since: Some("2026-12-01"),
                sunset: Some("2027-06-30"),
                replaced_by: Some("listChats"),
                headers: &[],
            }),
            stability: "stable",
        };
        let recorder = PrometheusBuilder::new().build_recorder();
        let handle = recorder.handle();
        metrics::with_local_recorder(&recorder, || {
            let mut used = Response::new(axum::body::Body::empty());
            used.extensions_mut().insert(chats_api::DeprecatedUses {
                used: vec!["query.pageNumber"],
            });
            count_deprecated(&LEGACY, &used);
            count_deprecated(&LEGACY, &Response::new(axum::body::Body::empty()));
            let current = chats_api::OPERATIONS
                .iter()
                .find(|operation| operation.operation_id == "getChat")
                .expect("getChat");
            count_deprecated(current, &used);
        });
        let text = handle.render();
        assert!(
            text.contains(
                "chats_deprecated_calls_total{operation_id=\"listLegacyChats\",sunset=\"2027-06-30\"} 2"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "chats_deprecated_uses_total{operation_id=\"listLegacyChats\",field=\"query.pageNumber\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "chats_deprecated_uses_total{operation_id=\"getChat\",field=\"query.pageNumber\"} 1"
            ),
            "{text}"
        );
        assert!(!text.contains("body.title"), "{text}");
        assert!(
            !text.contains("chats_deprecated_calls_total{operation_id=\"getChat\""),
            "{text}"
        );
    }

    #[test]
    fn labels_are_the_spec_s_templates_and_bounded() {
        let get_chat = chats_api::OPERATIONS
            .iter()
            .find(|operation| operation.operation_id == "getChat")
            .expect("getChat");
        let found = matched(Some(get_chat), "/api/v1/chats/{id}");
        assert_eq!(
            (&*found.route, found.operation, found.index),
            ("/api/v1/chats/{id}", "getChat", Some(get_chat.index))
        );
        assert!(std::ptr::eq(
            &chats_api::OPERATIONS[get_chat.index],
            get_chat
        ));
        let no_operation = matched(None, "/api/v1/chats/{id}");
        assert_eq!(
            (&*no_operation.route, no_operation.operation),
            ("/api/v1/chats/{id}", "")
        );
        assert_eq!(&*status_label(404), "404");
        assert_eq!(&*status_label(418), "418");
        assert_eq!(
            method_label(&Method::from_bytes(b"BREW").unwrap()),
            "_OTHER"
        );
    }
}
