//! A body's media types as the generators take them: JSON by any name is `application/json`
//! (the one progenitor types); a request body offering no JSON is a form when it offers one,
//! else raw bytes of its documented types. What a request body offers beside the one the
//! generated client sends (JSON, else the form) is read by the router into the same typed
//! value where it carries the same schema: a form, and XML (`application/xml`, `text/xml`,
//! `…+xml`) laid out as OpenAPI's `xml` objects say (`x-codegen-also-read`). What it cannot
//! read (another schema, multipart, any other type) is kept with its place and the reason in
//! `x-codegen-unread` ([`crate::notes`] reports it; the router answers it 415).

use serde_json::{Map, Value, json};

use super::{ALSO_READ, KEPT_MULTIPART, KEPT_RAW_MEDIA_TYPES, UNREAD};
use crate::openapi::{FORM, JSON, OCTET_STREAM, essence, is_json, is_object_schema};

/// Keeps only the JSON media type (renamed `application/json`) of a body that offers one;
/// true when the content changed.
pub(super) fn json_media(holder: &mut Value) -> bool {
    let Some(content) = holder.get_mut("content").and_then(Value::as_object_mut) else {
        return false;
    };
    if content.len() == 1 && content.contains_key(JSON) {
        return false;
    }
    let Some((_, media)) = content.iter().find(|(key, _)| is_json(key)) else {
        return false;
    };
    let media = media.clone();
    content.clear();
    content.insert(JSON.to_owned(), media);
    true
}

/// The media type the generators give a request body that offers no JSON: a form when one
/// is offered, else raw bytes (progenitor's `application/octet-stream`), with the documented
/// types kept in `x-codegen-raw-media-types` for the router. True when the content changed.
pub(super) fn request_media(body: &mut Value) -> bool {
    let Some(content) = body.get_mut("content").and_then(Value::as_object_mut) else {
        return false;
    };
    if content.is_empty() || content.contains_key(JSON) {
        return false;
    }
    if let Some((key, media)) = content.iter().find(|(key, _)| essence(key) == FORM) {
        if content.len() == 1 && key == FORM {
            return false;
        }
        let mut media = media.clone();
        if media.get("schema").is_none() {
            media["schema"] = json!({"type": "object"});
        }
        content.clear();
        content.insert(FORM.to_owned(), media);
        return true;
    }
    let types: Vec<Value> = content
        .keys()
        .map(|key| Value::String(key.clone()))
        .collect();
    let multipart = content
        .iter()
        .find(|(key, _)| essence(key) == "multipart/form-data")
        .and_then(|(_, media)| media.get("schema"))
        .cloned();
    content.clear();
    content.insert(
        OCTET_STREAM.to_owned(),
        json!({"schema": {"type": "string", "format": "binary"}}),
    );
    body[KEPT_RAW_MEDIA_TYPES] = Value::Array(types);
    if let Some(schema) = multipart {
        body[KEPT_MULTIPART] = schema;
    }
    true
}

/// A JSON media type without a schema is any JSON; true when one was filled in.
pub(super) fn any_schema(holder: &mut Value) -> bool {
    match holder.pointer_mut("/content/application~1json") {
        Some(Value::Object(media)) if !media.contains_key("schema") => {
            media.insert("schema".to_owned(), json!({}));
            true
        }
        _ => false,
    }
}

/// Whether `media_type` is XML by any of its usual names.
pub(super) fn is_xml(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/xml" || essence == "text/xml" || essence.ends_with("+xml")
}

/// How the router takes each media type a request body's `content` offers beside the one
/// the generated client sends (its JSON, else its form).
pub(super) struct Offered {
    /// Read into the same value: `{mediaType, reader: "form" | "xml", xml: shape}`.
    pub(super) also: Vec<Value>,
    /// Not read: `{mediaType, pointer, reason}`.
    pub(super) unread: Vec<Value>,
}

