//! What generated clients call at run time, beside `progenitor-client`.
//!
//! The generator (crate `codegen`) makes every client's `ClientHooks::exec` call
//! [`execute`], which sends the request under the client's [`RetryPolicy`] (retrying an
//! idempotent request that met a 429, a 503 or a failed connection, honouring
//! `Retry-After`; a request with an idempotency key is retried like an idempotent one) and,
//! with the `tracing` feature, inside a span per operation. Operations
//! the spec marks as page-number paginated (`x-pagination`) get a `stream()` built on
//! [`pages`]; operations whose success is an event stream (`text/event-stream` with an item
//! schema) get an `events()` built on [`events`], which reconnects with `Last-Event-ID`. A failed call is an [`Error`] (progenitor-client's variants, displayed as a
//! person reads them). Like `server-runtime` for servers, it knows nothing about any
//! particular API.

mod error;
mod pages;
mod retry;
mod sse;

pub use error::{Error, ErrorBody, summary};

pub use futures_util::{Stream, StreamExt};
pub use pages::{cursor_pages, next_cursor, page_value, pages};
pub use retry::{ATTEMPTS_HEADER, RetryPolicy, execute};
pub use sse::{Event, EventStream, events};

/// The `pattern` checks of the generated types: typify writes `::regress::Regex`, the
/// generator names `::client_runtime::regress::Regex`, which matches as the router's validator
/// does (`schema_check::TypeRegex`), so a client crate depends on nothing more than this crate.
#[doc(hidden)]
pub mod regress {
    pub use schema_check::TypeRegex as Regex;
}

/// A path parameter that is an array, as `style: simple` spells it (RFC 6570's `{list}`):
/// each item as its JSON scalar (a string as itself), percent-encoded as a path segment (a
/// comma in an item too), items joined by commas. progenitor writes
/// `encode_path(&value.to_string())`, which no `Vec` has; the generator calls this instead.
pub fn path_list<T: serde::Serialize>(items: &[T]) -> String {
    items
        .iter()
        .map(|item| progenitor_client::encode_path(&scalar(item)).replace(',', "%2C"))
        .collect::<Vec<_>>()
        .join(",")
}

/// A header parameter that is an array, as `style: simple` spells it: items (each as its JSON
/// scalar, a string as itself) joined by commas.
pub fn header_list<T: serde::Serialize>(items: &[T]) -> String {
    items.iter().map(scalar).collect::<Vec<_>>().join(",")
}

/// A required query array of a delimited style (`explode: false`, `spaceDelimited`,
/// `pipeDelimited`) given no items: `name=`, as OpenAPI's style table writes `[]`.
/// progenitor sends arrays as repeated keys, which for no items is nothing at all, and the
/// server would read a required parameter as missing; the generator wraps the call in this.
pub fn empty_list<T>(
    request: reqwest::RequestBuilder,
    name: &str,
    items: &[T],
) -> reqwest::RequestBuilder {
    if items.is_empty() {
        request.query(&[(name, "")])
    } else {
        request
    }
}

/// Adds cookie `name` to the request's one `Cookie` header (`a=1; b=2`), its value
/// percent-encoded where a cookie value cannot hold a character (RFC 6265's cookie-octet).
/// progenitor has no cookie parameters: the generator gives them to it as headers and
/// writes them here instead.
pub fn append_cookie(
    headers: &mut reqwest::header::HeaderMap,
    name: &str,
    value: &str,
) -> Result<(), reqwest::header::InvalidHeaderValue> {
    use std::fmt::Write as _;
    let mut pair = format!("{name}=");
    for byte in value.bytes() {
        match byte {
            0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E if byte != b'%' => {
                pair.push(char::from(byte));
            }
            _ => {
                let _ = write!(pair, "%{byte:02X}");
            }
        }
    }
    let line = match headers.get(reqwest::header::COOKIE) {
        Some(existing) => format!("{}; {pair}", existing.to_str().unwrap_or_default()),
        None => pair,
    };
    headers.insert(reqwest::header::COOKIE, line.parse()?);
    Ok(())
}

/// An item of a list parameter as text: a string as itself, a number or a boolean as JSON
/// writes it. (Items are scalars: the generator refuses objects in paths and headers.)
/// A form body (`application/x-www-form-urlencoded`) as OpenAPI's default for forms
/// (`style: form`, `explode: true`) writes it: each property a key, an array's items the key
/// repeated, an object (or an array inside an array) as its JSON text, `null` left out.
/// progenitor's `form_urlencoded` (serde_urlencoded) cannot write an array and refuses the
/// whole request; the generator calls this instead.
#[allow(clippy::result_large_err)] // the generated `send` returns this error as it is
pub fn form_values<E, T: serde::Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    body: &T,
) -> Result<reqwest::RequestBuilder, Error<E>> {
    let value = serde_json::to_value(body)
        .map_err(|err| Error::InvalidRequest(format!("the form body does not serialize: {err}")))?;
    let serde_json::Value::Object(fields) = value else {
        return Err(Error::InvalidRequest("a form body is an object".to_owned()));
    };
    let mut form = form_urlencoded::Serializer::new(String::new());
    for (key, value) in &fields {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Array(items) => {
                for item in items {
                    form.append_pair(key, &scalar(item));
                }
            }
            other => {
                form.append_pair(key, &scalar(other));
            }
        }
    }
    Ok(request
        .header(
            reqwest::header::CONTENT_TYPE,
            reqwest::header::HeaderValue::from_static("application/x-www-form-urlencoded"),
        )
        .body(form.finish()))
}

fn scalar<T: serde::Serialize>(item: &T) -> String {
    match serde_json::to_value(item) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

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

#[cfg(test)]
mod tests {
    #[test]
    fn a_form_repeats_an_array_and_leaves_out_null() {
        let body = serde_json::json!({
            "grant_type": "password",
            "scope": ["a b", "c&d"],
            "ttl": 5,
            "remember": null,
            "meta": {"k": 1}
        });
        let request = super::form_values::<(), _>(reqwest::Client::new().post("http://x/"), &body)
            .unwrap()
            .build()
            .unwrap();
        let text = std::str::from_utf8(request.body().unwrap().as_bytes().unwrap()).unwrap();
        assert_eq!(
            text,
            "grant_type=password&scope=a+b&scope=c%26d&ttl=5&meta=%7B%22k%22%3A1%7D"
        );
        assert_eq!(
            request.headers()["content-type"],
            "application/x-www-form-urlencoded"
        );
    }

    #[test]
    fn path_lists_join_encoded_items_with_commas() {
        assert_eq!(
            super::path_list(&["a b", "c,d", "e/f"]),
            "a%20b,c%2Cd,e%2Ff"
        );
        assert_eq!(super::path_list(&[1, 2]), "1,2");
        assert_eq!(super::path_list::<u8>(&[]), "");
        assert_eq!(super::header_list(&["a", "b c"]), "a,b c");
        assert_eq!(super::header_list(&[true, false]), "true,false");
    }

    #[test]
    fn cookies_share_one_header_and_encode_what_a_cookie_cannot_hold() {
        let mut headers = reqwest::header::HeaderMap::new();
        super::append_cookie(&mut headers, "a", "1").unwrap();
        super::append_cookie(&mut headers, "theme", "dark; blue,100%").unwrap();
        assert_eq!(
            headers[reqwest::header::COOKIE],
            "a=1; theme=dark%3B%20blue%2C100%25"
        );
    }
}
