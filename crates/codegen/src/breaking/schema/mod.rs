//! Comparing two schemas in one direction: types, formats, nullability, enums, constraints,
//! properties, items and variants, with the generated Rust type alongside.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{At, Comparer, Dir, resolve};
use crate::pointer::escape_token;

mod compare;
mod keywords;

/// What a schema says, with `allOf` merged and references followed.
#[derive(Default)]
struct View<'v> {
    /// The JSON types allowed (`None`: any), without `null`.
    types: Option<BTreeSet<String>>,
    nullable: bool,
    format: Option<&'v str>,
    /// The values of `enum`, or the one of `const` (3.1), which the generator reads the same.
    enumeration: Option<Vec<&'v Value>>,
    /// `x-extensible-enum: true`: the generated enum reads an unlisted value as `Unknown`.
    extensible: bool,
    constraints: BTreeMap<&'static str, &'v Value>,
    /// The property's `default` is written (typify then makes an optional property a plain
    /// field filled with it, not an `Option`).
    defaulted: bool,
    /// A `pattern` is written, even the empty one (which constrains nothing on the wire but
    /// still makes typify generate a newtype).
    patterned: bool,
    /// Properties in order, each with its schema and pointer.
    properties: Vec<(&'v str, &'v Value, String)>,
    required: BTreeSet<&'v str>,
    /// `additionalProperties`: absent or `true` is `None`; `false` or a schema is `Some`.
    additional: Option<(&'v Value, String)>,
    items: Option<(&'v Value, String)>,
    /// `oneOf`/`anyOf` variants: schema, pointer, and the component it names, if any.
    variants: Vec<(&'v Value, String, Option<String>)>,
}

const LOWER: [&str; 4] = ["minLength", "minimum", "minItems", "minProperties"];
const UPPER: [&str; 4] = ["maxLength", "maximum", "maxItems", "maxProperties"];
const OTHER: [&str; 5] = [
    "exclusiveMinimum",
    "exclusiveMaximum",
    "pattern",
    "multipleOf",
    "uniqueItems",
];

/// The `true` a 3.1 numeric exclusive bound stands for.
static EXCLUSIVE: Value = Value::Bool(true);

/// A pattern every string matches: it constrains nothing on the wire.
fn matches_everything(pattern: &str) -> bool {
    matches!(pattern, "" | ".*" | "^.*" | ".*$" | "^.*$")
}

impl View<'_> {
    /// The format as the wire reads it: `int64` on an integer and `double` on a number say
    /// nothing more than the type (the generated code reads them as `i64` and `f64` either
    /// way; what a format does to typify's choice of type is compared by `rust_scalar`).
    fn wire_format(&self) -> Option<&str> {
        let only = |name: &str| {
            self.types
                .as_ref()
                .is_some_and(|types| types.len() == 1 && types.contains(name))
        };
        self.format
            .filter(|format| !(*format == "int64" && only("integer")))
            .filter(|format| !(*format == "double" && only("number")))
    }
}

/// The JSON type of a value, as a schema `type` names it.
fn json_type(value: &Value) -> Option<&'static str> {
    match value {
        Value::String(_) => Some("string"),
        Value::Bool(_) => Some("boolean"),
        Value::Number(number) if number.is_f64() => Some("number"),
        Value::Number(_) => Some("integer"),
        _ => None,
    }
}

fn view<'v>(document: &'v Value, schema: &'v Value, pointer: String) -> View<'v> {
    view_of(document, schema, pointer, &mut BTreeSet::new())
}

