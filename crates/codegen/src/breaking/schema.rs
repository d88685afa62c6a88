//! Comparing two schemas in one direction: types, formats, nullability, enums, constraints,
//! properties, items and variants, with the generated Rust type alongside.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{At, Comparer, Dir, Side, resolve};
use crate::pointer::escape_token;

/// What a schema says, with `allOf` merged and references followed.
#[derive(Default)]
struct View<'v> {
    /// The JSON types allowed (`None`: any), without `null`.
    types: Option<BTreeSet<String>>,
    nullable: bool,
    format: Option<&'v str>,
    enumeration: Option<&'v Vec<Value>>,
    constraints: BTreeMap<&'static str, &'v Value>,
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
    for key in LOWER.iter().chain(&UPPER).chain(&OTHER) {
        if let Some(value) = object.get(*key)
            && value != &Value::Bool(false)
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
    let constrained = ["minLength", "maxLength", "pattern"]
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

    fn compare_views(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        // `allOf: [one]` (how a reference is made nullable or described): the wrapper's
        // nullability here, the rest where the part is.
        if let (Some(old_part), Some(new_part)) = (
            wrapped(&self.base.value, old),
            wrapped(&self.current.value, new),
        ) && resolve(&self.base.value, old).0.get("type")
            == resolve(&self.current.value, new).0.get("type")
        {
            let nullable = |document: &Value, schema: &Value| {
                resolve(document, schema)
                    .0
                    .get("nullable")
                    .and_then(Value::as_bool)
                    .unwrap_or(false)
            };
            let (was, is) = (
                nullable(&self.base.value, old),
                nullable(&self.current.value, new),
            );
            self.nullability(was, is, at, dir, what, touched);
            let parts = At::new(
                format!("{}/allOf/0", at.base),
                format!("{}/allOf/0", at.current),
            );
            self.schema(old_part, new_part, &parts, dir, what, touched);
            return;
        }
        let before = view(&self.base.value, old, at.base.clone());
        let after = view(&self.current.value, new, at.current.clone());
        let here = Side::Current;

        // Types.
        let types_compatible = match (&before.types, &after.types) {
            (a, b) if a == b => true,
            (None, None) => true,
            (None, Some(_)) => {
                self.emit(
                    &dir.rule("type-narrowed"),
                    here,
                    at,
                    format!(
                        "{what}: the type is now {} (was any type)",
                        list(&after.types)
                    ),
                    touched,
                );
                true
            }
            (Some(_), None) => {
                self.emit(
                    &dir.rule("type-widened"),
                    here,
                    at,
                    format!(
                        "{what}: the type is now any type (was {})",
                        list(&before.types)
                    ),
                    touched,
                );
                true
            }
            (Some(a), Some(b)) => {
                let rule = if within(a, b) {
                    "type-widened"
                } else if within(b, a) {
                    "type-narrowed"
                } else {
                    "type-changed"
                };
                self.emit(
                    &dir.rule(rule),
                    here,
                    at,
                    format!(
                        "{what}: the type is now {} (was {})",
                        list(&after.types),
                        list(&before.types)
                    ),
                    touched,
                );
                rule != "type-changed"
            }
        };

        // Formats.
        if types_compatible && before.format != after.format {
            let (rule, message) = match (before.format, after.format) {
                (None, Some(new)) => ("format-narrowed", format!("gained format {new}")),
                (Some(old), None) => ("format-widened", format!("lost format {old}")),
                (old, new) => (
                    "format-changed",
                    format!("format {} became {}", old.unwrap_or(""), new.unwrap_or("")),
                ),
            };
            self.emit(
                &dir.rule(rule),
                here,
                at,
                format!("{what}: {message}"),
                touched,
            );
        }

        // The generated Rust type of a scalar.
        if let (Some(old_rust), Some(new_rust)) = (rust_scalar(&before), rust_scalar(&after))
            && old_rust != new_rust
        {
            self.emit(
                "rust-type-changed",
                here,
                at,
                format!("{what}: the generated Rust type is now {new_rust} (was {old_rust})"),
                touched,
            );
        }

        // Null.
        self.nullability(before.nullable, after.nullable, at, dir, what, touched);

        // Null.
        if before.nullable != after.nullable {
            let (rule, message) = if after.nullable {
                ("nullable-added", "may now be null")
            } else {
                ("nullable-removed", "may no longer be null")
            };
            self.emit(
                &dir.rule(rule),
                here,
                at,
                format!("{what} {message}"),
                touched,
            );
            let (old_rust, new_rust) = if after.nullable {
                ("T", "Option<T>")
            } else {
                ("Option<T>", "T")
            };
            self.emit(
                "rust-type-changed",
                here,
                at,
                format!("{what}: the generated Rust type is now {new_rust} (was {old_rust})"),
                touched,
            );
        }

        // Enums.
        match (before.enumeration, after.enumeration) {
            (Some(old_values), Some(new_values)) => {
                let at = &self.keyword(at, "enum");
                let removed: Vec<String> = old_values
                    .iter()
                    .filter(|v| !new_values.contains(v))
                    .map(Value::to_string)
                    .collect();
                let added: Vec<String> = new_values
                    .iter()
                    .filter(|v| !old_values.contains(v))
                    .map(Value::to_string)
                    .collect();
                if !removed.is_empty() {
                    self.emit(
                        &dir.rule("enum-value-removed"),
                        here,
                        at,
                        format!("{what}: enum value(s) {} removed", removed.join(", ")),
                        touched,
                    );
                }
                if !added.is_empty() {
                    let why = if dir == Dir::Response {
                        " (old generated clients fail to read them: their enums are exhaustive)"
                    } else {
                        ""
                    };
                    self.emit(
                        &dir.rule("enum-value-added"),
                        here,
                        at,
                        format!("{what}: enum value(s) {} added{why}", added.join(", ")),
                        touched,
                    );
                }
            }
            (None, Some(_)) => {
                let rule = match dir {
                    Dir::Request => "request-constraint-narrowed",
                    Dir::Response => "response-constraint-narrowed",
                };
                self.emit(rule, here, at, format!("{what}: is now an enum"), touched);
            }
            (Some(_), None) => {
                let rule = match dir {
                    Dir::Request => "request-constraint-widened",
                    Dir::Response => "response-constraint-widened",
                };
                self.emit(
                    rule,
                    here,
                    at,
                    format!("{what}: is no longer an enum"),
                    touched,
                );
            }
            (None, None) => {}
        }

        // Constraints.
        self.constraints(&before, &after, at, dir, what, touched);

        // Properties.
        self.properties(&before, &after, at, dir, what, touched);

        // Items.
        if let (Some((old_items, old_ptr)), Some((new_items, new_ptr))) =
            (&before.items, &after.items)
        {
            self.schema(
                old_items,
                new_items,
                &At::new(old_ptr, new_ptr),
                dir,
                &format!("{what}, items"),
                touched,
            );
        }

        // Additional properties given as schemas.
        if let (Some((old_extra, old_ptr)), Some((new_extra, new_ptr))) =
            (&before.additional, &after.additional)
            && old_extra.is_object()
            && new_extra.is_object()
        {
            self.schema(
                old_extra,
                new_extra,
                &At::new(old_ptr, new_ptr),
                dir,
                &format!("{what}, additional properties"),
                touched,
            );
        }

        // Variants.
        self.variants(&before, &after, at, dir, what, touched);
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

    /// A value that may now (or no longer) be null: the wire change, and `T` becoming
    /// `Option<T>` (or back) in the generated Rust.
    fn nullability(
        &mut self,
        was: bool,
        is: bool,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        if was == is {
            return;
        }
        let (rule, message, old_rust, new_rust) = if is {
            ("nullable-added", "may now be null", "T", "Option<T>")
        } else {
            (
                "nullable-removed",
                "may no longer be null",
                "Option<T>",
                "T",
            )
        };
        self.emit(
            &dir.rule(rule),
            Side::Current,
            at,
            format!("{what} {message}"),
            touched,
        );
        self.emit(
            "rust-type-changed",
            Side::Current,
            at,
            format!("{what}: the generated Rust type is now {new_rust} (was {old_rust})"),
            touched,
        );
    }

    fn constraints(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let number = |v: Option<&&Value>| v.and_then(|v| v.as_f64());
        for key in LOWER.iter().chain(&UPPER).chain(&OTHER).chain(&["const"]) {
            let (old, new) = (before.constraints.get(key), after.constraints.get(key));
            if old == new {
                continue;
            }
            let show = |v: Option<&&Value>| v.map_or_else(|| "none".to_owned(), |v| v.to_string());
            let narrowed = if LOWER.contains(key) {
                match (number(old), number(new)) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    (Some(a), Some(b)) => Some(b > a),
                    (None, None) => None,
                }
            } else if UPPER.contains(key) {
                match (number(old), number(new)) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    (Some(a), Some(b)) => Some(b < a),
                    (None, None) => None,
                }
            } else {
                // Added is narrower, removed is wider; changed is both (reported as the side
                // that breaks old clients).
                match (old, new) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    _ => Some(dir == Dir::Request),
                }
            };
            let Some(narrowed) = narrowed else { continue };
            let rule = dir.rule(if narrowed {
                "constraint-narrowed"
            } else {
                "constraint-widened"
            });
            self.emit(
                &rule,
                Side::Current,
                &self.keyword(at, key),
                format!("{what}: {key} {} → {}", show(old), show(new)),
                touched,
            );
        }
        // A constrained string gains or loses its newtype: reported by `rust_scalar`.
    }

    fn properties(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let closed = |view: &View<'_>| matches!(view.additional, Some((Value::Bool(false), _)));
        let find = |view: &'_ View<'_>, name: &str| {
            view.properties.iter().position(|(n, _, _)| *n == name)
        };
        for (name, old_schema, old_ptr) in &before.properties {
            let property = format!("{what}, property `{name}`");
            let Some(index) = find(after, name) else {
                let at = At::new(old_ptr, "");
                let rule = match dir {
                    Dir::Request if closed(after) => "request-property-removed-closed",
                    Dir::Request => "request-property-removed",
                    Dir::Response if before.required.contains(name) => {
                        "response-required-property-removed"
                    }
                    Dir::Response => "response-optional-property-removed",
                };
                self.emit(
                    rule,
                    Side::Base,
                    &at,
                    format!("{property} was removed"),
                    touched,
                );
                continue;
            };
            let (_, new_schema, new_ptr) = &after.properties[index];
            let here = At::new(old_ptr, new_ptr);
            let (was, is) = (
                before.required.contains(name),
                after.required.contains(name),
            );
            if was != is {
                let rule = dir.rule(if is {
                    "property-made-required"
                } else {
                    "property-made-optional"
                });
                let message = if is {
                    "became required"
                } else {
                    "became optional"
                };
                self.emit(
                    &rule,
                    Side::Current,
                    &here,
                    format!("{property} {message}"),
                    touched,
                );
                let (old_rust, new_rust) = if is {
                    ("Option<T>", "T")
                } else {
                    ("T", "Option<T>")
                };
                let nullable = view(&self.current.value, new_schema, new_ptr.clone()).nullable
                    && view(&self.base.value, old_schema, old_ptr.clone()).nullable;
                if !nullable {
                    self.emit(
                        "rust-type-changed",
                        Side::Current,
                        &here,
                        format!(
                            "{property}: the generated Rust type is now {new_rust} (was {old_rust})"
                        ),
                        touched,
                    );
                }
            }
            self.schema(old_schema, new_schema, &here, dir, &property, touched);
        }
        for (name, _, new_ptr) in &after.properties {
            if find(before, name).is_some() {
                continue;
            }
            let property = format!("{what}, property `{name}`");
            let at = At::new("", new_ptr);
            let rule = match dir {
                Dir::Request if after.required.contains(name) => "request-property-required-added",
                Dir::Request if closed(before) => "request-property-added-to-closed-object",
                Dir::Request => "request-property-optional-added",
                Dir::Response if closed(before) => "response-property-added-to-closed-object",
                Dir::Response => "response-property-added",
            };
            self.emit(
                rule,
                Side::Current,
                &at,
                format!("{property} was added"),
                touched,
            );
        }
        if dir == Dir::Request && !closed(before) && closed(after) {
            self.emit(
                "request-additional-properties-closed",
                Side::Current,
                at,
                format!("{what} now refuses properties it does not list"),
                touched,
            );
        }
    }

    fn variants(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        if before.variants.is_empty() && after.variants.is_empty() {
            return;
        }
        let mut unmatched_new: Vec<usize> = (0..after.variants.len()).collect();
        let mut pairs = Vec::new();
        let mut unmatched_old = Vec::new();
        for (index, (_, _, name)) in before.variants.iter().enumerate() {
            let by_name = name.as_ref().and_then(|name| {
                unmatched_new
                    .iter()
                    .position(|j| after.variants[*j].2.as_ref() == Some(name))
            });
            match by_name {
                Some(position) => pairs.push((index, unmatched_new.remove(position))),
                None => unmatched_old.push(index),
            }
        }
        // Unnamed variants pair up in order.
        let mut leftover = Vec::new();
        for index in unmatched_old {
            let unnamed = unmatched_new
                .iter()
                .position(|j| after.variants[*j].2.is_none());
            match (before.variants[index].2.is_none(), unnamed) {
                (true, Some(position)) => pairs.push((index, unmatched_new.remove(position))),
                _ => leftover.push(index),
            }
        }
        for index in leftover {
            let (_, pointer, name) = &before.variants[index];
            let name = name.clone().unwrap_or_else(|| format!("#{index}"));
            self.emit(
                &dir.rule("variant-removed"),
                Side::Base,
                &At::new(pointer, ""),
                format!("{what}: variant {name} was removed"),
                touched,
            );
        }
        for index in unmatched_new {
            let (_, pointer, name) = &after.variants[index];
            let name = name.clone().unwrap_or_else(|| format!("#{index}"));
            self.emit(
                &dir.rule("variant-added"),
                Side::Current,
                &At::new("", pointer),
                format!("{what}: variant {name} was added"),
                touched,
            );
        }
        let _ = at;
        for (old_index, new_index) in pairs {
            let (old_schema, old_ptr, _) = &before.variants[old_index];
            let (new_schema, new_ptr, _) = &after.variants[new_index];
            self.schema(
                old_schema,
                new_schema,
                &At::new(old_ptr, new_ptr),
                dir,
                &format!("{what}, variant {new_index}"),
                touched,
            );
        }
    }
}
