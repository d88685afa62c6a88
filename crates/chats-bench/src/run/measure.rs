//! One measurement: a scenario driven at a connection count against a target (the service's
//! replicas, or the ceiling server) while the target's memory and CPU time are watched, and
//! the measurements built from it: the ceiling's rows and the cost of telemetry.

use std::{
    net::SocketAddr,
    path::Path,
    process::Command,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use anyhow::{Context, Result};
use bytes::Bytes;
use hyper::StatusCode;

use super::processes::{Process, free_address};
use crate::{
    RunArgs, ceiling,
    load::{self, Load, Outcome, Request, Source},
    report::Row,
    scenarios::{Scenario, Shape},
    system::{self, CpuSnapshot},
};

/// A measurement: its row of the report, and what the load generator saw.
pub(super) struct Measured {
    pub(super) row: Row,
    pub(super) outcome: Outcome,
}

/// What a measurement is driven against: the addresses the connections are spread over, the
/// processes whose memory and CPU time are counted, and the API key to send.
pub(super) struct Target<'a> {
    pub(super) addresses: Vec<SocketAddr>,
    pub(super) pids: Vec<u32>,
    pub(super) api_key: Option<&'a str>,
    /// Whether the database server's CPU time is counted too (PostgreSQL).
    pub(super) database: bool,
}

