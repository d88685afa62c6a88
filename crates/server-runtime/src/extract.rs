//! Reading a request the way its schema says: the API key, path/query/header parameters as
//! JSON values checked against their schemas, and the JSON body, under a size limit.

use axum::body::Body;
use http::{HeaderMap, header};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{
    rejection::{FieldError, ProblemKind, Rejection, Violations},
    schema::{Kind, Schema},
};

/// The decoded query string: every `key=value` pair in order, repeated keys kept.
#[derive(Debug, Default)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Decodes `application/x-www-form-urlencoded` (`+` is a space, `%XX` a byte; bytes that
    /// are not UTF-8 become U+FFFD and then fail any format they were meant to have).
    pub fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|raw| {
                form_urlencoded::parse(raw.as_bytes())
                    .map(|(key, value)| (key.into_owned(), value.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Self { pairs }
    }

    /// Every value given for `name`, in order.
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// The values of an array parameter whose items travel in one value split by `separator`
    /// (`explode: false` `,`, `spaceDelimited`, `pipeDelimited`); repeated keys are read
    /// too, as the generated client sends them.
    pub fn delimited(&self, name: &str, separator: char) -> Vec<&str> {
        self.values(name)
            .into_iter()
            .flat_map(|value| value.split(separator))
            .collect()
    }

    /// An object parameter: `name[key]=value` pairs (`deepObject`), and for each property of
    /// the schema not given so, its bare key (`form`, exploded, as the generated client sends
    /// objects). Each value is read as its property's schema wants; `None` when no key is
    /// there.
    pub fn object(&self, name: &str, schema: &'static Schema) -> Option<Value> {
        let properties = match schema.primitive() {
            Some(Kind::Object(object)) => object.properties,
            _ => &[],
        };
        let mut given: Vec<(&str, Vec<&str>)> = Vec::new();
        for (key, value) in &self.pairs {
            let inner = key
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix('['))
                .and_then(|rest| rest.strip_suffix(']'));
            if let Some(inner) = inner {
                match given.iter_mut().find(|(known, _)| *known == inner) {
                    Some((_, values)) => values.push(value),
                    None => given.push((inner, vec![value])),
                }
            }
        }
        for property in properties {
            if given.iter().all(|(known, _)| *known != property.name) {
                let values = self.values(property.name);
                if !values.is_empty() {
                    given.push((property.name, values));
                }
            }
        }
        if given.is_empty() {
            return None;
        }
        let mut object = serde_json::Map::new();
        for (key, values) in given {
            let value = field_value(properties, key, &values);
            object.insert(key.to_owned(), value);
        }
        Some(Value::Object(object))
    }
}

/// The values given for one field of an object (a form body, an object parameter) as the JSON
/// value its property's schema wants: an array for an array property, else the one value
/// (a string where the schema says nothing or it is given several times).
fn field_value(properties: &[crate::schema::Property], key: &str, values: &[&str]) -> Value {
    let property = properties.iter().find(|property| property.name == key);
    match property.map(|property| (property.schema, property.schema.primitive())) {
        Some((_, Some(Kind::Array(items)))) => Value::Array(
            values
                .iter()
                .map(|value| scalar(value, items.items))
                .collect(),
        ),
        Some((schema, _)) if values.len() == 1 => scalar(values[0], schema),
        _ if values.len() == 1 => Value::String(values[0].to_owned()),
        _ => Value::Array(
            values
                .iter()
                .map(|value| Value::String((*value).to_owned()))
                .collect(),
        ),
    }
}

/// An object parameter read by [`Query::object`], validated and typed: `None` when a violation
/// was recorded (a required one that is absent, too), `Some(None)` when absent.
pub fn object_param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    value: Option<Value>,
    schema: &'static Schema,
    required: bool,
) -> Option<Option<T>> {
    let Some(value) = value else {
        if required {
            violations.push(FieldError::new(location, "required", "is required"));
            return None;
        }
        return Some(None);
    };
    let before = violations.len();
    schema.validate(&value, location, violations);
    if violations.len() != before {
        return None;
    }
    typed(violations, location, value).map(Some)
}

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
                violations.push(FieldError::new(
                    &format!("header.{name}"),
                    "type",
                    "must be visible ASCII",
                ));
                None
            }
        })
        .collect()
}

