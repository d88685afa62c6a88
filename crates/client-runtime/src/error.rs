//! [`Error`]: what a generated client's call fails with. progenitor-client's error, variant
//! for variant (code that matches `Error::ErrorResponse(problem)` is unchanged), with a
//! display a person reads: the status and the problem's title and detail, not every header
//! of the answer; the typed body and the headers stay one accessor away.

use std::fmt;

use bytes::Bytes;
use progenitor_client::{ByteStream, ResponseValue};
use reqwest::StatusCode;
use serde_json::Value;

use crate::ATTEMPTS_HEADER;

/// Why a call of a generated client failed. `E` is the operation's error body: the spec's
/// problem type (`types::Problem`), any JSON, bytes, or `()`.
pub enum Error<E = ()> {
    /// The request was not sent: a required field is missing or a value is not one the
    /// spec allows (the message names it).
    InvalidRequest(String),
    /// The request or its answer did not travel: no connection, a broken one, a timeout.
    CommunicationError(reqwest::Error),
    /// An expected upgrade of the connection failed.
    InvalidUpgrade(reqwest::Error),
    /// An error answer the spec documents, with its typed body: [`Error::body`], its HTTP
    /// status: [`Error::status`] (a problem's own `status` field only repeats it).
    ErrorResponse(ResponseValue<E>),
    /// The body of an expected answer could not be read.
    ResponseBodyError(reqwest::Error),
    /// The body of an expected answer is not what the spec says (the bytes and why).
    InvalidResponsePayload(Bytes, serde_json::Error),
    /// An answer the spec does not document.
    UnexpectedResponse(reqwest::Response),
    /// A hook's own error.
    Custom(String),
}

impl<E> Error<E> {
    /// The answer's HTTP status, when there was an answer.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::ErrorResponse(answer) => Some(answer.status()),
            Self::UnexpectedResponse(response) => Some(response.status()),
            Self::CommunicationError(err)
            | Self::InvalidUpgrade(err)
            | Self::ResponseBodyError(err) => err.status(),
            Self::InvalidRequest(_) | Self::InvalidResponsePayload(..) | Self::Custom(_) => None,
        }
    }

    /// The documented error answer's typed body (the problem), if this is one.
    pub fn body(&self) -> Option<&E> {
        match self {
            Self::ErrorResponse(answer) => Some(answer.as_ref()),
            _ => None,
        }
    }

    /// This error without its typed body (for handling errors of several operations alike).
    pub fn into_untyped(self) -> Error {
        match self {
            Self::InvalidRequest(message) => Error::InvalidRequest(message),
            Self::CommunicationError(err) => Error::CommunicationError(err),
            Self::InvalidUpgrade(err) => Error::InvalidUpgrade(err),
            Self::ErrorResponse(answer) => {
                let (status, headers) = (answer.status(), answer.headers().clone());
                Error::ErrorResponse(ResponseValue::new((), status, headers))
            }
            Self::ResponseBodyError(err) => Error::ResponseBodyError(err),
            Self::InvalidResponsePayload(bytes, err) => Error::InvalidResponsePayload(bytes, err),
            Self::UnexpectedResponse(response) => Error::UnexpectedResponse(response),
            Self::Custom(message) => Error::Custom(message),
        }
    }
}

impl<E> From<progenitor_client::Error<E>> for Error<E> {
    fn from(err: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match err {
            P::InvalidRequest(message) => Self::InvalidRequest(message),
            P::CommunicationError(err) => Self::CommunicationError(err),
            P::InvalidUpgrade(err) => Self::InvalidUpgrade(err),
            P::ErrorResponse(answer) => Self::ErrorResponse(answer),
            P::ResponseBodyError(err) => Self::ResponseBodyError(err),
            P::InvalidResponsePayload(bytes, err) => Self::InvalidResponsePayload(bytes, err),
            P::UnexpectedResponse(response) => Self::UnexpectedResponse(response),
            P::Custom(message) => Self::Custom(message),
        }
    }
}

impl<E> From<reqwest::Error> for Error<E> {
    fn from(err: reqwest::Error) -> Self {
        Self::CommunicationError(err)
    }
}

impl<E> From<reqwest::header::InvalidHeaderValue> for Error<E> {
    fn from(err: reqwest::header::InvalidHeaderValue) -> Self {
        Self::InvalidRequest(err.to_string())
    }
}

impl<E> From<std::convert::Infallible> for Error<E> {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

/// What an error answer's body says in one line, for [`Error`]'s display: a problem's title
/// and detail (or a `message`). The generator implements it for the spec's error types; the
/// others say nothing.
pub trait ErrorBody {
    fn summary(&self) -> Option<String> {
        None
    }
    /// The body in [`Error`]'s `Debug` (its own `Debug` where it has one).
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// `ErrorBody` for types whose `Debug` says everything and whose summary is nothing.
macro_rules! plain_bodies {
    ($($ty:ty),*) => {
        $(impl ErrorBody for $ty {
            fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self, f)
            }
        })*
    };
}

