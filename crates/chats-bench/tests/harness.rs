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

/// `GET path` with `key` over a fresh connection: the raw answer.
fn raw_get(address: std::net::SocketAddr, path: &str, key: Option<&str>) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(address).expect("connecting");
    let key = key.map_or_else(String::new, |key| format!("authorization: {key}\r\n"));
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nhost: bench\r\n{key}connection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

/// The trivial implementation `cargo xtask bench peers` measures the generated server with
/// (the peers themselves build in a workspace of their own, outside CI): `getChat` answers
/// the requested id through the generated router, auth first, other operations 500.
#[test]
fn the_trivial_server_of_the_peer_benchmark_answers_through_the_generated_router() {
    let address = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_chats-bench"))
        .args(["trivial", "--listen", &address.to_string()])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starting chats-bench trivial");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::net::TcpStream::connect(address).is_err() {
        assert!(std::time::Instant::now() < deadline, "it never listened");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let id = "3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21";
    let chat = raw_get(address, &format!("/api/v1/chats/{id}"), Some("k"));
    let unauthorized = raw_get(address, &format!("/api/v1/chats/{id}"), None);
    let invalid = raw_get(address, "/api/v1/chats/not-a-uuid", Some("k"));
    let list = raw_get(address, "/api/v1/chats", Some("k"));
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(chat.starts_with("HTTP/1.1 200"), "{chat}");
    assert!(chat.contains(&format!("\"id\":\"{id}\"")), "{chat}");
    assert!(unauthorized.starts_with("HTTP/1.1 401"), "{unauthorized}");
    assert!(invalid.starts_with("HTTP/1.1 400"), "{invalid}");
    assert!(list.starts_with("HTTP/1.1 500"), "{list}");
}

/// `--only` with text in no scenario's name is refused before anything is seeded or served,
/// with the names to choose from (it used to measure the ceilings and print empty tables).
#[test]
fn only_text_in_no_scenario_s_name_is_refused_with_the_names() {
    let output = Command::new(env!("CARGO_BIN_EXE_chats-bench"))
        .args(["run", "--server-bin", "/nonexistent/chats-server"])
        .args(["--chats", "1000", "--only", "no such scenario"])
        .output()
        .expect("running chats-bench run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "refused:\n{stderr}");
    assert!(
        stderr.contains("\"no such scenario\" is in no scenario's name")
            && stderr.contains("\n  GET /chats/{id}/details\n")
            && stderr.contains("\n  POST /chats"),
        "the refusal names the scenarios:\n{stderr}"
    );
    assert!(!stderr.contains("seeded"), "nothing was seeded:\n{stderr}");
}
