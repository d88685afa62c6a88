//! The embedded backend: SQLite (bundled), WAL mode, `synchronous = NORMAL`.
//!
//! One writer connection (SQLite has one writer at a time anyway, so writes queue here
//! instead of failing with `SQLITE_BUSY`) and a small pool of reader connections. Each
//! operation is one trip to a blocking thread that runs one statement or one transaction.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
};

use chats_api::types::{Chat, ChatDetails, MessageRole, ResponderEntity, TicketStatus};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter, types::Value};
use uuid::Uuid;

use super::{
    ApiKeyInfo, ChatFilter, ChatUpdate, DemoBatches, DetailsLookup, ImportSummary, NewChat, Result,
    Storage, StorageError, UnknownReference, now,
};
use crate::import::Directory;

/// Migrations, in order; each runs once, in a transaction, recorded in `schema_migrations`.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../../migrations/sqlite/0001_init.sql")),
    (
        2,
        include_str!("../../migrations/sqlite/0002_last_message_covering.sql"),
    ),
];

/// The most reads run at once, each on a reader connection of its own; more wait their turn
/// (without a thread). Past the cores, more readers only add connections, memory and
/// contention: measured in BENCHMARKS.md, where 64 connections at once opened and dropped
/// reader connections and halved the throughput.
const READERS: usize = 8;

/// Each connection's page cache (16 MiB) in normal service.
const CACHE: &str = "PRAGMA cache_size = -16000;";
/// The writer during a bulk load: a 512 MiB page cache, and statement journals in memory
/// (both given back when the load ends).
const BULK_LOAD: &str = "PRAGMA cache_size = -512000; PRAGMA temp_store = MEMORY;";

/// A SQLite database.
#[derive(Clone)]
pub struct Sqlite {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    /// Turns for reads (`READERS`) and for the writer (one), taken before a blocking thread.
    reading: tokio::sync::Semaphore,
    writing: tokio::sync::Semaphore,
    /// Writes waiting to be committed together (see `grouped_write`).
    queue: Mutex<Vec<Box<dyn GroupJob>>>,
}

impl Sqlite {
    /// Opens (creating it if needed) the database at `path` and applies pending migrations.
    pub fn open(path: &Path) -> Result<Self> {
        let writer = connect(path)?;
        migrate(&writer)?;
        // Statistics for tables that have none or whose size changed tenfold since: what
        // SQLite recommends running when a long-lived connection opens.
        writer
            .execute_batch("PRAGMA optimize = 0x10002")
            .map_err(classify)?;
        Ok(Self {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                writer: Mutex::new(writer),
                readers: Mutex::new(Vec::new()),
                reading: tokio::sync::Semaphore::new(READERS),
                writing: tokio::sync::Semaphore::new(1),
                queue: Mutex::new(Vec::new()),
            }),
        })
    }

    /// The path of a `sqlite://PATH` (or `sqlite:PATH`) URL.
    pub fn path_of_url(url: &str) -> Option<PathBuf> {
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))?;
        (!rest.is_empty()).then(|| PathBuf::from(rest))
    }

    async fn read<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let _turn = self.inner.reading.acquire().await;
        let inner = self.inner.clone();
        blocking(move || inner.with_reader(work)).await
    }

    /// A read by key (an API key, a chat): a handful of index lookups, tens of microseconds
    /// when the pages are cached. It runs on the calling task's thread: handing it to a blocking
    /// thread and back cost more than the query (futex wake-ups and context switches were most
    /// of a point read's time in the profile in BENCHMARKS.md). Lists and writes, which can take
    /// milliseconds, still go to a blocking thread.
    async fn point_read<T, F>(&self, work: F) -> Result<T>
    where
        F: FnOnce(&Connection) -> rusqlite::Result<T>,
    {
        let _turn = self.inner.reading.acquire().await;
        self.inner.with_reader(work)
    }

    /// A write of the API (create, update, remove a chat), committed with the others waiting
    /// at the same moment. Each caller queues its work and waits for the writer; whoever gets
    /// the writer runs every queued work in one transaction and commits once, then hands each
    /// caller its result. If any work fails, the group is rolled back and each work is run
    /// again in a transaction of its own, so one failure never touches another's write. An
    /// answer still comes only after the commit that made it durable; what the group shares
    /// is the commit's cost (WAL frames, the title index's flush, checkpoints), most of a
    /// single write's time in the profile in BENCHMARKS.md. (Savepoints per work would isolate
    /// failures without the rerun, but FTS5 flushes its index at every savepoint's release,
    /// which is the cost the group is there to share.)
    async fn grouped_write<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: Fn(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let (sender, receiver) = tokio::sync::oneshot::channel::<Result<T>>();
        let job: Box<dyn GroupJob> = Box::new(Queued {
            work,
            result: None,
            sender,
        });
        self.inner
            .queue
            .lock()
            .map_err(|_| StorageError::Internal("write queue poisoned".into()))?
            .push(job);
        {
            let _turn = self.inner.writing.acquire().await;
            let jobs = std::mem::take(
                &mut *self
                    .inner
                    .queue
                    .lock()
                    .map_err(|_| StorageError::Internal("write queue poisoned".into()))?,
            );
            // Empty: an earlier caller's group took this work and has committed it.
            if !jobs.is_empty() {
                let inner = self.inner.clone();
                blocking(move || {
                    let connection = inner
                        .writer
                        .lock()
                        .map_err(|_| StorageError::Internal("writer poisoned".into()))?;
                    commit_group(&connection, jobs);
                    Ok(())
                })
                .await?;
            }
        }
        receiver
            .await
            .map_err(|_| StorageError::Internal("a grouped write was abandoned".into()))?
    }

    async fn write<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let _turn = self.inner.writing.acquire().await;
        let inner = self.inner.clone();
        blocking(move || {
            let mut connection = inner
                .writer
                .lock()
                .map_err(|_| StorageError::Internal("writer poisoned".into()))?;
            work(&mut connection).map_err(classify)
        })
        .await
    }
}

