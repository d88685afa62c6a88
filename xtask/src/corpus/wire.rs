//! The wire check: the generated mock of each sampled spec, driven over HTTP by schemathesis
//! (PyPI, the version `.ci/run` installs), a tool no one here wrote.
//!
//! One program serves any sampled spec (`corpus-wire <module> --listen ADDR`): a crate of the
//! sample workspace, written after the compile check, depending on the server crates that
//! compiled and calling each one's `mock::router_with_seed`, as `cargo xtask mock` does for
//! chats. It is a debug build, so the router also checks each of its own answers against the
//! spec. Per spec, schemathesis runs its default checks but `ignored_auth` (the mock accepts
//! any credential by design) and the exceptions in `crates/codegen/corpus/schemathesis.toml`,
//! with a credential for each of the spec's security schemes, on the document as the generated
//! crates read it (`codegen::as_read`: a schema without `type` has the type its keywords
//! imply, where JSON Schema would take any value; integers have their Rust type's bounds,
//! UUIDs their pattern); what it reports is the spec's wire
//! outcome: passed, or failed with the names of the checks that failed.

use std::{
    collections::BTreeSet,
    fmt::Write as _,
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};

use super::{
    CORPUS_DIR, Compiled, Run, SAMPLE, SPECS, Wire,
    compile::module,
    program::{Program, build_program},
};

/// The schemathesis `.ci/run` installs; another version may judge differently.
const SCHEMATHESIS: &str = "4.32.5";
/// Examples per operation and phase, and the seed (the run is deterministic).
const MAX_EXAMPLES: &str = "10";
const SEED: &str = "20261204";
/// A spec's whole schemathesis run may take this long; beyond it the spec fails as `time limit`.
const SPEC_LIMIT: Duration = Duration::from_secs(300);
/// The credential sent for every scheme (the mock accepts any non-empty one).
const CREDENTIAL: &str = "mock-credential";

/// Builds the mock program of the sampled specs in `chosen` that compiled, runs schemathesis
/// against each one's mock, and records the outcome in `runs`.
pub(super) fn wire_sample(root: &Path, runs: &mut [Run], chosen: &[usize]) -> Result<()> {
    let ready: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&index| runs[index].compiled == Compiled::Yes)
        .collect();
    for &index in chosen {
        if runs[index].compiled != Compiled::Yes {
            runs[index].wire = Wire::NotRun("does not compile".into());
            runs[index].trip = Wire::NotRun("does not compile".into());
        }
    }
    if ready.is_empty() {
        return Ok(());
    }
    schemathesis_installed()?;
    let program = build_program(root, runs, &ready)?;
    let base = std::fs::read_to_string(root.join(CORPUS_DIR).join("schemathesis.toml"))
        .context("reading crates/codegen/corpus/schemathesis.toml")?;
    let work = root.join(SAMPLE).join("wire-runs");
    std::fs::create_dir_all(&work)?;
    for index in ready {
        let name = runs[index].name.clone();
        let started = Instant::now();
        let (wire, trip) = match one_spec(root, &program, &work, &base, &name) {
            Ok(outcomes) => outcomes,
            Err(err) => (
                Wire::NotRun(format!("{err:#}")),
                Wire::NotRun(format!("{err:#}")),
            ),
        };
        eprintln!(
            "  wire: {name}: schemathesis {}; round trip {} ({:.0} s)",
            wire.describe(),
            trip.describe(),
            started.elapsed().as_secs_f64()
        );
        runs[index].wire = wire;
        runs[index].trip = trip;
    }
    Ok(())
}

fn schemathesis_installed() -> Result<()> {
    let install = format!(
        "python3 -m pip install schemathesis=={SCHEMATHESIS} (what .ci/run installs) and run again"
    );
    let output = Command::new("schemathesis")
        .arg("--version")
        .output()
        .with_context(|| format!("schemathesis is not installed: {install}"))?;
    let version = String::from_utf8_lossy(&output.stdout);
    if !version.contains(SCHEMATHESIS) {
        bail!(
            "schemathesis {} is installed, the wire check is pinned to {SCHEMATHESIS}: {install}",
            version.trim()
        );
    }
    Ok(())
}

