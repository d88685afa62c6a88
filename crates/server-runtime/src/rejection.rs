//! Answers the generated router gives on its own (before or instead of the implementation):
//! invalid input, missing key, unknown route, body too large, and so on.

use http::StatusCode;
use serde_json::{Value, json};

pub use schema_check::{FieldError, Violations};

/// The 400 answer listing every violation of a request.
impl From<Violations> for Rejection {
    fn from(violations: Violations) -> Self {
        let count = violations.len();
        let dropped = violations.dropped();
        let detail = match (count, dropped) {
            (1, _) => "The request has 1 invalid field.".to_owned(),
            (n, 0) => format!("The request has {n} invalid fields."),
            (n, dropped) => format!(
                "The request has {n} invalid fields; the first {} are listed.",
                n - dropped
            ),
        };
        Rejection {
            errors: violations.into_vec(),
            ..Rejection::new(ProblemKind::InvalidInput, detail)
        }
    }
}

/// The kinds of problem the router (or an implementation) answers, with their status, a
/// stable `type` and a title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    InvalidInput,
    Unauthorized,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    UnknownReference,
    Internal,
    Unavailable,
}

impl ProblemKind {
    pub fn status(self) -> StatusCode {
        match self {
            Self::InvalidInput => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::UnknownReference => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// A URI reference naming the kind, stable for clients to match on.
    pub fn type_uri(self) -> &'static str {
        match self {
            Self::InvalidInput => "/problems/invalid-input",
            Self::Unauthorized => "/problems/unauthorized",
            Self::NotFound => "/problems/not-found",
            Self::MethodNotAllowed => "/problems/method-not-allowed",
            Self::PayloadTooLarge => "/problems/payload-too-large",
            Self::UnsupportedMediaType => "/problems/unsupported-media-type",
            Self::UnknownReference => "/problems/unknown-reference",
            Self::Internal => "/problems/internal",
            Self::Unavailable => "/problems/unavailable",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::InvalidInput => "Invalid input",
            Self::Unauthorized => "Unauthorized",
            Self::NotFound => "Not found",
            Self::MethodNotAllowed => "Method not allowed",
            Self::PayloadTooLarge => "Payload too large",
            Self::UnsupportedMediaType => "Unsupported media type",
            Self::UnknownReference => "Unknown reference",
            Self::Internal => "Internal server error",
            Self::Unavailable => "Service unavailable",
        }
    }
}

/// A problem to answer with the API's error schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    pub kind: ProblemKind,
    pub detail: String,
    pub errors: Vec<FieldError>,
}

impl Rejection {
    pub fn new(kind: ProblemKind, detail: impl Into<String>) -> Self {
        Self {
            kind,
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    pub fn status(&self) -> StatusCode {
        self.kind.status()
    }

    /// The problem as JSON, with every member the generator knows how to fill:
    /// RFC 9457's `type`, `title`, `status`, `detail`, the `errors` list, and `message`
    /// (the detail again) for error schemas that only have that. The generated code keeps
    /// the members its error schema declares.
    pub fn to_json(&self) -> Value {
        json!({
            "type": self.kind.type_uri(),
            "title": self.kind.title(),
            "status": self.kind.status().as_u16(),
            "detail": self.detail,
            "message": self.detail,
            "errors": self.errors,
        })
    }

    /// [`Self::to_json`] restricted to `members`, deserialized into the error schema's type.
    pub fn to_body<T: serde::de::DeserializeOwned>(&self, members: &[&str]) -> Option<T> {
        let Value::Object(mut full) = self.to_json() else {
            return None;
        };
        full.retain(|key, _| members.contains(&key.as_str()));
        serde_json::from_value(Value::Object(full)).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violations_keep_a_bounded_list_and_count_the_rest() {
        let mut violations = Violations::default();
        for i in 0..(Violations::LIMIT + 7) {
            violations.push(FieldError::new(&format!("query.a[{i}]"), "format", "bad"));
        }
        let rejection = Rejection::from(violations);
        assert_eq!(rejection.errors.len(), Violations::LIMIT);
        assert_eq!(
            rejection.detail,
            format!(
                "The request has {} invalid fields; the first {} are listed.",
                Violations::LIMIT + 7,
                Violations::LIMIT
            )
        );
        assert_eq!(rejection.status(), StatusCode::BAD_REQUEST);
    }

    #[test]
    fn to_body_keeps_only_the_declared_members() {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct OnlyMessage {
            message: String,
        }
        let rejection = Rejection::new(ProblemKind::NotFound, "No pet 7.");
        let body: OnlyMessage = rejection.to_body(&["message"]).expect("fits");
        assert_eq!(body.message, "No pet 7.");
    }
}
