//! What the tests of the binary share: running `chats-server` commands and `serve` processes.

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Output, Stdio},
    time::Duration,
};

pub const BIN: &str = env!("CARGO_BIN_EXE_chats-server");

/// Runs a command against `database_url`.
pub fn run(database_url: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("CHATS_DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

/// Runs a command that must succeed; its stdout.
pub fn ok(database_url: &str, args: &[&str]) -> String {
    let output = run(database_url, args);
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// A `serve` child and the address it logged.
pub struct Server {
    child: Child,
    pub address: String,
    pub stderr_lines: Vec<String>,
    /// Every line logged after the address, collected until the process ends.
    later_lines: std::sync::mpsc::Receiver<String>,
}

impl Server {
    pub fn start(database_url: &str, extra: &[&str]) -> Self {
        Self::start_with_env(database_url, extra, &[])
    }

    /// [`Server::start`] with more environment variables.
    pub fn start_with_env(database_url: &str, extra: &[&str], env: &[(&str, &str)]) -> Self {
        let mut child = Command::new(BIN)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .env("CHATS_DATABASE_URL", database_url)
            .env("RUST_LOG", "info")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve starts");
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = BufReader::new(stderr).lines();
        let mut seen = Vec::new();
        let address = loop {
            let line = lines
                .next()
                .expect("serve logs its address before anything fails")
                .expect("a line");
            if let Some(at) = line.find("listening on http://") {
                // Text or JSON lines: the address ends at a quote or a space.
                let rest = &line[at + "listening on http://".len()..];
                let address = rest
                    .split(|c: char| c == '"' || c.is_whitespace())
                    .next()
                    .unwrap_or(rest)
                    .to_owned();
                seen.push(line);
                break address;
            }
            seen.push(line);
        };
        // Keep draining so the child never blocks on a full pipe.
        let (sender, later_lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        Self {
            child,
            address,
            stderr_lines: seen,
            later_lines,
        }
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Kills the process with SIGKILL (no shutdown of any kind) and waits for it.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Sends SIGTERM; the exit status and everything the server logged.
    pub fn terminate(mut self) -> (std::process::ExitStatus, Vec<String>) {
        let pid = self.child.id().to_string();
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill runs");
        for _ in 0..100 {
            if let Some(status) = self.child.try_wait().expect("wait") {
                let mut log = std::mem::take(&mut self.stderr_lines);
                // The pipe closes with the process: the collector ends.
                log.extend(self.later_lines.iter());
                return (status, log);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("serve did not stop within 5 s of SIGTERM");
    }
}

/// A test that panics before it stops its server leaves no process behind.
impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The workspace-level test fixture: channels, owners and responders to create chats over.
pub const DIRECTORY: &str = include_str!("../../../../tests/fixtures/directory.json");

/// A SQLite database in `dir` for in-process tests: one workspace with the fixture directory
/// imported, and `key` (a new one when `None`) as its API key. The storage and the key.
pub async fn sqlite_workspace(
    dir: &std::path::Path,
    key: Option<&str>,
) -> (std::sync::Arc<chats_server::storage::Sqlite>, String) {
    use chats_server::storage::{Sqlite, Storage};
    let storage = std::sync::Arc::new(Sqlite::open(&dir.join("chats.db")).unwrap());
    let workspace = storage.create_workspace("test".into()).await.unwrap();
    let directory = chats_server::import::parse(DIRECTORY).unwrap();
    storage.import(workspace, directory).await.unwrap();
    let key = match key {
        Some(key) => key.to_owned(),
        None => chats_server::keys::generate().unwrap().0,
    };
    let hash = chats_server::keys::hash(&key);
    storage
        .create_api_key(workspace, "test".into(), hash)
        .await
        .unwrap();
    (storage, key)
}
