//! One spec on the copy: what the tools say (codegen, then the breaking check against the
//! latest release, the library calls `cargo xtask codegen` and `cargo xtask breaking`
//! make), and the proof: `cargo check --workspace --all-targets`, the server built, started
//! on an empty SQLite database and asked over HTTP.

use std::{
    collections::BTreeSet,
    io::{BufRead, BufReader, Read, Write},
    path::Path,
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use anyhow::{Context, Result};

use super::copy::Places;
use crate::{SPEC, designer};

/// How long the server may take from spawn to answering (a debug build seeds the demo data).
const START_TIMEOUT: Duration = Duration::from_secs(120);

/// What the breaking check reported.
pub(super) struct Findings {
    pub breaking: usize,
    pub warnings: usize,
    pub info: usize,
    /// Whom the breaking changes and warnings break (`old-clients`, `rust-source`, ...).
    pub breaks: BTreeSet<&'static str>,
    /// Each change's rule and level, in the report's order, without repeats.
    pub rules: Vec<String>,
}

/// What the tools said about a spec.
pub(super) struct Verdict {
    /// Codegen's refusal, when it refused.
    pub refused: Option<String>,
    /// The breaking check against the latest release, or why it could not compare.
    pub check: Result<Findings, String>,
    /// The same check against the unedited spec (what `cargo xtask breaking --against main`,
    /// the pull request's check, and `codegen --watch` say).
    pub against_unedited: Result<Findings, String>,
}

/// Whether a check found nothing breaking and named no Rust code that must change
/// (`rust-source`, `server-source`).
fn harmless(check: &Result<Findings, String>) -> bool {
    check.as_ref().is_ok_and(|findings| {
        findings.breaking == 0
            && !findings.breaks.contains("rust-source")
            && !findings.breaks.contains("server-source")
    })
}

impl Verdict {
    /// "Yes": codegen accepted, and both checks call the edit harmless: against the latest
    /// release (what released clients meet) and against the unedited spec (what code
    /// written since the release meets: a feature added after the release and taken out
    /// again is nothing to released clients, and a break to this workspace). Then the build
    /// must pass and the server start.
    pub(super) fn says_yes(&self) -> bool {
        self.refused.is_none() && harmless(&self.check) && harmless(&self.against_unedited)
    }

    pub(super) fn codegen_cell(&self) -> &'static str {
        if self.refused.is_some() {
            "refused"
        } else {
            "ok"
        }
    }

    pub(super) fn check_cell(&self) -> String {
        cell(&self.check)
    }

    pub(super) fn unedited_cell(&self) -> String {
        cell(&self.against_unedited)
    }
}

/// A check's findings in a table cell: `none`, `info`, or the level and whom it breaks.
fn cell(check: &Result<Findings, String>) -> String {
    let findings = match check {
        Err(_) => return "could not compare".to_owned(),
        Ok(findings) => findings,
    };
    let level = if findings.breaking > 0 {
        "breaking"
    } else if findings.warnings > 0 {
        "warning"
    } else if findings.info > 0 {
        return "info".to_owned();
    } else {
        return "none".to_owned();
    };
    let breaks: Vec<&str> = findings.breaks.iter().copied().collect();
    format!("{level}: {}", breaks.join(", "))
}

/// Runs codegen on the copy, then the breaking check against the latest release and
/// against `unedited`.
pub(super) fn tools(work: &Path, unedited: &codegen::Document) -> Verdict {
    let said = |err: anyhow::Error| format!("{err:#}");
    Verdict {
        refused: crate::codegen_in(work, crate::Mode::Write).err().map(said),
        check: release(work)
            .and_then(|base| findings(work, &base))
            .map_err(said),
        against_unedited: findings(work, unedited).map_err(said),
    }
}

/// The latest released version of the spec.
fn release(work: &Path) -> Result<codegen::Document> {
    let (_, path) = designer::released(work, SPEC)?
        .pop()
        .context("no released version in openapi/released/ to check against")?;
    Ok(designer::load_files(work, &path)?)
}

