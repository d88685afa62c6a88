//! Lowering: the document rewritten into the shapes both generators handle, before the subset
//! check and before progenitor sees it. The served document (`Spec::raw`) stays as written.
//!
//! - Callbacks and webhooks are taken out, listed for `notes` (`left_out.rs`).
//! - Header parameters named `Accept`, `Content-Type` or `Authorization` are left out, as
//!   OpenAPI says (`ignored.rs`).
//! - A reference into a component or into `#/paths`, and a path item's reference, is a copy
//!   of its target (`references.rs`): the generators follow only whole components.
//! - A required `readOnly` or `writeOnly` property is optional in the Rust type, required by
//!   the validator the way it travels (`access.rs`).
//! - A `mutualTLS` security scheme is an `http` scheme marked `x-codegen-mutual-tls`
//!   (`mutual_tls.rs`).
//! - A path template's query part (`/a?q={q}`) is query parameters (`query_templates.rs`); a
//!   parameter's `content` whose value travels as its text is its `schema` (`content_parameters.rs`).
//! - Cookie parameters are header parameters to the generators, their place kept in
//!   `x-codegen-in` (`cookies.rs`).
//! - Component schemas, parameters and response types whose Rust names would collide are
//!   renamed for the generators (`names.rs`; a parameter keeps its wire name in `x-codegen-name`),
//!   and so are the inline types typify would name like another type (`inline_types.rs`).
//! - An OpenAPI 3.1 document is read as the 3.0 document that means the same (`from_3_1`).
//! - An operation without `operationId` gets one from its method and path
//!   (`get /pets/{petId}/toys` → `getPetsByPetIdToys`), made unique with a number.
//! - JSON media types spelled otherwise (`application/json; charset=utf-8`, `text/json`,
//!   `application/problem+json`, `application/vnd.x+json`) are read as `application/json`;
//!   when a response offers JSON and other types, the JSON one is what the client asks for
//!   and gets typed.
//! - A schema without `type` is given the one its `format` or `enum` implies, and loses the
//!   keywords of the kind it is not (`typeless.rs`).
//! - Schema keywords typify cannot take: a `format` on an object, boolean or array is
//!   dropped; a `default` of the wrong JSON type is read as the right one where it is
//!   written as a string, else dropped, and so is one outside the `enum`; a string `enum`
//!   whose values would collide as Rust variants (`FAILED`/`failed`, `e-`/`e+`) or that
//!   holds non-strings leaves the type a plain string (the router checks its string values).
//! - An `enum` written against its `type` is read as its author meant it where that is
//!   certain: an array's values that are no arrays are its items' (`enums.rs`).
//! - Query parameters of other styles (`explode: false`, `spaceDelimited`, `pipeDelimited`,
//!   `deepObject`) are written as exploded `form` for progenitor, their style kept in
//!   `x-codegen-style` for the router, which reads both spellings.
//! - `default` beside a success status answers only errors: it becomes `4XX` and `5XX`.
//! - progenitor gives an operation one success type and one error type. Where the statuses of
//!   a group disagree, the group is lowered: JSON bodies of different schemas to any JSON
//!   (`serde_json::Value`), a mix of bodies and no body (or JSON and non-JSON bodies) to raw
//!   bytes; the content as written is kept in `x-codegen-content`, which the router answers.

mod access;
mod content_parameters;
mod cookies;
mod enums;
mod events;
mod ignored;
mod inline_types;
mod left_out;
mod media;
mod mutual_tls;
mod names;
mod parameters;
mod query_templates;
mod references;
mod typeless;

pub(crate) use content_parameters::JSON_STYLE;
pub(crate) use events::{ITEM_SCHEMA_KEYS, LAST_EVENT_ID, refusal as event_stream_refusal};
pub(crate) use ignored::lower as without_ignored_headers;
pub(crate) use media::without_unread;
pub(crate) use typeless::as_read;

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use self::media::{any_schema, json_media, request_media};
use crate::{
    naming::{collision_key, operation_method, synthesized_operation_id},
    openapi::{Class, JSON, METHODS, Status},
};

