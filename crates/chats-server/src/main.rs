//! `chats-server`: serve the Chats API, and administer its database.

use std::{net::SocketAddr, path::PathBuf, sync::Arc};

use anyhow::{Context, Result, bail};
use chats_server::{
    demo, import, keys,
    storage::{Database, PoolSettings, Storage},
    telemetry::{self, LogFormat},
};
use clap::{Parser, Subcommand};
use uuid::Uuid;

#[derive(Parser)]
#[command(name = "chats-server", version, about = "The Chats API service")]
struct Cli {
    /// The database: sqlite://PATH (created and migrated on first use) or
    /// postgres://USER@HOST:PORT/DB (migrated on first use; shared by every replica).
    #[arg(
        long,
        global = true,
        env = "CHATS_DATABASE_URL",
        default_value = "sqlite://chats.db"
    )]
    database: String,
    /// PostgreSQL only: the most connections this process opens.
    #[arg(
        long,
        global = true,
        env = "CHATS_DATABASE_POOL_SIZE",
        default_value_t = 16
    )]
    pool_size: usize,
    /// The log's format: `text` lines for people, or `json` lines (one object each) for a
    /// log pipeline.
    #[arg(
        long,
        global = true,
        env = "CHATS_LOG_FORMAT",
        value_enum,
        default_value_t = LogFormat::Text
    )]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API until SIGINT or SIGTERM.
    Serve {
        /// The address to listen on.
        #[arg(long, env = "CHATS_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Seed a demo workspace when the database is empty, and print an API key and a curl
        /// line that works.
        #[arg(long)]
        demo: bool,
        /// Serve Prometheus metrics at http://ADDR/metrics, on a listener of their own (never
        /// the API's port, so they are not exposed with it). Off unless set.
        #[arg(long, env = "CHATS_METRICS_LISTEN")]
        metrics_listen: Option<SocketAddr>,
        /// Check every answer against the spec before it leaves; one that breaks it is
        /// logged (operation, status, JSON pointers) and answered 500. On unless turned off
        /// (`--validate-responses=false`); it checks only what the answer's Rust type does
        /// not already prove.
        #[arg(
            long,
            env = "CHATS_VALIDATE_RESPONSES",
            num_args = 0..=1,
            default_missing_value = "true",
            value_name = "BOOL"
        )]
        validate_responses: Option<bool>,
    },
    /// Serve a mock of the API generated from the spec (`chats_api::mock`): no database,
    /// answers from the spec's examples or values made from its schemas, `Prefer: code=404`
    /// or `example=NAME` for another documented answer, requests validated as the real
    /// service validates them, any non-empty key accepted.
    Mock {
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1:4010")]
        listen: SocketAddr,
        /// Varies the values made from schemas (the same seed and request, the same answer).
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Apply pending migrations and exit.
    Migrate,
    /// Workspaces.
    Workspace {
        #[command(subcommand)]
        command: WorkspaceCommand,
    },
    /// API keys.
    ApiKey {
        #[command(subcommand)]
        command: ApiKeyCommand,
    },
    /// Load a workspace's directory data (channels, owners, responders, messages, tickets)
    /// from a JSON file; additive and idempotent by id; all or nothing.
    Import {
        #[arg(long)]
        workspace: Uuid,
        file: PathBuf,
    },
    /// Create a demo workspace with N chats; prints `workspace <id>` and `api-key <key>` last.
    SeedDemo {
        #[arg(long, default_value_t = 200)]
        chats: usize,
    },
}

