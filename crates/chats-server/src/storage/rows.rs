//! How rows become the API's types, once for both backends: the columns a chat and a chat's
//! details are read from, in order, and the mapping from them. A backend supplies only
//! [`Columns`], the reading of one column of its own row as a plain value.

use chats_api::types::{Chat, ChatDetails, ResponderEntity};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// One row of a backend, read column by column (by position, from 0). Every reader answers
/// `None` for NULL; the mapping decides which columns may be NULL.
pub(crate) trait Columns {
    type Error;
    fn uuid(&self, index: usize) -> Result<Option<Uuid>, Self::Error>;
    fn text(&self, index: usize) -> Result<Option<String>, Self::Error>;
    fn flag(&self, index: usize) -> Result<Option<bool>, Self::Error>;
    fn number(&self, index: usize) -> Result<Option<i64>, Self::Error>;
    fn time(&self, index: usize) -> Result<Option<DateTime<Utc>>, Self::Error>;
    /// The error for a NULL in a column the schema declares NOT NULL.
    fn null(&self, index: usize) -> Self::Error;
}

/// How [`Columns`] reads one kind of column.
type Reader<R, T> = fn(&R, usize) -> Result<Option<T>, <R as Columns>::Error>;

/// A column that must not be NULL.
fn required<R: Columns + ?Sized, T>(
    row: &R,
    index: usize,
    read: Reader<R, T>,
) -> Result<T, R::Error> {
    read(row, index)?.ok_or_else(|| row.null(index))
}

/// The columns of [`chat`], from `chats c`.
pub(crate) const CHAT_COLUMNS: &str = "c.id, c.channel_id, c.current_responder_id, \
     c.last_chat_message_created_at, c.owner_id, c.responder_id, c.title, c.is_removed, \
     c.created_at, c.updated_at, c.workspace_id";

/// A chat from the columns of [`CHAT_COLUMNS`].
pub(crate) fn chat<R: Columns + ?Sized>(row: &R) -> Result<Chat, R::Error> {
    Ok(Chat {
        id: required(row, 0, R::uuid)?,
        channel_id: row.uuid(1)?,
        current_responder_id: row.uuid(2)?,
        last_chat_message_created_at: row.time(3)?,
        owner_id: required(row, 4, R::uuid)?,
        responder_id: required(row, 5, R::uuid)?,
        title: row.text(6)?,
        is_removed: required(row, 7, R::flag)?,
        created_at: required(row, 8, R::time)?,
        updated_at: required(row, 9, R::time)?,
        workspace_id: required(row, 10, R::uuid)?,
    })
}

/// The `SELECT … FROM {from} LEFT JOIN …` of [`details`]: the chat (`c`, from `from`), its
/// channel, owner, responder and responder version by primary key, then `latest`, the
/// backend's joins of the chat's last two messages (`m1`, `m2`: content, created_at, role)
/// and its last ticket (`t`: id, status). `version` is the placeholder of the responder
/// version asked for (NULL for the chat's current one).
pub(crate) fn details_select(version: &str, from: &str, latest: &str) -> String {
    format!(
        "SELECT
    c.id, c.channel_id, c.created_at, c.is_removed, c.owner_id, c.responder_id, c.title,
    c.workspace_id,
    ch.name, ch.type,
    u.name, u.email, eu.name, eu.identifier, eu.is_blocked,
    a.name, a.picture, s.name, s.picture,
    v.id, v.number,
    m1.content, m1.created_at, m1.role,
    m2.content, m2.created_at, m2.role,
    t.id, t.status
FROM {from}
LEFT JOIN channels ch ON ch.workspace_id = c.workspace_id AND ch.id = c.channel_id
LEFT JOIN users u ON u.workspace_id = c.workspace_id AND u.id = c.owner_id
LEFT JOIN external_users eu ON eu.workspace_id = c.workspace_id AND eu.id = c.owner_id
LEFT JOIN agents a ON a.workspace_id = c.workspace_id AND a.id = c.responder_id
LEFT JOIN squads s ON s.workspace_id = c.workspace_id AND s.id = c.responder_id
LEFT JOIN agent_versions v ON v.workspace_id = c.workspace_id
    AND v.id = COALESCE({version}, c.current_responder_id) AND v.agent_id = c.responder_id
{latest}"
    )
}

/// A chat's details from the columns of [`details_select`]. The owner is a user when a user
/// has the id, else an external user; the responder an agent when an agent has the id, else a
/// squad. Enum columns hold what the schema's CHECK allows; anything else reads as absent.
pub(crate) fn details<R: Columns + ?Sized>(row: &R) -> Result<ChatDetails, R::Error> {
    let (responder_entity, responder_name, responder_picture) = match row.text(15)? {
        Some(name) => (ResponderEntity::Agent, name, row.text(16)?),
        None => (
            ResponderEntity::Squad,
            row.text(17)?.unwrap_or_default(),
            row.text(18)?,
        ),
    };
    let user_name = row.text(10)?;
    let external_name = row.text(12)?;
    let is_external = user_name.is_none() && external_name.is_some();
    Ok(ChatDetails {
        id: required(row, 0, R::uuid)?,
        channel_id: row.uuid(1)?,
        created_at: required(row, 2, R::time)?,
        is_removed: required(row, 3, R::flag)?,
        owner_id: required(row, 4, R::uuid)?,
        responder_id: required(row, 5, R::uuid)?,
        title: row.text(6)?,
        workspace_id: required(row, 7, R::uuid)?,
        channel_name: row.text(8)?,
        channel_type: row.text(9)?.and_then(|t| t.parse().ok()),
        owner_name: user_name.or(external_name),
        owner_email: row.text(11)?,
        owner_identifier: if is_external { row.text(13)? } else { None },
        is_owner_blocked: if is_external { row.flag(14)? } else { None },
        responder_entity,
        responder_name,
        responder_picture,
        responder_version_id: row.uuid(19)?,
        responder_version_number: row.number(20)?,
        last_message_content: row.text(21)?,
        last_message_created_at: row.time(22)?,
        last_message_role: row.text(23)?.and_then(|r| r.parse().ok()),
        penultimate_message_content: row.text(24)?,
        penultimate_message_created_at: row.time(25)?,
        penultimate_message_role: row.text(26)?.and_then(|r| r.parse().ok()),
        ticket_id: row.uuid(27)?,
        ticket_status: row.text(28)?.and_then(|s| s.parse().ok()),
    })
}
