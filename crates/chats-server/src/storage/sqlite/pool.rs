//! Turns and connections: one writer connection (SQLite has one writer at a time anyway, so
//! writes queue here instead of failing with `SQLITE_BUSY`), a small pool of readers, and the
//! grouped commit of the API's writes. Each operation takes a turn first (an async semaphore,
//! no thread held while waiting), then runs one statement or one transaction.

use std::{
    path::PathBuf,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
};

use rusqlite::Connection;

use super::schema::{classify, connect};
use crate::{
    storage::{Result, StorageError},
    telemetry,
};

/// The most reads run at once, each on a reader connection of its own; more wait their turn
/// (without a thread). Past the cores, more readers only add connections, memory and
/// contention: measured in BENCHMARKS.md, where 64 connections at once opened and dropped
/// reader connections and halved the throughput.
const READERS: usize = 8;

/// How long a reader keeps one read transaction (one snapshot of the database) across the
/// reads it serves, when the writer has committed nothing since it began. Beginning and ending
/// a read transaction takes SQLite's locks on the WAL index (`fcntl` and a mutex), which were
/// a tenth of a point read's CPU (BENCHMARKS.md, round three); kept for this long, a busy
/// reader pays them once per a few dozen reads. A commit of this process's writer ends every
/// snapshot at once (see [`Pool::commits`]); a commit by another process (an import run by
/// the command line while the service runs) is seen within this time.
pub(super) const SNAPSHOT_REUSE: std::time::Duration = std::time::Duration::from_millis(2);

/// A reader connection, and the read transaction it holds open between reads (if any).
struct Reader {
    connection: Connection,
    snapshot: Option<Snapshot>,
}

/// A read transaction kept open: when it began, and the writer's commits counted before.
struct Snapshot {
    began: std::time::Instant,
    commits: u64,
}

/// The connections of one database and the turns to use them.
pub(super) struct Pool {
    path: PathBuf,
    /// The writer connection, its queue of grouped writes, and the commits counted.
    pub(super) writer: Arc<Writer>,
    readers: Mutex<Vec<Reader>>,
    /// How long a snapshot may serve reads ([`SNAPSHOT_REUSE`] but in tests).
    snapshot_reuse: std::time::Duration,
    /// Turns for reads (`READERS`), taken before a connection.
    reading: tokio::sync::Semaphore,
}

/// What the pool shares with its writer thread (see [`Pool::grouped_write`]).
pub(super) struct Writer {
    pub(super) connection: Mutex<Connection>,
    /// Writes waiting to be committed together, and the signal that one came.
    pub(super) queue: Mutex<Vec<Box<dyn GroupJob>>>,
    ready: std::sync::Condvar,
    /// The pool is gone: the thread ends.
    closed: std::sync::atomic::AtomicBool,
    /// The writer's commits so far, counted right after each commit and before its callers
    /// are answered: a reader whose snapshot began at an older count begins a new one, so a
    /// read never misses a write whose answer was already given.
    commits: AtomicU64,
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.writer.closed.store(true, Ordering::Release);
        let _queue = self.writer.queue.lock();
        self.writer.ready.notify_all();
    }
}

impl Pool {
    pub(super) fn new(
        path: PathBuf,
        writer: Connection,
        snapshot_reuse: std::time::Duration,
    ) -> Result<Arc<Self>> {
        let writer = Arc::new(Writer {
            connection: Mutex::new(writer),
            queue: Mutex::new(Vec::new()),
            ready: std::sync::Condvar::new(),
            closed: std::sync::atomic::AtomicBool::new(false),
            commits: AtomicU64::new(0),
        });
        let thread = Arc::clone(&writer);
        std::thread::Builder::new()
            .name("chats-writer".into())
            .spawn(move || thread.run())
            .map_err(|err| StorageError::Internal(format!("starting the writer: {err}")))?;
        Ok(Arc::new(Self {
            path,
            writer,
            readers: Mutex::new(Vec::new()),
            snapshot_reuse,
            reading: tokio::sync::Semaphore::new(READERS),
        }))
    }

