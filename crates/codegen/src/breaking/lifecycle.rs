//! The API's lifecycle in the check: deprecation with a sunset (`deprecated: true`, `x-sunset:
//! <date>`, `x-deprecated-by: <operationId>` on an operation, a parameter or a property),
//! stability levels (`x-stability: alpha | beta | stable` on an operation), and approved
//! breaks.
//!
//! While comparing, [`Comparer::lifecycle`] reports deprecations and sunsets added, removed or
//! moved, and [`Comparer::stability`] an operation's level. After comparing, [`lower`] takes
//! a break to a warning when it is allowed: a removal of what was deprecated with a sunset
//! that has passed, a change confined to alpha or beta operations, a change approved for the
//! release being made. Each lowered change keeps its rule and says why in its `note`.

use serde_json::Value;

use super::{At, Comparer, Level, Report, Side};
use crate::{CodegenError, Document, pointer::escape_token, resolve::follow as resolve};

/// The lifecycle marks of an operation, a parameter or a property (read on the value and, for
/// a reference, on its target).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Marks<'v> {
    pub deprecated: bool,
    /// `x-sunset`, as written (an RFC 3339 date or date-time).
    pub sunset: Option<&'v str>,
    pub replaced_by: Option<&'v str>,
}

pub(super) fn marks<'v>(document: &'v Value, value: &'v Value) -> Marks<'v> {
    let target = resolve(document, value).0;
    let get = |key: &str| value.get(key).or_else(|| target.get(key));
    Marks {
        deprecated: get("deprecated").and_then(Value::as_bool) == Some(true),
        sunset: get("x-sunset").and_then(Value::as_str),
        replaced_by: get("x-deprecated-by").and_then(Value::as_str),
    }
}

/// The day of a sunset (`2027-06-30` of `2027-06-30T00:00:00Z`): dates compare as text.
fn day(sunset: &str) -> &str {
    sunset.get(..10).unwrap_or(sunset)
}

impl Marks<'_> {
    /// `deprecated, sunset 2027-06-30, use listPetsByCursor`.
    pub(super) fn describe(&self) -> String {
        let mut out = String::from("deprecated");
        if let Some(sunset) = self.sunset {
            out.push_str(&format!(", sunset {}", day(sunset)));
        }
        if let Some(by) = self.replaced_by {
            out.push_str(&format!(", use {by}"));
        }
        out
    }
}

/// An operation's `x-stability` (stable when absent or unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stability {
    Alpha,
    Beta,
    Stable,
}

impl Stability {
    pub fn of(operation: &Value) -> Self {
        match operation.get("x-stability").and_then(Value::as_str) {
            Some("alpha") => Self::Alpha,
            Some("beta") => Self::Beta,
            _ => Self::Stable,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Alpha => "alpha",
            Self::Beta => "beta",
            Self::Stable => "stable",
        }
    }
}

impl Comparer<'_> {
    /// Deprecation and sunset of one thing kept on both sides.
    pub(super) fn lifecycle(
        &mut self,
        (old, new): (&Value, &Value),
        at: &At,
        what: &str,
        touched: &mut Vec<usize>,
    ) {
        let before = marks(&self.base.value, old);
        let after = marks(&self.current.value, new);
        match (before.deprecated, after.deprecated) {
            (false, true) => self.emit(
                "deprecated-added",
                Side::Current,
                &at.child("deprecated"),
                format!(
                    "{what} is {} (the generated client marks it #[deprecated]: code using it \
                     gets a compiler warning, an error where warnings are denied)",
                    after.describe()
                ),
                touched,
            ),
            (true, false) => self.emit(
                "deprecated-removed",
                Side::Current,
                at,
                format!("{what} is no longer deprecated"),
                touched,
            ),
            _ => {}
        }
        if !(before.deprecated && after.deprecated) {
            return;
        }
        let sunset = at.child("x-sunset");
        match (before.sunset.map(day), after.sunset.map(day)) {
            (Some(old), Some(new)) if new < old => self.emit(
                "sunset-moved-earlier",
                Side::Current,
                &sunset,
                format!("{what}: its sunset moved earlier, from {old} to {new}"),
                touched,
            ),
            (old, new) if old != new => self.emit(
                "sunset-changed",
                Side::Current,
                if new.is_some() { &sunset } else { at },
                format!(
                    "{what}: its sunset {}",
                    match (old, new) {
                        (None, Some(new)) => format!("is set to {new}"),
                        (Some(old), None) => format!("({old}) was taken away"),
                        (old, new) => format!("moved later, from {old:?} to {new:?}"),
                    }
                ),
                touched,
            ),
            _ => {}
        }
    }

    /// An operation's stability level, kept or changed.
    pub(super) fn stability(
        &mut self,
        (old, new): (&Value, &Value),
        at: &At,
        name: &str,
        touched: &mut Vec<usize>,
    ) {
        let (before, after) = (Stability::of(old), Stability::of(new));
        if before == after {
            return;
        }
        let rule = if after < before {
            "stability-decreased"
        } else {
            "stability-increased"
        };
        self.emit(
            rule,
            Side::Current,
            &at.child("x-stability"),
            format!(
                "{name}: x-stability went from {} to {}",
                before.as_str(),
                after.as_str()
            ),
            touched,
        );
    }
}

