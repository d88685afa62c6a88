//! Reading a document's text (YAML 1.2, or JSON, which is YAML) into the JSON model the
//! generator works on, in document order, and remembering where each value starts in the
//! text, by JSON pointer, so that every diagnostic can say `file:line:column`.
//!
//! Scalars resolve by YAML 1.2's core schema (`yes` is a string, `1.0` a number); mapping
//! keys that are numbers or booleans (`200:` under `responses`) become their text; a key
//! given twice is an error; anchors and aliases expand (within saphyr's budget, so a
//! "billion laughs" document is refused, not expanded).

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use serde_json::Value;

use crate::pointer::{Location, Locations, escape_token};

/// How deep a document may nest (objects and arrays within one another), decided here once
/// for YAML and JSON alike: a deeper document is refused where it first goes deeper, and
/// every later stage (lowering, the checks, progenitor and typify, the emitters) may
/// recurse as deep as the document does. Real specs stay far below (the deepest of the
/// 2,639 APIs.guru specs nests 34 levels).
pub const MAX_NESTING: usize = 128;

/// Why the text is not a document: the message and, when known, where.
#[derive(Debug)]
pub(crate) struct ReadError {
    pub message: String,
    pub location: Option<Location>,
}

/// Reads one YAML document into JSON, with the location of every value.
pub(crate) fn read(text: &str) -> Result<(Value, Locations), ReadError> {
    // JSON (a YAML 1.2 document too) is read ten times faster by serde_json, and its places
    // by a scan of its own; anything serde_json refuses takes the YAML path, for YAML's
    // messages.
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
        && let Ok(value) = serde_json::from_str::<Value>(text)
    {
        let mut scan = JsonScan {
            text,
            at: 0,
            line: 1,
            column: 1,
            locations: Locations::new(),
        };
        scan.value(&mut String::new(), 0)?;
        return Ok((value, scan.locations));
    }
    // saphyr builds (and drops) its tree recursively: a document nested deeper than the limit
    // is refused from its events first, which saphyr's parser reads without recursing.
    nesting(text)?;
    let documents = MarkedYaml::load_from_str(text).map_err(|err| {
        let at = Location {
            line: saturate(err.marker().line()),
            column: saturate(err.marker().col() + 1),
            file: None,
        };
        // A `[` or `{` left open makes the parser fail further on, where the message would
        // send the reader to the wrong line: point at the bracket instead.
        match unclosed_bracket(text, &at) {
            Some((bracket, opened)) => ReadError {
                message: format!(
                    "`{bracket}` is never closed (the parser then found: {})",
                    err.info()
                ),
                location: Some(opened),
            },
            None => ReadError {
                message: err.info().to_owned(),
                location: Some(at),
            },
        }
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

/// The last `[` or `{` before `until` that is still open there, and where it is (quoted
/// scalars and comments skipped; block scalars are rare where a flow collection is open).
fn unclosed_bracket(text: &str, until: &Location) -> Option<(char, Location)> {
    let mut open: Vec<(char, Location)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = saturate(index + 1);
        if number > until.line {
            break;
        }
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (column, c) in line.chars().enumerate() {
            let column = saturate(column + 1);
            if number == until.line && column >= until.column {
                break;
            }
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if previous == ' ' || "[{,:".contains(previous) => {
                    quote = Some(c)
                }
                (None, '#') if previous == ' ' => break,
                (None, '[' | '{') => open.push((
                    c,
                    Location {
                        line: number,
                        column,
                        file: None,
                    },
                )),
                (None, ']' | '}') => {
                    open.pop();
                }
                _ => {}
            }
            previous = c;
        }
    }
    open.pop()
}

/// Finds where each value of a JSON text starts, for a text serde_json has read (so it is
/// well formed and at most 128 levels deep). A key given twice is refused, as in YAML.
struct JsonScan<'t> {
    text: &'t str,
    at: usize,
    line: u32,
    column: u32,
    locations: Locations,
}