impl Inner {
    /// Runs `work` on an idle reader connection (opening one if none is idle) and keeps the
    /// connection for the next read, up to `READERS` of them. The caller holds a reading turn.
    fn with_reader<T>(&self, work: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        let idle = self
            .readers
            .lock()
            .map_err(|_| StorageError::Internal("reader pool poisoned".into()))?
            .pop();
        let connection = match idle {
            Some(connection) => connection,
            None => connect(&self.path)?,
        };
        let result = work(&connection).map_err(classify);
        if let Ok(mut idle) = self.readers.lock()
            && idle.len() < READERS
        {
            idle.push(connection);
        }
        result
    }
}

/// Queued work of [`Sqlite::grouped_write`]: run (maybe twice, see there), then told the
/// outcome of its commit.
trait GroupJob: Send {
    /// Runs the work in the open transaction; `false` if it failed.
    fn run(&mut self, c: &Connection) -> bool;
    /// Answers the caller: the work's result, unless the commit failed.
    fn deliver(self: Box<Self>, commit: Option<StorageError>);
}

struct Queued<T, F> {
    work: F,
    result: Option<rusqlite::Result<T>>,
    sender: tokio::sync::oneshot::Sender<Result<T>>,
}

impl<T, F> GroupJob for Queued<T, F>
where
    T: Send,
    F: Fn(&Connection) -> rusqlite::Result<T> + Send,
{
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
fn commit_group(c: &Connection, mut jobs: Vec<Box<dyn GroupJob>>) {
    if jobs.len() > 1 && run_in_transaction(c, &mut jobs).is_ok_and(|ran| ran) {
        for job in jobs {
            job.deliver(None);
        }
        return;
    }
    for job in jobs {
        let mut one = [job];
        let commit = run_in_transaction(c, &mut one).err();
        let [job] = one;
        job.deliver(commit);
    }
}

/// `Ok(true)`: every job ran and the transaction committed. `Ok(false)`: a job failed and the
/// transaction was rolled back. `Err`: the transaction could not begin or commit.
fn run_in_transaction(c: &Connection, jobs: &mut [Box<dyn GroupJob>]) -> Result<bool> {
    c.execute_batch("BEGIN IMMEDIATE").map_err(classify)?;
    for job in jobs.iter_mut() {
        if !job.run(c) {
            let _ = c.execute_batch("ROLLBACK");
            return Ok(false);
        }
    }
    if let Err(err) = c.execute_batch("COMMIT") {
        let _ = c.execute_batch("ROLLBACK");
        return Err(classify(err));
    }
    Ok(true)
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|err| StorageError::Internal(format!("database task failed: {err}")))?
}

fn connect(path: &Path) -> Result<Connection> {
    let connection = Connection::open(path).map_err(classify)?;
    connection
        .execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA busy_timeout = 5000;
             PRAGMA foreign_keys = ON;",
        )
        .and_then(|()| connection.execute_batch(CACHE))
        .and_then(|()| register_functions(&connection))
        .map_err(classify)?;
    // Lists build their SQL from the filters given: keep the common shapes prepared.
    connection.set_prepared_statement_cache_capacity(64);
    // One plan per statement whatever its bound values: without this, the statistics of
    // ANALYZE (STAT4 samples) make SQLite re-plan a statement every time it runs with new
    // values, and a details read spent half its time in the parser (BENCHMARKS.md).
    connection
        .set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )
        .map_err(classify)?;
    Ok(connection)
}

fn migrate(connection: &Connection) -> Result<()> {
    connection
        .execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                applied_at INTEGER NOT NULL
            )",
        )
        .map_err(classify)?;
    for (version, sql) in MIGRATIONS {
        let applied: bool = connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?)",
                [version],
                |row| row.get(0),
            )
            .map_err(classify)?;
        if applied {
            continue;
        }
        // BEGIN IMMEDIATE: two processes migrating at once take turns.
        connection
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(classify)?;
        let result = connection.execute_batch(sql).and_then(|()| {
            connection.execute(
                "INSERT OR IGNORE INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                params![version, micros(now())],
            )
        });
        match result {
            Ok(_) => connection.execute_batch("COMMIT").map_err(classify)?,
            Err(err) => {
                let _ = connection.execute_batch("ROLLBACK");
                // Another process may have applied it between our check and our BEGIN.
                let applied: bool = connection
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?)",
                        [version],
                        |row| row.get(0),
                    )
                    .map_err(classify)?;
                if !applied {
                    return Err(classify(err));
                }
            }
        }
    }
    Ok(())
}

/// Which failures are worth a retry (503) and which are not (500).
fn classify(err: rusqlite::Error) -> StorageError {
    use rusqlite::ErrorCode;
    match err.sqlite_error_code() {
        Some(
            ErrorCode::DatabaseBusy
            | ErrorCode::DatabaseLocked
            | ErrorCode::DiskFull
            | ErrorCode::ReadOnly
            | ErrorCode::CannotOpen
            | ErrorCode::SystemIoFailure
            | ErrorCode::OutOfMemory,
        ) => StorageError::Unavailable(err.to_string()),
        _ => StorageError::Internal(err.to_string()),
    }
}

fn micros(at: DateTime<Utc>) -> i64 {
    at.timestamp_micros()
}

