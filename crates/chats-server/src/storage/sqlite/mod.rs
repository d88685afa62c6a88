//! The embedded backend: SQLite (bundled), WAL mode, `synchronous = NORMAL`.
//!
//! - [`pool`]: one writer connection and a few readers, taken in turns; the API's writes are
//!   committed in groups;
//! - [`schema`]: connections, migrations, and which failures are worth a retry;
//! - [`tx`]: the shared statements on a connection (placeholders, binding, columns);
//! - [`list`]: the list and details queries, search, and query plans;
//! - [`bulk`]: the bulk load.

mod bulk;
mod list;
mod pool;
mod schema;
mod tx;

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use chats_api::types::{Chat, ChatDetails};
use rusqlite::{OptionalExtension, types::Value};
use uuid::Uuid;

use self::{
    list::{CHAT_BY_ID, DETAILS_BY_ID, explain, list, list_query},
    pool::Pool,
    schema::classify,
    tx::SqliteTx,
};
use super::{
    ApiKeyInfo, ChatBatches, ChatFilter, ChatUpdate, CreateError, DetailsLookup, DetailsRead,
    ImportError, ImportSummary, NewChat, PlannedRead, Result, Storage, rows,
    writes::{self, Param, ready},
};
use crate::import::Directory;

/// The writer's page cache (64 MiB; a reader's is `schema::CACHE`).
const WRITER_CACHE_KIB: u32 = 64 * 1024;

/// How often the checkpointer looks at the WAL.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(200);

/// Starts the thread that checkpoints the WAL of the database at `path` (the writer does not:
/// `wal_autocheckpoint = 0`) every [`CHECKPOINT_EVERY`], for as long as `pool` lives.
///
/// Checkpoints are `PASSIVE`: they copy what no reader still needs and never wait for, or
/// block, a reader or the writer; the writer restarts the WAL from its start once all of it
/// is copied, so it stays about as large as the writes of one interval. What a checkpoint
/// costs (the copy, and the database file's sync under `synchronous = NORMAL`) is this
/// thread's, not a request's. Durability is unchanged: a commit is in the WAL before it is
/// acknowledged, as before; the database file only receives it later, as before.
fn checkpoints(
    path: &Path,
    pool: std::sync::Weak<Pool>,
    done: Arc<std::sync::atomic::AtomicU64>,
) -> Result<()> {
    let connection = schema::connect(path)?;
    std::thread::Builder::new()
        .name("chats-checkpoint".into())
        .spawn(move || {
            loop {
                std::thread::sleep(CHECKPOINT_EVERY);
                match pool.upgrade() {
                    Some(pool) => pool.end_idle_snapshots(),
                    None => break,
                }
                match connection.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                    Ok(()) => {
                        done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    Err(err) => tracing::warn!(error = %err, "WAL checkpoint failed"),
                }
            }
        })
        .map_err(|err| {
            crate::storage::StorageError::Internal(format!("starting the checkpointer: {err}"))
        })?;
    Ok(())
}

/// A SQLite database.
#[derive(Clone)]
pub struct Sqlite {
    pool: Arc<Pool>,
    /// The write-ahead log's file, whose size a metrics scrape reads.
    wal: Arc<PathBuf>,
    /// The checkpoints run so far (a scrape reads it: counted before metrics were on too).
    checkpoints: Arc<std::sync::atomic::AtomicU64>,
    /// Told of each workspace whose chat events committed (`Storage::on_events`): this
    /// process is the database's only writer, so it tells its listeners itself.
    events: Arc<super::EventHooks>,
}