    /// A read on a blocking thread (lists, which can take milliseconds).
    pub(super) async fn read<T, F>(self: &Arc<Self>, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let _turn = waited(Turn::Readers, self.reading.acquire()).await;
        let pool = self.clone();
        blocking(move || pool.with_reader(work)).await
    }

    /// A read by key (an API key, a chat): a handful of index lookups, tens of microseconds
    /// when the pages are cached. It runs on the calling task's thread: handing it to a
    /// blocking thread and back cost more than the query (futex wake-ups and context switches
    /// were most of a point read's time in the profile in BENCHMARKS.md).
    pub(super) async fn point_read<T, F>(&self, work: F) -> Result<T>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T>,
    {
        let _turn = waited(Turn::Readers, self.reading.acquire()).await;
        self.with_reader(work)
    }

    /// A write of the API (create, update, remove a chat), committed with the others waiting
    /// at the same moment. Each caller queues its work and waits for its answer; the writer
    /// thread (one, for the pool's life) takes every work queued when it gets the connection,
    /// runs them in one transaction, commits once, then hands each caller its result. Works
    /// queued while a group commits form the next group, with no hand-over between (a turn
    /// taken per group and a blocking thread per group left the writer idle a third of the
    /// time and most groups single: BENCHMARKS.md, round three). If any work fails, the group
    /// is rolled back and each work is run again in a transaction of its own, so one failure
    /// never touches another's write. An answer still comes only after the commit that made
    /// it durable; what the group shares is the commit's cost (WAL frames, the title index's
    /// flush), most of a single write's time in the profile in BENCHMARKS.md. (Savepoints per
    /// work would isolate failures without the rerun, but FTS5 flushes its index at every
    /// savepoint's release, which is the cost the group is there to share.)
    pub(super) async fn grouped_write<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: Fn(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let (sender, receiver) = tokio::sync::oneshot::channel::<Result<T>>();
        let job: Box<dyn GroupJob> = Box::new(Queued {
            work,
            result: None,
            sender,
            queued: std::time::Instant::now(),
        });
        self.writer
            .queue
            .lock()
            .map_err(|_| StorageError::Internal("write queue poisoned".into()))?
            .push(job);
        self.writer.ready.notify_one();
        receiver
            .await
            .map_err(|_| StorageError::Internal("a grouped write was abandoned".into()))?
    }

    /// A write of its own (administration, imports, bulk loads) on a blocking thread.
    pub(super) async fn write<T, F>(self: &Arc<Self>, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let writer = Arc::clone(&self.writer);
        blocking(move || {
            let mut connection = writer.connection();
            let result = work(&mut connection).map_err(classify);
            // The work may have committed (or not): readers begin new snapshots either way.
            writer.commits.fetch_add(1, Ordering::Release);
            result
        })
        .await
    }

    /// Runs `work` on an idle reader connection (opening one if none is idle) and keeps the
    /// connection for the next read, up to `READERS` of them. The caller holds a reading turn.
    /// The work runs in the connection's open read transaction when that snapshot is recent
    /// enough ([`SNAPSHOT_REUSE`]) and no commit came since; else in a new one, left open.
    fn with_reader<T>(&self, work: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        let idle = self
            .readers
            .lock()
            .map_err(|_| StorageError::Internal("reader pool poisoned".into()))?
            .pop();
        let mut reader = match idle {
            Some(reader) => reader,
            None => Reader {
                connection: connect(&self.path)?,
                snapshot: None,
            },
        };
        let commits = self.writer.commits.load(Ordering::Acquire);
        if !self.serves(reader.snapshot.as_ref(), commits) {
            reader.end_snapshot();
        }
        if reader.snapshot.is_none() {
            // The snapshot itself begins at the first read, after `commits` was read: it holds
            // at least every commit counted there.
            statement(&reader.connection, "BEGIN").map_err(classify)?;
            reader.snapshot = Some(Snapshot {
                began: std::time::Instant::now(),
                commits,
            });
        }
        let result = work(&reader.connection).map_err(classify);
        if result.is_err() || reader.connection.is_autocommit() {
            reader.end_snapshot();
        }
        if let Ok(mut idle) = self.readers.lock()
            && idle.len() < READERS
        {
            idle.push(reader);
        }
        result
    }