fn from_micros(value: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(value).unwrap_or_default()
}

fn blob(id: Uuid) -> Value {
    Value::Blob(id.as_bytes().to_vec())
}

const CHAT_COLUMNS: &str = "c.id, c.channel_id, c.current_responder_id, c.last_chat_message_created_at, \
     c.owner_id, c.responder_id, c.title, c.is_removed, c.created_at, c.updated_at, c.workspace_id";
/// The same columns, unqualified (a `RETURNING` clause takes no table names).
const CHAT_COLUMNS_RETURNED: &str = "id, channel_id, current_responder_id, last_chat_message_created_at, \
     owner_id, responder_id, title, is_removed, created_at, updated_at, workspace_id";

fn chat_from_row(row: &Row<'_>) -> rusqlite::Result<Chat> {
    Ok(Chat {
        id: row.get(0)?,
        channel_id: row.get(1)?,
        current_responder_id: row.get(2)?,
        last_chat_message_created_at: row.get::<_, Option<i64>>(3)?.map(from_micros),
        owner_id: row.get(4)?,
        responder_id: row.get(5)?,
        title: row.get(6)?,
        is_removed: row.get(7)?,
        created_at: from_micros(row.get(8)?),
        updated_at: from_micros(row.get(9)?),
        workspace_id: row.get(10)?,
    })
}

/// The details of chats: every join is by primary key or a covering index.
const DETAILS_SELECT: &str = "SELECT
    c.id, c.channel_id, c.created_at, c.is_removed, c.owner_id, c.responder_id, c.title,
    c.workspace_id,
    ch.name, ch.type,
    u.name, u.email, eu.name, eu.identifier, eu.is_blocked,
    a.name, a.picture, s.name, s.picture,
    v.id, v.number,
    m1.content, m1.created_at, m1.role,
    m2.content, m2.created_at, m2.role,
    t.id, t.status
FROM chats c
LEFT JOIN channels ch ON ch.workspace_id = c.workspace_id AND ch.id = c.channel_id
LEFT JOIN users u ON u.workspace_id = c.workspace_id AND u.id = c.owner_id
LEFT JOIN external_users eu ON eu.workspace_id = c.workspace_id AND eu.id = c.owner_id
LEFT JOIN agents a ON a.workspace_id = c.workspace_id AND a.id = c.responder_id
LEFT JOIN squads s ON s.workspace_id = c.workspace_id AND s.id = c.responder_id
LEFT JOIN agent_versions v ON v.workspace_id = c.workspace_id
    AND v.id = COALESCE(?1, c.current_responder_id) AND v.agent_id = c.responder_id
LEFT JOIN messages m1 ON m1.workspace_id = c.workspace_id AND m1.id = (
    SELECT id FROM messages WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1)
LEFT JOIN messages m2 ON m2.workspace_id = c.workspace_id AND m2.id = (
    SELECT id FROM messages WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1)
LEFT JOIN tickets t ON t.seq = (
    SELECT seq FROM tickets WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY seq DESC LIMIT 1)";

fn details_from_row(row: &Row<'_>) -> rusqlite::Result<ChatDetails> {
    let agent_name: Option<String> = row.get(15)?;
    let (responder_entity, responder_name, responder_picture) = match agent_name {
        Some(name) => (ResponderEntity::Agent, name, row.get(16)?),
        None => (
            ResponderEntity::Squad,
            row.get::<_, Option<String>>(17)?.unwrap_or_default(),
            row.get(18)?,
        ),
    };
    let user_name: Option<String> = row.get(10)?;
    let external_name: Option<String> = row.get(12)?;
    let is_external = user_name.is_none() && external_name.is_some();
    Ok(ChatDetails {
        id: row.get(0)?,
        channel_id: row.get(1)?,
        created_at: from_micros(row.get(2)?),
        is_removed: row.get(3)?,
        owner_id: row.get(4)?,
        responder_id: row.get(5)?,
        title: row.get(6)?,
        workspace_id: row.get(7)?,
        channel_name: row.get(8)?,
        channel_type: row
            .get::<_, Option<String>>(9)?
            .and_then(|t| t.parse().ok()),
        owner_name: user_name.or(external_name),
        owner_email: row.get(11)?,
        owner_identifier: if is_external { row.get(13)? } else { None },
        is_owner_blocked: if is_external { row.get(14)? } else { None },
        responder_entity,
        responder_name,
        responder_picture,
        responder_version_id: row.get(19)?,
        responder_version_number: row.get(20)?,
        last_message_content: row.get(21)?,
        last_message_created_at: row.get::<_, Option<i64>>(22)?.map(from_micros),
        last_message_role: row
            .get::<_, Option<String>>(23)?
            .and_then(|r| r.parse::<MessageRole>().ok()),
        penultimate_message_content: row.get(24)?,
        penultimate_message_created_at: row.get::<_, Option<i64>>(25)?.map(from_micros),
        penultimate_message_role: row
            .get::<_, Option<String>>(26)?
            .and_then(|r| r.parse::<MessageRole>().ok()),
        ticket_id: row.get(27)?,
        ticket_status: row
            .get::<_, Option<String>>(28)?
            .and_then(|s| s.parse::<TicketStatus>().ok()),
    })
}

/// A search matching at most this many titles is answered from the title index's matches
/// (a row lookup each, then a sort); a commoner one by walking the list order's index and
/// testing each title, which reaches a page of matches after a few hundred rows.
const SEARCH_CANDIDATES: usize = 2_000;

/// How a list query applies `search`.
enum Search {
    None,
    /// The ids (`seq`) of every title that matches, as a JSON array.
    Candidates(String),
    /// Test each title with `contains_folded` (the needle already folded).
    Scan(String),
}

