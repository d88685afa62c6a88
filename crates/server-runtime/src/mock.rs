//! What a generated mock of an API calls: the `Prefer` header (`code=404`, `example=name`),
//! a seed per request, and values made from a schema or taken from the spec's examples.
//!
//! The generator writes, for any spec, a `mock` module with an implementation of the API's
//! trait whose every method answers from the spec, and [`layer`] puts it behind the same
//! generated router a real implementation gets: requests are validated and authenticated
//! exactly as there, and the mock's answers are checked against the spec like any other
//! (`RouterConfig::validate_responses`).

use axum::{
    Router,
    extract::{MatchedPath, Request},
    middleware::Next,
    response::Response,
};
use serde_json::{Map, Value};

use crate::{
    rejection::{ProblemKind, Rejection},
    schema::{Kind, Schema},
};

/// One operation's documented answers, for [`layer`]: each status as the spec writes it
/// (`"200"`, `"4XX"`, `"default"`) with the names of its examples.
#[derive(Debug)]
pub struct Documented {
    pub method: &'static str,
    pub path: &'static str,
    pub responses: &'static [(&'static str, &'static [&'static str])],
    /// The status answered when the request prefers none: the first success documented.
    pub default_code: u16,
}

/// What the request asked of the mock, and its seed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    /// `Prefer: code=404`.
    pub code: Option<u16>,
    /// `Prefer: example=name`.
    pub example: Option<String>,
    /// From the request's method, path and query and the mock's own seed: the same request
    /// gets the same answer.
    pub seed: u64,
}

tokio::task_local! {
    static CHOICE: Choice;
}

/// The current request's choice (the default outside a request).
pub fn choice() -> Choice {
    CHOICE.try_with(Clone::clone).unwrap_or_default()
}

/// Serves `router` (the generated router over the mock) with the `Prefer` header read, an
/// undocumented `code` or unknown `example` refused with 400 (`reject` writes the spec's
/// error body), and the request's seed set.
pub fn layer(
    router: Router,
    seed: u64,
    documented: &'static [Documented],
    reject: fn(Rejection) -> Response,
) -> Router {
    router.route_layer(axum::middleware::from_fn(
        move |path: Option<MatchedPath>, request: Request, next: Next| async move {
            let method = request.method().as_str().to_owned();
            let Some(operation) = path.as_ref().and_then(|path| {
                documented
                    .iter()
                    .find(|op| op.method == method && op.path == path.as_str())
            }) else {
                return next.run(request).await;
            };
            let (code, example) = match preferences(request.headers()) {
                Ok(preferred) => preferred,
                Err(message) => return reject(Rejection::new(ProblemKind::InvalidInput, message)),
            };
            if let Err(message) = check(operation, code, example.as_deref()) {
                return reject(Rejection::new(ProblemKind::InvalidInput, message));
            }
            let target = request
                .uri()
                .path_and_query()
                .map_or("", |target| target.as_str());
            let choice = Choice {
                code,
                example,
                seed: fnv(&[method.as_bytes(), target.as_bytes(), &seed.to_le_bytes()]),
            };
            CHOICE.scope(choice, next.run(request)).await
        },
    ))
}

/// `Prefer` headers' `code` and `example` (RFC 7240 preferences, comma-separated, in one
/// header or several; others are ignored).
fn preferences(headers: &http::HeaderMap) -> Result<(Option<u16>, Option<String>), String> {
    let mut code = None;
    let mut example = None;
    for value in headers.get_all("prefer") {
        let text = value
            .to_str()
            .map_err(|_| "The Prefer header is not text.".to_owned())?;
        for preference in text.split([',', ';']) {
            let Some((name, value)) = preference.trim().split_once('=') else {
                continue;
            };
            let value = value.trim().trim_matches('"');
            match name.trim().to_ascii_lowercase().as_str() {
                "code" => {
                    code = Some(
                        value
                            .parse::<u16>()
                            .ok()
                            .filter(|code| (100..=599).contains(code))
                            .ok_or_else(|| {
                                format!("Prefer: code={value} is not an HTTP status.")
                            })?,
                    );
                }
                "example" => example = Some(value.to_owned()),
                _ => {}
            }
        }
    }
    Ok((code, example))
}

