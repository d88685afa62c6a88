//! The decisions both backends share, written once: what a create checks and which error
//! each failure is, how an import is checked and applied, how a details lookup is judged,
//! and the statements of every write and key operation.
//!
//! Statements are written in one neutral dialect: PostgreSQL's numbered placeholders (`$1`),
//! and only SQL that both backends run the same (`IS DISTINCT FROM`, `ON CONFLICT … DO
//! UPDATE`, `RETURNING`, `true`/`false`). A backend implements [`Tx`] for its connection:
//! it renders the placeholders of its dialect, binds each [`Param`] as its column type wants,
//! and reads rows through [`Columns`]. The functions here are `async` because PostgreSQL's
//! connection is; SQLite's `Tx` never waits, and its callers run them to completion at once
//! on the thread that holds the connection.

use std::{future::Future, sync::LazyLock};

use chats_api::types::{Chat, ChatDetails};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{
    ApiKeyInfo, ChatUpdate, DetailsLookup, EventKind, ImportError, ImportSummary, NewChat,
    UnknownReference, now, rows::Columns,
};
use crate::import::Directory;

/// A value bound to a placeholder, in the terms of the schema that both backends share.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Param<'a> {
    Uuid(Option<Uuid>),
    Text(Option<&'a str>),
    Flag(bool),
    /// An integer column (PostgreSQL's `integer` or `bigint`).
    Number(i64),
    /// A point in time, at microsecond precision.
    Time(Option<DateTime<Utc>>),
    Bytes(&'a [u8]),
}

impl From<Uuid> for Param<'_> {
    fn from(value: Uuid) -> Self {
        Self::Uuid(Some(value))
    }
}
impl From<Option<Uuid>> for Param<'_> {
    fn from(value: Option<Uuid>) -> Self {
        Self::Uuid(value)
    }
}
impl<'a> From<&'a str> for Param<'a> {
    fn from(value: &'a str) -> Self {
        Self::Text(Some(value))
    }
}
impl<'a> From<&'a String> for Param<'a> {
    fn from(value: &'a String) -> Self {
        Self::Text(Some(value))
    }
}
impl<'a> From<&'a Option<String>> for Param<'a> {
    fn from(value: &'a Option<String>) -> Self {
        Self::Text(value.as_deref())
    }
}
impl From<bool> for Param<'_> {
    fn from(value: bool) -> Self {
        Self::Flag(value)
    }
}
impl From<i64> for Param<'_> {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}
impl From<DateTime<Utc>> for Param<'_> {
    fn from(value: DateTime<Utc>) -> Self {
        Self::Time(Some(value))
    }
}
impl From<Option<DateTime<Utc>>> for Param<'_> {
    fn from(value: Option<DateTime<Utc>>) -> Self {
        Self::Time(value)
    }
}
impl<'a> From<&'a [u8]> for Param<'a> {
    fn from(value: &'a [u8]) -> Self {
        Self::Bytes(value)
    }
}

/// The parameters of a statement, each converted with `Param::from`.
macro_rules! params {
    ($($value:expr),* $(,)?) => {
        &[$(Param::from($value)),*]
    };
}

// After `params!`, which they use (a macro is in scope below its definition only).
pub(crate) mod events;
mod once;

pub(crate) use once::create_chat;

/// How a row of a query is read: from a backend's row, through [`Columns`].
pub(crate) type RowMap<T, E> = fn(&dyn Columns<Error = E>) -> Result<T, E>;

/// One connection (or transaction) of a backend, as the shared decisions use it.
pub(crate) trait Tx {
    type Error;

    /// Runs a statement; the number of rows it changed.
    fn execute(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
    ) -> impl Future<Output = Result<u64, Self::Error>>;

    /// Runs a query; every row, read by `map`.
    fn query<T>(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
        map: RowMap<T, Self::Error>,
    ) -> impl Future<Output = Result<Vec<T>, Self::Error>>;

    /// Tells the backend's other processes, when the transaction commits, that `workspace`
    /// has new chat events (PostgreSQL: `NOTIFY`); nothing where the backend's process is
    /// the only writer (SQLite: the storage tells its own listeners after the commit).
    fn announce(&mut self, workspace: Uuid) -> impl Future<Output = Result<(), Self::Error>> {
        let _ = workspace;
        std::future::ready(Ok(()))
    }
}

