//! The scale-out backend: PostgreSQL through a pool of `tokio-postgres` connections.
//!
//! Same tables, indexes and behaviour as the SQLite backend (the same end-to-end suite runs
//! on both). Replicas share one database; migrations take an advisory lock so two replicas
//! starting at once take turns. A database that is down, restarting or out of connections
//! is `StorageError::Unavailable` (503) within the pool's timeouts, never a hang; the pool
//! replaces broken connections by itself when the database is back.
//!
//! - [`tx`]: the shared statements on a connection (binding, columns);
//! - [`list`]: the list and details queries;
//! - [`bulk`]: the bulk load;
//! - [`temp`]: throwaway databases for tests.

mod bulk;
mod list;
mod listen;
mod temp;
mod tx;

pub use temp::TempPostgres;

use std::time::Duration;

use chats_api::types::{Chat, ChatDetails};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use tokio_postgres::{NoTls, error::SqlState};
use uuid::Uuid;

use self::{
    list::{DETAILS_BY_ID, Param, list_query, refs},
    tx::PgTx,
};
use super::{
    ApiKeyInfo, ChatBatches, ChatFilter, ChatUpdate, CreateError, DetailsLookup, DetailsRead,
    ImportError, ImportSummary, NewChat, PlannedRead, Result, Storage, StorageError, now,
    rows::{self, CHAT_COLUMNS},
    writes,
};
use crate::{import::Directory, telemetry};

const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        include_str!("../../../migrations/postgres/0001_init.sql"),
    ),
    (
        2,
        include_str!("../../../migrations/postgres/0002_last_message_lag.sql"),
    ),
    (
        3,
        include_str!("../../../migrations/postgres/0003_idempotency_keys.sql"),
    ),
    (
        4,
        include_str!("../../../migrations/postgres/0004_chat_events.sql"),
    ),
];

/// How long a create waits for another create holding its idempotency key (milliseconds).
const KEY_WAIT_MS: u64 = 1_000;

/// Any number; the same in every replica, so migrations take turns.
const MIGRATION_LOCK: i64 = 0x0063_6861_7473; // "chats"

/// Pool settings.
#[derive(Clone, Copy, Debug)]
pub struct PoolSettings {
    pub max_connections: usize,
    /// How long a request waits for a connection (or to open one) before it is a 503.
    pub timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_connections: 16,
            timeout: Duration::from_secs(5),
        }
    }
}

/// A PostgreSQL database.
#[derive(Clone)]
pub struct Postgres {
    pool: Pool,
    /// For the chat events listener's own connection.
    config: std::sync::Arc<tokio_postgres::Config>,
    /// Told of each workspace whose chat events committed (`Storage::on_events`).
    events: std::sync::Arc<super::EventHooks>,
}

impl Postgres {
    /// Whether `url` names a PostgreSQL database.
    pub fn accepts(url: &str) -> bool {
        url.starts_with("postgres://") || url.starts_with("postgresql://")
    }

