//! `chats-bench run`: the report's header (the machine, the commit, the command), the run of
//! each size in turn (`size.rs`, over the processes of `processes.rs`, the database of
//! `database.rs` and the measurements of `measure.rs`), then the tables written between their
//! markers into BENCHMARKS.md, or printed for a partial run, and the unexpected answers.

mod database;
mod measure;
pub(crate) mod processes;
mod size;

use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{Backend, RunArgs, report, system::Machine};

/// Seeds, serves, loads and reports, for each size.
pub async fn run(args: RunArgs) -> Result<()> {
    if args.chats.is_empty() || args.connections.is_empty() || args.replicas == 0 {
        bail!("--chats, --connections and --replicas need at least one value");
    }
    if let Some(only) = &args.only {
        let names = crate::scenarios::names();
        if !names.iter().any(|name| name.contains(only.as_str())) {
            bail!(
                "--only {only:?} is in no scenario's name; the scenarios are:\n  {}",
                names.join("\n  ")
            );
        }
    }
    let machine = Machine::read();
    let workdir = tempfile::tempdir().context("a work directory")?;
    let largest = args.chats.iter().copied().max().unwrap_or_default();
    let backend = match args.backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let mut report = new_report(&args, backend, machine);
    let mut failures = Vec::new();
    for &chats in &args.chats {
        eprintln!("== {chats} chats on {backend} ==");
        let full = chats == largest;
        size::run(
            &args,
            workdir.path(),
            chats,
            full,
            &mut report,
            &mut failures,
        )
        .await?;
    }
    let section = report.markdown();
    if args.only.is_some() {
        // A partial run does not replace the full tables.
        print!("{section}");
    } else {
        report::write_section(&args.out, &section_key(&args), &section)?;
        eprintln!("wrote {}", args.out.display());
    }
    if !failures.is_empty() {
        bail!("unexpected answers:\n  {}", failures.join("\n  "));
    }
    Ok(())
}

/// The report of a run before any size: its title and what it ran on.
fn new_report(args: &RunArgs, backend: &str, machine: Machine) -> report::Run {
    report::Run {
        title: format!(
            "{backend}, {} replica{}{}",
            args.replicas,
            if args.replicas == 1 { "" } else { "s" },
            if args.balancer.is_some() {
                " behind HAProxy"
            } else {
                ""
            }
        ),
        machine,
        date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        commit: git_commit(),
        command: std::env::var("CHATS_BENCH_COMMAND")
            .unwrap_or_else(|_| std::env::args().skip(1).collect::<Vec<_>>().join(" ")),
        notes: Vec::new(),
        loads: Vec::new(),
        idle_rss_mib: Vec::new(),
        ceiling: Vec::new(),
        rows: Vec::new(),
    }
}

/// The key of the run's section in BENCHMARKS.md: backend, replicas, balancer
/// (`postgres-2-haproxy`).
fn section_key(args: &RunArgs) -> String {
    format!(
        "{}-{}{}",
        match args.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        },
        args.replicas,
        if args.balancer.is_some() {
            "-haproxy"
        } else {
            ""
        }
    )
}

fn git_commit() -> String {
    Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map_or_else(
            || "unknown".to_owned(),
            |output| String::from_utf8_lossy(&output.stdout).trim().to_owned(),
        )
}
