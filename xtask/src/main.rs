//! `cargo xtask`: the workspace's own commands, plain Rust, nothing to install.
//!
//! - `cargo xtask codegen` regenerates every generated file from `openapi/chats.yaml` (and
//!   the generator's test specs into `crates/codegen-fixtures`).
//! - `cargo xtask codegen --check` regenerates in memory, writes nothing, and fails with a
//!   unified diff per stale file.
//! - `cargo xtask test` runs every test of the workspace, snapshots frozen.
//! - `cargo xtask bench [...]` builds the release binaries and runs `chats-bench`.
//! - `cargo xtask mock [--release] [--listen ADDR] [--seed N]` serves the API's mock.
//! - `cargo xtask corpus` runs the generator over the real-world corpus, against the
//!   committed outcomes (`corpus/`).
//! - `cargo xtask soak`, `hostile`, `fuzz`: the long runs behind RELIABILITY.md, each
//!   writing a summary to commit (`long_runs.rs`).
//! - `cargo xtask honesty`: the loop-honesty test (`honesty/`): edits of the spec on a copy
//!   of the workspace, the tools' verdict against the build and a started server.
//!
//! `codegen` and `codegen --check` go through [`plan`], the one function that produces the
//! bytes, so they cannot disagree. The tidy tests turn ARCHITECTURE.md's walls into tests.

use std::{
    path::{Path, PathBuf},
    process::ExitCode,
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};

