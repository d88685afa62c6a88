//! Comparing request bodies and responses: media types, statuses, and their schemas.

use serde_json::Value;

use crate::Document;

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
                        format!("{name}: the request body became optional"),
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
        for (media, old_media) in before {
            let here = at.child(media);
            match after.get(media) {
                None => {
                    let rule = dir.rule("media-type-removed");
                    self.emit(
                        &rule,
                        Side::Base,
                        &here,
                        format!("{what}: content type {media} was removed"),
                        touched,
                    );
                }
                Some(new_media) => {
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
        for media in after.keys().filter(|media| !before.contains_key(*media)) {
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
