//! The route layer, inside the router: it records the route the router matched and the
//! operation that answered in the request's context (for the log), counts deprecated
//! operations and fields, and hands the route and operation out on the answer (for the
//! metrics' labels).

use std::{
    pin::Pin,
    task::{Context, Poll},
};

use axum::{
    extract::{MatchedPath, Request},
    http::Response,
};
use tower::{Layer, Service};

use super::{DEPRECATED_CALLS, DEPRECATED_USES, context};

/// See the module. A hand-written layer, not `axum::middleware::from_fn`, which boxes each
/// request's future (about 7,000 instructions a request: BENCHMARKS.md, round three).
#[derive(Clone, Copy, Debug, Default)]
pub struct RouteLayer;

impl<S> Layer<S> for RouteLayer {
    type Service = Routed<S>;

    fn layer(&self, inner: S) -> Routed<S> {
        Routed { inner }
    }
}

/// The service of [`RouteLayer`].
#[derive(Clone, Debug)]
pub struct Routed<S> {
    inner: S,
}

impl<S, B> Service<Request> for Routed<S>
where
    S: Service<Request, Response = Response<B>>,
{
    type Response = Response<B>;
    type Error = S::Error;
    type Future = RoutedFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let path = request.extensions().get::<MatchedPath>().cloned();
        if let Some(path) = &path {
            context::record_route(path);
        }
        RoutedFuture {
            inner: self.inner.call(request),
            path,
        }
    }
}

pin_project_lite::pin_project! {
    /// The router's future; its answer is labelled with its route and operation.
    pub struct RoutedFuture<F> {
        #[pin]
        inner: F,
        path: Option<MatchedPath>,
    }
}

impl<F, B, E> Future for RoutedFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut answer = std::task::ready!(this.inner.poll(cx));
        if let (Ok(response), Some(path)) = (&mut answer, this.path.take()) {
            let operation = response
                .extensions()
                .get::<&'static chats_api::OperationInfo>()
                .copied();
            let found = matched(operation, path.as_str());
            if let Some(operation) = operation {
                context::record_operation(operation.path, operation.operation_id);
                count_deprecated(operation, response);
            }
            #[cfg(feature = "otel")]
            if let Some((span, method)) = context::exported() {
                span.record("route", &*found.route);
                if !found.operation.is_empty() {
                    span.record("operation_id", found.operation);
                }
                super::otel::routed(&span, method.as_str(), &found.route, found.operation);
            }
            response.extensions_mut().insert(found);
        }
        Poll::Ready(answer)
    }
}

/// The route a request matched and its operation, as the router knew them: put on the
/// response by [`RouteLayer`] for the access layer's metrics. Spec routes are the generated table's own
/// `&'static str`s, so labelling a request allocates nothing.
#[derive(Clone, Debug)]
pub(super) struct Matched {
    pub(super) route: metrics::SharedString,
    pub(super) operation: &'static str,
    /// The operation's place in `chats_api::OPERATIONS`, for its cached histograms.
    pub(super) index: Option<usize>,
}

/// What labels a request: the operation that answered (the generated router puts it on
/// every answer of a spec route), else the route the router matched (`/healthz`, or a
/// spec path asked with a method it does not answer).
pub(super) fn matched(
    operation: Option<&'static chats_api::OperationInfo>,
    route: &str,
) -> Matched {
    match operation {
        Some(operation) => Matched {
            route: metrics::SharedString::const_str(operation.path),
            operation: operation.operation_id,
            index: Some(operation.index),
        },
        None => Matched {
            route: metrics::SharedString::from_owned(route.to_owned()),
            operation: "",
            index: None,
        },
    }
}

/// Counts an answer of a deprecated operation, and the deprecated parameters and properties
/// its request used (the generated router says which, on the answer).
pub(super) fn count_deprecated<B>(operation: &chats_api::OperationInfo, response: &Response<B>) {
    if let Some(deprecation) = &operation.deprecation {
        metrics::counter!(
            DEPRECATED_CALLS,
            "operation_id" => operation.operation_id,
            "sunset" => deprecation.sunset.unwrap_or(""),
        )
        .increment(1);
    }
    if let Some(uses) = response.extensions().get::<chats_api::DeprecatedUses>() {
        for field in uses.iter() {
            metrics::counter!(
                DEPRECATED_USES,
                "operation_id" => operation.operation_id,
                "field" => field,
            )
            .increment(1);
        }
    }
}