impl Sqlite {
    /// Opens (creating it if needed) the database at `path` and applies pending migrations.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_reusing(path, pool::SNAPSHOT_REUSE)
    }

    /// [`Sqlite::open`], with a reader's snapshot serving reads for `snapshot_reuse` (tests
    /// lengthen it to see what it changes).
    fn open_reusing(path: &Path, snapshot_reuse: std::time::Duration) -> Result<Self> {
        let writer = schema::connect(path)?;
        schema::migrate(&writer)?;
        // Statistics for tables that have none or whose size changed tenfold since: what
        // SQLite recommends running when a long-lived connection opens.
        writer
            .execute_batch("PRAGMA optimize = 0x10002")
            .map_err(classify)?;
        // The writer touches every index at random places: a larger cache than the readers'.
        // Its commits never checkpoint: a thread of its own does (`checkpoints`), so that no
        // write waits behind copying the WAL into the database and syncing it.
        writer
            .execute_batch(&format!(
                "PRAGMA cache_size = -{WRITER_CACHE_KIB}; PRAGMA wal_autocheckpoint = 0;"
            ))
            .map_err(classify)?;
        let pool = Pool::new(path.to_owned(), writer, snapshot_reuse)?;
        let done = Arc::default();
        checkpoints(path, Arc::downgrade(&pool), Arc::clone(&done))?;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        Ok(Self {
            pool,
            wal: Arc::new(PathBuf::from(wal)),
            checkpoints: done,
            events: Arc::default(),
        })
    }

    /// Tells the listeners that `workspace` has new chat events (after their commit).
    fn announce(&self, workspace: Uuid) {
        self.events.call(workspace);
    }

    /// The path of a `sqlite://PATH` (or `sqlite:PATH`) URL.
    pub fn path_of_url(url: &str) -> Option<PathBuf> {
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))?;
        (!rest.is_empty()).then(|| PathBuf::from(rest))
    }

    /// Checks the file at `path` as far as SQLite can: `PRAGMA integrity_check` (pages,
    /// indexes, constraints) and the title search index against the titles it indexes
    /// (FTS5's `integrity-check`). Every problem found; none when the file is sound. It opens
    /// a connection of its own and changes nothing: for crash tests and operators, with the
    /// service stopped or running.
    pub fn check_integrity(path: &Path) -> Result<Vec<String>> {
        let c = rusqlite::Connection::open(path).map_err(classify)?;
        let mut problems: Vec<String> = c
            .prepare("PRAGMA integrity_check")
            .and_then(|mut statement| {
                statement
                    .query_map([], |row| row.get::<_, String>(0))?
                    .collect()
            })
            .map_err(classify)?;
        problems.retain(|line| line != "ok");
        if let Err(err) = c.execute_batch(
            "INSERT INTO chats_title_search(chats_title_search) VALUES ('integrity-check')",
        ) {
            problems.push(format!("title search index: {err}"));
        }
        Ok(problems)
    }

    /// Caps the database at `pages` pages (`None`: SQLite's default, no practical cap). A write
    /// that would grow the file past it fails as a full disk would (`SQLITE_FULL`, answered
    /// 503), which lets the full-disk behaviour be tested without privileges.
    pub async fn set_max_pages(&self, pages: Option<i64>) -> Result<i64> {
        self.pool
            .write(move |c| {
                let pages = pages.unwrap_or(0xFFFF_FFFE);
                c.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |row| {
                    row.get(0)
                })
            })
            .await
    }

    /// The number of pages the database has now.
    pub async fn page_count(&self) -> Result<i64> {
        self.pool
            .read(|c| c.query_row("PRAGMA page_count", [], |row| row.get(0)))
            .await
    }

    /// The query plan (`EXPLAIN QUERY PLAN` detail lines) of a read as this backend runs it,
    /// for the guards that fail on a full scan of chats.
    pub async fn explain(&self, workspace: Uuid, read: PlannedRead) -> Result<Vec<String>> {
        self.pool
            .read(move |c| match read {
                PlannedRead::List { filter, details } => {
                    let (sql, values) = list_query(c, workspace, &filter, details)?;
                    explain(c, &sql, values)
                }
                PlannedRead::Point { id, details } => {
                    let (workspace, id) = (id_value(workspace), id_value(id));
                    match details {
                        true => explain(c, &DETAILS_BY_ID, vec![Value::Null, workspace, id]),
                        false => explain(c, &CHAT_BY_ID, vec![workspace, id]),
                    }
                }
            })
            .await
    }
}

fn id_value(id: Uuid) -> Value {
    Value::Blob(id.as_bytes().to_vec())
}

impl Storage for Sqlite {
    fn observe(&self) {
        let bytes = std::fs::metadata(&*self.wal).map_or(0, |metadata| metadata.len());
        metrics::gauge!(crate::telemetry::WAL_BYTES).set(bytes as f64);
        metrics::counter!(crate::telemetry::CHECKPOINTS)
            .absolute(self.checkpoints.load(std::sync::atomic::Ordering::Relaxed));
    }

    async fn ping(&self) -> Result<()> {
        self.pool
            .read(|c| c.query_row("SELECT 1", [], |_| Ok(())))
            .await
    }

    async fn workspace_for_key(&self, key_hash: [u8; 32]) -> Result<Option<Uuid>> {
        self.pool
            .point_read(move |c| {
                c.prepare_cached(
                    "SELECT workspace_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
                )?
                .query_row([&key_hash[..]], |row| row.get(0))
                .optional()
            })
            .await
    }