#[derive(Subcommand)]
enum WorkspaceCommand {
    /// Create a workspace; prints its id alone.
    Create {
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum ApiKeyCommand {
    /// Create a key; prints it alone. It is shown once: only its hash is stored.
    Create {
        #[arg(long)]
        workspace: Uuid,
        #[arg(long, default_value = "default")]
        name: String,
    },
    /// List a workspace's keys (ids, names, dates; never the keys).
    List {
        #[arg(long)]
        workspace: Uuid,
    },
    /// Revoke a key by its id, with immediate effect.
    Revoke { key_id: Uuid },
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let _log = match chats_server::http::init_logging(cli.log_format) {
        Ok(guard) => guard,
        Err(err) => {
            eprintln!("error: starting the log: {err:#}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: starting the runtime: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<()> {
    if let Command::Mock { listen, seed } = cli.command {
        return mock(listen, seed).await;
    }
    let pool = PoolSettings {
        max_connections: cli.pool_size.max(1),
        ..PoolSettings::default()
    };
    let database = Database::open(&cli.database, pool)
        .await
        .with_context(|| format!("opening {}", redact(&cli.database)))?;
    execute(Arc::new(database), cli.command).await
}

/// `mock`: the generated mock behind the service's own layers (request ids, the log,
/// timeouts), no database.
async fn mock(listen: SocketAddr, seed: u64) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    let address = listener.local_addr().context("reading the bound address")?;
    let app = chats_server::http::layers(chats_api::mock::router_with_seed(seed));
    println!("mock listening on http://{address}");
    tracing::info!(seed, "mock listening on http://{address}");
    chats_server::http::serve(
        listener,
        app,
        chats_server::http::ServeLimits::default(),
        shutdown(),
    )
    .await;
    Ok(())
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

async fn execute<S: Storage>(storage: Arc<S>, command: Command) -> Result<()> {
    match command {
        Command::Serve {
            listen,
            demo,
            metrics_listen,
            validate_responses,
        } => {
            let mut config = chats_api::RouterConfig::default();
            if let Some(validate) = validate_responses {
                config.validate_responses = validate;
            }
            serve(storage, listen, demo, metrics_listen, config).await
        }
        Command::Mock { listen, seed } => mock(listen, seed).await,
        Command::Migrate => {
            // Opening the database applied the migrations.
            eprintln!("migrations applied");
            Ok(())
        }
        Command::Workspace {
            command: WorkspaceCommand::Create { name },
        } => {
            println!("{}", storage.create_workspace(name).await?);
            Ok(())
        }
        Command::ApiKey { command } => api_key(&*storage, command).await,
        Command::Import { workspace, file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let directory = import::parse(&text)
                .map_err(|message| anyhow::anyhow!("{}: {message}", file.display()))?;
            let summary = storage
                .import(workspace, directory)
                .await
                .with_context(|| format!("{}: nothing was imported", file.display()))?;
            eprintln!(
                "imported {} channels, {} users, {} external users, {} agents ({} versions), {} squads, {} messages, {} tickets",
                summary.channels,
                summary.users,
                summary.external_users,
                summary.agents,
                summary.agent_versions,
                summary.squads,
                summary.messages,
                summary.tickets
            );
            Ok(())
        }
        Command::SeedDemo { chats } => {
            let (workspace, key) = seed_demo(&*storage, chats).await?;
            println!("workspace {workspace}");
            println!("api-key {key}");
            Ok(())
        }
    }
}

async fn api_key<S: Storage>(storage: &S, command: ApiKeyCommand) -> Result<()> {
    match command {
        ApiKeyCommand::Create { workspace, name } => {
            if !storage.workspace_exists(workspace).await? {
                bail!("no workspace {workspace}");
            }
            let (key, hash) = keys::generate().context("drawing random bytes for the key")?;
            storage.create_api_key(workspace, name, hash).await?;
            println!("{key}");
        }
        ApiKeyCommand::List { workspace } => {
            for key in storage.list_api_keys(workspace).await? {
                let state = match key.revoked_at {
                    Some(at) => format!("revoked {}", at.to_rfc3339()),
                    None => "active".to_owned(),
                };
                println!(
                    "{}\t{}\t{}\t{state}",
                    key.id,
                    key.name,
                    key.created_at.to_rfc3339()
                );
            }
        }
        ApiKeyCommand::Revoke { key_id } => {
            if !storage.revoke_api_key(key_id).await? {
                bail!("no active API key {key_id}");
            }
            eprintln!("revoked {key_id}");
        }
    }
    Ok(())
}

/// Seeds the demo data set with a progress bar on stderr (rate and time left; drawn only
/// when stderr is a terminal); returns the workspace and a key.
async fn seed_demo<S: Storage>(storage: &S, chats: usize) -> Result<(Uuid, String)> {
    let started = std::time::Instant::now();
    let bar = indicatif::ProgressBar::new(chats as u64).with_style(
        indicatif::ProgressStyle::with_template(
            "seeding [{bar:30}] {pos}/{len} chats, {rate}, {eta} left",
        )
        .context("the progress bar's template")?
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, out: &mut dyn std::fmt::Write| {
                let _ = write!(out, "{:.0} chats/s", state.per_sec());
            },
        )
        .progress_chars("#>-"),
    );
    let workspace = demo::seed(storage, chats, |written| bar.set_position(written as u64)).await;
    bar.finish_and_clear();
    let workspace = workspace?;
    eprintln!(
        "seeded {chats} chats in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let (key, hash) = keys::generate().context("drawing random bytes for the key")?;
    storage
        .create_api_key(workspace, "demo".to_owned(), hash)
        .await?;
    Ok((workspace, key))
}

async fn serve<S: Storage>(
    storage: Arc<S>,
    listen: SocketAddr,
    demo: bool,
    metrics_listen: Option<SocketAddr>,
    config: chats_api::RouterConfig,
) -> Result<()> {
    if let Some(metrics_listen) = metrics_listen {
        let handle = telemetry::install()?;
        let listener = tokio::net::TcpListener::bind(metrics_listen)
            .await
            .with_context(|| format!("listening for metrics on {metrics_listen}"))?;
        let address = listener.local_addr().context("reading the bound address")?;
        let observed = storage.clone();
        let routes = telemetry::metrics_router(handle, move || observed.observe());
        tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, routes).await {
                tracing::error!(error = %err, "the metrics listener failed");
            }
        });
        tracing::info!("serving metrics at http://{address}/metrics");
    }
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    let address = listener.local_addr().context("reading the bound address")?;
    if demo {
        if storage.is_empty().await? {
            let (workspace, key) = seed_demo(&*storage, 200).await?;
            eprintln!("demo workspace {workspace}");
            eprintln!("api key (shown once): {key}");
            eprintln!(
                "try: curl -H 'authorization: {key}' 'http://{address}/api/v1/chats?pageSize=3'"
            );
            eprintln!("docs: http://{address}/docs");
        } else {
            eprintln!(
                "the database already has workspaces: no demo seeded (create a key with `chats-server api-key create --workspace ID`)"
            );
        }
    }
    tracing::info!(
        validate_responses = config.validate_responses,
        "listening on http://{address}"
    );
    chats_server::http::serve(
        listener,
        chats_server::http::app_with_config(storage, config),
        chats_server::http::ServeLimits::default(),
        shutdown(),
    )
    .await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGINT or SIGTERM: the server stops accepting and finishes what is in flight.
async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("shutting down");
}