/// Serves one spec's mock; drives the generated client against it, then schemathesis.
fn one_spec(
    root: &Path,
    program: &Program,
    work: &Path,
    base: &str,
    name: &str,
) -> Result<(Wire, Wire)> {
    let module = module(name);
    let text = std::fs::read_to_string(root.join(SPECS).join(name))?;
    let mut document: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("{name} is not JSON"))?;
    let (auth, headers) = credentials(&document);
    // schemathesis judges the document as the generated crates read it (`codegen::as_read`:
    // schemas without `type` typed, integers bounded, UUIDs patterned, request bodies without
    // the media types the router does not read), each change named in
    // `<module>.read.log`.
    let typed = codegen::as_read(&mut document);
    let read = work.join(format!("{module}.read.json"));
    std::fs::write(&read, serde_json::to_vec(&document)?)?;
    std::fs::write(
        work.join(format!("{module}.read.log")),
        typed
            .iter()
            .map(|pointer| format!("{pointer}\n"))
            .collect::<String>(),
    )?;
    let config = work.join(format!("{module}.toml"));
    std::fs::write(&config, format!("{base}\n{auth}"))?;
    // The mock's own log (a panic's message, say) beside schemathesis's.
    let mock_log = std::fs::File::create(work.join(format!("{module}.mock.log")))?;
    let mut mock = Command::new(&program.path)
        .args([&module, "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(mock_log)
        .spawn()
        .context("starting the mock")?;
    let address = listening(&mut mock);
    let result = address.and_then(|address| {
        let trip = match program.no_driver.get(&module) {
            Some(why) => Wire::NotRun(why.clone()),
            None => round_trip(&program.path, &module, &address, work)?,
        };
        let report = work.join(format!("{module}.json"));
        let _ = std::fs::remove_file(&report);
        let mut command = Command::new("schemathesis");
        command
            .arg("--config-file")
            .arg(&config)
            .arg("run")
            .arg(&read)
            .args(["--url", &format!("http://{address}")])
            .args(["--exclude-checks", "ignored_auth"])
            .args(["--max-examples", MAX_EXAMPLES, "--seed", SEED, "--no-color"])
            .args(["--report", "ndjson", "--report-ndjson-path"])
            .arg(&report);
        for header in headers {
            command.args(["-H", &header]);
        }
        let log = std::fs::File::create(work.join(format!("{module}.log")))?;
        let mut child = command
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("starting schemathesis")?;
        let status = wait_for(&mut child, SPEC_LIMIT)?;
        let wire = match status {
            None => Wire::Failed(vec!["time limit".into()]),
            Some(true) => Wire::Passed,
            Some(false) => {
                let names = failures(&report)?;
                if names.is_empty() {
                    Wire::Failed(vec!["error".into()])
                } else {
                    Wire::Failed(names)
                }
            }
        };
        Ok((wire, trip))
    });
    let _ = mock.kill();
    let _ = mock.wait();
    result
}

/// The generated client's round trip against the mock at `address` (each operation's outcome
/// kept in `<module>.trip.log`): passed when every
/// operation was called and its answer deserialized; else the classes of what failed (the
/// outcome's words before any `:`, `documented error 400`, `not driven`).
fn round_trip(program: &Path, module: &str, address: &str, work: &Path) -> Result<Wire> {
    let mut child = Command::new(program)
        .args(["trip", module, &format!("http://{address}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting the round trip")?;
    let stdout = child.stdout.take().context("the round trip's output")?;
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut BufReader::new(stdout), &mut text);
        text
    });
    let Some(success) = wait_for(&mut child, SPEC_LIMIT)? else {
        return Ok(Wire::Failed(vec!["time limit".into()]));
    };
    let text = reader.join().unwrap_or_default();
    // Each operation's outcome, beside schemathesis's log.
    std::fs::write(work.join(format!("{module}.trip.log")), &text)?;
    if !success {
        return Ok(Wire::Failed(vec!["the driver failed".into()]));
    }
    Ok(trip_outcome(&text))
}

/// The round trip's outcome from its JSON lines.
fn trip_outcome(lines: &str) -> Wire {
    let mut classes = BTreeSet::new();
    let mut operations = 0;
    for line in lines.lines() {
        let Ok(event) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        operations += 1;
        match event["outcome"].as_str() {
            Some("ok") => {}
            Some(failure) => {
                classes.insert(
                    failure
                        .split(':')
                        .next()
                        .unwrap_or(failure)
                        .trim()
                        .to_owned(),
                );
            }
            None => {
                classes.insert("no outcome".to_owned());
            }
        }
    }
    match (operations, classes.is_empty()) {
        (0, _) => Wire::NotRun("no operation".into()),
        (_, true) => Wire::Passed,
        (_, false) => Wire::Failed(classes.into_iter().collect()),
    }
}