/// A break approved on purpose, as recorded in `approved-breaks.yaml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Approval {
    pub fingerprint: String,
    /// The version the break ships in: the approval holds while the spec's `info.version` is it.
    pub release: String,
    pub approved_by: String,
    pub date: String,
    pub reason: String,
}

impl Approval {
    /// Reads a list of approvals (an empty file is none): every field is required.
    pub fn parse_all(document: &Document) -> Result<Vec<Approval>, CodegenError> {
        let refuse = |pointer: String, message: String| CodegenError::Parse {
            source_name: document.source_name.clone(),
            location: document.location(&pointer).map(|(_, location)| location),
            pointer,
            message,
        };
        let items = match &document.value {
            Value::Null => return Ok(Vec::new()),
            Value::Array(items) => items,
            _ => {
                return Err(refuse(
                    String::new(),
                    "a list of approvals (`- fingerprint: …`) was expected".into(),
                ));
            }
        };
        items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let field = |name: &str| {
                    item.get(name)
                        .and_then(Value::as_str)
                        .filter(|text| !text.trim().is_empty())
                        .map(str::to_owned)
                        .ok_or_else(|| {
                            refuse(
                                format!("/{index}"),
                                format!("approval {index}: `{name}` (a string) is required"),
                            )
                        })
                };
                Ok(Approval {
                    fingerprint: field("fingerprint")?,
                    release: field("release")?,
                    approved_by: field("approved_by")?,
                    date: field("date")?,
                    reason: field("reason")?,
                })
            })
            .collect()
    }

    /// The approval as an entry of the YAML list.
    pub fn to_yaml(&self) -> String {
        let quoted = |text: &str| serde_json::to_string(text).expect("a string serializes");
        format!(
            "- fingerprint: {}\n  release: {}\n  approved_by: {}\n  date: {}\n  reason: {}\n",
            quoted(&self.fingerprint),
            quoted(&self.release),
            quoted(&self.approved_by),
            quoted(&self.date),
            quoted(&self.reason),
        )
    }
}

/// What the check takes beyond the two documents.
#[derive(Clone, Debug, Default)]
pub struct Lifecycle {
    /// Today, `YYYY-MM-DD` (UTC): sunsets up to it have passed.
    pub today: String,
    /// The approved breaks, and the version being made (the current `info.version`).
    pub approvals: Vec<Approval>,
    pub release: Option<String>,
}

impl Lifecycle {
    /// Today's date and no approvals.
    pub fn today() -> Self {
        Self {
            today: crate::dates::today_utc(),
            ..Self::default()
        }
    }
}

/// The rules that remove something old clients may still call or send or read.
const REMOVALS: &[&str] = &[
    "operation-removed",
    "request-parameter-removed",
    "request-property-removed",
    "request-property-removed-closed",
    "response-required-property-removed",
    "response-optional-property-removed",
];