/// What a document writes against OpenAPI's rules or the generators' shapes, read as its
/// author meant it where that is certain: a path template's query part, a parameter's
/// `content` that travels as its schema's text. The pointers of what it rewrote.
pub(crate) fn as_meant(document: &mut Value) -> Vec<String> {
    let mut changed = query_templates::lower(document);
    changed.extend(content_parameters::lower(document));
    changed
}

/// Where lowering keeps, for the router, what it rewrote for progenitor: a query parameter's
/// style (`spaceDelimited`, `pipeDelimited`, `commaSeparated`, `deepObject`) ...
pub(crate) const KEPT_STYLE: &str = "x-codegen-style";
/// ... an object query parameter's schema as written ...
pub(crate) const KEPT_SCHEMA: &str = "x-codegen-schema";
/// ... a raw request body's documented media types ...
pub(crate) const KEPT_RAW_MEDIA_TYPES: &str = "x-codegen-raw-media-types";
/// ... a raw request body's `multipart/form-data` schema, which the router checks parts by ...
pub(crate) const KEPT_MULTIPART: &str = "x-codegen-multipart-schema";
/// ... the values of a string enum left a plain string in Rust ...
pub(crate) const KEPT_ENUM: &str = "x-codegen-enum";
/// ... an OpenAPI 3.1 schema's `examples` list (3.0 has one `example`). The model reads
/// the first three into typed fields (`model::Parameter::style`, `checked_schema`,
/// `model::BodyKind::Raw`) and the last into `model::Example`s, the validator statics the
/// enum; nothing else names them.
pub(crate) const KEPT_EXAMPLES: &str = "x-codegen-examples";
/// ... an object's `required` as written, `readOnly` and `writeOnly` properties included
/// (`access.rs`) ...
pub(crate) const KEPT_REQUIRED: &str = "x-codegen-required";
/// ... a cookie parameter's place (`cookies.rs`) ...
pub(crate) const KEPT_IN: &str = "x-codegen-in";
/// ... which `http` scheme stands for a `mutualTLS` one (`mutual_tls.rs`) ...
pub(crate) const KEPT_MUTUAL_TLS: &str = "x-codegen-mutual-tls";
/// ... a response's content as written, where progenitor's one success or error type made
/// it any JSON or raw bytes (`model::Response::content`) ...
pub(crate) const KEPT_CONTENT: &str = "x-codegen-content";
/// ... a renamed parameter's name on the wire (`names.rs`) ...
pub(crate) const KEPT_NAME: &str = "x-codegen-name";
/// ... an event stream's data schema and event names (`events.rs`) ...
pub(crate) const KEPT_EVENTS: &str = "x-codegen-events";
/// ... the media types a request body offers beside the one the client sends that the
/// router reads into the same value, and those it does not read (`media.rs`).
pub(crate) const ALSO_READ: &str = "x-codegen-also-read";
/// ... a response's JSON media type as written where it is not `application/json` ...
pub(crate) const KEPT_JSON_MEDIA: &str = "x-codegen-json-media";
pub(crate) const UNREAD: &str = "x-codegen-unread";
/// ... and, on the document, what the generators leave out: callbacks and webhooks
/// (`left_out.rs`), each with its pointer, for `notes`.
pub(crate) const LEFT_OUT: &str = "x-codegen-left-out";

pub(crate) fn lower(raw: &Value) -> Value {
    let mut document = raw.clone();
    ignored::lower(&mut document);
    left_out::lower(&mut document);
    references::inline(&mut document);
    as_meant(&mut document);
    operation_ids(&mut document);
    events::lower(&mut document);
    from_3_1(&mut document);
    names::components(&mut document);
    mutual_tls::lower(&mut document);
    cookies::lower(&mut document);
    content_parameters::json(&mut document);
    names::parameters(&mut document);
    let components: BTreeSet<String> = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().map(|name| collision_key(name)).collect())
        .unwrap_or_default();
    schemas(&mut document, &components, false);
    // What references point at, for the rewrites below: the components (lowered) as a
    // document of their own.
    let components =
        json!({"components": document.get("components").cloned().unwrap_or(Value::Null)});
    parameters::each(&mut document, |parameter| {
        parameter_style(&components, parameter)
    });
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            for method in METHODS {
                if let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut) {
                    if let Some(body) = operation.get_mut("requestBody") {
                        let mut resolved = resolve(&components, body);
                        let pointer = format!(
                            "/paths/{}/{method}/requestBody",
                            crate::pointer::escape_token(path)
                        );
                        if media::mark(&components, &mut resolved, &pointer)
                            | json_media(&mut resolved)
                            | any_schema(&mut resolved)
                            | request_media(&mut resolved)
                        {
                            *body = resolved;
                        }
                    }
                    if let Some(responses) = operation
                        .get_mut("responses")
                        .and_then(Value::as_object_mut)
                    {
                        lower_responses(&components, responses);
                    }
                }
            }
        }
    }
    names::operation_types(&mut document);
    inline_types::lower(&mut document);
    document
}