/// Whether the operation documents the preferred code and example.
fn check(operation: &Documented, code: Option<u16>, example: Option<&str>) -> Result<(), String> {
    let status = code.unwrap_or(operation.default_code);
    let answers = operation.responses.iter().find(|(written, _)| {
        *written == status.to_string()
            || (written.len() == 3
                && written.ends_with("XX")
                && written.as_bytes()[0] == b'0' + (status / 100) as u8)
    });
    let answers = answers.or_else(|| {
        // `default` answers any status not documented by its code or range.
        operation
            .responses
            .iter()
            .find(|(written, _)| *written == "default")
    });
    let documented: Vec<&str> = operation
        .responses
        .iter()
        .map(|(written, _)| *written)
        .collect();
    let Some((_, examples)) = answers else {
        return Err(format!(
            "Prefer: code={status} is not documented for {} {}; documented: {}.",
            operation.method,
            operation.path,
            documented.join(", ")
        ));
    };
    match example {
        Some(name) if !examples.contains(&name) => Err(format!(
            "Prefer: example={name} is not an example of the {status} answer of {} {}; its examples: {}.",
            operation.method,
            operation.path,
            if examples.is_empty() {
                "none".to_owned()
            } else {
                examples.join(", ")
            }
        )),
        _ => Ok(()),
    }
}

/// The body of an answer of type `T`: the preferred example, else the first example, else a
/// value made from `schema` (tried with further seeds until it is one of `T`). A problem
/// details' `status` is the answer's status.
///
/// # Panics
/// When no value made from the schema is one of `T` (a schema the maker cannot satisfy: a
/// bug of this module, reported with the type's name).
pub fn typed<T: serde::de::DeserializeOwned>(
    schema: Option<&Schema>,
    examples: &[(&str, &str)],
    status: u16,
) -> T {
    let choice = choice();
    let picked = match &choice.example {
        Some(name) => examples.iter().find(|(example, _)| example == name),
        None => examples.first(),
    };
    if let Some((_, text)) = picked
        && let Ok(value) = serde_json::from_str::<T>(text)
    {
        return value;
    }
    let schema = schema.unwrap_or(&Schema::ANY);
    for attempt in 0..64u64 {
        let mut value = Maker::new(choice.seed.wrapping_add(attempt)).value(schema, 0);
        if let Value::Object(object) = &mut value
            && object.get("status").is_some_and(Value::is_u64)
        {
            object.insert("status".to_owned(), Value::from(status));
        }
        if let Ok(typed) = serde_json::from_value(value) {
            return typed;
        }
    }
    panic!(
        "the mock could not make a {} from its schema",
        std::any::type_name::<T>()
    )
}

/// A raw (not JSON-typed) answer's bytes: the preferred or first example's text, else none.
pub fn raw(examples: &[(&str, &str)]) -> bytes::Bytes {
    let choice = choice();
    let picked = match &choice.example {
        Some(name) => examples.iter().find(|(example, _)| example == name),
        None => examples.first(),
    };
    match picked.map(|(_, text)| serde_json::from_str::<Value>(text)) {
        Some(Ok(Value::String(text))) => bytes::Bytes::from(text),
        Some(_) => bytes::Bytes::from(picked.map_or("", |(_, text)| text).to_owned()),
        None => bytes::Bytes::new(),
    }
}

/// Makes JSON values that satisfy a schema, from a seed.
pub struct Maker {
    state: u64,
}

/// Deeper than this, optional properties are left out and arrays are as short as allowed
/// (recursive schemas end).
const DEPTH: usize = 4;

impl Maker {
    pub fn new(seed: u64) -> Self {
        Self {
            state: seed ^ 0x5851_f42d_4c95_7f2d,
        }
    }

    fn next(&mut self) -> u64 {
        // splitmix64
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 { 0 } else { self.next() % bound }
    }

