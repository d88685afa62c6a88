//! What operators watch: Prometheus metrics on a listener of their own, the request's route,
//! operation and trace id on its log lines, and the log's format (text or JSON lines).
//!
//! Metrics go through the `metrics` facade; nothing is recorded (and the macros cost next to
//! nothing) until [`install`] sets the process's recorder, which `serve --metrics-listen`
//! does. Names follow the OpenTelemetry semantic conventions as Prometheus writes them
//! (`http.server.request.duration` in seconds is `http_server_request_duration_seconds`).
//! Labels stay bounded: a method, the spec's path template (never the raw path), a status,
//! an operationId, a backend, an error class; never a workspace, a key or free text.

use std::{sync::OnceLock, time::Instant};

use axum::{
    Router,
    extract::{MatchedPath, Request},
    http::{HeaderMap, Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

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

/// Sets the process's metrics recorder (once; later calls return the same handle).
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
        STORAGE_ERRORS,
        "Storage failures answered to a client, by class (unavailable: 503; full, internal: 500)."
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

/// The route a request matched and its operation, as the router knew them: put on the
/// response by [`route`] for [`observe`]. Spec routes are the generated table's own
/// `&'static str`s, so labelling a request allocates nothing.
#[derive(Clone, Debug)]
struct Matched {
    route: metrics::SharedString,
    operation: &'static str,
}

/// The spec's route and operationId of a method and path template; a route outside the spec
/// (`/healthz`) keeps its own text and no operation.
fn matched(method: &Method, route: &str) -> Matched {
    let mut on_path = chats_api::OPERATIONS
        .iter()
        .filter(|operation| operation.path == route);
    match on_path
        .clone()
        .find(|operation| operation.method == method.as_str())
    {
        Some(operation) => Matched {
            route: metrics::SharedString::const_str(operation.path),
            operation: operation.operation_id,
        },
        None => Matched {
            route: on_path.next().map_or_else(
                || metrics::SharedString::from_owned(route.to_owned()),
                |operation| metrics::SharedString::const_str(operation.path),
            ),
            operation: "",
        },
    }
}

/// A status as a label, without allocating for the statuses the API answers.
fn status_label(status: u16) -> metrics::SharedString {
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
    match KNOWN.iter().find(|(code, _)| *code == status) {
        Some((_, text)) => metrics::SharedString::const_str(text),
        None => metrics::SharedString::from_owned(status.to_string()),
    }
}

/// A method as a label: one of the standard ones, else `_OTHER` (bounded, as OpenTelemetry
/// asks).
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::CONNECT => "CONNECT",
        Method::TRACE => "TRACE",
        _ => "_OTHER",
    }
}

/// Inside the router (a route layer): records the matched route and operation on the
/// request's span, and hands them out on the response.
pub async fn route(path: Option<MatchedPath>, request: Request, next: Next) -> Response {
    let found = path.map(|path| matched(request.method(), path.as_str()));
    if let Some(found) = &found {
        let span = tracing::Span::current();
        span.record("route", &*found.route);
        if !found.operation.is_empty() {
            span.record("operation_id", found.operation);
        }
    }
    let mut response = next.run(request).await;
    if let Some(found) = found {
        response.extensions_mut().insert(found);
    }
    response
}

/// Outside the router: counts the request as active while it runs, then records its
/// duration by method, route, status and operation.
pub async fn observe(request: Request, next: Next) -> Response {
    let method = method_label(request.method());
    let started = Instant::now();
    let _active = Active::new(method);
    let response = next.run(request).await;
    let (route, operation) = response
        .extensions()
        .get::<Matched>()
        .map_or((metrics::SharedString::const_str(""), ""), |found| {
            (found.route.clone(), found.operation)
        });
    metrics::histogram!(
        REQUEST_DURATION,
        "http_request_method" => method,
        "http_route" => route,
        "http_response_status_code" => status_label(response.status().as_u16()),
        "operation_id" => operation,
    )
    .record(started.elapsed().as_secs_f64());
    response
}

/// The active-requests gauge, decremented even when the request is dropped unanswered.
struct Active(metrics::Gauge);

impl Active {
    fn new(method: &'static str) -> Self {
        let gauge = metrics::gauge!(ACTIVE_REQUESTS, "http_request_method" => method);
        gauge.increment(1.0);
        Self(gauge)
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        self.0.decrement(1.0);
    }
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
    /// request's span (request id, method, route, operation, trace id, workspace).
    Json,
}

