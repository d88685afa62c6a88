//! The long runs behind RELIABILITY.md's figures, one command each. Each runs the same test
//! (or fuzz target) CI runs briefly, longer, and on success writes a short summary (the
//! command, the machine, the date and the figures) to `crates/chats-server/runs/`, to be
//! committed beside the figure it backs.

use std::{path::Path, process::Command};

use anyhow::{Context, Result, bail};

use super::workspace_root;

/// Where the summaries go.
const RUNS: &str = "crates/chats-server/runs";

/// `cargo xtask soak [--seconds N]`: the soak test for N seconds (default 600).
pub fn soak(args: &[&str]) -> Result<bool> {
    let seconds = number(args, "--seconds", 600)?;
    let command = format!("cargo xtask soak --seconds {seconds}");
    let report = temp_report("soak")?;
    let passed = cargo_test(
        "soak::",
        &[
            ("SOAK_SECONDS", seconds.to_string()),
            ("SOAK_REPORT", report.clone()),
        ],
    )?;
    finish(passed, &command, &report, &format!("soak-{seconds}s.txt"))
}

/// `cargo xtask hostile [--cases N] [--seed S]`: the hostile-input property test with N cases
/// (default 50,000) from seed S (default 7).
pub fn hostile(args: &[&str]) -> Result<bool> {
    let cases = number(args, "--cases", 50_000)?;
    let seed = number(args, "--seed", 7)?;
    let command = format!("cargo xtask hostile --cases {cases} --seed {seed}");
    let report = temp_report("hostile")?;
    let passed = cargo_test(
        "hostile_input::",
        &[
            ("HOSTILE_CASES", cases.to_string()),
            ("HOSTILE_SEED", seed.to_string()),
            ("HOSTILE_REPORT", report.clone()),
        ],
    )?;
    finish(passed, &command, &report, &format!("hostile-{cases}.txt"))
}

/// `cargo xtask fuzz [--seconds N]`: the fuzz target for N seconds (default 3,600) on one
/// core at `nice 10`, from the committed corpus, with cargo-fuzz on the stable toolchain (no
/// sanitizer). New inputs go to the fuzzer's own corpus folder (ignored by git); minimize and
/// copy them into `fuzz/kept/` to keep them.
pub fn fuzz(args: &[&str]) -> Result<bool> {
    let seconds = number(args, "--seconds", 3_600)?;
    let command = format!("cargo xtask fuzz --seconds {seconds}");
    let root = workspace_root();
    let fuzz_dir = root.join("crates/chats-server");
    let installed = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|out| out.status.success());
    if !installed {
        bail!("cargo-fuzz is not installed: cargo install --locked cargo-fuzz");
    }
    let log = std::env::temp_dir().join("chats-fuzz.log");
    let corpus = "fuzz/corpus/http_request";
    std::fs::create_dir_all(fuzz_dir.join(corpus)).context("creating the fuzz corpus folder")?;
    eprintln!(
        "$ nice -n 10 cargo fuzz run -s none http_request {corpus} fuzz/kept/http_request fuzz/seeds/http_request -- -max_total_time={seconds}"
    );
    let status = Command::new("nice")
        .args([
            "-n",
            "10",
            "cargo",
            "fuzz",
            "run",
            "-s",
            "none",
            "http_request",
        ])
        .args([corpus, "fuzz/kept/http_request", "fuzz/seeds/http_request"])
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg("-print_final_stats=1")
        .current_dir(&fuzz_dir)
        // cargo-fuzz passes -Z flags; the stable toolchain takes them with this.
        .env("RUSTC_BOOTSTRAP", "1")
        .stderr(std::fs::File::create(&log).context("creating the fuzz log")?)
        .status()
        .context("running cargo fuzz")?;
    let text = std::fs::read_to_string(&log).context("reading the fuzz log")?;
    // libFuzzer's closing lines: the last status line and the final statistics.
    let mut figures: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("stat::") || line.starts_with("Done "))
        .collect();
    // The status lines (`#N\tINITED cov: …`, `#N\tDONE …`): where coverage started and ended.
    let is_status =
        |line: &&str| line.starts_with('#') && line[1..].starts_with(|c: char| c.is_ascii_digit());
    let statuses: Vec<&str> = text.lines().filter(is_status).collect();
    if let Some(inited) = statuses.iter().find(|line| line.contains("INITED")) {
        figures.insert(0, inited);
    }
    if let Some(last) = statuses.last() {
        figures.insert(figures.len().min(1), last);
    }
    let report = temp_report("fuzz")?;
    std::fs::write(&report, figures.join("\n")).context("writing the fuzz summary")?;
    finish(
        status.success(),
        &command,
        &report,
        &format!("fuzz-{seconds}s.txt"),
    )
}

