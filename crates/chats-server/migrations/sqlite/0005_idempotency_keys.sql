-- Idempotency keys of creates (the Idempotency-Key header of createChat): a key is claimed
-- in the transaction that creates the chat and holds that chat's answer when it commits, so
-- a repeat reads the first answer and a rolled-back create leaves no key behind. Keys are
-- per workspace; a key older than 24 hours (storage::IDEMPOTENCY_RETENTION) is claimed
-- again by its next use.
CREATE TABLE idempotency_keys (
    workspace_id BLOB NOT NULL REFERENCES workspaces(id),
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    answer TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, key)
) WITHOUT ROWID;
