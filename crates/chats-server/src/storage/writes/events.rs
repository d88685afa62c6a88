//! The chat events' outbox (`GET /api/v1/chats/events`): each change writes its event in its
//! own transaction, numbered in the workspace's commit order, and the readers' statements.
//! Neutral dialect, like the rest of `writes`.

use chats_api::types::Chat;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Param, Tx, first};
use crate::storage::{EventKind, EventPosition, StoredEvent, now};

/// Takes the workspace's next seq: the counter row stays locked (PostgreSQL) until the
/// change commits, so seqs commit in order.
const NEXT_SEQ: &str = "INSERT INTO chat_event_counters (workspace_id, last_seq, pruned_through)
    VALUES ($1, 1, 0)
    ON CONFLICT (workspace_id) DO UPDATE SET last_seq = chat_event_counters.last_seq + 1
    RETURNING last_seq";
const INSERT_EVENT: &str = "INSERT INTO chat_events
    (workspace_id, seq, kind, channel_id, owner_id, chat, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7)";
const POSITION: &str =
    "SELECT last_seq, pruned_through FROM chat_event_counters WHERE workspace_id = $1";
const READ: &str = "SELECT seq, kind, chat FROM chat_events
    WHERE workspace_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4";
/// The last seq of each workspace's events older than the cutoff becomes its
/// `pruned_through`; then those events go.
const MARK_PRUNED: &str = "UPDATE chat_event_counters SET pruned_through = (
        SELECT MAX(e.seq) FROM chat_events e
        WHERE e.workspace_id = chat_event_counters.workspace_id AND e.created_at < $1)
    WHERE EXISTS (SELECT 1 FROM chat_events e
        WHERE e.workspace_id = chat_event_counters.workspace_id AND e.created_at < $1)";
const PRUNE: &str = "DELETE FROM chat_events WHERE seq <= (
        SELECT c.pruned_through FROM chat_event_counters c
        WHERE c.workspace_id = chat_events.workspace_id)";

/// Writes the event of a change of `chat` (call it last in the change's transaction, to hold
/// the counter row briefly) and announces it to the backend's listeners at commit.
pub(crate) async fn record<T: Tx>(
    tx: &mut T,
    kind: EventKind,
    chat: &Chat,
) -> Result<(), T::Error> {
    let workspace = chat.workspace_id;
    let seq = first(tx, NEXT_SEQ, params![workspace], |row| {
        Ok(row.number(0)?.unwrap_or(0))
    })
    .await?
    .unwrap_or(0);
    let json = serde_json::to_string(chat).unwrap_or_default();
    tx.execute(
        INSERT_EVENT,
        params![
            workspace,
            seq,
            kind.name(),
            chat.channel_id,
            chat.owner_id,
            json.as_str(),
            now()
        ],
    )
    .await?;
    tx.announce(workspace).await
}

/// Where the workspace's events stand (both 0 before its first event).
pub(crate) async fn position<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
) -> Result<EventPosition, T::Error> {
    let found = first(tx, POSITION, params![workspace], |row| {
        Ok(EventPosition {
            last: row.number(0)?.unwrap_or(0),
            pruned_through: row.number(1)?.unwrap_or(0),
        })
    })
    .await?;
    Ok(found.unwrap_or_default())
}

/// The workspace's events after `after` up to `until`, at most `limit`, in order. A stored
/// chat that no longer reads as one is skipped (logged): the schema of the column is this
/// build's own.
pub(crate) async fn read<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    after: i64,
    until: i64,
    limit: i64,
) -> Result<Vec<StoredEvent>, T::Error> {
    let rows = tx
        .query(READ, params![workspace, after, until, limit], |row| {
            Ok((
                row.number(0)?.unwrap_or(0),
                row.text(1)?.unwrap_or_default(),
                row.text(2)?.unwrap_or_default(),
            ))
        })
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(seq, kind, chat)| {
            let kind = EventKind::parse(&kind);
            let chat = serde_json::from_str::<Chat>(&chat);
            match (kind, chat) {
                (Some(kind), Ok(chat)) => Some(StoredEvent { seq, kind, chat }),
                _ => {
                    tracing::error!(%workspace, seq, "a stored chat event does not read back");
                    None
                }
            }
        })
        .collect())
}

/// Deletes the events written before `cutoff`; how many went.
pub(crate) async fn prune<T: Tx>(tx: &mut T, cutoff: DateTime<Utc>) -> Result<u64, T::Error> {
    tx.execute(MARK_PRUNED, params![cutoff]).await?;
    tx.execute(PRUNE, &[]).await
}
