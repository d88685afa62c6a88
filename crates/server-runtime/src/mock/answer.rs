//! The bodies the mock answers: the spec's examples, else values made from the schema.

use serde_json::Value;

use super::{Maker, choice};
use crate::schema::Schema;

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
