//! The bodies the mock answers: the spec's examples, else values made from the schema, with
//! what the request said repeated in them ([`Facts`]).

use serde::Serialize;
use serde_json::Value;

use super::{Maker, choice};
use crate::schema::{Kind, Schema, Violations};

/// What a request says that a realistic success repeats: its path's parameters, and the page
/// of a paginated list it asks for.
///
/// A success's object gets each path parameter in the property of the same name, when it has
/// one of that JSON type and the value still satisfies the schema; a template that ends with
/// a parameter also names the resource's `id` (`GET /pets/{petId}` answers a pet whose `id`
/// is the path's). The items of a list get every echo but `id` (each item is its own).
#[derive(Debug, Default)]
pub struct Facts {
    echo: Vec<(&'static str, Value)>,
    page: Option<Page>,
}

/// One page of a list of [`Page::total`] items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// The page's first item, counted from 0.
    pub offset: u64,
    /// The most items a page holds.
    pub size: u64,
    /// How many items the mock's list has: two and a half pages at the spec's default page
    /// size (25 at a default of 10), so that a client walking the pages sees full pages, a
    /// short last page, then empty ones.
    pub total: u64,
}

/// The size of a list whose page size has no default: 25, as at a default of 10.
const PAGE_SIZE: u64 = 10;

impl Facts {
    pub fn new() -> Self {
        Self::default()
    }

    /// Repeat `value` in a success's property `name`.
    #[must_use]
    pub fn echo(mut self, name: &'static str, value: &impl Serialize) -> Self {
        if let Ok(value) = serde_json::to_value(value) {
            self.echo.push((name, value));
        }
        self
    }

    /// The page a page-number paginated list asks for: the request's page number and size
    /// (absent: the first page, `first`, and the default size), the spec's default size
    /// (`None`: 10).
    #[must_use]
    pub fn page(
        mut self,
        number: &impl Serialize,
        size: &impl Serialize,
        first: u64,
        default_size: Option<u64>,
    ) -> Self {
        let (size, default_size) = sizes(size, default_size);
        let number = serde_json::to_value(number)
            .ok()
            .and_then(|value| value.as_u64())
            .unwrap_or(first);
        self.page = Some(Page {
            offset: number.saturating_sub(first).saturating_mul(size),
            size,
            total: default_size * 5 / 2,
        });
        self
    }

    /// The page a cursor-paginated list asks for: the mock's cursors are the offset of the
    /// page's first item (absent, or not a number: the first page), the size the request's
    /// (absent: the spec's default, `None`: 10).
    #[must_use]
    pub fn cursor_page(
        mut self,
        cursor: &impl Serialize,
        size: &impl Serialize,
        default_size: Option<u64>,
    ) -> Self {
        let (size, default_size) = sizes(size, default_size);
        let offset = match serde_json::to_value(cursor) {
            Ok(Value::String(text)) => text.parse().ok(),
            Ok(value) => value.as_u64(),
            Err(_) => None,
        };
        self.page = Some(Page {
            offset: offset.unwrap_or(0),
            size,
            total: default_size * 5 / 2,
        });
        self
    }

    /// A cursor-paginated list's `Link` to its next page while items remain:
    /// `<path?param=offset>; rel="next"`, `path` the operation's template with the request's
    /// path parameters in it.
    pub fn next_link(&self, path: &str, param: &str) -> Option<String> {
        let page = self.page?;
        let next = page.offset.checked_add(page.size.max(1))?;
        if next >= page.total {
            return None;
        }
        let mut path = path.to_owned();
        for (name, value) in &self.echo {
            let text = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_owned);
            let encoded: String = text
                .bytes()
                .map(|byte| match byte {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                        char::from(byte).to_string()
                    }
                    _ => format!("%{byte:02X}"),
                })
                .collect();
            path = path.replace(&format!("{{{name}}}"), &encoded);
        }
        Some(format!("<{path}?{param}={next}>; rel=\"next\""))
    }

    /// `value` with the echoes a success's object takes (`item`: a list's, so not `id`).
    fn echoed(&self, value: &mut Value, item: bool) {
        let Value::Object(object) = value else {
            return;
        };
        for (name, echo) in &self.echo {
            if item && *name == "id" {
                continue;
            }
            if let Some(slot) = object.get_mut(*name)
                && same_type(slot, echo)
            {
                *slot = echo.clone();
            }
        }
    }

    /// A page of the list `schema` describes (through references), or `None` when it is not
    /// an array or the page breaks its bounds.
    fn list(&self, schema: &Schema, seed: u64) -> Option<Value> {
        let page = self.page?;
        let Some(Kind::Array(items)) = schema.primitive() else {
            return None;
        };
        let count = page
            .total
            .saturating_sub(page.offset)
            .min(page.size)
            .min(items.max_items.map_or(u64::MAX, |most| most as u64));
        let made = (page.offset..page.offset + count)
            .map(|index| {
                let mut item = Maker::new(seed.wrapping_add(index)).value(items.items, 1);
                self.echoed(&mut item, true);
                item
            })
            .collect();
        Some(Value::Array(made))
    }
}