/// An OpenAPI 3.1 document as the 3.0 one that means the same, where one does: an operation
/// without `responses` answers `2XX` with no body, `type` lists
/// with `"null"` become `nullable`, other type lists `anyOf`, `const` a one-value `enum`,
/// numeric `exclusiveMinimum`/`exclusiveMaximum` the 3.0 pair, a list of `examples` its first
/// as `example`. Keywords 3.0 lacks and that change no type (`$comment`, `contentMediaType`)
/// are left for the reader to ignore.
fn from_3_1(document: &mut Value) {
    let is_3_1 = document
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|version| version.starts_with("3.1"));
    if !is_3_1 {
        return;
    }
    document["openapi"] = json!("3.0.3");
    if document.get("paths").is_none() {
        document["paths"] = json!({});
    }
    // `responses` is optional in 3.1: an operation without them succeeds with no body.
    for item in document["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
    {
        for method in METHODS {
            if let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut)
                && !operation.contains_key("responses")
            {
                operation.insert(
                    "responses".to_owned(),
                    json!({"2XX": {"description": "Success (the document lists no responses)."}}),
                );
            }
        }
    }
    if let Some(schemas) = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        schemas.values_mut().for_each(schema_3_1);
    }
    schema_holders_3_1(document);
}

/// Every `schema` member outside `components/schemas` (parameters, media types, headers).
fn schema_holders_3_1(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "schema" && child.is_object() {
                    schema_3_1(child);
                } else if key != "schemas" {
                    schema_holders_3_1(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(schema_holders_3_1),
        _ => {}
    }
}

fn schema_3_1(schema: &mut Value) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = map.get("type").cloned() {
        let null = types.iter().any(|t| t == "null");
        let others: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
        map.remove("type");
        if null {
            map.insert("nullable".to_owned(), json!(true));
        }
        match others.as_slice() {
            [] => {}
            [one] => {
                map.insert("type".to_owned(), one.clone());
            }
            several => {
                let parts: Vec<Value> = several.iter().map(|t| json!({ "type": t })).collect();
                map.insert("anyOf".to_owned(), Value::Array(parts));
            }
        }
    } else if map.get("type").and_then(Value::as_str) == Some("null") {
        map.remove("type");
        map.insert("nullable".to_owned(), json!(true));
    }
    if let Some(value) = map.remove("const") {
        // A `const` alone says its type too.
        let kind = match &value {
            Value::String(_) => Some("string"),
            Value::Bool(_) => Some("boolean"),
            Value::Number(number) if number.is_f64() => Some("number"),
            Value::Number(_) => Some("integer"),
            _ => None,
        };
        if let Some(kind) = kind
            && !map.contains_key("type")
        {
            map.insert("type".to_owned(), json!(kind));
        }
        map.insert("enum".to_owned(), json!([value]));
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(number) = map.get(exclusive).filter(|v| v.is_number()).cloned() {
            map.insert(bound.to_owned(), number);
            map.insert(exclusive.to_owned(), json!(true));
        }
    }
    if let Some(Value::Array(examples)) = map.remove("examples")
        && let Some(first) = examples.first()
    {
        map.entry("example").or_insert(first.clone());
        map.insert(KEPT_EXAMPLES.to_owned(), Value::Array(examples));
    }
    if let Some(properties) = map.get_mut("properties").and_then(Value::as_object_mut) {
        properties.values_mut().for_each(schema_3_1);
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key) {
            schema_3_1(child);
        }
    }
    for key in ["allOf", "anyOf", "oneOf", "prefixItems"] {
        if let Some(children) = map.get_mut(key).and_then(Value::as_array_mut) {
            children.iter_mut().for_each(schema_3_1);
        }
    }
}

