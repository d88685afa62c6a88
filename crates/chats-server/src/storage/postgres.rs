//! The scale-out backend: PostgreSQL through a pool of `tokio-postgres` connections.
//!
//! Same tables, indexes and behaviour as the SQLite backend (the same end-to-end suite runs
//! on both). Replicas share one database; migrations take an advisory lock so two replicas
//! starting at once take turns. A database that is down, restarting or out of connections
//! is `StorageError::Unavailable` (503) within the pool's timeouts, never a hang; the pool
//! replaces broken connections by itself when the database is back.

use std::time::Duration;

use chats_api::types::{Chat, ChatDetails, MessageRole, ResponderEntity, TicketStatus};
use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use tokio_postgres::{NoTls, Row, error::SqlState, types::ToSql};
use uuid::Uuid;

use super::{
    ApiKeyInfo, ChatFilter, ChatUpdate, DemoBatches, DetailsLookup, ImportSummary, NewChat, Result,
    Storage, StorageError, UnknownReference, now,
};
use crate::{demo::DemoChat, import::Directory};

const MIGRATIONS: &[(i64, &str)] = &[(1, include_str!("../../migrations/postgres/0001_init.sql"))];

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
            .options("-c statement_timeout=10000");
        let manager = Manager::from_config(
            config,
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
        let storage = Self { pool };
        storage.migrate().await?;
        Ok(storage)
    }

    async fn client(&self) -> Result<deadpool_postgres::Object> {
        self.pool
            .get()
            .await
            .map_err(|err| StorageError::Unavailable(format!("no database connection: {err}")))
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

const CHAT_COLUMNS: &str = "c.id, c.channel_id, c.current_responder_id, c.last_chat_message_created_at, \
     c.owner_id, c.responder_id, c.title, c.is_removed, c.created_at, c.updated_at, c.workspace_id";

fn chat_from_row(row: &Row) -> Chat {
    Chat {
        id: row.get(0),
        channel_id: row.get(1),
        current_responder_id: row.get(2),
        last_chat_message_created_at: row.get(3),
        owner_id: row.get(4),
        responder_id: row.get(5),
        title: row.get(6),
        is_removed: row.get(7),
        created_at: row.get(8),
        updated_at: row.get(9),
        workspace_id: row.get(10),
    }
}

/// The details of chats, `$1` being the responder version to describe (or null).
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
    AND v.id = COALESCE($1::uuid, c.current_responder_id) AND v.agent_id = c.responder_id
LEFT JOIN LATERAL (
    SELECT content, created_at, role FROM messages
    WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1) m1 ON true
LEFT JOIN LATERAL (
    SELECT content, created_at, role FROM messages
    WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1) m2 ON true
LEFT JOIN LATERAL (
    SELECT id, status FROM tickets
    WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY seq DESC LIMIT 1) t ON true";

fn details_from_row(row: &Row) -> ChatDetails {
    let agent_name: Option<String> = row.get(15);
    let (responder_entity, responder_name, responder_picture) = match agent_name {
        Some(name) => (ResponderEntity::Agent, name, row.get(16)),
        None => (
            ResponderEntity::Squad,
            row.get::<_, Option<String>>(17).unwrap_or_default(),
            row.get(18),
        ),
    };
    let user_name: Option<String> = row.get(10);
    let external_name: Option<String> = row.get(12);
    let is_external = user_name.is_none() && external_name.is_some();
    ChatDetails {
        id: row.get(0),
        channel_id: row.get(1),
        created_at: row.get(2),
        is_removed: row.get(3),
        owner_id: row.get(4),
        responder_id: row.get(5),
        title: row.get(6),
        workspace_id: row.get(7),
        channel_name: row.get(8),
        channel_type: row.get::<_, Option<String>>(9).and_then(|t| t.parse().ok()),
        owner_name: user_name.or(external_name),
        owner_email: row.get(11),
        owner_identifier: if is_external { row.get(13) } else { None },
        is_owner_blocked: if is_external { row.get(14) } else { None },
        responder_entity,
        responder_name,
        responder_picture,
        responder_version_id: row.get(19),
        responder_version_number: row.get::<_, Option<i32>>(20).map(i64::from),
        last_message_content: row.get(21),
        last_message_created_at: row.get(22),
        last_message_role: row
            .get::<_, Option<String>>(23)
            .and_then(|r| r.parse::<MessageRole>().ok()),
        penultimate_message_content: row.get(24),
        penultimate_message_created_at: row.get(25),
        penultimate_message_role: row
            .get::<_, Option<String>>(26)
            .and_then(|r| r.parse::<MessageRole>().ok()),
        ticket_id: row.get(27),
        ticket_status: row
            .get::<_, Option<String>>(28)
            .and_then(|s| s.parse::<TicketStatus>().ok()),
    }
}

type Param = Box<dyn ToSql + Sync + Send>;

/// The `WHERE … ORDER BY … LIMIT … OFFSET …` of a list; its parameters are appended to
/// `params` (numbered after those already there).
fn list_clause(workspace: Uuid, filter: &ChatFilter, params: &mut Vec<Param>) -> String {
    let next = |params: &mut Vec<Param>, value: Param| {
        params.push(value);
        format!("${}", params.len())
    };
    let mut sql = format!(
        " WHERE c.workspace_id = {} AND NOT c.is_removed",
        next(params, Box::new(workspace))
    );
    for (column, ids) in [
        ("c.channel_id", &filter.channel_ids),
        ("c.owner_id", &filter.owner_ids),
        ("c.responder_id", &filter.responder_ids),
        ("c.current_responder_id", &filter.responder_version_ids),
    ] {
        if !ids.is_empty() {
            let mark = next(params, Box::new(ids.clone()));
            sql.push_str(&format!(" AND {column} = ANY({mark})"));
        }
    }
    if let Some(types) = &filter.channel_types {
        let names: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        let mark = next(params, Box::new(names));
        sql.push_str(&format!(" AND c.channel_type = ANY({mark})"));
    }
    if let Some(from) = filter.last_message_from {
        let mark = next(params, Box::new(from));
        sql.push_str(&format!(" AND c.last_chat_message_created_at >= {mark}"));
    }
    if let Some(to) = filter.last_message_to {
        let mark = next(params, Box::new(to));
        sql.push_str(&format!(" AND c.last_chat_message_created_at <= {mark}"));
    }
    if let Some(search) = &filter.search {
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let mark = next(params, Box::new(format!("%{escaped}%")));
        sql.push_str(&format!(" AND c.title ILIKE {mark}"));
    }
    let limit = next(
        params,
        Box::new(i64::try_from(filter.page_size).unwrap_or(i64::MAX)),
    );
    let offset = next(params, Box::new(filter.offset().unwrap_or(i64::MAX)));
    sql.push_str(&format!(
        " ORDER BY c.created_at DESC, c.id DESC LIMIT {limit} OFFSET {offset}"
    ));
    sql
}

fn refs(params: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    params
        .iter()
        .map(|p| p.as_ref() as &(dyn ToSql + Sync))
        .collect()
}

impl Storage for Postgres {
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

    async fn create_chat(
        &self,
        workspace: Uuid,
        chat: NewChat,
    ) -> Result<std::result::Result<Chat, UnknownReference>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        let owner_known: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM users WHERE workspace_id = $1 AND id = $2)
                     OR EXISTS (SELECT 1 FROM external_users WHERE workspace_id = $1 AND id = $2)",
                &[&workspace, &chat.owner_id],
            )
            .await
            .map_err(classify)?
            .get(0);
        if !owner_known {
            return Ok(Err(UnknownReference {
                field: "ownerId",
                message: "no user or external user of this workspace has this id".into(),
            }));
        }
        let (channel_type, responder): (Option<String>, Option<Uuid>) = match chat.channel_id {
            Some(channel) => {
                let found = tx
                    .query_opt(
                        "SELECT type, responder_id FROM channels WHERE workspace_id = $1 AND id = $2",
                        &[&workspace, &channel],
                    )
                    .await
                    .map_err(classify)?;
                let Some(found) = found else {
                    return Ok(Err(UnknownReference {
                        field: "channelId",
                        message: "no channel of this workspace has this id".into(),
                    }));
                };
                (Some(found.get(0)), Some(found.get(1)))
            }
            None => {
                let responder = tx
                    .query_opt(
                        "SELECT default_responder_id FROM workspaces WHERE id = $1",
                        &[&workspace],
                    )
                    .await
                    .map_err(classify)?
                    .and_then(|row| row.get::<_, Option<Uuid>>(0));
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
            .query_opt(
                "SELECT id FROM agent_versions WHERE workspace_id = $1 AND agent_id = $2
                 ORDER BY number DESC LIMIT 1",
                &[&workspace, &responder],
            )
            .await
            .map_err(classify)?
            .map(|row| row.get(0));
        let at = now();
        let created = Chat {
            id: Uuid::new_v4(),
            channel_id: chat.channel_id,
            current_responder_id: version,
            last_chat_message_created_at: None,
            owner_id: chat.owner_id,
            responder_id: responder,
            title: chat.title,
            is_removed: false,
            created_at: at,
            updated_at: at,
            workspace_id: workspace,
        };
        tx.execute(
            "INSERT INTO chats (workspace_id, id, channel_id, channel_type, owner_id, responder_id,
                 current_responder_id, title, is_removed, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9, $9)",
            &[
                &workspace,
                &created.id,
                &created.channel_id,
                &channel_type,
                &created.owner_id,
                &created.responder_id,
                &created.current_responder_id,
                &created.title,
                &at,
            ],
        )
        .await
        .map_err(classify)?;
        tx.commit().await.map_err(classify)?;
        Ok(Ok(created))
    }

    async fn get_chat(&self, workspace: Uuid, id: Uuid) -> Result<Option<Chat>> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(&format!(
                "SELECT {CHAT_COLUMNS} FROM chats c WHERE c.workspace_id = $1 AND c.id = $2"
            ))
            .await
            .map_err(classify)?;
        let row = client
            .query_opt(&statement, &[&workspace, &id])
            .await
            .map_err(classify)?;
        Ok(row.as_ref().map(chat_from_row))
    }

    async fn get_chat_details(
        &self,
        workspace: Uuid,
        id: Uuid,
        responder_version_id: Option<Uuid>,
    ) -> Result<DetailsLookup> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(&format!(
                "{DETAILS_SELECT} WHERE c.workspace_id = $2 AND c.id = $3"
            ))
            .await
            .map_err(classify)?;
        let row = client
            .query_opt(&statement, &[&responder_version_id, &workspace, &id])
            .await
            .map_err(classify)?;
        Ok(match row.as_ref().map(details_from_row) {
            None => DetailsLookup::NoChat,
            Some(details)
                if responder_version_id.is_some() && details.responder_version_id.is_none() =>
            {
                DetailsLookup::UnknownVersion
            }
            Some(details) => DetailsLookup::Found(Box::new(details)),
        })
    }

    async fn list_chats(&self, workspace: Uuid, filter: ChatFilter) -> Result<Vec<Chat>> {
        let client = self.client().await?;
        let mut params = Vec::new();
        let clause = list_clause(workspace, &filter, &mut params);
        let statement = client
            .prepare_cached(&format!("SELECT {CHAT_COLUMNS} FROM chats c{clause}"))
            .await
            .map_err(classify)?;
        let rows = client
            .query(&statement, &refs(&params))
            .await
            .map_err(classify)?;
        Ok(rows.iter().map(chat_from_row).collect())
    }

    async fn list_chat_details(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
    ) -> Result<Vec<ChatDetails>> {
        let client = self.client().await?;
        let mut params: Vec<Param> = vec![Box::new(None::<Uuid>)];
        let clause = list_clause(workspace, &filter, &mut params);
        let statement = client
            .prepare_cached(&format!("{DETAILS_SELECT}{clause}"))
            .await
            .map_err(classify)?;
        let rows = client
            .query(&statement, &refs(&params))
            .await
            .map_err(classify)?;
        Ok(rows.iter().map(details_from_row).collect())
    }

    async fn update_chat(
        &self,
        workspace: Uuid,
        id: Uuid,
        update: ChatUpdate,
    ) -> Result<Option<Chat>> {
        let client = self.client().await?;
        let (keep_title, title) = match update.title {
            None => (true, None),
            Some(title) => (false, title),
        };
        let (keep_at, at): (bool, Option<DateTime<Utc>>) = match update.last_chat_message_created_at
        {
            None => (true, None),
            Some(at) => (false, at),
        };
        let statement = client
            .prepare_cached(&format!(
                "UPDATE chats AS c SET
                     title = CASE WHEN $1 THEN c.title ELSE $2 END,
                     last_chat_message_created_at =
                         CASE WHEN $3 THEN c.last_chat_message_created_at ELSE $4 END,
                     updated_at = $5
                 WHERE c.workspace_id = $6 AND c.id = $7 AND NOT c.is_removed
                 RETURNING {CHAT_COLUMNS}"
            ))
            .await
            .map_err(classify)?;
        let row = client
            .query_opt(
                &statement,
                &[&keep_title, &title, &keep_at, &at, &now(), &workspace, &id],
            )
            .await
            .map_err(classify)?;
        Ok(row.as_ref().map(chat_from_row))
    }

    async fn remove_chat(&self, workspace: Uuid, id: Uuid) -> Result<bool> {
        let client = self.client().await?;
        let changed = client
            .execute(
                "UPDATE chats SET is_removed = true, updated_at = $1
                 WHERE workspace_id = $2 AND id = $3 AND NOT is_removed",
                &[&now(), &workspace, &id],
            )
            .await
            .map_err(classify)?;
        Ok(changed == 1)
    }

    async fn create_workspace(&self, name: String) -> Result<Uuid> {
        let client = self.client().await?;
        let id = Uuid::new_v4();
        client
            .execute(
                "INSERT INTO workspaces (id, name, created_at) VALUES ($1, $2, $3)",
                &[&id, &name, &now()],
            )
            .await
            .map_err(classify)?;
        Ok(id)
    }

    async fn workspace_exists(&self, workspace: Uuid) -> Result<bool> {
        let client = self.client().await?;
        let row = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM workspaces WHERE id = $1)",
                &[&workspace],
            )
            .await
            .map_err(classify)?;
        Ok(row.get(0))
    }

    async fn is_empty(&self) -> Result<bool> {
        let client = self.client().await?;
        let row = client
            .query_one("SELECT NOT EXISTS (SELECT 1 FROM workspaces)", &[])
            .await
            .map_err(classify)?;
        Ok(row.get(0))
    }

    async fn create_api_key(
        &self,
        workspace: Uuid,
        name: String,
        key_hash: [u8; 32],
    ) -> Result<Uuid> {
        let client = self.client().await?;
        let id = Uuid::new_v4();
        client
            .execute(
                "INSERT INTO api_keys (id, workspace_id, name, key_hash, created_at)
                 VALUES ($1, $2, $3, $4, $5)",
                &[&id, &workspace, &name, &&key_hash[..], &now()],
            )
            .await
            .map_err(classify)?;
        Ok(id)
    }

    async fn list_api_keys(&self, workspace: Uuid) -> Result<Vec<ApiKeyInfo>> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT id, name, created_at, revoked_at FROM api_keys
                 WHERE workspace_id = $1 ORDER BY created_at, id",
                &[&workspace],
            )
            .await
            .map_err(classify)?;
        Ok(rows
            .iter()
            .map(|row| ApiKeyInfo {
                id: row.get(0),
                name: row.get(1),
                created_at: row.get(2),
                revoked_at: row.get(3),
            })
            .collect())
    }

    async fn revoke_api_key(&self, key_id: Uuid) -> Result<bool> {
        let client = self.client().await?;
        let changed = client
            .execute(
                "UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
                &[&now(), &key_id],
            )
            .await
            .map_err(classify)?;
        Ok(changed == 1)
    }

    async fn import(
        &self,
        workspace: Uuid,
        directory: Directory,
    ) -> Result<std::result::Result<ImportSummary, String>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        let outcome = import_into(&tx, workspace, &directory)
            .await
            .map_err(classify)?;
        if outcome.is_ok() {
            tx.commit().await.map_err(classify)?;
        }
        Ok(outcome)
    }

    async fn insert_demo_chats(&self, workspace: Uuid, mut batches: DemoBatches) -> Result<()> {
        // One transaction per batch: PostgreSQL keeps up with the generator this way (1M
        // chats in about a minute), and the indexes stay in place for other workspaces.
        while let Some(batch) = batches.recv().await {
            self.insert_demo_batch(workspace, batch).await?;
        }
        // Statistics and the visibility map now, not whenever autovacuum comes by: without
        // them the planner guesses at the filters' selectivity (BENCHMARKS.md) and cannot
        // answer from an index alone.
        self.client()
            .await?
            .batch_execute("VACUUM (ANALYZE) chats, messages, tickets")
            .await
            .map_err(classify)
    }
}