    /// Connects and applies pending migrations.
    pub async fn open(url: &str, settings: PoolSettings) -> Result<Self> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|err| StorageError::Internal(format!("invalid database URL: {err}")))?;
        config
            .connect_timeout(settings.timeout)
            // The details joins are written in the order they should run (the page, then a
            // lookup per row): planning them in every order cost 5 ms a list, more than
            // running one (BENCHMARKS.md, "PostgreSQL").
            .options("-c statement_timeout=10000 -c join_collapse_limit=1");
        let manager = Manager::from_config(
            config.clone(),
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(settings.max_connections)
            .wait_timeout(Some(settings.timeout))
            .create_timeout(Some(settings.timeout))
            .recycle_timeout(Some(settings.timeout))
            .runtime(Runtime::Tokio1)
            .build()
            .map_err(|err| StorageError::Internal(format!("building the pool: {err}")))?;
        let storage = Self {
            pool,
            config: std::sync::Arc::new(config),
            events: std::sync::Arc::default(),
        };
        storage.migrate().await?;
        Ok(storage)
    }

    /// The version of every migration this build applies, in order.
    pub fn migration_versions() -> Vec<i64> {
        MIGRATIONS.iter().map(|(version, _)| *version).collect()
    }

    /// The migrations recorded as applied, one row each, in the order they were applied.
    pub async fn applied_migrations(&self) -> Result<Vec<i64>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT version FROM schema_migrations ORDER BY applied_at, version",
                &[],
            )
            .await
            .map_err(classify)?;
        Ok(rows.iter().map(|row| row.get(0)).collect())
    }

    async fn client(&self) -> Result<deadpool_postgres::Object> {
        let started = std::time::Instant::now();
        let client = self
            .pool
            .get()
            .await
            .map_err(|err| StorageError::Unavailable(format!("no database connection: {err}")));
        static WAIT: telemetry::Cached<metrics::Histogram> = telemetry::Cached::histogram();
        WAIT.get(|| {
            metrics::histogram!(
                telemetry::CONNECTION_WAIT,
                "db_system" => "postgresql",
                "db_client_connection_pool_name" => "postgresql"
            )
        })
        .record(started.elapsed().as_secs_f64());
        client
    }

    async fn migrate(&self) -> Result<()> {
        let mut client = self.client().await?;
        client
            .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(classify)?;
        let result = async {
            client
                .batch_execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (
                        version bigint PRIMARY KEY,
                        applied_at timestamptz NOT NULL
                    )",
                )
                .await?;
            for (version, sql) in MIGRATIONS {
                let applied = client
                    .query_one(
                        "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)",
                        &[version],
                    )
                    .await?
                    .get::<_, bool>(0);
                if applied {
                    continue;
                }
                let tx = client.transaction().await?;
                tx.batch_execute(sql).await?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                    &[version, &now()],
                )
                .await?;
                tx.commit().await?;
            }
            Ok::<_, tokio_postgres::Error>(())
        }
        .await;
        let unlock = client
            .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
            .await;
        result.map_err(classify)?;
        unlock.map_err(classify)?;
        Ok(())
    }
}

/// Which failures are worth a retry (503) and which are not (500).
fn classify(err: tokio_postgres::Error) -> StorageError {
    // 53100 disk_full, 53200 out_of_memory... only the disk is "full": memory and
    // connections come back by themselves.
    if err.code() == Some(&SqlState::DISK_FULL) {
        return StorageError::Full(err.to_string());
    }
    if err.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) {
        return StorageError::Contended(err.to_string());
    }
    let retryable = match err.code() {
        // No SQL state: the connection broke, closed or timed out.
        None => true,
        Some(code) => {
            code.code().starts_with("08")
                || code.code().starts_with("53")
                || [
                    SqlState::ADMIN_SHUTDOWN,
                    SqlState::CRASH_SHUTDOWN,
                    SqlState::CANNOT_CONNECT_NOW,
                    SqlState::QUERY_CANCELED,
                    SqlState::T_R_SERIALIZATION_FAILURE,
                    SqlState::T_R_DEADLOCK_DETECTED,
                    SqlState::READ_ONLY_SQL_TRANSACTION,
                ]
                .contains(code)
        }
    };
    if retryable {
        StorageError::Unavailable(err.to_string())
    } else {
        StorageError::Internal(err.to_string())
    }
}

/// A chat by id: `$1` the workspace, `$2` the id.
static CHAT_BY_ID: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.workspace_id = $1 AND c.id = $2")
});

