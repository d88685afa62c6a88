//! The breaking-change check: compares two bundled documents semantically (references
//! resolved, order and prose ignored) and reports every change with a stable rule id, whom it
//! breaks, where it is, and which operations use it.
//!
//! Direction decides: narrowing what a request accepts breaks old clients; widening what a
//! response may hold breaks old clients; the reverse can break old servers (a new client
//! talking to a server not yet upgraded). On top of the wire, the check knows what the
//! generator makes of a schema: typify's enums are exhaustive (a response enum value added
//! breaks old clients), `additionalProperties: false` becomes `deny_unknown_fields`, and a
//! change of the generated Rust type (`uuid` to plain string, a field becoming `Option`)
//! breaks consumers' code even where the wire is compatible (`rust-source`).
//!
//! `mod.rs` walks operations, parameters, bodies, responses and security (`headers.rs`: a
//! response's headers); `schema/` compares schemas; `report.rs` prints the four formats;
//! `rules.rs` lists the rules.

mod bodies;
mod changelog;
mod events;
mod headers;
mod lifecycle;
mod parameters;
mod report;
mod rules;
mod schema;
mod security;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

pub use lifecycle::{Approval, Lifecycle, Stability};
pub use rules::{RULES, Rule};

use crate::{
    CodegenError, Document,
    naming::{operation_method, synthesized_operation_id},
    pointer::escape_token,
    resolve::follow as resolve,
};

/// How much a change matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Breaking,
    Warning,
    Info,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Breaking => "breaking",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

/// Whom a change breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Breaks {
    /// Clients built from the base spec, talking to a server built from the new one.
    OldClients,
    /// Servers built from the base spec, answering clients built from the new one.
    OldServers,
    /// Rust code written against the crates generated from the base spec stops compiling.
    RustSource,
    /// The implementation of the generated server trait must change before it compiles again
    /// (a new operation's method, a new field of a struct it builds): the team that owns the
    /// server changes it with the spec, so it is a warning, not a reason for a major version.
    ServerSource,
}

impl Breaks {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OldClients => "old-clients",
            Self::OldServers => "old-servers",
            Self::RustSource => "rust-source",
            Self::ServerSource => "server-source",
        }
    }
}

/// One change between the base and the current document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub level: Level,
    pub rule: &'static str,
    pub breaks: &'static [Breaks],
    /// JSON pointer of the change: in the current document, or in the base for a removal.
    pub pointer: String,
    /// The file, line and column of `pointer` (when the text has them).
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
    /// The operations that use what changed (`GET /api/v1/pets`), sorted.
    pub used_by: Vec<String>,
    /// The rule and the place, stable across unrelated edits: what an approval names.
    pub fingerprint: String,
    /// Why the level is lower than the rule's (a sunset passed, a beta operation, an
    /// approval), or why a deprecation did not lower it.
    pub note: Option<String>,
}

/// Every change found, breaking ones first, then by place.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub changes: Vec<Change>,
    /// Approvals that matched no change of this comparison, or were made for another release
    /// than the one being made: to be removed.
    pub stale: Vec<Approval>,
}

impl Report {
    /// Whether any change is breaking.
    pub fn breaking(&self) -> bool {
        self.changes
            .iter()
            .any(|change| change.level == Level::Breaking)
    }

    /// How many changes there are of each level.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |level| self.changes.iter().filter(|c| c.level == level).count();
        (
            count(Level::Breaking),
            count(Level::Warning),
            count(Level::Info),
        )
    }
}

/// Compares `current` with `base` as of today, without approvals. Fails only when either is
/// not an OpenAPI 3 document.
pub fn compare(base: &Document, current: &Document) -> Result<Report, CodegenError> {
    compare_with(base, current, &Lifecycle::today())
}

/// Compares `current` with `base`, then lowers the breaks `lifecycle` allows (sunsets passed,
/// alpha and beta operations, approvals) to warnings.
pub fn compare_with(
    base: &Document,
    current: &Document,
    lifecycle: &Lifecycle,
) -> Result<Report, CodegenError> {
    for document in [base, current] {
        check_shape(document)?;
    }
    let mut comparer = Comparer {
        base,
        current,
        changes: Vec::new(),
        found: BTreeMap::new(),
        memo: BTreeMap::new(),
        in_progress: BTreeSet::new(),
    };
    comparer.operations();
    comparer.webhooks();
    comparer.schemas_removed();
    let mut changes = comparer.changes;
    for change in &mut changes {
        change.used_by.sort();
        change.used_by.dedup();
    }
    let mut report = Report {
        changes,
        stale: Vec::new(),
    };
    report.stale = lifecycle::lower(&mut report, base, current, lifecycle);
    Ok(report)
}

