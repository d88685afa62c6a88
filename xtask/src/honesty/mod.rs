//! `cargo xtask honesty`: the loop-honesty test. The designer's loop promises that whenever
//! the build fails or the server does not start, codegen refused or the breaking check
//! reported a break naming who must change; and whenever the check reports nothing of the
//! kind, the build passes and the server starts. This tries it: a table of edits of
//! `openapi/chats.yaml` (`edits.rs`, `xtask/honesty/edits.txt`), each made on a private copy of
//! the workspace (`copy.rs`), where codegen and the check run and, when they say yes, the
//! workspace is checked and the server built and started (`trial.rs`). A yes whose build or
//! start fails is a disagreement; the report (`report.rs`) lists every one.

mod copy;
mod edits;
mod report;
mod trial;

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{SPEC, workspace_root};
use copy::Places;
use report::Row;

/// The committed log of the last full run, and of the last with `--build-all`.
const LOG: &str = "xtask/honesty/last-run.log";
const LOG_BUILD_ALL: &str = "xtask/honesty/last-run-build-all.log";

const USAGE: &str = "usage: cargo xtask honesty [--build-all] [--tools-only] [--only NAME]...";

struct Options {
    /// Build and start after a "no" too (codegen accepted), for evidence.
    build_all: bool,
    /// Codegen and the check only: no build at all (a quick look at the table).
    tools_only: bool,
    /// Only these edits (after the unedited spec); the log is not written.
    only: Vec<String>,
}

fn options(args: &[&str]) -> Result<Options> {
    let mut options = Options {
        build_all: false,
        tools_only: false,
        only: Vec::new(),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--build-all" => options.build_all = true,
            "--tools-only" => options.tools_only = true,
            "--only" => options.only.push(
                rest.next()
                    .with_context(|| format!("--only needs an edit's name\n{USAGE}"))?
                    .to_string(),
            ),
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    if options.build_all && options.tools_only {
        bail!("--build-all and --tools-only contradict each other\n{USAGE}");
    }
    Ok(options)
}

/// `cargo xtask honesty`: true when every row agrees.
pub(crate) fn honesty(args: &[&str]) -> Result<bool> {
    let options = options(args)?;
    let started = Instant::now();
    let root = workspace_root();
    // What is tried is the tree as it is now (others may commit while the run goes on).
    let tree = provenance(&root);
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path)).with_context(|| format!("reading {path}"))
    };
    let table = edits::parse(edits::TABLE, &read(edits::TABLE)?)?;
    let spec = read(SPEC)?;
    let unedited = crate::designer::load_files(&root, SPEC)?;
    // Every edit must apply before anything is built: a rotted table fails at once.
    let mut edited = Vec::new();
    let mut rotted = Vec::new();
    for edit in &table {
        match edits::apply(&spec, edit) {
            Ok(text) => edited.push((edit, text)),
            Err(why) => rotted.push(why),
        }
    }
    if !rotted.is_empty() {
        for why in &rotted {
            eprintln!("rotted: {why}");
        }
        eprintln!(
            "honesty: {} edit(s) of {} no longer apply",
            rotted.len(),
            edits::TABLE
        );
        return Ok(false);
    }
    for name in &options.only {
        if !table.iter().any(|edit| edit.name == *name) {
            bail!("--only {name}: no edit of that name in {}", edits::TABLE);
        }
    }
    edited.retain(|(edit, _)| options.only.is_empty() || options.only.contains(&edit.name));

    let places = Places::under(&root);
    let (written, removed) = copy::sync(&root, &places.work)?;
    eprintln!(
        "honesty: the copy is {} ({written} file(s) written, {removed} removed); its target {}",
        places.work.display(),
        places.target.display()
    );
    std::fs::create_dir_all(&places.logs).context("creating the logs folder")?;

    let total = edited.len() + 1;
    eprintln!("[0/{}] the unedited spec", total - 1);
    // The unedited spec is always built (a codegen refusal there is the tree's, not an edit's).
    let always = |verdict: &trial::Verdict| !options.tools_only && verdict.refused.is_none();
    let baseline = row(
        (&places, &unedited),
        ("baseline (unedited)", "-"),
        &spec,
        "00-baseline",
        &always,
    )?;
    eprintln!("  {}", baseline.progress());
    let baseline_holds =
        baseline.verdict.says_yes() && (options.tools_only || baseline.proof.failure().is_none());
    let mut rows = vec![baseline];
    if baseline_holds {
        for (index, (edit, text)) in edited.iter().enumerate() {
            eprintln!("[{}/{}] {}: {}", index + 1, total - 1, edit.name, edit.why);
            let prove = |verdict: &trial::Verdict| {
                always(verdict) && (verdict.says_yes() || options.build_all)
            };
            let slug = format!("{:02}-{}", index + 1, edit.name);
            let row = row(
                (&places, &unedited),
                (&edit.name, &edit.kind),
                text,
                &slug,
                &prove,
            )?;
            eprintln!("  {}", row.progress());
            rows.push(row);
        }
    } else {
        eprintln!("honesty: the unedited spec does not hold (see above): no edit is tried");
    }
    // Leave the copy as the main tree is.
    copy::write_if_changed(&places.work.join(SPEC), &spec)?;
    crate::codegen_in(&places.work, crate::Mode::Write)?;

    let wall = started.elapsed();
    let text = report::render(&header(args, &tree, wall, &rows[0])?, &rows);
    println!("\n{text}");
    let agreed = baseline_holds && rows.iter().all(Row::agrees);
    let log = if options.build_all {
        LOG_BUILD_ALL
    } else {
        LOG
    };
    if options.only.is_empty() && !options.tools_only {
        std::fs::write(root.join(log), &text).with_context(|| format!("writing {log}"))?;
        eprintln!("honesty: wrote {log} (commit it)");
    } else {
        eprintln!("honesty: {log} not written (--only or --tools-only: not a full run)");
    }
    Ok(agreed)
}