    async fn create_chat(&self, workspace: Uuid, chat: NewChat) -> Result<Chat, CreateError> {
        let created = self
            .pool
            .grouped_write(move |c| {
                ready(writes::create_chat(
                    &mut SqliteTx(c),
                    workspace,
                    chat.clone(),
                ))
            })
            .await??;
        self.announce(workspace);
        Ok(created)
    }

    async fn get_chat(&self, workspace: Uuid, id: Uuid) -> Result<Option<Chat>> {
        self.pool
            .point_read(move |c| {
                c.prepare_cached(&CHAT_BY_ID)?
                    .query_row([Param::from(workspace), Param::from(id)], |row| {
                        rows::chat(row)
                    })
                    .optional()
            })
            .await
    }

    async fn get_chat_details(&self, workspace: Uuid, read: DetailsRead) -> Result<DetailsLookup> {
        let DetailsRead {
            id,
            responder_version_id: version,
        } = read;
        let found = self
            .pool
            .point_read(move |c| {
                c.prepare_cached(&DETAILS_BY_ID)?
                    .query_row([Param::Uuid(version), workspace.into(), id.into()], |row| {
                        rows::details(row)
                    })
                    .optional()
            })
            .await?;
        Ok(writes::judge_details(found, version))
    }

    async fn list_chats(&self, workspace: Uuid, filter: ChatFilter) -> Result<Vec<Chat>> {
        self.pool
            .read(move |c| list(c, workspace, &filter, false, |row| rows::chat(row)))
            .await
    }

    async fn list_chat_details(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
    ) -> Result<Vec<ChatDetails>> {
        self.pool
            .read(move |c| list(c, workspace, &filter, true, |row| rows::details(row)))
            .await
    }

    async fn update_chat(&self, workspace: Uuid, update: ChatUpdate) -> Result<Option<Chat>> {
        let write = move |c: &rusqlite::Connection| {
            ready(writes::update_chat(&mut SqliteTx(c), workspace, &update))
        };
        let updated = self.pool.grouped_write(write).await?;
        if updated.is_some() {
            self.announce(workspace);
        }
        Ok(updated)
    }

    async fn remove_chat(&self, workspace: Uuid, id: Uuid) -> Result<bool> {
        let removed = self
            .pool
            .grouped_write(move |c| ready(writes::remove_chat(&mut SqliteTx(c), workspace, id)))
            .await?;
        if removed {
            self.announce(workspace);
        }
        Ok(removed)
    }

    async fn create_workspace(&self, name: String) -> Result<Uuid> {
        self.pool
            .write(move |c| ready(writes::create_workspace(&mut SqliteTx(c), &name)))
            .await
    }

    async fn workspace_exists(&self, workspace: Uuid) -> Result<bool> {
        self.pool
            .read(move |c| ready(writes::workspace_exists(&mut SqliteTx(c), workspace)))
            .await
    }

    async fn is_empty(&self) -> Result<bool> {
        self.pool
            .read(|c| ready(writes::is_empty(&mut SqliteTx(c))))
            .await
    }

    async fn create_api_key(&self, workspace: Uuid, name: String, hash: [u8; 32]) -> Result<Uuid> {
        let create = move |c: &mut rusqlite::Connection| {
            ready(writes::create_api_key(
                &mut SqliteTx(c),
                workspace,
                &name,
                &hash,
            ))
        };
        self.pool.write(create).await
    }

    async fn list_api_keys(&self, workspace: Uuid) -> Result<Vec<ApiKeyInfo>> {
        self.pool
            .read(move |c| ready(writes::list_api_keys(&mut SqliteTx(c), workspace)))
            .await
    }

    async fn revoke_api_key(&self, key_id: Uuid) -> Result<bool> {
        self.pool
            .write(move |c| ready(writes::revoke_api_key(&mut SqliteTx(c), key_id)))
            .await
    }

    async fn import(
        &self,
        workspace: Uuid,
        directory: Directory,
    ) -> Result<ImportSummary, ImportError> {
        let imported = self
            .pool
            .write(move |c| {
                let tx = c.transaction()?;
                let outcome = ready(writes::import(&mut SqliteTx(&tx), workspace, &directory))?;
                if outcome.is_ok() {
                    tx.commit()?;
                }
                Ok(outcome)
            })
            .await??;
        Ok(imported)
    }

    async fn bulk_insert_chats(&self, workspace: Uuid, mut batches: ChatBatches) -> Result<()> {
        self.pool
            .write(move |c| bulk::load(c, workspace, &mut batches))
            .await
    }

    async fn event_position(&self, workspace: Uuid) -> Result<super::EventPosition> {
        self.pool
            .point_read(move |c| ready(writes::events::position(&mut SqliteTx(c), workspace)))
            .await
    }