/// A parameter that must end up with a value: required, or defaulted (`default` is the
/// schema's default as JSON text). `None` when a violation was recorded.
pub fn param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    schema: &'static Schema,
    default: Option<&'static str>,
) -> Option<T> {
    let value = if raw.is_empty() {
        match default {
            Some(default) => serde_json::from_str(default).ok()?,
            None => {
                violations.push(FieldError::new(location, "required", "is required"));
                return None;
            }
        }
    } else {
        coerce_param(violations, location, raw, schema)?
    };
    typed(violations, location, value)
}

/// A parameter that may be absent (`Some(None)`); `None` when a violation was recorded.
pub fn optional_param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    schema: &'static Schema,
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
            violations.push(FieldError::new(location, "type", &err.to_string()));
            None
        }
    }
}

/// Turns the strings of a URL or header into the JSON value the schema describes, then
/// validates it. `None` when a violation was recorded.
fn coerce_param(
    violations: &mut Violations,
    location: &str,
    raw: &[&str],
    schema: &'static Schema,
) -> Option<Value> {
    let before = violations.len();
    let value = match schema.primitive() {
        Some(Kind::Array(items)) => {
            if let Some(max) = items.max_items.filter(|max| raw.len() > *max) {
                // Refuse a flood of values before converting any of them.
                violations.push(FieldError::new(
                    location,
                    "max_items",
                    &format!("must have at most {max} values, has {}", raw.len()),
                ));
                return None;
            }
            Value::Array(raw.iter().map(|item| scalar(item, items.items)).collect())
        }
        _ => {
            if raw.len() > 1 {
                violations.push(FieldError::new(
                    location,
                    "type",
                    &format!("must be given once, was given {} times", raw.len()),
                ));
                return None;
            }
            scalar(raw[0], schema)
        }
    };
    schema.validate(&value, location, violations);
    (violations.len() == before).then_some(value)
}

/// One string as the JSON scalar its schema wants; left a string when it does not parse, so
/// that validation names the problem. (A URL cannot carry `null`: an empty value is an
/// empty string, and a nullable parameter is null by being absent.)
fn scalar(raw: &str, schema: &Schema) -> Value {
    let parsed = match schema.primitive() {
        Some(Kind::Integer(_)) => raw
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| raw.parse::<u64>().map(Value::from))
            .ok()
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

/// A whole number written with more digits than 64 bits hold, as the largest one: for the
/// unbounded counts a URL carries (a page number), "past anything" keeps its meaning, and a
/// `maximum` still refuses it.
fn saturated(raw: &str) -> Option<Value> {
    let digits = raw.strip_prefix('+').unwrap_or(raw);
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| Value::from(u64::MAX))
}

/// Reads a request body of at most `limit` bytes (413 beyond).
async fn read_body(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<bytes::Bytes, Rejection> {
    let too_large = || {
        Rejection::new(
            ProblemKind::PayloadTooLarge,
            format!("The request body is larger than {limit} bytes."),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(too_large());
    }
    axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| too_large())
}

/// Reads a JSON request body of at most `limit` bytes and validates it against `schema`.
///
/// `Err` for the answers that stop everything (413, 415); violations (no body where one is
/// required, malformed JSON, schema violations) are recorded and give `None`.
pub async fn json_body(
    violations: &mut Violations,
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    required: bool,
    schema: &'static Schema,
) -> Result<Option<Value>, Rejection> {
    let bytes = read_body(headers, body, limit).await?;
    if bytes.is_empty() {
        if required {
            violations.push(FieldError::new(
                "body",
                "required",
                "a JSON body is required",
            ));
        }
        return Ok(None);
    }
    if !is_json(headers) {
        return Err(Rejection::new(
            ProblemKind::UnsupportedMediaType,
            "The request body must be application/json.",
        ));
    }
    let value: Value = match parse_strict(&bytes) {
        Ok(value) => value,
        Err(err) => {
            violations.push(FieldError::new(
                "body",
                "malformed",
                &format!("is not valid JSON: {err}"),
            ));
            return Ok(None);
        }
    };
    let before = violations.len();
    schema.validate(&value, "body", violations);
    Ok((violations.len() == before).then_some(value))
}

/// Reads an `application/x-www-form-urlencoded` body: each field becomes the JSON value its
/// property's schema wants (a repeated key an array), then the object is validated against
/// `schema` like a JSON body.
pub async fn form_body(
    violations: &mut Violations,
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    required: bool,
    schema: &'static Schema,
) -> Result<Option<Value>, Rejection> {
    let bytes = read_body(headers, body, limit).await?;
    if bytes.is_empty() && !required {
        return Ok(None);
    }
    if !bytes.is_empty()
        && media_essence(headers).as_deref() != Some("application/x-www-form-urlencoded")
    {
        return Err(Rejection::new(
            ProblemKind::UnsupportedMediaType,
            "The request body must be application/x-www-form-urlencoded.",
        ));
    }
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in form_urlencoded::parse(&bytes) {
        match fields.iter_mut().find(|(known, _)| *known == key) {
            Some((_, values)) => values.push(value.into_owned()),
            None => fields.push((key.into_owned(), vec![value.into_owned()])),
        }
    }
    let properties = match schema.primitive() {
        Some(Kind::Object(object)) => object.properties,
        _ => &[],
    };
    let mut object = serde_json::Map::new();
    for (key, values) in fields {
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        let value = field_value(properties, &key, &values);
        object.insert(key, value);
    }
    let value = Value::Object(object);
    let before = violations.len();
    schema.validate(&value, "body", violations);
    Ok((violations.len() == before).then_some(value))
}

/// A request body that is not JSON: its media type and bytes, for the implementation to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawBody {
    pub content_type: String,
    pub bytes: bytes::Bytes,
}