/// The breaking check of the copy's spec against `base`.
fn findings(work: &Path, base: &codegen::Document) -> Result<Findings> {
    let current = designer::load_files(work, SPEC)?;
    let report = codegen::compare(base, &current)?;
    let (breaking, warnings, info) = report.counts();
    let breaks = report
        .changes
        .iter()
        .filter(|change| change.level != codegen::Level::Info)
        .flat_map(|change| change.breaks.iter().map(|who| who.as_str()))
        .collect();
    let mut rules: Vec<String> = Vec::new();
    for change in &report.changes {
        let rule = format!("{} ({})", change.rule, change.level.as_str());
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    Ok(Findings {
        breaking,
        warnings,
        info,
        breaks,
        rules,
    })
}

/// The outcome of one step of the proof.
pub(super) enum Step {
    NotRun,
    Passed(Duration),
    /// With the first error (a compiler error, or why the server did not answer).
    Failed(Duration, String),
}

impl Step {
    pub(super) fn passed(&self) -> bool {
        matches!(self, Self::Passed(_))
    }

    pub(super) fn took(&self) -> Duration {
        match self {
            Self::NotRun => Duration::ZERO,
            Self::Passed(took) | Self::Failed(took, _) => *took,
        }
    }
}

/// The proof of a spec: the workspace checks, the server builds, starts and answers.
pub(super) struct Proof {
    pub check: Step,
    pub build: Step,
    pub start: Step,
}

impl Proof {
    pub(super) fn not_run() -> Self {
        Self {
            check: Step::NotRun,
            build: Step::NotRun,
            start: Step::NotRun,
        }
    }

    pub(super) fn ran(&self) -> bool {
        !matches!(self.check, Step::NotRun)
    }

    /// The first failure: which step, and its error.
    pub(super) fn failure(&self) -> Option<(&'static str, &str)> {
        [
            ("cargo check", &self.check),
            ("build", &self.build),
            ("start", &self.start),
        ]
        .into_iter()
        .find_map(|(step, outcome)| match outcome {
            Step::Failed(_, error) => Some((step, error.as_str())),
            _ => None,
        })
    }
}

/// Checks and builds the copy, then starts the server; each step's output goes to
/// `logs/<slug>.<step>.log`.
pub(super) fn prove(places: &Places, slug: &str) -> Result<Proof> {
    let log = |step: &str| places.logs.join(format!("{slug}.{step}.log"));
    let mut proof = Proof::not_run();
    eprintln!("  $ cargo check --workspace --all-targets");
    proof.check = cargo(
        places,
        &["check", "--workspace", "--all-targets"],
        &log("check"),
    )?;
    if !proof.check.passed() {
        return Ok(proof);
    }
    eprintln!("  $ cargo build -p chats-server --bin chats-server");
    proof.build = cargo(
        places,
        &["build", "-p", "chats-server", "--bin", "chats-server"],
        &log("build"),
    )?;
    if !proof.build.passed() {
        return Ok(proof);
    }
    eprintln!(
        "  $ chats-server serve --demo (SQLite in {})",
        places.database.display()
    );
    proof.start = start(places, &log("serve"))?;
    Ok(proof)
}

/// Runs cargo in the copy with the copy's own target directory, its output to `log`.
fn cargo(places: &Places, args: &[&str], log: &Path) -> Result<Step> {
    let started = Instant::now();
    let file = std::fs::File::create(log).with_context(|| format!("creating {}", log.display()))?;
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(args)
        .arg("--message-format=short")
        .current_dir(&places.work)
        .env("CARGO_TARGET_DIR", &places.target)
        .stdin(Stdio::null())
        .stdout(file.try_clone().context("sharing the log")?)
        .stderr(file)
        .status()
        .with_context(|| format!("running cargo {}", args.join(" ")))?;
    let took = started.elapsed();
    if status.success() {
        return Ok(Step::Passed(took));
    }
    let text = std::fs::read_to_string(log).unwrap_or_default();
    Ok(Step::Failed(took, first_error(&text)))
}

/// The first compiler error of cargo's short output (located, when one is).
fn first_error(text: &str) -> String {
    text.lines()
        .find(|line| line.contains(": error"))
        .or_else(|| text.lines().find(|line| line.starts_with("error")))
        .unwrap_or("failed without an error line (see the log)")
        .trim()
        .to_owned()
}

/// Starts `chats-server serve --demo` on a new SQLite database and a free port, waits until
/// it answers `/healthz` and a page of chats with the demo key, then stops it.
fn start(places: &Places, log: &Path) -> Result<Step> {
    let started = Instant::now();
    let _ = std::fs::remove_dir_all(&places.database);
    std::fs::create_dir_all(&places.database).context("creating the database folder")?;
    let url = format!(
        "sqlite://{}",
        places.database.join("chats.db").to_string_lossy()
    );
    let mut child = Command::new(places.target.join("debug/chats-server"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &url,
            "--demo",
        ])
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("spawning chats-server")?;
    let stderr = child.stderr.take().context("the server's stderr")?;
    let (sender, lines) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let outcome = serve_and_ask(&mut child, &lines, &mut seen);
    stop(&mut child);
    let _ = reader.join();
    seen.extend(lines.try_iter());
    std::fs::write(log, seen.join("\n") + "\n")
        .with_context(|| format!("writing {}", log.display()))?;
    let took = started.elapsed();
    Ok(match outcome {
        Ok(()) => Step::Passed(took),
        Err(why) => {
            let last = seen.iter().rev().find(|line| !line.trim().is_empty());
            Step::Failed(
                took,
                match last {
                    Some(last) => format!("{why}; its last line: {}", last.trim()),
                    None => why,
                },
            )
        }
    })
}

/// Waits for the server's key and address, then asks it two questions.
fn serve_and_ask(
    child: &mut Child,
    lines: &mpsc::Receiver<String>,
    seen: &mut Vec<String>,
) -> Result<(), String> {
    let deadline = Instant::now() + START_TIMEOUT;
    let mut key = None;
    let address = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(format!(
                "no `listening on` within {} s",
                START_TIMEOUT.as_secs()
            ));
        }
        match lines.recv_timeout(left.min(Duration::from_millis(200))) {
            Ok(line) => {
                if let Some(found) = line.split("api key (shown once): ").nth(1) {
                    key = Some(found.trim().to_owned());
                }
                let address = line
                    .split("listening on http://")
                    .nth(1)
                    .and_then(|rest| rest.split(['"', ' ']).next())
                    .map(str::to_owned);
                seen.push(line);
                if let Some(address) = address {
                    break address;
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Ok(Some(status)) = child.try_wait() {
                    return Err(format!("the server exited ({status}) before listening"));
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err("the server closed its stderr before listening".to_owned());
            }
        }
    };
    let key = key.ok_or("the server printed no demo API key")?;
    let health = http_get(&address, "/healthz", None)?;
    let page = http_get(&address, "/api/v1/chats?pageSize=3", Some(&key))?;
    if health == 200 && page == 200 {
        Ok(())
    } else {
        Err(format!(
            "GET /healthz answered {health}, GET /api/v1/chats?pageSize=3 {page}"
        ))
    }
}

/// The status of a GET, over a plain socket (HTTP/1.1, connection closed after).
fn http_get(address: &str, path: &str, key: Option<&str>) -> Result<u16, String> {
    let ask = || -> std::io::Result<Vec<u8>> {
        let mut stream = std::net::TcpStream::connect(address)?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        let authorization = key.map_or(String::new(), |key| format!("authorization: {key}\r\n"));
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nhost: {address}\r\n{authorization}connection: close\r\n\r\n"
        )?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        Ok(answer)
    };
    let answer = ask().map_err(|err| format!("GET {path}: {err}"))?;
    let head = String::from_utf8_lossy(&answer[..answer.len().min(64)]).into_owned();
    head.split(' ')
        .nth(1)
        .and_then(|status| status.parse().ok())
        .ok_or_else(|| format!("GET {path}: not an HTTP answer: {head:?}"))
}

/// Stops the server we started: SIGTERM, then SIGKILL after 10 s.
fn stop(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    for _ in 0..100 {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_error_is_the_located_one() {
        let output = "   Compiling chats-api v0.1.0\nwarning: unused import\n\
                      crates/chats-server/src/service.rs:12:5: error[E0432]: unresolved import `x`\n\
                      error: could not compile `chats-server`\n";
        assert_eq!(
            first_error(output),
            "crates/chats-server/src/service.rs:12:5: error[E0432]: unresolved import `x`"
        );
        assert_eq!(
            first_error("error: failed to load manifest\n"),
            "error: failed to load manifest"
        );
    }
}
