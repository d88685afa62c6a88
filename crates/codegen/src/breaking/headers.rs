//! Comparing the headers of a response. The generated client does not type them, but code
//! that reads a documented header off the answer (`ResponseValue::headers`) relies on it: a
//! required header gone or made optional, or one whose values change shape, breaks that code.
//! The generated server types them (each status's `<Variant>Headers` struct): any header
//! added, removed, made required or optional changes what an implementation writes.
//! `Content-Type` is left out, as OpenAPI says it is ignored there.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{At, Comparer, Side, resolve};
use crate::pointer::escape_token;

/// A response's headers by lower-case name: the header (references followed) and its pointer.
fn headers<'v>(
    document: &'v Value,
    response: &'v Value,
    at: &str,
) -> BTreeMap<String, (&'v Value, String)> {
    let mut out = BTreeMap::new();
    let Some(map) = response.get("headers").and_then(Value::as_object) else {
        return out;
    };
    for (name, header) in map {
        if name.eq_ignore_ascii_case("content-type") {
            continue;
        }
        let (header, found) = resolve(document, header);
        let pointer = found.unwrap_or_else(|| format!("{at}/headers/{}", escape_token(name)));
        out.insert(name.to_ascii_lowercase(), (header, pointer));
    }
    out
}

fn required(header: &Value) -> bool {
    header.get("required").and_then(Value::as_bool) == Some(true)
}

impl Comparer<'_> {
    /// The headers of one response on both sides (`at`: the response on each side).
    pub(super) fn response_headers(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let before = headers(&self.base.value, old, &at.base);
        let after = headers(&self.current.value, new, &at.current);
        for (name, (_, new_ptr)) in &after {
            if !before.contains_key(name) {
                self.emit(
                    "response-header-added",
                    Side::Current,
                    &At::new("", new_ptr),
                    format!("{what}: the header {name} was added"),
                    touched,
                );
            }
        }
        for (name, (old_header, old_ptr)) in &before {
            let Some((new_header, new_ptr)) = after.get(name) else {
                let (rule, which) = if required(old_header) {
                    ("response-header-removed", "required")
                } else {
                    ("response-optional-header-removed", "optional")
                };
                self.emit(
                    rule,
                    Side::Base,
                    &At::new(old_ptr, ""),
                    format!("{what}: the {which} header {name} was removed"),
                    touched,
                );
                continue;
            };
            let here = At::new(old_ptr, new_ptr);
            if !required(old_header) && required(new_header) {
                self.emit(
                    "response-header-made-required",
                    Side::Current,
                    &here,
                    format!("{what}: the header {name} is now always sent"),
                    touched,
                );
            }
            if required(old_header) && !required(new_header) {
                self.emit(
                    "response-header-made-optional",
                    Side::Current,
                    &here,
                    format!("{what}: the header {name} may now be missing"),
                    touched,
                );
            }
            let shape = |document: &Value, header: &Value| {
                let schema = header
                    .get("schema")
                    .map(|schema| resolve(document, schema).0);
                ["type", "format", "enum"]
                    .map(|key| schema.and_then(|schema| schema.get(key)).cloned())
            };
            let (was, is) = (
                shape(&self.base.value, old_header),
                shape(&self.current.value, new_header),
            );
            if was != is {
                let show = |shape: &[Option<Value>; 3]| {
                    shape
                        .iter()
                        .flatten()
                        .map(Value::to_string)
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                self.emit(
                    "response-header-changed",
                    Side::Current,
                    &here,
                    format!(
                        "{what}: the header {name} is now {} (was {})",
                        show(&is),
                        show(&was)
                    ),
                    touched,
                );
            }
        }
    }
}