/// Lowers the breaks the lifecycle allows to warnings, each with its note; returns the
/// approvals that matched no change of this comparison.
pub(super) fn lower(
    report: &mut Report,
    base: &Document,
    current: &Document,
    lifecycle: &Lifecycle,
) -> Vec<Approval> {
    // Each operation's level, the base's first (the promise its clients built on).
    let mut levels: std::collections::BTreeMap<String, Stability> =
        std::collections::BTreeMap::new();
    for document in [current, base] {
        for operation in super::operations(document).values() {
            levels.insert(super::label(operation), Stability::of(operation.value));
        }
    }
    let stability = |label: &str| levels.get(label).copied().unwrap_or(Stability::Stable);
    let mut used = vec![false; lifecycle.approvals.len()];
    for change in &mut report.changes {
        for (index, approval) in lifecycle.approvals.iter().enumerate() {
            if approval.fingerprint == change.fingerprint {
                used[index] = true;
            }
        }
        if change.level != Level::Breaking {
            continue;
        }
        if REMOVALS.contains(&change.rule)
            && let Some(value) = base.value.pointer(&change.pointer)
        {
            let marks = marks(&base.value, value);
            match marks.sunset.map(day) {
                Some(sunset) if marks.deprecated && sunset <= lifecycle.today.as_str() => {
                    change.level = Level::Warning;
                    change.note = Some(format!(
                        "removed after its sunset: it was {} (passed)",
                        marks.describe()
                    ));
                    continue;
                }
                Some(sunset) if marks.deprecated => {
                    change.note = Some(format!(
                        "it was deprecated, but its sunset {sunset} has not passed"
                    ));
                }
                None if marks.deprecated => {
                    change.note = Some(
                        "it was deprecated without an x-sunset: removing it stays a break".into(),
                    );
                }
                _ => {}
            }
        }
        if change.rule != "stability-decreased"
            && !change.used_by.is_empty()
            && let Some(level) = change
                .used_by
                .iter()
                .map(|label| stability(label))
                .max()
                .filter(|level| *level < Stability::Stable)
        {
            change.level = Level::Warning;
            change.note = Some(format!(
                "confined to {} operations (x-stability), which may change",
                level.as_str()
            ));
            continue;
        }
        if let Some(approval) = lifecycle.approvals.iter().find(|approval| {
            approval.fingerprint == change.fingerprint
                && Some(&approval.release) == lifecycle.release.as_ref()
        }) {
            change.level = Level::Warning;
            change.note = Some(format!(
                "approved by {} on {} for {}: {}",
                approval.approved_by, approval.date, approval.release, approval.reason
            ));
        }
    }
    report.changes.sort_by(|a, b| {
        (a.level, &a.file, a.line, a.column, a.rule, &a.message)
            .cmp(&(b.level, &b.file, b.line, b.column, b.rule, &b.message))
    });
    lifecycle
        .approvals
        .iter()
        .zip(used)
        .filter(|(approval, used)| !used || Some(&approval.release) != lifecycle.release.as_ref())
        .map(|(approval, _)| approval.clone())
        .collect()
}

/// A change's fingerprint: its rule and its place, with each parameter's index in its list
/// written as its location and name (`parameters/query:pageNumber`), so that it stays the same
/// across unrelated edits of the document.
pub(super) fn fingerprint(rule: &str, document: &Value, pointer: &str) -> String {
    let mut stable = String::new();
    let mut prefix = String::new();
    let mut previous = "";
    for token in pointer.split('/').skip(1) {
        prefix.push('/');
        prefix.push_str(token);
        let named = (previous == "parameters")
            .then(|| token.parse::<usize>().ok())
            .flatten()
            .and_then(|_| document.pointer(&prefix))
            .map(|parameter| resolve(document, parameter).0)
            .and_then(|parameter| {
                Some(format!(
                    "{}:{}",
                    parameter.get("in")?.as_str()?,
                    parameter.get("name")?.as_str()?
                ))
            });
        stable.push('/');
        stable.push_str(&named.map_or_else(|| token.to_owned(), |name| escape_token(&name)));
        previous = token;
    }
    format!("{rule}:{stable}")
}
