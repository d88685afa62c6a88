//! Comparing an operation's parameters: removed, added, renamed or moved, made required or
//! optional, restyled, and their schemas.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{At, Comparer, Dir, Operation, Side, resolve, shape};
use crate::{Document, pointer::escape_token};

impl<'a> Comparer<'a> {
    /// The effective parameters of an operation: the path item's, overridden by the
    /// operation's, keyed by location and name (path parameters by position in the template).
    pub(super) fn effective_parameters<'d>(
        document: &'d Document,
        operation: &Operation<'d>,
    ) -> BTreeMap<(String, String), (&'d Value, String)> {
        let (_, names) = shape(operation.template);
        let mut out = BTreeMap::new();
        let path_pointer = operation.pointer.rsplit_once('/').map_or("", |(p, _)| p);
        for (owner, pointer) in [
            (operation.path_item, path_pointer.to_owned()),
            (operation.value, operation.pointer.clone()),
        ] {
            let Some(list) = owner.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            for (index, parameter) in list.iter().enumerate() {
                let (value, found) = resolve(&document.value, parameter);
                let at = found.unwrap_or_else(|| format!("{pointer}/parameters/{index}"));
                let location = value.get("in").and_then(Value::as_str).unwrap_or("");
                let name = value.get("name").and_then(Value::as_str).unwrap_or("");
                let key = match location {
                    "path" => names
                        .iter()
                        .position(|n| *n == name)
                        .map_or_else(|| name.to_owned(), |position| format!("#{position}")),
                    "header" => name.to_ascii_lowercase(),
                    _ => name.to_owned(),
                };
                out.insert((location.to_owned(), key), (value, at));
            }
        }
        out
    }

    pub(super) fn parameters(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let before = Self::effective_parameters(self.base, old);
        let after = Self::effective_parameters(self.current, new);
        let text = |value: &Value, key: &str| {
            value
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        let required = |value: &Value| {
            value
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        let mut removed: Vec<&(String, String)> = before
            .keys()
            .filter(|key| !after.contains_key(*key))
            .collect();
        let mut added: Vec<&(String, String)> = after
            .keys()
            .filter(|key| !before.contains_key(*key))
            .collect();
        // A parameter sent under another name or in another place: one removed and one added
        // with the same schema.
        let mut index = 0;
        while index < removed.len() {
            let (old_value, old_at) = &before[removed[index]];
            let same_schema =
                |key: &&(String, String)| after[*key].0.get("schema") == old_value.get("schema");
            let matches: Vec<usize> = added
                .iter()
                .enumerate()
                .filter(|(_, key)| same_schema(key))
                .map(|(i, _)| i)
                .collect();
            if let [only] = matches.as_slice() {
                let new_key = added.remove(*only);
                let (new_value, new_at) = &after[new_key];
                let at = At::new(old_at, new_at);
                let (rule, what) = if removed[index].0 == new_key.0 {
                    (
                        "request-parameter-renamed",
                        format!("is now named `{}`", text(new_value, "name")),
                    )
                } else {
                    (
                        "request-parameter-location-changed",
                        format!(
                            "moved from {} to {} (as `{}`)",
                            removed[index].0,
                            new_key.0,
                            text(new_value, "name")
                        ),
                    )
                };
                let message = format!(
                    "{name}: {} parameter `{}` {what}",
                    removed[index].0,
                    text(old_value, "name")
                );
                self.emit(rule, Side::Current, &at, message, touched);
                removed.remove(index);
                continue;
            }
            index += 1;
        }
        for key in removed {
            let (value, at) = &before[key];
            let message = format!(
                "{name}: {} parameter `{}` was removed",
                key.0,
                text(value, "name")
            );
            self.emit(
                "request-parameter-removed",
                Side::Base,
                &At::new(at, ""),
                message,
                touched,
            );
        }
        for key in added {
            let (value, at) = &after[key];
            let rule = if required(value) {
                "request-parameter-required-added"
            } else {
                "request-parameter-optional-added"
            };
            let message = format!(
                "{name}: {} parameter `{}` was added",
                key.0,
                text(value, "name")
            );
            self.emit(rule, Side::Current, &At::new("", at), message, touched);
        }
        for (key, (old_value, old_at)) in &before {
            let Some((new_value, new_at)) = after.get(key) else {
                continue;
            };
            let old = (*old_value, old_at.as_str());
            self.kept_parameter(key, old, (*new_value, new_at.as_str()), name, touched);
        }
    }

    /// A parameter on both sides: required or optional, style, schema.
    fn kept_parameter(
        &mut self,
        key: &(String, String),
        (old_value, old_at): (&Value, &str),
        (new_value, new_at): (&Value, &str),
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let text = |value: &Value, key: &str| {
            value
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        let required = |value: &Value| {
            value
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        let at = At::new(old_at, new_at);
        let what = format!(
            "{} parameter `{}` of {name}",
            key.0,
            text(new_value, "name")
        );
        self.lifecycle((old_value, new_value), &at, &what, touched);
        match (required(old_value), required(new_value)) {
            (false, true) => self.emit(
                "request-parameter-made-required",
                Side::Current,
                &at,
                format!("{what} became required"),
                touched,
            ),
            (true, false) => self.emit(
                "request-parameter-made-optional",
                Side::Current,
                &at,
                format!("{what} became optional"),
                touched,
            ),
            _ => {}
        }
        let style = |value: &Value| {
            let style =
                value
                    .get("style")
                    .and_then(Value::as_str)
                    .unwrap_or(match key.0.as_str() {
                        "query" | "cookie" => "form",
                        _ => "simple",
                    });
            let explode = value
                .get("explode")
                .and_then(Value::as_bool)
                .unwrap_or(style == "form");
            (style.to_owned(), explode)
        };
        // Style and explode only change how arrays and objects are written.
        let structured = |document: &Value, value: &Value| {
            let schema = value
                .get("schema")
                .map(|schema| resolve(document, schema).0);
            !matches!(
                schema
                    .and_then(|schema| schema.get("type"))
                    .and_then(Value::as_str),
                Some("string" | "integer" | "number" | "boolean")
            )
        };
        if style(old_value) != style(new_value)
            && (structured(&self.base.value, old_value)
                || structured(&self.current.value, new_value))
        {
            let ((s1, e1), (s2, e2)) = (style(old_value), style(new_value));
            self.emit(
                "request-parameter-style-changed",
                Side::Current,
                &at,
                format!(
                    "{what} is serialized as style {s2}, explode {e2} (was {s1}, explode {e1})"
                ),
                touched,
            );
        }
        if let (Some((old_schema, old_ptr)), Some((new_schema, new_ptr))) = (
            parameter_schema(old_value, old_at),
            parameter_schema(new_value, new_at),
        ) {
            // The generated server fills an absent parameter with its default: a new default
            // changes what an old client that leaves it out gets.
            let default = |document: &Value, schema: &Value| default_of(document, schema);
            let (was, is) = (
                default(&self.base.value, old_schema),
                default(&self.current.value, new_schema),
            );
            if was != is {
                let show = |value: &Option<Value>| {
                    value
                        .as_ref()
                        .map_or_else(|| "none".to_owned(), Value::to_string)
                };
                self.emit(
                    "request-parameter-default-changed",
                    Side::Current,
                    &At::new(&old_ptr, &new_ptr),
                    format!(
                        "{what}: its default is now {} (was {}): old clients that leave it out \
                         get another behaviour",
                        show(&is),
                        show(&was)
                    ),
                    touched,
                );
            }
            // A parameter is null by being absent, and the client's setter takes the same type
            // either way: its own nullability changes nothing.
            self.schema(
                &without_null(&self.base.value, old_schema),
                &without_null(&self.current.value, new_schema),
                &At::new(old_ptr, new_ptr),
                Dir::Request,
                &what,
                touched,
            );
        }
    }
}

/// A parameter's schema and its pointer (`schema`, or the one media type of `content`).
fn parameter_schema<'v>(parameter: &'v Value, at: &str) -> Option<(&'v Value, String)> {
    if let Some(schema) = parameter.get("schema") {
        return Some((schema, format!("{at}/schema")));
    }
    let (media, value) = parameter.get("content")?.as_object()?.iter().next()?;
    Some((
        value.get("schema")?,
        format!("{at}/content/{}/schema", escape_token(media)),
    ))
}

/// A schema's `default`, references followed.
fn default_of(document: &Value, schema: &Value) -> Option<Value> {
    resolve(document, schema).0.get("default").cloned()
}

/// A parameter's schema, references followed, without its own `nullable` or `"null"` type.
fn without_null(document: &Value, schema: &Value) -> Value {
    let mut schema = resolve(document, schema).0.clone();
    if let Some(map) = schema.as_object_mut() {
        map.remove("nullable");
        if let Some(Value::Array(types)) = map.get_mut("type") {
            types.retain(|name| name != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                map.insert("type".to_owned(), only);
            }
        }
    }
    schema
}
