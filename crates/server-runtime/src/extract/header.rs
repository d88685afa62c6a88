//! Header parameters: every value of a header, as text.

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
