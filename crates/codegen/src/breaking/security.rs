//! Comparing security: an operation's requirements and the schemes they name.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::Document;

use super::{At, Comparer, Operation, Side, resolve};
use crate::pointer::escape_token;

/// One alternative of a security requirement: each scheme with the scopes it asks for.
type Alternative = BTreeMap<String, BTreeSet<String>>;

fn alternative(value: &Value) -> Alternative {
    let Some(map) = value.as_object() else {
        return Alternative::new();
    };
    map.iter()
        .map(|(scheme, scopes)| {
            let scopes = scopes
                .as_array()
                .map(|list| {
                    list.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            (scheme.clone(), scopes)
        })
        .collect()
}

/// The scopes of each alternative, for messages (`oauth: read, write`).
fn describe_scopes(alternatives: &[Alternative]) -> String {
    alternatives
        .iter()
        .map(|alt| {
            alt.iter()
                .map(|(scheme, scopes)| {
                    let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
                    format!("{scheme}: {}", scopes.join(", "))
                })
                .collect::<Vec<_>>()
                .join(" and ")
        })
        .collect::<Vec<_>>()
        .join(" or ")
}

impl<'a> Comparer<'a> {
    pub(super) fn security(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        at: &At,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let requirements = |document: &Document, operation: &Operation<'_>| -> Vec<Alternative> {
            let list = operation
                .value
                .get("security")
                .or_else(|| document.value.get("security"));
            let alternatives: Vec<Alternative> = list
                .and_then(Value::as_array)
                .map(|list| list.iter().map(alternative).collect())
                .unwrap_or_default();
            if alternatives.is_empty() {
                vec![Alternative::new()]
            } else {
                alternatives
            }
        };
        let before = requirements(self.base, old);
        let after = requirements(self.current, new);
        let describe = |alternatives: &[Alternative]| {
            alternatives
                .iter()
                .map(|alt| {
                    if alt.is_empty() {
                        "none".to_owned()
                    } else {
                        alt.keys().cloned().collect::<Vec<_>>().join(" and ")
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
        // A client that met an old alternative must meet a new one: its schemes, and with
        // OAuth its tokens' scopes.
        let schemes = |alt: &Alternative| alt.keys().cloned().collect::<BTreeSet<String>>();
        let met = |old_alt: &Alternative, new_alt: &Alternative, scopes: bool| {
            new_alt.iter().all(|(scheme, wanted)| {
                old_alt
                    .get(scheme)
                    .is_some_and(|held| !scopes || wanted.is_subset(held))
            })
        };
        if before
            .iter()
            .any(|old_alt| !after.iter().any(|new_alt| met(old_alt, new_alt, false)))
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
        } else if before
            .iter()
            .any(|old_alt| !after.iter().any(|new_alt| met(old_alt, new_alt, true)))
        {
            self.emit(
                "security-scope-added",
                Side::Current,
                &here,
                format!(
                    "{name} asks for scopes {} (was {}): tokens old clients hold may lack them",
                    describe_scopes(&after),
                    describe_scopes(&before)
                ),
                touched,
            );
        } else if after.iter().any(|new_alt| {
            !before
                .iter()
                .any(|old_alt| schemes(old_alt).is_subset(&schemes(new_alt)))
        }) {
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
        // The generated trait's method takes the caller's context exactly when the operation
        // is secured (no alternative is empty): a change of that changes its signature.
        let open = |alternatives: &[Alternative]| alternatives.iter().any(Alternative::is_empty);
        if open(&before) != open(&after) {
            self.emit(
                "security-context-changed",
                Side::Current,
                &here,
                format!(
                    "{name} is {} now: the trait method {} its `context: Self::Context` parameter",
                    if open(&after) { "open" } else { "secured" },
                    if open(&after) { "loses" } else { "gains" }
                ),
                touched,
            );
        }
        // The schemes both sides use, compared by definition.
        let used: BTreeSet<&String> = before
            .iter()
            .flat_map(|alt| alt.keys())
            .filter(|scheme| after.iter().any(|alt| alt.contains_key(*scheme)))
            .collect();
        for scheme in used {
            let pointer = format!("/components/securitySchemes/{}", escape_token(scheme));
            if definition(self.base, &pointer) != definition(self.current, &pointer) {
                self.emit(
                    "security-scheme-changed",
                    Side::Current,
                    &At::new(&pointer, &pointer),
                    format!(
                        "security scheme `{scheme}` changed: old clients send their credential \
                         where it is no longer read"
                    ),
                    touched,
                );
            }
        }
    }
}

/// What of a security scheme decides where and how a credential is sent, as the server reads
/// it (scheme, location and header names are case-insensitive).
fn definition(document: &Document, pointer: &str) -> Option<[Option<String>; 6]> {
    let value = resolve(&document.value, document.value.pointer(pointer)?).0;
    let header = value.get("in").and_then(Value::as_str) == Some("header");
    Some(
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
                Value::String(s) if matches!(key, "scheme" | "in" | "type") => {
                    s.to_ascii_lowercase()
                }
                Value::String(s) if key == "name" && header => s.to_ascii_lowercase(),
                other => other.to_string(),
            })
        }),
    )
}