fn check_shape(document: &Document) -> Result<(), CodegenError> {
    let refuse = |pointer: &str, message: &str| {
        let location = document.location(pointer).map(|(_, location)| location);
        CodegenError::Parse {
            source_name: document.source_name.clone(),
            pointer: pointer.to_owned(),
            location,
            message: message.to_owned(),
        }
    };
    let version = document.value.get("openapi").and_then(Value::as_str);
    if !version.is_some_and(|version| version.starts_with("3.")) {
        return Err(refuse(
            "/openapi",
            "not an OpenAPI 3 document (no `openapi: 3.x`)",
        ));
    }
    if !matches!(document.value.get("paths"), None | Some(Value::Object(_))) {
        return Err(refuse("/paths", "`paths` must be a mapping"));
    }
    // A reference that points at nothing cannot be compared: said with its place, not read as
    // "any type" (which would report every property of its target removed).
    match dangling_reference(&document.value, &document.value, &mut String::new()) {
        Some((at, target)) => {
            let hint = crate::subset::did_you_mean(&document.value, &target[1..])
                .map(|near| format!("; did you mean \"#{near}\"?"))
                .unwrap_or_default();
            Err(refuse(
                &at,
                &format!("the reference {target:?} points at nothing{hint}"),
            ))
        }
        None => Ok(()),
    }
}

/// The first local `$ref` below `value` whose target does not exist: its place and target.
fn dangling_reference(root: &Value, value: &Value, at: &mut String) -> Option<(String, String)> {
    match value {
        Value::Object(entries) => {
            if let Some(Value::String(target)) = entries.get("$ref")
                && let Some(pointer) = target.strip_prefix('#')
                && root.pointer(pointer).is_none()
            {
                return Some((format!("{at}/$ref"), target.clone()));
            }
            for (key, child) in entries {
                let length = at.len();
                at.push('/');
                at.push_str(&escape_token(key));
                let found = dangling_reference(root, child, at);
                at.truncate(length);
                if found.is_some() {
                    return found;
                }
            }
            None
        }
        Value::Array(items) => items.iter().enumerate().find_map(|(index, child)| {
            let length = at.len();
            at.push_str(&format!("/{index}"));
            let found = dangling_reference(root, child, at);
            at.truncate(length);
            found
        }),
        _ => None,
    }
}

/// Where a change is, on each side.
#[derive(Clone)]
struct At {
    base: String,
    current: String,
}

impl At {
    fn new(base: impl Into<String>, current: impl Into<String>) -> Self {
        Self {
            base: base.into(),
            current: current.into(),
        }
    }

    fn child(&self, token: &str) -> Self {
        Self::new(
            format!("{}/{}", self.base, escape_token(token)),
            format!("{}/{}", self.current, escape_token(token)),
        )
    }
}

/// Which side a change is located on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Base,
    Current,
}

/// The direction a value travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Dir {
    Request,
    Response,
}

impl Dir {
    fn rule(self, rest: &str) -> String {
        match self {
            Self::Request => format!("request-{rest}"),
            Self::Response => format!("response-{rest}"),
        }
    }
}

struct Comparer<'a> {
    base: &'a Document,
    current: &'a Document,
    changes: Vec<Change>,
    /// (rule, pointer, message) → index into `changes`, so a change met through several
    /// operations is one change used by all of them.
    found: BTreeMap<(&'static str, String, String), usize>,
    /// The changes found below a pair of referenced schemas, per direction.
    memo: BTreeMap<(String, String, Dir), Vec<usize>>,
    in_progress: BTreeSet<(String, String, Dir)>,
}

/// One operation of a document.
struct Operation<'a> {
    template: &'a str,
    method: &'a str,
    /// The operationId as written, or the one the generator synthesizes from method and path.
    id: String,
    value: &'a Value,
    path_item: &'a Value,
    pointer: String,
}

/// A path template with its parameter names blanked (`/pets/{}`), and the names in order.
fn shape(template: &str) -> (String, Vec<&str>) {
    let mut out = String::new();
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        names.push(&rest[open + 1..open + close]);
        out.push_str("{}");
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    (out, names)
}