    async fn read_events(
        &self,
        workspace: Uuid,
        after: i64,
        until: i64,
        limit: i64,
    ) -> Result<Vec<super::StoredEvent>> {
        self.pool
            .point_read(move |c| {
                ready(writes::events::read(
                    &mut SqliteTx(c),
                    workspace,
                    after,
                    until,
                    limit,
                ))
            })
            .await
    }

    async fn prune_events(&self, cutoff: chrono::DateTime<chrono::Utc>) -> Result<u64> {
        self.pool
            .write(move |c| ready(writes::events::prune(&mut SqliteTx(c), cutoff)))
            .await
    }

    fn on_events(&self, hook: super::EventHook) {
        self.events.add(hook);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use rusqlite::params;

    use super::*;

    /// Three writes queued behind a held writer form one group; the failing one makes the
    /// group re-run each alone, so the other two still commit and the failure is its own.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failed_write_in_a_group_fails_alone() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Sqlite::open(&dir.path().join("chats.db")).unwrap();
        // The writer connection, held by a thread of the test's until `release` says.
        let (release, released) = std::sync::mpsc::channel::<()>();
        let (locked, is_locked) = std::sync::mpsc::channel::<()>();
        let pool = Arc::clone(&storage.pool);
        let holder = std::thread::spawn(move || {
            let _held = pool.writer.connection.lock().unwrap();
            locked.send(()).unwrap();
            released.recv().unwrap();
        });
        is_locked.recv().unwrap();
        let insert = |name: &'static str| {
            let storage = storage.clone();
            tokio::spawn(async move {
                storage
                    .pool
                    .grouped_write(move |c| {
                        c.execute(
                            "INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, 0)",
                            params![Uuid::new_v4(), name],
                        )
                    })
                    .await
            })
        };
        let first = insert("first");
        let failing = {
            let storage = storage.clone();
            tokio::spawn(async move {
                storage
                    .pool
                    .grouped_write(|c| c.execute("INSERT INTO no_such_table VALUES (1)", []))
                    .await
            })
        };
        let last = insert("last");
        // Every job is queued before the writer is free.
        while storage.pool.writer.queue.lock().unwrap().len() < 3 {
            tokio::task::yield_now().await;
        }
        release.send(()).unwrap();
        holder.join().unwrap();
        assert_eq!(first.await.unwrap().unwrap(), 1);
        assert!(failing.await.unwrap().is_err());
        assert_eq!(last.await.unwrap().unwrap(), 1);
        let names: Vec<String> = storage
            .pool
            .read(|c| {
                c.prepare("SELECT name FROM workspaces ORDER BY name")?
                    .query_map([], |row| row.get(0))?
                    .collect()
            })
            .await
            .unwrap();
        assert_eq!(names, ["first", "last"]);
    }

    /// The workspaces a point read counts (it opens, or reuses, a reader's snapshot).
    async fn workspaces(storage: &Sqlite) -> i64 {
        storage
            .pool
            .point_read(|c| c.query_row("SELECT count(*) FROM workspaces", [], |row| row.get(0)))
            .await
            .unwrap()
    }

    async fn add_workspace(storage: &Sqlite) {
        storage
            .pool
            .grouped_write(|c| {
                c.execute(
                    "INSERT INTO workspaces (id, name, created_at) VALUES (?, 'w', 0)",
                    params![Uuid::new_v4()],
                )
            })
            .await
            .unwrap();
    }

    /// A reader keeps its snapshot between reads, but never past a commit of the writer:
    /// a read after a write's answer sees the write, however long snapshots may serve.
    #[tokio::test]
    async fn a_read_after_a_write_was_answered_sees_it_though_a_snapshot_was_open() {
        let dir = tempfile::tempdir().unwrap();
        let storage =
            Sqlite::open_reusing(&dir.path().join("chats.db"), Duration::from_secs(600)).unwrap();
        let before = workspaces(&storage).await;
        add_workspace(&storage).await;
        assert_eq!(workspaces(&storage).await, before + 1);
        let listed: i64 = storage
            .pool
            .read(|c| c.query_row("SELECT count(*) FROM workspaces", [], |row| row.get(0)))
            .await
            .unwrap();
        assert_eq!(listed, before + 1);
    }

    /// Another process's commit (the command line's import) does not end a reader's
    /// snapshot: it is seen once the snapshot's reuse is over, not before.
    #[tokio::test]
    async fn another_process_s_commit_is_seen_once_the_snapshot_s_reuse_is_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chats.db");
        let reuse = Duration::from_millis(300);
        let storage = Sqlite::open_reusing(&path, reuse).unwrap();
        let began = std::time::Instant::now();
        let before = workspaces(&storage).await;
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute(
                "INSERT INTO workspaces (id, name, created_at) VALUES (?, 'other', 0)",
                params![Uuid::new_v4()],
            )
            .unwrap();
        let soon = workspaces(&storage).await;
        // The snapshot really is reused (what this is for), unless the test ran late.
        if began.elapsed() < reuse {
            assert_eq!(soon, before);
        }
        tokio::time::sleep(reuse + Duration::from_millis(10)).await;
        assert_eq!(workspaces(&storage).await, before + 1);
    }

    /// Idle readers' snapshots older than the writer's last commit are ended before each
    /// checkpoint pass, so the pass can copy the whole WAL into the database.
    #[tokio::test]
    async fn idle_snapshots_behind_a_commit_end_so_a_checkpoint_copies_the_whole_wal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chats.db");
        let storage = Sqlite::open_reusing(&path, Duration::from_secs(600)).unwrap();
        workspaces(&storage).await;
        add_workspace(&storage).await;
        storage.pool.end_idle_snapshots();
        let (log, copied): (i64, i64) = rusqlite::Connection::open(&path)
            .unwrap()
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
                Ok((row.get(1)?, row.get(2)?))
            })
            .unwrap();
        assert_eq!(copied, log, "frames copied of the WAL's");
    }

    /// A write that panics (a bug) fails alone: its caller gets an error, the writer thread
    /// lives on, and the next write commits.
    #[tokio::test]
    async fn a_panicking_write_fails_its_caller_and_the_writer_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Sqlite::open(&dir.path().join("chats.db")).unwrap();
        let before = workspaces(&storage).await;
        let panicked = storage.pool.grouped_write(half_a_write_then_a_panic).await;
        assert!(panicked.is_err());
        writes_go_on_without_the_half_write(&storage, before).await;
    }

    /// An administration write that panics while it holds the writer connection (inside
    /// its transaction) leaves it poisoned; the writer thread takes it back, rolls the
    /// transaction back, and the API's writes go on.
    #[tokio::test]
    async fn a_panicking_administration_write_does_not_stop_the_api_s_writes() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Sqlite::open(&dir.path().join("chats.db")).unwrap();
        let before = workspaces(&storage).await;
        let panicked = storage
            .pool
            .write(|c| {
                c.execute_batch("BEGIN")?;
                half_a_write_then_a_panic(c)
            })
            .await;
        assert!(panicked.is_err());
        writes_go_on_without_the_half_write(&storage, before).await;
    }

    /// A write with a bug: it inserts a workspace, then panics.
    fn half_a_write_then_a_panic(c: &rusqlite::Connection) -> rusqlite::Result<()> {
        c.execute(
            "INSERT INTO workspaces (id, name, created_at) VALUES (?, 'half', 0)",
            params![Uuid::new_v4()],
        )?;
        panic!("a bug in a write")
    }

    /// The next API write commits (within 10 s), and the half write of the panic is gone.
    async fn writes_go_on_without_the_half_write(storage: &Sqlite, before: i64) {
        tokio::time::timeout(Duration::from_secs(10), add_workspace(storage))
            .await
            .expect("the writer answers after a panic");
        assert_eq!(
            workspaces(storage).await,
            before + 1,
            "the half write is gone"
        );
    }

    /// The threads of this process named `name` (nextest runs each test in a process).
    fn threads_named(name: &str) -> usize {
        std::fs::read_dir("/proc/self/task")
            .unwrap()
            .filter(|task| {
                std::fs::read_to_string(task.as_ref().unwrap().path().join("comm"))
                    .is_ok_and(|comm| comm.trim() == name)
            })
            .count()
    }

    /// The writer thread lives as long as the storage: dropping it ends the thread (and
    /// closes the writer connection), so opening databases again and again leaks nothing.
    #[tokio::test]
    async fn the_writer_thread_ends_with_the_storage() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Sqlite::open(&dir.path().join("chats.db")).unwrap();
        add_workspace(&storage).await;
        assert_eq!(threads_named("chats-writer"), 1);
        drop(storage);
        for _ in 0..100 {
            if threads_named("chats-writer") == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the writer thread outlived its storage");
    }

    #[test]
    fn urls_name_paths() {
        assert_eq!(
            Sqlite::path_of_url("sqlite://chats.db"),
            Some(PathBuf::from("chats.db"))
        );
        assert_eq!(
            Sqlite::path_of_url("sqlite:///tmp/x.db"),
            Some(PathBuf::from("/tmp/x.db"))
        );
        assert_eq!(Sqlite::path_of_url("postgres://x"), None);
    }
}