/// Drives `scenario` at `connections` (closed loop, or open at `rate`) after the warm-up,
/// and prints its row.
pub(super) async fn measure(
    args: &RunArgs,
    target: &Target<'_>,
    chats: usize,
    scenario: &Scenario,
    connections: usize,
    rate: Option<f64>,
) -> Result<Measured> {
    let load = Load {
        addresses: target.addresses.clone(),
        api_key: target.api_key.map(str::to_owned),
        connections,
        warmup: Duration::from_secs_f64(args.warmup),
        measure: Duration::from_secs_f64(args.duration),
        rate,
        expect: scenario.expect,
        keep_bodies: scenario.keep_bodies,
    };
    let stop = Arc::new(AtomicBool::new(false));
    let monitor = {
        let (stop, pids, warmup, database) = (
            stop.clone(),
            target.pids.clone(),
            load.warmup,
            target.database,
        );
        tokio::spawn(async move {
            tokio::time::sleep(warmup).await;
            let before = CpuSnapshot::take(&pids, database);
            let mut rss: f64 = 0.0;
            while !stop.load(Ordering::Relaxed) {
                for pid in &pids {
                    rss = rss.max(system::rss_mib(*pid).unwrap_or(0.0));
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            (CpuSnapshot::take(&pids, database).since(before), rss)
        })
    };
    let seed = 0xBE7C_0000 ^ connections as u64;
    let outcome = load::run(&load, scenario.source.clone(), seed).await;
    stop.store(true, Ordering::Relaxed);
    let (cpu, rss) = monitor.await?;
    let outcome =
        outcome.with_context(|| format!("{} at {connections} connections", scenario.name))?;
    let per_request = |seconds: f64| seconds * 1e6 / outcome.count().max(1) as f64;
    let row = Row {
        chats,
        scenario: scenario.name.clone(),
        shape: scenario.shape,
        connections,
        rate,
        lag_p99_ms: outcome.lag_ms(0.99),
        per_second: outcome.per_second(),
        p50_ms: outcome.quantile_ms(0.5),
        p99_ms: outcome.quantile_ms(0.99),
        max_ms: outcome.quantile_ms(1.0),
        errors: outcome.errors,
        requests: outcome.count(),
        rss_mib: rss,
        cpu_service_us: per_request(cpu.service),
        cpu_database_us: target.database.then(|| per_request(cpu.database)),
        cpu_bench_us: per_request(cpu.bench),
        ratio: None,
    };
    eprintln!(
        "  {:<48} {:>3} conns{}: {:>8.0} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms  errors {}",
        row.scenario,
        connections,
        rate.map_or_else(String::new, |rate| format!(" at {rate:.0}/s")),
        row.per_second,
        row.p50_ms,
        row.p99_ms,
        row.errors
    );
    if let Some(error) = &outcome.first_error {
        eprintln!("    first unexpected answer: {error}");
    }
    if let Some(lag) = row.fell_behind() {
        eprintln!(
            "    the schedule fell behind: send lag p99 {lag:.2} ms (over {} ms, the timer's \
             own): this row's latencies include a queue",
            crate::report::LAG_BEHIND_MS
        );
    }
    Ok(Measured { row, outcome })
}

/// The throughput of a scenario with metrics and the JSON log on, against the plain
/// replicas': measured plain (already, `plain`), observed, plain, observed, and compared by
/// the sums, so that drift of the machine falls on both sides.
pub(super) async fn telemetry_cost(
    args: &RunArgs,
    plain_target: &Target<'_>,
    observed: &[Process],
    chats: usize,
    scenario: &Scenario,
    connections: usize,
    plain: (f64, f64),
) -> Result<String> {
    let observed_target = Target {
        addresses: observed.iter().map(|s| s.address).collect(),
        pids: observed.iter().map(Process::pid).collect(),
        api_key: plain_target.api_key,
        database: plain_target.database,
    };
    // (req/s, service CPU µs per request) of each run, alternating.
    let mut plain_runs = vec![plain];
    let mut observed_runs = Vec::new();
    for round in 0..2 {
        let row = measure(args, &observed_target, chats, scenario, connections, None)
            .await?
            .row;
        observed_runs.push((row.per_second, row.cpu_service_us));
        if round == 0 {
            let row = measure(args, plain_target, chats, scenario, connections, None)
                .await?
                .row;
            plain_runs.push((row.per_second, row.cpu_service_us));
        }
    }
    let mean = |runs: &[(f64, f64)], pick: fn(&(f64, f64)) -> f64| {
        runs.iter().map(pick).sum::<f64>() / runs.len() as f64
    };
    let list = |runs: &[(f64, f64)]| {
        runs.iter()
            .map(|(rate, cpu)| format!("{rate:.0}/s {cpu:.1} µs"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (plain_rate, with_rate) = (mean(&plain_runs, |r| r.0), mean(&observed_runs, |r| r.0));
    let (plain_cpu, with_cpu) = (mean(&plain_runs, |r| r.1), mean(&observed_runs, |r| r.1));
    Ok(format!(
        "telemetry: {} at {connections} connections ({chats} chats): plain {plain_rate:.0} req/s, \
         {plain_cpu:.1} µs service CPU per request ({}); with {} {with_rate:.0} req/s, \
         {with_cpu:.1} µs ({}): throughput {:+.1}%, CPU per request {:+.1}%",
        scenario.name,
        list(&plain_runs),
        args.telemetry_parts.join(" and "),
        list(&observed_runs),
        (with_rate / plain_rate - 1.0) * 100.0,
        (with_cpu / plain_cpu - 1.0) * 100.0,
    ))
}

/// Starts the ceiling server with `chat` and `page` as bodies and measures both shapes.
pub(super) async fn ceiling_rows(
    args: &RunArgs,
    workdir: &Path,
    chats: usize,
    (chat, page): (&Bytes, &Bytes),
    (levels, wanted): (&[usize], &[Shape]),
) -> Result<Vec<Row>> {
    let (chat_file, page_file) = (
        workdir.join("ceiling-chat.json"),
        workdir.join("ceiling-page.json"),
    );
    std::fs::write(&chat_file, chat)?;
    std::fs::write(&page_file, page)?;
    let address = free_address()?;
    let bare_address = free_address()?;
    let process = Process::spawn(
        Command::new(std::env::current_exe()?)
            .arg("ceiling")
            .arg("--listen")
            .arg(address.to_string())
            .arg("--bare-listen")
            .arg(bare_address.to_string())
            .arg("--chat")
            .arg(&chat_file)
            .arg("--page")
            .arg(&page_file),
        address,
    )?;
    process.ready(ceiling::CHAT).await?;
    let mut rows = Vec::new();
    let shapes = [
        (Shape::Chat, ceiling::CHAT, chat.len()),
        (Shape::Page, ceiling::PAGE, page.len()),
    ];
    let kinds = [(ceiling::BARE, bare_address), (ceiling::LAYERED, address)];
    for ((shape, path, bytes), (kind, address)) in shapes
        .into_iter()
        .filter(|(shape, _, _)| wanted.contains(shape))
        .flat_map(|shape| kinds.map(|kind| (shape, kind)))
    {
        let target = Target {
            addresses: vec![address],
            pids: vec![process.pid()],
            api_key: None,
            database: false,
        };
        let scenario = Scenario {
            name: format!("{kind}: {bytes}-byte body ({chats}-chat run)"),
            shape,
            paced: false,
            expect: StatusCode::OK,
            source: Arc::new(move |_: &mut load::Rng| Some(Request::get(path))) as Source,
            keep_bodies: false,
        };
        for &connections in levels {
            rows.push(
                measure(args, &target, chats, &scenario, connections, None)
                    .await?
                    .row,
            );
        }
    }
    Ok(rows)
}