/// The hand-written source of truth.
const SPEC: &str = "openapi/chats.yaml";
/// How generated files tell their readers to regenerate them.
const COMMAND: &str = "cargo xtask codegen";
/// The generated client source.
const CLIENT: &str = "crates/chats-client/src/generated.rs";
/// The generated server source, and the JSON rendering of the spec it serves.
const SERVER: &str = "crates/chats-api/src/generated.rs";
const SERVER_JSON: &str = "crates/chats-api/src/openapi.json";
/// The YAML it serves: the spec byte for byte, or bundled when it is split over several files.
const SERVER_YAML: &str = "crates/chats-api/src/openapi.yaml";
/// The generator's own test specs, whose output must compile too...
const TEST_SPECS: &str = "crates/codegen/tests/specs";
/// ...in this crate.
const FIXTURES: &str = "crates/codegen-fixtures/src";

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen           regenerate every generated file from openapi/chats.yaml
  codegen --check   fail (with a diff) if a checked-in generated file is stale, or if the spec
                    breaks its latest released version (openapi/released/) without a major bump;
                    writes nothing
  codegen --watch   regenerate on every save of a spec file; print what changed and the
                    breaking changes against main
  breaking --against <git-rev|A...B|file> [--spec FILE] [--format text|json|markdown|github]
                    the breaking changes of the spec against a base; exit 0 none, 1 some,
                    2 could not compare
  breaking --against <git-rev|file> --approve <fingerprint> --reason TEXT [--by NAME]
                    approve one break on purpose for the current info.version
                    (openapi/approved-breaks.yaml)
  release           copy the spec to openapi/released/<name>-<info.version>.yaml, refusing
                    unless info.version was bumped (a major step when it breaks the last one),
                    and add the version's section to openapi/CHANGELOG.md
  changelog [--from <version|rev|file>] [--to <version|rev|file>] [--format markdown|json]
                    the changes between two versions for client teams, by operation, breaks,
                    deprecations and sunsets first (default: latest release to working spec)
  test              run every test of the workspace (nextest when installed, then doc tests),
                    with snapshots frozen (INSTA_UPDATE=no)
  bench [ARGS]      build the release binaries and run the service benchmark
                    (default: SQLite at 10k, 100k and 1M chats; writes BENCHMARKS.md);
                    `cargo xtask bench --help` lists the options
  bench codegen     time our generation step against openapi-generator's (Java)
  bench fanout      live chat events to 1,000 subscribers of one replica: fan-out latency
                    against one subscriber's, and memory per idle subscriber
  bench peers       the generated server against poem-openapi and dropshot on one point
                    read, beside bare axum, in interleaved rounds (needs wrk)
  mock [--release] [--listen ADDR] [--seed N]
                    serve the mock of the API generated from the spec (no database; default
                    127.0.0.1:4010): `Prefer: code=404` or `example=NAME` picks an answer;
                    built from the generated server crate alone, so it starts while the
                    service does not compile; SIGTERM or Ctrl-C stops it; --release: an
                    optimized build for load tests (its answers still checked)
  soak [--seconds N]            the soak test for N s (600); summary in crates/chats-server/runs/
  hostile [--cases N] [--seed S]  the hostile-input test, N cases (50,000) from seed S (7); summary too
  fuzz [--seconds N]            the fuzz target for N s (3,600), nice 10, needs cargo-fuzz; summary too
  honesty [--build-all] [--tools-only] [--only NAME]
                    the loop-honesty test: each edit of xtask/honesty/edits.txt made to a copy
                    of the workspace (target/honesty/); where codegen and the breaking check
                    say yes, the workspace must check and the server build and start; writes
                    xtask/honesty/last-run.log, fails on a disagreement or an edit that no
                    longer applies
  corpus [--filter GLOB] [--compile N] [--bless]
                    the generator over the APIs.guru corpus (pinned npm package), against the
                    committed outcomes in crates/codegen/corpus/expected.tsv
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen(Mode::Write),
        ["codegen", "--check"] => codegen(Mode::Check),
        ["codegen", "--watch"] => designer::watch(),
        ["breaking", rest @ ..] => return designer::breaking(rest),
        ["release", rest @ ..] => designer::release(rest),
        ["changelog", rest @ ..] => designer::changelog(rest),
        ["test"] => test(),
        ["bench", rest @ ..] => bench::bench(rest),
        ["mock", rest @ ..] => mock(rest),
        ["soak", rest @ ..] => long_runs::soak(rest),
        ["hostile", rest @ ..] => long_runs::hostile(rest),
        ["fuzz", rest @ ..] => long_runs::fuzz(rest),
        ["corpus", rest @ ..] => corpus::in_release(rest),
        ["honesty", rest @ ..] => honesty::honesty(rest),
        ["help" | "--help" | "-h"] | [] => {
            print!("{USAGE}");
            Ok(true)
        }
        other => Err(anyhow::anyhow!("unknown arguments {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask mock [--release] [--listen ADDR] [--seed N]`: builds the generated server
/// crate's `mock` program (that crate and the runtime only: the service may not compile) and
/// becomes it, so SIGTERM or Ctrl-C stops the mock itself and frees its port.
fn mock(args: &[&str]) -> Result<bool> {
    let mut command = std::process::Command::new(env!("CARGO"));
    command
        .current_dir(workspace_root())
        .args(mock_cargo_args(args)?);
    // cargo, in turn, replaces itself with the program on Unix: one process to signal.
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let err = command.exec();
        Err(err).context("running cargo")
    }
    #[cfg(not(unix))]
    {
        let status = command.status().context("running cargo")?;
        Ok(status.success())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
}

/// One generated file: where it goes (relative to the workspace root) and its bytes.
struct Output {
    path: String,
    contents: String,
}

/// How long each step of generation took, and how the server checks its answers, reported
/// by the command.
struct Timings {
    parse: Duration,
    generate: Duration,
    answer_checks: codegen::AnswerChecks,
}

fn workspace_root() -> PathBuf {
    // xtask lives one level below the root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent directory")
        .to_path_buf()
}

/// Produces every generated file, in memory: the chats client from the spec (timed), then
/// the fixture crate from the generator's test specs.
fn plan(root: &Path) -> Result<(Vec<Output>, Timings)> {
    let started = Instant::now();
    let spec = codegen::Spec::from_document(designer::load_files(root, SPEC)?)?;
    let parse = started.elapsed();
    let started = Instant::now();
    let (mut outputs, answer_checks) = chats_generated(&spec, root)?;
    let timings = Timings {
        parse,
        generate: started.elapsed(),
        answer_checks,
    };
    outputs.extend(fixtures::fixtures(root)?);
    let manifests = manifests::outputs(
        root,
        &outputs,
        &[
            "crates/chats-client/Cargo.toml",
            "crates/chats-api/Cargo.toml",
        ],
        spec.version(),
    )?;
    outputs.extend(manifests);
    outputs.extend(snapshots::outputs(root)?);
    Ok((outputs, timings))
}

/// The files generated from the chats spec: the client, the server, and the YAML and JSON it
/// serves from its own crate (so that `cargo package` takes them along): the spec's text
/// byte for byte, or, for a spec split over several files, the bundled YAML. Refused when an
/// example does not match its schema, or a deprecated operation is not dated. `root`: the workspace the spec is read from.
fn chats_outputs(spec: &codegen::Spec, root: &Path) -> Result<Vec<Output>> {
    Ok(chats_generated(spec, root)?.0)
}

/// [`chats_outputs`], with how the server checks its answers (for the command's report).
fn chats_generated(
    spec: &codegen::Spec,
    root: &Path,
) -> Result<(Vec<Output>, codegen::AnswerChecks)> {
    // The generator takes a spec whose examples contradict it (its mock leaves those out), a
    // deprecated operation without the date of its Deprecation header, a body media type its
    // router answers 415; this workspace does not (its docs and mock show what it offers).
    codegen::check_examples(spec)?;
    codegen::check_lifecycle(spec)?;
    let notes = codegen::notes(spec);
    anyhow::ensure!(
        notes.is_empty(),
        "the spec offers what the crates do not read:\n{}",
        notes.join("\n")
    );
    let bundled = spec.files().len() > 1;
    let (client, server) = codegen::generate(
        spec,
        &codegen::ServerOptions {
            command: COMMAND,
            spec_include: "openapi.yaml",
            json_include: "openapi.json",
        },
    )?;
    let answer_checks = server.answer_checks;
    let mut outputs = vec![
        Output {
            path: CLIENT.to_owned(),
            contents: client,
        },
        Output {
            path: SERVER.to_owned(),
            contents: server.source,
        },
        Output {
            path: SERVER_JSON.to_owned(),
            contents: server.openapi_json,
        },
    ];
    let served = if bundled {
        spec.bundled_yaml()
    } else {
        std::fs::read_to_string(root.join(SPEC)).with_context(|| format!("reading {SPEC}"))?
    };
    outputs.push(Output {
        path: SERVER_YAML.to_owned(),
        contents: served,
    });
    Ok((outputs, answer_checks))
}

fn codegen(mode: Mode) -> Result<bool> {
    codegen_in(&workspace_root(), mode)
}

/// `codegen` of the workspace at `root` (the honesty test runs it on a copy).
fn codegen_in(root: &Path, mode: Mode) -> Result<bool> {
    let (outputs, timings) = plan(root)?;
    let timing = format!(
        "chats.yaml generated in {:.1} ms (parse and check {:.1} ms, client and server {:.1} ms); {}",
        ms(timings.parse + timings.generate),
        ms(timings.parse),
        ms(timings.generate),
        timings.answer_checks,
    );
    let mut stale = Vec::new();
    for output in &outputs {
        let path = root.join(&output.path);
        let current = match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => bail!("reading {}: {err}", output.path),
        };
        if current.as_deref() == Some(output.contents.as_str()) {
            continue;
        }
        match mode {
            Mode::Write => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)
                        .with_context(|| format!("creating the folder of {}", output.path))?;
                }
                std::fs::write(&path, &output.contents)
                    .with_context(|| format!("writing {}", output.path))?;
                if output.path.ends_with("Cargo.toml") {
                    println!(
                        "wrote {}: codegen's lines of it changed (the spec's version, or a \
                         crate the generated code names in [dependencies]); they are marked",
                        output.path
                    );
                } else if output.path == SERVER_YAML {
                    println!(
                        "wrote {SERVER_YAML}: the spec the server serves, from its own crate (a \
                         spec in several files bundled into one; derived, like the code)"
                    );
                } else {
                    println!("wrote {}", output.path);
                }
            }
            Mode::Check => {
                print!(
                    "{}",
                    codegen::unified_diff(
                        &output.path,
                        current.as_deref().unwrap_or(""),
                        &output.contents
                    )
                );
                stale.push(output.path.as_str());
            }
        }
    }
    if mode == Mode::Write
        && outputs
            .iter()
            .any(|output| output.path.ends_with("Cargo.toml"))
    {
        let packages: Vec<(String, String)> = outputs
            .iter()
            .filter(|output| output.path.ends_with("Cargo.toml"))
            .filter_map(|output| manifests::package_of(&output.contents))
            .collect();
        let packages: Vec<(&str, &str)> = packages
            .iter()
            .map(|(name, version)| (name.as_str(), version.as_str()))
            .collect();
        manifests::update_locks(root, &packages)?;
    }
    if !stale.is_empty() {
        eprintln!(
            "codegen --check: {} stale generated file(s): {}\n{timing}\nrun `{COMMAND}` and commit the result",
            stale.len(),
            stale.join(", ")
        );
        // Every problem in one run: the release check too, stale files or not.
        designer::check_released(root)?;
        return Ok(false);
    }
    println!(
        "codegen: {} file(s) {}; {timing}",
        outputs.len(),
        if mode == Mode::Check {
            "up to date"
        } else {
            "in place"
        },
    );
    if mode == Mode::Check {
        return designer::check_released(root);
    }
    Ok(true)
}

