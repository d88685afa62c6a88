//! The HTTP application: the generated router for the service, `/healthz`, `/readyz`,
//! interactive docs at `/docs`, and the layers every request goes through.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::{
    Router,
    extract::State,
    http::{HeaderName, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
};
use chats_api::{ProblemKind, Rejection, types};
use tower_http::{
    catch_panic::CatchPanicLayer,
    request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::{
    service::Service,
    storage::Storage,
    telemetry::{self, LogFormat},
};

/// The header that carries a request's id (taken from the client when it sends one).
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// How long a request may take before it is answered 408 by the timeout layer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Limits of the HTTP server itself, below the application.
#[derive(Clone, Copy, Debug)]
pub struct ServeLimits {
    /// A client must send a request's headers within this time (a slow or idle client is
    /// cut off; this also closes keep-alive connections that stay idle this long).
    pub header_read_timeout: Duration,
    /// The most header bytes a request may have; more answers 431.
    pub max_header_bytes: usize,
    /// The most connections served at once; more wait to be accepted.
    pub max_connections: usize,
    /// How long shutdown waits for requests in flight.
    pub shutdown_grace: Duration,
}

impl Default for ServeLimits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            max_header_bytes: 64 * 1024,
            max_connections: 4_096,
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then stops accepting and lets the
/// requests in flight finish (for at most `limits.shutdown_grace`).
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: ServeLimits,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use hyper_util::{
        rt::{TokioIo, TokioTimer},
        server::graceful::GracefulShutdown,
        service::TowerToHyperService,
    };
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_header_size(limits.max_header_bytes);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot,
            () = &mut shutdown => break,
        };
        let Ok(slot) = slot else { break };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(err) => {
                // Out of file descriptors and the like: wait a little rather than spin.
                tracing::warn!(error = %err, "accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let connection =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    // Event streams never end by themselves: end them, their clients resume elsewhere.
    crate::events::close_streams();
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(limits.shutdown_grace) => {
            tracing::warn!("shutdown grace period over: closing the remaining connections");
        }
    }
}

/// The whole application for a storage backend, with the generated router's defaults
/// (answers validated against the spec in debug builds).
pub fn app<S: Storage>(storage: Arc<S>) -> Router {
    app_with_config(storage, chats_api::RouterConfig::default())
}

/// [`app`] with the generated router's settings.
pub fn app_with_config<S: Storage>(storage: Arc<S>, config: chats_api::RouterConfig) -> Router {
    let api = chats_api::router_with_config(Arc::new(Service::new(storage.clone())), config)
        .route_layer(axum::middleware::from_fn(telemetry::route));
    let docs: Router = utoipa_swagger_ui::SwaggerUi::new("/docs")
        .config(
            utoipa_swagger_ui::Config::new(["/openapi.yaml"])
                .persist_authorization(true)
                // An operation's `x-stability`, `x-sunset` and `x-deprecated-by`, under it.
                .show_extensions(true),
        )
        .into();
    let health = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready::<S>))
        .with_state(storage)
        .route_layer(axum::middleware::from_fn(telemetry::route));
    layers(api.merge(health).merge(docs))
}

/// The layers every request of the service goes through, outermost last: request id, request
/// log (its span carries the route, operation, trace id and workspace once known), request-id
/// echo, timeout, panic guard and the request metrics. Public so that the benchmark's ceiling server
/// (a handler without a database) pays for exactly the same stack.
pub fn layers(routes: Router) -> Router {
    routes
        .layer(axum::middleware::from_fn(telemetry::observe))
        .layer(CatchPanicLayer::custom(|_| panicked()))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            // Method, path, status and latency, with the request id; never headers (the API
            // key travels in one) and never the query string.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<axum::body::Body>| {
                    let id = request
                        .extensions()
                        .get::<RequestId>()
                        .and_then(|id| id.header_value().to_str().ok())
                        .unwrap_or("-");
                    telemetry::request_span(request, id)
                })
                .on_request(())
                .on_response(
                    |response: &Response, latency: Duration, _span: &tracing::Span| {
                        tracing::info!(
                            status = response.status().as_u16(),
                            latency_us = latency.as_micros() as u64,
                            "answered"
                        );
                    },
                ),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, RequestIds::new()))
}