/// `seen`: the components whose `allOf` parts are merged already (each is merged once, so a
/// lattice of `allOf`s is linear work, not exponential).
fn view_of<'v>(
    document: &'v Value,
    schema: &'v Value,
    pointer: String,
    seen: &mut BTreeSet<String>,
) -> View<'v> {
    let (schema, found) = resolve(document, schema);
    if let Some(found) = &found
        && !seen.insert(found.clone())
    {
        return View::default();
    }
    let pointer = found.unwrap_or(pointer);
    let mut out = View::default();
    let Some(object) = schema.as_object() else {
        return out;
    };
    match object.get("type") {
        Some(Value::String(one)) if one == "null" => out.nullable = true,
        Some(Value::String(one)) => out.types = Some(BTreeSet::from([one.clone()])),
        Some(Value::Array(many)) => {
            let names: BTreeSet<String> = many
                .iter()
                .filter_map(Value::as_str)
                .filter(|name| *name != "null")
                .map(str::to_owned)
                .collect();
            out.nullable = many.iter().any(|name| name == "null");
            out.types = (!names.is_empty()).then_some(names);
        }
        _ => {}
    }
    if object.get("nullable").and_then(Value::as_bool) == Some(true) {
        out.nullable = true;
    }
    out.format = object.get("format").and_then(Value::as_str);
    out.enumeration = object
        .get("enum")
        .and_then(Value::as_array)
        .map(|values| values.iter().collect());
    out.extensible = object.get(crate::openapi::EXTENSIBLE_ENUM) == Some(&Value::Bool(true));
    if let Some(constant) = object.get("const") {
        out.enumeration = Some(vec![constant]);
        // A `const` alone says its type too (as the generator lowers it).
        if out.types.is_none() {
            out.types = json_type(constant).map(|name| BTreeSet::from([name.to_owned()]));
        }
    }
    out.defaulted = object.contains_key("default");
    out.patterned |= object.contains_key("pattern");
    for key in LOWER.iter().chain(&UPPER).chain(&OTHER) {
        // `false` and a pattern that matches everything constrain nothing.
        if let Some(value) = object.get(*key)
            && value != &Value::Bool(false)
            && !(*key == "pattern" && value.as_str().is_some_and(matches_everything))
        {
            out.constraints.insert(key, value);
        }
    }
    // A 3.1 numeric exclusive bound is read as the 3.0 pair (`minimum: n, exclusiveMinimum:
    // true`), as the generator lowers it.
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(number @ Value::Number(_)) = object.get(exclusive) {
            out.constraints.insert(bound, number);
            out.constraints.insert(exclusive, &EXCLUSIVE);
        }
    }
    if let Some(properties) = object.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            let at = format!("{pointer}/properties/{}", escape_token(name));
            out.properties.push((name, property, at));
        }
    }
    if let Some(required) = object.get("required").and_then(Value::as_array) {
        out.required
            .extend(required.iter().filter_map(Value::as_str));
    }
    match object.get("additionalProperties") {
        None | Some(Value::Bool(true)) => {}
        Some(value) => out.additional = Some((value, format!("{pointer}/additionalProperties"))),
    }
    if let Some(items) = object.get("items") {
        out.items = Some((items, format!("{pointer}/items")));
    }
    for keyword in ["oneOf", "anyOf"] {
        if let Some(variants) = object.get(keyword).and_then(Value::as_array) {
            for (index, variant) in variants.iter().enumerate() {
                let name = variant
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.rsplit('/').next())
                    .map(str::to_owned);
                out.variants
                    .push((variant, format!("{pointer}/{keyword}/{index}"), name));
            }
        }
    }
    // `allOf`: each part's words join the schema's own (the schema's win).
    if let Some(parts) = object.get("allOf").and_then(Value::as_array) {
        for (index, part) in parts.iter().enumerate() {
            let part = view_of(document, part, format!("{pointer}/allOf/{index}"), seen);
            if out.types.is_none() {
                out.types = part.types;
            }
            out.nullable |= part.nullable && object.get("nullable").is_none();
            out.format = out.format.or(part.format);
            if out.enumeration.is_none() {
                out.enumeration = part.enumeration;
            }
            out.defaulted |= part.defaulted;
            out.patterned |= part.patterned;
            for (key, value) in part.constraints {
                out.constraints.entry(key).or_insert(value);
            }
            for property in part.properties {
                if !out
                    .properties
                    .iter()
                    .any(|(name, _, _)| *name == property.0)
                {
                    out.properties.push(property);
                }
            }
            out.required.extend(part.required);
            out.additional = out.additional.or(part.additional);
            out.items = out.items.or(part.items);
            if out.variants.is_empty() {
                out.variants = part.variants;
            }
        }
    }
    // An object by its shape, when the type is not written.
    if out.types.is_none() && !out.properties.is_empty() {
        out.types = Some(BTreeSet::from(["object".to_owned()]));
    }
    out
}

