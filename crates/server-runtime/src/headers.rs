//! A response's documented headers: the generated `<Variant>Headers` struct of each status
//! writes its fields with [`write_header`] (`style: simple`: a list comma-separated) and checks
//! them with [`check_header`] when the router validates answers.

use http::{HeaderMap, HeaderName, HeaderValue};

use crate::contract::ContractViolation;

/// A header field's value as the header's text.
pub trait HeaderText {
    /// The text written, or `None` for an absent optional header.
    fn header_text(&self) -> Option<String>;
}

macro_rules! display_text {
    ($($type:ty),*) => {$(
        impl HeaderText for $type {
            fn header_text(&self) -> Option<String> {
                Some(self.to_string())
            }
        }
    )*};
}
display_text!(String, i64, f64, bool);

impl<T: HeaderText> HeaderText for Option<T> {
    fn header_text(&self) -> Option<String> {
        self.as_ref().and_then(HeaderText::header_text)
    }
}

impl<T: HeaderText> HeaderText for Vec<T> {
    fn header_text(&self) -> Option<String> {
        let items: Vec<String> = self.iter().filter_map(HeaderText::header_text).collect();
        Some(items.join(","))
    }
}

/// Writes `value` under `name` (lower case, checked at generation time to be a header name).
/// A value that cannot be a header value (a line break, say) is not written: with response
/// validation on, [`check_header`] has answered 500 for it before.
pub fn write_header(headers: &mut HeaderMap, name: &'static str, value: &impl HeaderText) {
    if let Some(text) = value.header_text()
        && let Ok(value) = HeaderValue::from_str(&text)
    {
        headers.insert(HeaderName::from_static(name), value);
    }
}

/// Checks one header of an answer: that its text can be a header value and that its value
/// satisfies `schema` (when the header has one the generator could type). Violations are
/// located as `header <name>` followed by the pointer into the value.
pub fn check_header<T: HeaderText + serde::Serialize>(
    violations: &mut Vec<ContractViolation>,
    name: &str,
    schema: Option<&crate::schema::Schema>,
    value: &T,
) {
    let Some(text) = value.header_text() else {
        return;
    };
    let at = |pointer: &str| format!("header {name}{pointer}");
    if HeaderValue::from_str(&text).is_err() {
        violations.push(ContractViolation {
            pointer: at(""),
            code: "header-value".to_owned(),
            message: format!("{text:?} cannot be an HTTP header value"),
        });
    }
    if let Some(schema) = schema
        && let Err(found) = crate::contract::check_body(schema, value)
    {
        violations.extend(found.into_iter().map(|violation| ContractViolation {
            pointer: at(&violation.pointer),
            ..violation
        }));
    }
}

/// The violations collected by a headers struct's check, as `check()`'s result.
pub fn header_violations(violations: Vec<ContractViolation>) -> Result<(), Vec<ContractViolation>> {
    if violations.is_empty() {
        Ok(())
    } else {
        Err(violations)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_lists_comma_separated_and_leaves_out_absent_and_unwritable_values() {
        let mut headers = HeaderMap::new();
        write_header(&mut headers, "x-list", &vec![1i64, 2, 3]);
        write_header(&mut headers, "x-absent", &None::<String>);
        write_header(&mut headers, "x-broken", &"a\nb".to_owned());
        write_header(&mut headers, "retry-after", &Some(5i64));
        assert_eq!(headers["x-list"], "1,2,3");
        assert_eq!(headers["retry-after"], "5");
        assert!(!headers.contains_key("x-absent") && !headers.contains_key("x-broken"));
    }

    #[test]
    fn a_check_locates_an_unwritable_text_and_a_schema_violation_by_the_header() {
        let mut violations = Vec::new();
        check_header(&mut violations, "X-Text", None, &"a\nb".to_owned());
        check_header(&mut violations, "X-None", None, &None::<String>);
        use crate::schema::{Kind, Numeric, Schema};
        static AT_LEAST_ONE: Schema = Schema {
            kind: Kind::Integer(Numeric {
                format: None,
                minimum: Some(1.0),
                maximum: None,
                exclusive_minimum: false,
                exclusive_maximum: false,
                multiple_of: None,
                enumeration: &[],
            }),
            ..Schema::ANY
        };
        check_header(&mut violations, "Retry-After", Some(&AT_LEAST_ONE), &0i64);
        let found: Vec<(&str, &str)> = violations
            .iter()
            .map(|violation| (violation.pointer.as_str(), violation.code.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("header X-Text", "header-value"),
                ("header Retry-After", "minimum")
            ]
        );
    }
}