/// The first row's value of a query that answers one, such as `SELECT EXISTS (…)`.
async fn first<T: Tx, V>(
    tx: &mut T,
    sql: &str,
    params: &[Param<'_>],
    map: RowMap<V, T::Error>,
) -> Result<Option<V>, T::Error> {
    Ok(tx.query(sql, params, map).await?.into_iter().next())
}

fn flag<E>(row: &dyn Columns<Error = E>) -> Result<bool, E> {
    Ok(row.flag(0)?.unwrap_or(false))
}

fn uuid<E>(row: &dyn Columns<Error = E>) -> Result<Option<Uuid>, E> {
    row.uuid(0)
}

/// Runs a future that never waits (SQLite's [`Tx`] does not) to its end, on this thread.
pub(crate) fn ready<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(output) => output,
        std::task::Poll::Pending => unreachable!("a storage future that never waits waited"),
    }
}

const OWNER_EXISTS: &str = "SELECT EXISTS (SELECT 1 FROM users WHERE workspace_id = $1 AND id = $2)
    OR EXISTS (SELECT 1 FROM external_users WHERE workspace_id = $1 AND id = $2)";
const CHANNEL: &str = "SELECT type, responder_id FROM channels WHERE workspace_id = $1 AND id = $2";
const DEFAULT_RESPONDER: &str = "SELECT default_responder_id FROM workspaces WHERE id = $1";
const LATEST_VERSION: &str =
    "SELECT id FROM agent_versions WHERE workspace_id = $1 AND agent_id = $2
    ORDER BY number DESC LIMIT 1";
const INSERT_CHAT: &str = "INSERT INTO chats (workspace_id, id, channel_id, channel_type, owner_id,
        responder_id, current_responder_id, title, is_removed, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9, $9)";

/// Creates a chat. In order: the owner must be a user or an external user of the workspace
/// (else `ownerId` is unknown); the responder is the channel's (an unknown channel makes
/// `channelId` unknown) or, without a channel, the workspace's default one (none makes
/// `channelId` required in effect); the chat starts on the responder's latest version, if
/// it has versions.
pub(super) async fn create_new<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    chat: NewChat,
) -> Result<Result<Chat, UnknownReference>, T::Error> {
    let owner_known = first(tx, OWNER_EXISTS, params![workspace, chat.owner_id], flag).await?;
    if owner_known != Some(true) {
        return Ok(Err(UnknownReference {
            field: "ownerId",
            message: "no user or external user of this workspace has this id",
        }));
    }
    let (channel_type, responder) = match chat.channel_id {
        Some(channel) => {
            let found = first(tx, CHANNEL, params![workspace, channel], |row| {
                Ok((row.text(0)?, row.uuid(1)?))
            })
            .await?;
            let Some((channel_type, responder)) = found else {
                return Ok(Err(UnknownReference {
                    field: "channelId",
                    message: "no channel of this workspace has this id",
                }));
            };
            (channel_type, responder)
        }
        None => {
            let responder = first(tx, DEFAULT_RESPONDER, params![workspace], uuid).await?;
            (None, responder.flatten())
        }
    };
    let Some(responder) = responder else {
        return Ok(Err(UnknownReference {
            field: "channelId",
            message: "the workspace has no default responder: give a channel",
        }));
    };
    let version = first(tx, LATEST_VERSION, params![workspace, responder], uuid).await?;
    let at = now();
    let created = Chat {
        id: Uuid::new_v4(),
        channel_id: chat.channel_id,
        current_responder_id: version.flatten(),
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
        INSERT_CHAT,
        params![
            workspace,
            created.id,
            created.channel_id,
            &channel_type,
            created.owner_id,
            created.responder_id,
            created.current_responder_id,
            &created.title,
            at,
        ],
    )
    .await?;
    events::record(tx, EventKind::Created, &created).await?;
    Ok(Ok(created))
}