/// The other media types of a request body's `content` (resolved, as written), at `pointer`.
pub(super) fn offered(components: &Value, content: &Map<String, Value>, pointer: &str) -> Offered {
    let mut offered = Offered {
        also: Vec::new(),
        unread: Vec::new(),
    };
    let primary = content
        .keys()
        .find(|key| is_json(key))
        .or_else(|| content.keys().find(|key| essence(key) == FORM));
    let Some(primary) = primary else {
        return offered;
    };
    let schema = content[primary].get("schema").cloned().unwrap_or(json!({}));
    let flat = flat_object(components, &schema);
    let primary_is_json = is_json(primary);
    for (media_type, media) in content.iter().filter(|(key, _)| *key != primary) {
        let form = essence(media_type) == FORM;
        let same = media.get("schema").cloned().unwrap_or(json!({})) == schema;
        let reason = if is_json(media_type) && same {
            // JSON by any name is read by the JSON reader.
            None
        } else if is_json(media_type) {
            Some(
                "its schema is not the one the generated client sends: the router reads it as the first JSON media type's",
            )
        } else if !same {
            Some("its schema is not the one the generated client sends: the router answers 415")
        } else if form && primary_is_json && !flat {
            Some(
                "a form cannot carry it, its schema is not an object of scalars and arrays of scalars: the router answers 415",
            )
        } else if form && primary_is_json {
            offered
                .also
                .push(json!({"mediaType": media_type, "reader": "form"}));
            None
        } else if is_xml(media_type) {
            let shape = shape(components, &schema, &mut Vec::new()).unwrap_or(json!({}));
            offered
                .also
                .push(json!({"mediaType": media_type, "reader": "xml", "xml": shape}));
            None
        } else {
            Some(
                "beside JSON or a form, the router reads a form and XML of the same schema, not this media type: it answers 415",
            )
        };
        if let Some(reason) = reason {
            let place = format!(
                "{pointer}/content/{}",
                crate::pointer::escape_token(media_type)
            );
            offered
                .unread
                .push(json!({"mediaType": media_type, "pointer": place, "reason": reason}));
        }
    }
    offered
}

/// Whether a form can carry a value of `schema`: an object (with its `allOf` parts) whose
/// properties are scalars or arrays of scalars, which is what the router's form reader reads.
fn flat_object(components: &Value, schema: &Value) -> bool {
    let schema = crate::resolve::follow(components, schema).0;
    let composed = |schema: &Value| {
        ["allOf", "anyOf", "oneOf"]
            .iter()
            .any(|keyword| schema.get(keyword).is_some())
    };
    let scalar = |schema: &Value| {
        let schema = crate::resolve::follow(components, schema).0;
        !is_object_schema(schema)
            && !composed(schema)
            && !matches!(
                schema.get("type").and_then(Value::as_str),
                Some("object" | "array")
            )
    };
    let parts: Vec<&Value> = std::iter::once(schema)
        .chain(
            schema
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|part| crate::resolve::follow(components, part).0),
        )
        .collect();
    if !is_object_schema(schema) && schema.get("allOf").is_none()
        || parts[1..]
            .iter()
            .any(|part| composed(part) || !is_object_schema(part))
        || schema.get("anyOf").is_some()
        || schema.get("oneOf").is_some()
    {
        return false;
    }
    parts
        .iter()
        .filter_map(|part| part.get("properties").and_then(Value::as_object))
        .flat_map(Map::values)
        .all(|property| {
            let property = crate::resolve::follow(components, property).0;
            match property.get("type").and_then(Value::as_str) {
                Some("array") => property.get("items").is_none_or(scalar),
                _ => scalar(property),
            }
        })
}

/// Marks a request `body` (resolved, its content as written, at `pointer`) with what
/// [`offered`] finds; true when it did.
pub(super) fn mark(components: &Value, body: &mut Value, pointer: &str) -> bool {
    let Some(content) = body.get("content").and_then(Value::as_object) else {
        return false;
    };
    let Offered { also, unread } = offered(components, content, pointer);
    if !also.is_empty() {
        body[ALSO_READ] = Value::Array(also);
    }
    if !unread.is_empty() {
        body[UNREAD] = Value::Array(unread);
    }
    body.get(ALSO_READ).is_some() || body.get(UNREAD).is_some()
}