/// The folding of titles and needles for search: Unicode lowercase.
fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// `contains_folded(title, needle)`: whether `title` holds `needle` (already folded),
/// case-insensitively.
fn register_functions(connection: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    connection.create_scalar_function(
        "contains_folded",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let title = ctx
                .get_raw(0)
                .as_str_or_null()
                .map_err(|err| rusqlite::Error::UserFunctionError(Box::new(err)))?;
            let needle = ctx
                .get_raw(1)
                .as_str()
                .map_err(|err| rusqlite::Error::UserFunctionError(Box::new(err)))?;
            Ok(title.is_some_and(|title| fold(title).contains(needle)))
        },
    )
}

/// The SQL and values of one page of a list (details when `details`). The page is chosen
/// from an index alone where one covers the filter (`seq` of the page's rows, in order,
/// skipping `offset` index entries without reading the table), then only the page's rows
/// are read.
fn list_query(
    c: &Connection,
    workspace: Uuid,
    filter: &ChatFilter,
    details: bool,
) -> rusqlite::Result<(String, Vec<Value>)> {
    let search =
        match filter.search.as_deref() {
            None => Search::None,
            Some(needle) if needle.chars().count() >= 3 => {
                // The trigram index: a quoted phrase matches the text as a substring.
                let phrase = format!("\"{}\"", needle.replace('"', "\"\""));
                let candidates: Vec<i64> = c
                .prepare_cached(
                    "SELECT rowid FROM chats_title_search WHERE chats_title_search MATCH ? LIMIT ?",
                )?
                .query_map(params![phrase, SEARCH_CANDIDATES as i64 + 1], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
                if candidates.len() <= SEARCH_CANDIDATES {
                    Search::Candidates(serde_json::to_string(&candidates).unwrap_or_default())
                } else {
                    Search::Scan(fold(needle))
                }
            }
            // Too short for trigrams: test each title.
            Some(needle) => Search::Scan(fold(needle)),
        };
    let mut values = if details {
        vec![Value::Null]
    } else {
        Vec::new()
    };
    // With candidates, the rows are looked up by `seq` and nothing else.
    let from = if matches!(search, Search::Candidates(_)) {
        "chats c NOT INDEXED"
    } else {
        "chats c"
    };
    let mut sql = format!("SELECT c.seq FROM {from} WHERE c.workspace_id = ? AND c.is_removed = 0");
    values.push(blob(workspace));
    let any_of = |sql: &mut String, column: &str, ids: &[Uuid], values: &mut Vec<Value>| {
        if ids.is_empty() {
            return;
        }
        let marks = vec!["?"; ids.len()].join(", ");
        sql.push_str(&format!(" AND {column} IN ({marks})"));
        values.extend(ids.iter().copied().map(blob));
    };
    any_of(&mut sql, "c.channel_id", &filter.channel_ids, &mut values);
    any_of(&mut sql, "c.owner_id", &filter.owner_ids, &mut values);
    any_of(
        &mut sql,
        "c.responder_id",
        &filter.responder_ids,
        &mut values,
    );
    any_of(
        &mut sql,
        "c.current_responder_id",
        &filter.responder_version_ids,
        &mut values,
    );
    if let Some(types) = &filter.channel_types {
        let marks = vec!["?"; types.len().max(1)].join(", ");
        sql.push_str(&format!(" AND c.channel_type IN ({marks})"));
        if types.is_empty() {
            values.push(Value::Null);
        }
        values.extend(types.iter().map(|t| Value::Text(t.to_string())));
    }
    if let Some(from) = filter.last_message_from {
        sql.push_str(" AND c.last_chat_message_created_at >= ?");
        values.push(Value::Integer(micros(from)));
    }
    if let Some(to) = filter.last_message_to {
        sql.push_str(" AND c.last_chat_message_created_at <= ?");
        values.push(Value::Integer(micros(to)));
    }
    match search {
        Search::None => {}
        Search::Candidates(ids) => {
            sql.push_str(" AND c.seq IN (SELECT value FROM json_each(?))");
            values.push(Value::Text(ids));
        }
        Search::Scan(needle) => {
            sql.push_str(" AND contains_folded(c.title, ?)");
            values.push(Value::Text(needle));
        }
    }
    sql.push_str(" ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?");
    values.push(Value::Integer(
        i64::try_from(filter.page_size).unwrap_or(i64::MAX),
    ));
    values.push(Value::Integer(filter.offset().unwrap_or(i64::MAX)));
    const ORDER: &str = " ORDER BY c.created_at DESC, c.id DESC";
    let sql = if details {
        // `?1` is the responder version (none in lists); the rest are numbered after it.
        format!(
            "{DETAILS_SELECT} WHERE c.seq IN ({}){ORDER}",
            renumber(&sql, 2)
        )
    } else {
        format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.seq IN ({sql}){ORDER}")
    };
    Ok((sql, values))
}

/// Runs a list query. A search runs two statements (the probe and the page) in one read
/// transaction, so both see the same snapshot; a list without one is a single statement.
fn list<T>(
    c: &Connection,
    workspace: Uuid,
    filter: &ChatFilter,
    details: bool,
    row: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let tx = filter
        .search
        .is_some()
        .then(|| c.unchecked_transaction())
        .transpose()?;
    let (sql, values) = list_query(c, workspace, filter, details)?;
    let rows = c
        .prepare_cached(&sql)?
        .query_map(params_from_iter(values.iter()), row)?
        .collect::<rusqlite::Result<Vec<T>>>()?;
    if let Some(tx) = tx {
        tx.commit()?;
    }
    Ok(rows)
}

impl Storage for Sqlite {
    async fn ping(&self) -> Result<()> {
        self.read(|c| c.query_row("SELECT 1", [], |_| Ok(()))).await
    }

    async fn workspace_for_key(&self, key_hash: [u8; 32]) -> Result<Option<Uuid>> {
        self.point_read(move |c| {
            c.prepare_cached(
                "SELECT workspace_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
            )?
            .query_row([&key_hash[..]], |row| row.get(0))
            .optional()
        })
        .await
    }

    async fn create_chat(
        &self,
        workspace: Uuid,
        chat: NewChat,
    ) -> Result<std::result::Result<Chat, UnknownReference>> {
        self.grouped_write(move |tx| {
            let owner_known: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM users WHERE workspace_id = ?1 AND id = ?2)
                         OR EXISTS (SELECT 1 FROM external_users WHERE workspace_id = ?1 AND id = ?2)",
                )?
                .query_row(params![workspace, chat.owner_id], |row| row.get(0))?;
            if !owner_known {
                return Ok(Err(UnknownReference {
                    field: "ownerId",
                    message: "no user or external user of this workspace has this id".into(),
                }));
            }
            let (channel_type, responder): (Option<String>, Option<Uuid>) = match chat.channel_id {
                Some(channel) => {
                    let found: Option<(String, Uuid)> = tx
                        .prepare_cached(
                            "SELECT type, responder_id FROM channels WHERE workspace_id = ? AND id = ?",
                        )?
                        .query_row(params![workspace, channel], |row| Ok((row.get(0)?, row.get(1)?)))
                        .optional()?;
                    let Some((channel_type, responder)) = found else {
                        return Ok(Err(UnknownReference {
                            field: "channelId",
                            message: "no channel of this workspace has this id".into(),
                        }));
                    };
                    (Some(channel_type), Some(responder))
                }
                None => {
                    let responder: Option<Uuid> = tx
                        .prepare_cached("SELECT default_responder_id FROM workspaces WHERE id = ?")?
                        .query_row([workspace], |row| row.get(0))
                        .optional()?
                        .flatten();
                    (None, responder)
                }
            };
            let Some(responder) = responder else {
                return Ok(Err(UnknownReference {
                    field: "channelId",
                    message: "the workspace has no default responder: give a channel".into(),
                }));
            };
            let version: Option<Uuid> = tx
                .prepare_cached(
                    "SELECT id FROM agent_versions WHERE workspace_id = ? AND agent_id = ?
                     ORDER BY number DESC LIMIT 1",
                )?
                .query_row(params![workspace, responder], |row| row.get(0))
                .optional()?;
            let at = now();
            let created = Chat {
                id: Uuid::new_v4(),
                channel_id: chat.channel_id,
                current_responder_id: version,
                last_chat_message_created_at: None,
                owner_id: chat.owner_id,
                responder_id: responder,
                title: chat.title.clone(),
                is_removed: false,
                created_at: at,
                updated_at: at,
                workspace_id: workspace,
            };
            tx.prepare_cached(
                "INSERT INTO chats (workspace_id, id, channel_id, channel_type, owner_id, responder_id,
                     current_responder_id, title, is_removed, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            )?
            .execute(params![
                workspace,
                created.id,
                created.channel_id,
                channel_type,
                created.owner_id,
                created.responder_id,
                created.current_responder_id,
                created.title,
                micros(at),
                micros(at),
            ])?;
            Ok(Ok(created))
        })
        .await
    }

    async fn get_chat(&self, workspace: Uuid, id: Uuid) -> Result<Option<Chat>> {
        self.point_read(move |c| {
            c.prepare_cached(&format!(
                "SELECT {CHAT_COLUMNS} FROM chats c WHERE c.workspace_id = ? AND c.id = ?"
            ))?
            .query_row(params![workspace, id], chat_from_row)
            .optional()
        })
        .await
    }

    async fn get_chat_details(
        &self,
        workspace: Uuid,
        id: Uuid,
        responder_version_id: Option<Uuid>,
    ) -> Result<DetailsLookup> {
        self.point_read(move |c| {
            let details = c
                .prepare_cached(&format!(
                    "{DETAILS_SELECT} WHERE c.workspace_id = ?2 AND c.id = ?3"
                ))?
                .query_row(
                    params![responder_version_id, workspace, id],
                    details_from_row,
                )
                .optional()?;
            Ok(match details {
                None => DetailsLookup::NoChat,
                Some(details)
                    if responder_version_id.is_some() && details.responder_version_id.is_none() =>
                {
                    DetailsLookup::UnknownVersion
                }
                Some(details) => DetailsLookup::Found(Box::new(details)),
            })
        })
        .await
    }

    async fn list_chats(&self, workspace: Uuid, filter: ChatFilter) -> Result<Vec<Chat>> {
        self.read(move |c| list(c, workspace, &filter, false, chat_from_row))
            .await
    }

    async fn list_chat_details(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
    ) -> Result<Vec<ChatDetails>> {
        self.read(move |c| list(c, workspace, &filter, true, details_from_row))
            .await
    }

    async fn update_chat(
        &self,
        workspace: Uuid,
        id: Uuid,
        update: ChatUpdate,
    ) -> Result<Option<Chat>> {
        self.grouped_write(move |c| {
            let (keep_title, title) = match update.title.clone() {
                None => (true, None),
                Some(title) => (false, title),
            };
            let (keep_at, at) = match update.last_chat_message_created_at {
                None => (true, None),
                Some(at) => (false, at.map(micros)),
            };
            c.prepare_cached(&format!(
                "UPDATE chats SET
                     title = CASE WHEN ?1 THEN title ELSE ?2 END,
                     last_chat_message_created_at = CASE WHEN ?3 THEN last_chat_message_created_at ELSE ?4 END,
                     updated_at = ?5
                 WHERE workspace_id = ?6 AND id = ?7 AND is_removed = 0
                 RETURNING {CHAT_COLUMNS_RETURNED}"
            ))?
            .query_row(
                params![keep_title, title, keep_at, at, micros(now()), workspace, id],
                chat_from_row,
            )
            .optional()
        })
        .await
    }

    async fn remove_chat(&self, workspace: Uuid, id: Uuid) -> Result<bool> {
        self.grouped_write(move |c| {
            let changed = c
                .prepare_cached(
                    "UPDATE chats SET is_removed = 1, updated_at = ?
                     WHERE workspace_id = ? AND id = ? AND is_removed = 0",
                )?
                .execute(params![micros(now()), workspace, id])?;
            Ok(changed == 1)
        })
        .await
    }

    async fn create_workspace(&self, name: String) -> Result<Uuid> {
        self.write(move |c| {
            let id = Uuid::new_v4();
            c.execute(
                "INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)",
                params![id, name, micros(now())],
            )?;
            Ok(id)
        })
        .await
    }

    async fn workspace_exists(&self, workspace: Uuid) -> Result<bool> {
        self.read(move |c| {
            c.query_row(
                "SELECT EXISTS (SELECT 1 FROM workspaces WHERE id = ?)",
                [workspace],
                |row| row.get(0),
            )
        })
        .await
    }

    async fn is_empty(&self) -> Result<bool> {
        self.read(|c| {
            c.query_row("SELECT NOT EXISTS (SELECT 1 FROM workspaces)", [], |row| {
                row.get(0)
            })
        })
        .await
    }

    async fn create_api_key(
        &self,
        workspace: Uuid,
        name: String,
        key_hash: [u8; 32],
    ) -> Result<Uuid> {
        self.write(move |c| {
            let id = Uuid::new_v4();
            c.execute(
                "INSERT INTO api_keys (id, workspace_id, name, key_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                params![id, workspace, name, &key_hash[..], micros(now())],
            )?;
            Ok(id)
        })
        .await
    }

    async fn list_api_keys(&self, workspace: Uuid) -> Result<Vec<ApiKeyInfo>> {
        self.read(move |c| {
            let mut statement = c.prepare(
                "SELECT id, name, created_at, revoked_at FROM api_keys
                 WHERE workspace_id = ? ORDER BY created_at, id",
            )?;
            let rows = statement.query_map([workspace], |row| {
                Ok(ApiKeyInfo {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    created_at: from_micros(row.get(2)?),
                    revoked_at: row.get::<_, Option<i64>>(3)?.map(from_micros),
                })
            })?;
            rows.collect()
        })
        .await
    }

    async fn revoke_api_key(&self, key_id: Uuid) -> Result<bool> {
        self.write(move |c| {
            let changed = c.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                params![micros(now()), key_id],
            )?;
            Ok(changed == 1)
        })
        .await
    }

    async fn import(
        &self,
        workspace: Uuid,
        directory: Directory,
    ) -> Result<std::result::Result<ImportSummary, String>> {
        self.write(move |c| {
            let tx = c.transaction()?;
            let outcome = import_into(&tx, workspace, &directory)?;
            if outcome.is_ok() {
                tx.commit()?;
            }
            Ok(outcome)
        })
        .await
    }

    async fn insert_demo_chats(&self, workspace: Uuid, mut batches: DemoBatches) -> Result<()> {
        self.write(move |c| {
            // A bulk load touches index pages all over the file (ids are random): a large page
            // cache turns those reads into memory hits, and statement journals stay in memory.
            c.execute_batch(BULK_LOAD)?;
            let loaded = load_demo_chats(c, workspace, &mut batches);
            // Give the memory back whatever happened.
            c.execute_batch(CACHE)?;
            c.execute_batch("PRAGMA temp_store = DEFAULT")?;
            loaded
        })
        .await
    }
}

