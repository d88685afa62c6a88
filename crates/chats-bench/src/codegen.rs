//! Codegen speed: our generation step (spec parse, client and server, in-process, as
//! `cargo xtask codegen` runs it) against openapi-generator's `rust` and `rust-axum`
//! generators on the same spec, in the same run. openapi-generator is the JAR that PyPI's
//! `openapi-generator-cli` package bundles, run on the machine's Java; the harness does not
//! install it (`--openapi-generator` names the command).
//!
//! Reported: the median wall time of each, their ratio, the size of what each generates, and
//! optionally (`--cold-check`) the cold `cargo check` time of the generated crates.

use std::{
    fmt::Write as _,
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};

use crate::system::Machine;

#[derive(clap::Args)]
pub struct Args {
    /// The openapi-generator command (PyPI's `openapi-generator-cli`, or a `java -jar …`
    /// wrapper).
    #[arg(long, default_value = "openapi-generator-cli")]
    openapi_generator: String,
    /// Runs of each generator; the median is reported.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Also time a cold `cargo check` of the generated crates (minutes: every dependency is
    /// compiled from scratch in a fresh target directory).
    #[arg(long)]
    cold_check: bool,
    /// The spec.
    #[arg(long, default_value = "openapi/chats.yaml")]
    spec: PathBuf,
    #[arg(long, default_value = "BENCHMARKS.md")]
    out: PathBuf,
}

/// The lines and bytes of the Rust files under a directory.
#[derive(Clone, Copy, Debug, Default)]
struct Size {
    files: usize,
    lines: usize,
    bytes: usize,
}

fn rust_size(dir: &Path) -> Size {
    let mut size = Size::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                size.files += 1;
                size.lines += text.lines().count();
                size.bytes += text.len();
            }
        }
    }
    size
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn seconds(duration: Duration) -> String {
    let s = duration.as_secs_f64();
    if s < 1.0 {
        format!("{:.1} ms", s * 1_000.0)
    } else {
        format!("{s:.2} s")
    }
}

/// Ours: parse, client and server, exactly the calls `cargo xtask codegen` makes.
fn ours(spec_path: &Path, text: &str) -> Result<(String, String)> {
    let spec = codegen::Spec::parse(&spec_path.display().to_string(), text)?;
    let (client, server) = codegen::generate(
        &spec,
        &codegen::ServerOptions {
            command: "cargo xtask codegen",
            spec_include: "../../../openapi/chats.yaml",
            json_include: "openapi.json",
        },
    )?;
    Ok((client, server.source))
}

/// The `--openapi-generator` command line (a program and its leading arguments) as a command.
fn generator_command(generator: &str) -> Result<Command> {
    let mut words = generator.split_whitespace();
    let program = words.next().context("an empty --openapi-generator")?;
    let mut command = Command::new(program);
    command.args(words);
    Ok(command)
}