/// Request ids for requests that bring none: UUIDs (version 4 in form) made of a random
/// 64-bit prefix drawn once per process and a counter, so that making one costs an atomic
/// add, not a read of the OS's random source. Unique within a process, and across processes
/// as far as their random prefixes differ; not secrets.
#[derive(Clone)]
struct RequestIds {
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
}

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        let count = self.next.fetch_add(1, Ordering::Relaxed);
        let bits = (u128::from(self.prefix) << 64) | u128::from(count);
        let id = uuid::Builder::from_random_bytes(bits.to_be_bytes()).into_uuid();
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        let text = id.hyphenated().encode_lower(&mut text);
        HeaderValue::from_str(text).ok().map(RequestId::new)
    }
}

/// The service's log: one line per request on stderr, at `info` unless `RUST_LOG` says
/// otherwise. Shared with the benchmark's ceiling server so both pay for the same logging.
///
/// A request formats its line and appends it to a buffer that a writer thread writes in
/// batches ([`telemetry::lines`]); a request never waits on stderr (a slow terminal or pipe)
/// unless 32 MiB of lines are already queued, and no line is dropped.
/// Keep the returned guard alive until exit: dropping it exports the spans still batched
/// (with the `otel` feature) and writes what is still queued.
///
/// `Json` writes one object a line: `timestamp`, `level`, `target`, the event's fields
/// (`message`, `status`, `latency_us`, ...) at the top, and the request's span under `span`
/// (`request_id`, `trace_id`, `method`, `path` without its query, `route`, `operation_id`,
/// `workspace_id`).
///
/// With the `otel` feature, request spans are also exported over OTLP/HTTP when the standard
/// environment names a collector (`OTEL_EXPORTER_OTLP_ENDPOINT`: [`telemetry::otel`]).
pub fn init_logging(format: LogFormat) -> anyhow::Result<LogGuard> {
    use tracing_subscriber::{Layer, layer::SubscriberExt, util::SubscriberInitExt};
    let (writer, guard) = telemetry::lines::lines(std::io::stderr())?;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let lines = tracing_subscriber::fmt::layer().with_writer(writer);
    let lines = match format {
        LogFormat::Text => lines
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .boxed(),
        LogFormat::Json => lines
            .fmt_fields(telemetry::JsonFields)
            .event_format(telemetry::JsonLines)
            .boxed(),
    };
    let registry = tracing_subscriber::registry().with(filter).with(lines);
    #[cfg(feature = "otel")]
    let (registry, exporter) = match telemetry::otel::exporter()? {
        Some((layer, exporter)) => (registry.with(Some(layer)), Some(exporter)),
        None => (registry.with(None), None),
    };
    registry.try_init()?;
    Ok(LogGuard {
        #[cfg(feature = "otel")]
        _exporter: exporter,
        _writer: guard,
    })
}

/// Keeps the log's writer thread (and the span exporter) running; dropping it flushes both.
#[must_use = "dropping the guard stops the log's writer thread"]
pub struct LogGuard {
    // Fields drop in order: the exporter's last spans first (it may still log), then the log.
    #[cfg(feature = "otel")]
    _exporter: Option<telemetry::otel::Exporter>,
    _writer: telemetry::lines::LinesGuard,
}

async fn ready<S: Storage>(State(storage): State<Arc<S>>) -> Response {
    match storage.ping().await {
        Ok(()) => "ready".into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "not ready");
            let body = types::Problem::from(&Rejection::new(
                ProblemKind::Unavailable,
                "The database is unavailable.",
            ));
            (StatusCode::SERVICE_UNAVAILABLE, axum::Json(body)).into_response()
        }
    }
}

/// A panic in a handler is a bug; the client gets the 500 problem, never a dropped socket.
fn panicked() -> Response {
    tracing::error!("a request handler panicked");
    let body = types::Problem::from(&Rejection::new(
        ProblemKind::Internal,
        "An unexpected error occurred.",
    ));
    (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(body)).into_response()
}