fn operations(document: &Document) -> BTreeMap<(String, String), Operation<'_>> {
    let mut out = BTreeMap::new();
    let Some(paths) = document.value.get("paths").and_then(Value::as_object) else {
        return out;
    };
    let written = |operation: &Value| {
        operation
            .get("operationId")
            .and_then(Value::as_str)
            .filter(|id| !id.trim().is_empty())
            .map(str::to_owned)
    };
    // The generator's synthesized ids (`lower.rs`), numbered past the methods already taken.
    let mut taken: BTreeSet<String> = paths
        .values()
        .flat_map(|item| {
            let item = resolve(&document.value, item).0;
            crate::openapi::METHODS
                .iter()
                .filter_map(move |m| item.get(*m))
        })
        .filter_map(written)
        .map(|id| operation_method(&id))
        .collect();
    for (template, item) in paths {
        let item = resolve(&document.value, item).0;
        for method in crate::openapi::METHODS {
            if let Some(value) = item.get(method) {
                let id = written(value).unwrap_or_else(|| {
                    let base = synthesized_operation_id(method, template);
                    let mut id = base.clone();
                    let mut n = 2;
                    while !taken.insert(operation_method(&id)) {
                        id = format!("{base}{n}");
                        n += 1;
                    }
                    id
                });
                out.insert(
                    (shape(template).0, method.to_owned()),
                    Operation {
                        template,
                        method,
                        id,
                        value,
                        path_item: item,
                        pointer: format!("/paths/{}/{method}", escape_token(template)),
                    },
                );
            }
        }
    }
    out
}

fn label(operation: &Operation<'_>) -> String {
    format!("{} {}", operation.method.to_uppercase(), operation.template)
}

/// A status the client reads with the operation's success type (`default` is not one).
fn is_success(code: &str) -> bool {
    crate::openapi::Status::parse(code)
        .is_some_and(|status| status.class() == crate::openapi::Class::Success)
}

impl<'a> Comparer<'a> {
    /// Records a change (or finds the same one met before) and notes it as touched.
    fn emit(&mut self, rule: &str, side: Side, at: &At, message: String, touched: &mut Vec<usize>) {
        let rule = rules::rule(rule);
        let (document, pointer) = match side {
            Side::Base => (self.base, &at.base),
            Side::Current => (self.current, &at.current),
        };
        let key = (rule.id, pointer.clone(), message.clone());
        let index = match self.found.get(&key) {
            Some(index) => *index,
            None => {
                let (file, line, column) = match document.location(pointer) {
                    Some((file, location)) => (file, Some(location.line), Some(location.column)),
                    None => (document.source_name.clone(), None, None),
                };
                self.changes.push(Change {
                    level: rule.level(),
                    rule: rule.id,
                    breaks: rule.breaks,
                    pointer: pointer.clone(),
                    file,
                    line,
                    column,
                    message,
                    used_by: Vec::new(),
                    fingerprint: lifecycle::fingerprint(rule.id, &document.value, pointer),
                    note: None,
                });
                self.found.insert(key, self.changes.len() - 1);
                self.changes.len() - 1
            }
        };
        touched.push(index);
    }