/// The demo load, in one transaction: readers see all of it or none of it. Into an empty
/// `chats` table, the secondary indexes and the title index are built once at the end
/// (sorting is far cheaper than a million random inserts); their definitions are read from the
/// schema itself, so they come back exactly as the migrations made them.
fn load_demo_chats(
    c: &mut Connection,
    workspace: Uuid,
    batches: &mut DemoBatches,
) -> rusqlite::Result<()> {
    let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let empty: bool = tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM chats)", [], |row| {
        row.get(0)
    })?;
    let deferred: Vec<(String, String, String)> = if empty {
        let mut statement = tx.prepare(
            "SELECT type, name, sql FROM sqlite_master
             WHERE tbl_name IN ('chats', 'messages', 'tickets') AND type IN ('index', 'trigger')
                 AND sql IS NOT NULL
             ORDER BY type, name",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    } else {
        Vec::new()
    };
    for (kind, name, _) in &deferred {
        tx.execute_batch(&format!("DROP {} \"{name}\"", kind.to_uppercase()))?;
    }
    {
        let mut insert_chat = tx.prepare_cached(
            "INSERT INTO chats (workspace_id, id, channel_id, channel_type, owner_id, responder_id,
                 current_responder_id, title, last_chat_message_created_at, is_removed,
                 created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        )?;
        let mut insert_message = tx.prepare_cached(
            "INSERT INTO messages (workspace_id, id, chat_id, role, content, created_at)
             VALUES (?, ?, ?, ?, ?, ?)",
        )?;
        let mut insert_ticket = tx.prepare_cached(
            "INSERT INTO tickets (workspace_id, id, chat_id, status) VALUES (?, ?, ?, ?)",
        )?;
        while let Some(chats) = batches.blocking_recv() {
            for demo in &chats {
                let chat = &demo.chat;
                insert_chat.execute(params![
                    workspace,
                    chat.id,
                    chat.channel_id,
                    demo.channel_type.map(|t| t.to_string()),
                    chat.owner_id,
                    chat.responder_id,
                    chat.current_responder_id,
                    chat.title,
                    chat.last_chat_message_created_at.map(micros),
                    micros(chat.created_at),
                    micros(chat.updated_at),
                ])?;
                for message in &demo.messages {
                    insert_message.execute(params![
                        workspace,
                        message.id,
                        chat.id,
                        message.role.as_str(),
                        message.content,
                        micros(message.created_at),
                    ])?;
                }
                if let Some(ticket) = &demo.ticket {
                    insert_ticket.execute(params![
                        workspace,
                        ticket.id,
                        chat.id,
                        ticket.status.as_str()
                    ])?;
                }
            }
        }
    }
    if !deferred.is_empty() {
        for (_, _, sql) in &deferred {
            tx.execute_batch(sql)?;
        }
        // The title index was empty with the table: rebuild it from the titles now there.
        tx.execute_batch("INSERT INTO chats_title_search(chats_title_search) VALUES ('rebuild')")?;
    }
    // Fresh statistics for the planner (about 2 s at a million chats): without them it cannot
    // tell a filter matching 200 chats (an owner) from one matching 50,000 (a week), and picks
    // wrongly when filters combine.
    tx.execute_batch("ANALYZE")?;
    tx.commit()
}

