//! Schemas without `type` that typify cannot read, given the type their other keywords imply.
//!
//! - A `format` alone (`{format: date-time}`, `{format: int64}`): the type the format
//!   belongs to (integer, number, boolean, else string), as the author meant it.
//! - An `enum` alone whose values are all of one JSON type: that type (a mix stays as written,
//!   and progenitor's refusal of it is located).
//! - Keywords of objects (`properties`, `required`, ...) or of arrays (`items`, ...): that
//!   kind. JSON Schema would take any value of another type there too (a `null`, a number
//!   for a request body's `{properties: ...}`); no API means that, and no Rust type could
//!   hold it beside the struct (unless the schema requires a name it has no property for:
//!   as written, which typify reads otherwise). `as_read` makes this reading explicit for tools that judge
//!   the generated crates against the document (the corpus's wire check gives it to
//!   schemathesis).
//! - Keywords of both objects and arrays (`properties` beside `maxItems`, `items` beside
//!   `required`): the kind with its structure (`properties` or `items`) keeps its keywords,
//!   the other kind's are dropped.
//!
//! Keywords are recognized by the JSON type of their values, so that a `properties` map
//! with a property named `format` or `required` is no schema to this lowering.

use serde_json::{Map, Value};

const OBJECT: [&str; 5] = [
    "properties",
    "additionalProperties",
    "required",
    "minProperties",
    "maxProperties",
];
const ARRAY: [&str; 4] = ["items", "minItems", "maxItems", "uniqueItems"];

/// The keyword's value has the JSON type the keyword takes.
fn keyword(map: &Map<String, Value>, key: &str) -> bool {
    match (key, map.get(key)) {
        (_, None) => false,
        ("properties" | "items", Some(value)) => value.is_object(),
        ("additionalProperties", Some(value)) => value.is_object() || value.is_boolean(),
        ("required" | "enum", Some(value)) => value.is_array(),
        ("uniqueItems", Some(value)) => value.is_boolean(),
        ("format", Some(value)) => value.is_string(),
        (_, Some(value)) => value.is_number(),
    }
}

/// Lowers `map` when it is a schema without `type`; the type it now has, if any.
pub(super) fn lower(map: &mut Map<String, Value>) -> Option<&'static str> {
    let composed = ["type", "$ref", "allOf", "anyOf", "oneOf", "not"]
        .iter()
        .any(|key| map.contains_key(*key));
    if composed {
        return None;
    }
    let object = OBJECT.iter().any(|key| keyword(map, key));
    let array = ARRAY.iter().any(|key| keyword(map, key));
    // A required name without a property stays as written: typify adds it as a field the
    // schema's properties lack once the schema is an object (and a property added for it
    // may collide with another's Rust name).
    let undeclared = map
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|required| {
            let properties = map.get("properties").and_then(Value::as_object);
            required
                .iter()
                .filter_map(Value::as_str)
                .any(|name| properties.is_none_or(|properties| !properties.contains_key(name)))
        });
    let as_written = object && !array && undeclared;
    if (object || array) && !as_written {
        let kind = if object && (keyword(map, "properties") || !keyword(map, "items")) {
            "object"
        } else {
            "array"
        };
        let drop: &[&str] = if kind == "object" { &ARRAY } else { &OBJECT };
        for key in drop {
            map.remove(*key);
        }
        map.insert("type".to_owned(), Value::String(kind.to_owned()));
        return Some(kind);
    }
    let implied = if keyword(map, "enum") {
        let values = map.get("enum").and_then(Value::as_array)?;
        let mut kinds = values
            .iter()
            .filter(|value| !value.is_null())
            .map(json_type);
        let first = kinds.next()?;
        if !kinds.all(|kind| kind == first) {
            return None;
        }
        first
    } else if keyword(map, "format") {
        match map.get("format").and_then(Value::as_str)? {
            "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64"
            | "integer" => "integer",
            "float" | "double" | "number" | "decimal" => "number",
            "boolean" | "bool" => "boolean",
            _ => "string",
        }
    } else {
        return None;
    };
    map.insert("type".to_owned(), Value::String(implied.to_owned()));
    Some(implied)
}