    /// A value of `schema`.
    pub fn value(&mut self, schema: &Schema, depth: usize) -> Value {
        // `type: string` beside `allOf: [$ref: an enum]`: the part is the narrower, and its
        // values are strings too.
        if let Some(first) = schema.all_of.first()
            && !matches!(schema.kind, Kind::Any | Kind::Object(_) | Kind::Ref(_))
        {
            return self.value(first, depth);
        }
        let mut value = match &schema.kind {
            Kind::Any => match (schema.all_of.first(), schema.any_of.is_empty()) {
                // The first part's value; the parts' properties are merged in below.
                (Some(first), _) => self.value(first, depth),
                (None, false) => {
                    let part = self.below(schema.any_of.len() as u64) as usize;
                    self.value(schema.any_of[part], depth)
                }
                (None, true) => Value::Object(Map::new()),
            },
            Kind::Ref(target) => self.value(target, depth),
            Kind::Boolean => Value::Bool(self.below(2) == 1),
            Kind::Integer(numeric) => {
                let (low, high) = bounds(numeric, true);
                let span = (high - low).max(0.0) as u64;
                Value::from((low as i64).saturating_add(self.below(span.saturating_add(1)) as i64))
            }
            Kind::Number(numeric) => {
                let (low, high) = bounds(numeric, false);
                let fraction = self.below(1_000) as f64 / 1_000.0;
                let number = low + (high - low) * fraction;
                serde_json::Number::from_f64(number).map_or(Value::from(0), Value::Number)
            }
            Kind::String(text) => Value::String(self.string(text)),
            Kind::Array(items) => {
                let least = items.min_items.unwrap_or(0);
                let most = items.max_items.unwrap_or(usize::MAX);
                let wanted = if depth >= DEPTH {
                    least
                } else {
                    least.max(1 + self.below(2) as usize)
                };
                let count = wanted.min(most);
                Value::Array(
                    (0..count)
                        .map(|_| self.value(items.items, depth + 1))
                        .collect(),
                )
            }
            Kind::Object(object) => {
                let mut map = Map::new();
                for property in object.properties {
                    if property.required || depth < DEPTH {
                        map.insert(
                            property.name.to_owned(),
                            self.value(property.schema, depth + 1),
                        );
                    }
                }
                Value::Object(map)
            }
            Kind::OneOf(one_of) => match &one_of.discriminator {
                Some(discriminator) if !discriminator.mapping.is_empty() => {
                    let pick = self.below(discriminator.mapping.len() as u64) as usize;
                    let (name, part) = discriminator.mapping[pick];
                    let mut value = self.value(part, depth);
                    if let Value::Object(map) = &mut value {
                        map.insert(discriminator.property.to_owned(), Value::from(name));
                    }
                    value
                }
                _ if one_of.parts.is_empty() => Value::Null,
                _ => {
                    let pick = self.below(one_of.parts.len() as u64) as usize;
                    self.value(one_of.parts[pick], depth)
                }
            },
        };
        // `allOf` parts add their properties to an object.
        for part in schema.all_of {
            if let (Value::Object(map), Value::Object(more)) = (&mut value, self.value(part, depth))
            {
                for (key, item) in more {
                    map.entry(key).or_insert(item);
                }
            }
        }
        value
    }