/// The JSON log's line: `{"timestamp", "level", the event's fields, "target", "span": {the
/// current span's fields, "name"}}`. Written directly: the span's fields are kept as JSON
/// text from the moment they are recorded ([`JsonFields`]), so a line costs one pass, not
/// the parse and re-serialization of every span that `tracing-subscriber`'s own JSON format
/// does per event (measured in BENCHMARKS.md, "Operability's cost").
pub struct JsonLines;

impl<S, N> tracing_subscriber::fmt::FormatEvent<S, N> for JsonLines
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    N: for<'a> tracing_subscriber::fmt::FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        context: &tracing_subscriber::fmt::FmtContext<'_, S, N>,
        mut writer: tracing_subscriber::fmt::format::Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        use std::fmt::Write;
        let metadata = event.metadata();
        let mut line = String::with_capacity(512);
        let _ = write!(
            line,
            "{{\"timestamp\":\"{}\",\"level\":\"{}\"",
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            metadata.level()
        );
        let mut fields = FieldWriter {
            out: &mut line,
            first: false,
        };
        event.record(&mut fields);
        line.push_str(",\"target\":");
        push_json_string(&mut line, metadata.target());
        if let Some(span) = context.lookup_current() {
            line.push_str(",\"span\":{");
            let extensions = span.extensions();
            if let Some(recorded) = extensions.get::<tracing_subscriber::fmt::FormattedFields<N>>()
                && !recorded.fields.is_empty()
            {
                line.push_str(&recorded.fields);
                line.push(',');
            }
            line.push_str("\"name\":");
            push_json_string(&mut line, span.name());
            line.push('}');
        }
        line.push('}');
        writeln!(writer, "{line}")
    }
}

/// Span fields as the body of a JSON object (`"key":value,...`), appended to as they are
/// recorded.
pub struct JsonFields;

impl<'writer> tracing_subscriber::fmt::FormatFields<'writer> for JsonFields {
    fn format_fields<R: tracing_subscriber::field::RecordFields>(
        &self,
        writer: tracing_subscriber::fmt::format::Writer<'writer>,
        fields: R,
    ) -> std::fmt::Result {
        let mut out = String::new();
        fields.record(&mut FieldWriter {
            out: &mut out,
            first: true,
        });
        let mut writer = writer;
        std::fmt::Write::write_str(&mut writer, &out)
    }

    fn add_fields(
        &self,
        current: &'writer mut tracing_subscriber::fmt::FormattedFields<Self>,
        fields: &tracing::span::Record<'_>,
    ) -> std::fmt::Result {
        let mut out = String::new();
        fields.record(&mut FieldWriter {
            out: &mut out,
            first: current.fields.is_empty(),
        });
        current.fields.push_str(&out);
        Ok(())
    }
}

/// Writes each field as `"name":value`, comma-separated (a leading comma unless `first`).
struct FieldWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl FieldWriter<'_> {
    fn key(&mut self, field: &tracing::field::Field) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        push_json_string(self.out, field.name());
        self.out.push(':');
    }
}

impl tracing::field::Visit for FieldWriter<'_> {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.key(field);
        push_json_string(self.out, value);
    }

    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        self.key(field);
        let _ = std::fmt::Write::write_fmt(self.out, format_args!("{value}"));
    }

    fn record_i64(&mut self, field: &tracing::field::Field, value: i64) {
        self.key(field);
        let _ = std::fmt::Write::write_fmt(self.out, format_args!("{value}"));
    }

    fn record_bool(&mut self, field: &tracing::field::Field, value: bool) {
        self.key(field);
        self.out.push_str(if value { "true" } else { "false" });
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.key(field);
        push_json_string(self.out, &format!("{value:?}"));
    }
}

/// A JSON string literal of `text`.
fn push_json_string(out: &mut String, text: &str) {
    use std::fmt::Write;
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_what_json_requires() {
        let mut out = String::new();
        push_json_string(&mut out, "a \"quoted\" \\ path\nnext\u{1}é");
        let back: String = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(back, "a \"quoted\" \\ path\nnext\u{1}é");
    }

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

    #[test]
    fn labels_are_the_spec_s_templates_and_bounded() {
        let found = matched(&Method::GET, "/api/v1/chats/{id}");
        assert_eq!(
            (&*found.route, found.operation),
            ("/api/v1/chats/{id}", "getChat")
        );
        let wrong_method = matched(&Method::PUT, "/api/v1/chats/{id}");
        assert_eq!(wrong_method.operation, "");
        assert_eq!(&*status_label(404), "404");
        assert_eq!(&*status_label(418), "418");
        assert_eq!(
            method_label(&Method::from_bytes(b"BREW").unwrap()),
            "_OTHER"
        );
    }
}