impl Storage for Postgres {
    fn observe(&self) {
        let status = self.pool.status();
        let used = status.size.saturating_sub(status.available);
        let count = |state: &'static str, value: usize| {
            metrics::gauge!(
                telemetry::CONNECTION_COUNT,
                "db_system" => "postgresql",
                "state" => state
            )
            .set(value as f64);
        };
        count("used", used);
        count("idle", status.available);
        metrics::gauge!(telemetry::CONNECTION_MAX, "db_system" => "postgresql")
            .set(status.max_size as f64);
    }

    async fn ping(&self) -> Result<()> {
        let client = self.client().await?;
        client.execute("SELECT 1", &[]).await.map_err(classify)?;
        Ok(())
    }

    async fn workspace_for_key(&self, key_hash: [u8; 32]) -> Result<Option<Uuid>> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT workspace_id FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL",
            )
            .await
            .map_err(classify)?;
        let row = client
            .query_opt(&statement, &[&&key_hash[..]])
            .await
            .map_err(classify)?;
        Ok(row.map(|row| row.get(0)))
    }

    async fn create_chat(&self, workspace: Uuid, chat: NewChat) -> Result<Chat, CreateError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        let keyed = chat.idempotency.is_some();
        if keyed {
            // A repeat of a key whose create is still running waits this long for it to
            // commit (then answers its chat), else answers 409.
            tx.batch_execute(&format!("SET LOCAL lock_timeout = '{KEY_WAIT_MS}ms'"))
                .await
                .map_err(classify)?;
        }
        let created = match writes::create_chat(&mut PgTx(&tx), workspace, chat).await {
            Err(StorageError::Contended(_)) if keyed => return Err(CreateError::KeyInUse),
            other => other??,
        };
        tx.commit().await.map_err(classify)?;
        self.announce(workspace);
        Ok(created)
    }

    async fn get_chat(&self, workspace: Uuid, id: Uuid) -> Result<Option<Chat>> {
        let client = self.client().await?;
        let statement = client.prepare_cached(&CHAT_BY_ID).await.map_err(classify)?;
        let row = client
            .query_opt(&statement, &[&workspace, &id])
            .await
            .map_err(classify)?;
        row.as_ref().map(rows::chat).transpose()
    }

    async fn get_chat_details(&self, workspace: Uuid, read: DetailsRead) -> Result<DetailsLookup> {
        let DetailsRead {
            id,
            responder_version_id,
        } = read;
        let client = self.client().await?;
        let statement = client
            .prepare_cached(&DETAILS_BY_ID)
            .await
            .map_err(classify)?;
        let row = client
            .query_opt(&statement, &[&responder_version_id, &workspace, &id])
            .await
            .map_err(classify)?;
        let found = row.as_ref().map(rows::details).transpose()?;
        Ok(writes::judge_details(found, responder_version_id))
    }

    async fn list_chats(&self, workspace: Uuid, filter: ChatFilter) -> Result<Vec<Chat>> {
        let mut params = Vec::new();
        let sql = list_query(workspace, &filter, false, &mut params);
        self.list(&sql, &params, rows::chat).await
    }

    async fn list_chat_details(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
    ) -> Result<Vec<ChatDetails>> {
        let mut params: Vec<Param> = vec![Box::new(None::<Uuid>)];
        let sql = list_query(workspace, &filter, true, &mut params);
        self.list(&sql, &params, rows::details).await
    }

    async fn update_chat(&self, workspace: Uuid, update: ChatUpdate) -> Result<Option<Chat>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        let updated = writes::update_chat(&mut PgTx(&tx), workspace, &update).await?;
        tx.commit().await.map_err(classify)?;
        if updated.is_some() {
            self.announce(workspace);
        }
        Ok(updated)
    }

    async fn remove_chat(&self, workspace: Uuid, id: Uuid) -> Result<bool> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        let removed = writes::remove_chat(&mut PgTx(&tx), workspace, id).await?;
        tx.commit().await.map_err(classify)?;
        if removed {
            self.announce(workspace);
        }
        Ok(removed)
    }

    async fn create_workspace(&self, name: String) -> Result<Uuid> {
        let client = self.client().await?;
        writes::create_workspace(&mut PgTx(&client), &name).await
    }

    async fn workspace_exists(&self, workspace: Uuid) -> Result<bool> {
        let client = self.client().await?;
        writes::workspace_exists(&mut PgTx(&client), workspace).await
    }

    async fn is_empty(&self) -> Result<bool> {
        let client = self.client().await?;
        writes::is_empty(&mut PgTx(&client)).await
    }

    async fn create_api_key(&self, workspace: Uuid, name: String, hash: [u8; 32]) -> Result<Uuid> {
        let client = self.client().await?;
        writes::create_api_key(&mut PgTx(&client), workspace, &name, &hash).await
    }

    async fn list_api_keys(&self, workspace: Uuid) -> Result<Vec<ApiKeyInfo>> {
        let client = self.client().await?;
        writes::list_api_keys(&mut PgTx(&client), workspace).await
    }

    async fn revoke_api_key(&self, key_id: Uuid) -> Result<bool> {
        let client = self.client().await?;
        writes::revoke_api_key(&mut PgTx(&client), key_id).await
    }

    async fn import(
        &self,
        workspace: Uuid,
        directory: Directory,
    ) -> Result<ImportSummary, ImportError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        let imported = writes::import(&mut PgTx(&tx), workspace, &directory).await??;
        tx.commit().await.map_err(classify)?;
        Ok(imported)
    }

    async fn bulk_insert_chats(&self, workspace: Uuid, batches: ChatBatches) -> Result<()> {
        self.bulk_load(workspace, batches).await
    }

    async fn event_position(&self, workspace: Uuid) -> Result<super::EventPosition> {
        let client = self.client().await?;
        writes::events::position(&mut PgTx(&client), workspace).await
    }

    async fn read_events(
        &self,
        workspace: Uuid,
        after: i64,
        until: i64,
        limit: i64,
    ) -> Result<Vec<super::StoredEvent>> {
        let client = self.client().await?;
        writes::events::read(&mut PgTx(&client), workspace, after, until, limit).await
    }

    async fn prune_events(&self, cutoff: chrono::DateTime<chrono::Utc>) -> Result<u64> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        let pruned = writes::events::prune(&mut PgTx(&tx), cutoff).await?;
        tx.commit().await.map_err(classify)?;
        Ok(pruned)
    }

    fn on_events(&self, hook: super::EventHook) {
        // The listener runs on the runtime at hand (a service is made inside one).
        if self.events.add(hook) && tokio::runtime::Handle::try_current().is_ok() {
            let hooks = std::sync::Arc::clone(&self.events);
            let all: super::EventHook = std::sync::Arc::new(move |workspace| hooks.call(workspace));
            tokio::spawn(listen::listen(std::sync::Arc::clone(&self.config), all));
        }
    }
}