/// The one part of a schema that only wraps it (`allOf` of one, beside words that do not
/// constrain: `nullable`, `description`, examples, a `type` the caller holds equal).
fn wrapped<'v>(document: &'v Value, schema: &'v Value) -> Option<&'v Value> {
    let object = resolve(document, schema).0.as_object()?;
    let [part] = object.get("allOf")?.as_array()?.as_slice() else {
        return None;
    };
    object
        .keys()
        .all(|key| {
            matches!(
                key.as_str(),
                "allOf"
                    | "type"
                    | "nullable"
                    | "description"
                    | "title"
                    | "example"
                    | "examples"
                    | "default"
                    | "deprecated"
                    | "readOnly"
                    | "writeOnly"
            ) || key.starts_with("x-")
        })
        .then_some(part)
}

/// The Rust type typify generates for a scalar schema (what matters to code using it), or
/// `None` for objects and arrays, which are compared below instead.
fn rust_scalar(view: &View<'_>) -> Option<String> {
    let Some(types) = view.types.as_ref() else {
        // A schema that says nothing about its values is any JSON.
        let any = view.properties.is_empty()
            && view.items.is_none()
            && view.variants.is_empty()
            && view.enumeration.is_none();
        return any.then(|| "serde_json::Value".to_owned());
    };
    if types.len() > 1 {
        // `type: [string, integer]` (3.1) is lowered to `anyOf`: an untagged enum.
        return Some(format!("an untagged enum of {}", list(&view.types)));
    }
    let only = types.iter().next()?;
    let constrained = view.patterned
        || ["minLength", "maxLength"]
            .iter()
            .any(|key| view.constraints.contains_key(key));
    Some(match only.as_str() {
        "string" if view.enumeration.is_some() => "an enum".to_owned(),
        "string" => match view.format {
            Some("uuid") => "uuid::Uuid".to_owned(),
            Some("date") => "chrono::NaiveDate".to_owned(),
            Some("date-time") => "chrono::DateTime<Utc>".to_owned(),
            Some("ip") => "std::net::IpAddr".to_owned(),
            Some("ipv4") => "std::net::Ipv4Addr".to_owned(),
            Some("ipv6") => "std::net::Ipv6Addr".to_owned(),
            _ if constrained => "a constrained String newtype".to_owned(),
            _ => "String".to_owned(),
        },
        "integer" => rust_integer(view).to_owned(),
        "number" => match view.format {
            Some("float") => "f32".to_owned(),
            _ => "f64".to_owned(),
        },
        "boolean" => "bool".to_owned(),
        _ => return None,
    })
}