/// Where tests that skip for want of a prerequisite write a line each (the variable
/// `chats_server::testing::SKIP_LEDGER_VAR` names it to them).
const SKIP_LEDGER_VAR: &str = "CHATS_SKIP_LEDGER";

/// Runs every test: doc tests (nextest cannot run them), then the rest with nextest when it
/// is installed, else with `cargo test`. Snapshots are frozen so a changed one fails. Tests
/// that an opt-out (`CHATS_SKIP_POSTGRES=1`, `CHATS_SKIP_BROWSER=1`) skipped are counted at
/// the end, since a passing test's output is hidden.
fn test() -> Result<bool> {
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    std::fs::create_dir_all(&target).context("creating the target directory")?;
    let ledger = target.join("skipped-tests.tsv");
    match std::fs::remove_file(&ledger) {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(err) => bail!("removing {}: {err}", ledger.display()),
    }
    let run = |args: &[&str]| -> Result<bool> {
        eprintln!("$ cargo {}", args.join(" "));
        let status = std::process::Command::new(&cargo)
            .args(args)
            .current_dir(&root)
            .env("INSTA_UPDATE", "no")
            .env(SKIP_LEDGER_VAR, &ledger)
            .status()
            .with_context(|| format!("running cargo {}", args.join(" ")))?;
        Ok(status.success())
    };
    let nextest = std::process::Command::new(&cargo)
        .args(["nextest", "--version"])
        .output()
        .is_ok_and(|out| out.status.success());
    let doc = run(&["test", "--workspace", "--doc"])?;
    let rest = if nextest {
        run(&["nextest", "run", "--workspace", "--no-fail-fast"])?
    } else {
        eprintln!(
            "cargo-nextest is not installed (cargo install --locked cargo-nextest): running the \
             tests with cargo test, where the heavy tests do not take turns"
        );
        run(&[
            "test",
            "--workspace",
            "--no-fail-fast",
            "--lib",
            "--bins",
            "--tests",
        ])?
    };
    report_skips(&ledger)?;
    Ok(doc && rest)
}

