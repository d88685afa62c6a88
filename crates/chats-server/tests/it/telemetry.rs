//! What operators watch, on both backends, through the binary: `serve --metrics-listen` and
//! `--log-format json`. A known sequence of requests (hits, 404s, 400s, an unmatched path, a
//! `traceparent`) is made; then `/metrics` is scraped and parsed, and the JSON log is read.

use std::collections::BTreeMap;

use chats_server::testing::{Prerequisite, TempPostgres, postgres_url};
use serde_json::Value;

use crate::support::{self, DIRECTORY, Server};

const TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";

/// A database with a workspace, the fixture directory and a key: the key.
pub fn prepared(url: &str) -> String {
    let workspace = support::ok(url, &["workspace", "create", "--name", "Acme"]);
    let workspace = workspace.trim();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("directory.json");
    std::fs::write(&file, DIRECTORY).unwrap();
    support::ok(
        url,
        &["import", "--workspace", workspace, file.to_str().unwrap()],
    );
    support::ok(url, &["api-key", "create", "--workspace", workspace])
        .trim()
        .to_owned()
}

/// The metrics address the server logged before its API address.
fn metrics_address(server: &Server) -> String {
    server
        .stderr_lines
        .iter()
        .find_map(|line| {
            let at = line.find("serving metrics at http://")?;
            let rest = &line[at + "serving metrics at http://".len()..];
            Some(rest.split('/').next()?.to_owned())
        })
        .unwrap_or_else(|| panic!("no metrics address in {:#?}", server.stderr_lines))
}

