//! The `Prefer` layer: the request's preferred code and example, refused when the operation
//! does not document them, and the seed of its answer, for the mock's methods to read.

use axum::{
    Router,
    extract::{MatchedPath, Request},
    middleware::Next,
    response::Response,
};

use crate::rejection::{ProblemKind, Rejection};

/// One operation's documented answers, for [`layer`]: each status as the spec writes it
/// (`"200"`, `"4XX"`, `"default"`) with the names of its examples.
#[derive(Debug)]
pub struct Documented {
    pub method: &'static str,
    pub path: &'static str,
    pub responses: &'static [(&'static str, &'static [&'static str])],
    /// The status answered when the request prefers none: the first success documented.
    pub default_code: u16,
}

/// What the request asked of the mock, and its seed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    /// `Prefer: code=404`.
    pub code: Option<u16>,
    /// `Prefer: example=name`.
    pub example: Option<String>,
    /// From the request's method, path and query and the mock's own seed: the same request
    /// gets the same answer.
    pub seed: u64,
    /// From the method and path alone (not the query): the items of a paginated list are the
    /// same whatever page, page size or filter asks for them.
    pub resource_seed: u64,
}

tokio::task_local! {
    static CHOICE: Choice;
}

/// The current request's choice (the default outside a request).
pub fn choice() -> Choice {
    CHOICE.try_with(Clone::clone).unwrap_or_default()
}

/// Serves `router` (the generated router over the mock) with the `Prefer` header read, an
/// undocumented `code` or unknown `example` refused with 400 (`reject` writes the spec's
/// error body), and the request's seed set.
pub fn layer(
    router: Router,
    seed: u64,
    documented: &'static [Documented],
    reject: fn(Rejection) -> Response,
) -> Router {
    router.route_layer(axum::middleware::from_fn(
        move |path: Option<MatchedPath>, request: Request, next: Next| async move {
            let method = request.method().as_str().to_owned();
            let Some(operation) = path.as_ref().and_then(|path| {
                documented
                    .iter()
                    .find(|op| op.method == method && op.path == path.as_str())
            }) else {
                return next.run(request).await;
            };
            let (code, example) = match preferences(request.headers()) {
                Ok(preferred) => preferred,
                Err(message) => return reject(Rejection::new(ProblemKind::InvalidInput, message)),
            };
            if let Err(message) = check(operation, code, example.as_deref()) {
                return reject(Rejection::new(ProblemKind::InvalidInput, message));
            }
            let target = request
                .uri()
                .path_and_query()
                .map_or("", |target| target.as_str());
            let choice = Choice {
                code,
                example,
                seed: fnv(&[method.as_bytes(), target.as_bytes(), &seed.to_le_bytes()]),
                resource_seed: fnv(&[
                    method.as_bytes(),
                    request.uri().path().as_bytes(),
                    &seed.to_le_bytes(),
                ]),
            };
            CHOICE.scope(choice, next.run(request)).await
        },
    ))
}

/// `Prefer` headers' `code` and `example` (RFC 7240 preferences, comma-separated, in one
/// header or several; others are ignored).
fn preferences(headers: &http::HeaderMap) -> Result<(Option<u16>, Option<String>), String> {
    let mut code = None;
    let mut example = None;
    for value in headers.get_all("prefer") {
        let text = value
            .to_str()
            .map_err(|_| "The Prefer header is not text.".to_owned())?;
        for preference in text.split([',', ';']) {
            let Some((name, value)) = preference.trim().split_once('=') else {
                continue;
            };
            let value = value.trim().trim_matches('"');
            match name.trim().to_ascii_lowercase().as_str() {
                "code" => {
                    code = Some(
                        value
                            .parse::<u16>()
                            .ok()
                            .filter(|code| (100..=599).contains(code))
                            .ok_or_else(|| {
                                format!("Prefer: code={value} is not an HTTP status.")
                            })?,
                    );
                }
                "example" => example = Some(value.to_owned()),
                _ => {}
            }
        }
    }
    Ok((code, example))
}

/// Whether the operation documents the preferred code and example.
fn check(operation: &Documented, code: Option<u16>, example: Option<&str>) -> Result<(), String> {
    let status = code.unwrap_or(operation.default_code);
    let answers = operation.responses.iter().find(|(written, _)| {
        *written == status.to_string()
            || (written.len() == 3
                && written.ends_with("XX")
                && written.as_bytes()[0] == b'0' + (status / 100) as u8)
    });
    let answers = answers.or_else(|| {
        // `default` answers any status not documented by its code or range.
        operation
            .responses
            .iter()
            .find(|(written, _)| *written == "default")
    });
    let documented: Vec<&str> = operation
        .responses
        .iter()
        .map(|(written, _)| *written)
        .collect();
    let Some((_, examples)) = answers else {
        return Err(format!(
            "Prefer: code={status} is not documented for {} {}; documented: {}.",
            operation.method,
            operation.path,
            documented.join(", ")
        ));
    };
    match example {
        Some(name) if !examples.contains(&name) => Err(format!(
            "Prefer: example={name} is not an example of the {status} answer of {} {}; its examples: {}.",
            operation.method,
            operation.path,
            if examples.is_empty() {
                "none".to_owned()
            } else {
                examples.join(", ")
            }
        )),
        _ => Ok(()),
    }
}

/// FNV-1a over the parts: stable across runs and Rust versions.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in *part {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefer_reads_code_and_example_and_refuses_what_is_not_documented() {
        let mut headers = http::HeaderMap::new();
        headers.insert("prefer", "code=404, example=\"gone\"".parse().unwrap());
        assert_eq!(
            preferences(&headers),
            Ok((Some(404), Some("gone".to_owned())))
        );
        headers.insert("prefer", "code=teapot".parse().unwrap());
        assert!(preferences(&headers).is_err());
        static OPERATION: Documented = Documented {
            method: "GET",
            path: "/things/{id}",
            responses: &[("200", &[]), ("404", &["gone"]), ("5XX", &[])],
            default_code: 200,
        };
        assert!(check(&OPERATION, Some(404), Some("gone")).is_ok());
        assert!(check(&OPERATION, Some(503), None).is_ok(), "in 5XX");
        let undocumented = check(&OPERATION, Some(418), None).unwrap_err();
        assert!(undocumented.contains("200, 404, 5XX"), "{undocumented}");
        let unknown = check(&OPERATION, Some(404), Some("nope")).unwrap_err();
        assert!(unknown.contains("gone"), "{unknown}");
        assert!(
            check(&OPERATION, None, Some("gone")).is_err(),
            "200 has no examples"
        );
    }
}
