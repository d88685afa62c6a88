//! The request body: JSON, a form, or raw bytes of a documented media type, or one body
//! offered as several (JSON, a form, XML), read under the router's size limit and refused
//! (415) when sent as another media type.

use axum::body::Body;
use http::{HeaderMap, header};
use serde_json::Value;

use super::{
    query::field_value,
    rejections::{Invalid, Refusal},
    strict::parse_strict,
    xml::XmlShape,
};
use crate::{
    rejection::{Rejection, Violations},
    schema::{Kind, Schema},
};

/// Reads a request body of at most `limit` bytes (413 beyond).
async fn read_body(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<bytes::Bytes, Rejection> {
    let too_large = || Rejection::from(Refusal::TooLarge { limit });
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
    schema: &'static Schema<'static>,
) -> Result<Option<Value>, Rejection> {
    let bytes = read_body(headers, body, limit).await?;
    if bytes.is_empty() {
        if required {
            violations.push(Invalid::MissingJsonBody.at("body"));
        }
        return Ok(None);
    }
    if !is_json(headers) {
        return Err(Refusal::NotJson.into());
    }
    Ok(json_value(violations, &bytes).and_then(|value| validated(violations, value, schema)))
}

/// The JSON of a body, or `None` with a `malformed` violation.
fn json_value(violations: &mut Violations, bytes: &[u8]) -> Option<Value> {
    parse_strict(bytes)
        .map_err(|err| violations.push(Invalid::MalformedJson(&err).at("body")))
        .ok()
}

/// `value` when `schema` takes it (as a request body), else `None` with the violations
/// recorded.
fn validated(violations: &mut Violations, mut value: Value, schema: &Schema) -> Option<Value> {
    let validate = |value: &Value, into: &mut Violations| {
        schema.validate_as(crate::schema::Direction::Request, value, "body", into);
    };
    let mut found = Violations::default();
    validate(&value, &mut found);
    // Only a body the schema refuses is looked at again with its whole numbers as integers:
    // the valid ones, nearly all, pay nothing for it.
    if !found.is_empty() && whole_numbers(&mut value) {
        found = Violations::default();
        validate(&value, &mut found);
    }
    let valid = found.is_empty();
    violations.append(found);
    valid.then_some(value)
}

/// Every number of `value` written with a fraction of zero (`3.0`, `2.5e3`) as the integer
/// it is (JSON Schema's `integer` is any number whose fractional part is zero; the generated
/// types read integers from integer literals only); a `number` reads either. Whether any
/// changed.
fn whole_numbers(value: &mut Value) -> bool {
    match value {
        Value::Number(number) if number.is_f64() => {
            match number.as_f64().and_then(super::param::whole) {
                Some(whole) => {
                    *value = whole;
                    true
                }
                None => false,
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |changed, item| whole_numbers(item) | changed),
        Value::Object(members) => members
            .values_mut()
            .fold(false, |changed, member| whole_numbers(member) | changed),
        _ => false,
    }
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
    schema: &'static Schema<'static>,
) -> Result<Option<Value>, Rejection> {
    let bytes = read_body(headers, body, limit).await?;
    if bytes.is_empty() && !required {
        return Ok(None);
    }
    if !bytes.is_empty()
        && media_essence(headers).as_deref() != Some("application/x-www-form-urlencoded")
    {
        return Err(Refusal::NotForm.into());
    }
    Ok(validated(violations, form_value(&bytes, schema), schema))
}

/// A form's fields as the object `schema` describes: each the JSON value its property's
/// schema wants, a repeated key an array.
fn form_value(bytes: &[u8], schema: &Schema) -> Value {
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in form_urlencoded::parse(bytes) {
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
    Value::Object(object)
}

/// How a body of one media type is read into the value its schema describes.
#[derive(Debug)]
pub enum BodyReader {
    /// JSON by any name ([`is_json_media_type`]).
    Json,
    /// `application/x-www-form-urlencoded`: each field the JSON value its property's schema
    /// wants (a repeated key an array).
    Form,
    /// XML (`application/xml`, `text/xml`, `…+xml`), laid out as OpenAPI's `xml` objects say
    /// ([`XmlShape`]).
    Xml(&'static XmlShape<'static>),
}

/// The media types one request body may be sent as: how each is read, and the documented
/// names (what a 415 lists).
#[derive(Debug)]
pub struct BodyMedia {
    pub readers: &'static [BodyReader],
    pub documented: &'static [&'static str],
}

/// Reads a body that may be sent as any of several media types into one value, validated
/// against `schema` like a JSON body: each of `media`'s readers takes its own media type;
/// another is a 415 that lists the documented ones. A body that does not parse is a
/// `malformed` violation.
pub async fn body_of(
    violations: &mut Violations,
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    required: bool,
    schema: &'static Schema<'static>,
    media: &'static BodyMedia,
) -> Result<Option<Value>, Rejection> {
    let bytes = read_body(headers, body, limit).await?;
    let essence = media_essence(headers).unwrap_or_default();
    let reader = media.readers.iter().find(|reader| match reader {
        BodyReader::Json => is_json_media_type(&essence),
        BodyReader::Form => essence == "application/x-www-form-urlencoded",
        BodyReader::Xml(_) => is_xml_media_type(&essence),
    });
    // An empty form is a form with no fields (as `form_body` reads it), where one is required.
    let empty_form = matches!(reader, Some(BodyReader::Form)) && required;
    if bytes.is_empty() && !empty_form {
        if required {
            violations.push(Invalid::MissingBody.at("body"));
        }
        return Ok(None);
    }
    let value = match reader {
        None => {
            let media_types = media.documented;
            return Err(Refusal::Undocumented { media_types }.into());
        }
        Some(BodyReader::Json) => match json_value(violations, &bytes) {
            Some(value) => value,
            None => return Ok(None),
        },
        Some(BodyReader::Form) => form_value(&bytes, schema),
        Some(BodyReader::Xml(shape)) => {
            let read = std::str::from_utf8(&bytes)
                .map_err(|err| err.to_string())
                .and_then(|text| super::xml::read(text, schema, shape));
            match read {
                Ok(value) => value,
                Err(message) => {
                    violations.push(Invalid::MalformedXml(&message).at("body"));
                    return Ok(None);
                }
            }
        }
    };
    Ok(validated(violations, value, schema))
}

/// XML by its usual names: `application/xml`, `text/xml`, `…/…+xml`.
fn is_xml_media_type(essence: &str) -> bool {
    essence == "application/xml" || essence == "text/xml" || essence.ends_with("+xml")
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
            violations.push(Invalid::MissingBody.at("body"));
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
        return Err(Refusal::Undocumented { media_types }.into());
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

/// A media type without its parameters, lower case (`multipart/form-data; boundary=x` →
/// `multipart/form-data`).
pub(super) fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The request's media type without parameters, lower case.
fn media_essence(headers: &HeaderMap) -> Option<String> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    Some(essence(content_type))
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
    let essence = essence(content_type);
    essence == "application/json"
        || essence == "text/json"
        || essence.starts_with("application/") && essence.ends_with("+json")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::rejection::ProblemKind;

    #[test]
    fn numbers_with_no_fraction_are_integers() {
        let mut value = json!({"a": 3.0, "b": [2.5e3, 1.5, 7], "c": {"d": -0.0, "e": 1e300}});
        assert!(whole_numbers(&mut value));
        assert_eq!(
            value,
            json!({"a": 3, "b": [2500, 1.5, 7], "c": {"d": 0, "e": 1e300}})
        );
        assert!(value["a"].is_i64());
        assert!(
            !whole_numbers(&mut json!({"a": [1, 1.5, "2.0"]})),
            "nothing to change"
        );
    }

    static COUNT: Schema = Schema {
        kind: Kind::Integer(crate::schema::Numeric {
            format: None,
            minimum: None,
            maximum: None,
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };

    #[tokio::test]
    async fn a_whole_number_with_a_fraction_passes_as_an_integer_and_others_still_fail() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
        let mut v = Violations::default();
        let read = json_body(&mut v, &headers, Body::from("3.0"), 100, true, &COUNT).await;
        assert_eq!(read, Ok(Some(json!(3))));
        assert!(read.unwrap().unwrap().is_i64());
        assert!(v.is_empty());
        let refused = json_body(&mut v, &headers, Body::from("3.5"), 100, true, &COUNT).await;
        assert_eq!(refused, Ok(None));
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[tokio::test]
    async fn a_body_offered_as_several_media_types_is_read_by_its_own_and_refused_as_others() {
        static MEDIA: BodyMedia = BodyMedia {
            readers: &[
                BodyReader::Json,
                BodyReader::Form,
                BodyReader::Xml(&XmlShape::PLAIN),
            ],
            documented: &[
                "application/json",
                "application/x-www-form-urlencoded",
                "application/xml",
            ],
        };
        let read = |content_type: &'static str, body: &'static str| async move {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, content_type.parse().unwrap());
            let mut v = Violations::default();
            let read = body_of(
                &mut v,
                &headers,
                Body::from(body),
                100,
                true,
                &COUNT,
                &MEDIA,
            )
            .await;
            (
                read,
                v.into_vec().into_iter().map(|e| e.code).collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            read("application/json", "3.0").await,
            (Ok(Some(json!(3))), vec![])
        );
        assert_eq!(
            read("text/xml", "<n> 3 </n>").await,
            (Ok(Some(json!(3))), vec![])
        );
        assert_eq!(
            read("application/xml", "<n>3").await,
            (Ok(None), vec!["malformed".to_owned()])
        );
        assert_eq!(
            read("application/xml", "<n>x</n>").await,
            (Ok(None), vec!["type".to_owned()])
        );
        // An empty form is a form with no fields: not an integer, but not a missing body.
        assert_eq!(
            read("application/x-www-form-urlencoded", "").await,
            (Ok(None), vec!["type".to_owned()])
        );
        assert_eq!(
            read("application/xml", "").await,
            (Ok(None), vec!["required".to_owned()])
        );
        let (refused, _) = read("text/csv", "3").await;
        let refused = refused.unwrap_err();
        assert_eq!(refused.kind, ProblemKind::UnsupportedMediaType);
        assert_eq!(
            refused.detail,
            "The request body must be one of: application/json, \
             application/x-www-form-urlencoded, application/xml."
        );
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
}