/// `[auth.openapi.NAME]` tables for schemathesis, one per scheme it can fill, and the headers
/// for those it cannot (OAuth 2 and OpenID Connect: a bearer token in `Authorization`).
fn credentials(document: &serde_json::Value) -> (String, Vec<String>) {
    let mut auth = String::new();
    let mut bearer_header = false;
    let schemes = document["components"]["securitySchemes"].as_object();
    for (name, scheme) in schemes.into_iter().flatten() {
        let key = toml_string(name);
        match (scheme["type"].as_str(), scheme["scheme"].as_str()) {
            (Some("apiKey"), _) => {
                let _ = writeln!(auth, "[auth.openapi.{key}]\napi_key = \"{CREDENTIAL}\"");
            }
            (Some("http"), Some(scheme)) if scheme.eq_ignore_ascii_case("basic") => {
                let _ = writeln!(
                    auth,
                    "[auth.openapi.{key}]\nusername = \"{CREDENTIAL}\"\npassword = \"{CREDENTIAL}\""
                );
            }
            (Some("http"), _) => {
                let _ = writeln!(auth, "[auth.openapi.{key}]\nbearer = \"{CREDENTIAL}\"");
            }
            (Some("oauth2" | "openIdConnect"), _) => bearer_header = true,
            _ => {}
        }
    }
    let headers = if bearer_header {
        vec![format!("Authorization: Bearer {CREDENTIAL}")]
    } else {
        Vec::new()
    };
    (auth, headers)
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The address the mock prints once bound (`mock listening on http://ADDR`), within 10 s.
fn listening(mock: &mut Child) -> Result<String> {
    let stdout = mock.stdout.take().context("the mock's output")?;
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(address) = line.split("listening on http://").nth(1) {
                let _ = sender.send(address.trim().to_owned());
                return;
            }
        }
    });
    receiver
        .recv_timeout(Duration::from_secs(10))
        .context("the mock did not start listening within 10 s")
}

/// Waits for `child` at most `limit`: `None` (and the child killed) past it.
fn wait_for(child: &mut Child, limit: Duration) -> Result<Option<bool>> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status.success()));
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The names of the checks that failed, from schemathesis's NDJSON event stream.
fn failures(report: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(report)
        .with_context(|| format!("schemathesis wrote no report at {}", report.display()))?;
    let mut names = BTreeSet::new();
    for line in text.lines() {
        let Ok(event) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        collect_failures(&event, &mut names);
    }
    Ok(names.into_iter().collect())
}

/// The names of the checks an event reports failed.
fn collect_failures(value: &serde_json::Value, names: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(serde_json::Value::String(name)), Some("failure")) =
                (map.get("name"), map.get("status").and_then(|s| s.as_str()))
            {
                names.insert(name.clone());
            }
            for value in map.values() {
                collect_failures(value, names);
            }
        }
        serde_json::Value::Array(items) => {
            for value in items {
                collect_failures(value, names);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_failed_checks_are_named() {
        let event = serde_json::json!({"ScenarioFinished": {"recorder": {"checks": {"a": [
            {"name": "not_a_server_error", "status": "success"},
            {"name": "negative_data_rejection", "status": "failure", "failure_info": {"failure": {
                "message": "Invalid data should have been rejected\nExpected: 400\nInvalid component: in body - callbackUrl: Value not matching the 'uri' format"
            }}},
            {"name": "positive_data_acceptance", "status": "failure"}
        ]}}}});
        let mut names = BTreeSet::new();
        collect_failures(&event, &mut names);
        assert_eq!(
            names.into_iter().collect::<Vec<_>>(),
            ["negative_data_rejection", "positive_data_acceptance"]
        );
    }

    #[test]
    fn a_round_trip_passes_when_every_operation_answered() {
        let ok = "{\"operation\":\"a\",\"outcome\":\"ok\"}\n";
        assert_eq!(trip_outcome(ok), Wire::Passed);
        let failed = format!(
            "{ok}{{\"operation\":\"b\",\"outcome\":\"documented error 400\"}}\n\
             {{\"operation\":\"c\",\"outcome\":\"not driven: no setter X::y\"}}\n"
        );
        assert_eq!(
            trip_outcome(&failed),
            Wire::Failed(vec!["documented error 400".into(), "not driven".into()])
        );
        assert!(matches!(trip_outcome(""), Wire::NotRun(_)));
    }

    #[test]
    fn each_scheme_gets_its_credential() {
        let document = serde_json::json!({"components": {"securitySchemes": {
            "key \"1\"": {"type": "apiKey", "in": "header", "name": "x-key"},
            "basic": {"type": "http", "scheme": "Basic"},
            "bearer": {"type": "http", "scheme": "bearer"},
            "oauth": {"type": "oauth2", "flows": {}}
        }}});
        let (auth, headers) = credentials(&document);
        assert!(
            auth.contains("[auth.openapi.\"key \\\"1\\\"\"]\napi_key = "),
            "{auth}"
        );
        assert!(
            auth.contains("[auth.openapi.\"basic\"]\nusername = "),
            "{auth}"
        );
        assert!(
            auth.contains("[auth.openapi.\"bearer\"]\nbearer = "),
            "{auth}"
        );
        assert_eq!(headers, [format!("Authorization: Bearer {CREDENTIAL}")]);
    }
}
