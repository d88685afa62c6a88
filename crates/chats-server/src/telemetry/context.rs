//! The request being served, as the log sees it: its method, path, request id and trace id,
//! then its route, operation and workspace once known.
//!
//! One [`RequestContext`] per request, made by the access layer ([`super::access`]) and held
//! for the request's future as a task-local: every line logged while the request runs (its
//! access line, a warning of the storage) reads it when it is written. Nothing is formatted
//! before a line needs it, and nothing at all when no line is written; a `tracing` span per
//! request, which the log formatted into a string when it was made and again at each field
//! recorded, cost more than the rest of the log line (BENCHMARKS.md, round three).
//! With OpenTelemetry export on, the request still gets its span, for the exporter alone.

use std::cell::{Cell, RefCell};

use axum::http::{HeaderValue, Method, Uri};

tokio::task_local! {
    static REQUEST: RequestContext;
}

/// What the log knows of one request.
pub struct RequestContext {
    pub(super) method: Method,
    pub(super) uri: Uri,
    /// The `x-request-id` (the caller's, or made by the request-id layer); `None` without one.
    pub(super) request_id: Option<HeaderValue>,
    pub(super) trace: Trace,
    /// The spec's path template the router matched (`/api/v1/chats/{id}`).
    pub(super) route: RefCell<Option<Route>>,
    pub(super) operation: Cell<&'static str>,
    pub(super) workspace: Cell<Option<uuid::Uuid>>,
    /// The request's span, when spans are exported (OpenTelemetry).
    pub(super) span: Option<tracing::Span>,
}

/// A route: the generated table's own string, or the router's for a route outside the spec.
pub(super) enum Route {
    Static(&'static str),
    Matched(axum::extract::MatchedPath),
}

impl Route {
    pub(super) fn as_str(&self) -> &str {
        match self {
            Route::Static(route) => route,
            Route::Matched(path) => path.as_str(),
        }
    }
}

/// The request's trace id: the caller's W3C `traceparent`'s, the exported span's, or else its
/// request id's hex digits.
pub(super) enum Trace {
    Given([u8; 32]),
    /// The request id's hex digits (its dashes left out when written).
    FromRequestId,
}

impl RequestContext {
    pub(super) fn new(
        method: Method,
        uri: Uri,
        request_id: Option<HeaderValue>,
        trace: Trace,
        span: Option<tracing::Span>,
    ) -> Self {
        Self {
            method,
            uri,
            request_id,
            trace,
            route: RefCell::new(None),
            operation: Cell::new(""),
            workspace: Cell::new(None),
            span,
        }
    }

    /// Runs `future` with this as its request's context.
    pub(super) fn scope<F: Future>(
        self,
        future: F,
    ) -> tokio::task::futures::TaskLocalFuture<Self, F> {
        REQUEST.scope(self, future)
    }

    pub(super) fn request_id(&self) -> &str {
        self.request_id
            .as_ref()
            .and_then(|id| id.to_str().ok())
            .unwrap_or("-")
    }

    /// Calls `write` with the trace id's text.
    pub(super) fn with_trace<R>(&self, write: impl FnOnce(&str) -> R) -> R {
        match &self.trace {
            Trace::Given(bytes) => write(std::str::from_utf8(bytes).unwrap_or("")),
            Trace::FromRequestId => {
                let id = self.request_id();
                // A made id (a UUID) fits the stack; a caller's longer one is written whole.
                let mut digits = [0u8; 36];
                if id.len() > digits.len() {
                    return write(&id.replace('-', ""));
                }
                let mut length = 0;
                for &byte in id.as_bytes().iter().filter(|&&b| b != b'-') {
                    digits[length] = byte;
                    length += 1;
                }
                write(std::str::from_utf8(&digits[..length]).unwrap_or(""))
            }
        }
    }
}

/// Calls `read` with the context of the request this task serves, if any.
pub fn current<R>(read: impl FnOnce(Option<&RequestContext>) -> R) -> R {
    let mut read = Some(read);
    let found = REQUEST.try_with(|context| read.take().map(|read| read(Some(context))));
    match (found, read) {
        (Ok(Some(result)), _) => result,
        (_, Some(read)) => read(None),
        // `try_with` ran the closure, which took `read` and gave a result.
        (_, None) => unreachable!("the context's reader ran and returned"),
    }
}

/// Records the route the router matched for the current request.
pub fn record_route(path: &axum::extract::MatchedPath) {
    let _ = REQUEST.try_with(|context| {
        *context.route.borrow_mut() = Some(Route::Matched(path.clone()));
    });
}

/// Records the spec operation that answered the current request, and its path template.
pub fn record_operation(route: &'static str, operation: &'static str) {
    let _ = REQUEST.try_with(|context| {
        *context.route.borrow_mut() = Some(Route::Static(route));
        context.operation.set(operation);
    });
}

/// Records the workspace of the current request's caller.
pub fn record_workspace(workspace: uuid::Uuid) {
    let _ = REQUEST.try_with(|context| {
        context.workspace.set(Some(workspace));
        if let Some(span) = &context.span {
            span.record("workspace_id", tracing::field::display(workspace));
        }
    });
}

/// The current request's span and method, when spans are exported.
#[cfg(feature = "otel")]
pub fn exported() -> Option<(tracing::Span, Method)> {
    REQUEST
        .try_with(|context| {
            context
                .span
                .clone()
                .map(|span| (span, context.method.clone()))
        })
        .ok()
        .flatten()
}
