//! Support for tests of this crate and of the workspace: which PostgreSQL server to test
//! against, throwaway databases on it ([`TempPostgres`], which lives with the SQL in
//! `storage`), and raw bytes served through the HTTP stack. (Plain library code rather than a
//! feature, so that every test target shares one build of the crate.)

use std::time::Duration;

pub use crate::storage::TempPostgres;

/// The variable that points the PostgreSQL tests at a server (any database on it; each test
/// creates and drops its own), e.g. `postgres://postgres@127.0.0.1:5432/postgres`.
pub const POSTGRES_URL_VAR: &str = "CHATS_TEST_POSTGRES_URL";

/// Which storage backend a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server to test against, if configured. Where it is not, says so once per
/// test in a line the runner shows; under CI (`CI` set) a missing server is a failure.
pub fn postgres_url() -> Option<String> {
    match std::env::var(POSTGRES_URL_VAR) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            let message = format!(
                "PostgreSQL tests did not run: set {POSTGRES_URL_VAR}=postgres://postgres@127.0.0.1:5432/postgres to run them"
            );
            assert!(
                std::env::var_os("CI").is_none(),
                "{message} (CI must run them)"
            );
            eprintln!("{message}");
            None
        }
    }
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
