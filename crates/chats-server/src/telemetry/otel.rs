//! OpenTelemetry trace export (the `otel` cargo feature): each request's span goes to an OTLP
//! collector over HTTP (protobuf), as a server span named `METHOD /route` whose parent is the
//! caller's W3C `traceparent` (its `tracestate` carried along).
//!
//! Configured the way every OpenTelemetry SDK is, by the standard environment: export is on
//! when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set and
//! `OTEL_SDK_DISABLED` is not `true`; `OTEL_SERVICE_NAME` (default `chats-server`),
//! `OTEL_EXPORTER_OTLP_HEADERS`, `..._TIMEOUT`, `..._COMPRESSION`, `OTEL_TRACES_SAMPLER` and
//! `OTEL_BSP_*` are read by the SDK. Spans are batched and sent from the SDK's own thread;
//! a request never waits on the collector. With export off, nothing here runs per request.

use std::sync::atomic::{AtomicBool, Ordering};

use axum::http::HeaderMap;
use opentelemetry::{
    KeyValue,
    propagation::TextMapPropagator,
    trace::{Status, TraceContextExt, TracerProvider as _},
};
use opentelemetry_sdk::{propagation::TraceContextPropagator, trace::SdkTracerProvider};
use tracing_opentelemetry::OpenTelemetrySpanExt;

/// Whether spans are exported (set once, by [`exporter`]).
static ON: AtomicBool = AtomicBool::new(false);

/// Whether spans are exported.
pub fn on() -> bool {
    ON.load(Ordering::Relaxed)
}

/// The exporter's provider: dropping it sends the spans still batched (at exit).
pub struct Exporter(SdkTracerProvider);

impl Drop for Exporter {
    fn drop(&mut self) {
        ON.store(false, Ordering::Relaxed);
        if let Err(err) = self.0.shutdown() {
            // The log's writer may be gone by now: stderr directly.
            eprintln!("exporting the last spans: {err}");
        }
    }
}

/// The layer that turns the service's spans into OpenTelemetry spans, and the exporter
/// behind it, when the environment names a collector; `None` when it does not.
pub fn exporter<S>() -> anyhow::Result<Option<(impl tracing_subscriber::Layer<S>, Exporter)>>
where
    S: tracing::Subscriber + for<'span> tracing_subscriber::registry::LookupSpan<'span>,
{
    let set = |name: &str| std::env::var(name).is_ok_and(|value| !value.trim().is_empty());
    let disabled = std::env::var("OTEL_SDK_DISABLED").is_ok_and(|value| value.trim() == "true");
    if disabled
        || !(set("OTEL_EXPORTER_OTLP_ENDPOINT") || set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))
    {
        return Ok(None);
    }
    let spans = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .build()
        .map_err(|err| anyhow::anyhow!("the OTLP span exporter: {err}"))?;
    let mut resource = opentelemetry_sdk::Resource::builder();
    if !set("OTEL_SERVICE_NAME") {
        resource = resource.with_service_name("chats-server");
    }
    let provider = SdkTracerProvider::builder()
        .with_batch_exporter(spans)
        .with_resource(resource.build())
        .build();
    let layer = tracing_opentelemetry::layer()
        .with_tracer(provider.tracer("chats-server"))
        .with_tracked_inactivity(false);
    ON.store(true, Ordering::Relaxed);
    Ok(Some((layer, Exporter(provider))))
}

/// Makes `span` (the request's) a child of the caller's `traceparent`, if any, and returns
/// the trace id it belongs to (the caller's, else a new one).
pub fn start(span: &tracing::Span, headers: &HeaderMap) -> Option<String> {
    let parent =
        TraceContextPropagator::new().extract(&opentelemetry_http::HeaderExtractor(headers));
    let _ = span.set_parent(parent);
    let context = span.context();
    let started = context.span();
    let ids = started.span_context();
    ids.is_valid().then(|| ids.trace_id().to_string())
}

/// Names the request's span after its method and route, as OpenTelemetry's HTTP conventions
/// ask, once the router matched it.
pub fn routed(span: &tracing::Span, method: &str, route: &str, operation: &str) {
    let context = span.context();
    let started = context.span();
    started.update_name(format!("{method} {route}"));
    started.set_attribute(KeyValue::new("http.route", route.to_owned()));
    if !operation.is_empty() {
        started.set_attribute(KeyValue::new("openapi.operation_id", operation.to_owned()));
    }
}

/// The answer's status on the request's span; a 5xx marks the span as failed.
pub fn answered(span: &tracing::Span, status: u16) {
    let context = span.context();
    let started = context.span();
    started.set_attribute(KeyValue::new(
        "http.response.status_code",
        i64::from(status),
    ));
    if status >= 500 {
        started.set_status(Status::error(""));
    }
}