/// [`ErrorBody::summary`] of any value that serializes to a JSON object with a `title`,
/// `detail` or `message` string.
pub fn summary<T: serde::Serialize + ?Sized>(body: &T) -> Option<String> {
    summary_of(&serde_json::to_value(body).ok()?)
}

fn summary_of(value: &Value) -> Option<String> {
    let text = |name: &str| {
        value
            .get(name)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    let parts: Vec<&str> = match (text("title"), text("detail")) {
        (None, None) => text("message").into_iter().collect(),
        (title, detail) => title.into_iter().chain(detail).collect(),
    };
    (!parts.is_empty()).then(|| parts.join(": "))
}

plain_bodies!((), String, bool, i64, f64);

impl ErrorBody for ByteStream {
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<stream>")
    }
}
impl<T: fmt::Debug> ErrorBody for Vec<T> {
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
impl<T: fmt::Debug> ErrorBody for Option<T> {
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
impl<K: fmt::Debug, V: fmt::Debug, S> ErrorBody for std::collections::HashMap<K, V, S> {
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
impl<K: fmt::Debug, V: fmt::Debug> ErrorBody for std::collections::BTreeMap<K, V> {
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
impl ErrorBody for serde_json::Map<String, Value> {
    fn summary(&self) -> Option<String> {
        summary_of(&Value::Object(self.clone()))
    }
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
impl ErrorBody for Value {
    fn summary(&self) -> Option<String> {
        summary_of(self)
    }
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// An [`ErrorBody`]'s `debug` as a `Debug` value, for `debug_struct`.
struct BodyDebug<'a, E>(&'a E);

impl<E: ErrorBody> fmt::Debug for BodyDebug<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.debug(f)
    }
}

impl<E: ErrorBody> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Self::CommunicationError(err) => write!(f, "communication error: {err}"),
            Self::InvalidUpgrade(err) => write!(f, "invalid upgrade: {err}"),
            Self::ErrorResponse(answer) => {
                write!(f, "{}", answer.status())?;
                if let Some(summary) = answer.as_ref().summary() {
                    write!(f, ": {summary}")?;
                }
                if let Some(attempts) = answer
                    .headers()
                    .get(ATTEMPTS_HEADER)
                    .and_then(|value| value.to_str().ok())
                {
                    write!(f, " (after {attempts} attempts)")?;
                }
                Ok(())
            }
            Self::ResponseBodyError(err) => write!(f, "the answer's body could not be read: {err}"),
            Self::InvalidResponsePayload(_, err) => {
                write!(f, "the answer's body is not what the spec says: {err}")
            }
            Self::UnexpectedResponse(response) => {
                write!(
                    f,
                    "{} (an answer the spec does not document)",
                    response.status()
                )
            }
            Self::Custom(message) => f.write_str(message),
        }?;
        if f.alternate() {
            let mut source = self.underlying();
            while let Some(err) = source {
                write!(f, ": {err}")?;
                source = err.source();
            }
        }
        Ok(())
    }
}

/// Every detail, for logs: the body's own `Debug` and the answer's headers.
impl<E: ErrorBody> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidRequest(message) => {
                f.debug_tuple("InvalidRequest").field(message).finish()
            }
            Self::CommunicationError(err) => {
                f.debug_tuple("CommunicationError").field(err).finish()
            }
            Self::InvalidUpgrade(err) => f.debug_tuple("InvalidUpgrade").field(err).finish(),
            Self::ErrorResponse(answer) => f
                .debug_struct("ErrorResponse")
                .field("status", &answer.status())
                .field("headers", answer.headers())
                .field("body", &BodyDebug(answer.as_ref()))
                .finish(),
            Self::ResponseBodyError(err) => f.debug_tuple("ResponseBodyError").field(err).finish(),
            Self::InvalidResponsePayload(bytes, err) => f
                .debug_tuple("InvalidResponsePayload")
                .field(bytes)
                .field(err)
                .finish(),
            Self::UnexpectedResponse(response) => {
                f.debug_tuple("UnexpectedResponse").field(response).finish()
            }
            Self::Custom(message) => f.debug_tuple("Custom").field(message).finish(),
        }
    }
}

impl<E: ErrorBody> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.underlying()
    }
}

impl<E> Error<E> {
    /// The error underneath, if any (the `source` of `std::error::Error`).
    fn underlying(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::CommunicationError(err)
            | Self::InvalidUpgrade(err)
            | Self::ResponseBodyError(err) => Some(err),
            Self::InvalidResponsePayload(_, err) => Some(err),
            _ => None,
        }
    }
}