    /// Webhooks (OpenAPI 3.1): the generator refuses them, so the check compares only what it
    /// can say for certain: one removed breaks its receivers; one changed is reported as
    /// breaking, since its payloads are not compared (review it by hand).
    fn webhooks(&mut self) {
        let empty = serde_json::Map::new();
        let hooks = |document: &'a Document| {
            document
                .value
                .get("webhooks")
                .and_then(Value::as_object)
                .unwrap_or(&empty)
                .clone()
        };
        let (before, after) = (hooks(self.base), hooks(self.current));
        let mut touched = Vec::new();
        for (name, old) in &before {
            let pointer = format!("/webhooks/{}", escape_token(name));
            match after.get(name) {
                None => self.emit(
                    "webhook-removed",
                    Side::Base,
                    &At::new(&pointer, ""),
                    format!("webhook `{name}` was removed: its receivers get no more calls"),
                    &mut touched,
                ),
                Some(new)
                    if resolve(&self.base.value, old).0 != resolve(&self.current.value, new).0 =>
                {
                    self.emit(
                        "webhook-changed",
                        Side::Current,
                        &At::new(&pointer, &pointer),
                        format!(
                            "webhook `{name}` changed: the check does not compare webhook \
                             payloads, so it reports the change as breaking (review it by hand)"
                        ),
                        &mut touched,
                    );
                }
                Some(_) => {}
            }
        }
        for name in after.keys().filter(|name| !before.contains_key(*name)) {
            let pointer = format!("/webhooks/{}", escape_token(name));
            self.emit(
                "webhook-added",
                Side::Current,
                &At::new("", &pointer),
                format!("webhook `{name}` was added"),
                &mut touched,
            );
        }
    }

    /// Every component schema is a generated type (`types::Owner`): one gone (renamed, inlined
    /// or dropped) takes its type with it, used by an operation or not.
    fn schemas_removed(&mut self) {
        let names = |document: &Document| -> Vec<String> {
            document
                .value
                .pointer("/components/schemas")
                .and_then(Value::as_object)
                .map(|schemas| schemas.keys().cloned().collect())
                .unwrap_or_default()
        };
        let after = names(self.current);
        let mut touched = Vec::new();
        for name in names(self.base).iter().filter(|name| !after.contains(name)) {
            let pointer = format!("/components/schemas/{}", escape_token(name));
            self.emit(
                "schema-removed",
                Side::Base,
                &At::new(pointer, ""),
                format!(
                    "schema `{name}` was removed: its generated type is gone, and code naming it \
                     stops compiling"
                ),
                &mut touched,
            );
        }
    }

    fn operations(&mut self) {
        let base = operations(self.base);
        let current = operations(self.current);
        for (key, old) in &base {
            let mut touched = Vec::new();
            match current.get(key) {
                Some(new) => {
                    self.operation(old, new, &mut touched);
                    self.used_by(&touched, &label(new));
                }
                None => {
                    let others: Vec<String> = current
                        .values()
                        .filter(|new| shape(new.template).0 == key.0)
                        .map(|new| new.method.to_uppercase())
                        .collect();
                    let mut message = format!("{} was removed", label(old));
                    if !others.is_empty() {
                        message.push_str(&format!(
                            " (the path remains for {}: was its method changed?)",
                            others.join(", ")
                        ));
                    }
                    let at = At::new(&old.pointer, "");
                    self.emit("operation-removed", Side::Base, &at, message, &mut touched);
                    self.used_by(&touched, &label(old));
                }
            }
        }
        for (key, new) in &current {
            if !base.contains_key(key) {
                let mut touched = Vec::new();
                let at = At::new("", &new.pointer);
                let message = format!("{} was added", label(new));
                self.emit("operation-added", Side::Current, &at, message, &mut touched);
                self.used_by(&touched, &label(new));
            }
        }
    }

    fn used_by(&mut self, touched: &[usize], operation: &str) {
        for index in touched {
            self.changes[*index].used_by.push(operation.to_owned());
        }
    }

    fn operation(&mut self, old: &Operation<'a>, new: &Operation<'a>, touched: &mut Vec<usize>) {
        let at = At::new(&old.pointer, &new.pointer);
        let name = label(new);
        // The client's method is named after the operationId, written or synthesized.
        let (before, after) = (operation_method(&old.id), operation_method(&new.id));
        if before != after {
            let written = |operation: &Operation<'_>| {
                if operation.value.get("operationId").is_some() {
                    format!("`{}`", operation.id)
                } else {
                    format!("`{}` (synthesized from method and path)", operation.id)
                }
            };
            let at = if new.value.get("operationId").is_some() {
                at.child("operationId")
            } else {
                at.clone()
            };
            self.emit(
                "operation-id-changed",
                Side::Current,
                &at,
                format!(
                    "{name}: operationId {} became {} (the client's method {before} is renamed {after})",
                    written(old),
                    written(new)
                ),
                touched,
            );
        }
        self.lifecycle((old.value, new.value), &at, &name, touched);
        self.stability((old.value, new.value), &at, &name, touched);
        let (_, old_names) = shape(old.template);
        let (_, new_names) = shape(new.template);
        if old_names != new_names {
            self.emit(
                "path-parameter-renamed",
                Side::Current,
                &At::new(
                    &old.pointer,
                    format!("/paths/{}", escape_token(new.template)),
                ),
                format!(
                    "{name}: the path was {} (its parameters are renamed)",
                    old.template
                ),
                touched,
            );
        }
        // `x-pagination` gives the client a page stream (`stream()`).
        match (
            old.value.get("x-pagination").is_some(),
            new.value.get("x-pagination").is_some(),
        ) {
            (true, false) => self.emit(
                "pagination-removed",
                Side::Base,
                &at.child("x-pagination"),
                format!(
                    "{name}: x-pagination is gone, and with it the client's `{}().stream()`",
                    operation_method(&new.id)
                ),
                touched,
            ),
            (false, true) => self.emit(
                "pagination-added",
                Side::Current,
                &at.child("x-pagination"),
                format!(
                    "{name}: x-pagination gives the client `{}().stream()`",
                    operation_method(&new.id)
                ),
                touched,
            ),
            (true, true) if old.value.get("x-pagination") != new.value.get("x-pagination") => self
                .emit(
                    "pagination-changed",
                    Side::Current,
                    &at.child("x-pagination"),
                    format!(
                        "{name}: x-pagination is now {{{}}}: `{}().stream()` pages that way",
                        new.value["x-pagination"]
                            .as_object()
                            .into_iter()
                            .flatten()
                            .map(|(key, value)| format!(
                                "{key}: {}",
                                value
                                    .as_str()
                                    .map_or_else(|| value.to_string(), str::to_owned)
                            ))
                            .collect::<Vec<_>>()
                            .join(", "),
                        operation_method(&new.id)
                    ),
                    touched,
                ),
            _ => {}
        }
        self.parameters(old, new, &name, touched);
        self.request_body(old, new, &at, &name, touched);
        self.responses(old, new, &at, &name, touched);
        self.security(old, new, &at, &name, touched);
    }
}

#[cfg(test)]
mod tests;
