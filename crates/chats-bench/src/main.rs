//! `chats-bench`: the performance harness behind `cargo xtask bench`.
//!
//! - `chats-bench run`: for each size, a fresh database filled by `chats-server seed-demo`,
//!   the service (`chats-server serve`, one or more replicas) and the ceiling server in
//!   processes of their own, every scenario driven by the keep-alive load generator at each
//!   connection count, and the tables written into BENCHMARKS.md.
//! - `chats-bench codegen`: our generation step against openapi-generator's on the same spec.
//! - `chats-bench ceiling`: the ceiling server itself (started by `run`).
//!
//! This file is the command line and `main`; each subcommand lives in its own module
//! (`run/`, `codegen.rs`, `ceiling.rs`).

mod ceiling;
mod codegen;
mod fanout;
mod load;
mod peers;
mod report;
mod run;
mod scenarios;
mod system;
mod trivial;

use std::{net::SocketAddr, path::PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "chats-bench", about = "The Chats API performance harness")]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand)]
enum Commands {
    /// Seed, serve, load and report, for each size.
    #[command(
        override_usage = "cargo xtask bench [OPTIONS]  (it builds the release binaries and passes --server-bin)\n       chats-bench run --server-bin <SERVER_BIN> [OPTIONS]",
        after_help = "--only: text that is in no scenario's name is refused with the list of names."
    )]
    Run(RunArgs),
    /// Time our generator against openapi-generator's rust and rust-axum generators.
    Codegen(codegen::Args),
    /// Live chat events to many subscribers of one replica: fan-out latency and memory.
    Fanout(fanout::Args),
    /// The generated server against poem-openapi and dropshot on one point read, beside bare
    /// axum, in interleaved rounds (`cargo xtask bench peers`; needs wrk).
    Peers(peers::Args),
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
        /// The service's layers the `--listen` listener goes through (comma-separated:
        /// `request-id`, `log`, `timeout`, `panic-guard`, `metrics`; `none` for our HTTP server
        /// alone): the per-layer split of `scripts/stack-instructions.sh`.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "request-id,log,timeout,panic-guard,metrics"
        )]
        layers: Vec<ceiling::Layer>,
        /// The log's format, as `chats-server --log-format`.
        #[arg(long, value_enum, default_value_t)]
        log_format: chats_server::telemetry::LogFormat,
    },
    /// Serve the generated server with a trivial implementation (`getChat` answers a fixed
    /// chat) through the service's layers, production's settings (metrics recorded), on
    /// `--listen`.
    Trivial {
        #[arg(long)]
        listen: SocketAddr,
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
    /// Run only the scenarios whose name contains this text (for profiling one path): a
    /// substring, so `GET /chats/{id}` also picks `GET /chats/{id}/details`; text in no name
    /// is refused with the list of names. The tables are printed, not written.
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
            Commands::Run(args) => run::run(args).await,
            Commands::Codegen(args) => codegen::run(args).await,
            Commands::Fanout(args) => fanout::run(args).await,
            Commands::Peers(args) => peers::run(args).await,
            Commands::Ceiling {
                listen,
                bare_listen,
                chat,
                page,
                layers,
                log_format,
            } => {
                let _log = chats_server::http::init_logging(log_format)?;
                let layers = ceiling::layers(&layers);
                if layers.metrics {
                    // Recorded as a service with a metrics listener records them (unscraped).
                    chats_server::telemetry::install()?;
                }
                ceiling::serve(listen, bare_listen, &chat, &page, layers).await
            }
            Commands::Trivial { listen } => {
                let _log =
                    chats_server::http::init_logging(chats_server::telemetry::LogFormat::Text)?;
                chats_server::telemetry::install()?;
                trivial::serve(listen).await
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