/// A list request's page size (absent: the default) and the spec's default size (`None`: 10).
fn sizes(size: &impl Serialize, default_size: Option<u64>) -> (u64, u64) {
    let default_size = default_size.filter(|size| *size > 0).unwrap_or(PAGE_SIZE);
    let size = serde_json::to_value(size)
        .ok()
        .and_then(|value| value.as_u64())
        .unwrap_or(default_size);
    (size, default_size)
}

fn same_type(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// Whether `value` meets every constraint of `schema` (the router's validator).
pub(crate) fn satisfies(schema: &Schema, value: &Value) -> bool {
    let mut violations = Violations::default();
    schema.validate_as(
        crate::schema::Direction::Response,
        value,
        "",
        &mut violations,
    );
    violations.is_empty()
}

/// The body of an answer of type `T`: the example the request prefers; for a success, a page
/// of a paginated list ([`Facts::page`]); then the first example, else a value made from
/// `schema` (tried with further seeds, and without the schemas' own examples, until it is one
/// of `T`). A success repeats the request's path ([`Facts`]); a problem details' `status` is
/// the answer's status.
///
/// # Panics
/// When no value made from the schema is one of `T` (a schema the maker cannot satisfy: a
/// bug of this module, reported with the type's name).
pub fn typed<T: serde::de::DeserializeOwned + serde::Serialize>(
    schema: Option<&Schema>,
    examples: &[(&str, &str)],
    status: u16,
    facts: &Facts,
) -> T {
    let choice = choice();
    let success = (200..300).contains(&status);
    let schema = schema.unwrap_or(&Schema::ANY);
    // What goes out is the typed value serialized: where the Rust type cannot hold what made
    // the value fit (a `oneOf` of objects that differ only in properties the chosen part
    // leaves out), it no longer does, and another is made.
    let fits = |value: Value| -> Option<T> {
        let typed: T = serde_json::from_value(value).ok()?;
        let sent = serde_json::to_value(&typed).ok()?;
        satisfies(schema, &sent).then_some(typed)
    };
    // What the request says is kept only while the answer still fits: an echoed identifier
    // the schema allows may still be past its Rust type (a `u64` path id into an `i64`).
    let finish = |value: Value| -> Option<T> {
        if success {
            let mut echoed = value.clone();
            facts.echoed(&mut echoed, false);
            if echoed != value
                && satisfies(schema, &echoed)
                && let Some(typed) = fits(echoed)
            {
                return Some(typed);
            }
        }
        fits(value)
    };
    if let Some(name) = &choice.example
        && let Some((_, text)) = examples.iter().find(|(example, _)| example == name)
        && let Ok(value) = serde_json::from_str::<T>(text)
    {
        return value;
    }
    if success
        && let Some(page) = facts.list(schema, choice.resource_seed)
        && satisfies(schema, &page)
        && let Ok(value) = serde_json::from_value(page)
    {
        return value;
    }
    if let Some((_, text)) = examples.first()
        && let Some(value) = serde_json::from_str(text).ok().and_then(finish)
    {
        return value;
    }
    made(schema, choice.seed, |mut value| {
        if let Value::Object(object) = &mut value
            && object.get("status").is_some_and(Value::is_u64)
        {
            object.insert("status".to_owned(), Value::from(status));
        }
        finish(value)
    })
}

/// How many events the mock's stream sends per connection, then ends.
pub const EVENTS_PER_STREAM: u64 = 3;

/// An event stream's answer: [`EVENTS_PER_STREAM`] events numbered on from the request's
/// `Last-Event-ID` (from 1 without one), so that a client that reconnects with the last id
/// it read continues the sequence; event `n` has id `n`, the `n`-th of `names` in turn (none
/// when the spec names none) and data made from `schema` with the request's seed plus `n`
/// (the same request, the same events).
pub fn events<T: serde::de::DeserializeOwned + Send + 'static>(
    schema: Option<&Schema>,
    names: &'static [&'static str],
    last_event_id: Option<&str>,
) -> crate::sse::EventStream<T> {
    let seed = choice().seed;
    let schema = schema.unwrap_or(&Schema::ANY);
    let first = last_event_id
        .and_then(|id| id.trim().parse::<u64>().ok())
        .map_or(1, |last| last.saturating_add(1));
    let events: Vec<crate::sse::Event<T>> = (first..first.saturating_add(EVENTS_PER_STREAM))
        .map(|number| {
            let data = made(schema, seed.wrapping_add(number), |value| {
                serde_json::from_value(value).ok()
            });
            let mut event = crate::sse::Event::new(data).id(number.to_string());
            if !names.is_empty() {
                let name = names[usize::try_from((number - 1) % names.len() as u64).unwrap_or(0)];
                event = event.event(name);
            }
            event
        })
        .collect();
    crate::sse::EventStream::iter(events)
}

