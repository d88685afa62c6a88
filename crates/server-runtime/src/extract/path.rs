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
            violations.into_rejection()
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