    /// Whether a reader's open snapshot may serve a read now: it has not outlived its reuse
    /// and the writer has committed nothing since it began.
    fn serves(&self, snapshot: Option<&Snapshot>, commits: u64) -> bool {
        snapshot.is_some_and(|snapshot| {
            snapshot.commits == commits && snapshot.began.elapsed() <= self.snapshot_reuse
        })
    }

    /// Ends the snapshots of idle readers that could no longer serve a read, so that none
    /// keeps the checkpointer from copying the whole WAL (it calls this before each pass).
    pub(super) fn end_idle_snapshots(&self) {
        let commits = self.writer.commits.load(Ordering::Acquire);
        if let Ok(mut idle) = self.readers.lock() {
            for reader in idle.iter_mut() {
                if reader.snapshot.is_some() && !self.serves(reader.snapshot.as_ref(), commits) {
                    reader.end_snapshot();
                }
            }
        }
    }
}

impl Writer {
    /// The writer connection, taken back from a write that panicked while it held it (the
    /// lock poisoned, its transaction rolled back): one bug must not end every write to come.
    fn connection(&self) -> std::sync::MutexGuard<'_, Connection> {
        let connection = self.connection.lock().unwrap_or_else(|poisoned| {
            self.connection.clear_poison();
            poisoned.into_inner()
        });
        if !connection.is_autocommit() {
            let _ = statement(&connection, "ROLLBACK");
        }
        connection
    }

    /// The writer thread: waits for queued works, takes the connection, then every work
    /// queued by then, and commits them as one group; until the pool is dropped.
    fn run(&self) {
        // No lock here is left poisoned for good (see `connection`).
        loop {
            {
                let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
                while queue.is_empty() {
                    if self.closed.load(Ordering::Acquire) {
                        return;
                    }
                    queue = self
                        .ready
                        .wait(queue)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            }
            let connection = self.connection();
            let jobs =
                std::mem::take(&mut *self.queue.lock().unwrap_or_else(PoisonError::into_inner));
            // A work that panics (a bug) fails its group's callers (their answers are
            // dropped: "abandoned") and leaves the thread, the connection and the later
            // writes as they were; it does not end every write to come.
            let group =
                std::panic::AssertUnwindSafe(|| commit_group(&connection, jobs, &self.commits));
            if std::panic::catch_unwind(group).is_err() {
                tracing::error!("a grouped write panicked; its group was rolled back");
                if !connection.is_autocommit() {
                    let _ = statement(&connection, "ROLLBACK");
                }
                self.commits.fetch_add(1, Ordering::Release);
            }
        }
    }
}

impl Reader {
    /// Ends the read transaction the connection holds, if any.
    fn end_snapshot(&mut self) {
        self.snapshot = None;
        if !self.connection.is_autocommit() {
            let _ = statement(&self.connection, "ROLLBACK");
        }
    }
}

/// Queued work of [`Pool::grouped_write`]: run (maybe twice, see there), then told the
/// outcome of its commit.
pub(super) trait GroupJob: Send {
    /// When it was queued.
    fn queued(&self) -> std::time::Instant;
    /// Runs the work in the open transaction; `false` if it failed.
    fn run(&mut self, c: &Connection) -> bool;
    /// Answers the caller: the work's result, unless the commit failed.
    fn deliver(self: Box<Self>, commit: Option<StorageError>);
}

struct Queued<T, F> {
    work: F,
    result: Option<rusqlite::Result<T>>,
    sender: tokio::sync::oneshot::Sender<Result<T>>,
    queued: std::time::Instant,
}

impl<T, F> GroupJob for Queued<T, F>
where
    T: Send,
    F: Fn(&Connection) -> rusqlite::Result<T> + Send,
{
    fn queued(&self) -> std::time::Instant {
        self.queued
    }

    fn run(&mut self, c: &Connection) -> bool {
        let result = (self.work)(c);
        let ok = result.is_ok();
        self.result = Some(result);
        ok
    }

    fn deliver(self: Box<Self>, commit: Option<StorageError>) {
        let answer = match (self.result, commit) {
            (Some(Err(err)), _) => Err(classify(err)),
            (_, Some(err)) => Err(err),
            (Some(Ok(value)), None) => Ok(value),
            (None, None) => Err(StorageError::Internal("a grouped write did not run".into())),
        };
        let _ = self.sender.send(answer);
    }
}