impl Sqlite {
    /// Caps the database at `pages` pages (`None`: SQLite's default, no practical cap). A write
    /// that would grow the file past it fails as a full disk would (`SQLITE_FULL`, answered
    /// 503), which lets the full-disk behaviour be tested without privileges.
    pub async fn set_max_pages(&self, pages: Option<i64>) -> Result<i64> {
        self.write(move |c| {
            let pages = pages.unwrap_or(0xFFFF_FFFE);
            c.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |row| {
                row.get(0)
            })
        })
        .await
    }

    /// The number of pages the database has now.
    pub async fn page_count(&self) -> Result<i64> {
        self.read(|c| c.query_row("PRAGMA page_count", [], |row| row.get(0)))
            .await
    }

    /// The query plan (`EXPLAIN QUERY PLAN` detail lines) of a list as this backend runs it,
    /// for the guards that fail on a full scan of chats.
    pub async fn explain_list(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
        details: bool,
    ) -> Result<Vec<String>> {
        self.read(move |c| {
            let (sql, values) = list_query(c, workspace, &filter, details)?;
            explain(c, &sql, values)
        })
        .await
    }

    /// The query plan of a point read (details when `details`).
    pub async fn explain_point(
        &self,
        workspace: Uuid,
        id: Uuid,
        details: bool,
    ) -> Result<Vec<String>> {
        self.read(move |c| {
            let sql = if details {
                format!("{DETAILS_SELECT} WHERE c.workspace_id = ?2 AND c.id = ?3")
            } else {
                format!(
                    "SELECT {CHAT_COLUMNS} FROM chats c WHERE c.workspace_id = ?2 AND c.id = ?3"
                )
            };
            explain(c, &sql, vec![Value::Null, blob(workspace), blob(id)])
        })
        .await
    }
}

