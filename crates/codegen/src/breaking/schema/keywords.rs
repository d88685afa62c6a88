//! Nullability, constraints, properties and variants of two schema views.

use serde_json::Value;

use super::{LOWER, OTHER, UPPER, View, view};
use crate::breaking::{At, Comparer, Dir, Side};

impl Comparer<'_> {
    /// A value that may now (or no longer) be null: the wire change, and `T` becoming
    /// `Option<T>` (or back) in the generated Rust.
    pub(super) fn nullability(
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

    pub(super) fn constraints(
        &mut self,
        before: &View<'_>,
        after: &View<'_>,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let number = |v: Option<&&Value>| v.and_then(|v| v.as_f64());
        for key in LOWER.iter().chain(&UPPER).chain(&OTHER) {
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
                // that breaks old clients), but for a `multipleOf` that divides the old one.
                match (old, new) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    _ if *key == "multipleOf" => match (number(old), number(new)) {
                        // Every multiple of the old step is a multiple of the new one.
                        (Some(a), Some(b)) if is_multiple(a, b) => Some(false),
                        (Some(a), Some(b)) if is_multiple(b, a) => Some(true),
                        _ => Some(dir == Dir::Request),
                    },
                    _ => Some(dir == Dir::Request),
                }
            };
            let Some(narrowed) = narrowed else { continue };
            // typify checks a string's length and pattern when it reads one, and no other
            // bound: a looser one of those reaches old clients unchecked.
            let checked = matches!(*key, "minLength" | "maxLength" | "pattern");
            let rule = match (dir, narrowed) {
                (_, true) => dir.rule("constraint-narrowed"),
                (Dir::Response, false) if !checked => {
                    "response-constraint-widened-unchecked".to_owned()
                }
                (_, false) => dir.rule("constraint-widened"),
            };
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

    pub(super) fn properties(
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
            let required = (
                before.required.contains(name),
                after.required.contains(name),
            );
            let old = (*old_schema, old_ptr.as_str());
            let new = (*new_schema, new_ptr.as_str());
            // typify gives a struct `Default` when none of its properties is required.
            let same_default = before.required.is_empty() == after.required.is_empty();
            self.kept_property(old, new, required, same_default, dir, &property, touched);
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
            // What the server's implementation must write, where it builds the struct.
            let field = crate::naming::typify(name, crate::naming::Case::Snake);
            let hint = if rule == "response-property-added" {
                let value = if after.required.contains(name) {
                    "its value"
                } else {
                    "`None` or a value"
                };
                format!(
                    "; code that builds this struct with a literal (the server's implementation) \
                     must add `{field}`: {value}"
                )
            } else {
                String::new()
            };
            self.emit(
                rule,
                Side::Current,
                &at,
                format!("{property} was added{hint}"),
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
        if dir == Dir::Response && closed(before) && !closed(after) {
            self.emit(
                "response-additional-properties-opened",
                Side::Current,
                at,
                format!(
                    "{what} may now hold properties it does not list, which old generated \
                     clients refuse (deny_unknown_fields)"
                ),
                touched,
            );
        }
    }

    /// A property on both sides: made required or optional (and its Rust type with it), a
    /// default written or dropped, and its schema. `same_default`: the object's struct keeps
    /// (or keeps lacking) its `Default`.
    #[allow(clippy::too_many_arguments)]
    fn kept_property(
        &mut self,
        (old_schema, old_ptr): (&Value, &str),
        (new_schema, new_ptr): (&Value, &str),
        (was, is): (bool, bool),
        same_default: bool,
        dir: Dir,
        property: &str,
        touched: &mut Vec<usize>,
    ) {
        let here = At::new(old_ptr, new_ptr);
        self.lifecycle((old_schema, new_schema), &here, property, touched);
        let old_view = view(&self.base.value, old_schema, old_ptr.to_owned());
        let new_view = view(&self.current.value, new_schema, new_ptr.to_owned());
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
            // A nullable property is `Option<T>` when required and, optional in a component
            // object, `Patch<T>` (absent, null, value); either way the struct's `Default`
            // comes and goes with its required fields.
            let (optional, required) = if old_view.nullable && new_view.nullable {
                ("Patch<T>", "Option<T>")
            } else {
                ("Option<T>", "T")
            };
            let (old_rust, new_rust) = if is {
                (optional, required)
            } else {
                (required, optional)
            };
            // An optional property with a `default` is a plain field already (typify fills
            // it in): required or not, the field is `T`.
            let optional_side = if is { &old_view } else { &new_view };
            let plain = optional_side.defaulted && !old_view.nullable && !new_view.nullable;
            if plain && same_default {
                self.schema(old_schema, new_schema, &here, dir, property, touched);
                return;
            }
            self.emit(
                "rust-type-changed",
                Side::Current,
                &here,
                format!(
                    "{property}: the generated Rust type is now {new_rust} (was {old_rust}); \
                     code that builds the struct with a literal or `..Default::default()` \
                     must change"
                ),
                touched,
            );
        } else if !is && let Some((old_rust, new_rust)) = optional_rust(&old_view, &new_view) {
            self.emit(
                "rust-type-changed",
                Side::Current,
                &here,
                format!("{property}: the generated Rust type is now {new_rust} (was {old_rust})"),
                touched,
            );
        }
        self.schema(old_schema, new_schema, &here, dir, property, touched);
    }

    pub(super) fn variants(
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

/// Whether `a` is a whole multiple of `b`.
fn is_multiple(a: f64, b: f64) -> bool {
    let ratio = a / b;
    b != 0.0 && (ratio - ratio.round()).abs() < 1e-9
}

/// How typify carries an optional property, where that changed: a property with a default is
/// a plain field filled with it; an array with `uniqueItems` stays in an `Option`.
fn optional_rust(before: &View<'_>, after: &View<'_>) -> Option<(&'static str, &'static str)> {
    let carried = |view: &View<'_>| {
        if view.defaulted {
            "T (filled with its default)"
        } else if view.unique_items() {
            "Option<Vec<T>> (uniqueItems)"
        } else if view
            .types
            .as_ref()
            .is_some_and(|types| types.contains("array"))
        {
            "Vec<T> (empty when absent)"
        } else {
            "Option<T>"
        }
    };
    let (old, new) = (carried(before), carried(after));
    (old != new).then_some((old, new))
}