/// One row: the spec written into the copy, the tools' verdict, and the proof when
/// `prove(verdict)` asks for it.
fn row(
    (places, unedited): (&Places, &codegen::Document),
    (name, kind): (&str, &str),
    spec: &str,
    slug: &str,
    prove: &dyn Fn(&trial::Verdict) -> bool,
) -> Result<Row> {
    let started = Instant::now();
    copy::write_if_changed(&places.work.join(SPEC), spec)?;
    let verdict = trial::tools(&places.work, unedited);
    let proof = if prove(&verdict) {
        trial::prove(places, slug)?
    } else {
        trial::Proof::not_run()
    };
    Ok(Row {
        name: name.to_owned(),
        kind: kind.to_owned(),
        verdict,
        proof,
        took: started.elapsed(),
    })
}

/// The commit the tree is at, and how many paths differ from it (copied as they are).
fn provenance(root: &std::path::Path) -> String {
    let git = |args: &[&str]| -> String {
        std::process::Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
            .unwrap_or_default()
    };
    let changed = git(&["status", "--porcelain"]).lines().count();
    let commit = git(&["rev-parse", "HEAD"]);
    if changed == 0 {
        commit
    } else {
        format!(
            "{commit} with {changed} uncommitted path(s) in the working tree (copied as they were)"
        )
    }
}

/// The log's header: the command, date, commit, machine, toolchain and times.
fn header(args: &[&str], tree: &str, wall: Duration, baseline: &Row) -> Result<Vec<String>> {
    let rustc = std::process::Command::new("rustc")
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .unwrap_or_default();
    Ok(vec![
        format!("command: cargo xtask honesty {}", args.join(" "))
            .trim_end()
            .to_owned(),
        format!("date: {} (the end of the run)", crate::long_runs::today()?),
        format!("commit: {tree} (when the run began)"),
        format!("machine: {}; {rustc}", crate::long_runs::machine()),
        format!(
            "wall time: {} (the unedited spec: {}, of which cargo check {}, server build {}, start {})",
            report::seconds(wall),
            report::seconds(baseline.took),
            report::seconds(baseline.proof.check.took()),
            report::seconds(baseline.proof.build.took()),
            report::seconds(baseline.proof.start.took()),
        ),
    ])
}