fn explain(c: &Connection, sql: &str, values: Vec<Value>) -> rusqlite::Result<Vec<String>> {
    let mut statement = c.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    let rows = statement.query_map(params_from_iter(values.iter()), |row| {
        row.get::<_, String>(3)
    })?;
    rows.collect()
}

/// `?` placeholders numbered from `first` (`?2`, `?3`, …), for clauses appended after
/// numbered ones.
fn renumber(clause: &str, first: usize) -> String {
    let mut out = String::with_capacity(clause.len() + 16);
    let mut next = first;
    let mut in_quote = false;
    for ch in clause.chars() {
        match ch {
            '\'' => {
                in_quote = !in_quote;
                out.push(ch);
            }
            '?' if !in_quote => {
                out.push_str(&format!("?{next}"));
                next += 1;
            }
            _ => out.push(ch),
        }
    }
    out
}

/// Checks every reference of the file against itself and the workspace, then writes it.
/// `Ok(Err(message))` names the first bad entry; the caller rolls back.
fn import_into(
    tx: &rusqlite::Transaction<'_>,
    workspace: Uuid,
    directory: &Directory,
) -> rusqlite::Result<std::result::Result<ImportSummary, String>> {
    let workspace_known: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM workspaces WHERE id = ?)",
        [workspace],
        |row| row.get(0),
    )?;
    if !workspace_known {
        return Ok(Err(format!("no workspace {workspace}")));
    }
    let stored = |sql: &str, ids: Vec<Uuid>| -> rusqlite::Result<Vec<Uuid>> {
        let mut statement = tx.prepare_cached(sql)?;
        let mut found = Vec::new();
        for id in ids {
            if statement.query_row(params![workspace, id], |row| row.get::<_, bool>(0))? {
                found.push(id);
            }
        }
        Ok(found)
    };
    let responders = stored(
        "SELECT EXISTS (SELECT 1 FROM agents WHERE workspace_id = ?1 AND id = ?2)
             OR EXISTS (SELECT 1 FROM squads WHERE workspace_id = ?1 AND id = ?2)",
        directory.referenced_responders(),
    )?;
    let chats = stored(
        "SELECT EXISTS (SELECT 1 FROM chats WHERE workspace_id = ? AND id = ?)",
        directory.referenced_chats(),
    )?;
    if let Err(message) = directory.check_references(&responders, &chats) {
        return Ok(Err(message));
    }

    let mut summary = ImportSummary::default();
    if let Some(id) = directory.default_responder_id {
        tx.execute(
            "UPDATE workspaces SET default_responder_id = ? WHERE id = ?",
            params![id, workspace],
        )?;
    }
    for agent in &directory.agents {
        tx.prepare_cached(
            "INSERT INTO agents (workspace_id, id, name, picture) VALUES (?, ?, ?, ?)
             ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name, picture = excluded.picture",
        )?
        .execute(params![workspace, agent.super_identity_id, agent.name, agent.picture])?;
        summary.agents += 1;
        for version in &agent.versions {
            tx.prepare_cached(
                "INSERT INTO agent_versions (workspace_id, id, agent_id, number) VALUES (?, ?, ?, ?)
                 ON CONFLICT (workspace_id, id) DO UPDATE SET agent_id = excluded.agent_id, number = excluded.number",
            )?
            .execute(params![workspace, version.id, agent.super_identity_id, version.number])?;
            summary.agent_versions += 1;
        }
    }
    for squad in &directory.squads {
        tx.prepare_cached(
            "INSERT INTO squads (workspace_id, id, name, picture) VALUES (?, ?, ?, ?)
             ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name, picture = excluded.picture",
        )?
        .execute(params![workspace, squad.super_identity_id, squad.name, squad.picture])?;
        summary.squads += 1;
    }
    for channel in &directory.channels {
        let channel_type = channel.channel_type.to_string();
        tx.prepare_cached(
            "INSERT INTO channels (workspace_id, id, name, type, responder_id) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, type = excluded.type, responder_id = excluded.responder_id",
        )?
        .execute(params![workspace, channel.id, channel.name, channel_type, channel.responder_id])?;
        // Keep the copy on chats (the index of the type filter) in step.
        tx.prepare_cached(
            "UPDATE chats SET channel_type = ? WHERE workspace_id = ? AND channel_id = ? AND channel_type IS NOT ?",
        )?
        .execute(params![channel_type, workspace, channel.id, channel_type])?;
        summary.channels += 1;
    }
    for user in &directory.users {
        tx.prepare_cached(
            "INSERT INTO users (workspace_id, id, name, email) VALUES (?, ?, ?, ?)
             ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name, email = excluded.email",
        )?
        .execute(params![workspace, user.super_identity_id, user.name, user.email])?;
        summary.users += 1;
    }
    for user in &directory.external_users {
        tx.prepare_cached(
            "INSERT INTO external_users (workspace_id, id, name, identifier, is_blocked) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, identifier = excluded.identifier, is_blocked = excluded.is_blocked",
        )?
        .execute(params![workspace, user.super_identity_id, user.name, user.identifier, user.is_blocked])?;
        summary.external_users += 1;
    }
    for message in &directory.messages {
        let at = micros(message.created_at);
        tx.prepare_cached(
            "INSERT INTO messages (workspace_id, id, chat_id, role, content, created_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 chat_id = excluded.chat_id, role = excluded.role, content = excluded.content,
                 created_at = excluded.created_at",
        )?
        .execute(params![workspace, message.id, message.chat_id, message.role.as_str(), message.content, at])?;
        tx.prepare_cached(
            "UPDATE chats SET last_chat_message_created_at = ?1
             WHERE workspace_id = ?2 AND id = ?3
               AND (last_chat_message_created_at IS NULL OR last_chat_message_created_at < ?1)",
        )?
        .execute(params![at, workspace, message.chat_id])?;
        summary.messages += 1;
    }
    for ticket in &directory.tickets {
        tx.prepare_cached(
            "INSERT INTO tickets (workspace_id, id, chat_id, status) VALUES (?, ?, ?, ?)
             ON CONFLICT (workspace_id, id) DO UPDATE SET chat_id = excluded.chat_id, status = excluded.status",
        )?
        .execute(params![workspace, ticket.id, ticket.chat_id, ticket.status.as_str()])?;
        summary.tickets += 1;
    }
    Ok(Ok(summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three writes queued behind a held writer form one group; the failing one makes the
    /// group re-run each alone, so the other two still commit and the failure is its own.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failed_write_in_a_group_fails_alone() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Sqlite::open(&dir.path().join("chats.db")).unwrap();
        let held = storage.inner.writing.acquire().await.unwrap();
        let insert = |name: &'static str| {
            let storage = storage.clone();
            tokio::spawn(async move {
                storage
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
                    .grouped_write(|c| c.execute("INSERT INTO no_such_table VALUES (1)", []))
                    .await
            })
        };
        let last = insert("last");
        // Every job is queued before the writer is free.
        while storage.inner.queue.lock().unwrap().len() < 3 {
            tokio::task::yield_now().await;
        }
        drop(held);
        assert_eq!(first.await.unwrap().unwrap(), 1);
        assert!(failing.await.unwrap().is_err());
        assert_eq!(last.await.unwrap().unwrap(), 1);
        let names: Vec<String> = storage
            .read(|c| {
                c.prepare("SELECT name FROM workspaces ORDER BY name")?
                    .query_map([], |row| row.get(0))?
                    .collect()
            })
            .await
            .unwrap();
        assert_eq!(names, ["first", "last"]);
    }

    #[test]
    fn renumbering_skips_quoted_question_marks() {
        assert_eq!(
            renumber(" WHERE a = ? AND b LIKE '?' AND c = ?", 2),
            " WHERE a = ?2 AND b LIKE '?' AND c = ?3"
        );
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
