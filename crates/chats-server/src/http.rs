//! The HTTP application: the generated router for the service, `/healthz`, `/readyz`,
//! interactive docs at `/docs`, and the layers every request goes through.

use std::{sync::Arc, time::Duration};

use axum::{
    Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
};
use chats_api::{ProblemKind, Rejection, types};
use tower_http::{catch_panic::CatchPanicLayer, timeout::TimeoutLayer};

use crate::{
    service::Service,
    storage::Storage,
    telemetry::{self, LogFormat},
};

pub use telemetry::access::REQUEST_ID;

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
    let api = chats_api::router_with_config(Arc::new(Service::new(storage.clone())), config);
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
        .with_state(storage);
    layers(routed(api).merge(routed(health)).merge(docs))
}

/// A router whose answers name their route and operation (for the log's context, the metrics'
/// labels and the deprecation counters: [`telemetry::RouteLayer`]). Public so that the benchmark's
/// trivial server runs the generated router as the service does.
pub fn routed(router: Router) -> Router {
    router.route_layer(telemetry::RouteLayer)
}

/// The layers every request of the service goes through, outermost first: the access layer
/// (request id made or taken and echoed, the request's context and its log line, the request
/// metrics), the timeout and the panic guard. Public so that the benchmark's ceiling server
/// (a handler without a database) pays for exactly the same stack.
pub fn layers(routes: Router) -> Router {
    layers_of(routes, Layers::ALL)
}

/// Which of the service's layers a router goes through: all of them in the service ([`layers`]);
/// fewer only to tell their costs apart (the benchmark's per-layer split,
/// `chats-bench ceiling --layers`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layers {
    /// A request id made for requests that bring none, and echoed on the answer.
    pub request_id: bool,
    /// The request's context and its log line.
    pub log: bool,
    /// 408 after [`REQUEST_TIMEOUT`].
    pub timeout: bool,
    /// A panicking handler answers 500.
    pub panic_guard: bool,
    /// The request metrics (duration, active requests).
    pub metrics: bool,
}

impl Layers {
    pub const ALL: Self = Self {
        request_id: true,
        log: true,
        timeout: true,
        panic_guard: true,
        metrics: true,
    };
}

/// `routes` through the layers `which` names, in the service's order: the access layer
/// (request id, the request's context and log line, metrics: [`telemetry::access`]) outermost,
/// then the timeout and the panic guard.
///
/// The layers wrap the router as one service, not each of its routes (`Router::layer`, which
/// boxes every route again per layer: one more boxed service and future per layer and
/// request).
pub fn layers_of(routes: Router, which: Layers) -> Router {
    let stack =
        tower::ServiceBuilder::new()
            .option_layer((which.request_id || which.log || which.metrics).then(|| {
                telemetry::access::AccessLayer::with(which.request_id, which.log, which.metrics)
            }))
            .option_layer(which.timeout.then(|| {
                TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT)
            }))
            .option_layer(which.panic_guard.then(|| {
                tower::ServiceBuilder::new()
                    .map_response(|response: Response<_>| response.map(axum::body::Body::new))
                    .layer(CatchPanicLayer::custom(|_| panicked()))
                    .into_inner()
            }))
            .service(routes);
    Router::new().fallback_service(stack)
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
        LogFormat::Text => lines.event_format(telemetry::TextLines).boxed(),
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
