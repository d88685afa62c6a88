//! What generated clients call at run time, beside `progenitor-client`.
//!
//! The generator (crate `codegen`) makes every client's `ClientHooks::exec` call
//! [`execute`], which sends the request under the client's [`RetryPolicy`] (retrying an
//! idempotent request that met a 429, a 503 or a failed connection, honouring
//! `Retry-After`; a request with an idempotency key is retried like an idempotent one) and,
//! with the `tracing` feature, inside a span per operation. Operations
//! the spec marks as page-number paginated (`x-pagination`) get a `stream()` built on
//! [`pages`]. A failed call is an [`Error`] (progenitor-client's variants, displayed as a
//! person reads them). Like `server-runtime` for servers, it knows nothing about any
//! particular API.

mod error;
mod pages;
mod retry;

pub use error::{Error, ErrorBody, summary};

pub use futures_util::{Stream, StreamExt};
pub use pages::{page_value, pages};
pub use retry::{ATTEMPTS_HEADER, RetryPolicy, execute};

/// What the generated client knows of one operation, for [`execute`]: the spec's
/// operationId and path template (`/pets/{id}`; never the request's own path). The method
/// is the request's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operation {
    pub operation_id: &'static str,
    pub path: &'static str,
    /// The header the spec declares for an idempotency key (`Idempotency-Key`), if any:
    /// [`execute`] sends a fresh key when the caller set none, the same one with every retry,
    /// and retries such a request like an idempotent one.
    pub idempotency_key: Option<&'static str>,
    /// The spec marks it `deprecated`. When it does not and a server answers with a
    /// `Deprecation` header (RFC 9745), [`execute`] (with the `tracing` feature) warns once
    /// per operation and process: the client is older than the server's spec.
    pub deprecated: bool,
}
