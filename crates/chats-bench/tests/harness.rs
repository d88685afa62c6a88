//! The harness itself runs here at a tiny size (2,000 chats, a fraction of a second per
//! scenario) so that it cannot rot: every scenario must answer what it expects, every chat
//! POST acknowledged must be read back, and the report must hold every table. Its numbers
//! are not judged here (timings belong in BENCHMARKS.md, not in tests).

use std::{path::PathBuf, process::Command};

use chats_server::testing::{Prerequisite, postgres_url};

/// The debug `chats-server` binary. A workspace test run (`cargo xtask test`) has built it
/// already, for chats-server's own tests; run alone, this test builds it.
fn server_bin() -> PathBuf {
    let bench = PathBuf::from(env!("CARGO_BIN_EXE_chats-bench"));
    let server = bench.with_file_name("chats-server");
    if !server.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let status = Command::new(cargo)
            .args(["build", "-p", "chats-server", "--bin", "chats-server"])
            .status()
            .expect("running cargo build");
        assert!(status.success(), "building chats-server failed");
    }
    server
}

fn tiny_run(extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("BENCHMARKS.md");
    std::fs::write(&out, "# Benchmarks\n\nThe analysis stays.\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_chats-bench"))
        .arg("run")
        .arg("--server-bin")
        .arg(server_bin())
        .args([
            "--chats",
            "1000,2000",
            "--duration",
            "0.15",
            "--warmup",
            "0.05",
        ])
        .args(["--connections", "1,4", "--sample-pages", "5"])
        .arg("--out")
        .arg(&out)
        .args(extra)
        .output()
        .expect("running chats-bench");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "chats-bench failed:\n{stderr}");
    let report = std::fs::read_to_string(&out).unwrap();
    assert!(
        report.starts_with("# Benchmarks\n\nThe analysis stays.\n"),
        "{report}"
    );
    report
}

fn assert_complete(report: &str, key: &str) {
    assert!(
        report.contains(&format!("<!-- bench:{key}:begin -->")),
        "{report}"
    );
    assert!(
        report.contains(&format!("<!-- bench:{key}:end -->")),
        "{report}"
    );
    for scenario in [
        "ceiling, bare axum:",
        "ceiling, our layers:",
        "| GET /chats/{id} | 1 |",
        "| GET /chats/{id} | 4 at ",
        "GET /chats/{id}/details",
        "GET /chats?channelTypes",
        "GET /chats, all filters combined",
        "GET /chats?search (no match)",
        "GET /chats/details?channelIds",
        "GET /chats?pageNumber=1000&pageSize=100",
        "| POST /chats | 4 |",
        "| PATCH /chats/{id} | 4 |",
        "DELETE /chats/{id}",
        "mixed: 90% reads, 10% PATCH",
        "**Growth**",
    ] {
        assert!(
            report.contains(scenario),
            "{scenario} is missing from:\n{report}"
        );
    }
    // Reads ran at both sizes, writes at the largest only.
    assert!(report.contains("**1000 chats**") && report.contains("**2000 chats**"));
    let acknowledged = report
        .lines()
        .find_map(|line| line.strip_prefix("- Every one of the "))
        .and_then(|rest| rest.split(' ').next())
        .and_then(|count| count.parse::<usize>().ok())
        .expect("the read-back line");
    assert!(acknowledged > 0, "POST created nothing:\n{report}");
}

#[test]
fn the_harness_runs_every_scenario_on_sqlite() {
    let report = tiny_run(&[]);
    assert_complete(&report, "sqlite-1");
}

#[test]
fn the_harness_runs_every_scenario_on_two_postgres_replicas() {
    let Some(url) = postgres_url() else { return };
    let report = tiny_run(&[
        "--backend",
        "postgres",
        "--replicas",
        "2",
        "--postgres-url",
        &url,
    ]);
    assert_complete(&report, "postgres-2");
    assert!(
        report.contains("database |"),
        "no database CPU column:\n{report}"
    );
    assert!(report.contains("round-robin over the replicas"), "{report}");
}

#[test]
fn the_harness_runs_two_postgres_replicas_behind_haproxy() {
    let Some(url) = postgres_url() else { return };
    let balancer = Prerequisite::Balancer;
    if balancer.skipped() {
        balancer.record_skip();
        return;
    }
    if Command::new("haproxy").arg("-v").output().is_err() {
        balancer.missing("haproxy is not installed", "apt-get install haproxy");
    }
    let report = tiny_run(&[
        "--backend",
        "postgres",
        "--replicas",
        "2",
        "--balancer",
        "haproxy",
        "--postgres-url",
        &url,
    ]);
    assert_complete(&report, "postgres-2-haproxy");
    assert!(report.contains("2 replicas behind HAProxy"), "{report}");
}

/// The fan-out harness at a tiny size: every subscriber must read every event (it fails
/// otherwise), and the table must have its two rows.
#[test]
fn the_fanout_harness_runs_at_a_tiny_size() {
    let output = Command::new(env!("CARGO_BIN_EXE_chats-bench"))
        .arg("fanout")
        .arg("--server-bin")
        .arg(server_bin())
        .args(["--subscribers", "20", "--events", "10", "--pace-ms", "5"])
        .output()
        .expect("running chats-bench fanout");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "chats-bench fanout failed:\n{stderr}"
    );
    assert!(
        stdout.contains("| 1 | 10 |"),
        "one subscriber read 10 events:\n{stdout}"
    );
    assert!(
        stdout.contains("| 20 | 200 |"),
        "20 subscribers read 200:\n{stdout}"
    );
}
