-- Idempotency keys of creates (the Idempotency-Key header of createChat): a key is claimed
-- in the transaction that creates the chat and holds that chat's answer when it commits, so
-- a repeat reads the first answer and a rolled-back create leaves no key behind. Keys are
-- per workspace; a key older than 24 hours (storage::IDEMPOTENCY_RETENTION) is claimed
-- again by its next use.
CREATE TABLE idempotency_keys (
    workspace_id uuid NOT NULL REFERENCES workspaces(id),
    key text NOT NULL,
    request_hash text NOT NULL,
    answer text,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
