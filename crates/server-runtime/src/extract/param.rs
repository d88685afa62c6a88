//! One parameter's strings (from the path, the query or a header) as the JSON value its schema
//! describes, validated, then read into its generated type.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::rejections::Invalid;
use crate::{
    rejection::Violations,
    schema::{Kind, Schema},
};

/// The values of a path or header array (`style: simple`): each split on `separator` (a
/// comma), optional whitespace around the items dropped, as HTTP lists allow. An empty value
/// is an empty list (`X-Ids:` sends no items), not one empty item.
pub fn split_values(raw: Vec<&str>, separator: char) -> Vec<&str> {
    raw.into_iter()
        .filter(|value| !value.trim_matches([' ', '\t']).is_empty())
        .flat_map(|value| value.split(separator))
        .map(|item| item.trim_matches([' ', '\t']))
        .collect()
}

/// A parameter that must end up with a value: required, or defaulted (`default` is the
/// schema's default as JSON text). `None` when a violation was recorded.
pub fn param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    schema: &'static Schema<'static>,
    default: Option<&'static str>,
) -> Option<T> {
    let value = if raw.is_empty() {
        match default {
            Some(default) => serde_json::from_str(default).ok()?,
            None => {
                violations.push(Invalid::Required.at(location));
                return None;
            }
        }
    } else {
        coerce_param(violations, location, raw, schema)?
    };
    typed(violations, location, value)
}

/// A required array of a delimited query style (`explode: false`, `spaceDelimited`,
/// `pipeDelimited`): `name=` with no items (`given`, `raw` empty) is the empty array, as
/// OpenAPI's style table writes `[]`, or, where the schema refuses that (`minItems`), the
/// array of one empty item, which is written the same; absent, it is missing, as [`param`]
/// says.
pub fn delimited_param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    given: bool,
    schema: &'static Schema<'static>,
) -> Option<T> {
    if !(raw.is_empty() && given) {
        return param(violations, location, raw, schema, None);
    }
    if let Some(value) = checked(
        &mut Violations::default(),
        location,
        Value::Array(Vec::new()),
        schema,
    ) {
        return typed(violations, location, value);
    }
    param(violations, location, &[""], schema, None)
}

/// A parameter whose value is JSON text (OpenAPI's `content: {application/json: …}`),
/// parsed and checked against its schema; `required` says whether its absence is a
/// violation. `Some(None)` when absent and optional, `None` when a violation was recorded.
pub fn json_param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    required: bool,
    schema: &'static Schema<'static>,
) -> Option<Option<T>> {
    let text = match raw {
        [] if required => {
            violations.push(Invalid::Required.at(location));
            return None;
        }
        [] => return Some(None),
        [text] => text,
        _ => {
            violations.push(Invalid::Repeated { given: raw.len() }.at(location));
            return None;
        }
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => {
            violations.push(Invalid::MalformedJson(&err).at(location));
            return None;
        }
    };
    let value = checked(violations, location, value, schema)?;
    typed(violations, location, value).map(Some)
}

/// `value` when it satisfies `schema` as a request's; else `None`, its violations recorded.
pub(super) fn checked(
    violations: &mut Violations,
    location: &str,
    value: Value,
    schema: &Schema,
) -> Option<Value> {
    let before = violations.len();
    schema.validate_as(
        crate::schema::Direction::Request,
        &value,
        location,
        violations,
    );
    (violations.len() == before).then_some(value)
}

/// A parameter that may be absent (`Some(None)`); `None` when a violation was recorded.
pub fn optional_param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    schema: &'static Schema<'static>,
) -> Option<Option<T>> {
    if raw.is_empty() {
        return Some(None);
    }
    let value = coerce_param(violations, location, raw, schema)?;
    typed(violations, location, value).map(Some)
}

/// Deserializes a value that passed validation into its generated type. A failure here means
/// the type and the schema disagree; it is reported as a violation rather than a 500.
pub fn typed<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    value: Value,
) -> Option<T> {
    match serde_json::from_value(value) {
        Ok(typed) => Some(typed),
        Err(err) => {
            violations.push(Invalid::Untyped(&err).at(location));
            None
        }
    }
}

/// Whether a parameter's strings are a value of its schema: the router tries the templates of
/// one route and literals whose path parameters' schemas tell them apart by this (the last
/// one tried reads its parameters, and answers their violations, itself).
pub fn param_fits(raw: &[&str], schema: &'static Schema<'static>) -> bool {
    !raw.is_empty() && coerce_param(&mut Violations::default(), "", raw, schema).is_some()
}