/// Prints, per opt-out, how many tests it skipped and which.
fn report_skips(ledger: &Path) -> Result<()> {
    let text = match std::fs::read_to_string(ledger) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => bail!("reading {}: {err}", ledger.display()),
    };
    let mut by_reason: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for line in text.lines() {
        let (variable, test) = line.split_once('\t').unwrap_or((line, "a test"));
        by_reason.entry(variable).or_default().push(test);
    }
    for (variable, mut tests) in by_reason {
        tests.sort_unstable();
        tests.dedup();
        eprintln!(
            "SKIPPED: {} test(s) did not run because {variable}=1:",
            tests.len()
        );
        for test in tests {
            eprintln!("  {test}");
        }
    }
    Ok(())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

mod bench;
mod corpus;
mod designer;
mod fixtures;
mod honesty;
mod long_runs;
mod manifests;
mod snapshots;

/// cargo's arguments for `cargo xtask mock ARGS`: `--release` builds the optimized program
/// (for load tests against the mock); `--listen` and `--seed` go to the program.
fn mock_cargo_args(args: &[&str]) -> Result<Vec<String>> {
    const USAGE: &str = "mock [--release] [--listen ADDR] [--seed N]";
    let mut cargo = vec!["run", "--quiet", "-p", "chats-api", "--bin", "mock"];
    let mut program = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--release" => cargo.push("--release"),
            "--listen" | "--seed" => {
                let value = rest
                    .next()
                    .with_context(|| format!("{arg} needs a value: {USAGE}"))?;
                program.extend([*arg, *value]);
            }
            other => bail!("unknown mock argument {other:?}: {USAGE}"),
        }
    }
    cargo.push("--");
    cargo.extend(program);
    Ok(cargo.into_iter().map(str::to_owned).collect())
}