impl Postgres {
    async fn insert_demo_batch(&self, workspace: Uuid, chats: Vec<DemoChat>) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        // Column arrays and one INSERT … SELECT FROM unnest(…) per table: a batch is three
        // statements, not thousands of round trips.
        let mut ids = Vec::new();
        let mut channel_ids = Vec::new();
        let mut channel_types = Vec::new();
        let mut owners = Vec::new();
        let mut responders = Vec::new();
        let mut versions = Vec::new();
        let mut titles = Vec::new();
        let mut last_at = Vec::new();
        let mut created = Vec::new();
        let mut updated = Vec::new();
        let (mut m_ids, mut m_chats, mut m_roles, mut m_contents, mut m_at) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut t_ids, mut t_chats, mut t_status) = (Vec::new(), Vec::new(), Vec::new());
        for demo in &chats {
            let chat = &demo.chat;
            ids.push(chat.id);
            channel_ids.push(chat.channel_id);
            channel_types.push(demo.channel_type.map(|t| t.to_string()));
            owners.push(chat.owner_id);
            responders.push(chat.responder_id);
            versions.push(chat.current_responder_id);
            titles.push(chat.title.clone());
            last_at.push(chat.last_chat_message_created_at);
            created.push(chat.created_at);
            updated.push(chat.updated_at);
            for message in &demo.messages {
                m_ids.push(message.id);
                m_chats.push(chat.id);
                m_roles.push(message.role.as_str());
                m_contents.push(message.content.clone());
                m_at.push(message.created_at);
            }
            if let Some(ticket) = &demo.ticket {
                t_ids.push(ticket.id);
                t_chats.push(chat.id);
                t_status.push(ticket.status.as_str());
            }
        }
        tx.execute(
            "INSERT INTO chats (workspace_id, id, channel_id, channel_type, owner_id, responder_id,
                 current_responder_id, title, last_chat_message_created_at, is_removed, created_at,
                 updated_at)
             SELECT $1, id, channel_id, channel_type, owner_id, responder_id, version, title,
                 last_at, false, created, updated
             FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::uuid[], $7::uuid[],
                 $8::text[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[])
                 AS rows(id, channel_id, channel_type, owner_id, responder_id, version, title,
                     last_at, created, updated)",
            &[
                &workspace,
                &ids,
                &channel_ids,
                &channel_types,
                &owners,
                &responders,
                &versions,
                &titles,
                &last_at,
                &created,
                &updated,
            ],
        )
        .await
        .map_err(classify)?;
        tx.execute(
            "INSERT INTO messages (workspace_id, id, chat_id, role, content, created_at)
             SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[])",
            &[&workspace, &m_ids, &m_chats, &m_roles, &m_contents, &m_at],
        )
        .await
        .map_err(classify)?;
        tx.execute(
            "INSERT INTO tickets (workspace_id, id, chat_id, status)
             SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[])",
            &[&workspace, &t_ids, &t_chats, &t_status],
        )
        .await
        .map_err(classify)?;
        tx.commit().await.map_err(classify)
    }

    /// The plan (`EXPLAIN` lines, with sequential scans disabled so that any usable index is
    /// taken) of a list as this backend runs it, for the guards that fail on a full scan.
    pub async fn explain_list(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
        details: bool,
    ) -> Result<Vec<String>> {
        let mut params: Vec<Param> = if details {
            vec![Box::new(None::<Uuid>)]
        } else {
            Vec::new()
        };
        let clause = list_clause(workspace, &filter, &mut params);
        let sql = if details {
            format!("{DETAILS_SELECT}{clause}")
        } else {
            format!("SELECT {CHAT_COLUMNS} FROM chats c{clause}")
        };
        self.explain(&sql, params).await
    }

    /// The plan of a point read (details when `details`).
    pub async fn explain_point(
        &self,
        workspace: Uuid,
        id: Uuid,
        details: bool,
    ) -> Result<Vec<String>> {
        let sql = if details {
            format!("{DETAILS_SELECT} WHERE c.workspace_id = $2 AND c.id = $3")
        } else {
            format!(
                "SELECT {CHAT_COLUMNS} FROM chats c WHERE c.workspace_id = $2 AND c.id = $3 AND $1::uuid IS NULL"
            )
        };
        let params: Vec<Param> = vec![Box::new(None::<Uuid>), Box::new(workspace), Box::new(id)];
        self.explain(&sql, params).await
    }

    async fn explain(&self, sql: &str, params: Vec<Param>) -> Result<Vec<String>> {
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

/// Checks every reference of the file, then writes it; `Ok(Err(message))` names the first
/// bad entry and the caller rolls back.
async fn import_into(
    tx: &deadpool_postgres::Transaction<'_>,
    workspace: Uuid,
    directory: &Directory,
) -> std::result::Result<std::result::Result<ImportSummary, String>, tokio_postgres::Error> {
    let known: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM workspaces WHERE id = $1)",
            &[&workspace],
        )
        .await?
        .get(0);
    if !known {
        return Ok(Err(format!("no workspace {workspace}")));
    }
    let responders: Vec<Uuid> = tx
        .query(
            "SELECT id FROM agents WHERE workspace_id = $1 AND id = ANY($2)
             UNION SELECT id FROM squads WHERE workspace_id = $1 AND id = ANY($2)",
            &[&workspace, &directory.referenced_responders()],
        )
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let chats: Vec<Uuid> = tx
        .query(
            "SELECT id FROM chats WHERE workspace_id = $1 AND id = ANY($2)",
            &[&workspace, &directory.referenced_chats()],
        )
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    if let Err(message) = directory.check_references(&responders, &chats) {
        return Ok(Err(message));
    }

    let mut summary = ImportSummary::default();
    if let Some(id) = directory.default_responder_id {
        tx.execute(
            "UPDATE workspaces SET default_responder_id = $1 WHERE id = $2",
            &[&id, &workspace],
        )
        .await?;
    }
    for agent in &directory.agents {
        tx.execute(
            "INSERT INTO agents (workspace_id, id, name, picture) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name, picture = excluded.picture",
            &[&workspace, &agent.super_identity_id, &agent.name, &agent.picture],
        )
        .await?;
        summary.agents += 1;
        for version in &agent.versions {
            let number = i32::try_from(version.number).unwrap_or(i32::MAX);
            tx.execute(
                "INSERT INTO agent_versions (workspace_id, id, agent_id, number) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (workspace_id, id) DO UPDATE SET agent_id = excluded.agent_id, number = excluded.number",
                &[&workspace, &version.id, &agent.super_identity_id, &number],
            )
            .await?;
            summary.agent_versions += 1;
        }
    }
    for squad in &directory.squads {
        tx.execute(
            "INSERT INTO squads (workspace_id, id, name, picture) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name, picture = excluded.picture",
            &[&workspace, &squad.super_identity_id, &squad.name, &squad.picture],
        )
        .await?;
        summary.squads += 1;
    }
    for channel in &directory.channels {
        let channel_type = channel.channel_type.to_string();
        tx.execute(
            "INSERT INTO channels (workspace_id, id, name, type, responder_id) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, type = excluded.type, responder_id = excluded.responder_id",
            &[&workspace, &channel.id, &channel.name, &channel_type, &channel.responder_id],
        )
        .await?;
        // Keep the copy on chats (the index of the type filter) in step.
        tx.execute(
            "UPDATE chats SET channel_type = $1
             WHERE workspace_id = $2 AND channel_id = $3 AND channel_type IS DISTINCT FROM $1",
            &[&channel_type, &workspace, &channel.id],
        )
        .await?;
        summary.channels += 1;
    }
    for user in &directory.users {
        tx.execute(
            "INSERT INTO users (workspace_id, id, name, email) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name, email = excluded.email",
            &[&workspace, &user.super_identity_id, &user.name, &user.email],
        )
        .await?;
        summary.users += 1;
    }
    for user in &directory.external_users {
        tx.execute(
            "INSERT INTO external_users (workspace_id, id, name, identifier, is_blocked)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, identifier = excluded.identifier, is_blocked = excluded.is_blocked",
            &[&workspace, &user.super_identity_id, &user.name, &user.identifier, &user.is_blocked],
        )
        .await?;
        summary.external_users += 1;
    }
    for message in &directory.messages {
        tx.execute(
            "INSERT INTO messages (workspace_id, id, chat_id, role, content, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 chat_id = excluded.chat_id, role = excluded.role, content = excluded.content,
                 created_at = excluded.created_at",
            &[
                &workspace,
                &message.id,
                &message.chat_id,
                &message.role.as_str(),
                &message.content,
                &message.created_at,
            ],
        )
        .await?;
        tx.execute(
            "UPDATE chats SET last_chat_message_created_at = $1
             WHERE workspace_id = $2 AND id = $3
               AND (last_chat_message_created_at IS NULL OR last_chat_message_created_at < $1)",
            &[&message.created_at, &workspace, &message.chat_id],
        )
        .await?;
        summary.messages += 1;
    }
    for ticket in &directory.tickets {
        tx.execute(
            "INSERT INTO tickets (workspace_id, id, chat_id, status) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET chat_id = excluded.chat_id, status = excluded.status",
            &[&workspace, &ticket.id, &ticket.chat_id, &ticket.status.as_str()],
        )
        .await?;
        summary.tickets += 1;
    }
    Ok(Ok(summary))
}
