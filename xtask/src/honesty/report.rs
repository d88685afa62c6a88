//! The test's report: a table (edit, codegen, check, build, start, agreement), then each
//! disagreement with the first error, then what the tools said of each edit. Printed, and
//! committed as `xtask/honesty/last-run.log` after a full run.

use std::time::Duration;

use super::trial::{Proof, Step, Verdict};

/// One row: an edit (or the unedited spec), what the tools said and what the build said.
pub(super) struct Row {
    pub name: String,
    pub kind: String,
    pub verdict: Verdict,
    pub proof: Proof,
    pub took: Duration,
}

impl Row {
    /// A "yes" must build, check and start; a "no" agrees whatever the build says (a build
    /// that passes anyway is the tools being careful, not wrong). A "yes" not built (only
    /// with `--tools-only`) has nothing to disagree with.
    pub(super) fn agrees(&self) -> bool {
        !self.verdict.says_yes()
            || !self.proof.ran()
            || (self.proof.check.passed() && self.proof.build.passed() && self.proof.start.passed())
    }

    fn build_cell(&self) -> String {
        match (&self.proof.check, &self.proof.build) {
            (Step::NotRun, _) => "-".to_owned(),
            (Step::Failed(..), _) => "fails (check)".to_owned(),
            (_, Step::Failed(..)) => "fails (build)".to_owned(),
            _ => "ok".to_owned(),
        }
    }

    fn start_cell(&self) -> &'static str {
        match self.proof.start {
            Step::NotRun => "-",
            Step::Passed(_) => "ok",
            Step::Failed(..) => "fails",
        }
    }

    fn agreement_cell(&self) -> &'static str {
        match (self.agrees(), self.verdict.says_yes(), self.proof.ran()) {
            (false, _, _) => "DISAGREE",
            (true, true, false) => "yes (not built)",
            (true, true, true) => "agree (yes)",
            (true, false, false) => "agree (no)",
            (true, false, true) => match self.proof.failure() {
                Some(_) => "agree (no, fails)",
                None => "agree (no, builds)",
            },
        }
    }

    /// One line, for the progress the run prints.
    pub(super) fn progress(&self) -> String {
        format!(
            "codegen {}, check {}, build {}, start {}: {} ({})",
            self.verdict.codegen_cell(),
            self.verdict.check_cell(),
            self.build_cell(),
            self.start_cell(),
            self.agreement_cell(),
            seconds(self.took)
        )
    }
}

/// `12 s`, `3 min 04 s`, `1 h 02 min`.
pub(super) fn seconds(took: Duration) -> String {
    let total = took.as_secs();
    match total {
        0..60 => format!("{:.1} s", took.as_secs_f64()),
        60..3600 => format!("{} min {:02} s", total / 60, total % 60),
        _ => format!("{} h {:02} min", total / 3600, total % 3600 / 60),
    }
}