#[cfg(test)]
mod own_spec_tests;
#[cfg(test)]
mod tidy;
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mock_builds_optimized_on_request_and_passes_the_rest_on() {
        assert_eq!(
            mock_cargo_args(&["--seed", "7", "--release", "--listen", "127.0.0.1:0"]).unwrap(),
            [
                "run",
                "--quiet",
                "-p",
                "chats-api",
                "--bin",
                "mock",
                "--release",
                "--",
                "--seed",
                "7",
                "--listen",
                "127.0.0.1:0"
            ]
        );
        assert!(
            mock_cargo_args(&[])
                .unwrap()
                .iter()
                .all(|arg| arg != "--release")
        );
        assert!(mock_cargo_args(&["--seed"]).is_err());
        assert!(mock_cargo_args(&["--port", "1"]).is_err());
    }

    fn checked_in(path: &str) -> String {
        std::fs::read_to_string(workspace_root().join(path))
            .unwrap_or_else(|err| panic!("reading {path}: {err}"))
    }

    #[test]
    fn a_split_spec_serves_its_bundled_yaml() {
        let files = [
            (
                "api/root.yaml",
                "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {$ref: './paths/a.yaml'}\n",
            ),
            (
                "api/paths/a.yaml",
                "get:\n  operationId: getA\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema: {$ref: '../schemas.yaml#/A'}\n",
            ),
            ("api/schemas.yaml", "A: {type: string}\n"),
        ];
        let spec = codegen::Spec::load("api/root.yaml", &mut |name: &str| {
            files
                .iter()
                .find(|(file, _)| *file == name)
                .map(|(_, text)| (*text).to_owned())
                .ok_or_else(|| format!("no {name}"))
        })
        .expect("bundles");
        let outputs = chats_outputs(&spec, &workspace_root()).expect("generates");
        let server = outputs
            .iter()
            .find(|o| o.path == SERVER)
            .expect("the server");
        assert!(
            server.contents.contains("include_str!(\"openapi.yaml\")"),
            "the server serves the bundled file"
        );
        let yaml = outputs
            .iter()
            .find(|o| o.path == SERVER_YAML)
            .expect("the bundled YAML");
        let served =
            codegen::Document::parse("served.yaml", &yaml.contents).expect("self-contained");
        assert_eq!(
            served.value["components"]["schemas"]["A"],
            serde_json::json!({"type": "string"})
        );
        assert_eq!(
            served
                .value
                .pointer("/paths/~1a/get/responses/200/content/application~1json/schema"),
            Some(&serde_json::json!({"$ref": "#/components/schemas/A"}))
        );
    }

    #[test]
    fn checked_in_files_are_what_the_spec_produces() {
        let (outputs, _) = plan(&workspace_root()).expect("the plan runs");
        for output in outputs {
            assert!(
                checked_in(&output.path) == output.contents,
                "{} is stale: run `{COMMAND}`",
                output.path
            );
        }
    }

    #[test]
    fn editing_a_description_in_the_spec_makes_the_client_stale() {
        let original = checked_in(SPEC);
        let edited = original.replace("When the chat was created.", "When the chat was made.");
        assert_ne!(original, edited, "the description to edit is in the spec");
        let spec = codegen::Spec::parse(SPEC, &edited).expect("still a valid spec");
        let client = codegen::client_file(&spec, COMMAND).expect("generates");
        let diff = codegen::unified_diff(CLIENT, &checked_in(CLIENT), &client);
        assert!(
            diff.contains("+") && diff.contains("When the chat was made."),
            "{diff}"
        );
        // Only doc comments change.
        for line in diff.lines().filter(|l| l.starts_with(['+', '-'])) {
            if line.starts_with("+++") || line.starts_with("---") {
                continue;
            }
            assert!(
                line.contains("When the chat was"),
                "unexpected change: {line}"
            );
        }
    }
}
