//! Deprecation on the wire: a deprecated operation's answers carry `Deprecation` (RFC 9745),
//! `Sunset` (RFC 8594) and `Link` headers, and every answer of an operation with deprecated
//! parameters or body properties says which of them the request used ([`DeprecatedUses`]),
//! so that a layer outside the router counts the callers still relying on them.

use axum::response::Response;
use http::{HeaderName, HeaderValue};

/// What the spec says of a deprecated operation, and the headers its answers carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deprecation {
    /// `x-deprecated-since`, as written.
    pub since: Option<&'static str>,
    /// `x-sunset`, as written: after it, the operation may be removed.
    pub sunset: Option<&'static str>,
    /// `x-deprecated-by`: the operationId that replaces it.
    pub replaced_by: Option<&'static str>,
    /// `(name, value)` of each header, made by the generator (`deprecation: @1798675200`,
    /// `sunset: Wed, 30 Jun 2027 00:00:00 GMT`, `link: </openapi.json#…>; rel="deprecation"`).
    pub headers: &'static [(&'static str, &'static str)],
}

/// Adds a deprecated operation's headers to its answer (a `Link` beside any already there).
pub fn announce(response: &mut Response, deprecation: &Deprecation) {
    for (name, value) in deprecation.headers {
        response.headers_mut().append(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
}

/// The deprecated parameters and body properties a request used (`query.pageNumber`,
/// `body.title`: the spec's names): on the extensions of each answer the implementation gave,
/// for an operation that has any. Empty (and unallocated) when the request used none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeprecatedUses {
    pub used: Vec<&'static str>,
}

impl DeprecatedUses {
    /// The labels the request used, in the spec's order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.used.iter().copied()
    }

    /// Notes `label` when `used`.
    pub fn note(&mut self, used: bool, label: &'static str) {
        if used {
            self.used.push(label);
        }
    }
}

/// Whether a JSON body holds a value at `pointer`.
pub fn body_has(body: Option<&serde_json::Value>, pointer: &str) -> bool {
    body.and_then(|body| body.pointer(pointer)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uses_name_the_labels_noted_as_used() {
        let mut uses = DeprecatedUses::default();
        uses.note(true, "query.page");
        uses.note(false, "header.X-Old");
        uses.note(true, "body.title");
        assert_eq!(
            uses.iter().collect::<Vec<_>>(),
            ["query.page", "body.title"]
        );
    }

    #[test]
    fn announce_appends_every_header() {
        let mut response = Response::new(axum::body::Body::empty());
        response
            .headers_mut()
            .insert("link", HeaderValue::from_static("</a>; rel=\"next\""));
        announce(
            &mut response,
            &Deprecation {
                since: Some("2026-12-01"),
                sunset: None,
                replaced_by: None,
                headers: &[
                    ("deprecation", "@1796083200"),
                    ("link", "</openapi.json>; rel=\"deprecation\""),
                ],
            },
        );
        assert_eq!(response.headers()["deprecation"], "@1796083200");
        assert_eq!(response.headers().get_all("link").iter().count(), 2);
    }
}
