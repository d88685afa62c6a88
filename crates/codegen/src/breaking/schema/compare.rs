//! Comparing two schema views, keyword family by keyword family.

use serde_json::Value;

use super::{View, list, rust_array, rust_scalar, view, within, wrapped};
use crate::{
    breaking::{At, Comparer, Dir, Side, resolve},
    naming::type_name,
    pointer::unescape_token,
};

impl Comparer<'_> {
    pub(super) fn compare_views(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        if self.wrapper(old, new, at, dir, what, touched) {
            return;
        }
        self.named_type(old, new, at, what, touched);
        let before = view(&self.base.value, old, at.base.clone());
        let after = view(&self.current.value, new, at.current.clone());
        let types_compatible = self.types(&before, &after, at, dir, what, touched);
        if types_compatible {
            self.format(&before, &after, at, dir, what, touched);
        }
        self.rust_scalar(&before, &after, at, what, touched);
        self.nullability(before.nullable, after.nullable, at, dir, what, touched);
        self.enumeration(&before, &after, at, dir, what, touched);
        self.constraints(&before, &after, at, dir, what, touched);
        self.properties(&before, &after, at, dir, what, touched);
        self.children(&before, &after, at, dir, what, touched);
        self.variants(&before, &after, at, dir, what, touched);
        self.unmodeled(old, new, at, what, touched);
    }

    /// A keyword the check does not model (`crate::openapi::UNENFORCED_KEYWORDS`) that
    /// changed: reported as breaking, never passed over.
    fn unmodeled(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let (old, new) = (
            resolve(&self.base.value, old).0,
            resolve(&self.current.value, new).0,
        );
        for keyword in crate::openapi::UNENFORCED_KEYWORDS {
            if old.get(keyword) != new.get(keyword) {
                self.emit(
                    "schema-keyword-changed",
                    Side::Current,
                    &self.keyword(at, keyword),
                    format!(
                        "{what}: `{keyword}` changed; the check does not compare it, so it \
                         reports the change as breaking (review it by hand)"
                    ),
                    touched,
                );
            }
        }
    }

    /// `allOf: [one]` on both sides of the same type: compared as the wrapper's nullability
    /// and the part; true when it was.
    fn wrapper(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) -> bool {
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
            return true;
        }
        false
    }

    /// The JSON types; true when the old and new types are compatible (one within the other).
    fn types(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) -> bool {
        let here = Side::Current;
        match (&before.types, &after.types) {
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
        }
    }

    /// A format gained, lost or changed.
    fn format(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let (was, is) = (before.wire_format(), after.wire_format());
        if was == is {
            return;
        }
        let (rule, message) = match (was, is) {
            (None, Some(new)) => ("format-narrowed", format!("gained format {new}")),
            (Some(old), None) => ("format-widened", format!("lost format {old}")),
            (old, new) => (
                "format-changed",
                format!("format {} became {}", old.unwrap_or(""), new.unwrap_or("")),
            ),
        };
        // The generated client reads a string of a format typify does not parse (email, uri,
        // …) as a plain `String`, which holds every string: only the documentation changed.
        let plain = |view: &View<'_>| rust_scalar(view).as_deref() == Some("String");
        let rule = if dir == Dir::Response && plain(before) && plain(after) {
            "response-format-unchecked-changed".to_owned()
        } else {
            dir.rule(rule)
        };
        self.emit(
            &rule,
            Side::Current,
            at,
            format!("{what}: {message}"),
            touched,
        );
    }

    /// The generated Rust type of a scalar, or how an array is carried.
    fn rust_scalar(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let changed = |rust: fn(&View<'_>) -> Option<String>| match (rust(before), rust(after)) {
            (Some(old), Some(new)) if old != new => Some((old, new)),
            _ => None,
        };
        if let Some((old_rust, new_rust)) = changed(rust_scalar).or_else(|| changed(rust_array)) {
            self.emit(
                "rust-type-changed",
                Side::Current,
                at,
                format!("{what}: the generated Rust type is now {new_rust} (was {old_rust})"),
                touched,
            );
        }
    }

    /// The generated type's name: typify names a struct, an enum or a composition after the
    /// component a `$ref` names, and an inline one after its place. Moving a schema behind a
    /// `$ref`, inlining one, or pointing at another component renames the Rust type, though
    /// the wire is the same: code that names the type stops compiling.
    fn named_type(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let (was, is) = (
            named_type(&self.base.value, old),
            named_type(&self.current.value, new),
        );
        // An inline type typify would give the very name of the component is no rename.
        let same = |component: &str, inline: &Value, pointer: &str| {
            inline_name(inline, pointer).is_some_and(|name| name == type_name(component))
        };
        let message = match (was, is) {
            (Some(was), Some(is)) if was != is => {
                format!("the generated type `{was}` is now `{is}`")
            }
            (Some(was), None)
                if makes_type(&self.current.value, new) && !same(was, new, &at.current) =>
            {
                format!("the generated type `{was}` is now an inline type, named after its place")
            }
            (None, Some(is)) if makes_type(&self.base.value, old) && !same(is, old, &at.base) => {
                format!("the inline type (named after its place) is now the component's `{is}`")
            }
            (None, None) if makes_type(&self.base.value, old) => {
                match (inline_name(old, &at.base), inline_name(new, &at.current)) {
                    (Some(was), Some(is)) if was != is => {
                        format!("the generated inline type `{was}` is now `{is}`")
                    }
                    _ => return,
                }
            }
            _ => return,
        };
        self.emit(
            "rust-type-changed",
            Side::Current,
            at,
            format!("{what}: {message}"),
            touched,
        );
    }

    /// Enum values removed or added, an enum made or unmade.
    fn enumeration(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let here = Side::Current;
        match (&before.enumeration, &after.enumeration) {
            (Some(old_values), Some(new_values)) => {
                let at = &self.keyword(at, "enum");
                let removed: Vec<String> = old_values
                    .iter()
                    .filter(|v| !new_values.contains(v))
                    .map(|v| v.to_string())
                    .collect();
                let added: Vec<String> = new_values
                    .iter()
                    .filter(|v| !old_values.contains(v))
                    .map(|v| v.to_string())
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
                    // An extensible enum read by old clients as `Unknown(value)` before and
                    // after: the value is news, not a break.
                    let (rule, why) = match (dir, before.extensible && after.extensible) {
                        (Dir::Response, true) => (
                            "response-extensible-enum-value-added".to_owned(),
                            " (old generated clients read them as `Unknown`: the enum is \
                             x-extensible-enum)",
                        ),
                        (Dir::Response, false) => (
                            dir.rule("enum-value-added"),
                            " (old generated clients fail to read them: their enums are exhaustive)",
                        ),
                        (Dir::Request, _) => (dir.rule("enum-value-added"), ""),
                    };
                    self.emit(
                        &rule,
                        here,
                        at,
                        format!("{what}: enum value(s) {} added{why}", added.join(", ")),
                        touched,
                    );
                }
                if before.extensible != after.extensible {
                    let how = if after.extensible {
                        "made x-extensible-enum: its Rust enum gains `Unknown(String)` and loses \
                         `Copy` (an exhaustive `match` and a copy stop compiling)"
                    } else {
                        "no longer x-extensible-enum: its Rust enum loses `Unknown(String)` \
                         (a value the spec does not list fails to read)"
                    };
                    let at = &self.keyword(at, crate::openapi::EXTENSIBLE_ENUM);
                    self.emit(
                        "rust-type-changed",
                        here,
                        at,
                        format!("{what}: {how}"),
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
    }

    /// Items, and additional properties given as schemas.
    fn children(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
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

        // Additional properties given as schemas; a map of any values (`additionalProperties`
        // absent or `true`, no properties) is compared as a map of `{}`.
        let any = Value::Object(serde_json::Map::new());
        let map = |view: &View<'_>| view.properties.is_empty() && view.types.is_some();
        let values = |view: &View<'_>, at: &str| -> Option<(Value, String)> {
            match &view.additional {
                Some((extra, pointer)) if extra.is_object() => {
                    Some(((*extra).clone(), pointer.clone()))
                }
                None if map(view) => Some((any.clone(), format!("{at}/additionalProperties"))),
                _ => None,
            }
        };
        if let (Some((old_extra, old_ptr)), Some((new_extra, new_ptr))) =
            (values(before, &at.base), values(after, &at.current))
            && (before.additional.is_some() || after.additional.is_some())
        {
            self.schema(
                &old_extra,
                &new_extra,
                &At::new(old_ptr, new_ptr),
                dir,
                &format!("{what}, additional properties"),
                touched,
            );
        }
    }
}

/// The component a `$ref` names, when typify makes a named type of it (see [`makes_type`]).
/// `allOf: [$ref]` (a reference made nullable or described) names its part's type.
fn named_type<'v>(document: &Value, schema: &'v Value) -> Option<&'v str> {
    if let Some(Value::Array(parts)) = schema.get("allOf")
        && let [part] = parts.as_slice()
        && part.get("$ref").is_some()
    {
        return named_type(document, part);
    }
    let name = schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")?;
    makes_type(document, schema).then_some(name)
}

/// Whether typify writes a type of its own for the schema (a struct, an enum, a composition),
/// rather than a Rust type such as `String`, `i64` or `Vec<T>`.
fn makes_type(document: &Value, schema: &Value) -> bool {
    let target = resolve(document, schema).0;
    ["properties", "enum", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|keyword| target.get(keyword).is_some())
        || target.get("type").and_then(Value::as_str) == Some("object")
}

/// The name typify gives an inline type where the name is plain to see: after its `title`, or
/// after the component and property it is written in (`Item` and `owner`: `ItemOwner`).
fn inline_name(schema: &Value, pointer: &str) -> Option<String> {
    if let Some(title) = schema.get("title").and_then(Value::as_str) {
        return Some(type_name(title));
    }
    let rest = pointer.strip_prefix("/components/schemas/")?;
    let (component, property) = rest.split_once("/properties/")?;
    (!component.contains('/') && !property.contains('/')).then(|| {
        type_name(&format!(
            "{}-{}",
            unescape_token(component),
            unescape_token(property)
        ))
    })
}
