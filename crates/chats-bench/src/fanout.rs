//! `chats-bench fanout`: live chat events to many subscribers of one replica.
//!
//! One `chats-server serve` (the release build) over a fresh SQLite demo database; `N`
//! subscribers follow `GET /api/v1/chats/events` over loopback (one connection each, keys
//! made with the CLI: 16 streams per key), while one writer creates chats one at a time,
//! paced. For each event and subscriber, the fan-out latency is the time from the create's
//! request being sent to the subscriber reading the event (so it holds the create itself:
//! commit, then notify, read and hand out); the baseline is the same with one subscriber, in
//! the same run. The memory per idle subscriber is the server's resident memory with the
//! `N` streams open and idle, less before they opened, over `N`.

use std::{
    net::SocketAddr,
    path::PathBuf,
    process::Command,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Method, StatusCode};

use crate::{
    load::{self, Request},
    run::processes::{Process, free_address},
    system,
};

#[derive(clap::Args)]
pub struct Args {
    /// The `chats-server` binary to measure (xtask passes the release build).
    #[arg(long)]
    server_bin: PathBuf,
    /// Subscribers of the measured run.
    #[arg(long, default_value_t = 1_000)]
    subscribers: usize,
    /// Creates (events) per run.
    #[arg(long, default_value_t = 200)]
    events: usize,
    /// Milliseconds between creates.
    #[arg(long, default_value_t = 20)]
    pace_ms: u64,
}

