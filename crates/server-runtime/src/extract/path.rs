//! The path parameters of a matched route, percent-decoded.

use super::rejections::Invalid;
use crate::rejection::{Rejection, Violations};

/// The path parameters of a matched route, percent-decoded; a 400 when one is not UTF-8.
pub async fn path_values(
    parts: &mut http::request::Parts,
) -> Result<Vec<(String, String)>, Rejection> {
    use axum::extract::FromRequestParts;
    let raw = axum::extract::RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|_| {
            let mut violations = Violations::default();
            violations.push(Invalid::PathNotUtf8.at("path"));
            Rejection::from(violations)
        })?;
    Ok(raw
        .iter()
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect())
}

/// The values of path parameter `name` (one, for a matched route).
pub fn path_value<'a>(values: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    values
        .iter()
        .filter(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
        .collect()
}

/// A piece of a path segment as the spec's template writes it: text to match, or a parameter
/// to capture. A segment routed as one parameter (`{id}.json` is routed as `{id}`) is read
/// back into its parameters by these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    Literal(&'static str),
    Param,
}

/// The captures of `segment` by `pieces`, in order; `None` when the literals do not fit. A
/// parameter followed by a literal ends at that literal's first occurrence, or at its last
/// when the literal ends the segment (`{name}.tar.gz` reads `a.b.tar.gz` as `a.b`).
pub fn split_segment<'a>(segment: &'a str, pieces: &[Piece]) -> Option<Vec<&'a str>> {
    let mut captures = Vec::new();
    let mut rest = segment;
    let mut index = 0;
    while index < pieces.len() {
        match pieces[index] {
            Piece::Literal(literal) => rest = rest.strip_prefix(literal)?,
            Piece::Param => match pieces.get(index + 1) {
                None => {
                    captures.push(rest);
                    rest = "";
                }
                Some(Piece::Literal(literal)) => {
                    let at = if index + 2 == pieces.len() {
                        rest.strip_suffix(literal).map(str::len)?
                    } else {
                        rest.find(literal)?
                    };
                    captures.push(&rest[..at]);
                    rest = &rest[at..];
                }
                // The generator refuses two parameters with nothing between them.
                Some(Piece::Param) => return None,
            },
        }
        index += 1;
    }
    rest.is_empty().then_some(captures)
}

/// The value of the `index`th parameter of route parameter `carrier`'s segment (one, when the
/// segment fits its pieces; none when it does not).
pub fn path_piece<'a>(
    values: &'a [(String, String)],
    carrier: &str,
    pieces: &[Piece],
    index: usize,
) -> Vec<&'a str> {
    path_value(values, carrier)
        .first()
        .and_then(|segment| split_segment(segment, pieces))
        .and_then(|captures| captures.get(index).copied())
        .into_iter()
        .collect()
}

/// Whether every segment read by pieces fits them: a route the router matched may still be no
/// path of the spec (`/movies/1.xml` on the route of `/movies/{id}.json`), which is a 404.
pub async fn path_fits(parts: &mut http::request::Parts, segments: &[(&str, &[Piece])]) -> bool {
    let Ok(values) = path_values(parts).await else {
        return true; // not UTF-8: the parameters' own reading answers 400.
    };
    segments.iter().all(|(carrier, pieces)| {
        path_value(&values, carrier)
            .first()
            .is_some_and(|segment| split_segment(segment, pieces).is_some())
    })
}

/// Whether a request carries a template's fragment (`#key=value`, or a bare `#key`), which no
/// request sends as such: as its header `key` with that value, or its query parameter `key`
/// with it (a bare key: the header or parameter present). The dispatcher parses the query
/// once for all its templates.
pub fn fragment_fits(
    headers: &http::HeaderMap,
    query: &super::Query,
    key: &str,
    value: Option<&str>,
) -> bool {
    let in_header = headers
        .get_all(key)
        .iter()
        .any(|given| value.is_none_or(|value| given.as_bytes() == value.as_bytes()));
    in_header
        || query
            .values(key)
            .iter()
            .any(|given| value.is_none_or(|value| *given == value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_is_found_in_a_header_or_the_query() {
        let parts = |uri: &str, header: Option<&str>| {
            let mut request = http::Request::builder().uri(uri);
            if let Some(value) = header {
                request = request.header("X-Amz-Target", value);
            }
            request.body(()).unwrap().into_parts().0
        };
        let fragment_fits = |parts: &http::request::Parts, key: &str, value: Option<&str>| {
            let query = super::super::Query::parse(parts.uri.query());
            fragment_fits(&parts.headers, &query, key, value)
        };
        let target = Some("Service.List");
        assert!(fragment_fits(
            &parts("/", Some("Service.List")),
            "X-Amz-Target",
            target
        ));
        assert!(!fragment_fits(
            &parts("/", Some("Service.Get")),
            "X-Amz-Target",
            target
        ));
        assert!(!fragment_fits(&parts("/", None), "X-Amz-Target", target));
        assert!(fragment_fits(
            &parts("/?Action=List", None),
            "Action",
            Some("List")
        ));
        assert!(!fragment_fits(
            &parts("/?Action=Get", None),
            "Action",
            Some("List")
        ));
        assert!(fragment_fits(
            &parts("/t/a?tagKeys=x", None),
            "tagKeys",
            None
        ));
        assert!(!fragment_fits(&parts("/t/a", None), "tagKeys", None));
    }

    #[test]
    fn segments_split_by_their_literals() {
        use Piece::{Literal, Param};
        assert_eq!(
            split_segment("42.json", &[Param, Literal(".json")]),
            Some(vec!["42"])
        );
        assert_eq!(split_segment("42.xml", &[Param, Literal(".json")]), None);
        assert_eq!(
            split_segment("a.b.tar.gz", &[Param, Literal(".tar.gz")]),
            Some(vec!["a.b"])
        );
        assert_eq!(
            split_segment("1,2.csv", &[Param, Literal(","), Param, Literal(".csv")]),
            Some(vec!["1", "2"])
        );
        assert_eq!(
            split_segment("x42", &[Literal("x"), Param]),
            Some(vec!["42"])
        );
        assert_eq!(split_segment("y42", &[Literal("x"), Param]), None);
        assert_eq!(split_segment("1-2", &[Param, Literal(","), Param]), None);
        assert_eq!(split_segment("whole", &[Param]), Some(vec!["whole"]));
    }
}
