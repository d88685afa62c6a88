//! The access layer: what the service keeps of every request, in one layer and one future.
//!
//! - **request id**: the caller's `x-request-id`, else one made here ([`RequestIds`]), echoed
//!   on the answer;
//! - **the request's context** ([`super::context`]) for every line logged while it runs, and
//!   its **log line** (`answered`, with status and latency): an ordinary `tracing` event
//!   (target `chats_server::http`, so `RUST_LOG` turns it off or down), written when the
//!   answer's head is ready, at `error` for a 5xx and `info` otherwise;
//! - **the request metrics**: the active-requests gauge while it runs, then its duration by
//!   method, route, status and operation (the timeout's 408 and the panic guard's 500
//!   included: they answer inside this layer).
//!
//! One clock read serves the log's latency and the metric's duration. Round three measured the
//! four tower layers this replaces (request id, its echo, `tower-http`'s trace layer with a
//! span per request, the metrics middleware) at 41,000 instructions a request, against
//! 18,900 for a whole request through bare axum (BENCHMARKS.md).

use std::{
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    task::{Context, Poll},
    time::Instant,
};

use axum::{
    extract::Request,
    http::{HeaderName, HeaderValue, Response},
};
use tower::{Layer, Service};

use super::context::{RequestContext, Trace};

/// The header that carries a request's id (taken from the client when it sends one).
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What the access layer does; all of it in the service. Parts are left out only to measure
/// what each costs (the benchmark's per-layer split).
#[derive(Clone, Debug)]
pub struct AccessLayer {
    request_ids: Option<RequestIds>,
    log: bool,
    metrics: bool,
}

impl AccessLayer {
    /// Request ids, the context and log line, and the metrics.
    pub fn new() -> Self {
        Self::with(true, true, true)
    }

    /// Only the parts named.
    pub fn with(request_ids: bool, log: bool, metrics: bool) -> Self {
        Self {
            request_ids: request_ids.then(RequestIds::new),
            log,
            metrics,
        }
    }
}

impl Default for AccessLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> Layer<S> for AccessLayer {
    type Service = Access<S>;

    fn layer(&self, inner: S) -> Access<S> {
        Access {
            inner,
            layer: self.clone(),
        }
    }
}

/// The service of [`AccessLayer`].
#[derive(Clone, Debug)]
pub struct Access<S> {
    inner: S,
    layer: AccessLayer,
}

impl<S, B> Service<Request> for Access<S>
where
    S: Service<Request, Response = Response<B>>,
{
    type Response = Response<B>;
    type Error = S::Error;
    type Future = tokio::task::futures::TaskLocalFuture<RequestContext, Answer<S::Future>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let started = Instant::now();
        let request_id = self.layer.request_ids.as_ref().and_then(|ids| {
            request
                .headers()
                .get(REQUEST_ID)
                .cloned()
                .or_else(|| ids.make())
        });
        let (span, trace) = exported(&request, request_id.as_ref());
        let method = super::method_index(request.method());
        let context = RequestContext::new(
            request.method().clone(),
            request.uri().clone(),
            request_id.clone(),
            trace,
            span.clone(),
        );
        let active = self.layer.metrics.then(|| super::Active::new(method));
        let inner = {
            let _entered = span.as_ref().map(tracing::Span::enter);
            self.inner.call(request)
        };
        context.scope(Answer {
            inner,
            span,
            started,
            request_id,
            method,
            active,
            log: self.layer.log,
        })
    }
}

/// The request's span and trace when spans are exported (OpenTelemetry): the span is a child
/// of the caller's `traceparent`, and the trace id is the exported trace's. Else no span, and
/// the caller's trace id or the request id's.
fn exported(request: &Request, request_id: Option<&HeaderValue>) -> (Option<tracing::Span>, Trace) {
    #[cfg(feature = "otel")]
    if super::otel::on() {
        let id = request_id.and_then(|id| id.to_str().ok()).unwrap_or("-");
        let (span, trace) = super::request_span(request, id);
        return (Some(span), trace.map_or(Trace::FromRequestId, Trace::Given));
    }
    let _ = request_id;
    let trace = super::trace_id(request.headers())
        .and_then(|trace| <[u8; 32]>::try_from(trace.as_bytes()).ok())
        .map_or(Trace::FromRequestId, Trace::Given);
    (None, trace)
}

pin_project_lite::pin_project! {
    /// The inner service's future; its answer gets the request id, is counted and logged.
    pub struct Answer<F> {
        #[pin]
        inner: F,
        span: Option<tracing::Span>,
        started: Instant,
        request_id: Option<HeaderValue>,
        method: usize,
        // Counts the request as active until the future is done or dropped.
        active: Option<super::Active>,
        log: bool,
    }
}

impl<F, B, E> Future for Answer<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let _entered = this.span.as_ref().map(tracing::Span::enter);
        let mut answer = std::task::ready!(this.inner.poll(cx));
        if let Ok(response) = &mut answer {
            if let Some(id) = this.request_id.take()
                && !response.headers().contains_key(REQUEST_ID)
            {
                response.headers_mut().insert(REQUEST_ID, id);
            }
            let status = response.status().as_u16();
            let elapsed = this.started.elapsed();
            #[cfg(feature = "otel")]
            if let Some(span) = this.span.as_ref() {
                super::otel::answered(span, status);
            }
            // The gauge is there when the metrics are on.
            if this.active.take().is_some() {
                super::record_duration(
                    *this.method,
                    response.extensions().get::<super::Matched>(),
                    status,
                    elapsed.as_secs_f64(),
                );
            }
            if *this.log {
                let latency_us = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
                if status >= 500 {
                    tracing::error!(target: "chats_server::http", status, latency_us, "answered");
                } else {
                    tracing::info!(target: "chats_server::http", status, latency_us, "answered");
                }
            }
        }
        Poll::Ready(answer)
    }
}

/// Request ids for requests that bring none: UUIDs (version 4 in form) made of a random
/// 64-bit prefix drawn once per process and a counter, so that making one costs an atomic
/// add, not a read of the OS's random source. Unique within a process, and across processes
/// as far as their random prefixes differ; not secrets.
#[derive(Clone, Debug)]
pub struct RequestIds {
    prefix: u64,
    next: Arc<AtomicU64>,
}

impl RequestIds {
    fn new() -> Self {
        let mut prefix = [0u8; 8];
        // Without the OS's randomness the ids are still unique within the process.
        let _ = getrandom::fill(&mut prefix);
        Self {
            prefix: u64::from_le_bytes(prefix),
            next: Arc::new(AtomicU64::new(0)),
        }
    }

    fn make(&self) -> Option<HeaderValue> {
        let count = self.next.fetch_add(1, Ordering::Relaxed);
        let bits = (u128::from(self.prefix) << 64) | u128::from(count);
        let id = uuid::Builder::from_random_bytes(bits.to_be_bytes()).into_uuid();
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        let text = id.hyphenated().encode_lower(&mut text);
        HeaderValue::from_str(text).ok()
    }
}