/// Judges what a details read found: no row is no chat; a row without a version while a
/// version was asked for means that id is no version of the chat's responder.
pub(crate) fn judge_details(
    found: Option<ChatDetails>,
    asked_version: Option<Uuid>,
) -> DetailsLookup {
    match found {
        None => DetailsLookup::NoChat,
        Some(details) if asked_version.is_some() && details.responder_version_id.is_none() => {
            DetailsLookup::UnknownVersion
        }
        Some(details) => DetailsLookup::Found(Box::new(details)),
    }
}

static UPDATE_CHAT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "UPDATE chats SET
             title = CASE WHEN $1 THEN title ELSE $2 END,
             last_chat_message_created_at =
                 CASE WHEN $3 THEN last_chat_message_created_at ELSE $4 END,
             updated_at = CASE WHEN updated_at > $5 THEN updated_at ELSE $5 END
         WHERE workspace_id = $6 AND id = $7 AND NOT is_removed
         RETURNING {}",
        super::rows::CHAT_COLUMNS.replace("c.", "")
    )
});

/// Applies an update to a live chat: `None` keeps a field, `Some(None)` clears it.
///
/// `updatedAt` never moves backwards. The time is read before the statement runs, and on
/// PostgreSQL a concurrent write to the same chat may hold the row until after that, so a
/// write can commit after one that read a later time; it then keeps the later time (the
/// concurrent-PATCH test in the end-to-end suite found this).
pub(crate) async fn update_chat<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    update: &ChatUpdate,
) -> Result<Option<Chat>, T::Error> {
    let (keep_title, title) = match &update.title {
        None => (true, None),
        Some(title) => (false, title.as_deref()),
    };
    let (keep_at, at) = match update.last_chat_message_created_at {
        None => (true, None),
        Some(at) => (false, at),
    };
    let params = [
        Param::Flag(keep_title),
        Param::Text(title),
        Param::Flag(keep_at),
        Param::Time(at),
        Param::from(now()),
        Param::from(workspace),
        Param::from(update.id),
    ];
    let mut rows = tx
        .query(&UPDATE_CHAT, &params, |row| super::rows::chat(row))
        .await?;
    let updated = rows.pop();
    if let Some(chat) = &updated {
        events::record(tx, EventKind::Updated, chat).await?;
    }
    Ok(updated)
}

static REMOVE_CHAT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "UPDATE chats SET is_removed = true,
             updated_at = CASE WHEN updated_at > $1 THEN updated_at ELSE $1 END
         WHERE workspace_id = $2 AND id = $3 AND NOT is_removed
         RETURNING {}",
        super::rows::CHAT_COLUMNS.replace("c.", "")
    )
});

/// Marks a live chat removed; `false` when there is none with this id. Like an update,
/// it never moves `updatedAt` backwards.
pub(crate) async fn remove_chat<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    id: Uuid,
) -> Result<bool, T::Error> {
    let removed = tx
        .query(&REMOVE_CHAT, params![now(), workspace, id], |row| {
            super::rows::chat(row)
        })
        .await?
        .pop();
    match removed {
        Some(chat) => {
            events::record(tx, EventKind::Removed, &chat).await?;
            Ok(true)
        }
        None => Ok(false),
    }
}

pub(crate) async fn create_workspace<T: Tx>(tx: &mut T, name: &str) -> Result<Uuid, T::Error> {
    let id = Uuid::new_v4();
    tx.execute(
        "INSERT INTO workspaces (id, name, created_at) VALUES ($1, $2, $3)",
        params![id, name, now()],
    )
    .await?;
    Ok(id)
}

const WORKSPACE_EXISTS: &str = "SELECT EXISTS (SELECT 1 FROM workspaces WHERE id = $1)";

pub(crate) async fn workspace_exists<T: Tx>(tx: &mut T, workspace: Uuid) -> Result<bool, T::Error> {
    Ok(first(tx, WORKSPACE_EXISTS, params![workspace], flag).await? == Some(true))
}

/// Whether the database holds no workspace yet.
pub(crate) async fn is_empty<T: Tx>(tx: &mut T) -> Result<bool, T::Error> {
    let any = first(
        tx,
        "SELECT EXISTS (SELECT 1 FROM workspaces)",
        params![],
        flag,
    )
    .await?;
    Ok(any != Some(true))
}

