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
//! `mod.rs` walks operations, parameters, bodies, responses and security; `schema.rs`
//! compares schemas; `report.rs` prints the four formats; `rules.rs` lists the rules.

mod report;
mod rules;
mod schema;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

pub use rules::{RULES, Rule};

use crate::{CodegenError, Document, pointer::escape_token, resolve::follow as resolve};

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
}

impl Breaks {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OldClients => "old-clients",
            Self::OldServers => "old-servers",
            Self::RustSource => "rust-source",
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
}

/// Every change found, breaking ones first, then by place.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub changes: Vec<Change>,
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

/// Compares `current` with `base`. Fails only when either is not an OpenAPI 3 document.
pub fn compare(base: &Document, current: &Document) -> Result<Report, CodegenError> {
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
    let mut changes = comparer.changes;
    for change in &mut changes {
        change.used_by.sort();
        change.used_by.dedup();
    }
    changes.sort_by(|a, b| {
        (a.level, &a.file, a.line, a.column, a.rule, &a.message)
            .cmp(&(b.level, &b.file, b.line, b.column, b.rule, &b.message))
    });
    Ok(Report { changes })
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
    match document.value.get("paths") {
        None | Some(Value::Object(_)) => Ok(()),
        Some(_) => Err(refuse("/paths", "`paths` must be a mapping")),
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

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

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
    for (template, item) in paths {
        let item = resolve(&document.value, item).0;
        for method in METHODS {
            if let Some(value) = item.get(method) {
                out.insert(
                    (shape(template).0, method.to_owned()),
                    Operation {
                        template,
                        method,
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
                });
                self.found.insert(key, self.changes.len() - 1);
                self.changes.len() - 1
            }
        };
        touched.push(index);
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
        let id = |value: &'a Value| value.get("operationId").and_then(Value::as_str);
        if let (Some(before), Some(after)) = (id(old.value), id(new.value))
            && before != after
        {
            self.emit(
                "operation-id-changed",
                Side::Current,
                &at.child("operationId"),
                format!("{name}: operationId `{before}` became `{after}` (the client's method is renamed)"),
                touched,
            );
        }
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
        self.parameters(old, new, &name, touched);
        self.request_body(old, new, &at, &name, touched);
        self.responses(old, new, &at, &name, touched);
        self.security(old, new, &at, &name, touched);
    }

    /// The effective parameters of an operation: the path item's, overridden by the
    /// operation's, keyed by location and name (path parameters by position in the template).
    fn effective_parameters<'d>(
        document: &'d Document,
        operation: &Operation<'d>,
    ) -> BTreeMap<(String, String), (&'d Value, String)> {
        let (_, names) = shape(operation.template);
        let mut out = BTreeMap::new();
        let path_pointer = operation.pointer.rsplit_once('/').map_or("", |(p, _)| p);
        for (owner, pointer) in [
            (operation.path_item, path_pointer.to_owned()),
            (operation.value, operation.pointer.clone()),
        ] {
            let Some(list) = owner.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            for (index, parameter) in list.iter().enumerate() {
                let (value, found) = resolve(&document.value, parameter);
                let at = found.unwrap_or_else(|| format!("{pointer}/parameters/{index}"));
                let location = value.get("in").and_then(Value::as_str).unwrap_or("");
                let name = value.get("name").and_then(Value::as_str).unwrap_or("");
                let key = match location {
                    "path" => names
                        .iter()
                        .position(|n| *n == name)
                        .map_or_else(|| name.to_owned(), |position| format!("#{position}")),
                    "header" => name.to_ascii_lowercase(),
                    _ => name.to_owned(),
                };
                out.insert((location.to_owned(), key), (value, at));
            }
        }
        out
    }

    fn parameters(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let before = Self::effective_parameters(self.base, old);
        let after = Self::effective_parameters(self.current, new);
        let text = |value: &Value, key: &str| {
            value
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        let required = |value: &Value| {
            value
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        let mut removed: Vec<&(String, String)> = before
            .keys()
            .filter(|key| !after.contains_key(*key))
            .collect();
        let mut added: Vec<&(String, String)> = after
            .keys()
            .filter(|key| !before.contains_key(*key))
            .collect();
        // A parameter sent under another name or in another place: one removed and one added
        // with the same schema.
        let mut index = 0;
        while index < removed.len() {
            let (old_value, old_at) = &before[removed[index]];
            let same_schema =
                |key: &&(String, String)| after[*key].0.get("schema") == old_value.get("schema");
            let matches: Vec<usize> = added
                .iter()
                .enumerate()
                .filter(|(_, key)| same_schema(key))
                .map(|(i, _)| i)
                .collect();
            if let [only] = matches.as_slice() {
                let new_key = added.remove(*only);
                let (new_value, new_at) = &after[new_key];
                let at = At::new(old_at, new_at);
                let (rule, what) = if removed[index].0 == new_key.0 {
                    (
                        "request-parameter-renamed",
                        format!("is now named `{}`", text(new_value, "name")),
                    )
                } else {
                    (
                        "request-parameter-location-changed",
                        format!(
                            "moved from {} to {} (as `{}`)",
                            removed[index].0,
                            new_key.0,
                            text(new_value, "name")
                        ),
                    )
                };
                let message = format!(
                    "{name}: {} parameter `{}` {what}",
                    removed[index].0,
                    text(old_value, "name")
                );
                self.emit(rule, Side::Current, &at, message, touched);
                removed.remove(index);
                continue;
            }
            index += 1;
        }
        for key in removed {
            let (value, at) = &before[key];
            let message = format!(
                "{name}: {} parameter `{}` was removed",
                key.0,
                text(value, "name")
            );
            self.emit(
                "request-parameter-removed",
                Side::Base,
                &At::new(at, ""),
                message,
                touched,
            );
        }
        for key in added {
            let (value, at) = &after[key];
            let rule = if required(value) {
                "request-parameter-required-added"
            } else {
                "request-parameter-optional-added"
            };
            let message = format!(
                "{name}: {} parameter `{}` was added",
                key.0,
                text(value, "name")
            );
            self.emit(rule, Side::Current, &At::new("", at), message, touched);
        }
        for (key, (old_value, old_at)) in &before {
            let Some((new_value, new_at)) = after.get(key) else {
                continue;
            };
            let at = At::new(old_at, new_at);
            let what = format!(
                "{} parameter `{}` of {name}",
                key.0,
                text(new_value, "name")
            );
            match (required(old_value), required(new_value)) {
                (false, true) => self.emit(
                    "request-parameter-made-required",
                    Side::Current,
                    &at,
                    format!("{what} became required"),
                    touched,
                ),
                (true, false) => self.emit(
                    "request-parameter-made-optional",
                    Side::Current,
                    &at,
                    format!("{what} became optional"),
                    touched,
                ),
                _ => {}
            }
            let style =
                |value: &Value| {
                    let style = value.get("style").and_then(Value::as_str).unwrap_or(
                        match key.0.as_str() {
                            "query" | "cookie" => "form",
                            _ => "simple",
                        },
                    );
                    let explode = value
                        .get("explode")
                        .and_then(Value::as_bool)
                        .unwrap_or(style == "form");
                    (style.to_owned(), explode)
                };
            if style(old_value) != style(new_value) {
                let ((s1, e1), (s2, e2)) = (style(old_value), style(new_value));
                self.emit(
                    "request-parameter-style-changed",
                    Side::Current,
                    &at,
                    format!(
                        "{what} is serialized as style {s2}, explode {e2} (was {s1}, explode {e1})"
                    ),
                    touched,
                );
            }
            if let (Some((old_schema, old_ptr)), Some((new_schema, new_ptr))) = (
                parameter_schema(old_value, old_at),
                parameter_schema(new_value, new_at),
            ) {
                self.schema(
                    old_schema,
                    new_schema,
                    &At::new(old_ptr, new_ptr),
                    Dir::Request,
                    &what,
                    touched,
                );
            }
        }
    }

    fn request_body(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        at: &At,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let at = at.child("requestBody");
        let body = |document: &'a Document, operation: &Operation<'a>, pointer: &str| {
            operation.value.get("requestBody").map(|value| {
                let (value, found) = resolve(&document.value, value);
                (value, found.unwrap_or_else(|| pointer.to_owned()))
            })
        };
        let required = |value: &Value| {
            value
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        match (
            body(self.base, old, &at.base),
            body(self.current, new, &at.current),
        ) {
            (None, None) => {}
            (Some((_, pointer)), None) => {
                self.emit(
                    "request-body-removed",
                    Side::Base,
                    &At::new(pointer, ""),
                    format!("{name}: the request body was removed"),
                    touched,
                );
            }
            (None, Some((value, pointer))) => {
                let rule = if required(value) {
                    "request-body-required-added"
                } else {
                    "request-body-optional-added"
                };
                self.emit(
                    rule,
                    Side::Current,
                    &At::new("", pointer),
                    format!("{name}: a request body was added"),
                    touched,
                );
            }
            (Some((old_value, old_ptr)), Some((new_value, new_ptr))) => {
                let at = At::new(old_ptr, new_ptr);
                match (required(old_value), required(new_value)) {
                    (false, true) => self.emit(
                        "request-body-made-required",
                        Side::Current,
                        &at,
                        format!("{name}: the request body became required"),
                        touched,
                    ),
                    (true, false) => self.emit(
                        "request-body-made-optional",
                        Side::Current,
                        &at,
                        format!("{name}: the request body became optional"),
                        touched,
                    ),
                    _ => {}
                }
                let what = format!("the request body of {name}");
                self.content(old_value, new_value, &at, Dir::Request, &what, touched);
            }
        }
    }

    /// Compares the media types of a body (`content`).
    fn content(
        &mut self,
        old: &Value,
        new: &Value,
        at: &At,
        dir: Dir,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let empty = serde_json::Map::new();
        let before = old
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let after = new
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let at = at.child("content");
        for (media, old_media) in before {
            let here = at.child(media);
            match after.get(media) {
                None => {
                    let rule = dir.rule("media-type-removed");
                    self.emit(
                        &rule,
                        Side::Base,
                        &here,
                        format!("{what}: content type {media} was removed"),
                        touched,
                    );
                }
                Some(new_media) => {
                    if let (Some(old_schema), Some(new_schema)) =
                        (old_media.get("schema"), new_media.get("schema"))
                    {
                        let what = if before.len() > 1 {
                            format!("{what} ({media})")
                        } else {
                            what.to_owned()
                        };
                        self.schema(
                            old_schema,
                            new_schema,
                            &here.child("schema"),
                            dir,
                            &what,
                            touched,
                        );
                    }
                }
            }
        }
        for media in after.keys().filter(|media| !before.contains_key(*media)) {
            let rule = dir.rule("media-type-added");
            self.emit(
                &rule,
                Side::Current,
                &at.child(media),
                format!("{what}: content type {media} was added"),
                touched,
            );
        }
    }

    fn responses(
        &mut self,
        old: &Operation<'a>,
        new: &Operation<'a>,
        at: &At,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let empty = serde_json::Map::new();
        let before = old
            .value
            .get("responses")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let after = new
            .value
            .get("responses")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let at = at.child("responses");
        for (code, old_response) in before {
            let here = at.child(code);
            let kind = if is_success(code) { "success" } else { "error" };
            match after.get(code) {
                None => {
                    let rule = format!("response-{kind}-status-removed");
                    self.emit(
                        &rule,
                        Side::Base,
                        &here,
                        format!("{name}: status {code} is no longer documented"),
                        touched,
                    );
                }
                Some(new_response) => {
                    let (old_value, old_found) = resolve(&self.base.value, old_response);
                    let (new_value, new_found) = resolve(&self.current.value, new_response);
                    let here = At::new(
                        old_found.unwrap_or(here.base),
                        new_found.unwrap_or(here.current),
                    );
                    let what = format!("response {code} of {name}");
                    self.content(old_value, new_value, &here, Dir::Response, &what, touched);
                }
            }
        }
        for code in after.keys().filter(|code| !before.contains_key(*code)) {
            let kind = if is_success(code) { "success" } else { "error" };
            let rule = format!("response-{kind}-status-added");
            self.emit(
                &rule,
                Side::Current,
                &at.child(code),
                format!("{name}: status {code} was added"),
                touched,
            );
        }
    }

    fn security(
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

/// A parameter's schema and its pointer (`schema`, or the one media type of `content`).
fn parameter_schema<'v>(parameter: &'v Value, at: &str) -> Option<(&'v Value, String)> {
    if let Some(schema) = parameter.get("schema") {
        return Some((schema, format!("{at}/schema")));
    }
    let (media, value) = parameter.get("content")?.as_object()?.iter().next()?;
    Some((
        value.get("schema")?,
        format!("{at}/content/{}/schema", escape_token(media)),
    ))
}

#[cfg(test)]
mod tests;
