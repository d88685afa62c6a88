//! The database of one size: made (a SQLite file or a temporary PostgreSQL database), filled
//! by `chats-server seed-demo` and checkpointed, or an existing one reused (`--reuse`).

use std::{
    path::Path,
    process::{Command, Stdio},
    time::Instant,
};

use anyhow::{Context, Result, bail};

use crate::{Backend, RunArgs};

/// The database of one size: a file in the work directory, or a PostgreSQL database dropped
/// when this is.
pub(super) struct Database {
    pub(super) url: String,
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

/// The database of `chats` chats and the API key of its demo workspace: the `--reuse` one as
/// it is, or a new one filled by `seed-demo` (the time that took pushed onto `loads`).
pub(super) async fn prepare(
    args: &RunArgs,
    workdir: &Path,
    chats: usize,
    loads: &mut Vec<(usize, f64)>,
) -> Result<(Database, String)> {
    if let (Some(url), Some(key)) = (&args.reuse, &args.reuse_key) {
        let database = Database {
            url: url.clone(),
            _postgres: None,
        };
        return Ok((database, key.clone()));
    }
    let database = Database::create(args, workdir, chats).await?;
    let (key, seconds) = seed(&args.server_bin, &database.url, chats)?;
    eprintln!("  loaded in {seconds:.1} s");
    if args.backend == Backend::Postgres {
        checkpoint(&database.url);
    }
    loads.push((chats, seconds));
    Ok((database, key))
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