/// The sequence: 3 lists (one with a `traceparent` and a query string), 2 reads of a missing
/// chat, 1 invalid page size, 1 unmatched path, 1 request without a key.
async fn exercise(api: &str, key: &str) {
    let http = reqwest::Client::new();
    let get = |path: &str| {
        http.get(format!("http://{api}{path}"))
            .header("authorization", key)
    };
    let status = |response: reqwest::Response| response.status().as_u16();
    for _ in 0..2 {
        assert_eq!(status(get("/api/v1/chats").send().await.unwrap()), 200);
    }
    let traced = get("/api/v1/chats?search=needle-in-the-query")
        .header("traceparent", format!("00-{TRACE}-00f067aa0ba902b7-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(status(traced), 200);
    for _ in 0..2 {
        let missing = get("/api/v1/chats/00000000-0000-4000-8000-000000000000");
        assert_eq!(status(missing.send().await.unwrap()), 404);
    }
    assert_eq!(
        status(get("/api/v1/chats?pageSize=0").send().await.unwrap()),
        400
    );
    assert_eq!(status(get("/no/such/path").send().await.unwrap()), 404);
    let anonymous = http
        .get(format!("http://{api}/api/v1/chats"))
        .send()
        .await
        .unwrap();
    assert_eq!(status(anonymous), 401);
}

/// Every sample of a scrape, by metric name and sorted labels.
type Samples = BTreeMap<(String, Vec<(String, String)>), f64>;

/// Passes the text through Prometheus's own parser and linter (`promtool check metrics`,
/// Debian's `prometheus` package), then reads its samples for counting.
async fn scrape(address: &str) -> (String, Samples) {
    let response = reqwest::get(format!("http://{address}/metrics"))
        .await
        .and_then(|response| response.error_for_status())
        .expect("the scrape answers");
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    let text = response.text().await.expect("the scrape's text");
    promtool(&text);
    (text.clone(), samples(&text))
}

fn promtool(text: &str) {
    use std::io::Write;
    let tool = Prerequisite::Promtool;
    if tool.skipped() {
        tool.record_skip();
        return;
    }
    let mut child = match std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(_) => tool.missing("promtool is not installed", "apt-get install prometheus"),
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "promtool check metrics: {}{}\n{text}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The samples of a text promtool accepted: `name{a="b",...} value` lines.
fn samples(text: &str) -> Samples {
    let mut out = Samples::new();
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (series, value) = line.rsplit_once(' ').expect("a value");
        let value: f64 = value.parse().unwrap_or(f64::INFINITY);
        let (name, labels) = match series.split_once('{') {
            Some((name, rest)) => (name, rest.strip_suffix('}').expect("closed labels")),
            None => (series, ""),
        };
        let mut pairs = Vec::new();
        let mut rest = labels;
        while let Some((label, after)) = rest.split_once("=\"") {
            let end = after.find('"').expect("a closing quote");
            pairs.push((
                label.trim_start_matches(',').to_owned(),
                after[..end].to_owned(),
            ));
            rest = &after[end + 1..];
        }
        pairs.sort();
        out.insert((name.to_owned(), pairs), value);
    }
    out
}

/// The request-duration series of one method, route, status and operation.
fn requests(samples: &Samples, route: &str, status: &str, operation: &str) -> (f64, Vec<f64>) {
    let labels = |extra: Option<(&str, String)>| {
        let mut labels = vec![
            ("http_request_method".to_owned(), "GET".to_owned()),
            ("http_response_status_code".to_owned(), status.to_owned()),
            ("http_route".to_owned(), route.to_owned()),
            ("operation_id".to_owned(), operation.to_owned()),
        ];
        if let Some((name, value)) = extra {
            labels.push((name.to_owned(), value));
        }
        labels.sort();
        labels
    };
    let count = samples
        .get(&(
            "http_server_request_duration_seconds_count".to_owned(),
            labels(None),
        ))
        .copied()
        .unwrap_or_else(|| panic!("no series for {route} {status} {operation}"));
    let buckets: Vec<f64> = samples
        .iter()
        .filter(|((name, labels_of), _)| {
            name == "http_server_request_duration_seconds_bucket"
                && labels_of
                    .iter()
                    .filter(|(n, _)| n != "le")
                    .cloned()
                    .collect::<Vec<_>>()
                    == labels(None)
        })
        .map(|(_, value)| *value)
        .collect();
    (count, buckets)
}

async fn check_metrics(address: &str, backend: &str) {
    let (text, samples) = scrape(address).await;
    // Every line is a comment, blank, or `name{labels} value`.
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (series, value) = line.rsplit_once(' ').expect("a value");
        assert!(value.parse::<f64>().is_ok() || value == "+Inf", "{line}");
        assert!(
            series
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_'),
            "{line}"
        );
    }
    let (lists, buckets) = requests(&samples, "/api/v1/chats", "200", "listChats");
    assert_eq!(lists, 3.0);
    assert_eq!(buckets.len(), 15, "14 OpenTelemetry boundaries and +Inf");
    let mut sorted = buckets.clone();
    sorted.sort_by(f64::total_cmp);
    assert_eq!(sorted.last(), Some(&3.0), "+Inf holds every request");
    assert_eq!(
        requests(&samples, "/api/v1/chats/{id}", "404", "getChat").0,
        2.0
    );
    assert_eq!(
        requests(&samples, "/api/v1/chats", "400", "listChats").0,
        1.0
    );
    assert_eq!(
        requests(&samples, "/api/v1/chats", "401", "listChats").0,
        1.0
    );
    assert_eq!(
        requests(&samples, "", "404", "").0,
        1.0,
        "the unmatched path"
    );
    // No raw path, id, key or query reaches a label.
    assert!(
        !text.contains("00000000-0000-4000-8000"),
        "an id in a label"
    );
    assert!(!text.contains("needle"), "the query string in a label");
    assert!(!text.contains("no/such/path"), "a raw path in a label");
    // The gauge, the process, the database.
    let has = |name: &str| samples.keys().any(|(metric, _)| metric == name);
    for name in [
        "http_server_active_requests",
        "process_resident_memory_bytes",
        "process_open_fds",
        "process_cpu_seconds_total",
        "db_client_connection_wait_time_seconds_count",
    ] {
        assert!(has(name), "{name} missing:\n{text}");
    }
    let resident = samples
        .iter()
        .find(|((name, _), _)| name == "process_resident_memory_bytes")
        .map(|(_, value)| *value);
    assert!(resident.is_some_and(|bytes| bytes > 1e6), "{resident:?}");
    match backend {
        "sqlite" => {
            assert!(has("chats_sqlite_wal_bytes"), "{text}");
            assert!(has("chats_sqlite_checkpoints_total"), "{text}");
        }
        _ => {
            let max = samples
                .iter()
                .find(|((name, _), _)| name == "db_client_connections_max")
                .map(|(_, value)| *value);
            assert_eq!(max, Some(4.0), "the pool size given to serve");
            assert!(has("db_client_connections_usage"), "{text}");
        }
    }
}

/// A stream open, a change, its event read: the live events' gauge and counter say so.
async fn check_event_metrics(api: &str, metrics: &str, key: &str) {
    let http = reqwest::Client::new();
    let mut stream = http
        .get(format!("http://{api}/api/v1/chats/events"))
        .header("authorization", key)
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status().as_u16(), 200);
    let created = http
        .post(format!("http://{api}/api/v1/chats"))
        .header("authorization", key)
        .json(&serde_json::json!({
            "channelId": null,
            "ownerId": "00000000-0000-4000-8000-00000000a0a0",
            "title": "watched"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 200);
    let mut read = String::new();
    while !read.contains("\n\n") {
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(5), stream.chunk())
            .await
            .expect("the event within 5 s")
            .unwrap()
            .expect("the stream goes on");
        read.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(read.contains("event: chat.created"), "{read}");
    let (text, samples) = scrape(metrics).await;
    let value = |name: &str| {
        samples
            .iter()
            .find(|((metric, _), _)| metric == name)
            .map(|(_, value)| *value)
    };
    assert_eq!(value("chats_event_streams_open"), Some(1.0), "{text}");
    assert_eq!(value("chats_events_sent_total"), Some(1.0), "{text}");
}

fn check_json_log(log: &[String], key: &str) {
    let answered: Vec<Value> = log
        .iter()
        .map(|line| {
            serde_json::from_str::<Value>(line)
                .unwrap_or_else(|err| panic!("not a JSON line ({err}): {line}"))
        })
        .filter(|line| line["message"] == "answered")
        .collect();
    assert_eq!(
        answered.len(),
        11,
        "one line per request (9, then a stream and a create): {log:#?}"
    );
    for line in &answered {
        assert!(
            line["timestamp"].is_string() && line["level"] == "INFO",
            "{line}"
        );
        assert!(
            line["status"].is_u64() && line["latency_us"].is_u64(),
            "{line}"
        );
        let span = &line["span"];
        let id = span["request_id"].as_str().expect("a request id");
        assert_eq!(id.len(), 36, "{line}");
        assert_eq!(span["trace_id"].as_str().map(str::len), Some(32), "{line}");
    }
    let traced: Vec<&Value> = answered
        .iter()
        .filter(|line| line["span"]["trace_id"] == TRACE)
        .collect();
    assert_eq!(
        traced.len(),
        1,
        "the traceparent's trace id, on its request only"
    );
    assert_eq!(traced[0]["span"]["operation_id"], "listChats");
    assert_eq!(traced[0]["span"]["route"], "/api/v1/chats");
    assert_eq!(
        traced[0]["span"]["path"], "/api/v1/chats",
        "never the query string"
    );
    assert!(
        traced[0]["span"]["workspace_id"].is_string(),
        "{}",
        traced[0]
    );
    let listening = log
        .iter()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .find(|line| {
            line["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("listening on"))
        })
        .expect("the listening line");
    assert_eq!(
        listening["validate_responses"], true,
        "a debug build validates its answers: every test runs with it"
    );
    let everything = log.join("\n");
    assert!(!everything.contains(key), "the key never reaches the log");
    assert!(!everything.contains("needle"), "nor a query string");
    assert!(!everything.contains("traceparent"), "nor a header");
}

async fn operability(url: &str, backend: &str) {
    let key = prepared(url);
    let server = Server::start(
        url,
        &[
            "--metrics-listen",
            "127.0.0.1:0",
            "--log-format",
            "json",
            "--pool-size",
            "4",
        ],
    );
    let metrics = metrics_address(&server);
    assert_ne!(
        metrics, server.address,
        "metrics never share the API's port"
    );
    exercise(&server.address, &key).await;
    check_metrics(&metrics, backend).await;
    check_event_metrics(&server.address, &metrics, &key).await;
    // The API's port does not serve them.
    let on_api = reqwest::get(format!("http://{}/metrics", server.address))
        .await
        .unwrap();
    assert_eq!(on_api.status().as_u16(), 404);
    let (status, log) = server.terminate();
    assert!(status.success());
    check_json_log(&log, &key);
}

#[tokio::test]
async fn sqlite_serves_metrics_and_json_logs_with_trace_ids() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("chats.db").display());
    operability(&url, "sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_serves_metrics_and_json_logs_with_trace_ids() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    operability(&temp.url, "postgres").await;
}
