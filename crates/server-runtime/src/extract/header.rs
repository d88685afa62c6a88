//! Header and cookie parameters: every value of a header, as text; a cookie's values.

use http::HeaderMap;

use super::rejections::Invalid;
use crate::rejection::Violations;

/// Every value of header `name` that is visible ASCII; others are violations.
pub fn header_values<'a>(
    headers: &'a HeaderMap,
    name: &str,
    violations: &mut Violations,
) -> Vec<&'a str> {
    headers
        .get_all(name)
        .iter()
        .filter_map(|value| match value.to_str() {
            Ok(text) => Some(text),
            Err(_) => {
                violations.push(Invalid::NotVisibleAscii.at(&format!("header.{name}")));
                None
            }
        })
        .collect()
}

/// The values of cookie `name` in the request's `Cookie` headers (`a=1; b=2`), each
/// percent-decoded (a client writes `%XX` for what a cookie value cannot hold) and without
/// the double quotes a value may be wrapped in.
pub fn cookie_values(headers: &HeaderMap, name: &str) -> Vec<String> {
    cookie_pairs(headers)
        .filter(|(key, _)| *key == name)
        .map(|(_, value)| percent_decoded(value))
        .collect()
}

/// Every `name=value` pair of the request's `Cookie` headers, trimmed, as written.
pub(crate) fn cookie_pairs(headers: &HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|line| line.split(';'))
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            Some((key.trim(), value.trim().trim_matches('"')))
        })
}

/// `%XX` sequences decoded (others left as they are); not UTF-8 afterwards, the text as written.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[at] == b'%'
            && let (Some(high), Some(low)) = (
                bytes.get(at + 1).copied().and_then(hex),
                bytes.get(at + 2).copied().and_then(hex),
            )
        {
            out.push(u8::try_from(high * 16 + low).unwrap_or(b'%'));
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn cookies_are_found_by_name_and_decoded() {
        let mut headers = http::HeaderMap::new();
        headers.append("cookie", "a=1; theme=dark%3Bblue; b=\"q\"".parse().unwrap());
        headers.append("cookie", "theme=light".parse().unwrap());
        assert_eq!(
            super::cookie_values(&headers, "theme"),
            ["dark;blue", "light"]
        );
        assert_eq!(super::cookie_values(&headers, "b"), ["q"]);
        assert!(super::cookie_values(&headers, "c").is_empty());
        assert_eq!(super::percent_decoded("100%"), "100%");
    }
}