/// Runs `jobs` in one transaction; if one fails (or the commit does), runs each alone.
fn commit_group(c: &Connection, jobs: Vec<Box<dyn GroupJob>>, commits: &AtomicU64) {
    static SIZE: telemetry::Cached<metrics::Histogram> = telemetry::Cached::histogram();
    static DURATION: telemetry::Cached<metrics::Histogram> = telemetry::Cached::histogram();
    let started = std::time::Instant::now();
    for job in &jobs {
        record_wait(Turn::Writer, started.duration_since(job.queued()));
    }
    SIZE.get(|| metrics::histogram!(telemetry::WRITE_GROUP_SIZE))
        .record(jobs.len() as f64);
    commit_jobs(c, jobs, commits);
    DURATION
        .get(|| metrics::histogram!(telemetry::COMMIT_DURATION))
        .record(started.elapsed().as_secs_f64());
}

/// A turn of the readers or the writer, its wait recorded as `db.client.connection.wait_time`
/// of the pool `readers` or `writer`.
async fn waited<T>(pool: Turn, turn: impl std::future::Future<Output = T>) -> T {
    let started = std::time::Instant::now();
    let turn = turn.await;
    record_wait(pool, started.elapsed());
    turn
}

/// Records a wait for a turn of `pool` (for the writer: from queued to its group's start).
fn record_wait(pool: Turn, waited: std::time::Duration) {
    static WAITS: [telemetry::Cached<metrics::Histogram>; 2] =
        [const { telemetry::Cached::histogram() }; 2];
    let name = match pool {
        Turn::Readers => "readers",
        Turn::Writer => "writer",
    };
    WAITS[pool as usize]
        .get(|| {
            metrics::histogram!(
                telemetry::CONNECTION_WAIT,
                "db_system" => "sqlite",
                "db_client_connection_pool_name" => name
            )
        })
        .record(waited.as_secs_f64());
}

/// Whose turn [`waited`] waits for.
#[derive(Clone, Copy)]
enum Turn {
    Readers = 0,
    Writer = 1,
}

fn commit_jobs(c: &Connection, mut jobs: Vec<Box<dyn GroupJob>>, commits: &AtomicU64) {
    if jobs.len() > 1 && run_in_transaction(c, &mut jobs, commits).is_ok_and(|ran| ran) {
        for job in jobs {
            job.deliver(None);
        }
        return;
    }
    for job in jobs {
        let mut one = [job];
        let commit = run_in_transaction(c, &mut one, commits).err();
        let [job] = one;
        job.deliver(commit);
    }
}

/// `Ok(true)`: every job ran and the transaction committed. `Ok(false)`: a job failed and the
/// transaction was rolled back. `Err`: the transaction could not begin or commit.
/// A commit is counted in `commits` before any job is answered.
fn run_in_transaction(
    c: &Connection,
    jobs: &mut [Box<dyn GroupJob>],
    commits: &AtomicU64,
) -> Result<bool> {
    statement(c, "BEGIN IMMEDIATE").map_err(classify)?;
    for job in jobs.iter_mut() {
        if !job.run(c) {
            let _ = statement(c, "ROLLBACK");
            return Ok(false);
        }
    }
    let committed = statement(c, "COMMIT");
    commits.fetch_add(1, Ordering::Release);
    if let Err(err) = committed {
        let _ = statement(c, "ROLLBACK");
        return Err(classify(err));
    }
    Ok(true)
}

/// Runs a transaction's control statement (`BEGIN`, `COMMIT`, `ROLLBACK`) prepared once per
/// connection, not parsed each time (about 800 instructions a parse under callgrind; a point
/// read that begins a snapshot pays a `BEGIN` and later a `ROLLBACK`).
fn statement(c: &Connection, sql: &str) -> rusqlite::Result<()> {
    c.prepare_cached(sql)?.execute([]).map(drop)
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|err| StorageError::Internal(format!("database task failed: {err}")))?
}
