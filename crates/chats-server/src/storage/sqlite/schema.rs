//! Opening a connection (its pragmas and the `contains_folded` function), the migrations,
//! and which SQLite failures are worth a retry.

use std::path::Path;

use rusqlite::{Connection, params};

use crate::storage::{Result, StorageError, now};

/// Migrations, in order; each runs once, in a transaction, recorded in `schema_migrations`.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../../../migrations/sqlite/0001_init.sql")),
    (
        2,
        include_str!("../../../migrations/sqlite/0002_last_message_covering.sql"),
    ),
    (
        3,
        include_str!("../../../migrations/sqlite/0003_last_message_lag.sql"),
    ),
    (
        4,
        include_str!("../../../migrations/sqlite/0004_title_search_automerge.sql"),
    ),
    (
        5,
        include_str!("../../../migrations/sqlite/0005_idempotency_keys.sql"),
    ),
    (
        6,
        include_str!("../../../migrations/sqlite/0006_chat_events.sql"),
    ),
];

/// Each connection's page cache (16 MiB) in normal service.
pub(super) const CACHE: &str = "PRAGMA cache_size = -16000;";

pub(super) fn connect(path: &Path) -> Result<Connection> {
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

/// The folding of titles and needles for search: Unicode lowercase.
pub(super) fn fold(text: &str) -> String {
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

fn applied(connection: &Connection, version: i64) -> Result<bool> {
    connection
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?)",
            [version],
            |row| row.get(0),
        )
        .map_err(classify)
}

/// Applies the migrations not yet recorded, each in a transaction of its own.
pub(super) fn migrate(connection: &Connection) -> Result<()> {
    connection
        .execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                applied_at INTEGER NOT NULL
            )",
        )
        .map_err(classify)?;
    for &(version, sql) in MIGRATIONS {
        if applied(connection, version)? {
            continue;
        }
        // BEGIN IMMEDIATE: two processes migrating at once take turns.
        connection
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(classify)?;
        let result = connection.execute_batch(sql).and_then(|()| {
            connection.execute(
                "INSERT OR IGNORE INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                params![version, now().timestamp_micros()],
            )
        });
        match result {
            Ok(_) => connection.execute_batch("COMMIT").map_err(classify)?,
            Err(err) => {
                let _ = connection.execute_batch("ROLLBACK");
                // Another process may have applied it between our check and our BEGIN.
                if !applied(connection, version)? {
                    return Err(classify(err));
                }
            }
        }
    }
    Ok(())
}

/// Which failures are worth a retry (503: a full disk counted apart) and which are not (500).
pub(super) fn classify(err: rusqlite::Error) -> StorageError {
    use rusqlite::ErrorCode;
    match err.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StorageError::Full(err.to_string()),
        Some(
            ErrorCode::DatabaseBusy
            | ErrorCode::DatabaseLocked
            | ErrorCode::ReadOnly
            | ErrorCode::CannotOpen
            | ErrorCode::SystemIoFailure
            | ErrorCode::OutOfMemory,
        ) => StorageError::Unavailable(err.to_string()),
        _ => StorageError::Internal(err.to_string()),
    }
}