    fn string(&mut self, text: &crate::schema::Text) -> String {
        if !text.enumeration.is_empty() {
            let pick = self.below(text.enumeration.len() as u64) as usize;
            return text.enumeration[pick].to_owned();
        }
        let n = self.below(10_000);
        let made = match text.format {
            Some("uuid") => {
                let bits = (u128::from(self.next()) << 64) | u128::from(self.next());
                uuid::Builder::from_random_bytes(bits.to_be_bytes())
                    .into_uuid()
                    .to_string()
            }
            Some("date-time") => {
                let at = chrono::DateTime::from_timestamp(
                    1_767_225_600 + self.below(31_536_000) as i64,
                    0,
                )
                .unwrap_or_default();
                at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            }
            Some("date") => {
                let at = chrono::DateTime::from_timestamp(
                    1_767_225_600 + self.below(31_536_000) as i64,
                    0,
                )
                .unwrap_or_default();
                at.format("%Y-%m-%d").to_string()
            }
            Some("email") => format!("user{n}@example.com"),
            Some("uri" | "url") => format!("https://example.com/{n}"),
            Some("hostname") => format!("host{n}.example.com"),
            Some("ipv4") => format!("192.0.2.{}", n % 256),
            Some("ipv6") => format!("2001:db8::{:x}", n),
            Some("byte") => "bW9jaw==".to_owned(),
            _ => format!("mock-{n}"),
        };
        let fitted = fit(made, text.min_length, text.max_length);
        match text.pattern {
            Some(pattern) if !pattern.matches(&fitted) => {
                if let Some(made) = from_pattern(pattern.source)
                    .map(|made| fit(made, text.min_length, text.max_length))
                    .filter(|made| pattern.matches(made))
                {
                    return made;
                }
                // A few shapes that common patterns accept; the first that matches and fits.
                let candidates = [
                    "a",
                    "abc",
                    "ABC",
                    "Abc1",
                    "a1",
                    "0",
                    "1",
                    "123",
                    "abc-123",
                    "a_b",
                    "A1B2C3",
                    "2026-01-01",
                    "+15555550100",
                    "user@example.com",
                    "https://example.com",
                ];
                candidates
                    .iter()
                    .map(|candidate| fit((*candidate).to_owned(), text.min_length, text.max_length))
                    .find(|candidate| pattern.matches(candidate))
                    .unwrap_or(fitted)
            }
            _ => fitted,
        }
    }
}

/// The shortest string the common subset of a regular expression accepts: literals,
/// escapes (`\d`, `\w`, `\s`, `\.`), classes with ranges (`[A-Za-z0-9_-]`, negated ones
/// too), groups with alternatives (the first is taken), anchors and quantifiers (`?`, `*`,
/// `+`, `{n}`, `{n,}`, `{n,m}`, each at its least, at least once). `None` for the rest
/// (lookarounds, back references); the caller checks the result against the pattern.
fn from_pattern(source: &str) -> Option<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut at = 0;
    let made = alternatives(&chars, &mut at)?;
    (at == chars.len()).then_some(made)
}

fn alternatives(chars: &[char], at: &mut usize) -> Option<String> {
    let first = sequence(chars, at)?;
    while chars.get(*at) == Some(&'|') {
        *at += 1;
        sequence(chars, at)?;
    }
    Some(first)
}

fn sequence(chars: &[char], at: &mut usize) -> Option<String> {
    let mut out = String::new();
    while let Some(&c) = chars.get(*at) {
        if c == '|' || c == ')' {
            break;
        }
        let unit = atom(chars, at)?;
        let times = quantifier(chars, at)?;
        for _ in 0..times {
            out.push_str(&unit);
        }
    }
    Some(out)
}

fn atom(chars: &[char], at: &mut usize) -> Option<String> {
    let c = *chars.get(*at)?;
    *at += 1;
    match c {
        '^' | '$' => Some(String::new()),
        '.' => Some("a".to_owned()),
        '(' => {
            if chars.get(*at) == Some(&'?') {
                // Only non-capturing groups: `(?:`.
                if chars.get(*at + 1) != Some(&':') {
                    return None;
                }
                *at += 2;
            }
            let inner = alternatives(chars, at)?;
            (chars.get(*at) == Some(&')')).then(|| *at += 1)?;
            Some(inner)
        }
        '[' => class(chars, at).map(String::from),
        '\\' => {
            let escaped = *chars.get(*at)?;
            *at += 1;
            Some(escape(escaped)?.to_string())
        }
        '*' | '+' | '?' | '{' | ')' | ']' => None,
        literal => Some(literal.to_string()),
    }
}

/// A character an escape stands for: a member of `\d`, `\w`, `\s`, or the literal.
fn escape(c: char) -> Option<char> {
    match c {
        'd' => Some('0'),
        'w' => Some('a'),
        's' => Some(' '),
        'D' | 'W' | 'S' => Some('-'),
        'b' | 'B' | '1'..='9' | 'p' | 'P' | 'k' => None,
        'n' => Some('\n'),
        't' => Some('\t'),
        other => Some(other),
    }
}