/// The integer type typify picks (`typify-impl`'s `convert_integer`): the format's type when
/// the bounds fit in it, else the type whose range the bounds name exactly (`minimum: 0` is
/// `u64`), `NonZeroU64` for `minimum: 1`, else `i64`.
fn rust_integer(view: &View<'_>) -> &'static str {
    const FORMATS: [(&str, &str, &str, f64, f64); 10] = [
        ("int8", "i8", "NonZeroU8", -128.0, 127.0),
        ("uint8", "u8", "NonZeroU8", 0.0, 255.0),
        ("int16", "i16", "NonZeroU16", -32768.0, 32767.0),
        ("uint16", "u16", "NonZeroU16", 0.0, 65535.0),
        ("int", "i32", "NonZeroU32", -2147483648.0, 2147483647.0),
        ("int32", "i32", "NonZeroU32", -2147483648.0, 2147483647.0),
        ("uint", "u32", "NonZeroU32", 0.0, 4294967295.0),
        ("uint32", "u32", "NonZeroU32", 0.0, 4294967295.0),
        (
            "int64",
            "i64",
            "NonZeroU64",
            i64::MIN as f64,
            i64::MAX as f64,
        ),
        ("uint64", "u64", "NonZeroU64", 0.0, u64::MAX as f64),
    ];
    let number = |key: &str| view.constraints.get(key).and_then(|v| v.as_f64());
    let shifted = |key: &str, flag: &str, by: f64| {
        let exclusive = view.constraints.get(flag) == Some(&&EXCLUSIVE);
        number(key).map(|bound| if exclusive { bound + by } else { bound })
    };
    let mut min = shifted("minimum", "exclusiveMinimum", 1.0);
    let mut max = shifted("maximum", "exclusiveMaximum", -1.0);
    let one = |bound: Option<f64>| bound.is_some_and(|m| (m - 1.0).abs() < f64::EPSILON);
    if let Some(format) = view.format
        && let Some((_, rust, nonzero, low, high)) =
            FORMATS.iter().find(|(name, ..)| *name == format)
    {
        let fits = min.is_none_or(|m| m >= *low) && max.is_none_or(|m| m <= *high);
        if !view.constraints.contains_key("multipleOf") && fits {
            return if one(min) { nonzero } else { rust };
        }
        min = min.or(Some(*low));
        max = max.or(Some(*high));
    }
    let near = |a: f64, b: Option<f64>| b.is_some_and(|b| (a - b).abs() <= f64::EPSILON);
    if min.is_none() && max.is_none() {
        return "i64";
    }
    let found = FORMATS
        .iter()
        .rev()
        .find_map(|(_, rust, nonzero, low, high)| {
            if one(min) {
                Some(*nonzero)
            } else if (min.is_none() || near(*low, min)) && (max.is_none() || near(*high, max)) {
                Some(*rust)
            } else {
                None
            }
        });
    found.unwrap_or("i64")
}

/// How typify carries an array: `[T; N]` when `minItems` equals `maxItems`, else a `Vec`
/// (an optional property with `uniqueItems` is compared where the property is).
fn rust_array(view: &View<'_>) -> Option<String> {
    if !view.types.as_ref()?.contains("array") {
        return None;
    }
    let count = |key: &str| view.constraints.get(key).and_then(|v| v.as_u64());
    Some(match (count("minItems"), count("maxItems")) {
        (Some(min), Some(max)) if min == max && min > 0 => format!("[T; {min}]"),
        _ => "Vec<T>".to_owned(),
    })
}

impl View<'_> {
    /// typify keeps an optional array property with `uniqueItems` in an `Option` (a set's
    /// `Vec`), where another optional array is a `Vec` that defaults to empty.
    fn unique_items(&self) -> bool {
        self.constraints.get("uniqueItems") == Some(&&Value::Bool(true))
    }
}

fn list(types: &Option<BTreeSet<String>>) -> String {
    match types {
        None => "any type".to_owned(),
        Some(types) => types.iter().cloned().collect::<Vec<_>>().join(" or "),
    }
}

/// Whether every value of `narrow` is a value of `wide` (`integer` is a `number`).
fn within(narrow: &BTreeSet<String>, wide: &BTreeSet<String>) -> bool {
    narrow
        .iter()
        .all(|t| wide.contains(t) || (t == "integer" && wide.contains("number")))
}

impl Comparer<'_> {
    /// Compares a schema met in `dir`; `what` names it in messages.
    pub(super) fn schema(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let (_, old_ref) = resolve(&self.base.value, old);
        let (_, new_ref) = resolve(&self.current.value, new);
        let name = match (&old_ref, &new_ref) {
            (Some(_), Some(new_ref)) => {
                let name = new_ref.rsplit('/').next().unwrap_or(new_ref);
                format!("schema `{}`", name.replace("~1", "/").replace("~0", "~"))
            }
            _ => what.to_owned(),
        };
        let at = At::new(
            old_ref.unwrap_or_else(|| at.base.clone()),
            new_ref.unwrap_or_else(|| at.current.clone()),
        );
        // Each pair of places is compared once per direction, whoever uses it (a component
        // used by many operations; a recursive schema reached again through `allOf`).
        let key = (at.base.clone(), at.current.clone(), dir);
        if let Some(found) = self.memo.get(&key) {
            touched.extend(found.iter().copied());
            return;
        }
        if !self.in_progress.insert(key.clone()) {
            return;
        }
        let mut found = Vec::new();
        self.compare_views(old, new, &at, dir, &name, &mut found);
        self.in_progress.remove(&key);
        touched.extend(found.iter().copied());
        self.memo.insert(key, found);
    }

    /// The place of a schema's keyword on each side where the schema writes it (not where
    /// `allOf` or a reference brought it), else the schema's own place.
    fn keyword(&self, at: &At, key: &str) -> At {
        let side = |document: &Value, pointer: &String| {
            let own = document.pointer(pointer).and_then(|schema| schema.get(key));
            match own {
                Some(_) => format!("{pointer}/{}", escape_token(key)),
                None => pointer.clone(),
            }
        };
        At::new(
            side(&self.base.value, &at.base),
            side(&self.current.value, &at.current),
        )
    }
}