/// Turns the strings of a URL or header into the JSON value the schema describes, then
/// validates it. `None` when a violation was recorded.
fn coerce_param(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    schema: &'static Schema<'static>,
) -> Option<Value> {
    let value = match schema.primitive() {
        Some(Kind::Array(items)) => {
            if let Some(max) = items.max_items.filter(|max| raw.len() > *max) {
                // Refuse a flood of values before converting any of them.
                violations.push(
                    Invalid::TooManyValues {
                        max,
                        given: raw.len(),
                    }
                    .at(location),
                );
                return None;
            }
            Value::Array(raw.iter().map(|item| scalar(item, items.items)).collect())
        }
        _ => {
            if raw.len() > 1 {
                violations.push(Invalid::Repeated { given: raw.len() }.at(location));
                return None;
            }
            scalar(raw[0], schema)
        }
    };
    checked(violations, location, value, schema)
}

/// One string as the JSON scalar its schema wants; left a string when it does not parse, so
/// that validation names the problem. (A URL cannot carry `null`: an empty value is an
/// empty string, and a nullable parameter is null by being absent.)
pub(super) fn scalar(raw: &str, schema: &Schema) -> Value {
    let parsed = match schema.primitive() {
        Some(Kind::Integer(_)) => raw
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| raw.parse::<u64>().map(Value::from))
            .ok()
            .or_else(|| whole_decimal(raw))
            .or_else(|| saturated(raw)),
        Some(Kind::Number(_)) => raw
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Some(Kind::Boolean) => match raw {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => None,
    };
    parsed.unwrap_or_else(|| Value::String(raw.to_owned()))
}

/// A JSON number with no fraction (`3.0`, `2.5e3`) as the integer it is: JSON Schema's
/// `integer` is any number whose fractional part is zero. Only below 2^52, where a float
/// still tells a fraction from none (a request body's numbers arrive as floats).
pub(crate) fn whole(number: f64) -> Option<Value> {
    const LIMIT: f64 = 4_503_599_627_370_496.0;
    (number.is_finite() && number.fract() == 0.0 && (-LIMIT..LIMIT).contains(&number))
        .then(|| Value::from(number as i64))
}