pub async fn run(args: Args) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("chats.db").display());
    let output = Command::new(&args.server_bin)
        .args(["seed-demo", "--chats", "1000", "--database", &url])
        .output()
        .context("running seed-demo")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let field = |name: &str| {
        stdout
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|rest| rest.trim().to_owned())
            .with_context(|| format!("seed-demo printed no {name:?} line"))
    };
    let (workspace, writer_key) = (field("workspace ")?, field("api-key ")?);
    let per_key = chats_server::events::MAX_PER_KEY;
    let mut keys = Vec::new();
    for _ in 0..args.subscribers.div_ceil(per_key) {
        let made = Command::new(&args.server_bin)
            .args([
                "api-key",
                "create",
                "--workspace",
                &workspace,
                "--database",
                &url,
            ])
            .output()
            .context("creating a key")?;
        keys.push(String::from_utf8_lossy(&made.stdout).trim().to_owned());
    }
    let address = free_address()?;
    let server = Process::spawn(
        Command::new(&args.server_bin).args([
            "serve",
            "--listen",
            &address.to_string(),
            "--database",
            &url,
        ]),
        address,
    )?;
    server.ready("/readyz").await?;
    let (_, page) = load::fetch(
        address,
        Some(&writer_key),
        Request::get("/api/v1/chats?pageSize=1"),
    )
    .await?;
    let sample: serde_json::Value = serde_json::from_slice(&page)?;
    let body = serde_json::json!({
        "channelId": sample[0]["channelId"],
        "ownerId": sample[0]["ownerId"],
        "title": "fan-out",
    })
    .to_string();

    println!(
        "fan-out: 1 server (release, SQLite), {} events {} ms apart, latency from the create's request to each subscriber's read",
        args.events, args.pace_ms
    );
    let machine = system::Machine::read();
    println!(
        "machine: {}, {} cores, {:.0} GiB, Linux {}",
        machine.cpu_model, machine.cores, machine.memory_gib, machine.kernel
    );
    let mut first_id = 1;
    let mut rows = Vec::new();
    for subscribers in [1, args.subscribers] {
        let before = system::rss_mib(server.pid()).unwrap_or(0.0);
        let streams = subscribe(address, &keys, subscribers, per_key).await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let idle = system::rss_mib(server.pid()).unwrap_or(0.0);
        let sent = write(address, &writer_key, &body, args.events, args.pace_ms).await?;
        let latencies = collect(streams, &sent, first_id).await?;
        first_id += args.events as i64;
        let per_subscriber_kib = (idle - before) * 1024.0 / subscribers as f64;
        rows.push((subscribers, latencies, per_subscriber_kib));
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    println!(
        "| subscribers | events read | p50 ms | p99 ms | max ms | p99 / 1 subscriber's | KiB per idle subscriber |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let baseline = quantile(&rows[0].1, 0.99);
    for (subscribers, latencies, kib) in &rows {
        let p99 = quantile(latencies, 0.99);
        println!(
            "| {subscribers} | {} | {:.1} | {:.1} | {:.1} | {:.2} | {} |",
            latencies.len(),
            quantile(latencies, 0.5),
            p99,
            quantile(latencies, 1.0),
            p99 / baseline,
            if *subscribers == 1 {
                "—".to_owned()
            } else {
                format!("{kib:.1}")
            }
        );
    }
    Ok(())
}

/// Each subscriber's events as `(id, read at)`, until the stream is dropped.
type Reads = Arc<Mutex<Vec<(i64, Instant)>>>;

/// Opens `count` streams (keys in turn, `per_key` each) and reads them in tasks.
async fn subscribe(
    address: SocketAddr,
    keys: &[String],
    count: usize,
    per_key: usize,
) -> Result<Vec<(Reads, tokio::task::JoinHandle<()>)>> {
    let mut streams = Vec::new();
    for index in 0..count {
        let key = &keys[index / per_key];
        let (mut sender, driver) = load::handshake(address).await?;
        tokio::spawn(driver);
        let request = hyper::Request::builder()
            .method(Method::GET)
            .uri("/api/v1/chats/events")
            .header("host", "localhost")
            .header("authorization", key)
            .body(Full::new(Bytes::new()))?;
        let response = sender.send_request(request).await?;
        if response.status() != StatusCode::OK {
            bail!("stream {index} answered {}", response.status());
        }
        let reads: Reads = Arc::default();
        let into = Arc::clone(&reads);
        let task = tokio::spawn(async move {
            let _sender = sender;
            let mut body = response.into_body();
            let mut pending = String::new();
            while let Some(Ok(frame)) = body.frame().await {
                let Ok(data) = frame.into_data() else {
                    continue;
                };
                let at = Instant::now();
                pending.push_str(&String::from_utf8_lossy(&data));
                while let Some(end) = pending.find("\n\n") {
                    let event: String = pending.drain(..end + 2).collect();
                    if let Some(id) = event
                        .lines()
                        .find_map(|line| line.strip_prefix("id: "))
                        .and_then(|id| id.parse().ok())
                    {
                        into.lock().expect("reads").push((id, at));
                    }
                }
            }
        });
        streams.push((reads, task));
    }
    Ok(streams)
}

/// Creates `count` chats one at a time, `pace_ms` apart; when each request was sent.
async fn write(
    address: SocketAddr,
    key: &str,
    body: &str,
    count: usize,
    pace_ms: u64,
) -> Result<Vec<Instant>> {
    let mut sent = Vec::new();
    for _ in 0..count {
        let at = Instant::now();
        let (status, _) = load::fetch(
            address,
            Some(key),
            Request::with_json(Method::POST, "/api/v1/chats", body.to_owned()),
        )
        .await?;
        if status != StatusCode::OK {
            bail!("a create answered {status}");
        }
        sent.push(at);
        tokio::time::sleep(Duration::from_millis(pace_ms)).await;
    }
    Ok(sent)
}

/// Every subscriber's latency per event (ms), once each has read them all (or 10 s passed);
/// the streams are closed after.
async fn collect(
    streams: Vec<(Reads, tokio::task::JoinHandle<()>)>,
    sent: &[Instant],
    first_id: i64,
) -> Result<Vec<f64>> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while streams
        .iter()
        .any(|(reads, _)| reads.lock().expect("reads").len() < sent.len())
    {
        if Instant::now() > deadline {
            bail!("some subscribers did not read every event within 10 s");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut latencies = Vec::new();
    for (reads, task) in streams {
        task.abort();
        for (id, at) in reads.lock().expect("reads").iter() {
            let index = usize::try_from(id - first_id).context("an event of another run")?;
            let sent_at = sent.get(index).context("an event nobody wrote")?;
            latencies.push(at.duration_since(*sent_at).as_secs_f64() * 1_000.0);
        }
    }
    latencies.sort_by(f64::total_cmp);
    Ok(latencies)
}

/// Nearest rank.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}