/// Schema keywords typify cannot take, made into ones it can (see the module's list).
/// `names`: `value` is a map of names (a schema's `properties`, the components' `schemas`),
/// whose keys are no keywords.
fn schemas(value: &mut Value, components: &BTreeSet<String>, names: bool) {
    match value {
        Value::Object(map) => {
            let kind = map
                .get("type")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .or_else(|| {
                    (!names)
                        .then(|| typeless::lower(map))
                        .flatten()
                        .map(str::to_owned)
                });
            if let Some(kind) = kind.as_deref() {
                enums::read(map, kind);
                schema_keywords(map, kind);
            }
            access::lower(map);
            // typify names an inline type after its `title`: one that is a component's name
            // too defines that name twice.
            let schema_like = [
                "type",
                "properties",
                "allOf",
                "anyOf",
                "oneOf",
                "enum",
                "items",
            ]
            .iter()
            .any(|key| map.contains_key(*key));
            if schema_like
                && map
                    .get("title")
                    .and_then(Value::as_str)
                    .is_some_and(|title| components.contains(&collision_key(title)))
            {
                map.remove("title");
            }
            let values = typeless::value_keys(map);
            for (key, child) in map.iter_mut() {
                if !values(key) {
                    // A map of names holds none: a property named `links` is a schema.
                    schemas(child, components, !names && typeless::names(key));
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| schemas(item, components, false)),
        _ => {}
    }
}

fn schema_keywords(map: &mut Map<String, Value>, kind: &str) {
    if !matches!(
        kind,
        "string" | "integer" | "number" | "boolean" | "array" | "object"
    ) {
        return;
    }
    // A format on a type that has none (`type: object, format: uri-map`) says nothing.
    if matches!(kind, "object" | "boolean" | "array") {
        map.remove("format");
    }
    // A default of the wrong JSON type: read as the right one where it is written as a
    // string (`default: '100'` for an integer), else dropped.
    if let Some(default) = map.get("default").cloned() {
        let fits = |value: &Value| match kind {
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            _ => value.is_object(),
        };
        let coerced = match (&default, kind) {
            (value, _) if fits(value) || value.is_null() => Some(default.clone()),
            (Value::String(text), "integer" | "number" | "boolean") => {
                serde_json::from_str::<Value>(text).ok().filter(fits)
            }
            (Value::Number(number), "string") => Some(Value::String(number.to_string())),
            (Value::Bool(flag), "string") => Some(Value::String(flag.to_string())),
            _ => None,
        };
        let in_enum = |value: &Value| {
            map.get("enum")
                .and_then(Value::as_array)
                .is_none_or(|values| values.contains(value))
        };
        match coerced.filter(|value| value.is_null() || in_enum(value)) {
            Some(value) => {
                map.insert("default".to_owned(), value);
            }
            None => {
                map.remove("default");
            }
        }
    }
    // A `null` among the values of a type that is not `nullable` is not one of its values
    // (the type excludes it); typify would make the type an `Option` of itself.
    if map.get("nullable") != Some(&Value::Bool(true))
        && let Some(values) = map.get_mut("enum").and_then(Value::as_array_mut)
    {
        values.retain(|value| !value.is_null());
    }
    // String enums whose values differ only in case or punctuation would make two variants
    // of one name: the type stays a string (the values are listed in its documentation).
    if kind == "string"
        && let Some(values) = map.get("enum").and_then(Value::as_array)
    {
        let mut names = BTreeSet::new();
        let collide = values
            .iter()
            .filter_map(Value::as_str)
            .any(|value| !names.insert(collision_key(value)));
        let not_strings = values
            .iter()
            .any(|value| !value.is_string() && !value.is_null());
        if collide || not_strings {
            // Kept for the router, which checks the values all the same; of an enum that
            // holds non-strings, the strings (a string can only equal one of those).
            if let Some(Value::Array(values)) = map.remove("enum") {
                let strings: Vec<Value> = values
                    .into_iter()
                    .filter(|value| value.is_string() || value.is_null())
                    .collect();
                if strings.iter().any(Value::is_string) {
                    map.insert(KEPT_ENUM.to_owned(), Value::Array(strings));
                }
            }
        }
    }
}

/// Synthesizes the missing operation ids.
fn operation_ids(document: &mut Value) {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let mut taken: BTreeSet<String> = paths
        .values()
        .flat_map(|item| METHODS.iter().filter_map(move |m| item.get(*m)))
        .filter_map(|operation| operation.get("operationId").and_then(Value::as_str))
        .map(operation_method)
        .collect();
    for (path, item) in paths.iter_mut() {
        for method in METHODS {
            let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut) else {
                continue;
            };
            if operation
                .get("operationId")
                .and_then(Value::as_str)
                .is_some_and(|id| !id.trim().is_empty())
            {
                continue;
            }
            let base = synthesized_operation_id(method, path);
            let mut id = base.clone();
            let mut n = 2;
            while !taken.insert(operation_method(&id)) {
                id = format!("{base}{n}");
                n += 1;
            }
            operation.insert("operationId".to_owned(), Value::String(id));
        }
    }
}

/// A reference replaced by (a copy of) its target, followed to the end.
fn resolve(components: &Value, value: &Value) -> Value {
    crate::resolve::follow(components, value).0.clone()
}

/// A query parameter of another style than exploded `form` is written, for progenitor, as
/// that (the generated client sends arrays as repeated keys and objects as their properties),
/// with its style kept in `x-codegen-style` for the router, which reads both.
fn parameter_style(components: &Value, parameter: &mut Value) {
    let Some(map) = parameter.as_object_mut() else {
        return;
    };
    if map.get("in").and_then(Value::as_str) != Some("query") {
        return;
    }
    // progenitor cannot take a parameter whose type is a struct: an object parameter is a map
    // of any JSON in Rust, and its schema, kept in `x-codegen-schema`, is what the router
    // checks.
    let object = map
        .get("schema")
        .is_some_and(|schema| crate::openapi::is_object_schema(&resolve(components, schema)));
    if object && let Some(schema) = map.insert("schema".to_owned(), json!({"type": "object"})) {
        map.insert(KEPT_SCHEMA.to_owned(), schema);
    }
    let style = map.get("style").and_then(Value::as_str).unwrap_or("form");
    let explode = map
        .get("explode")
        .and_then(Value::as_bool)
        .unwrap_or(style == "form");
    let kept = match (style, explode) {
        ("form", true) => return,
        ("form", false) => "commaSeparated",
        (other, _) => other,
    };
    let kept = kept.to_owned();
    map.remove("style");
    map.remove("explode");
    map.insert(KEPT_STYLE.to_owned(), Value::String(kept));
}

/// What a response carries, as progenitor will see it.
#[derive(Clone, PartialEq)]
enum Kind {
    None,
    Json(Value),
    Raw,
}

fn kind(response: &Value) -> Kind {
    match response.get("content").and_then(Value::as_object) {
        None => Kind::None,
        Some(content) if content.is_empty() => Kind::None,
        Some(content) => match content.get(JSON) {
            Some(media) => Kind::Json(media.get("schema").cloned().unwrap_or(json!({}))),
            None => Kind::Raw,
        },
    }
}

/// In the success group (not `default`, which belongs to both).
fn is_success(status: &str) -> bool {
    Status::parse(status).is_some_and(|status| status.class() == Class::Success)
}

/// In the error group (not `default`).
fn is_error(status: &str) -> bool {
    Status::parse(status).is_some_and(|status| status.class() == Class::Error)
}

fn lower_responses(components: &Value, responses: &mut Map<String, Value>) {
    // The content as written, kept where a group is lowered.
    let written: Map<String, Value> = responses
        .iter()
        .map(|(status, response)| {
            let content = resolve(components, response).get("content").cloned();
            (status.clone(), content.unwrap_or_else(|| json!({})))
        })
        .collect();
    // Resolve the references whose content must change; JSON by another name first.
    for response in responses.values_mut() {
        let mut resolved = resolve(components, response);
        let named = resolved
            .get("content")
            .and_then(Value::as_object)
            .and_then(|content| content.keys().find(|key| crate::openapi::is_json(key)))
            .filter(|key| *key != JSON)
            .cloned();
        if json_media(&mut resolved) | any_schema(&mut resolved) {
            if let Some(named) = named {
                resolved[KEPT_JSON_MEDIA] = Value::String(named);
            }
            *response = resolved;
        }
    }
    let has_success = responses.keys().any(|status| is_success(status));
    if has_success && let Some(default) = responses.remove("default") {
        for range in ["4XX", "5XX"] {
            if !responses.contains_key(range) {
                responses.insert(range.to_owned(), default.clone());
            }
        }
    }
    // `default` (left only when nothing else succeeds) belongs to both groups.
    let group = |status: &str, success: bool| {
        status == "default"
            || if success {
                is_success(status)
            } else {
                is_error(status)
            }
    };
    for success in [true, false] {
        let statuses: Vec<String> = responses
            .keys()
            .filter(|status| group(status, success))
            .cloned()
            .collect();
        let kinds: Vec<Kind> = statuses
            .iter()
            .map(|status| kind(&resolve(components, &responses[status])))
            .collect();
        let Some(first) = kinds.first() else {
            continue;
        };
        if kinds.iter().all(|kind| kind == first) {
            continue;
        }
        let all_json = kinds.iter().all(|kind| matches!(kind, Kind::Json(_)));
        for status in &statuses {
            let mut response = resolve(components, &responses[status]);
            let description = response
                .get("description")
                .cloned()
                .unwrap_or_else(|| json!(""));
            let content = if all_json {
                json!({ JSON: { "schema": {} } })
            } else {
                json!({ "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } })
            };
            if let Some(object) = response.as_object_mut() {
                // `4XX` and `5XX` made from `default` are as `default` was written.
                let as_written = written.get(status).or_else(|| written.get("default"));
                object.insert(
                    KEPT_CONTENT.to_owned(),
                    as_written.cloned().unwrap_or_default(),
                );
                object.insert("description".to_owned(), description);
                object.insert("content".to_owned(), content);
            }
            responses.insert(status.clone(), response);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_synthesized_id_never_takes_a_written_one() {
        let raw = json!({
            "paths": {
                "/pets": {
                    "get": {"responses": {}},
                    "post": {"operationId": "getPets", "responses": {}}
                }
            }
        });
        let lowered = lower(&raw);
        assert_eq!(lowered["paths"]["/pets"]["get"]["operationId"], "getPets2");
        assert_eq!(lowered["paths"]["/pets"]["post"]["operationId"], "getPets");
    }

    #[test]
    fn default_beside_success_answers_errors_and_mixed_groups_are_lowered() {
        let raw = json!({
            "paths": {"/a": {"get": {"operationId": "a", "responses": {
                "200": {"description": "ok", "content": {"application/json; charset=utf-8": {"schema": {"type": "string"}}}},
                "204": {"description": "none"},
                "404": {"description": "nf", "content": {"application/json": {"schema": {"type": "integer"}}}},
                "default": {"description": "err", "content": {"application/json": {"schema": {"type": "boolean"}}}}
            }}}}
        });
        let lowered = lower(&raw);
        let responses = &lowered["paths"]["/a"]["get"]["responses"];
        assert!(responses.get("default").is_none());
        // Errors of three schemas: any JSON.
        assert_eq!(responses["4XX"]["content"][JSON]["schema"], json!({}));
        assert_eq!(responses["404"]["content"][JSON]["schema"], json!({}));
        // A body and no body among the successes: raw bytes.
        assert!(responses["200"]["content"]["application/octet-stream"].is_object());
        assert!(responses["204"]["content"]["application/octet-stream"].is_object());
    }

    #[test]
    fn a_null_among_the_values_of_a_type_that_is_not_nullable_is_not_one() {
        let raw = json!({"components": {"schemas": {
            "Frequency": {"type": "string", "enum": ["weekly", null]},
            "Maybe": {"type": "string", "nullable": true, "enum": ["weekly", null]},
        }}});
        let lowered = lower(&raw);
        let schemas = &lowered["components"]["schemas"];
        assert_eq!(schemas["Frequency"]["enum"], json!(["weekly"]));
        assert_eq!(schemas["Maybe"]["enum"], json!(["weekly", null]));
    }
}