/// A new log file under `folder` (relative to the root) named by the UTC time and `what`
/// (`2026-11-26T0849-bench---backend-postgres.log`), for a run whose output is kept.
pub fn run_log(folder: &str, what: &str) -> Result<std::path::PathBuf> {
    let root = workspace_root();
    std::fs::create_dir_all(root.join(folder)).with_context(|| format!("creating {folder}"))?;
    let out = Command::new("date")
        .args(["-u", "+%Y-%m-%dT%H%M"])
        .output()
        .context("running date")?;
    let stamp = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let slug: String = what
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    Ok(root.join(folder).join(format!("{stamp}-{slug}.log")))
}

/// Runs `command` with its output shown and also written, line by line as it comes, to
/// `log`; whether it succeeded.
pub fn tee(command: &mut Command, log: &Path) -> Result<bool> {
    use std::io::{BufRead, BufReader, Write};
    let file = std::sync::Arc::new(std::sync::Mutex::new(
        std::fs::File::create(log).with_context(|| format!("creating {}", log.display()))?,
    ));
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let copy = |stream: Box<dyn std::io::Read + Send>, to_stderr: bool| {
        let file = file.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(|line| line.ok()) {
                if to_stderr {
                    eprintln!("{line}");
                } else {
                    println!("{line}");
                }
                if let Ok(mut file) = file.lock() {
                    let _ = writeln!(file, "{line}");
                }
            }
        })
    };
    let out = copy(
        Box::new(child.stdout.take().context("the child's stdout")?),
        false,
    );
    let err = copy(
        Box::new(child.stderr.take().context("the child's stderr")?),
        true,
    );
    let status = child.wait()?;
    let _ = out.join();
    let _ = err.join();
    Ok(status.success())
}

/// The value after `flag`, or `default`.
fn number(args: &[&str], flag: &str, default: u64) -> Result<u64> {
    match args.iter().position(|arg| *arg == flag) {
        None => Ok(default),
        Some(at) => args
            .get(at + 1)
            .and_then(|value| value.parse().ok())
            .with_context(|| format!("{flag} takes a number")),
    }
}

fn temp_report(kind: &str) -> Result<String> {
    let path = std::env::temp_dir().join(format!("chats-{kind}-report.txt"));
    let _ = std::fs::remove_file(&path);
    Ok(path.to_string_lossy().into_owned())
}

/// Runs the service's integration tests under `filter` with `cargo test`, debug build as in
/// CI (nextest would kill a run past its five-minute limit), output shown.
fn cargo_test(filter: &str, env: &[(&str, String)]) -> Result<bool> {
    let root = workspace_root();
    // The whole workspace's feature set, so the test build is the one `cargo xtask test`
    // made (only the service's `it` binary has tests under these filters).
    let args = [
        "test",
        "--workspace",
        "--test",
        "it",
        filter,
        "--",
        "--nocapture",
    ];
    eprintln!("$ cargo {}", args.join(" "));
    let mut command = Command::new("cargo");
    command.args(args).current_dir(&root);
    for (name, value) in env {
        command.env(name, value);
    }
    Ok(command.status().context("running cargo test")?.success())
}

/// On success, writes the summary to `crates/chats-server/runs/NAME` and says where.
fn finish(passed: bool, command: &str, report: &str, name: &str) -> Result<bool> {
    if !passed {
        eprintln!("the run failed: no summary written");
        return Ok(false);
    }
    let figures = std::fs::read_to_string(report)
        .with_context(|| format!("reading the run's report {report}"))?;
    let root = workspace_root();
    let path = root.join(RUNS).join(name);
    std::fs::create_dir_all(root.join(RUNS)).context("creating the runs folder")?;
    let summary = format!(
        "command: {command}\ndate: {}\nmachine: {}\n\n{}\n",
        today()?,
        machine(),
        figures.trim_end()
    );
    std::fs::write(&path, summary).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("summary written to {}", relative(&root, &path));
    Ok(true)
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

pub(crate) fn today() -> Result<String> {
    let out = Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .context("running date")?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Cores, CPU model and memory, from /proc.
pub(crate) fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory_gib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|text| {
            let line = text.lines().find(|line| line.starts_with("MemTotal:"))?;
            let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(kib / 1024.0 / 1024.0)
        })
        .unwrap_or(0.0);
    format!("{cores} cores, {model}, {memory_gib:.0} GiB")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tee_keeps_both_streams_and_the_outcome() {
        let dir = std::env::temp_dir().join(format!("xtask-tee-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let log = dir.join("run.log");
        let mut ok = Command::new("sh");
        ok.args(["-c", "echo to-stdout; echo to-stderr >&2"]);
        assert!(tee(&mut ok, &log).unwrap());
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(
            text.contains("to-stdout\n") && text.contains("to-stderr\n"),
            "{text}"
        );
        let mut failing = Command::new("sh");
        failing.args(["-c", "exit 3"]);
        assert!(!tee(&mut failing, &log).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
