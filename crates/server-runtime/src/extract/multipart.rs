//! A `multipart/form-data` body (RFC 7578) read as the object its schema describes, to be
//! checked like any other body: each part's name is a property, a part given several times
//! is an array's items, a text part is read as its property's scalar (`type: integer` from
//! `7`), a JSON part (its `Content-Type`, or an object or array property) as JSON, a file
//! part as its text (a `format: binary` string). The implementation still gets the bytes
//! (`RawBody`); this only refuses what the schema refuses, as for JSON bodies.

use serde_json::{Map, Value};

use super::{RawBody, param::scalar, rejections::Invalid};
use crate::{
    rejection::Violations,
    schema::{Kind, Schema},
};

/// One part: its name, its media type, its bytes.
struct Part<'a> {
    name: String,
    media_type: Option<String>,
    bytes: &'a [u8],
}

/// Checks `body` against `schema` when it is `multipart/form-data` (a raw body of another
/// documented type, or none, is not read here), recording what is wrong under `body`.
pub fn check_multipart(
    violations: &mut Violations,
    body: Option<&RawBody>,
    schema: &'static Schema<'static>,
) {
    let Some(body) = body else {
        return;
    };
    if super::body::essence(&body.content_type) != "multipart/form-data" {
        return;
    }
    let parts = match parts(&body.content_type, &body.bytes) {
        Ok(parts) => parts,
        Err(why) => {
            violations.push(Invalid::MalformedMultipart(why).at("body"));
            return;
        }
    };
    let value = object(&parts, schema);
    schema.validate_as(
        crate::schema::Direction::Request,
        &value,
        "body",
        violations,
    );
}

/// The parts as the object the schema describes.
fn object(parts: &[Part<'_>], schema: &Schema<'_>) -> Value {
    let properties = match schema.primitive() {
        Some(Kind::Object(object)) => object.properties,
        _ => &[],
    };
    let mut names: Vec<&str> = Vec::new();
    for part in parts {
        if !names.contains(&part.name.as_str()) {
            names.push(&part.name);
        }
    }
    let mut map = Map::new();
    for name in names {
        let given: Vec<&Part<'_>> = parts.iter().filter(|part| part.name == name).collect();
        let property = properties.iter().find(|property| property.name == name);
        let value = match property.map(|property| property.schema) {
            Some(schema) => match schema.primitive() {
                Some(Kind::Array(items)) if !is_json_array(&given) => Value::Array(
                    given
                        .iter()
                        .map(|part| part_value(part, Some(items.items)))
                        .collect(),
                ),
                _ if given.len() == 1 => part_value(given[0], Some(schema)),
                _ => Value::Array(given.iter().map(|part| part_value(part, None)).collect()),
            },
            None if given.len() == 1 => part_value(given[0], None),
            None => Value::Array(given.iter().map(|part| part_value(part, None)).collect()),
        };
        map.insert(name.to_owned(), value);
    }
    // An array of no items is no parts at all (multipart cannot write it otherwise): a
    // required array not given is that empty array, and its `minItems` still applies.
    for property in properties {
        if property.required
            && matches!(property.schema.primitive(), Some(Kind::Array(_)))
            && !map.contains_key(property.name)
        {
            map.insert(property.name.to_owned(), Value::Array(Vec::new()));
        }
    }
    Value::Object(map)
}

/// Whether an array property is given as one JSON part (`[1, 2]`) rather than one part per
/// item.
fn is_json_array(given: &[&Part<'_>]) -> bool {
    matches!(given, [part] if is_json(part) && part.bytes.trim_ascii_start().starts_with(b"["))
}

fn is_json(part: &Part<'_>) -> bool {
    part.media_type
        .as_deref()
        .is_some_and(super::is_json_media_type)
}

/// One part's value: JSON where it is JSON (by its media type, or as an object or array
/// property's), else its text read as the schema's scalar.
fn part_value(part: &Part<'_>, schema: Option<&Schema<'_>>) -> Value {
    let structured = schema
        .is_some_and(|schema| matches!(schema.primitive(), Some(Kind::Object(_) | Kind::Array(_))));
    if (is_json(part) || structured)
        && let Ok(value) = serde_json::from_slice::<Value>(part.bytes)
    {
        return value;
    }
    let text = String::from_utf8_lossy(part.bytes);
    match schema {
        Some(schema) => scalar(&text, schema),
        None => Value::String(text.into_owned()),
    }
}

/// The body's parts, or what is wrong with it.
fn parts<'a>(content_type: &str, body: &'a [u8]) -> Result<Vec<Part<'a>>, &'static str> {
    let boundary = parameter(content_type, "boundary").ok_or("no boundary parameter")?;
    if boundary.is_empty() || boundary.len() > 70 {
        return Err("a boundary must be 1 to 70 characters");
    }
    let opening = format!("--{boundary}");
    let between = format!("\r\n--{boundary}");
    let start = find(body, opening.as_bytes()).ok_or("no opening boundary")?;
    let mut rest = &body[start + opening.len()..];
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return Ok(parts);
        }
        // Transport padding, then the line end.
        let padded = rest
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        rest = rest[padded..]
            .strip_prefix(b"\r\n")
            .ok_or("a boundary not followed by a line end")?;
        let end = find(rest, between.as_bytes()).ok_or("a part without a closing boundary")?;
        parts.push(part(&rest[..end])?);
        rest = &rest[end + between.len()..];
    }
}

