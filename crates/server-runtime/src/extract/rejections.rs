//! What the extractors answer instead of a value, each kind declared once as data: the
//! refusals that stop a request (a problem kind, which fixes the status, and a detail) and the
//! violations recorded against one field (a rule and a message). The extractors name a
//! variant; no message is written anywhere else.

use std::borrow::Cow;

use crate::rejection::{FieldError, ProblemKind, Rejection};

/// A request refused as a whole: the handler answers it before reading anything else.
#[derive(Clone, Copy, Debug)]
pub(super) enum Refusal {
    /// The body, as `Content-Length` declares it or as read, is over the router's limit.
    TooLarge { limit: usize },
    /// A JSON body sent as another media type.
    NotJson,
    /// A form body sent as another media type.
    NotForm,
    /// A raw body of a media type the operation does not document.
    Undocumented {
        media_types: &'static [&'static str],
    },
}

impl Refusal {
    /// The problem's kind (its status is the kind's) and detail: one row per refusal.
    fn declared(self) -> (ProblemKind, Cow<'static, str>) {
        match self {
            Self::TooLarge { limit } => (
                ProblemKind::PayloadTooLarge,
                format!("The request body is larger than {limit} bytes.").into(),
            ),
            Self::NotJson => (
                ProblemKind::UnsupportedMediaType,
                "The request body must be application/json.".into(),
            ),
            Self::NotForm => (
                ProblemKind::UnsupportedMediaType,
                "The request body must be application/x-www-form-urlencoded.".into(),
            ),
            Self::Undocumented { media_types } => (
                ProblemKind::UnsupportedMediaType,
                format!(
                    "The request body must be one of: {}.",
                    media_types.join(", ")
                )
                .into(),
            ),
        }
    }
}

impl From<Refusal> for Rejection {
    fn from(refusal: Refusal) -> Self {
        let (kind, detail) = refusal.declared();
        Rejection::new(kind, detail)
    }
}