pub(crate) async fn create_api_key<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    name: &str,
    hash: &[u8; 32],
) -> Result<Uuid, T::Error> {
    let id = Uuid::new_v4();
    tx.execute(
        "INSERT INTO api_keys (id, workspace_id, name, key_hash, created_at)
         VALUES ($1, $2, $3, $4, $5)",
        params![id, workspace, name, &hash[..], now()],
    )
    .await?;
    Ok(id)
}

pub(crate) async fn list_api_keys<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
) -> Result<Vec<ApiKeyInfo>, T::Error> {
    tx.query(
        "SELECT id, name, created_at, revoked_at FROM api_keys
         WHERE workspace_id = $1 ORDER BY created_at, id",
        params![workspace],
        |row| {
            Ok(ApiKeyInfo {
                id: row.uuid(0)?.ok_or_else(|| row.null(0))?,
                name: row.text(1)?.ok_or_else(|| row.null(1))?,
                created_at: row.time(2)?.ok_or_else(|| row.null(2))?,
                revoked_at: row.time(3)?,
            })
        },
    )
    .await
}

/// Revokes a live key; `false` when no live key has this id.
pub(crate) async fn revoke_api_key<T: Tx>(tx: &mut T, key_id: Uuid) -> Result<bool, T::Error> {
    let changed = tx
        .execute(
            "UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
            params![now(), key_id],
        )
        .await?;
    Ok(changed == 1)
}

/// The ids among `ids` for which `exists` (a `SELECT EXISTS` over `$1` the workspace and `$2`
/// the id) holds.
async fn stored<T: Tx>(
    tx: &mut T,
    exists: &str,
    workspace: Uuid,
    ids: Vec<Uuid>,
) -> Result<Vec<Uuid>, T::Error> {
    let mut found = Vec::new();
    for id in ids {
        if first(tx, exists, params![workspace, id], flag).await? == Some(true) {
            found.push(id);
        }
    }
    Ok(found)
}

/// Imports a directory file: checks every reference it makes against the file and the
/// workspace (the first bad entry refuses the whole file, and nothing is written), then
/// writes each entry, updating what exists by id. The caller's transaction makes it all or
/// nothing; a refusal is answered before any write, so the caller only rolls back.
pub(crate) async fn import<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    directory: &Directory,
) -> Result<Result<ImportSummary, ImportError>, T::Error> {
    if !workspace_exists(tx, workspace).await? {
        return Ok(Err(ImportError::NoWorkspace(workspace)));
    }
    let responders = stored(
        tx,
        "SELECT EXISTS (SELECT 1 FROM agents WHERE workspace_id = $1 AND id = $2)
             OR EXISTS (SELECT 1 FROM squads WHERE workspace_id = $1 AND id = $2)",
        workspace,
        directory.referenced_responders(),
    )
    .await?;
    let chats = stored(
        tx,
        "SELECT EXISTS (SELECT 1 FROM chats WHERE workspace_id = $1 AND id = $2)",
        workspace,
        directory.referenced_chats(),
    )
    .await?;
    if let Err(bad) = directory.check_references(&responders, &chats) {
        return Ok(Err(bad.into()));
    }
    write_directory(tx, workspace, directory).await.map(Ok)
}

/// Writes a checked directory file, entry by entry; what it wrote.
async fn write_directory<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    directory: &Directory,
) -> Result<ImportSummary, T::Error> {
    let mut summary = ImportSummary::default();
    if let Some(id) = directory.default_responder_id {
        tx.execute(
            "UPDATE workspaces SET default_responder_id = $1 WHERE id = $2",
            params![id, workspace],
        )
        .await?;
    }
    write_responders(tx, workspace, directory, &mut summary).await?;
    write_channels(tx, workspace, directory, &mut summary).await?;
    write_owners(tx, workspace, directory, &mut summary).await?;
    write_conversations(tx, workspace, directory, &mut summary).await?;
    Ok(summary)
}

