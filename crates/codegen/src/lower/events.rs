//! Server-sent events: a success answered as `text/event-stream` with an item schema
//! (OpenAPI 3.2's `itemSchema`; `x-item-schema` in a 3.0 or 3.1 document). The item schema
//! describes one event as 3.2 does: an object whose `data` is the JSON each event carries
//! (its `contentSchema` with `contentMediaType: application/json`, or, for documents without
//! those keywords, the data's schema itself), whose `event` may list the event names
//! (`enum` or `const`), beside `id` and `retry`.
//!
//! progenitor reads the answer as raw bytes (the client's `events()` parses them); the data's
//! schema becomes a component (`{operationId}-event`, unless it already is one) so that both
//! sides have its type, and what the generators need is kept in [`KEPT_EVENTS`]:
//! `{"data": {"$ref": …}, "names": [...]}`. The operation takes the `Last-Event-ID` header
//! (added, optional, when it does not declare it): a reconnecting client sends it, the
//! implementation reads it. An item schema lowering cannot read is left as written, and
//! `subset.rs` refuses it with [`refusal`]'s reason.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::{KEPT_EVENTS, resolve};
use crate::{
    naming::collision_key,
    openapi::{Class, METHODS, Status, essence, is_json},
    pointer::escape_token,
};

/// The keys of an event stream's item schema: OpenAPI 3.2's, and the extension for 3.0 and
/// 3.1 documents.
pub(crate) const ITEM_SCHEMA_KEYS: [&str; 2] = ["itemSchema", "x-item-schema"];
pub(crate) const EVENT_STREAM: &str = "text/event-stream";
/// The header a reconnecting client sends (the HTML standard's name).
pub(crate) const LAST_EVENT_ID: &str = "Last-Event-ID";

/// What an item schema says.
struct Read {
    data: Value,
    names: Vec<Value>,
}