/// A member of a class `[...]` (after the `[`).
fn class(chars: &[char], at: &mut usize) -> Option<char> {
    let negated = chars.get(*at) == Some(&'^');
    if negated {
        *at += 1;
    }
    let mut ranges: Vec<(char, char)> = Vec::new();
    let mut first = true;
    loop {
        let c = *chars.get(*at)?;
        *at += 1;
        if c == ']' && !first {
            break;
        }
        first = false;
        let low = if c == '\\' {
            let escaped = *chars.get(*at)?;
            *at += 1;
            escape(escaped)?
        } else {
            c
        };
        if chars.get(*at) == Some(&'-') && chars.get(*at + 1).is_some_and(|c| *c != ']') {
            let high = chars[*at + 1];
            *at += 2;
            ranges.push((low, high));
        } else {
            ranges.push((low, low));
        }
    }
    if negated {
        "a0A_-x"
            .chars()
            .find(|c| !ranges.iter().any(|(low, high)| (low..=high).contains(&c)))
    } else {
        ranges.first().map(|(low, _)| *low)
    }
}

/// How many times the preceding unit repeats: the least its quantifier allows, at least
/// once where more are allowed.
fn quantifier(chars: &[char], at: &mut usize) -> Option<usize> {
    let times = match chars.get(*at) {
        Some('?' | '*' | '+') => {
            *at += 1;
            1
        }
        Some('{') => {
            let end = chars[*at..].iter().position(|c| *c == '}')? + *at;
            let inside: String = chars[*at + 1..end].iter().collect();
            *at = end + 1;
            let (least, most) = match inside.split_once(',') {
                Some((least, most)) => (
                    least.trim().parse::<usize>().ok()?,
                    most.trim().parse::<usize>().ok(),
                ),
                None => {
                    let exact = inside.trim().parse::<usize>().ok()?;
                    (exact, Some(exact))
                }
            };
            if least == 0 {
                most.map_or(1, |most| most.min(1))
            } else {
                least
            }
        }
        _ => return Some(1),
    };
    // A lazy (`?`) or possessive (`+`) marker after a quantifier changes nothing here.
    if matches!(chars.get(*at), Some('?' | '+')) {
        *at += 1;
    }
    Some(times)
}

/// Pads (with `x`) or cuts `text` to the length bounds, counted in characters.
fn fit(text: String, min: Option<usize>, max: Option<usize>) -> String {
    let mut text = text;
    let count = text.chars().count();
    if let Some(min) = min
        && count < min
    {
        text.extend(std::iter::repeat_n('x', min - count));
    }
    if let Some(max) = max
        && text.chars().count() > max
    {
        text = text.chars().take(max).collect();
    }
    text
}

/// The range a number is drawn from: the schema's bounds (exclusive ones stepped inside),
/// else 0 to 100 around what is given.
fn bounds(numeric: &crate::schema::Numeric, whole: bool) -> (f64, f64) {
    let step = if whole { 1.0 } else { 0.001 };
    let mut low = numeric.minimum.map(|m| {
        if numeric.exclusive_minimum {
            m + step
        } else {
            m
        }
    });
    let mut high = numeric.maximum.map(|m| {
        if numeric.exclusive_maximum {
            m - step
        } else {
            m
        }
    });
    if whole {
        low = low.map(f64::ceil);
        high = high.map(f64::floor);
    }
    match (low, high) {
        (Some(low), Some(high)) => (low, high.max(low)),
        (Some(low), None) => (low, low + 100.0),
        (None, Some(high)) => (if high >= 100.0 { 0.0 } else { high - 100.0 }, high),
        (None, None) => (0.0, 100.0),
    }
}

