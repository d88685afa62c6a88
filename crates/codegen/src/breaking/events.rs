//! Comparing event streams (`text/event-stream` with an item schema, `lower/events.rs`): the
//! item schema's `data` as a response body, the listed event names, and the stream itself
//! (the client's `events()`, the server's typed variant).

use serde_json::Value;

use super::{At, Comparer, Dir, Side, resolve};
use crate::{lower::ITEM_SCHEMA_KEYS, pointer::escape_token};

/// An item schema's key in a media type, and its value.
pub(super) fn item_schema(media: &Value) -> Option<(&'static str, &Value)> {
    ITEM_SCHEMA_KEYS
        .into_iter()
        .find_map(|key| media.get(key).map(|schema| (key, schema)))
}

impl<'a> Comparer<'a> {
    /// Compares the event streams of a media type present on both sides (`at` is the media
    /// type's place), one of which has an item schema.
    pub(super) fn event_stream(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        match (item_schema(old), item_schema(new)) {
            (None, None) => {}
            (Some((key, _)), None) => self.emit(
                "event-stream-removed",
                Side::Base,
                &at.child(key),
                format!(
                    "{what}: the event stream's item schema was removed (and `events()` with it)"
                ),
                touched,
            ),
            (None, Some((key, _))) => self.emit(
                "event-stream-added",
                Side::Current,
                &at.child(key),
                format!("{what}: the event stream gained an item schema"),
                touched,
            ),
            (Some((old_key, old_item)), Some((new_key, new_item))) => {
                let at = At::new(
                    format!("{}/{}", at.base, escape_token(old_key)),
                    format!("{}/{}", at.current, escape_token(new_key)),
                );
                let old_item = resolve(&self.base.value, old_item).0;
                let new_item = resolve(&self.current.value, new_item).0;
                if let (Some((old_data, old_path)), Some((new_data, new_path))) =
                    (data(old_item), data(new_item))
                {
                    let at = At::new(
                        format!("{}{old_path}", at.base),
                        format!("{}{new_path}", at.current),
                    );
                    let what = format!("the events of {what}");
                    self.schema(old_data, new_data, &at, Dir::Response, &what, touched);
                }
                let (before, after) = (
                    names(&self.base.value, old_item),
                    names(&self.current.value, new_item),
                );
                let event = at.child("properties").child("event");
                for name in before.iter().filter(|name| !after.contains(name)) {
                    self.emit(
                        "event-name-removed",
                        Side::Base,
                        &event,
                        format!("{what}: event {name} is no longer listed"),
                        touched,
                    );
                }
                for name in after.iter().filter(|name| !before.contains(name)) {
                    self.emit(
                        "event-name-added",
                        Side::Current,
                        &event,
                        format!("{what}: event {name} was added"),
                        touched,
                    );
                }
            }
        }
    }
}

/// An item schema's data schema (its `contentSchema`, else itself) and its place below it.
fn data(item: &Value) -> Option<(&Value, &'static str)> {
    let data = item.pointer("/properties/data")?;
    Some(match data.get("contentSchema") {
        Some(schema) => (schema, "/properties/data/contentSchema"),
        None => (data, "/properties/data"),
    })
}

/// The event names an item schema lists (`enum` or `const` of `event`).
fn names(document: &Value, item: &Value) -> Vec<String> {
    let Some(event) = item.pointer("/properties/event") else {
        return Vec::new();
    };
    let event = resolve(document, event).0;
    let listed = match (event.get("enum"), event.get("const")) {
        (Some(Value::Array(names)), _) => names.iter().collect(),
        (_, Some(name)) => vec![name],
        _ => Vec::new(),
    };
    listed
        .into_iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}