pub(super) fn lower(document: &mut Value) {
    let components =
        json!({"components": document.get("components").cloned().unwrap_or(Value::Null)});
    let mut taken: BTreeSet<String> = components
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().map(|name| collision_key(name)).collect())
        .unwrap_or_default();
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        for method in METHODS {
            let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut) else {
                continue;
            };
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or(method)
                .to_owned();
            let Some(responses) = operation
                .get_mut("responses")
                .and_then(Value::as_object_mut)
            else {
                continue;
            };
            let mut streams = false;
            for (status, response) in responses.iter_mut() {
                let mut resolved = resolve(&components, response);
                let Some((key, read)) = stream(&components, status, &resolved) else {
                    continue;
                };
                let data = if is_component(&read.data) {
                    read.data
                } else {
                    let name = (1..)
                        .map(|n| match n {
                            1 => format!("{id}-event"),
                            n => format!("{id}-event-{n}"),
                        })
                        .find(|name| taken.insert(collision_key(name)))
                        .expect("some number is free");
                    hoisted.push((name.clone(), read.data));
                    json!({"$ref": format!("#/components/schemas/{}", escape_token(&name))})
                };
                resolved["content"] = json!({ key: {
                    "schema": {"type": "string", "format": "binary"},
                    KEPT_EVENTS: {"data": data, "names": read.names},
                }});
                *response = resolved;
                streams = true;
            }
            if streams {
                last_event_id(&components, operation);
            }
        }
    }
    if hoisted.is_empty() {
        return;
    }
    if let Some(schemas) = document
        .as_object_mut()
        .map(|root| root.entry("components").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
        .map(|components| components.entry("schemas").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
    {
        schemas.extend(hoisted);
    }
}

/// The event stream a response answers with, read, if it has one lowering can read.
fn stream(components: &Value, status: &str, response: &Value) -> Option<(String, Read)> {
    let content = response.get("content").and_then(Value::as_object)?;
    let (key, media) = content
        .iter()
        .find(|(key, media)| essence(key) == EVENT_STREAM && item_schema(media).is_some())?;
    let read = read(components, status, content, media).ok()?;
    Some((key.clone(), read))
}

fn item_schema(media: &Value) -> Option<&Value> {
    ITEM_SCHEMA_KEYS.iter().find_map(|key| media.get(*key))
}

fn is_component(schema: &Value) -> bool {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .is_some_and(|target| target.starts_with("#/components/schemas/"))
}

/// Why the generators cannot serve the event stream `media` (of the response of `status`
/// whose content is `content`), or `None` when they can.
pub(crate) fn refusal(
    components: &Value,
    status: &str,
    content: &Map<String, Value>,
    media: &Value,
) -> Option<String> {
    item_schema(media)?;
    read(components, status, content, media).err()
}

fn read(
    components: &Value,
    status: &str,
    content: &Map<String, Value>,
    media: &Value,
) -> Result<Read, String> {
    if Status::parse(status).is_none_or(|status| status.class() != Class::Success) {
        return Err("an event stream answers a success (a 2XX status)".to_owned());
    }
    if content.len() > 1 {
        return Err(
            "an event stream is its response's only media type (the router does not choose \
             between a stream and another body)"
                .to_owned(),
        );
    }
    let item = resolve(components, item_schema(media).unwrap_or(&Value::Null));
    let Some(data) = item.pointer("/properties/data") else {
        return Err(
            "an event stream's item schema describes one event, as OpenAPI 3.2's `itemSchema` \
             does: an object whose `data` property is the JSON each event carries (beside \
             `event`, `id` and `retry`)"
                .to_owned(),
        );
    };
    let data_media = data.get("contentMediaType").and_then(Value::as_str);
    if let Some(media) = data_media.filter(|media| !is_json(media)) {
        return Err(format!(
            "event data of media type {media:?} is not generated: only JSON data is typed"
        ));
    }
    let data = match data.get("contentSchema") {
        Some(schema) => schema.clone(),
        None if data_media.is_some() => json!({}),
        None => {
            let resolved = resolve(components, data);
            if resolved.get("type").and_then(Value::as_str) == Some("string") {
                return Err("event data that is plain text (a `string` schema without \
                     `contentSchema`) is not generated: describe JSON data with \
                     `contentMediaType: application/json` and `contentSchema`, or with the \
                     data's schema in place of the string"
                    .to_owned());
            }
            data.clone()
        }
    };
    let event = item
        .pointer("/properties/event")
        .map(|event| resolve(components, event));
    let names = match event {
        Some(event) => match (event.get("enum"), event.get("const")) {
            (Some(Value::Array(names)), _) => names.clone(),
            (_, Some(name)) => vec![name.clone()],
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    if let Some(name) = names.iter().find(|name| !name.is_string()) {
        return Err(format!("an event name is text, not {name}"));
    }
    Ok(Read { data, names })
}

/// Adds the optional `Last-Event-ID` header parameter unless `operation` declares it.
fn last_event_id(components: &Value, operation: &mut Map<String, Value>) {
    let declared = operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|parameter| resolve(components, parameter))
        .any(|parameter| {
            parameter.get("in").and_then(Value::as_str) == Some("header")
                && parameter
                    .get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|name| name.eq_ignore_ascii_case(LAST_EVENT_ID))
        });
    if declared {
        return;
    }
    let parameter = json!({
        "name": LAST_EVENT_ID,
        "in": "header",
        "required": false,
        "description": "The id of the last event the client received: the stream resumes \
                        after it (sent by a reconnecting client).",
        "schema": {"type": "string"},
    });
    match operation
        .entry("parameters")
        .or_insert_with(|| json!([]))
        .as_array_mut()
    {
        Some(parameters) => parameters.push(parameter),
        None => {
            operation.insert("parameters".to_owned(), json!([parameter]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(item_schema: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "paths": {"/events": {"get": {"operationId": "watch", "responses": {
                "200": {"description": "events", "content": {"text/event-stream": {
                    "x-item-schema": item_schema
                }}}
            }}}}
        })
    }

    #[test]
    fn inline_data_is_hoisted_and_the_operation_takes_last_event_id() {
        let mut lowered = document(json!({
            "type": "object",
            "properties": {
                "event": {"type": "string", "enum": ["made", "gone"]},
                "data": {"type": "object", "properties": {"n": {"type": "integer"}}}
            }
        }));
        lower(&mut lowered);
        let operation = &lowered["paths"]["/events"]["get"];
        assert_eq!(
            operation["responses"]["200"]["content"][EVENT_STREAM][KEPT_EVENTS],
            json!({"data": {"$ref": "#/components/schemas/watch-event"}, "names": ["made", "gone"]})
        );
        assert_eq!(
            lowered["components"]["schemas"]["watch-event"]["properties"]["n"]["type"],
            "integer"
        );
        assert_eq!(operation["parameters"][0]["name"], LAST_EVENT_ID);
    }

    #[test]
    fn content_schema_is_the_data_and_plain_text_data_is_refused() {
        let mut lowered = document(json!({"properties": {"data": {
            "contentMediaType": "application/json",
            "contentSchema": {"$ref": "#/components/schemas/Order"}
        }}}));
        lower(&mut lowered);
        let media =
            &lowered["paths"]["/events"]["get"]["responses"]["200"]["content"][EVENT_STREAM];
        assert_eq!(
            media[KEPT_EVENTS]["data"],
            json!({"$ref": "#/components/schemas/Order"})
        );
        let media = json!({"x-item-schema": {"properties": {"data": {"type": "string"}}}});
        let content = Map::from_iter([(EVENT_STREAM.to_owned(), media.clone())]);
        let reason = refusal(&json!({}), "200", &content, &media);
        assert!(reason.is_some_and(|reason| reason.contains("plain text")));
        assert!(refusal(&json!({}), "404", &content, &media).is_some_and(|r| r.contains("2XX")));
    }
}