/// FNV-1a over the parts: stable across runs and Rust versions.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in *part {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        rejection::Violations,
        schema::{Additional, Items, Numeric, Object, Pattern, Property, Text},
    };

    static CODE: Pattern = Pattern::new("^[A-Z]{3}[0-9]$");
    static CODE_TEXT: Schema = Schema {
        kind: Kind::String(Text {
            format: None,
            min_length: Some(4),
            max_length: Some(4),
            pattern: Some(&CODE),
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static SHORT: Schema = Schema {
        kind: Kind::String(Text {
            format: None,
            min_length: Some(12),
            max_length: Some(12),
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static WHEN: Schema = Schema {
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static ID: Schema = Schema {
        kind: Kind::String(Text {
            format: Some("uuid"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static SCORE: Schema = Schema {
        kind: Kind::Integer(Numeric {
            format: Some("int32"),
            minimum: Some(-5.0),
            maximum: Some(5.0),
            exclusive_minimum: true,
            exclusive_maximum: false,
        }),
        ..Schema::ANY
    };
    static RATIO: Schema = Schema {
        kind: Kind::Number(Numeric {
            format: None,
            minimum: Some(0.0),
            maximum: Some(1.0),
            exclusive_minimum: false,
            exclusive_maximum: true,
        }),
        ..Schema::ANY
    };
    static TAGS: Schema = Schema {
        kind: Kind::Array(Items {
            items: &SHORT,
            min_items: Some(2),
            max_items: Some(3),
        }),
        ..Schema::ANY
    };
    static THING: Schema = Schema {
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "id",
                    required: true,
                    schema: &ID,
                },
                Property {
                    name: "at",
                    required: true,
                    schema: &WHEN,
                },
                Property {
                    name: "code",
                    required: true,
                    schema: &CODE_TEXT,
                },
                Property {
                    name: "score",
                    required: false,
                    schema: &SCORE,
                },
                Property {
                    name: "ratio",
                    required: true,
                    schema: &RATIO,
                },
                Property {
                    name: "tags",
                    required: true,
                    schema: &TAGS,
                },
            ],
            additional: Additional::Deny,
        }),
        ..Schema::ANY
    };

    #[test]
    fn made_values_satisfy_their_schema_and_repeat_by_seed() {
        for seed in 0..200 {
            let value = Maker::new(seed).value(&THING, 0);
            let mut violations = Violations::default();
            THING.validate(&value, "", &mut violations);
            assert!(violations.is_empty(), "seed {seed}: {value} {violations:?}");
            assert_eq!(value, Maker::new(seed).value(&THING, 0), "deterministic");
        }
        assert_ne!(
            Maker::new(1).value(&THING, 0),
            Maker::new(2).value(&THING, 0)
        );
    }

    #[test]
    fn prefer_reads_code_and_example_and_refuses_what_is_not_documented() {
        let mut headers = http::HeaderMap::new();
        headers.insert("prefer", "code=404, example=\"gone\"".parse().unwrap());
        assert_eq!(
            preferences(&headers),
            Ok((Some(404), Some("gone".to_owned())))
        );
        headers.insert("prefer", "code=teapot".parse().unwrap());
        assert!(preferences(&headers).is_err());
        static OPERATION: Documented = Documented {
            method: "GET",
            path: "/things/{id}",
            responses: &[("200", &[]), ("404", &["gone"]), ("5XX", &[])],
            default_code: 200,
        };
        assert!(check(&OPERATION, Some(404), Some("gone")).is_ok());
        assert!(check(&OPERATION, Some(503), None).is_ok(), "in 5XX");
        let undocumented = check(&OPERATION, Some(418), None).unwrap_err();
        assert!(undocumented.contains("200, 404, 5XX"), "{undocumented}");
        let unknown = check(&OPERATION, Some(404), Some("nope")).unwrap_err();
        assert!(unknown.contains("gone"), "{unknown}");
        assert!(
            check(&OPERATION, None, Some("gone")).is_err(),
            "200 has no examples"
        );
    }

    #[test]
    fn strings_are_made_for_common_patterns() {
        for source in [
            "^[A-Z]{3}[0-9]$",
            "^[a-zA-Z0-9_-]+$",
            "^\\d{4}-\\d{2}-\\d{2}$",
            "^(?:https?|ftp)://[^\\s/$.?#].[^\\s]*$",
            "^[^@]+@[^@]+\\.[a-z]{2,}$",
            "^(red|green)-\\w{2,5}$",
            "^\\+?[1-9]\\d{1,14}$",
        ] {
            let made = from_pattern(source).unwrap_or_else(|| panic!("{source}: nothing made"));
            let pattern = regress::Regex::new(source).unwrap();
            assert!(pattern.find(&made).is_some(), "{source}: {made:?}");
        }
        assert_eq!(
            from_pattern("^(?=a)b$"),
            None,
            "lookarounds are left to the caller"
        );
    }
}
