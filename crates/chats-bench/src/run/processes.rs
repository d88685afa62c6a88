//! The processes of a run: the service's replicas (plain, and with telemetry on beside a
//! metrics scraper), HAProxy in front of them, each a child killed when dropped, and the free
//! local addresses they listen on.

use std::{
    net::SocketAddr,
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{Context, Result, bail};
use hyper::StatusCode;
use tokio::task::JoinHandle;

use crate::{
    RunArgs,
    load::{self, Request},
};

/// A child process killed (and reaped) when dropped.
pub(crate) struct Process {
    child: Child,
    pub(crate) address: SocketAddr,
}

impl Process {
    pub(crate) fn spawn(command: &mut Command, address: SocketAddr) -> Result<Self> {
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

    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    pub(crate) async fn ready(&self, path: &str) -> Result<()> {
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

pub(crate) fn free_address() -> Result<SocketAddr> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}

/// Starts `--replicas` service processes on the database at `url`, and waits until each is
/// ready.
pub(super) async fn start_replicas(args: &RunArgs, url: &str) -> Result<Vec<Process>> {
    let servers = (0..args.replicas)
        .map(|_| {
            let address = free_address()?;
            Process::spawn(
                Command::new(&args.server_bin).args([
                    "serve",
                    "--listen",
                    &address.to_string(),
                    "--database",
                    url,
                ]),
                address,
            )
        })
        .collect::<Result<Vec<_>>>()?;
    for server in &servers {
        server.ready("/readyz").await?;
    }
    Ok(servers)
}

/// The replicas with telemetry on (`--telemetry`), and the task scraping their metrics.
pub(super) struct Observed {
    pub(super) replicas: Vec<Process>,
    pub(super) scraper: JoinHandle<()>,
}

/// The same replicas with metrics and the JSON log on (the `--telemetry-parts`), and a
/// scraper.
pub(super) async fn start_observed(args: &RunArgs, url: &str) -> Result<Observed> {
    let mut scrapes = Vec::new();
    let replicas = (0..args.replicas)
        .map(|_| {
            let (address, metrics) = (free_address()?, free_address()?);
            scrapes.push(metrics);
            let mut command = Command::new(&args.server_bin);
            if args.telemetry_parts.iter().any(|part| part == "json") {
                command.args(["--log-format", "json"]);
            }
            command.args(["serve", "--listen", &address.to_string(), "--database", url]);
            if args.telemetry_parts.iter().any(|part| part == "metrics") {
                command.args(["--metrics-listen", &metrics.to_string()]);
            }
            Process::spawn(&mut command, address)
        })
        .collect::<Result<Vec<_>>>()?;
    for server in &replicas {
        server.ready("/readyz").await?;
    }
    let scraper = tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
            for address in &scrapes {
                let _ = load::fetch(*address, None, Request::get("/metrics".to_owned())).await;
            }
        }
    });
    Ok(Observed { replicas, scraper })
}

/// Starts HAProxy with `crates/chats-bench/haproxy.cfg` in front of two replicas.
pub(super) async fn haproxy(servers: &[Process]) -> Result<Process> {
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
