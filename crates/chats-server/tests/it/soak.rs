//! Soak: the mixed workload (90 % reads, 10 % writes that rewrite existing chats) at a steady
//! rate against a real `chats-server serve` over loopback. Asserted:
//!
//! - no answer is an error, and at least 80 % of the scheduled requests were answered;
//! - memory is flat: the server's RSS (read every two seconds; a failed read fails the test)
//!   averaged over the last quarter of the run is at most 10 % + 2 MiB above its average over
//!   the first quarter after a warm-up window;
//! - latency does not drift: every 5 s window has answers, and the median window p99 of the
//!   last third is within 3× (+25 ms) of the first third's.
//!
//! CI runs 30 seconds; `cargo xtask soak --seconds 600` is the long run, whose summary is
//! committed under `crates/chats-server/runs/`.

use std::{
    path::Path,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use crate::support::{self, Server};
use chats_client::{
    Client,
    types::{Patch, UpdateChatRequest},
};
use uuid::Uuid;

use crate::support::DIRECTORY as OWNER_DIRECTORY;

/// Requests per second.
const RATE: u64 = 200;
const WINDOW: Duration = Duration::from_secs(5);

/// The resident memory of a process, in KiB; a failed read fails the test.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_else(|err| panic!("reading /proc/{pid}/status: {err}"));
    status
        .lines()
        .find(|line| line.starts_with("VmRSS:"))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|kib| kib.parse().ok())
        .unwrap_or_else(|| panic!("no VmRSS in /proc/{pid}/status"))
}

/// The 99th percentile of a window that has answers.
fn p99(latencies: &mut [Duration]) -> Duration {
    latencies.sort();
    latencies[(latencies.len() * 99 / 100).min(latencies.len() - 1)]
}

/// The middle of some windows' p99s.
fn median(windows: &[Duration]) -> Duration {
    let mut windows = windows.to_vec();
    windows.sort();
    windows[windows.len() / 2]
}

/// What a run of the load saw: when it started, when each answered request was sent and how
/// long it took, and the server's RSS every two seconds (seconds since the start, KiB).
struct Run {
    started: Instant,
    latencies: Vec<(Instant, Duration)>,
    rss: Vec<(u64, u64)>,
}

