-- Chat events (GET /api/v1/chats/events): every create, update and removal writes its event
-- in the transaction of the change (an outbox), so an acknowledged change always has its
-- event and a rolled-back one never does. `seq` counts each workspace's events from 1 in
-- commit order: the change's transaction holds the counter row until it commits, so a later
-- seq never commits before an earlier one. Replicas learn of new events by NOTIFY on the
-- channel `chat_events` (the workspace id as payload, sent at commit). Events older than 24
-- hours are deleted, and `pruned_through` remembers the last deleted seq, so a client
-- resuming from before it is told to list again instead of missing events.
CREATE TABLE chat_event_counters (
    workspace_id uuid PRIMARY KEY REFERENCES workspaces(id),
    last_seq bigint NOT NULL,
    pruned_through bigint NOT NULL DEFAULT 0
);
CREATE TABLE chat_events (
    workspace_id uuid NOT NULL,
    seq bigint NOT NULL,
    kind text NOT NULL CHECK (kind IN ('chat.created', 'chat.updated', 'chat.removed')),
    channel_id uuid,
    owner_id uuid NOT NULL,
    chat text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, seq)
);
CREATE INDEX chat_events_by_time ON chat_events(created_at);