/// Which keys of `map` hold values, not schemas: a schema's examples, default, enum and
/// extensions, a media type's or parameter's examples (known by their keywords' JSON types,
/// so that a responses map's `default` or a property named `enum` is still walked), and
/// server variables (which have `enum` and `default` too).
pub(super) fn value_keys(map: &Map<String, Value>) -> impl Fn(&str) -> bool + use<> {
    let schema = map.get("type").is_some_and(Value::is_string)
        || map.get("properties").is_some_and(Value::is_object)
        || map.get("items").is_some_and(Value::is_object)
        || ["allOf", "anyOf", "oneOf"]
            .iter()
            .any(|key| map.get(*key).is_some_and(Value::is_array));
    let media = map.get("schema").is_some_and(Value::is_object);
    move |key| match key {
        "servers" => true,
        "example" | "examples" => schema || media,
        "default" | "enum" | "const" => schema,
        other => other.starts_with("x-"),
    }
}

/// Whether the value of `key` is a map of names, whose keys are no keywords (a schema's
/// `properties`, the components' `schemas`, a media type's `encoding`, a response's
/// `headers`): a property or header named `items` makes no array of the map.
pub(super) fn names(key: &str) -> bool {
    matches!(
        key,
        "properties"
            | "patternProperties"
            | "dependentSchemas"
            | "schemas"
            | "definitions"
            | "$defs"
            | "encoding"
            | "content"
            | "headers"
            | "links"
            | "callbacks"
            | "examples"
            | "responses"
            | "requestBodies"
            | "parameters"
            | "securitySchemes"
            | "variables"
            | "paths"
            | "webhooks"
            | "pathItems"
            | "mapping"
            | "scopes"
    )
}

