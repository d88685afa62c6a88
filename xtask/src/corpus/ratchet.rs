//! The ratchet: `crates/codegen/corpus/expected.tsv`, the committed outcome of every spec,
//! read, held against a run (what got worse), and rewritten by `--bless`.

use std::{collections::BTreeMap, fmt::Write as _, path::Path};

use anyhow::{Context, Result, bail};

use super::{Compiled, EXPECTED, Outcome, Run, Wire};

/// One line of the committed expectations.
pub(super) struct Expected {
    pub(super) kind: String,
    pub(super) compiled: Option<bool>,
    /// The wire column as written (`passes`, `fails: NAMES`, or empty when never run).
    pub(super) wire: String,
    /// The round-trip column, written alike.
    pub(super) trip: String,
}

pub(super) fn read_expected(root: &Path) -> Result<BTreeMap<String, Expected>> {
    let text = match std::fs::read_to_string(root.join(EXPECTED)) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(err) => bail!("reading {EXPECTED}: {err}"),
    };
    let mut expected = BTreeMap::new();
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(name), Some(kind)) = (fields.next(), fields.next()) else {
            continue;
        };
        let compiled = match fields.next() {
            Some("compiles") => Some(true),
            Some("does-not-compile") => Some(false),
            _ => None,
        };
        let wire = fields.next().unwrap_or("").to_owned();
        let trip = fields.next().unwrap_or("").to_owned();
        expected.insert(
            name.to_owned(),
            Expected {
                kind: kind.to_owned(),
                compiled,
                wire,
                trip,
            },
        );
    }
    Ok(expected)
}

/// What got worse against the expectations; a panic is always a regression.
pub(super) fn ratchet(runs: &[Run], expected: &BTreeMap<String, Expected>) -> Vec<String> {
    let mut regressions = Vec::new();
    for run in runs {
        if let Outcome::Panicked(message) = &run.outcome {
            regressions.push(format!("{} panicked: {message}", run.name));
            continue;
        }
        let Some(before) = expected.get(&run.name) else {
            continue;
        };
        if before.kind == "generated" && run.outcome != Outcome::Generated {
            let Outcome::Refused { message, .. } = &run.outcome else {
                unreachable!("panics are handled above")
            };
            regressions.push(format!(
                "{} generated before, now refused: {message}",
                run.name
            ));
        }
        if let (Compiled::No(error), Some(true)) = (&run.compiled, before.compiled) {
            regressions.push(format!(
                "{} compiled before, now does not: {error}",
                run.name
            ));
        }
        for (what, was, now) in [
            ("schemathesis", &before.wire, &run.wire),
            ("the round trip", &before.trip, &run.trip),
        ] {
            if was == PASSES && matches!(now, Wire::Failed(_) | Wire::NotRun(_)) {
                regressions.push(format!(
                    "{} passed {what} before, now {}",
                    run.name,
                    now.describe()
                ));
            }
        }
    }
    regressions
}

/// The wire column of a spec that passed.
const PASSES: &str = "passes";

/// A wire column for a run (`wire` is the run's outcome, `before` the committed column); a
/// spec the wire sample did not run keeps what an earlier run learnt (while it still
/// generates).
fn wire_column(run: &Run, wire: &Wire, before: Option<&String>) -> String {
    match wire {
        Wire::Passed => PASSES.to_owned(),
        Wire::Failed(names) => format!("fails: {}", names.join(", ")),
        Wire::NotRun(why) => format!("not run: {}", one_line(why)),
        Wire::NotSampled => match before {
            Some(before) if run.outcome == Outcome::Generated => before.clone(),
            _ => String::new(),
        },
    }
}

pub(super) fn write_expected(
    root: &Path,
    runs: &[Run],
    expected: &BTreeMap<String, Expected>,
) -> Result<()> {
    let mut text = String::from(
        "# The generator's outcome per corpus spec (`cargo xtask corpus --bless` writes it).\n\
         # spec\toutcome\tcompiled in the sample (when sampled)\tschemathesis against the \
         mock (when sampled)\tthe generated client's round trip against it\trefusal\n",
    );
    for run in runs {
        // A spec the sample did not check this time keeps what an earlier run learnt.
        let compiled = match (&run.compiled, expected.get(&run.name)) {
            (Compiled::Yes, _) => "compiles",
            (Compiled::No(_), _) => "does-not-compile",
            (Compiled::NotSampled, Some(before))
                if run.outcome == Outcome::Generated && before.kind == "generated" =>
            {
                match before.compiled {
                    Some(true) => "compiles",
                    Some(false) => "does-not-compile",
                    None => "",
                }
            }
            _ => "",
        };
        let detail = match &run.outcome {
            Outcome::Generated => String::new(),
            Outcome::Refused { message, .. } => one_line(message),
            Outcome::Panicked(message) => one_line(message),
        };
        let before = expected
            .get(&run.name)
            .filter(|before| before.kind == "generated");
        let wire = wire_column(run, &run.wire, before.map(|before| &before.wire));
        let trip = wire_column(run, &run.trip, before.map(|before| &before.trip));
        writeln!(
            text,
            "{}\t{}\t{compiled}\t{wire}\t{trip}\t{detail}",
            run.name,
            run.outcome.kind()
        )?;
    }
    std::fs::write(root.join(EXPECTED), text).with_context(|| format!("writing {EXPECTED}"))
}

fn one_line(text: &str) -> String {
    text.replace(['\t', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_spec_that_generated_before_and_is_refused_now_is_a_regression() {
        let run = |outcome| Run {
            name: "a.json".into(),
            outcome,
            elapsed: Duration::ZERO,
            output_bytes: 0,
            compiled: Compiled::NotSampled,
            wire: Wire::NotSampled,
            trip: Wire::NotSampled,
            invalid_examples: 0,
            left_out: Default::default(),
        };
        let expected = BTreeMap::from([(
            "a.json".to_owned(),
            Expected {
                kind: "generated".into(),
                compiled: Some(true),
                wire: PASSES.into(),
                trip: PASSES.into(),
            },
        )]);
        assert!(ratchet(&[run(Outcome::Generated)], &expected).is_empty());
        let refused = Outcome::Refused {
            class: "c".into(),
            message: "m".into(),
        };
        assert_eq!(ratchet(&[run(refused)], &expected).len(), 1);
        assert_eq!(
            ratchet(&[run(Outcome::Panicked("boom".into()))], &BTreeMap::new()).len(),
            1
        );
        let mut broken = run(Outcome::Generated);
        broken.compiled = Compiled::No("E0433".into());
        assert_eq!(ratchet(&[broken], &expected).len(), 1);
        let mut failing = run(Outcome::Generated);
        failing.wire = Wire::Failed(vec!["not_a_server_error".into()]);
        assert_eq!(ratchet(&[failing], &expected).len(), 1);
        let mut tripping = run(Outcome::Generated);
        tripping.trip = Wire::NotRun("the driver does not compile".into());
        assert_eq!(ratchet(&[tripping], &expected).len(), 1);
    }
}