/// A value of `T` made from `schema` with `seed` (then further seeds, without the schemas'
/// own examples), each passed through `adjust` first.
///
/// # Panics
/// When no value made is one of `T` (a schema the maker cannot satisfy: a bug of this
/// module, reported with the type's name).
fn made<T: serde::de::DeserializeOwned>(
    schema: &Schema,
    seed: u64,
    mut adjust: impl FnMut(Value) -> Option<T>,
) -> T {
    for attempt in 0..64u64 {
        let seed = seed.wrapping_add(attempt);
        let value = match attempt {
            0 => Maker::new(seed).value(schema, 0),
            1..32 => Maker::without_examples(seed).value(schema, 0),
            // Only what is required: an optional property no made value of which fits is
            // left out.
            _ => Maker::minimal(seed).value(schema, 0),
        };
        if let Some(typed) = adjust(value) {
            return typed;
        }
    }
    panic!(
        "the mock could not make a {} from its schema",
        std::any::type_name::<T>()
    )
}

/// A JSON answer the client reads as raw bytes (a status of an operation whose statuses
/// disagree): [`typed`] as any JSON, serialized.
pub fn json_bytes(
    schema: Option<&Schema>,
    examples: &[(&str, &str)],
    status: u16,
    facts: &Facts,
) -> bytes::Bytes {
    let value: Value = typed(schema, examples, status, facts);
    bytes::Bytes::from(value.to_string())
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

/// A required response header's value, made from its schema (the mock leaves optional ones
/// out).
pub fn header<T: serde::de::DeserializeOwned>(schema: &Schema) -> T {
    made(schema, choice().seed, |value| {
        serde_json::from_value(value).ok()
    })
}

#[cfg(test)]
mod cursor_tests {
    use super::*;

    #[test]
    fn a_cursor_page_links_to_the_next_until_the_list_ends() {
        let links: Vec<Option<String>> = [None, Some("10"), Some("20"), Some("not a number")]
            .into_iter()
            .map(|cursor| {
                Facts::new()
                    .echo("shelf", &"a b")
                    .cursor_page(&cursor, &None::<u64>, Some(10))
                    .next_link("/shelves/{shelf}/books", "after")
            })
            .collect();
        assert_eq!(
            links,
            [
                Some(r#"</shelves/a%20b/books?after=10>; rel="next""#.to_owned()),
                Some(r#"</shelves/a%20b/books?after=20>; rel="next""#.to_owned()),
                None,
                Some(r#"</shelves/a%20b/books?after=10>; rel="next""#.to_owned()),
            ]
        );
    }
}

#[cfg(test)]
mod typed_tests {
    use serde::{Deserialize, Serialize};

    use super::*;
    use crate::schema::{Access, Additional, Kind, Numeric, Object, OneOf, Property, Text};

    static TEXT: Schema = Schema {
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static WHOLE: Schema = Schema {
        kind: Kind::Integer(Numeric {
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
    macro_rules! object {
        ($($name:literal: $schema:expr, $required:expr);*) => {
            Schema {
                kind: Kind::Object(Object {
                    properties: &[$(Property {
                        name: $name,
                        required: $required,
                        access: Access::ReadWrite,
                        schema: $schema,
                    }),*],
                    additional: Additional::Allow,
                    min_properties: None,
                    max_properties: None,
                }),
                ..Schema::ANY
            }
        };
    }
    static A: Schema = object!("a": &TEXT, false);
    static B: Schema = object!("b": &TEXT, false);
    /// Every object is both an `A` and a `B`: no value of it fits `oneOf`.
    static EITHER: Schema = Schema {
        kind: Kind::OneOf(OneOf {
            parts: &[&A, &B],
            discriminator: None,
        }),
        ..Schema::ANY
    };
    static HOLDER: Schema = object!("id": &WHOLE, true; "r": &EITHER, false);

    #[derive(Deserialize, Serialize)]
    struct Holder {
        id: i64,
        #[serde(skip_serializing_if = "Option::is_none")]
        r: Option<Value>,
    }

    #[test]
    fn an_optional_property_no_value_of_which_fits_is_left_out_of_the_answer() {
        for seed in 0..8 {
            let holder: Holder = made(&HOLDER, seed, |value| {
                let typed: Holder = serde_json::from_value(value).ok()?;
                satisfies(&HOLDER, &serde_json::to_value(&typed).ok()?).then_some(typed)
            });
            assert!(holder.r.is_none(), "seed {seed}: {:?}", holder.r);
        }
        let holder: Holder = typed(Some(&HOLDER), &[], 200, &Facts::new());
        assert!(satisfies(&HOLDER, &serde_json::to_value(&holder).unwrap()));
    }

    #[test]
    fn an_echoed_value_past_the_rust_type_is_not_echoed() {
        // The schema takes any integer; the answer's `i64` does not take `u64::MAX`.
        let facts = Facts::new().echo("id", &u64::MAX);
        let holder: Holder = typed(Some(&HOLDER), &[], 200, &facts);
        let echoed: Holder = typed(Some(&HOLDER), &[], 200, &Facts::new().echo("id", &7));
        assert_eq!(echoed.id, 7);
        assert!(satisfies(&HOLDER, &serde_json::to_value(&holder).unwrap()));
    }
}