impl JsonScan<'_> {
    fn peek(&self) -> u8 {
        self.text.as_bytes().get(self.at).copied().unwrap_or(0)
    }

    /// One byte on; columns count characters.
    fn bump(&mut self) {
        if self.peek() & 0xC0 != 0x80 {
            self.column += 1;
        }
        self.at += 1;
    }

    fn space(&mut self) {
        loop {
            match self.peek() {
                b'\n' => {
                    self.line += 1;
                    self.column = 1;
                    self.at += 1;
                }
                b' ' | b'\t' | b'\r' => self.bump(),
                _ if self.text[self.at..].starts_with('\u{feff}') => self.at += 3,
                _ => return,
            }
        }
    }

    fn value(&mut self, pointer: &mut String, depth: usize) -> Result<(), ReadError> {
        self.space();
        let here = Location {
            line: self.line,
            column: self.column,
            file: None,
        };
        if depth >= MAX_NESTING && matches!(self.peek(), b'{' | b'[') {
            return Err(too_deep(here));
        }
        if self
            .locations
            .insert(pointer.clone(), here.clone())
            .is_some()
        {
            return Err(ReadError {
                message: format!("duplicate key at {pointer}"),
                location: Some(here),
            });
        }
        match self.peek() {
            b'{' => {
                self.bump();
                loop {
                    self.space();
                    if self.peek() == b'}' {
                        self.bump();
                        return Ok(());
                    }
                    let key = self.string();
                    self.space();
                    self.bump(); // ':'
                    let length = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&escape_token(&key));
                    self.value(pointer, depth + 1)?;
                    pointer.truncate(length);
                    self.space();
                    if self.peek() == b',' {
                        self.bump();
                    }
                }
            }
            b'[' => {
                self.bump();
                let mut index = 0usize;
                loop {
                    self.space();
                    if self.peek() == b']' {
                        self.bump();
                        return Ok(());
                    }
                    let length = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&index.to_string());
                    self.value(pointer, depth + 1)?;
                    pointer.truncate(length);
                    index += 1;
                    self.space();
                    if self.peek() == b',' {
                        self.bump();
                    }
                }
            }
            b'"' => {
                self.string();
            }
            _ => {
                while !matches!(
                    self.peek(),
                    b',' | b'}' | b']' | b' ' | b'\n' | b'\t' | b'\r' | 0
                ) {
                    self.bump();
                }
            }
        }
        Ok(())
    }

    /// A string at `"`, decoded.
    fn string(&mut self) -> String {
        let start = self.at;
        self.bump();
        let mut escaped = false;
        while self.peek() != b'"' && self.at < self.text.len() {
            if self.peek() == b'\\' {
                escaped = true;
                self.bump();
            }
            self.bump();
        }
        self.bump();
        let quoted = &self.text[start..self.at];
        if escaped {
            serde_json::from_str(quoted).unwrap_or_default()
        } else {
            quoted[1..quoted.len() - 1].to_owned()
        }
    }
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

/// Refuses a YAML text nested deeper than [`MAX_NESTING`] where it first goes deeper. A text
/// the parser refuses is left to saphyr's loader, which says why.
fn nesting(text: &str) -> Result<(), ReadError> {
    use saphyr_parser::{Event, Parser};
    let mut depth = 0usize;
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else {
            return Ok(());
        };
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if depth >= MAX_NESTING {
                    return Err(too_deep(Location {
                        line: saturate(span.start.line()),
                        column: saturate(span.start.col() + 1),
                        file: None,
                    }));
                }
                depth += 1;
            }
            Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
            Event::DocumentEnd => depth = 0,
            _ => {}
        }
    }
    Ok(())
}

/// The refusal of a document nested deeper than [`MAX_NESTING`], where it goes deeper.
fn too_deep(here: Location) -> ReadError {
    ReadError {
        message: format!(
            "the document nests more than {MAX_NESTING} levels deep here (objects and arrays \
             within one another), deeper than the generator reads"
        ),
        location: Some(here),
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
    #[test]
    fn json_is_read_fast_with_the_same_value_and_places_as_yaml_gives() {
        let text = "{\n  \"a\": [1, {\"b/c\": \"x\\\"y\"}],\n  \"é\": {\"d\": null, \"e\": 1.5},\n  \"f\": \"\\u00e9\"\n}\n";
        let (value, locations) = read(text).expect("reads");
        // The YAML path, forced by a leading comment, agrees on every value and place.
        let (yaml_value, yaml_locations) = read(&format!("# yaml\n{text}")).expect("reads");
        assert_eq!(value, yaml_value);
        let shifted: Locations = yaml_locations
            .into_iter()
            .map(|(pointer, mut location)| {
                location.line -= 1;
                (pointer, location)
            })
            .collect();
        assert_eq!(locations, shifted);
        assert_eq!(
            locations
                .get("/a/1/b~1c")
                .map(ToString::to_string)
                .as_deref(),
            Some("2:20")
        );
        assert_eq!(
            locations.get("/é/e").map(ToString::to_string).as_deref(),
            Some("3:25")
        );

        let err = read("{\"a\": 1,\n \"a\": 2}").unwrap_err();
        assert!(err.message.contains("duplicate"), "{err:?}");
        assert_eq!(err.location.map(|l| (l.line, l.column)), Some((2, 7)));
    }
}
