//! Reading a document's text (YAML 1.2, or JSON, which is YAML) into the JSON model the
//! generator works on, in document order, and remembering where each value starts in the
//! text, by JSON pointer, so that every diagnostic can say `file:line:column`.
//!
//! Scalars resolve by YAML 1.2's core schema (`yes` is a string, `1.0` a number); mapping
//! keys that are numbers or booleans (`200:` under `responses`) become their text; a key
//! given twice is an error; anchors and aliases expand (within saphyr's budget, so a
//! "billion laughs" document is refused, not expanded).

use std::collections::BTreeMap;

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use serde_json::Value;

use crate::error::escape_token;

/// Where a value starts in the text: 1-based line and column (in characters), and the file
/// when it is not the document's root file (a multi-file spec, see `bundle.rs`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub line: u32,
    pub column: u32,
    /// The file the value was read from, when it is not the root document.
    pub file: Option<std::sync::Arc<String>>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The start of every value of a document, by JSON pointer (`""` is the root).
pub(crate) type Locations = BTreeMap<String, Location>;

/// Why the text is not a document: the message and, when known, where.
#[derive(Debug)]
pub(crate) struct ReadError {
    pub message: String,
    pub location: Option<Location>,
}

/// Reads one YAML document into JSON, with the location of every value.
pub(crate) fn read(text: &str) -> Result<(Value, Locations), ReadError> {
    let documents = MarkedYaml::load_from_str(text).map_err(|err| ReadError {
        message: err.info().to_owned(),
        location: Some(Location {
            line: saturate(err.marker().line()),
            column: saturate(err.marker().col() + 1),
            file: None,
        }),
    })?;
    let mut documents = documents.into_iter();
    let (Some(document), None) = (documents.next(), documents.next()) else {
        return Err(ReadError {
            message: "expected exactly one YAML document".to_owned(),
            location: None,
        });
    };
    let mut locations = Locations::new();
    let value = convert(&document, String::new(), &mut locations)?;
    Ok((value, locations))
}

/// A line or column as stored (a text of over 4 billion lines is not a spec).
fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn location(node: &MarkedYaml<'_>) -> Location {
    Location {
        line: saturate(node.span.start.line()),
        column: saturate(node.span.start.col() + 1),
        file: None,
    }
}

fn convert(
    node: &MarkedYaml<'_>,
    pointer: String,
    locations: &mut Locations,
) -> Result<Value, ReadError> {
    let here = location(node);
    let fail = |message: String| ReadError {
        message,
        location: Some(here.clone()),
    };
    let value = match &node.data {
        YamlData::Value(scalar) => scalar_value(scalar).map_err(fail)?,
        YamlData::Representation(text, _, _) => Value::String(text.to_string()),
        YamlData::Tagged(_, inner) => return convert(inner, pointer, locations),
        YamlData::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                out.push(convert(item, format!("{pointer}/{index}"), locations)?);
            }
            Value::Array(out)
        }
        YamlData::Mapping(entries) => {
            let mut out = serde_json::Map::with_capacity(entries.len());
            for (key, item) in entries {
                let key = key_text(key).map_err(|message| ReadError {
                    message,
                    location: Some(location(key)),
                })?;
                let child = format!("{pointer}/{}", escape_token(&key));
                out.insert(key, convert(item, child, locations)?);
            }
            Value::Object(out)
        }
        YamlData::Alias(_) => return Err(fail("an alias to an unknown anchor".to_owned())),
        YamlData::BadValue => return Err(fail("a value that is not valid YAML".to_owned())),
    };
    locations.insert(pointer, here);
    Ok(value)
}

fn scalar_value(scalar: &Scalar<'_>) -> Result<Value, String> {
    Ok(match scalar {
        Scalar::Null => Value::Null,
        Scalar::Boolean(flag) => Value::Bool(*flag),
        Scalar::Integer(number) => Value::from(*number),
        Scalar::FloatingPoint(number) => serde_json::Number::from_f64(number.into_inner())
            .map(Value::Number)
            .ok_or_else(|| format!("{number} has no JSON representation"))?,
        Scalar::String(text) => Value::String(text.to_string()),
    })
}

/// A mapping key as JSON wants it: text. Numbers and booleans become their text; anything
/// else is refused.
fn key_text(key: &MarkedYaml<'_>) -> Result<String, String> {
    match &key.data {
        YamlData::Value(Scalar::String(text)) => Ok(text.to_string()),
        YamlData::Value(Scalar::Integer(number)) => Ok(number.to_string()),
        YamlData::Value(Scalar::FloatingPoint(number)) => Ok(number.to_string()),
        YamlData::Value(Scalar::Boolean(flag)) => Ok(flag.to_string()),
        YamlData::Value(Scalar::Null) => Ok("null".to_owned()),
        YamlData::Representation(text, _, _) => Ok(text.to_string()),
        YamlData::Tagged(_, inner) => key_text(inner),
        _ => Err("a mapping key must be a string".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn scalars_resolve_by_the_core_schema_and_keys_become_text() {
        let text = "\
openapi: 3.0.3
flags: [yes, no, true, false, null, ~]
numbers: [1, -2, 0x10, 1.5, 1e3]
quoted: ['1', \"true\"]
responses:
  200: {description: ok}
  default: {}
";
        let (value, _) = read(text).expect("reads");
        assert_eq!(
            value,
            json!({
                "openapi": "3.0.3",
                "flags": ["yes", "no", true, false, null, null],
                "numbers": [1, -2, 16, 1.5, 1000.0],
                "quoted": ["1", "true"],
                "responses": {"200": {"description": "ok"}, "default": {}}
            })
        );
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["openapi", "flags", "numbers", "quoted", "responses"]);
    }

    #[test]
    fn every_value_has_its_line_and_column() {
        let text = "a:\n  b: [x, {c/d: 1}]\n  e: |\n    text\n";
        let (_, locations) = read(text).expect("reads");
        let at = |pointer: &str| locations.get(pointer).map(ToString::to_string);
        assert_eq!(at("").as_deref(), Some("1:1"));
        assert_eq!(at("/a/b").as_deref(), Some("2:6"));
        assert_eq!(at("/a/b/0").as_deref(), Some("2:7"));
        assert_eq!(at("/a/b/1/c~1d").as_deref(), Some("2:16"));
        // A block scalar starts where its text does.
        assert_eq!(at("/a/e").as_deref(), Some("4:5"));
    }

    #[test]
    fn anchors_expand_and_duplicates_and_syntax_errors_are_located() {
        let (value, _) = read("x: &s {type: string}\ny: *s\n").expect("reads");
        assert_eq!(value["y"], json!({"type": "string"}));

        let err = read("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert!(err.message.contains("duplicate"), "{err:?}");
        assert_eq!(err.location.as_ref().map(|l| l.line), Some(3));

        let err = read("openapi: [3.0.3\n").unwrap_err();
        assert!(err.location.is_some(), "{err:?}");

        let err = read("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(err.message.contains("one YAML document"), "{err:?}");
    }

    #[test]
    fn a_billion_laughs_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..10 {
            let previous = format!("*a{}", level - 1);
            let row = [previous.as_str(); 10].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{row}]\n"));
        }
        assert!(read(&text).is_err());
    }
}
