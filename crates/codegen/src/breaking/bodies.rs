//! Comparing request bodies and responses: media types, statuses, and their schemas.

use serde_json::Value;

use crate::{
    Document,
    openapi::{FORM, MediaKind, essence, is_json, media_kind},
};

use super::{At, Comparer, Dir, Operation, Side, is_success, resolve};

impl<'a> Comparer<'a> {
    pub(super) fn request_body(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        at: &At,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let at = at.child("requestBody");
        let body = |document: &'a Document, operation: &Operation<'a>, pointer: &str| {
            operation.value.get("requestBody").map(|value| {
                let (value, found) = resolve(&document.value, value);
                (value, found.unwrap_or_else(|| pointer.to_owned()))
            })
        };
        let required = |value: &Value| {
            value
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        match (
            body(self.base, old, &at.base),
            body(self.current, new, &at.current),
        ) {
            (None, None) => {}
            (Some((_, pointer)), None) => {
                self.emit(
                    "request-body-removed",
                    Side::Base,
                    &At::new(pointer, ""),
                    format!("{name}: the request body was removed"),
                    touched,
                );
            }
            (None, Some((value, pointer))) => {
                let rule = if required(value) {
                    "request-body-required-added"
                } else {
                    "request-body-optional-added"
                };
                self.emit(
                    rule,
                    Side::Current,
                    &At::new("", pointer),
                    format!("{name}: a request body was added"),
                    touched,
                );
            }
            (Some((old_value, old_ptr)), Some((new_value, new_ptr))) => {
                let at = At::new(old_ptr, new_ptr);
                match (required(old_value), required(new_value)) {
                    (false, true) => self.emit(
                        "request-body-made-required",
                        Side::Current,
                        &at,
                        format!("{name}: the request body became required"),
                        touched,
                    ),
                    (true, false) => self.emit(
                        "request-body-made-optional",
                        Side::Current,
                        &at,
                        format!("{name}: the request body became optional (the trait's `Request.body` is an `Option` now)"),
                        touched,
                    ),
                    _ => {}
                }
                let what = format!("the request body of {name}");
                self.content(old_value, new_value, &at, Dir::Request, &what, touched);
            }
        }
    }

    /// Compares the media types of a body (`content`).
    pub(super) fn content(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let empty = serde_json::Map::new();
        let before = old
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let after = new
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let at = at.child("content");
        // JSON by two names (`application/json` → `application/problem+json`) is the same body
        // to the generated code, which reads and sends any JSON media type as JSON.
        let json_renamed = json_renamed(before, after);
        for (media, old_media) in before {
            let here = at.child(media);
            let (new_media, new_here) = match (after.get(media), &json_renamed) {
                (Some(found), _) => (Some(found), here.clone()),
                (None, Some((old_name, new_name))) if old_name == media => (
                    after.get(new_name),
                    At::new(here.base.clone(), at.child(new_name).current),
                ),
                (None, _) => (None, here.clone()),
            };
            match new_media {
                None => {
                    let used = |content| carried(content, dir);
                    let unused = used(before).is_some_and(|kind| {
                        used(after) == Some(kind) && carried_as(media, dir) != Some(kind)
                    });
                    let rule = dir.rule(if unused {
                        "media-type-removed-unused"
                    } else {
                        "media-type-removed"
                    });
                    self.emit(
                        &rule,
                        Side::Base,
                        &here,
                        format!("{what}: content type {media} was removed"),
                        touched,
                    );
                }
                Some(new_media)
                    if super::events::item_schema(old_media).is_some()
                        || super::events::item_schema(new_media).is_some() =>
                {
                    self.event_stream(old_media, new_media, &new_here, what, touched);
                }
                // The generated code reads and sends bodies of other media types (XML, text,
                // files) as bytes: their schemas change nothing it does.
                Some(_) if media_kind(media) == MediaKind::Raw => {}
                Some(new_media) => {
                    let here = new_here;
                    if let (Some(old_schema), Some(new_schema)) =
                        (old_media.get("schema"), new_media.get("schema"))
                    {
                        let what = if before.len() > 1 {
                            format!("{what} ({media})")
                        } else {
                            what.to_owned()
                        };
                        self.schema(
                            old_schema,
                            new_schema,
                            &here.child("schema"),
                            dir,
                            &what,
                            touched,
                        );
                    }
                }
            }
        }
        let renamed_to = json_renamed.as_ref().map(|(_, new_name)| new_name.as_str());
        for media in after
            .keys()
            .filter(|media| !before.contains_key(*media) && Some(media.as_str()) != renamed_to)
        {
            let rule = dir.rule("media-type-added");
            self.emit(
                &rule,
                Side::Current,
                &at.child(media),
                format!("{what}: content type {media} was added"),
                touched,
            );
        }
    }

    pub(super) fn responses(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        at: &At,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let empty = serde_json::Map::new();
        let before = old
            .value
            .get("responses")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let after = new
            .value
            .get("responses")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let at = at.child("responses");
        for (code, old_response) in before {
            let here = at.child(code);
            let kind = if is_success(code) { "success" } else { "error" };
            match after.get(code) {
                None => {
                    let rule = format!("response-{kind}-status-removed");
                    self.emit(
                        &rule,
                        Side::Base,
                        &here,
                        format!("{name}: status {code} is no longer documented"),
                        touched,
                    );
                }
                Some(new_response) => {
                    let (old_value, old_found) = resolve(&self.base.value, old_response);
                    let (new_value, new_found) = resolve(&self.current.value, new_response);
                    let here = At::new(
                        old_found.unwrap_or(here.base),
                        new_found.unwrap_or(here.current),
                    );
                    let what = format!("response {code} of {name}");
                    self.content(old_value, new_value, &here, Dir::Response, &what, touched);
                    self.response_headers(old_value, new_value, &here, &what, touched);
                }
            }
        }
        for code in after.keys().filter(|code| !before.contains_key(*code)) {
            let kind = if is_success(code) { "success" } else { "error" };
            let rule = format!("response-{kind}-status-added");
            self.emit(
                &rule,
                Side::Current,
                &at.child(code),
                format!("{name}: status {code} was added"),
                touched,
            );
        }
    }
}

/// The one JSON media type the old content lost and the one the new content gained, when
/// that is the only JSON change (`application/json` → `application/problem+json`).
fn json_renamed(
    before: &serde_json::Map<String, Value>,
    after: &serde_json::Map<String, Value>,
) -> Option<(String, String)> {
    let only = |from: &serde_json::Map<String, Value>, other: &serde_json::Map<String, Value>| {
        let mut found = from
            .keys()
            .filter(|media| is_json(media) && !other.contains_key(*media));
        match (found.next(), found.next()) {
            (Some(one), None) => Some(one.clone()),
            _ => None,
        }
    };
    Some((only(before, after)?, only(after, before)?))
}

/// The kind of body the generated code carries for this content: JSON where a JSON media type
/// is offered, else (a request) a form where one is offered; `None` for raw bytes, where every
/// media type counts.
fn carried(content: &serde_json::Map<String, Value>, dir: Dir) -> Option<&'static str> {
    let kinds: Vec<&'static str> = content
        .keys()
        .filter_map(|media| carried_as(media, dir))
        .collect();
    if kinds.contains(&"json") {
        Some("json")
    } else {
        kinds.first().copied()
    }
}

/// The kind a media type is carried as: `json`, or `form` in a request.
fn carried_as(media: &str, dir: Dir) -> Option<&'static str> {
    if is_json(media) {
        Some("json")
    } else if dir == Dir::Request && essence(media) == FORM {
        Some("form")
    } else {
        None
    }
}
