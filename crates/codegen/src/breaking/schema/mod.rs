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
    enumeration: Option<&'v Vec<Value>>,
    constraints: BTreeMap<&'static str, &'v Value>,
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
    out.enumeration = object.get("enum").and_then(Value::as_array);
    if let Some(constant) = object.get("const") {
        out.enumeration = None;
        out.constraints.insert("const", constant);
    }
    out.patterned |= object.contains_key("pattern");
    for key in LOWER.iter().chain(&UPPER).chain(&OTHER) {
        // `false` and the empty pattern (which matches everything) constrain nothing.
        if let Some(value) = object.get(*key)
            && value != &Value::Bool(false)
            && !(*key == "pattern" && value.as_str().is_some_and(str::is_empty))
        {
            out.constraints.insert(key, value);
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
            out.enumeration = out.enumeration.or(part.enumeration);
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
/// `None` for objects, arrays and unions, which are compared below instead.
fn rust_scalar(view: &View<'_>) -> Option<String> {
    let types = view.types.as_ref()?;
    let [only] = types.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
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
        "integer" => {
            let nonzero = view.constraints.get("minimum").and_then(|v| v.as_f64()) == Some(1.0);
            let base = match view.format {
                Some("int8") => "i8",
                Some("uint8") => "u8",
                Some("int16") => "i16",
                Some("uint16") => "u16",
                Some("int" | "int32") => "i32",
                Some("uint" | "uint32") => "u32",
                Some("uint64") => "u64",
                _ => "i64",
            };
            if nonzero {
                format!("NonZero {base}")
            } else {
                base.to_owned()
            }
        }
        "number" => match view.format {
            Some("float") => "f32".to_owned(),
            _ => "f64".to_owned(),
        },
        "boolean" => "bool".to_owned(),
        _ => return None,
    })
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