/// Reads a body of one of the documented media types (`type/*` and `*/*` cover theirs), or
/// `application/octet-stream`, which the generated client sends for raw bodies; 415 for
/// another type.
pub async fn raw_body(
    violations: &mut Violations,
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    required: bool,
    media_types: &'static [&'static str],
) -> Result<Option<RawBody>, Rejection> {
    let bytes = read_body(headers, body, limit).await?;
    if bytes.is_empty() {
        if required {
            violations.push(FieldError::new("body", "required", "a body is required"));
        }
        return Ok(None);
    }
    let essence = media_essence(headers).unwrap_or_else(|| "application/octet-stream".to_owned());
    let accepted = essence == "application/octet-stream"
        || media_types.iter().any(|media| {
            let media = media.to_ascii_lowercase();
            media == essence
                || media == "*/*"
                || media
                    .strip_suffix("/*")
                    .is_some_and(|kind| essence.split('/').next() == Some(kind))
        });
    if !accepted {
        return Err(Rejection::new(
            ProblemKind::UnsupportedMediaType,
            format!(
                "The request body must be one of: {}.",
                media_types.join(", ")
            ),
        ));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_owned();
    Ok(Some(RawBody {
        content_type,
        bytes,
    }))
}

/// The request's media type without parameters, lower case.
fn media_essence(headers: &HeaderMap) -> Option<String> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    Some(
        content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase(),
    )
}

/// Parses a JSON document, refusing an object that repeats a key: parsers disagree on which
/// of two values wins, and a request that means different things to different readers is
/// refused rather than guessed at. Nesting deeper than serde_json's limit (128) is refused too.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    use serde::Deserialize as _;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = StrictValue::deserialize(&mut deserializer)?.0;
    deserializer.end()?;
    Ok(value)
}

struct StrictValue(Value);

impl<'de> serde::Deserialize<'de> for StrictValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = StrictValue;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::from(v)))
    }

    fn visit_u64<E>(self, v: u64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::from(v)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<StrictValue, E> {
        Ok(StrictValue(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }

    fn visit_str<E>(self, v: &str) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v)))
    }

    fn visit_unit<E>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }

    fn visit_none<E>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(StrictValue(Value::Array(items)))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<StrictValue, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let StrictValue(value) = map.next_value()?;
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "the key {key:?} appears twice"
                )));
            }
            object.insert(key, value);
        }
        Ok(StrictValue(Value::Object(object)))
    }
}

/// Whether the request says its body is JSON (see [`is_json_media_type`]).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_json_media_type)
}