/// Writes the directory's agents with their versions, then its squads.
async fn write_responders<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    directory: &Directory,
    summary: &mut ImportSummary,
) -> Result<(), T::Error> {
    for agent in &directory.agents {
        tx.execute(
            "INSERT INTO agents (workspace_id, id, name, picture) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, picture = excluded.picture",
            params![
                workspace,
                agent.super_identity_id,
                &agent.name,
                &agent.picture
            ],
        )
        .await?;
        summary.agents += 1;
        for version in &agent.versions {
            tx.execute(
                "INSERT INTO agent_versions (workspace_id, id, agent_id, number)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (workspace_id, id) DO UPDATE SET
                     agent_id = excluded.agent_id, number = excluded.number",
                params![
                    workspace,
                    version.id,
                    agent.super_identity_id,
                    i64::from(version.number)
                ],
            )
            .await?;
            summary.agent_versions += 1;
        }
    }
    for squad in &directory.squads {
        tx.execute(
            "INSERT INTO squads (workspace_id, id, name, picture) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, picture = excluded.picture",
            params![
                workspace,
                squad.super_identity_id,
                &squad.name,
                &squad.picture
            ],
        )
        .await?;
        summary.squads += 1;
    }
    Ok(())
}

/// Writes the directory's channels, keeping each chat's copy of its channel's type in step.
async fn write_channels<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    directory: &Directory,
    summary: &mut ImportSummary,
) -> Result<(), T::Error> {
    for channel in &directory.channels {
        let channel_type = channel.channel_type.to_string();
        tx.execute(
            "INSERT INTO channels (workspace_id, id, name, type, responder_id)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, type = excluded.type, responder_id = excluded.responder_id",
            params![
                workspace,
                channel.id,
                &channel.name,
                &channel_type,
                channel.responder_id
            ],
        )
        .await?;
        // Keep the copy on chats (the index of the type filter) in step.
        tx.execute(
            "UPDATE chats SET channel_type = $1
             WHERE workspace_id = $2 AND channel_id = $3 AND channel_type IS DISTINCT FROM $1",
            params![&channel_type, workspace, channel.id],
        )
        .await?;
        summary.channels += 1;
    }
    Ok(())
}

/// Writes the directory's users and external users: the owners of chats.
async fn write_owners<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    directory: &Directory,
    summary: &mut ImportSummary,
) -> Result<(), T::Error> {
    for user in &directory.users {
        tx.execute(
            "INSERT INTO users (workspace_id, id, name, email) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 name = excluded.name, email = excluded.email",
            params![workspace, user.super_identity_id, &user.name, &user.email],
        )
        .await?;
        summary.users += 1;
    }
    for user in &directory.external_users {
        tx.execute(
            "INSERT INTO external_users (workspace_id, id, name, identifier, is_blocked)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (workspace_id, id) DO UPDATE SET name = excluded.name,
                 identifier = excluded.identifier, is_blocked = excluded.is_blocked",
            params![
                workspace,
                user.super_identity_id,
                &user.name,
                &user.identifier,
                user.is_blocked
            ],
        )
        .await?;
        summary.external_users += 1;
    }
    Ok(())
}

/// Writes the directory's messages, moving each chat's last message time forward, and its
/// tickets.
async fn write_conversations<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    directory: &Directory,
    summary: &mut ImportSummary,
) -> Result<(), T::Error> {
    for message in &directory.messages {
        let role = message.role.to_string();
        tx.execute(
            "INSERT INTO messages (workspace_id, id, chat_id, role, content, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 chat_id = excluded.chat_id, role = excluded.role, content = excluded.content,
                 created_at = excluded.created_at",
            params![
                workspace,
                message.id,
                message.chat_id,
                &role,
                &message.content,
                message.created_at
            ],
        )
        .await?;
        tx.execute(
            "UPDATE chats SET last_chat_message_created_at = $1
             WHERE workspace_id = $2 AND id = $3
               AND (last_chat_message_created_at IS NULL OR last_chat_message_created_at < $1)",
            params![message.created_at, workspace, message.chat_id],
        )
        .await?;
        summary.messages += 1;
    }
    for ticket in &directory.tickets {
        let status = ticket.status.to_string();
        tx.execute(
            "INSERT INTO tickets (workspace_id, id, chat_id, status) VALUES ($1, $2, $3, $4)
             ON CONFLICT (workspace_id, id) DO UPDATE SET
                 chat_id = excluded.chat_id, status = excluded.status",
            params![workspace, ticket.id, ticket.chat_id, &status],
        )
        .await?;
        summary.tickets += 1;
    }
    Ok(())
}