/// The table as Markdown, columns padded so it reads as plain text too.
fn table(rows: &[Row]) -> String {
    let mut cells: Vec<[String; 10]> = vec![[
        "#".to_owned(),
        "edit".to_owned(),
        "kind".to_owned(),
        "codegen".to_owned(),
        "check (vs release)".to_owned(),
        "vs unedited".to_owned(),
        "build".to_owned(),
        "start".to_owned(),
        "agreement".to_owned(),
        "time".to_owned(),
    ]];
    for (index, row) in rows.iter().enumerate() {
        cells.push([
            index.to_string(),
            row.name.clone(),
            row.kind.clone(),
            row.verdict.codegen_cell().to_owned(),
            row.verdict.check_cell(),
            row.verdict.unedited_cell(),
            row.build_cell(),
            row.start_cell().to_owned(),
            row.agreement_cell().to_owned(),
            seconds(row.took),
        ]);
    }
    let widths: Vec<usize> = (0..10)
        .map(|column| {
            cells
                .iter()
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: &[String]| -> String {
        let padded: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        format!("| {} |\n", padded.join(" | "))
    };
    let mut out = line(&cells[0]);
    let rule: Vec<String> = widths.iter().map(|width| "-".repeat(*width)).collect();
    out.push_str(&line(&rule));
    for row in &cells[1..] {
        out.push_str(&line(row));
    }
    out
}

/// The report: `header` lines, the counts, the table, the disagreements, the tools' words.
pub(super) fn render(header: &[String], rows: &[Row]) -> String {
    let mut out = String::new();
    for line in header {
        out.push_str(line);
        out.push('\n');
    }
    let disagreements: Vec<&Row> = rows.iter().filter(|row| !row.agrees()).collect();
    let yes = rows.iter().filter(|row| row.verdict.says_yes()).count();
    let built = rows.iter().filter(|row| row.proof.ran()).count();
    out.push_str(
        "The tools say yes when codegen accepts and both checks call the edit harmless: the \
         one against the latest release (what released clients meet) and the one against the \
         unedited spec (what `breaking --against main`, the pull request's check, and \
         `codegen --watch` say: what code written since the release meets).\n",
    );
    out.push_str(&format!(
        "rows: {} (the unedited spec, then {} edits); the tools said yes to {yes}; built {built}; \
         disagreements: {}\n\n",
        rows.len(),
        rows.len().saturating_sub(1),
        disagreements.len()
    ));
    out.push_str(&table(rows));
    out.push_str("\nDisagreements (the tools said yes, the build or the start said no):\n");
    if disagreements.is_empty() {
        out.push_str("  none\n");
    }
    for row in &disagreements {
        let (step, error) = row.proof.failure().unwrap_or(("?", "?"));
        out.push_str(&format!(
            "  {}: the tools said codegen {}, check {}; {step} failed: {error}\n",
            row.name,
            row.verdict.codegen_cell(),
            row.verdict.check_cell()
        ));
    }
    out.push_str("\nWhat the tools said of each edit, and the first error of each failed build:\n");
    for row in rows {
        out.push_str(&format!("  {}:", row.name));
        if let Some(refusal) = &row.verdict.refused {
            out.push_str(&format!(" codegen refused: {}.", first_line(refusal)));
        }
        for (against, check) in [
            ("the release", &row.verdict.check),
            ("the unedited spec", &row.verdict.against_unedited),
        ] {
            match check {
                Ok(findings) if findings.rules.is_empty() => {
                    out.push_str(&format!(" Against {against}: no API changes."))
                }
                Ok(findings) => out.push_str(&format!(
                    " Against {against}: {}.",
                    findings.rules.join(", ")
                )),
                Err(err) => out.push_str(&format!(
                    " Against {against}: could not compare: {}.",
                    first_line(err)
                )),
            }
        }
        if let Some((step, error)) = row.proof.failure() {
            out.push_str(&format!(" {step} failed: {error}"));
        }
        out.push('\n');
    }
    out
}

/// The first line of a message, at most 300 characters.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    match line.char_indices().nth(300) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::honesty::trial::Findings;

    fn findings(breaking: usize) -> Findings {
        Findings {
            breaking,
            warnings: 0,
            info: 0,
            breaks: if breaking > 0 {
                ["old-clients"].into_iter().collect()
            } else {
                Default::default()
            },
            rules: Vec::new(),
        }
    }

    /// A row whose check against the release finds `breaking` breaks, and against the
    /// unedited spec `unedited` (`None`: it could not compare).
    fn row(name: &str, breaking: usize, unedited: Option<usize>, proof: Proof) -> Row {
        Row {
            name: name.to_owned(),
            kind: "enum".to_owned(),
            verdict: Verdict {
                refused: None,
                check: Ok(findings(breaking)),
                against_unedited: unedited
                    .map(findings)
                    .ok_or_else(|| "not compared".to_owned()),
            },
            proof,
            took: Duration::from_secs(75),
        }
    }

    fn failed_build() -> Proof {
        Proof {
            check: Step::Failed(
                Duration::ZERO,
                "x.rs:1:1: error[E0063]: missing field".to_owned(),
            ),
            build: Step::NotRun,
            start: Step::NotRun,
        }
    }

    #[test]
    fn a_yes_that_fails_to_build_is_the_one_disagreement() {
        let rows = [
            row("breaks-and-fails", 1, None, failed_build()),
            row("says-no", 1, Some(1), Proof::not_run()),
            row("yes-but-fails", 0, Some(0), failed_build()),
            // Nothing against the release, a break against the unedited spec: a "no".
            row("unreleased-taken-back", 0, Some(1), failed_build()),
        ];
        assert!(rows[0].agrees() && rows[1].agrees() && !rows[2].agrees() && rows[3].agrees());
        let text = render(&["header".to_owned()], &rows);
        assert!(text.contains("disagreements: 1"), "{text}");
        assert!(
            text.contains("yes-but-fails: the tools said codegen ok, check none; cargo check failed: x.rs:1:1: error[E0063]"),
            "{text}"
        );
        assert!(
            text.contains("| breaking: old-clients | could not compare     |"),
            "{text}"
        );
        assert_eq!(seconds(Duration::from_secs(75)), "1 min 15 s");
    }
}
