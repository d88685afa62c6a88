//! What generated axum servers call at run time.
//!
//! The generator (crate `codegen`) writes, for each operation, a handler that calls into this
//! crate in a fixed order: the credentials first ([`authenticate`], which calls the
//! implementation's `authenticate` hook), then the body ([`json_body`]: 413 and 415 stop there), then every
//! parameter ([`param`], [`optional_param`]) — each checked against its generated
//! [`schema::Schema`], all violations collected into one [`Violations`] — and only when
//! nothing is wrong, the implementation. Like `progenitor-client` for clients, it knows
//! nothing about any particular API.

mod auth;
mod contract;
mod error_answer;
mod extract;
mod headers;
mod lifecycle;
pub mod mock;
mod rejection;
mod rejection_body;
pub mod sse;
/// The `pattern` checks of the generated types: typify writes `::regress::Regex`, the
/// generator names `::server_runtime::regress::Regex`, which matches as the router's validator
/// does (`schema_check::TypeRegex`), so a server crate depends on nothing more than this crate.
#[doc(hidden)]
pub mod regress {
    pub use schema_check::TypeRegex as Regex;
}
pub use schema_check as schema;
#[cfg(feature = "proptest")]
pub mod strategy;

use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};

pub use auth::{AuthError, Basic, Requirements, Source, authenticate, basic};
pub use contract::{
    Collect, ContractViolation, broken_contract, check_body, check_json_bytes, check_status,
    missed_by_types,
};
pub use error_answer::ErrorAnswer;
pub use extract::{
    BodyMedia, BodyReader, Piece, Query, RawBody, XmlShape, body_of, check_multipart,
    cookie_values, delimited_param, form_body, fragment_fits, header_values, is_json_media_type,
    json_body, json_param, object_param, optional_param, param, param_fits, parse_strict,
    path_fits, path_piece, path_value, path_values, raw_body, split_segment, split_values, typed,
};
pub use headers::{HeaderText, check_header, header_violations, write_header};
pub use lifecycle::{DeprecatedUses, Deprecation, announce, body_has};
pub use rejection::{FieldError, ProblemKind, Rejection, Violations};
pub use rejection_body::{ErrorBody, ErrorStatus, fitted_answer, fitted_body};

/// Settings of a generated router.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouterConfig {
    /// The largest request body read; a larger one answers 413.
    pub max_body_bytes: usize,
    /// Check every answer against the spec before it leaves: an answer whose body breaks its
    /// schema (or whose status is outside its documented range) is logged and answered 500.
    /// Only what the body's Rust type does not prove is looked at (the generated
    /// `Response::check`); debug builds also check the serialized body whole.
    pub validate_responses: bool,
}

impl Default for RouterConfig {
    /// 64 KiB of body; answers validated, in every build.
    fn default() -> Self {
        Self {
            max_body_bytes: 64 * 1024,
            validate_responses: true,
        }
    }
}

/// A JSON answer with `status`. Serialization of generated types does not fail; if it ever
/// did, the answer is a bare 500 rather than a panic.
pub fn json_response<T: serde::Serialize>(status: StatusCode, body: &T) -> Response {
    json_response_as(status, "application/json", body)
}

/// [`json_response`] under another JSON media type's name (`application/problem+json`).
pub fn json_response_as<T: serde::Serialize>(
    status: StatusCode,
    media_type: &'static str,
    body: &T,
) -> Response {
    // Most answers are a few hundred bytes: one allocation, not three growing ones.
    let mut bytes = Vec::with_capacity(512);
    match serde_json::to_writer(&mut bytes, body) {
        Ok(()) => (status, [(header::CONTENT_TYPE, media_type)], bytes).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// A generated response variant's answer: `code` (checked at generation time to be a valid
/// status) with a JSON `body`, or no body.
pub fn answer<T: serde::Serialize>(code: u16, body: Option<&T>) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match body {
        Some(body) => json_response(status, body),
        None => status.into_response(),
    }
}

/// [`answer`] with a JSON body under the JSON media type the spec documents for it
/// (`application/vnd.siren+json`, `application/problem+json`).
pub fn answer_as<T: serde::Serialize>(code: u16, media_type: &'static str, body: &T) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    json_response_as(status, media_type, body)
}

/// A response variant's answer with a body that is not JSON: its bytes as `content_type`.
pub fn raw_answer(code: u16, content_type: &'static str, body: bytes::Bytes) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// The spec document itself, for `/openapi.yaml` and `/openapi.json`.
pub fn document_response(content_type: &'static str, text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], text).into_response()
}