/// A decimal written with a fraction or an exponent (`3.0`, `2.091328898284365e+16`) as the
/// integer it is, exactly, when its fraction is zero and 64 bits hold it.
fn whole_decimal(raw: &str) -> Option<Value> {
    let (sign, unsigned) = match raw.strip_prefix('-') {
        Some(rest) => (-1i128, rest),
        None => (1, raw.strip_prefix('+').unwrap_or(raw)),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i32>().ok()?),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() || !(whole.bytes().chain(fraction.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    // digits × 10^(exponent − fraction digits), with no fraction left.
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_start_matches('0');
    let shift = exponent - i32::try_from(fraction.len()).ok()?;
    let (digits, shift) = if shift < 0 {
        let cut = usize::try_from(-shift).ok()?;
        let kept = digits.len().saturating_sub(cut);
        if !digits[kept..].bytes().all(|b| b == b'0') {
            return None;
        }
        (&digits[..kept], 0)
    } else {
        (digits, shift)
    };
    if digits.len() + usize::try_from(shift).ok()? > 19 {
        return None;
    }
    let mut value: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    for _ in 0..shift {
        value *= 10;
    }
    i64::try_from(sign * value).ok().map(Value::from)
}

/// A whole number written with more digits than 64 bits hold, as the largest one: for the
/// unbounded counts a URL carries (a page number), "past anything" keeps its meaning, and a
/// `maximum` still refuses it.
fn saturated(raw: &str) -> Option<Value> {
    let digits = raw.strip_prefix('+').unwrap_or(raw);
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| Value::from(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{Items, Numeric, Text};

    static UUID: Schema = Schema {
        kind: Kind::String(Text {
            format: Some("uuid"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static IDS: Schema = Schema {
        kind: Kind::Array(Items {
            items: &UUID,
            min_items: None,
            max_items: Some(3),
            unique_items: false,
        }),
        ..Schema::ANY
    };
    static PAGE: Schema = Schema {
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
    static WHEN: Schema = Schema {
        nullable: true,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };

    const A: &str = "3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21";

    #[test]
    fn one_value_or_many_both_read_as_a_list() {
        let mut v = Violations::default();
        let one: Option<Vec<uuid::Uuid>> = param(&mut v, "query.ids", &[A], &IDS, Some("[]"));
        assert_eq!(one.map(|ids| ids.len()), Some(1));
        let two: Option<Vec<uuid::Uuid>> = param(&mut v, "query.ids", &[A, A], &IDS, Some("[]"));
        assert_eq!(two.map(|ids| ids.len()), Some(2));
        let none: Option<Vec<uuid::Uuid>> = param(&mut v, "query.ids", &[], &IDS, Some("[]"));
        assert_eq!(none, Some(vec![]));
        assert!(v.is_empty());
    }

    #[test]
    fn bad_items_and_floods_are_violations() {
        let mut v = Violations::default();
        let bad: Option<Vec<uuid::Uuid>> = param(&mut v, "query.ids", &[A, "nope"], &IDS, None);
        assert_eq!(bad, None);
        let flood: Option<Vec<uuid::Uuid>> = param(&mut v, "query.ids", &[A; 4], &IDS, None);
        assert_eq!(flood, None);
        let codes: Vec<(String, String)> = v
            .into_vec()
            .into_iter()
            .map(|e| (e.location, e.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("query.ids[1]".to_owned(), "format".to_owned()),
                ("query.ids".to_owned(), "max_items".to_owned())
            ]
        );
    }

    #[test]
    fn integers_are_parsed_and_checked() {
        let mut v = Violations::default();
        let page: Option<u64> = param(&mut v, "query.page", &["3"], &PAGE, Some("1"));
        assert_eq!(page, Some(3));
        let default: Option<u64> = param(&mut v, "query.page", &[], &PAGE, Some("1"));
        assert_eq!(default, Some(1));
        assert!(v.is_empty());
        for bad in ["0", "1.5", "two", ""] {
            let page: Option<u64> = param(&mut v, "query.page", &[bad], &PAGE, Some("1"));
            assert_eq!(page, None, "{bad:?}");
        }
        let twice: Option<u64> = param(&mut v, "query.page", &["1", "2"], &PAGE, None);
        assert_eq!(twice, None);
        assert_eq!(v.len(), 5);
        // A number with no fraction is the integer it is (JSON Schema's `integer`).
        let mut v = Violations::default();
        for (whole, read) in [
            ("3.0", 3),
            ("2.5e3", 2500),
            ("2.091328898284365e+16", 20_913_288_982_843_650),
            ("1500e-2", 15),
        ] {
            let page: Option<u64> = param(&mut v, "query.page", &[whole], &PAGE, None);
            assert_eq!(page, Some(read), "{whole}");
        }
        assert!(v.is_empty(), "{v:?}");
        // Not whole, or beyond 64 bits: no integer.
        for not in [
            "2.5",
            "1e-1",
            "-9223372036854775809",
            "1e19",
            "4611686018427387903.5",
            "1.e",
        ] {
            assert_eq!(whole_decimal(not), None, "{not}");
        }
        assert_eq!(
            whole_decimal("-9223372036854775808.0"),
            Some(Value::from(i64::MIN))
        );
    }

    #[test]
    fn a_nullable_parameter_is_null_by_absence_and_an_empty_value_is_checked() {
        let mut v = Violations::default();
        let absent: Option<Option<Option<chrono::DateTime<chrono::Utc>>>> =
            optional_param(&mut v, "query.since", &[], &WHEN);
        assert_eq!(absent, Some(None));
        assert!(v.is_empty());
        let empty: Option<Option<Option<chrono::DateTime<chrono::Utc>>>> =
            optional_param(&mut v, "query.since", &[""], &WHEN);
        assert_eq!(empty, None);
        assert_eq!(v.into_vec()[0].code, "format");
    }

    #[test]
    fn integers_too_long_for_64_bits_saturate_and_bounds_still_apply() {
        let mut v = Violations::default();
        let huge = "7516496809472660437204992";
        let page: Option<u64> = param(&mut v, "query.page", &[huge], &PAGE, None);
        assert_eq!(page, Some(u64::MAX));
        assert!(v.is_empty());
        let negative: Option<u64> = param(
            &mut v,
            "query.page",
            &["-7516496809472660437204992"],
            &PAGE,
            None,
        );
        assert_eq!(negative, None);
    }
}
