//! The lifecycle marks the emitters read: an operation's, a parameter's or a property's
//! deprecation (`deprecated: true`, `x-deprecated-since`, `x-sunset`, `x-deprecated-by`) and
//! an operation's `x-stability`. [`check`] refuses a mark that cannot mean what it says (a
//! sunset that is not a date, a replacement that is no operation, a stability level other
//! than alpha, beta or stable, a date on something not deprecated), with its place.

use serde_json::Value;

use crate::{CodegenError, Spec, dates, pointer::escape_token, resolve::follow};

pub(crate) use crate::breaking::Stability;

/// What the spec says of something deprecated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Deprecation<'d> {
    /// `x-deprecated-since`: the `Deprecation` header's date.
    pub(crate) since: Option<&'d str>,
    /// `x-sunset`: the `Sunset` header's date, after which it may go.
    pub(crate) sunset: Option<&'d str>,
    /// `x-deprecated-by`: the operationId that replaces it.
    pub(crate) replaced_by: Option<&'d str>,
}

const KEYS: [&str; 3] = ["x-deprecated-since", "x-sunset", "x-deprecated-by"];

/// The deprecation of a value as written (an operation, a parameter, a property schema).
pub(crate) fn deprecation(value: &Value) -> Option<Deprecation<'_>> {
    marked(
        value.get("deprecated").and_then(Value::as_bool) == Some(true),
        |key| value.get(key),
    )
}

/// The deprecation of a property or parameter as written in `raw`: on the value itself, else on
/// the schema it references.
pub(crate) fn deprecation_of<'d>(raw: &'d Value, value: &'d Value) -> Option<Deprecation<'d>> {
    deprecation(value).or_else(|| deprecation(follow(raw, value).0))
}

/// The deprecation of a value read by openapiv3: its flag and its extensions.
pub(crate) fn marked<'d>(
    deprecated: bool,
    extension: impl Fn(&str) -> Option<&'d Value>,
) -> Option<Deprecation<'d>> {
    deprecated.then(|| Deprecation {
        since: extension(KEYS[0]).and_then(Value::as_str),
        sunset: extension(KEYS[1]).and_then(Value::as_str),
        replaced_by: extension(KEYS[2]).and_then(Value::as_str),
    })
}

impl Deprecation<'_> {
    /// `deprecated by the API since 2026-12-01, sunset 2027-06-30, use listPetsByCursor`
    /// (`deprecated by the API, no sunset announced` with no dates): the words of a
    /// `#[deprecated]` note and of the docs.
    pub(crate) fn note(&self) -> String {
        let day = |date: &str| date.get(..10).unwrap_or(date).to_owned();
        let mut out = String::from("deprecated by the API");
        if let Some(since) = self.since {
            out.push_str(&format!(" since {}", day(since)));
        }
        match self.sunset {
            Some(sunset) => out.push_str(&format!(", sunset {}", day(sunset))),
            None => out.push_str(", no sunset announced"),
        }
        if let Some(by) = self.replaced_by {
            out.push_str(&format!(", use {by}"));
        }
        out
    }

    /// RFC 9745's `Deprecation: @<seconds>` (the day's start, UTC), when the date is written.
    pub(crate) fn header(&self) -> Option<String> {
        let days = dates::parse_day(self.since?)?;
        Some(format!("@{}", days * 86_400))
    }

    /// RFC 8594's `Sunset: <HTTP date>`, when the date is written.
    pub(crate) fn sunset_header(&self) -> Option<String> {
        Some(dates::http_date(dates::parse_day(self.sunset?)?))
    }
}

/// A deprecated property of a request body: its JSON pointer inside the body and its label
/// (`body.owner.name`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DeprecatedProperty {
    pub(crate) pointer: String,
    pub(crate) label: String,
}

/// The deprecated properties of a body schema (as written in `raw`), through references,
/// `allOf` and nested objects; not into arrays, maps or `oneOf`/`anyOf` variants, whose
/// members have no one place in a body.
pub(crate) fn deprecated_properties(raw: &Value, schema: &Value) -> Vec<DeprecatedProperty> {
    let mut out = Vec::new();
    walk(
        raw,
        schema,
        &mut String::new(),
        &mut String::from("body"),
        &mut out,
        0,
    );
    out.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    out.dedup();
    out
}