impl Postgres {
    /// Tells this replica's listeners at once that `workspace` has new chat events (the
    /// others learn it by NOTIFY).
    fn announce(&self, workspace: Uuid) {
        self.events.call(workspace);
    }
}

impl Postgres {
    /// One page of a list: `sql` with its parameters, each row read by `map`.
    async fn list<T>(
        &self,
        sql: &str,
        params: &[Param],
        map: fn(&tokio_postgres::Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let client = self.client().await?;
        let statement = client.prepare_cached(sql).await.map_err(classify)?;
        let rows = client
            .query(&statement, &refs(params))
            .await
            .map_err(classify)?;
        rows.iter().map(map).collect()
    }

    /// The plan (`EXPLAIN` lines, with sequential scans disabled so that any usable index is
    /// taken) of a read as this backend runs it, for the guards that fail on a full scan.
    pub async fn explain(&self, workspace: Uuid, read: PlannedRead) -> Result<Vec<String>> {
        match read {
            PlannedRead::List { filter, details } => {
                let mut params: Vec<Param> = if details {
                    vec![Box::new(None::<Uuid>)]
                } else {
                    Vec::new()
                };
                let sql = list_query(workspace, &filter, details, &mut params);
                self.explain_sql(&sql, params).await
            }
            PlannedRead::Point { id, details: true } => {
                let params: Vec<Param> =
                    vec![Box::new(None::<Uuid>), Box::new(workspace), Box::new(id)];
                self.explain_sql(&DETAILS_BY_ID, params).await
            }
            PlannedRead::Point { id, details: false } => {
                let params: Vec<Param> = vec![Box::new(workspace), Box::new(id)];
                self.explain_sql(&CHAT_BY_ID, params).await
            }
        }
    }

    async fn explain_sql(&self, sql: &str, params: Vec<Param>) -> Result<Vec<String>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        tx.batch_execute("SET LOCAL enable_seqscan = off")
            .await
            .map_err(classify)?;
        let rows = tx
            .query(&format!("EXPLAIN {sql}"), &refs(&params))
            .await
            .map_err(classify)?;
        Ok(rows.iter().map(|row| row.get::<_, String>(0)).collect())
    }
}