/// What the `xml` objects of `schema` and its parts say (`name`, `wrapped`,
/// the items' and the properties' shapes); `None` when nothing. A reference already being
/// walked (a cycle) says nothing more.
fn shape(components: &Value, schema: &Value, walking: &mut Vec<String>) -> Option<Value> {
    let (schema, at) = crate::resolve::follow(components, schema);
    if let Some(at) = &at {
        if walking.contains(at) {
            return None;
        }
        walking.push(at.clone());
    }
    let mut out = Map::new();
    if let Some(xml) = schema.get("xml").and_then(Value::as_object) {
        if let Some(name) = xml.get("name").and_then(Value::as_str) {
            out.insert("name".to_owned(), json!(name));
        }
        // `attribute` is not kept: the router reads a property from an attribute or an
        // element alike (writers differ).
        if xml.get("wrapped").and_then(Value::as_bool) == Some(true) {
            out.insert("wrapped".to_owned(), json!(true));
        }
    }
    if let Some(items) = schema.get("items")
        && let Some(items) = shape(components, items, walking)
    {
        out.insert("items".to_owned(), items);
    }
    let mut properties = Map::new();
    properties_of(components, schema, walking, &mut properties);
    if !properties.is_empty() {
        out.insert("properties".to_owned(), Value::Object(properties));
    }
    if at.is_some() {
        walking.pop();
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

/// The shapes of the properties of `schema` and of its `allOf`, `anyOf` and `oneOf` parts
/// (the first part to name a property decides it).
fn properties_of(
    components: &Value,
    schema: &Value,
    walking: &mut Vec<String>,
    into: &mut Map<String, Value>,
) {
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            if !into.contains_key(name)
                && let Some(shape) = shape(components, property, walking)
            {
                into.insert(name.clone(), shape);
            }
        }
    }
    for keyword in ["allOf", "anyOf", "oneOf"] {
        for part in schema
            .get(keyword)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (part, at) = crate::resolve::follow(components, part);
            if at.as_ref().is_some_and(|at| walking.contains(at)) {
                continue;
            }
            if let Some(at) = &at {
                walking.push(at.clone());
            }
            properties_of(components, part, walking, into);
            if at.is_some() {
                walking.pop();
            }
        }
    }
}

/// Removes from each request body of `document` (as written) the media types the router does
/// not read (see [`offered`]); their pointers. [`crate::as_read`] takes them out of the
/// document the wire checks are given: what the router answers 415 is reported by
/// [`crate::notes`], not offered to clients.
pub(crate) fn without_unread(document: &mut Value) -> Vec<String> {
    let root = document.clone();
    let mut removed = Vec::new();
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return removed;
    };
    for (path, item) in paths.iter_mut() {
        for method in crate::openapi::METHODS {
            let Some(body) = item
                .get_mut(method)
                .and_then(|operation| operation.get_mut("requestBody"))
            else {
                continue;
            };
            let pointer = format!(
                "/paths/{}/{method}/requestBody",
                crate::pointer::escape_token(path)
            );
            let mut resolved = crate::resolve::follow(&root, body).0.clone();
            let Some(content) = resolved.get_mut("content").and_then(Value::as_object_mut) else {
                continue;
            };
            let unread = offered(&root, content, &pointer).unread;
            if unread.is_empty() {
                continue;
            }
            for unread in unread {
                if let Some(media_type) = unread.get("mediaType").and_then(Value::as_str) {
                    content.remove(media_type);
                }
                if let Some(place) = unread.get("pointer").and_then(Value::as_str) {
                    removed.push(format!("{place} (a media type the router does not read)"));
                }
            }
            *body = resolved;
        }
    }
    removed
}