/// `document` with every schema without `type` given the type this lowering reads it as,
/// every integer without bounds given its Rust type's, and every `format: uuid` the
/// hyphenated form's pattern (the generated crates' reading, where JSON Schema would take
/// more); the JSON pointers of the schemas changed, in document order.
pub(crate) fn as_read(document: &mut Value) -> Vec<String> {
    fn walk(value: &mut Value, names: bool, pointer: &mut String, out: &mut Vec<String>) {
        let len = pointer.len();
        match value {
            Value::Object(map) => {
                if !names && !map.contains_key("type") && lower(map).is_some() {
                    out.push(pointer.clone());
                }
                // A parameter's own schema (`…/parameters/{index or name}/schema`).
                let parameter = pointer.ends_with("/schema")
                    && pointer.rsplit('/').nth(2) == Some("parameters");
                if !names && integer_bounds(map, parameter) {
                    out.push(format!("{pointer} (the Rust integer's bounds)"));
                }
                if !names && uuid_pattern(map) {
                    out.push(format!("{pointer} (a UUID's pattern)"));
                }
                let kind = map.get("type").and_then(Value::as_str).map(str::to_owned);
                if !names && kind.is_some_and(|kind| super::enums::read(map, &kind)) {
                    out.push(format!("{pointer} (its enum as its type reads it)"));
                }
                let values = value_keys(map);
                for (key, child) in map.iter_mut() {
                    if !values(key) {
                        pointer.push('/');
                        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                        // A map of names holds no map of names: a property named
                        // `properties`, `links` or `headers` is a schema.
                        walk(child, !names && self::names(key), pointer, out);
                        pointer.truncate(len);
                    }
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    pointer.push_str(&format!("/{index}"));
                    walk(item, false, pointer, out);
                    pointer.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(document, false, &mut String::new(), &mut out);
    out
}

/// An integer schema without a bound of its own gets the bounds of the Rust integer the
/// crates read it as (typify's choice: [`rust_integer`]), where JSON Schema has no limit;
/// whether it got one. A `parameter`'s schema of an unsigned 64-bit type gets no maximum:
/// the router reads a longer run of digits in a URL or header as the largest such number
/// (`server_runtime`'s `param::saturated`: a page past anything), so none is refused.
fn integer_bounds(map: &mut Map<String, Value>, parameter: bool) -> bool {
    if map.get("type").and_then(Value::as_str) != Some("integer") {
        return false;
    }
    let number = |key: &str| map.get(key).and_then(Value::as_f64);
    // 3.0 writes an exclusive bound as a flag beside the bound, 3.1 as the bound itself.
    let exclusive = |bound: &str, flag: &str, step: f64| match map.get(flag) {
        Some(Value::Bool(true)) => number(bound).map(|value| value + step),
        Some(value) => value.as_f64().map(|value| value + step),
        None => None,
    };
    let min = match (
        number("minimum"),
        exclusive("minimum", "exclusiveMinimum", 1.0),
    ) {
        (Some(min), Some(excluded)) => Some(min.max(excluded)),
        (min, excluded) => excluded.or(min),
    };
    let max = match (
        number("maximum"),
        exclusive("maximum", "exclusiveMaximum", -1.0),
    ) {
        (Some(max), Some(excluded)) => Some(max.min(excluded)),
        (max, excluded) => excluded.or(max),
    };
    let format = map.get("format").and_then(Value::as_str);
    let (mut lowest, mut highest) = rust_integer(format, min, max, map.contains_key("multipleOf"));
    // The router checks `int32` and `int64` too (`schema_check::Numeric::format`), whatever
    // type typify picked (`minimum: 1` with `int32` is a `NonZeroU32`).
    let checked = match format {
        Some("int32") => Some((i128::from(i32::MIN), i128::from(i32::MAX))),
        Some("int64") => Some((i128::from(i64::MIN), i128::from(i64::MAX))),
        _ => None,
    };
    if let Some((format_min, format_max)) = checked {
        lowest = lowest.max(format_min);
        highest = highest.min(format_max);
    }
    let mut added = false;
    for (key, bound) in [("minimum", lowest), ("maximum", highest)] {
        let saturated = parameter && key == "maximum" && bound == i128::from(u64::MAX);
        if !map.contains_key(key) && !saturated {
            let bound = match (i64::try_from(bound), u64::try_from(bound)) {
                (Ok(signed), _) => Value::from(signed),
                (_, Ok(unsigned)) => Value::from(unsigned),
                _ => continue,
            };
            map.insert(key.to_owned(), bound);
            added = true;
        }
    }
    added
}

/// The bounds of the Rust integer typify makes of an integer schema (typify-impl 0.8's
/// `convert_integer`, step for step): a known `format` whose range holds the bounds is its
/// type (`NonZeroU*` of its width when the minimum is 1); otherwise the bounds pick the type
/// whose range they are exactly (a minimum of 0 alone is `u64`, of 1 `NonZeroU64`), and
/// anything else is `i64`.
fn rust_integer(
    format: Option<&str>,
    mut min: Option<f64>,
    mut max: Option<f64>,
    multiple: bool,
) -> (i128, i128) {
    // Least to most restrictive reversed as typify walks them: format, type's range, the
    // range of the `NonZero` type of its width.
    const FORMATS: [(&str, i128, i128, i128); 10] = [
        ("int8", i8::MIN as i128, i8::MAX as i128, u8::MAX as i128),
        ("uint8", 0, u8::MAX as i128, u8::MAX as i128),
        (
            "int16",
            i16::MIN as i128,
            i16::MAX as i128,
            u16::MAX as i128,
        ),
        ("uint16", 0, u16::MAX as i128, u16::MAX as i128),
        ("int", i32::MIN as i128, i32::MAX as i128, u32::MAX as i128),
        (
            "int32",
            i32::MIN as i128,
            i32::MAX as i128,
            u32::MAX as i128,
        ),
        ("uint", 0, u32::MAX as i128, u32::MAX as i128),
        ("uint32", 0, u32::MAX as i128, u32::MAX as i128),
        (
            "int64",
            i64::MIN as i128,
            i64::MAX as i128,
            u64::MAX as i128,
        ),
        ("uint64", 0, u64::MAX as i128, u64::MAX as i128),
    ];
    let same = |a: f64, b: i128| (a - b as f64).abs() <= f64::EPSILON;
    if let Some(&(_, lowest, highest, nonzero)) =
        FORMATS.iter().find(|(name, ..)| Some(*name) == format)
    {
        let fits_min = min.is_none_or(|min| min >= lowest as f64);
        let fits_max = max.is_none_or(|max| max <= highest as f64);
        if !multiple && fits_min && fits_max {
            return if min == Some(1.0) {
                (1, nonzero)
            } else {
                (lowest, highest)
            };
        }
        min = min.or(Some(lowest as f64));
        max = max.or(Some(highest as f64));
    }
    let u64_nonzero = (1, u64::MAX as i128);
    let found = match (min, max) {
        (None, Some(max)) => FORMATS
            .iter()
            .rev()
            .find(|(_, _, highest, _)| same(max, *highest))
            .map(|&(_, lowest, highest, _)| (lowest, highest)),
        (Some(min), None) => FORMATS.iter().rev().find_map(|&(_, lowest, highest, _)| {
            if min == 1.0 {
                Some(u64_nonzero)
            } else {
                same(min, lowest).then_some((lowest, highest))
            }
        }),
        (Some(min), Some(max)) => FORMATS.iter().rev().find_map(|&(_, lowest, highest, _)| {
            if min == 1.0 {
                Some(u64_nonzero)
            } else {
                (same(max, highest) && same(min, lowest)).then_some((lowest, highest))
            }
        }),
        (None, None) => None,
    };
    found.unwrap_or((i64::MIN as i128, i64::MAX as i128))
}

/// A string of `format: uuid` without a pattern gets the hyphenated form's (what the crates
/// read as a `Uuid`; JSON Schema before 2019-09 knows no such format and takes any string);
/// whether it got one.
fn uuid_pattern(map: &mut Map<String, Value>) -> bool {
    let uuid = map.get("type").and_then(Value::as_str) == Some("string")
        && map.get("format").and_then(Value::as_str) == Some("uuid")
        && !map.contains_key("pattern");
    if uuid {
        map.insert(
            "pattern".to_owned(),
            Value::from(
                "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            ),
        );
    }
    uuid
}

/// A value's JSON Schema type (integers apart from other numbers).
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Bool(_) => "boolean",
        Value::Number(number) if number.is_i64() || number.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => "null",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    fn lowered(schema: Value) -> Value {
        let mut schema = schema;
        super::lower(schema.as_object_mut().expect("an object"));
        schema
    }

    #[test]
    fn the_other_keywords_imply_the_type() {
        assert_eq!(
            lowered(json!({"format": "host-name"})),
            json!({"format": "host-name", "type": "string"})
        );
        assert_eq!(
            lowered(json!({"format": "int64"})),
            json!({"format": "int64", "type": "integer"})
        );
        assert_eq!(
            lowered(json!({"enum": ["==", ">=", null]})),
            json!({"enum": ["==", ">=", null], "type": "string"})
        );
        // A mix of JSON types stays as written.
        assert_eq!(
            lowered(json!({"enum": [true, 0]})),
            json!({"enum": [true, 0]})
        );
        assert_eq!(
            lowered(json!({"uniqueItems": false, "properties": {"a": {}}})),
            json!({"properties": {"a": {}}, "type": "object"})
        );
        assert_eq!(
            lowered(json!({"items": {}, "required": ["a"]})),
            json!({"items": {}, "type": "array"})
        );
        // An object's keywords alone: an object (JSON Schema would take any value).
        assert_eq!(
            lowered(json!({"minProperties": 1})),
            json!({"minProperties": 1, "type": "object"})
        );
        assert_eq!(
            lowered(json!({"required": ["a"], "properties": {"a": {}}})),
            json!({"required": ["a"], "properties": {"a": {}}, "type": "object"})
        );
        // Unless it requires a name it has no property for: as written.
        let undeclared = json!({"required": ["a", "b"], "properties": {"a": {}}});
        assert_eq!(lowered(undeclared.clone()), undeclared);
        // A properties map is no schema: its values are schemas, not keywords.
        let mut document = json!({"encoding": {"items": {"style": "form"}}, "schema": {
            "type": "object",
            "properties": {"items": {"type": "string"}, "required": {"type": "boolean"}}}});
        assert!(super::as_read(&mut document).is_empty(), "{document}");
        // A property named as a map of names (`properties`, `links`) is a schema all the same.
        let named_raw = json!({"type": "object", "properties": {
            "properties": {"properties": {"a": {"type": "string"}}},
            "links": {"format": "int32"}}});
        let mut named = named_raw.clone();
        assert_eq!(super::as_read(&mut named).len(), 3, "{named}");
        assert_eq!(named["properties"]["properties"]["type"], "object");
        assert_eq!(named["properties"]["links"]["type"], "integer");
        // And so the generators read it.
        let generated = crate::lower::lower(&json!({"components": {"schemas": {"A": named_raw}}}));
        let a = &generated["components"]["schemas"]["A"]["properties"];
        assert_eq!(
            (&a["properties"]["type"], &a["links"]["type"]),
            (&json!("object"), &json!("integer"))
        );
        // An integer has the bounds of its Rust type.
        let mut integers = json!({"a": {"type": "integer", "minimum": 0},
            "b": {"type": "integer", "format": "int32"}, "c": {"type": "integer", "format": "uint64"}});
        assert_eq!(super::as_read(&mut integers).len(), 3);
        // typify's choices: a minimum of 1 is `NonZeroU64`, another minimum `i64`, `int32`
        // with a minimum of 1 `NonZeroU32` (which the router still bounds as `int32`).
        let mut more = json!({"a": {"type": "integer", "minimum": 1},
            "b": {"type": "integer", "minimum": -5}, "c": {"type": "integer", "format": "int32", "minimum": 1},
            "d": {"type": "integer", "maximum": 10, "exclusiveMinimum": true, "minimum": 0}});
        super::as_read(&mut more);
        assert_eq!(
            more,
            json!({"a": {"type": "integer", "minimum": 1, "maximum": u64::MAX},
                "b": {"type": "integer", "minimum": -5, "maximum": i64::MAX},
                "c": {"type": "integer", "format": "int32", "minimum": 1, "maximum": i32::MAX},
                "d": {"type": "integer", "maximum": 10, "exclusiveMinimum": true, "minimum": 0}})
        );
        let mut page = json!({"parameters": [{"name": "page", "in": "query",
            "schema": {"type": "integer", "minimum": 0}}]});
        super::as_read(&mut page);
        assert_eq!(
            page["parameters"][0]["schema"],
            json!({"type": "integer", "minimum": 0}),
            "a URL's longer digits read as u64::MAX: no maximum"
        );
        let mut uuid = json!({"type": "string", "format": "uuid"});
        assert_eq!(super::as_read(&mut uuid).len(), 1);
        assert!(
            uuid["pattern"]
                .as_str()
                .is_some_and(|p| p.starts_with("^[0-9a-fA-F]{8}-"))
        );
        assert_eq!(
            integers,
            json!({"a": {"type": "integer", "minimum": 0, "maximum": u64::MAX},
                "b": {"type": "integer", "format": "int32", "minimum": i32::MIN, "maximum": i32::MAX},
                "c": {"type": "integer", "format": "uint64", "minimum": 0, "maximum": u64::MAX}})
        );
        let map = json!({"format": {"type": "string"}, "required": {"type": "boolean"}});
        assert_eq!(lowered(map.clone()), map);
    }
}
