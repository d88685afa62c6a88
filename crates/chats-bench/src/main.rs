//! `chats-bench`: the performance harness behind `cargo xtask bench`.
//!
//! - `chats-bench run`: for each size, a fresh database filled by `chats-server seed-demo`,
//!   the service (`chats-server serve`, one or more replicas) and the ceiling server in
//!   processes of their own, every scenario driven by the keep-alive load generator at each
//!   connection count, and the tables written into BENCHMARKS.md.
//! - `chats-bench codegen`: our generation step against openapi-generator's on the same spec.
//! - `chats-bench ceiling`: the ceiling server itself (started by `run`).

mod ceiling;
mod codegen;
mod load;
mod report;
mod scenarios;
mod system;

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};
use bytes::Bytes;
use clap::{Parser, Subcommand, ValueEnum};
use hyper::StatusCode;

use crate::{
    load::{Load, Outcome, Request, Source},
    report::Row,
    scenarios::{Created, Sample, Scenario, Shape},
    system::{CpuSnapshot, Machine},
};

#[derive(Parser)]
#[command(name = "chats-bench", about = "The Chats API performance harness")]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand)]
enum Commands {
    /// Seed, serve, load and report, for each size.
    Run(RunArgs),
    /// Time our generator against openapi-generator's rust and rust-axum generators.
    Codegen(codegen::Args),
    /// Serve the ceiling (fixed bodies, no database): through the service's layers on
    /// `--listen`, bare on `--bare-listen`.
    Ceiling {
        #[arg(long)]
        listen: SocketAddr,
        #[arg(long)]
        bare_listen: SocketAddr,
        #[arg(long)]
        chat: PathBuf,
        #[arg(long)]
        page: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Balancer {
    Haproxy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Backend {
    Sqlite,
    Postgres,
}

#[derive(clap::Args)]
struct RunArgs {
    /// The `chats-server` binary to measure (xtask passes the release build).
    #[arg(long)]
    server_bin: PathBuf,
    /// Data set sizes, smallest first; reads run at every size (8 connections), everything
    /// runs at every connection count at the largest.
    #[arg(long, value_delimiter = ',', default_values_t = [10_000, 100_000, 1_000_000])]
    chats: Vec<usize>,
    #[arg(long, value_enum, default_value_t = Backend::Sqlite)]
    backend: Backend,
    /// The PostgreSQL server (a database is created on it for each size and dropped after).
    #[arg(
        long,
        env = "CHATS_TEST_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    postgres_url: String,
    /// Service processes on the one database; connections are spread over them.
    #[arg(long, default_value_t = 1)]
    replicas: usize,
    /// Put the replicas behind a load balancer (`haproxy`: Debian's package, with
    /// `crates/chats-bench/haproxy.cfg`; two replicas) instead of spreading the connections
    /// over them directly. The balancer's CPU is counted with the service's.
    #[arg(long, value_enum)]
    balancer: Option<Balancer>,
    /// Seconds measured per scenario and connection count.
    #[arg(long, default_value_t = 5.0)]
    duration: f64,
    /// Seconds of warm-up before each measurement.
    #[arg(long, default_value_t = 1.0)]
    warmup: f64,
    #[arg(long, value_delimiter = ',', default_values_t = [1, 8, 64])]
    connections: Vec<usize>,
    /// Pages of 100 chats read to sample ids and filter values from.
    #[arg(long, default_value_t = 50)]
    sample_pages: usize,
    /// Run only the scenarios whose name contains this text (for profiling one path); the
    /// tables are printed, not written.
    #[arg(long)]
    only: Option<String>,
    /// Measure an existing, already seeded database instead of making one (for trying a
    /// change against one data set; needs `--reuse-key` and `--only`, and one `--chats`, the
    /// size it holds). Its tables are printed, never written.
    #[arg(long, requires_all = ["reuse_key", "only"])]
    reuse: Option<String>,
    /// The demo workspace's API key of the `--reuse` database.
    #[arg(long)]
    reuse_key: Option<String>,
    /// Also measure each scenario against replicas serving Prometheus metrics (scraped every
    /// second) and writing the JSON log (`--metrics-listen`, `--log-format json`), side by
    /// side with the plain replicas, alternating: the cost of operability, in the notes.
    #[arg(long)]
    telemetry: bool,
    /// With `--telemetry`: which parts the observed replicas turn on (`metrics`, `json`), to
    /// tell their costs apart.
    #[arg(long, value_delimiter = ',', default_values_t = ["metrics".to_owned(), "json".to_owned()])]
    telemetry_parts: Vec<String>,
    /// Keep the service running after the scenarios, until interrupted (to attach a
    /// profiler, or poke at it with curl); prints its address and key.
    #[arg(long)]
    keep_serving: bool,
    /// Where the tables go (between markers; the rest of the file is kept).
    #[arg(long, default_value = "BENCHMARKS.md")]
    out: PathBuf,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let result = runtime.block_on(async {
        match cli.command {
            Commands::Run(args) => run(args).await,
            Commands::Codegen(args) => codegen::run(args).await,
            Commands::Ceiling {
                listen,
                bare_listen,
                chat,
                page,
            } => {
                let _log =
                    chats_server::http::init_logging(chats_server::telemetry::LogFormat::Text)?;
                ceiling::serve(listen, bare_listen, &chat, &page).await
            }
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// A child process killed (and reaped) when dropped.
struct Process {
    child: Child,
    address: SocketAddr,
}

impl Process {
    fn spawn(command: &mut Command, address: SocketAddr) -> Result<Self> {
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            // The request log is written as in production (one line per request), then
            // thrown away.
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {command:?}"))?;
        Ok(Self { child, address })
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    async fn ready(&self, path: &str) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok((StatusCode::OK, _)) =
                load::fetch(self.address, None, Request::get(path)).await
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("{} did not answer {path} within 60 s", self.address);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_address() -> Result<SocketAddr> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}

/// The database of one size: a file in the work directory, or a PostgreSQL database dropped
/// when this is.
struct Database {
    url: String,
    _postgres: Option<chats_server::testing::TempPostgres>,
}

impl Database {
    async fn create(args: &RunArgs, workdir: &Path, chats: usize) -> Result<Self> {
        Ok(match args.backend {
            Backend::Sqlite => Self {
                url: format!(
                    "sqlite://{}",
                    workdir.join(format!("chats-{chats}.db")).display()
                ),
                _postgres: None,
            },
            Backend::Postgres => {
                let database =
                    chats_server::testing::TempPostgres::create(&args.postgres_url).await;
                Self {
                    url: database.url.clone(),
                    _postgres: Some(database),
                }
            }
        })
    }
}

/// Writes PostgreSQL's dirty pages now (`CHECKPOINT`, with `psql`): otherwise the load's
/// gigabyte is written back during the first minutes of measurement, in its latency tails.
fn checkpoint(url: &str) {
    match Command::new("psql")
        .arg(url)
        .args(["-qc", "CHECKPOINT"])
        .status()
    {
        Ok(status) if status.success() => {}
        other => eprintln!("  warning: CHECKPOINT after the load failed ({other:?})"),
    }
}

/// Fills the database; returns the API key of the demo workspace and the time taken.
fn seed(server_bin: &Path, url: &str, chats: usize) -> Result<(String, f64)> {
    let start = Instant::now();
    let output = Command::new(server_bin)
        .args([
            "seed-demo",
            "--chats",
            &chats.to_string(),
            "--database",
            url,
        ])
        .stderr(Stdio::inherit())
        .output()
        .context("running seed-demo")?;
    let seconds = start.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!("seed-demo failed: {}", output.status);
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let key = stdout
        .lines()
        .find_map(|line| line.strip_prefix("api-key "))
        .context("seed-demo printed no api-key line")?;
    Ok((key.trim().to_owned(), seconds))
}

struct Measured {
    row: Row,
    outcome: Outcome,
}

struct Target<'a> {
    addresses: Vec<SocketAddr>,
    pids: Vec<u32>,
    api_key: Option<&'a str>,
    database: bool,
}

async fn measure(
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
    Ok(Measured { row, outcome })
}

async fn run(args: RunArgs) -> Result<()> {
    if args.chats.is_empty() || args.connections.is_empty() || args.replicas == 0 {
        bail!("--chats, --connections and --replicas need at least one value");
    }
    let machine = Machine::read();
    let workdir = tempfile::tempdir().context("a work directory")?;
    let largest = args.chats.iter().copied().max().unwrap_or_default();
    let backend = match args.backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let mut report = report::Run {
        title: format!(
            "{backend}, {} replica{}{}",
            args.replicas,
            if args.replicas == 1 { "" } else { "s" },
            if args.balancer.is_some() {
                " behind HAProxy"
            } else {
                ""
            }
        ),
        machine,
        date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        commit: git_commit(),
        command: std::env::var("CHATS_BENCH_COMMAND")
            .unwrap_or_else(|_| std::env::args().skip(1).collect::<Vec<_>>().join(" ")),
        notes: Vec::new(),
        loads: Vec::new(),
        idle_rss_mib: Vec::new(),
        ceiling: Vec::new(),
        rows: Vec::new(),
    };
    let mut failures = Vec::new();
    for &chats in &args.chats {
        eprintln!("== {chats} chats on {backend} ==");
        let (database, key) = match (&args.reuse, &args.reuse_key) {
            (Some(url), Some(key)) => (
                Database {
                    url: url.clone(),
                    _postgres: None,
                },
                key.clone(),
            ),
            _ => {
                let database = Database::create(&args, workdir.path(), chats).await?;
                let (key, seconds) = seed(&args.server_bin, &database.url, chats)?;
                eprintln!("  loaded in {seconds:.1} s");
                if args.backend == Backend::Postgres {
                    checkpoint(&database.url);
                }
                report.loads.push((chats, seconds));
                (database, key)
            }
        };
        let servers = (0..args.replicas)
            .map(|_| {
                let address = free_address()?;
                Process::spawn(
                    Command::new(&args.server_bin).args([
                        "serve",
                        "--listen",
                        &address.to_string(),
                        "--database",
                        &database.url,
                    ]),
                    address,
                )
            })
            .collect::<Result<Vec<_>>>()?;
        for server in &servers {
            server.ready("/readyz").await?;
        }
        // The same replicas with metrics and the JSON log on, and a scraper.
        let observed = if args.telemetry {
            let mut scrapes = Vec::new();
            let observed = (0..args.replicas)
                .map(|_| {
                    let (address, metrics) = (free_address()?, free_address()?);
                    scrapes.push(metrics);
                    let mut command = Command::new(&args.server_bin);
                    if args.telemetry_parts.iter().any(|part| part == "json") {
                        command.args(["--log-format", "json"]);
                    }
                    command.args([
                        "serve",
                        "--listen",
                        &address.to_string(),
                        "--database",
                        &database.url,
                    ]);
                    if args.telemetry_parts.iter().any(|part| part == "metrics") {
                        command.args(["--metrics-listen", &metrics.to_string()]);
                    }
                    Process::spawn(&mut command, address)
                })
                .collect::<Result<Vec<_>>>()?;
            for server in &observed {
                server.ready("/readyz").await?;
            }
            let scraper = tokio::spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    for address in &scrapes {
                        let _ =
                            load::fetch(*address, None, Request::get("/metrics".to_owned())).await;
                    }
                }
            });
            Some((observed, scraper))
        } else {
            None
        };
        let client =
            chats_client::Client::with_api_key(&format!("http://{}", servers[0].address), &key)?;
        let sample = Arc::new(Sample::take(&client, chats, args.sample_pages).await?);
        tokio::time::sleep(Duration::from_secs(1)).await;
        let idle = servers
            .iter()
            .filter_map(|s| system::rss_mib(s.pid()))
            .fold(0.0, f64::max);
        report.idle_rss_mib.push((chats, idle));
        let balancer = match args.balancer {
            Some(Balancer::Haproxy) => Some(haproxy(&servers).await?),
            None => None,
        };
        let target = Target {
            addresses: match &balancer {
                Some(balancer) => vec![balancer.address],
                None => servers.iter().map(|s| s.address).collect(),
            },
            pids: servers
                .iter()
                .chain(balancer.as_ref())
                .map(Process::pid)
                .collect(),
            api_key: Some(&key),
            database: args.backend == Backend::Postgres,
        };
        let full = chats == largest;
        let levels: Vec<usize> = if full {
            args.connections.clone()
        } else {
            vec![8]
        };

        // The ceiling, with bodies captured from the service now.
        let fetch =
            |target: String| load::fetch(servers[0].address, Some(&key), Request::get(target));
        let (_, chat_body) = fetch(format!("/api/v1/chats/{}", sample.chats[0].id)).await?;
        let (_, page_body) = fetch("/api/v1/chats/details?pageSize=10".to_owned()).await?;
        let ceilings = ceiling_rows(
            &args,
            workdir.path(),
            chats,
            &chat_body,
            &page_body,
            &levels,
        )
        .await?;
        let ratio_of = |row: &Row| {
            ceilings
                .iter()
                .find(|c| {
                    c.scenario.starts_with(ceiling::BARE)
                        && c.shape == row.shape
                        && c.connections == row.connections
                        && c.rate.is_none()
                })
                .filter(|c| c.per_second > 0.0)
                .map(|c| row.per_second / c.per_second)
        };
        report.ceiling.extend(ceilings.iter().cloned());

        let created = Arc::new(Created::default());
        let mut scenarios = scenarios::reads(&sample);
        if full {
            scenarios.extend(scenarios::writes(&sample, &created));
        }
        if let Some(only) = &args.only {
            scenarios.retain(|scenario| scenario.name.contains(only.as_str()));
        }
        for scenario in &scenarios {
            for (i, &connections) in levels.iter().enumerate() {
                created.ration(levels.len() - i);
                let mut measured =
                    measure(&args, &target, chats, scenario, connections, None).await?;
                measured.row.ratio = ratio_of(&measured.row);
                if scenario.keep_bodies {
                    created.add(&measured.outcome.bodies)?;
                }
                if measured.row.errors > 0 {
                    failures.push(format!(
                        "{} at {connections} connections ({chats} chats): {} unexpected answers, first: {}",
                        scenario.name,
                        measured.row.errors,
                        measured.outcome.first_error.unwrap_or_default()
                    ));
                }
                let best = measured.row.per_second;
                if let Some((observed, _)) = &observed
                    && !scenario.keep_bodies
                {
                    let note = telemetry_cost(
                        &args,
                        &target,
                        observed,
                        chats,
                        scenario,
                        connections,
                        (measured.row.per_second, measured.row.cpu_service_us),
                    )
                    .await?;
                    eprintln!("  {note}");
                    report.notes.push(note);
                }
                report.rows.push(measured.row);
                // Latency at half the rate reached at the most connections, open loop.
                let open_loop = full
                    && scenario.paced
                    && Some(&connections) == levels.iter().max()
                    && levels.len() > 1;
                // Paced at 8 connections (or the fewest above one): latency at a rate, not
                // the latency of a queue of 64.
                let paced = levels
                    .iter()
                    .copied()
                    .find(|c| *c >= 8)
                    .unwrap_or(connections);
                if open_loop && best > 0.0 {
                    let half =
                        measure(&args, &target, chats, scenario, paced, Some(best / 2.0)).await?;
                    report.rows.push(half.row);
                }
            }
        }
        if full && args.only.is_none() {
            report.notes.push(verify_created(&target, &created).await?);
        }
        if args.keep_serving {
            eprintln!(
                "serving on http://{} (pid {}) with api key {key}; interrupt to stop",
                servers[0].address,
                servers[0].pid()
            );
            let _ = tokio::signal::ctrl_c().await;
        }
        drop(balancer);
        drop(servers);
        if let Some((observed, scraper)) = observed {
            scraper.abort();
            drop(observed);
        }
    }
    let section = report.markdown();
    let key = format!(
        "{}-{}{}",
        match args.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        },
        args.replicas,
        if args.balancer.is_some() {
            "-haproxy"
        } else {
            ""
        }
    );
    if args.only.is_some() {
        // A partial run does not replace the full tables.
        print!("{section}");
    } else {
        report::write_section(&args.out, &key, &section)?;
        eprintln!("wrote {}", args.out.display());
    }
    if !failures.is_empty() {
        bail!("unexpected answers:\n  {}", failures.join("\n  "));
    }
    Ok(())
}

/// The throughput of a scenario with metrics and the JSON log on, against the plain
/// replicas': measured plain (already, `plain`), observed, plain, observed, and compared by
/// the sums, so that drift of the machine falls on both sides.
async fn telemetry_cost(
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

/// Starts HAProxy with `crates/chats-bench/haproxy.cfg` in front of two replicas.
async fn haproxy(servers: &[Process]) -> Result<Process> {
    let [first, second] = servers else {
        bail!("--balancer haproxy needs --replicas 2 (its config names two)");
    };
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("haproxy.cfg");
    let address = free_address()?;
    let process = Process::spawn(
        Command::new("haproxy")
            .arg("-db")
            .arg("-f")
            .arg(&config)
            .env("CHATS_LB_LISTEN", address.to_string())
            .env("CHATS_REPLICA_1", first.address.to_string())
            .env("CHATS_REPLICA_2", second.address.to_string()),
        address,
    )
    .context("starting haproxy (apt-get install haproxy)")?;
    process.ready("/readyz").await?;
    Ok(process)
}

/// Starts the ceiling server with `chat` and `page` as bodies and measures both shapes.
async fn ceiling_rows(
    args: &RunArgs,
    workdir: &Path,
    chats: usize,
    chat: &Bytes,
    page: &Bytes,
    levels: &[usize],
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

/// Reads back every chat POST acknowledged, round-robin over the replicas.
async fn verify_created(target: &Target<'_>, created: &Created) -> Result<String> {
    let ids = created.all();
    let mut missing = 0;
    for (i, id) in ids.iter().enumerate() {
        let address = target.addresses[i % target.addresses.len()];
        let (status, _) = load::fetch(
            address,
            target.api_key,
            Request::get(format!("/api/v1/chats/{id}")),
        )
        .await?;
        if status != StatusCode::OK {
            missing += 1;
        }
    }
    if missing > 0 {
        bail!(
            "{missing} of {} chats acknowledged by POST could not be read back",
            ids.len()
        );
    }
    Ok(format!(
        "Every one of the {} chats acknowledged by POST was read back afterwards{}; none was lost.",
        ids.len(),
        if target.addresses.len() > 1 {
            ", round-robin over the replicas"
        } else {
            ""
        }
    ))
}

fn git_commit() -> String {
    Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map_or_else(
            || "unknown".to_owned(),
            |output| String::from_utf8_lossy(&output.stdout).trim().to_owned(),
        )
}
