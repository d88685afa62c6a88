//! A create sent with an idempotency key is made once: the key is claimed in the transaction
//! that creates the chat and keeps the chat's answer when it commits (see
//! `migrations/*/…_idempotency_keys.sql`).

use chats_api::types::Chat;
use uuid::Uuid;

use super::{Param, Tx, create_new, first, flag};
use crate::storage::{CreateError, NewChat, now};

/// Claims an idempotency key: inserts it, or takes over one older than the retention; `true`
/// when claimed. A key another transaction holds makes PostgreSQL wait for it (bounded by
/// the caller's `lock_timeout`) and then see it; SQLite's one writer never meets one.
const CLAIM_KEY: &str = "INSERT INTO idempotency_keys (workspace_id, key, request_hash, answer,
        created_at)
    VALUES ($1, $2, $3, NULL, $4)
    ON CONFLICT (workspace_id, key) DO UPDATE SET request_hash = excluded.request_hash,
        answer = NULL, created_at = excluded.created_at
    WHERE idempotency_keys.created_at < $5
    RETURNING true";
const STORED_KEY: &str =
    "SELECT request_hash, answer FROM idempotency_keys WHERE workspace_id = $1 AND key = $2";
const ANSWER_KEY: &str =
    "UPDATE idempotency_keys SET answer = $3 WHERE workspace_id = $1 AND key = $2";
const RELEASE_KEY: &str = "DELETE FROM idempotency_keys WHERE workspace_id = $1 AND key = $2";

/// Creates a chat once per idempotency key (when the request sent one): the key is claimed
/// first, in the same transaction as the chat, and holds the chat when it commits. A key
/// already held answers its chat again when the body's hash is the same, `KeyReused`
/// otherwise, and `KeyInUse` when its create has not committed an answer; a create refused
/// for a reference releases its key (nothing of the request is kept).
pub(crate) async fn create_chat<T: Tx>(
    tx: &mut T,
    workspace: Uuid,
    chat: NewChat,
) -> Result<Result<Chat, CreateError>, T::Error> {
    let Some(key) = chat.idempotency.clone() else {
        return Ok(create_new(tx, workspace, chat)
            .await?
            .map_err(CreateError::from));
    };
    let at = now();
    let claimed = first(
        tx,
        CLAIM_KEY,
        params![
            workspace,
            &key.key,
            &key.request_hash,
            at,
            at - crate::storage::IDEMPOTENCY_RETENTION
        ],
        flag,
    )
    .await?;
    if claimed != Some(true) {
        let stored = first(tx, STORED_KEY, params![workspace, &key.key], |row| {
            Ok((row.text(0)?, row.text(1)?))
        })
        .await?;
        return Ok(match stored {
            Some((hash, _)) if hash.as_deref() != Some(key.request_hash.as_str()) => {
                Err(CreateError::KeyReused)
            }
            Some((_, Some(answer))) => serde_json::from_str(&answer).map_err(|err| {
                CreateError::Storage(crate::storage::StorageError::Internal(format!(
                    "an idempotency key's stored answer does not read as a chat: {err}"
                )))
            }),
            _ => Err(CreateError::KeyInUse),
        });
    }
    match create_new(tx, workspace, chat).await? {
        Ok(created) => {
            let answer = serde_json::to_string(&created).unwrap_or_default();
            tx.execute(ANSWER_KEY, params![workspace, &key.key, answer.as_str()])
                .await?;
            Ok(Ok(created))
        }
        Err(unknown) => {
            tx.execute(RELEASE_KEY, params![workspace, &key.key])
                .await?;
            Ok(Err(unknown.into()))
        }
    }
}
