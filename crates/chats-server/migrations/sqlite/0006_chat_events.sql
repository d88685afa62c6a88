-- Chat events (GET /api/v1/chats/events): every create, update and removal writes its event
-- in the transaction of the change (an outbox), so an acknowledged change always has its
-- event and a rolled-back one never does. `seq` counts each workspace's events from 1 in
-- commit order (the counter row is taken by the change's transaction); events older than 24
-- hours are deleted, and `pruned_through` remembers the last deleted seq, so a client
-- resuming from before it is told to list again instead of missing events.
CREATE TABLE chat_event_counters (
    workspace_id BLOB PRIMARY KEY REFERENCES workspaces(id),
    last_seq INTEGER NOT NULL,
    pruned_through INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE chat_events (
    workspace_id BLOB NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('chat.created', 'chat.updated', 'chat.removed')),
    channel_id BLOB,
    owner_id BLOB NOT NULL,
    chat TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, seq)
) WITHOUT ROWID;
CREATE INDEX chat_events_by_time ON chat_events(created_at);