/// One field refused: recorded among the request's violations, which are answered together
/// (400, `Rejection::from(Violations)`).
#[derive(Clone, Copy, Debug)]
pub(super) enum Invalid<'a> {
    /// A required parameter (or object parameter) not given.
    Required,
    /// No body where a JSON body is required.
    MissingJsonBody,
    /// No body where a raw body is required.
    MissingBody,
    /// A JSON body that does not parse, or repeats a key.
    MalformedJson(&'a serde_json::Error),
    /// An XML body that does not parse (or declares a DTD), with the parser's words.
    MalformedXml(&'a str),
    /// A header value that is not visible ASCII.
    NotVisibleAscii,
    /// An array parameter given more values than its `maxItems`.
    TooManyValues { max: usize, given: usize },
    /// A parameter that is not an array, given more than once.
    Repeated { given: usize },
    /// A valid value its generated type does not read (the type and the schema disagree).
    Untyped(&'a serde_json::Error),
    /// A path that is not percent-encoded UTF-8.
    PathNotUtf8,
    /// A `multipart/form-data` body that does not parse, with what is wrong.
    MalformedMultipart(&'a str),
}

/// A value the schema allows that its Rust type cannot hold: serde's words, except for a
/// whole number out of the type's range (`type: integer` without bounds is an `i64`), which
/// says the range instead of serde's clamped value.
fn untyped(err: &serde_json::Error) -> Cow<'static, str> {
    let text = err.to_string();
    let range = |ty: &str| -> Option<(String, String)> {
        Some(match ty {
            "i64" => (i64::MIN.to_string(), i64::MAX.to_string()),
            "i32" => (i32::MIN.to_string(), i32::MAX.to_string()),
            "i16" => (i16::MIN.to_string(), i16::MAX.to_string()),
            "i8" => (i8::MIN.to_string(), i8::MAX.to_string()),
            "u64" => ("0".into(), u64::MAX.to_string()),
            "u32" => ("0".into(), u32::MAX.to_string()),
            "u16" => ("0".into(), u16::MAX.to_string()),
            "u8" => ("0".into(), u8::MAX.to_string()),
            _ => return None,
        })
    };
    if text.starts_with("invalid value: integer")
        && let Some((_, ty)) = text.rsplit_once("expected ")
        && let Some((low, high)) = ty.split_whitespace().next().and_then(range)
    {
        return format!("must be a whole number from {low} to {high}").into();
    }
    text.into()
}

impl Invalid<'_> {
    /// The rule that failed (the violation's `code`) and its message: one row per violation.
    fn declared(self) -> (&'static str, Cow<'static, str>) {
        match self {
            Self::Required => ("required", "is required".into()),
            Self::MissingJsonBody => ("required", "a JSON body is required".into()),
            Self::MissingBody => ("required", "a body is required".into()),
            Self::MalformedJson(err) => ("malformed", format!("is not valid JSON: {err}").into()),
            Self::MalformedXml(err) => ("malformed", format!("is not valid XML: {err}").into()),
            Self::NotVisibleAscii => ("type", "must be visible ASCII".into()),
            Self::TooManyValues { max, given } => (
                "max_items",
                format!("must have at most {max} values, has {given}").into(),
            ),
            Self::Repeated { given } => (
                "type",
                format!("must be given once, was given {given} times").into(),
            ),
            Self::Untyped(err) => ("type", untyped(err)),
            Self::PathNotUtf8 => ("format", "must be percent-encoded UTF-8".into()),
            Self::MalformedMultipart(why) => (
                "malformed",
                format!("is not valid multipart/form-data: {why}").into(),
            ),
        }
    }

    /// The violation at `location` (`body`, `path`, `query.ids`, `header.x-trace`).
    pub(super) fn at(self, location: &str) -> FieldError {
        let (code, message) = self.declared();
        FieldError::new(location, code, &message)
    }
}

#[cfg(test)]
mod tests {
    use http::StatusCode;

    use super::*;

    /// The answers clients see, byte for byte: a changed word here is a changed API.
    #[test]
    fn every_refusal_keeps_its_status_and_detail() {
        let table = [
            (
                Refusal::TooLarge { limit: 10 },
                StatusCode::PAYLOAD_TOO_LARGE,
                "The request body is larger than 10 bytes.",
            ),
            (
                Refusal::NotJson,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "The request body must be application/json.",
            ),
            (
                Refusal::NotForm,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "The request body must be application/x-www-form-urlencoded.",
            ),
            (
                Refusal::Undocumented {
                    media_types: &["text/csv", "image/*"],
                },
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "The request body must be one of: text/csv, image/*.",
            ),
        ];
        for (refusal, status, detail) in table {
            let rejection = Rejection::from(refusal);
            assert_eq!(rejection.status(), status, "{refusal:?}");
            assert_eq!(rejection.detail, detail, "{refusal:?}");
            assert!(rejection.errors.is_empty(), "{refusal:?}");
        }
    }

    #[test]
    fn every_violation_keeps_its_code_and_message() {
        let err = serde_json::from_str::<u8>("x").unwrap_err();
        let too_large = serde_json::from_str::<i64>("18446744073709551615").unwrap_err();
        let table = [
            (Invalid::Required, "required", "is required".to_owned()),
            (
                Invalid::MissingJsonBody,
                "required",
                "a JSON body is required".to_owned(),
            ),
            (
                Invalid::MissingBody,
                "required",
                "a body is required".to_owned(),
            ),
            (
                Invalid::MalformedJson(&err),
                "malformed",
                format!("is not valid JSON: {err}"),
            ),
            (
                Invalid::NotVisibleAscii,
                "type",
                "must be visible ASCII".to_owned(),
            ),
            (
                Invalid::TooManyValues { max: 3, given: 4 },
                "max_items",
                "must have at most 3 values, has 4".to_owned(),
            ),
            (
                Invalid::Repeated { given: 2 },
                "type",
                "must be given once, was given 2 times".to_owned(),
            ),
            (Invalid::Untyped(&err), "type", err.to_string()),
            (
                Invalid::Untyped(&too_large),
                "type",
                "must be a whole number from -9223372036854775808 to 9223372036854775807"
                    .to_owned(),
            ),
            (
                Invalid::PathNotUtf8,
                "format",
                "must be percent-encoded UTF-8".to_owned(),
            ),
        ];
        for (invalid, code, message) in table {
            assert_eq!(
                invalid.at("query.a"),
                FieldError::new("query.a", code, &message),
                "{invalid:?}"
            );
        }
    }
}