/// The server's RSS after the warm-up window, and the averages of its first and last quarters.
struct Memory {
    warm: Vec<u64>,
    early: u64,
    late: u64,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_steady_mixed_load_keeps_memory_flat_answers_and_latency() {
    let seconds: u64 = std::env::var("SOAK_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("chats.db").display());
    let key = seed(&url, dir.path());

    let server = Server::start(&url, &[]);
    let client = Client::with_api_key(&format!("http://{}", server.address), &key).unwrap();
    let ids: Vec<Uuid> = client
        .list_chats()
        .page_size(100u64)
        .send()
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();

    let run = run_the_load(&client, &ids, server.pid(), seconds).await;
    // Latency per window; RSS after the first window (warm-up) against the end.
    let p99s = window_p99s(&run, seconds);
    let memory = memory_after_warm_up(&run.rss);
    let report = report(seconds, &run, &memory, &p99s);
    eprintln!("{report}");
    if let Ok(path) = std::env::var("SOAK_REPORT") {
        std::fs::write(path, &report).unwrap();
    }
    let scheduled = seconds * RATE;
    assert!(
        run.latencies.len() as u64 >= scheduled * 8 / 10,
        "{} answers of {scheduled} scheduled",
        run.latencies.len()
    );
    let Memory { warm, early, late } = memory;
    assert!(
        warm.len() >= 4,
        "too few RSS samples after warm-up: {warm:?}"
    );
    assert!(
        late <= early + early / 10 + 2 * 1024,
        "memory is not flat: {early} KiB early, {late} KiB late"
    );
    // Drift: the typical window at the end against the typical window at the start (medians
    // of thirds, so one noisy window on a shared machine does not decide).
    let third = (p99s.len() / 3).max(1);
    let first = median(&p99s[..third]);
    let last = median(&p99s[p99s.len() - third..]);
    assert!(
        last <= first * 3 + Duration::from_millis(25),
        "latency drifted: p99 {first:?} → {last:?}"
    );
    assert!(server.terminate().0.success());
}

/// Seeds a SQLite database with the demo data set and imports the owners' directory into its
/// workspace; the workspace's API key.
fn seed(url: &str, dir: &Path) -> String {
    let seeded = support::ok(url, &["seed-demo", "--chats", "2000"]);
    let key = seeded
        .lines()
        .last()
        .and_then(|l| l.strip_prefix("api-key "))
        .unwrap()
        .to_owned();
    let workspace = seeded
        .lines()
        .rev()
        .nth(1)
        .and_then(|l| l.strip_prefix("workspace "))
        .unwrap()
        .to_owned();
    let file = dir.join("directory.json");
    std::fs::write(&file, OWNER_DIRECTORY).unwrap();
    support::ok(
        url,
        &["import", "--workspace", &workspace, file.to_str().unwrap()],
    );
    key
}

/// Sends the mix at `RATE` for `seconds` (at most 16 requests in flight), sampling the RSS of
/// the server `pid` every two seconds; no answer may be an error.
async fn run_the_load(client: &Client, ids: &[Uuid], pid: u32, seconds: u64) -> Run {
    let latencies: Arc<Mutex<Vec<(Instant, Duration)>>> = Arc::default();
    let errors: Arc<Mutex<Vec<String>>> = Arc::default();
    let started = Instant::now();
    let end = started + Duration::from_secs(seconds);
    let mut rss = Vec::new();
    let mut next_sample = started;
    let mut ticker = tokio::time::interval(Duration::from_micros(1_000_000 / RATE));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let in_flight = Arc::new(tokio::sync::Semaphore::new(16));
    let mut sent: u64 = 0;
    while Instant::now() < end {
        ticker.tick().await;
        if Instant::now() >= next_sample {
            rss.push((started.elapsed().as_secs(), rss_kib(pid)));
            next_sample += Duration::from_secs(2);
        }
        let Ok(permit) = in_flight.clone().acquire_owned().await else {
            break;
        };
        let (client, latencies, errors) = (client.clone(), latencies.clone(), errors.clone());
        let id = ids[(sent as usize * 7919) % ids.len()];
        let kind = sent % 10;
        sent += 1;
        tokio::spawn(async move {
            let at = Instant::now();
            match request(&client, kind, id, sent).await {
                Ok(()) => latencies.lock().unwrap().push((at, at.elapsed())),
                Err(err) => errors.lock().unwrap().push(err),
            }
            drop(permit);
        });
    }
    let _ = in_flight.acquire_many(16).await;
    let errors = errors.lock().unwrap().clone();
    assert!(
        errors.is_empty(),
        "{} error answers, first: {}",
        errors.len(),
        errors[0]
    );
    let latencies = latencies.lock().unwrap().clone();
    Run {
        started,
        latencies,
        rss,
    }
}

/// One request of the mix, chosen by `kind` (the request's number modulo ten): 40 % reads of
/// a chat, 20 % of its details, 20 % searches, 10 % detail lists, 10 % writes. An error
/// answer, rendered.
async fn request(client: &Client, kind: u64, id: Uuid, sent: u64) -> Result<(), String> {
    let outcome = match kind {
        0..=3 => client.get_chat().id(id).send().await.map(|_| ()),
        4..=5 => client.get_chat_details().id(id).send().await.map(|_| ()),
        6..=7 => client
            .list_chats()
            .search("refund")
            .send()
            .await
            .map(|_| ()),
        8 => client
            .list_chat_details()
            .page_size(20u64)
            .send()
            .await
            .map(|_| ()),
        // Writes rewrite existing chats: the data set stays the same size, so memory
        // that grows is a leak, not SQLite's page cache following a growing file.
        _ => client
            .update_chat()
            .id(id)
            .body(UpdateChatRequest::new().title(Patch::Set(format!("soaked {sent}"))))
            .send()
            .await
            .map(|_| ()),
    };
    outcome.map_err(|err| format!("{err:?}"))
}

/// The p99 latency of each `WINDOW` of the run, by when the request was sent; every window
/// must have answers.
fn window_p99s(run: &Run, seconds: u64) -> Vec<Duration> {
    let windows = (seconds / WINDOW.as_secs()).max(2);
    let mut per_window: Vec<Vec<Duration>> = vec![Vec::new(); windows as usize];
    for (at, latency) in &run.latencies {
        let index = ((at.duration_since(run.started).as_secs() / WINDOW.as_secs()) as usize)
            .min(per_window.len() - 1);
        per_window[index].push(*latency);
    }
    let empty: Vec<usize> = (0..per_window.len())
        .filter(|index| per_window[*index].is_empty())
        .collect();
    assert!(empty.is_empty(), "windows without answers: {empty:?}");
    per_window.iter_mut().map(|w| p99(w)).collect()
}

/// The samples taken after the first window (the warm-up), and the averages of their first
/// and last quarters.
fn memory_after_warm_up(rss: &[(u64, u64)]) -> Memory {
    let warm: Vec<u64> = rss
        .iter()
        .filter(|(t, _)| *t >= WINDOW.as_secs())
        .map(|(_, kib)| *kib)
        .collect();
    let quarter = (warm.len() / 4).max(1);
    let early = warm[..quarter].iter().sum::<u64>() / quarter as u64;
    let late = warm[warm.len() - quarter..].iter().sum::<u64>() / quarter as u64;
    Memory { warm, early, late }
}

/// The run's summary line: what `cargo xtask soak` commits.
fn report(seconds: u64, run: &Run, memory: &Memory, p99s: &[Duration]) -> String {
    let Memory { early, late, .. } = memory;
    format!(
        "soak: {seconds} s at {RATE} req/s, {} answers, 0 errors; RSS KiB (every 2 s) {:?}; early {early} KiB, late {late} KiB; p99 per {} s window (ms) {:?}",
        run.latencies.len(),
        run.rss.iter().map(|(_, kib)| *kib).collect::<Vec<_>>(),
        WINDOW.as_secs(),
        p99s.iter()
            .map(|d| format!("{:.1}", d.as_secs_f64() * 1000.0))
            .collect::<Vec<_>>()
    )
}
