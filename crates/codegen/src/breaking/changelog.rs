//! A changelog for client teams: the changes of a comparison grouped by operation, what
//! needs their attention first (breaks, deprecations and sunsets, stability), each said as
//! what changed and what to do, not as a rule id (the rule stays beside it, for searching).

use std::collections::BTreeMap;

use serde_json::json;

use super::{Change, Level, Report};

/// How a change reads to a client team, in the order they should read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Breaking,
    Deprecated,
    Sunset,
    Stability,
    /// A break allowed by the lifecycle (a sunset passed, an alpha or beta operation, an
    /// approval): shipped in a minor version, but code may need to change.
    Allowed,
    Changed,
    Added,
}

impl Kind {
    fn of(change: &Change) -> Self {
        match change.rule {
            "deprecated-added" | "deprecated-removed" => Self::Deprecated,
            "sunset-moved-earlier" | "sunset-changed" => Self::Sunset,
            "stability-decreased" | "stability-increased" => Self::Stability,
            _ if change.level == Level::Breaking => Self::Breaking,
            _ if change.note.is_some() => Self::Allowed,
            rule if rule.ends_with("-added") => Self::Added,
            _ => Self::Changed,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Breaking => "Breaking",
            Self::Deprecated => "Deprecation",
            Self::Sunset => "Sunset",
            Self::Stability => "Stability",
            Self::Allowed => "Removed or changed",
            Self::Changed => "Changed",
            Self::Added => "Added",
        }
    }

    /// `2 deprecations`, `1 breaking change`.
    fn counted(self, count: usize) -> String {
        let (one, many) = match self {
            Self::Breaking => ("breaking change", "breaking changes"),
            Self::Deprecated => ("deprecation", "deprecations"),
            Self::Sunset => ("sunset change", "sunset changes"),
            Self::Stability => ("stability change", "stability changes"),
            Self::Allowed => ("allowed removal or change", "allowed removals or changes"),
            Self::Changed => ("other change", "other changes"),
            Self::Added => ("addition", "additions"),
        };
        format!("{count} {}", if count == 1 { one } else { many })
    }

    /// What a client team does about it.
    fn action(self, change: &Change) -> Option<&'static str> {
        Some(match self {
            Self::Breaking => {
                "regenerate the client and change the code the compiler or the tests point at before upgrading"
            }
            Self::Deprecated if change.rule == "deprecated-added" => {
                "move off it before its sunset; the generated client marks it #[deprecated], so the compiler shows where it is used"
            }
            Self::Sunset if change.rule == "sunset-moved-earlier" => {
                "the date came closer: plan the move for the new date"
            }
            Self::Stability if change.rule == "stability-decreased" => {
                "it may now change in minor versions: pin the API version you test against"
            }
            Self::Allowed => "regenerate the client; code still using it stops compiling",
            _ => return None,
        })
    }
}

/// The section heading for changes no single operation uses (a schema removed, a webhook).
const GENERAL: &str = "Across the API";

impl Report {
    /// Changes by operation (`GET /pets`), each group's changes in [`Kind`] order; operations
    /// with a break, a deprecation, a sunset or a stability change first.
    fn by_operation(&self) -> Vec<(String, Vec<(Kind, &Change)>)> {
        let mut groups: BTreeMap<String, Vec<(Kind, &Change)>> = BTreeMap::new();
        for change in &self.changes {
            let kind = Kind::of(change);
            if change.used_by.is_empty() {
                groups
                    .entry(GENERAL.to_owned())
                    .or_default()
                    .push((kind, change));
            }
            for operation in &change.used_by {
                groups
                    .entry(operation.clone())
                    .or_default()
                    .push((kind, change));
            }
        }
        let mut groups: Vec<(String, Vec<(Kind, &Change)>)> = groups.into_iter().collect();
        for (_, changes) in &mut groups {
            changes.sort_by_key(|(kind, change)| (*kind, change.message.clone()));
        }
        groups.sort_by_key(|(operation, changes)| {
            let first = changes.first().map_or(Kind::Added, |(kind, _)| *kind);
            (first, operation == GENERAL, operation.clone())
        });
        groups
    }

    /// The changelog section of `version` (`## 1.1.0 (2026-12-04)`), against `base`.
    pub fn to_changelog(&self, version: &str, date: &str, base: &str) -> String {
        let mut out = format!("## {version} ({date})\n\n");
        if self.changes.is_empty() {
            out.push_str(&format!("No changes to the API against {base}.\n"));
            return out;
        }
        let mut counts: BTreeMap<Kind, usize> = BTreeMap::new();
        for change in &self.changes {
            *counts.entry(Kind::of(change)).or_default() += 1;
        }
        let summary: Vec<String> = counts
            .iter()
            .map(|(kind, count)| kind.counted(*count))
            .collect();
        out.push_str(&format!("Against {base}: {}.\n", summary.join(", ")));
        for (operation, changes) in self.by_operation() {
            out.push_str(&format!("\n### {operation}\n\n"));
            for (kind, change) in changes {
                let message = change
                    .message
                    .strip_prefix(&format!("{operation}: "))
                    .unwrap_or(&change.message);
                out.push_str(&format!("- **{}**: {message}", kind.label()));
                if let Some(note) = &change.note {
                    out.push_str(&format!(" ({note})"));
                }
                if let Some(action) = kind.action(change) {
                    out.push_str(&format!(". *What to do*: {action}"));
                }
                out.push_str(&format!(". `{}`\n", change.rule));
            }
        }
        out
    }

    /// The same as JSON: `{"version", "date", "base", "operations": [{"operation", "changes":
    /// [{"kind", "message", "note", "action", "level", "rule", "fingerprint"}]}]}`.
    pub fn to_changelog_json(&self, version: &str, date: &str, base: &str) -> String {
        let operations: Vec<_> = self
            .by_operation()
            .into_iter()
            .map(|(operation, changes)| {
                let changes: Vec<_> = changes
                    .into_iter()
                    .map(|(kind, change)| {
                        json!({
                            "kind": kind.label().to_lowercase(),
                            "message": change.message,
                            "note": change.note,
                            "action": kind.action(change),
                            "level": change.level.as_str(),
                            "rule": change.rule,
                            "fingerprint": change.fingerprint,
                        })
                    })
                    .collect();
                json!({ "operation": operation, "changes": changes })
            })
            .collect();
        let mut out = serde_json::to_string_pretty(&json!({
            "version": version,
            "date": date,
            "base": base,
            "operations": operations,
        }))
        .unwrap_or_default();
        out.push('\n');
        out
    }
}