fn walk(
    raw: &Value,
    schema: &Value,
    pointer: &mut String,
    label: &mut String,
    out: &mut Vec<DeprecatedProperty>,
    depth: usize,
) {
    // Recursive schemas: a body is not deeper than this.
    if depth > 16 {
        return;
    }
    let schema = follow(raw, schema).0;
    for member in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        walk(raw, member, pointer, label, out, depth + 1);
    }
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (name, property) in properties {
        let (pointer_length, label_length) = (pointer.len(), label.len());
        pointer.push('/');
        pointer.push_str(&escape_token(name));
        label.push('.');
        label.push_str(name);
        if deprecation_of(raw, property).is_some() {
            out.push(DeprecatedProperty {
                pointer: pointer.clone(),
                label: label.clone(),
            });
        }
        walk(raw, property, pointer, label, out, depth + 1);
        pointer.truncate(pointer_length);
        label.truncate(label_length);
    }
}

/// Every lifecycle mark of the document, checked.
pub(crate) fn check(spec: &Spec) -> Result<(), CodegenError> {
    let ids: Vec<&str> = crate::openapi::METHODS
        .iter()
        .flat_map(|method| {
            spec.raw
                .get("paths")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(move |paths| paths.values())
                .filter_map(move |item| item.get(*method))
        })
        .filter_map(|operation| operation.get("operationId").and_then(Value::as_str))
        .collect();
    let mut problem = None;
    visit(&spec.raw, &mut String::new(), &mut |pointer, value| {
        if problem.is_none() {
            problem = mark_problem(pointer, value, &ids);
        }
    });
    match problem {
        None => Ok(()),
        Some((pointer, construct, reason)) => Err(CodegenError::Unsupported {
            source_name: spec.source_name.clone(),
            pointer,
            location: None,
            construct,
            reason,
        }
        .located(&spec.locations)),
    }
}

/// What is wrong with the lifecycle marks of one object, if anything.
fn mark_problem(pointer: &str, value: &Value, ids: &[&str]) -> Option<(String, String, String)> {
    let at = |key: &str| format!("{pointer}/{}", escape_token(key));
    if let Some(stability) = value.get("x-stability") {
        let tokens: Vec<&str> = pointer.split('/').collect();
        let on_operation = tokens.len() == 4
            && tokens[1] == "paths"
            && crate::openapi::METHODS.contains(&tokens[3]);
        if !on_operation {
            return Some((
                at("x-stability"),
                "x-stability".into(),
                "it is read on operations only".into(),
            ));
        }
        if !matches!(stability.as_str(), Some("alpha" | "beta" | "stable")) {
            return Some((
                at("x-stability"),
                "x-stability".into(),
                format!("{stability} is not one of alpha, beta, stable"),
            ));
        }
    }
    let deprecated = value.get("deprecated").and_then(Value::as_bool) == Some(true);
    for key in KEYS {
        let Some(mark) = value.get(key) else {
            continue;
        };
        if !deprecated {
            return Some((
                at(key),
                key.into(),
                "it says something of a deprecation, but `deprecated: true` is not beside it"
                    .into(),
            ));
        }
        let text = mark.as_str().unwrap_or_default();
        let fine = match key {
            "x-deprecated-by" => ids.contains(&text),
            _ => dates::parse_day(text).is_some(),
        };
        if !fine {
            let reason = match key {
                "x-deprecated-by" => format!("{mark} names no operationId of the document"),
                _ => format!("{mark} is not an RFC 3339 date (2027-06-30) or date-time"),
            };
            return Some((at(key), key.into(), reason));
        }
    }
    None
}

fn visit(value: &Value, pointer: &mut String, f: &mut impl FnMut(&str, &Value)) {
    match value {
        Value::Object(entries) => {
            f(pointer, value);
            for (key, child) in entries {
                let length = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape_token(key));
                visit(child, pointer, f);
                pointer.truncate(length);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                let length = pointer.len();
                pointer.push_str(&format!("/{index}"));
                visit(child, pointer, f);
                pointer.truncate(length);
            }
        }
        _ => {}
    }
}

/// The strict check of the workspace's own spec (`cargo xtask codegen`): a deprecated
/// operation says since when (`x-deprecated-since`), which its `Deprecation` header carries.
pub(crate) fn check_dated(spec: &Spec, api: &super::Api<'_>) -> Result<(), CodegenError> {
    match api.operations.iter().find(|operation| {
        operation
            .deprecation
            .as_ref()
            .is_some_and(|d| d.since.is_none())
    }) {
        None => Ok(()),
        Some(operation) => Err(CodegenError::Unsupported {
            source_name: spec.source_name.clone(),
            pointer: format!("{}/deprecated", operation.pointer),
            location: None,
            construct: "a deprecated operation without x-deprecated-since".into(),
            reason: format!(
                "{} is deprecated: say since when (`x-deprecated-since: YYYY-MM-DD`), the date \
                 its answers' Deprecation header carries (RFC 9745)",
                operation.id
            ),
        }
        .located(&spec.locations)),
    }
}
