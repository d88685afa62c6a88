//! The four ways a report is printed: `text` for terminals (`file:line:col: level: message`,
//! clickable in editors), `json` for tools, `markdown` for a pull request's changelog, and
//! `github` workflow annotations.

use serde_json::json;

use super::{Change, Level, Report};

impl Change {
    /// `file:line:column` (or `file` when the place is unknown).
    pub fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", self.file),
            _ => self.file.clone(),
        }
    }

    fn breaks_text(&self) -> String {
        self.breaks
            .iter()
            .map(|b| b.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Report {
    /// One line per stale approval.
    pub fn stale_text(&self) -> String {
        self.stale
            .iter()
            .map(|approval| {
                format!(
                    "stale approval: {} (for {}, by {}): it matches no break of this \
                     comparison for the release being made; remove it from the approvals\n",
                    approval.fingerprint, approval.release, approval.approved_by
                )
            })
            .collect()
    }

    /// One line per change, then a summary naming the base.
    pub fn to_text(&self, base: &str) -> String {
        let mut out = String::new();
        for change in &self.changes {
            out.push_str(&format!(
                "{}: {}: {} [{}",
                change.place(),
                change.level.as_str(),
                change.message,
                change.rule
            ));
            if !change.breaks.is_empty() {
                out.push_str(&format!("; breaks {}", change.breaks_text()));
            }
            if !change.used_by.is_empty() {
                out.push_str(&format!("; used by {}", change.used_by.join(", ")));
            }
            if let Some(note) = &change.note {
                out.push_str(&format!("; {note}"));
            }
            out.push_str("]\n");
        }
        out.push_str(&self.stale_text());
        out.push_str(&self.summary(base));
        out.push('\n');
        out
    }

    /// `2 breaking, 1 warning, 3 info against main`.
    pub fn summary(&self, base: &str) -> String {
        let (breaking, warning, info) = self.counts();
        if self.changes.is_empty() {
            return format!("no API changes against {base}");
        }
        format!("{breaking} breaking, {warning} warning(s), {info} info against {base}")
    }

    /// `{"breaking": bool, "changes": [...]}`.
    pub fn to_json(&self) -> String {
        let changes: Vec<_> = self
            .changes
            .iter()
            .map(|change| {
                json!({
                    "level": change.level.as_str(),
                    "rule": change.rule,
                    "breaks": change.breaks.iter().map(|b| b.as_str()).collect::<Vec<_>>(),
                    "pointer": change.pointer,
                    "file": change.file,
                    "line": change.line,
                    "column": change.column,
                    "message": change.message,
                    "usedBy": change.used_by,
                    "fingerprint": change.fingerprint,
                    "note": change.note,
                })
            })
            .collect();
        let mut out = serde_json::to_string_pretty(&json!({
            "breaking": self.breaking(),
            "changes": changes,
            "staleApprovals": self
                .stale
                .iter()
                .map(|approval| json!({
                    "fingerprint": approval.fingerprint,
                    "release": approval.release,
                    "approvedBy": approval.approved_by,
                }))
                .collect::<Vec<_>>(),
        }))
        .unwrap_or_default();
        out.push('\n');
        out
    }

    /// A changelog section per level.
    pub fn to_markdown(&self, base: &str) -> String {
        let mut out = format!("## API changes against `{base}`\n\n");
        if self.changes.is_empty() {
            out.push_str("No changes.\n");
            return out;
        }
        for (level, heading) in [
            (Level::Breaking, "Breaking changes"),
            (Level::Warning, "Warnings"),
            (Level::Info, "Other changes"),
        ] {
            let changes: Vec<&Change> = self.changes.iter().filter(|c| c.level == level).collect();
            if changes.is_empty() {
                continue;
            }
            out.push_str(&format!("### {heading}\n\n"));
            for change in changes {
                out.push_str(&format!(
                    "- {} (`{}`, {}",
                    escape_markdown(&change.message),
                    change.rule,
                    change.place()
                ));
                if !change.breaks.is_empty() {
                    out.push_str(&format!("; breaks {}", change.breaks_text()));
                }
                if !change.used_by.is_empty() {
                    out.push_str(&format!(
                        "; used by {}",
                        change
                            .used_by
                            .iter()
                            .map(|op| format!("`{op}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                if let Some(note) = &change.note {
                    out.push_str(&format!("; {}", escape_markdown(note)));
                }
                out.push_str(")\n");
            }
            out.push('\n');
        }
        out.push_str(&format!("{}\n", self.summary(base)));
        out
    }

    /// GitHub workflow commands: `::error` for breaking, `::warning`, `::notice`.
    pub fn to_github(&self, base: &str) -> String {
        let mut out = String::new();
        for change in &self.changes {
            let command = match change.level {
                Level::Breaking => "error",
                Level::Warning => "warning",
                Level::Info => "notice",
            };
            let mut properties = format!("file={}", escape_property(&change.file));
            if let (Some(line), Some(column)) = (change.line, change.column) {
                properties.push_str(&format!(",line={line},col={column}"));
            }
            properties.push_str(&format!(",title={}", escape_property(change.rule)));
            let mut message = change.message.clone();
            if !change.used_by.is_empty() {
                message.push_str(&format!(" (used by {})", change.used_by.join(", ")));
            }
            if let Some(note) = &change.note {
                message.push_str(&format!(" ({note})"));
            }
            out.push_str(&format!(
                "::{command} {properties}::{}\n",
                escape_data(&message)
            ));
        }
        out.push_str(&self.summary(base));
        out.push('\n');
        out
    }
}

fn escape_markdown(text: &str) -> String {
    text.replace('|', "\\|").replace('<', "&lt;")
}

/// Workflow command data: `%`, CR and LF are escaped.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Workflow command properties: also `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