fn theirs(generator: &str, spec: &Path, name: &str, out: &Path) -> Result<Duration> {
    let _ = std::fs::remove_dir_all(out);
    let start = Instant::now();
    let output = generator_command(generator)?
        .args(["generate", "-g", name, "-i"])
        .arg(spec)
        .arg("-o")
        .arg(out)
        .args(["--package-name", "chats_api_generated"])
        .output()
        .with_context(|| {
            format!("running {generator} (install it with `pip install openapi-generator-cli`)")
        })?;
    let elapsed = start.elapsed();
    if !output.status.success() {
        bail!(
            "openapi-generator -g {name} failed: {}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(elapsed)
}

/// A cold `cargo check` in `dir` with a fresh target directory; `None` if it failed (the
/// failure is printed and reported).
fn cold_check(dir: &Path, args: &[&str], target: &Path) -> (Option<Duration>, String) {
    let _ = std::fs::remove_dir_all(target);
    let start = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output();
    let elapsed = start.elapsed();
    match output {
        Ok(output) if output.status.success() => (Some(elapsed), String::new()),
        Ok(output) => {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let first = stderr
                .lines()
                .find(|line| line.starts_with("error"))
                .unwrap_or("failed")
                .to_owned();
            eprintln!("cargo check in {} failed:\n{stderr}", dir.display());
            (None, first)
        }
        Err(err) => (None, err.to_string()),
    }
}

pub async fn run(args: Args) -> Result<()> {
    let runs = args.runs.max(1);
    let text = std::fs::read_to_string(&args.spec)
        .with_context(|| format!("reading {}", args.spec.display()))?;
    let workdir = tempfile::tempdir()?;

    let mut our_times = Vec::new();
    let mut generated = (String::new(), String::new());
    for _ in 0..runs {
        let start = Instant::now();
        generated = ours(&args.spec, &text)?;
        our_times.push(start.elapsed());
    }
    let ours_median = median(our_times);
    let our_size = Size {
        files: 2,
        lines: generated.0.lines().count() + generated.1.lines().count(),
        bytes: generated.0.len() + generated.1.len(),
    };
    eprintln!("ours: {} (median of {runs})", seconds(ours_median));

    let mut their_times = Vec::new();
    let (rust_dir, axum_dir) = (
        workdir.path().join("rust"),
        workdir.path().join("rust-axum"),
    );
    for run in 0..runs {
        let rust = theirs(&args.openapi_generator, &args.spec, "rust", &rust_dir)?;
        let axum = theirs(&args.openapi_generator, &args.spec, "rust-axum", &axum_dir)?;
        eprintln!(
            "openapi-generator run {}: rust {}, rust-axum {}",
            run + 1,
            seconds(rust),
            seconds(axum)
        );
        their_times.push((rust, axum));
    }
    let rust_median = median(their_times.iter().map(|t| t.0).collect());
    let axum_median = median(their_times.iter().map(|t| t.1).collect());
    let theirs_median = median(their_times.iter().map(|t| t.0 + t.1).collect());
    let (rust_size, axum_size) = (rust_size(&rust_dir), rust_size(&axum_dir));
    let version = generator_command(&args.openapi_generator)?
        .arg("version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let java = Command::new("java")
        .arg("-version")
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .unwrap_or_default();

    let ratio = theirs_median.as_secs_f64() / ours_median.as_secs_f64();
    let machine = Machine::read();
    let mut out = String::new();
    let _ = writeln!(out, "### Codegen speed\n");
    let _ = writeln!(
        out,
        "Measured {} on {} cores ({}), {:.1} GiB, with `{}`: the median of {runs} runs each. openapi-generator {version} on {java}.\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        machine.cores,
        machine.cpu_model,
        machine.memory_gib,
        std::env::var("CHATS_BENCH_COMMAND").unwrap_or_else(|_| {
            std::iter::once("chats-bench".to_owned())
                .chain(std::env::args().skip(1))
                .collect::<Vec<_>>()
                .join(" ")
        }),
    );
    let _ = writeln!(
        out,
        "| generator | what it makes | time | Rust files | lines | bytes |"
    );
    let _ = writeln!(out, "|---|---|---:|---:|---:|---:|");
    let _ = writeln!(
        out,
        "| ours (`cargo xtask codegen`'s step, in-process) | client + server | {} | {} | {} | {} |",
        seconds(ours_median),
        our_size.files,
        our_size.lines,
        our_size.bytes
    );
    for (name, time, size) in [
        ("openapi-generator `-g rust`", rust_median, rust_size),
        ("openapi-generator `-g rust-axum`", axum_median, axum_size),
    ] {
        let what = if name.contains("axum") {
            "server"
        } else {
            "client"
        };
        let _ = writeln!(
            out,
            "| {name} | {what} | {} | {} | {} | {} |",
            seconds(time),
            size.files,
            size.lines,
            size.bytes
        );
    }
    let _ = writeln!(
        out,
        "\nBoth of openapi-generator's steps together: {} (median of the sums). **Ours is {ratio:.0}× faster.**\n",
        seconds(theirs_median)
    );

    if args.cold_check {
        let root = std::env::current_dir()?;
        let target = workdir.path().join("target");
        let (our_check, our_error) =
            cold_check(&root, &["-p", "chats-client", "-p", "chats-api"], &target);
        let (rust_check, rust_error) = cold_check(&rust_dir, &[], &target);
        let (axum_check, axum_error) = cold_check(&axum_dir, &[], &target);
        let _ = writeln!(
            out,
            "Cold `cargo check` of the generated crates, each in a fresh target directory (dependencies included):\n"
        );
        let _ = writeln!(out, "| crates | cold cargo check |");
        let _ = writeln!(out, "|---|---:|");
        for (name, time, error) in [
            (
                "ours: chats-client + chats-api (with server-runtime)",
                our_check,
                our_error,
            ),
            ("openapi-generator `rust`", rust_check, rust_error),
            ("openapi-generator `rust-axum`", axum_check, axum_error),
        ] {
            let shown = time.map_or_else(|| format!("failed: {error}"), seconds);
            let _ = writeln!(out, "| {name} | {shown} |");
        }
        out.push('\n');
    }
    print!("{out}");
    crate::report::write_section(&args.out, "codegen", &out)?;
    eprintln!("wrote {}", args.out.display());
    Ok(())
}