/// JSON by any name the generator reads as JSON: `application/json`, `text/json` or
/// `application/<anything>+json`, with or without parameters, in any case. The generator
/// decides the same set (codegen's `openapi::media_kind`); the bodies fixture's `text/json`
/// operation holds the two together over HTTP.
pub fn is_json_media_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || essence == "text/json"
        || essence.starts_with("application/") && essence.ends_with("+json")
}

/// What an implementation's authentication hook says of a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthError {
    /// Unknown, revoked or malformed: 401.
    Rejected,
    /// The store of keys cannot be reached: 503.
    Unavailable,
    /// Anything else: 500 (the detail goes to the log, never to the client).
    Internal,
}

impl From<AuthError> for Rejection {
    fn from(err: AuthError) -> Self {
        match err {
            AuthError::Rejected => Rejection::new(
                ProblemKind::Unauthorized,
                "The API key is unknown or revoked.",
            ),
            AuthError::Unavailable => Rejection::new(
                ProblemKind::Unavailable,
                "The service cannot check API keys right now; retry later.",
            ),
            AuthError::Internal => {
                Rejection::new(ProblemKind::Internal, "An unexpected error occurred.")
            }
        }
    }
}

/// The path parameters of a matched route, percent-decoded; a 400 when one is not UTF-8.
pub async fn path_values(
    parts: &mut http::request::Parts,
) -> Result<Vec<(String, String)>, Rejection> {
    use axum::extract::FromRequestParts;
    let raw = axum::extract::RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|_| {
            let mut violations = Violations::default();
            violations.push(FieldError::new(
                "path",
                "format",
                "must be percent-encoded UTF-8",
            ));
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

#[cfg(test)]
mod tests {
    use serde_json::json;

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
    };

    const A: &str = "3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21";

    #[test]
    fn query_keeps_repeated_keys_and_decodes() {
        let query = Query::parse(Some("ids=a&x=1&ids=b%20c&ids=d+e"));
        assert_eq!(query.values("ids"), ["a", "b c", "d e"]);
        assert_eq!(query.values("missing"), Vec::<&str>::new());
    }

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

    #[tokio::test]
    async fn bodies_over_the_limit_or_not_json_stop_early() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
        let mut v = Violations::default();
        let big = Body::from(vec![b' '; 100]);
        let err = json_body(&mut v, &headers, big, 10, true, &Schema::ANY).await;
        assert_eq!(err.unwrap_err().kind, ProblemKind::PayloadTooLarge);

        headers.insert(header::CONTENT_TYPE, "text/plain".parse().unwrap());
        let err = json_body(&mut v, &headers, Body::from("{}"), 10, true, &Schema::ANY).await;
        assert_eq!(err.unwrap_err().kind, ProblemKind::UnsupportedMediaType);

        headers.insert(
            header::CONTENT_TYPE,
            "application/json; charset=utf-8".parse().unwrap(),
        );
        let ok = json_body(
            &mut v,
            &headers,
            Body::from("{\"a\":1}"),
            10,
            true,
            &Schema::ANY,
        )
        .await;
        assert_eq!(ok, Ok(Some(json!({"a": 1}))));

        let malformed = json_body(
            &mut v,
            &headers,
            Body::from("{\"a\""),
            10,
            true,
            &Schema::ANY,
        )
        .await;
        assert_eq!(malformed, Ok(None));
        let missing = json_body(&mut v, &headers, Body::empty(), 10, true, &Schema::ANY).await;
        assert_eq!(missing, Ok(None));
        let codes: Vec<String> = v.into_vec().into_iter().map(|e| e.code).collect();
        assert_eq!(codes, ["malformed", "required"]);
    }

    #[test]
    fn strict_parsing_refuses_repeated_keys_and_deep_nesting() {
        assert_eq!(
            parse_strict(br#"{"a": [1, {"b": null}], "c": "x"}"#).unwrap(),
            json!({"a": [1, {"b": null}], "c": "x"})
        );
        let twice = parse_strict(br#"{"title": "a", "title": 5}"#).unwrap_err();
        assert!(twice.to_string().contains("appears twice"), "{twice}");
        assert!(parse_strict(br#"{"a": {"b": 1, "b": 2}}"#).is_err());
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(
            parse_strict(deep.as_bytes()).is_err(),
            "no stack overflow, an error"
        );
        assert!(parse_strict(b"{} {}").is_err(), "one document only");
        assert!(parse_strict(b"\xff").is_err());
    }
}
