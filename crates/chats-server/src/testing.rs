//! Support for tests of this crate and of the workspace: which PostgreSQL server to test
//! against, throwaway databases on it ([`TempPostgres`], which lives with the SQL in
//! `storage`), and raw bytes served through the HTTP stack. (Plain library code rather than a
//! feature, so that every test target shares one build of the crate.)

use std::time::Duration;

pub use crate::storage::TempPostgres;

/// The variable that points the PostgreSQL tests at a server (any database on it; each test
/// creates and drops its own). Unset, the tests use [`DEFAULT_POSTGRES_URL`].
pub const POSTGRES_URL_VAR: &str = "CHATS_TEST_POSTGRES_URL";

/// The server the PostgreSQL tests use when [`POSTGRES_URL_VAR`] is unset.
pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// Which storage backend a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Something a test needs that a machine may lack. A missing prerequisite fails the test,
/// naming what is missing and how to provide it, unless its opt-out variable is `1`: then
/// the test is skipped and says so where `cargo xtask test` counts it (see [`SKIP_LEDGER_VAR`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prerequisite {
    /// A PostgreSQL server; opt out with `CHATS_SKIP_POSTGRES=1`.
    Postgres,
    /// Chromium, for the docs page; opt out with `CHATS_SKIP_BROWSER=1`.
    Browser,
    /// HAProxy, for the benchmark's load-balanced run; opt out with `CHATS_SKIP_HAPROXY=1`.
    Balancer,
    /// Prometheus's `promtool`, which checks the metrics the service exposes; opt out with
    /// `CHATS_SKIP_PROMTOOL=1`.
    Promtool,
}

impl Prerequisite {
    /// The variable that opts out of the tests needing this.
    pub fn opt_out_var(self) -> &'static str {
        match self {
            Self::Postgres => "CHATS_SKIP_POSTGRES",
            Self::Browser => "CHATS_SKIP_BROWSER",
            Self::Balancer => "CHATS_SKIP_HAPROXY",
            Self::Promtool => "CHATS_SKIP_PROMTOOL",
        }
    }

    /// Whether the opt-out is set.
    pub fn skipped(self) -> bool {
        std::env::var(self.opt_out_var()).is_ok_and(|value| value == "1")
    }

    /// Records that the running test skips for want of this: a line on stderr, and one in the
    /// ledger `cargo xtask test` sums up at the end (a passing test's output is hidden).
    pub fn record_skip(self) {
        let test = std::thread::current().name().unwrap_or("a test").to_owned();
        let line = format!("{}\t{test}\n", self.opt_out_var());
        eprintln!("skipped because {}=1: {test}", self.opt_out_var());
        if let Some(ledger) = std::env::var_os(SKIP_LEDGER_VAR) {
            use std::io::Write;
            let written = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&ledger)
                .and_then(|mut file| file.write_all(line.as_bytes()));
            if let Err(err) = written {
                panic!("recording a skip in {}: {err}", ledger.to_string_lossy());
            }
        }
    }

    /// Fails the running test: `what` is missing, and how to provide it or opt out.
    pub fn missing(self, what: &str, how: &str) -> ! {
        panic!(
            "{what}: {how}, or set {}=1 to skip the tests that need it",
            self.opt_out_var()
        )
    }
}

/// Where a test that skips appends `VARIABLE<tab>test name`; `cargo xtask test` sets it and
/// prints how many tests each opt-out skipped.
pub const SKIP_LEDGER_VAR: &str = "CHATS_SKIP_LEDGER";

/// The PostgreSQL server to test against: [`POSTGRES_URL_VAR`], else the local default.
/// `None` only when `CHATS_SKIP_POSTGRES=1` (the skip is recorded); a server that cannot be
/// reached fails the test, saying how to point the tests at one.
pub fn postgres_url() -> Option<String> {
    let prerequisite = Prerequisite::Postgres;
    if prerequisite.skipped() {
        prerequisite.record_skip();
        return None;
    }
    let url = std::env::var(POSTGRES_URL_VAR)
        .ok()
        .filter(|url| !url.is_empty())
        .unwrap_or_else(|| DEFAULT_POSTGRES_URL.to_owned());
    let reachable = url
        .parse::<tokio_postgres::Config>()
        .ok()
        .and_then(|config| {
            let host = match config.get_hosts().first()? {
                tokio_postgres::config::Host::Tcp(host) => host.clone(),
                #[cfg(unix)]
                tokio_postgres::config::Host::Unix(_) => return Some(true),
            };
            let port = config.get_ports().first().copied().unwrap_or(5432);
            let address = std::net::ToSocketAddrs::to_socket_addrs(&(host.as_str(), port))
                .ok()?
                .next()?;
            Some(std::net::TcpStream::connect_timeout(&address, Duration::from_secs(2)).is_ok())
        })
        .unwrap_or(false);
    if !reachable {
        prerequisite.missing(
            &format!("no PostgreSQL server answers at {url}"),
            &format!("start one, or set {POSTGRES_URL_VAR} to a server's URL"),
        );
    }
    Some(url)
}

/// Serves raw bytes, as a client would send them on a connection, to `app` through hyper's
/// HTTP/1 server over an in-memory pipe; the statuses of the answers the server wrote. This
/// is the request path the fuzz target (`crates/chats-server/fuzz`) drives, and the test that
/// replays its corpus.
pub async fn serve_raw(app: axum::Router, bytes: &[u8]) -> Vec<u16> {
    use hyper_util::{rt::TokioIo, service::TowerToHyperService};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let (client, server) = tokio::io::duplex(64 * 1024);
    let mut builder = hyper::server::conn::http1::Builder::new();
    // The client half-closes after its bytes: the server must still answer them.
    builder
        .half_close(true)
        .header_read_timeout(None)
        .max_header_size(64 * 1024);
    let connection = builder.serve_connection(TokioIo::new(server), TowerToHyperService::new(app));
    let served = tokio::spawn(connection);
    let (mut reader, mut writer) = tokio::io::split(client);
    let bytes = bytes.to_vec();
    let writing = tokio::spawn(async move {
        let _ = writer.write_all(&bytes).await;
        let _ = writer.shutdown().await;
    });
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), reader.read_to_end(&mut answer)).await;
    writing.abort();
    served.abort();
    statuses(&answer)
}

/// The status codes of every `HTTP/1.x NNN` status line in a byte stream.
fn statuses(answer: &[u8]) -> Vec<u16> {
    answer
        .windows(12)
        .filter(|w| w.starts_with(b"HTTP/1.") && w[8] == b' ')
        .filter_map(|w| std::str::from_utf8(&w[9..12]).ok()?.parse().ok())
        .collect()
}