/// One part: its headers (a `Content-Disposition: form-data` with a name is required), a
/// blank line, its bytes.
fn part(raw: &[u8]) -> Result<Part<'_>, &'static str> {
    let (head, bytes) = match raw.strip_prefix(b"\r\n") {
        Some(bytes) => (&b""[..], bytes),
        None => {
            let at =
                find(raw, b"\r\n\r\n").ok_or("a part without a blank line after its headers")?;
            (&raw[..at], &raw[at + 4..])
        }
    };
    let head = std::str::from_utf8(head).map_err(|_| "part headers that are not UTF-8")?;
    let (mut name, mut media_type) = (None, None);
    for line in head.split("\r\n") {
        let Some((key, value)) = line.split_once(':') else {
            return Err("a part header without a colon");
        };
        let key = key.trim();
        if key.eq_ignore_ascii_case("content-disposition") {
            if !value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("form-data")
            {
                return Err("a part that is not form-data");
            }
            name = parameter(value, "name");
        } else if key.eq_ignore_ascii_case("content-type") {
            media_type = Some(value.trim().to_owned());
        }
    }
    let name = name.ok_or("a part without a name")?;
    Ok(Part {
        name,
        media_type,
        bytes,
    })
}

/// A `; key=value` parameter of a header value, unquoted (`\"` and `\\` unescaped).
fn parameter(header: &str, key: &str) -> Option<String> {
    header.split(';').skip(1).find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case(key) {
            return None;
        }
        let value = value.trim();
        Some(
            match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                Some(quoted) => quoted.replace("\\\"", "\"").replace("\\\\", "\\"),
                None => value.to_owned(),
            },
        )
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(parts: &[(&str, Option<&str>, &str)]) -> Vec<u8> {
        let mut out = String::from("preamble\r\n");
        for (name, media, text) in parts {
            out.push_str(&format!(
                "--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"f\"\r\n"
            ));
            if let Some(media) = media {
                out.push_str(&format!("Content-Type: {media}\r\n"));
            }
            out.push_str(&format!("\r\n{text}\r\n"));
        }
        out.push_str("--XyZ--\r\n");
        out.into_bytes()
    }

    #[test]
    fn parts_are_read_by_name_with_their_media_types() {
        let bytes = body(&[
            ("a", None, "1"),
            ("b", Some("application/json"), "{\"x\": [1]}"),
            ("a", None, "two\r\nlines"),
        ]);
        let parts = parts("multipart/form-data; boundary=\"XyZ\"", &bytes).unwrap();
        let read: Vec<(&str, Option<&str>, &[u8])> = parts
            .iter()
            .map(|p| (p.name.as_str(), p.media_type.as_deref(), p.bytes))
            .collect();
        assert_eq!(
            read,
            [
                ("a", None, &b"1"[..]),
                ("b", Some("application/json"), &b"{\"x\": [1]}"[..]),
                ("a", None, &b"two\r\nlines"[..]),
            ]
        );
        let value = object(&parts, &Schema::ANY);
        assert_eq!(
            value,
            serde_json::json!({"a": ["1", "two\r\nlines"], "b": {"x": [1]}})
        );
    }

    #[test]
    fn a_required_array_given_no_parts_is_the_empty_array() {
        use crate::schema::{Access, Additional, Items, Object, Property};
        static FILE: Schema = Schema::ANY;
        static FILES: Schema = Schema {
            kind: Kind::Array(Items {
                items: &FILE,
                min_items: None,
                max_items: None,
                unique_items: false,
            }),
            ..Schema::ANY
        };
        static UPLOAD: Schema = Schema {
            kind: Kind::Object(Object {
                properties: &[
                    Property {
                        name: "files",
                        required: true,
                        access: Access::ReadWrite,
                        schema: &FILES,
                    },
                    Property {
                        name: "more",
                        required: false,
                        access: Access::ReadWrite,
                        schema: &FILES,
                    },
                ],
                additional: Additional::Allow,
                min_properties: None,
                max_properties: None,
            }),
            ..Schema::ANY
        };
        let bytes = body(&[("name", None, "v")]);
        let parts = parts("multipart/form-data; boundary=XyZ", &bytes).unwrap();
        assert_eq!(
            object(&parts, &UPLOAD),
            serde_json::json!({"name": "v", "files": []})
        );
    }

    #[test]
    fn what_is_not_multipart_is_said() {
        let cases: [(&str, &[u8], &str); 5] = [
            (
                "multipart/form-data",
                b"--a\r\n\r\nx\r\n--a--",
                "no boundary parameter",
            ),
            (
                "multipart/form-data; boundary=a",
                b"x",
                "no opening boundary",
            ),
            (
                "multipart/form-data; boundary=a",
                b"--a\r\n\r\nx",
                "a part without a closing boundary",
            ),
            (
                "multipart/form-data; boundary=a",
                b"--a\r\nX: y\r\n\r\nx\r\n--a--",
                "a part without a name",
            ),
            (
                "multipart/form-data; boundary=a",
                b"--a\r\nContent-Disposition: form-data; name=n\r\nx\r\n--a--",
                "a part without a blank line after its headers",
            ),
        ];
        for (content_type, bytes, why) in cases {
            assert_eq!(
                parts(content_type, bytes).err(),
                Some(why),
                "{content_type}"
            );
        }
    }
}
