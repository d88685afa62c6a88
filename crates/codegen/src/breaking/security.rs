//! Comparing security: an operation's requirements and the schemes they name.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::Document;

use super::{At, Comparer, Operation, Side, resolve};
use crate::pointer::escape_token;

impl<'a> Comparer<'a> {
    pub(super) fn security(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        at: &At,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let requirements =
            |document: &Document, operation: &Operation<'_>| -> Vec<BTreeSet<String>> {
                let list = operation
                    .value
                    .get("security")
                    .or_else(|| document.value.get("security"));
                let alternatives: Vec<BTreeSet<String>> = list
                    .and_then(Value::as_array)
                    .map(|list| {
                        list.iter()
                            .map(|alt| {
                                alt.as_object()
                                    .map(|m| m.keys().cloned().collect())
                                    .unwrap_or_default()
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                if alternatives.is_empty() {
                    vec![BTreeSet::new()]
                } else {
                    alternatives
                }
            };
        let before = requirements(self.base, old);
        let after = requirements(self.current, new);
        let describe = |alternatives: &[BTreeSet<String>]| {
            alternatives
                .iter()
                .map(|alt| {
                    if alt.is_empty() {
                        "none".to_owned()
                    } else {
                        alt.iter().cloned().collect::<Vec<_>>().join(" and ")
                    }
                })
                .collect::<Vec<_>>()
                .join(" or ")
        };
        let here = if new.value.get("security").is_some() {
            at.child("security")
        } else {
            At::new(&at.base, "/security")
        };
        // A client that met an old alternative must meet a new one.
        if before
            .iter()
            .any(|old_alt| !after.iter().any(|new_alt| new_alt.is_subset(old_alt)))
        {
            self.emit(
                "security-requirement-added",
                Side::Current,
                &here,
                format!(
                    "{name} asks for {} (was {})",
                    describe(&after),
                    describe(&before)
                ),
                touched,
            );
        } else if after
            .iter()
            .any(|new_alt| !before.iter().any(|old_alt| old_alt.is_subset(new_alt)))
        {
            self.emit(
                "security-requirement-removed",
                Side::Current,
                &here,
                format!(
                    "{name} asks for {} (was {})",
                    describe(&after),
                    describe(&before)
                ),
                touched,
            );
        }
        // The schemes both sides use, compared by definition.
        let used: BTreeSet<&String> = before
            .iter()
            .flatten()
            .filter(|scheme| after.iter().flatten().any(|s| s == *scheme))
            .collect();
        for scheme in used {
            let pointer = format!("/components/securitySchemes/{}", escape_token(scheme));
            let definition = |document: &Document| {
                let value = document
                    .value
                    .pointer(&pointer)
                    .map(|value| resolve(&document.value, value).0);
                value.map(|value| {
                    [
                        "type",
                        "in",
                        "name",
                        "scheme",
                        "bearerFormat",
                        "openIdConnectUrl",
                    ]
                    .map(|key| {
                        value.get(key).map(|v| match v {
                            Value::String(s) if key == "scheme" || key == "in" || key == "type" => {
                                s.to_ascii_lowercase()
                            }
                            Value::String(s)
                                if key == "name"
                                    && value.get("in").and_then(Value::as_str)
                                        == Some("header") =>
                            {
                                s.to_ascii_lowercase()
                            }
                            other => other.to_string(),
                        })
                    })
                })
            };
            if definition(self.base) != definition(self.current) {
                self.emit("security-scheme-changed", Side::Current, &At::new(&pointer, &pointer), format!("security scheme `{scheme}` changed: old clients send their credential where it is no longer read"), touched);
            }
        }
    }
}
