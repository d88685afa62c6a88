-- The Chats service's PostgreSQL schema: the same tables, keys and indexes as SQLite's,
-- in PostgreSQL's types (uuid, timestamptz at microsecond precision, the API's precision).
-- Every table is keyed by workspace first: nothing is ever read across workspaces.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE workspaces (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    default_responder_id uuid,
    created_at timestamptz NOT NULL
);

-- Only a SHA-256 of each key is kept; `id` names a key for listing and revoking.
CREATE TABLE api_keys (
    id uuid PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces(id),
    name text NOT NULL,
    key_hash bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_keys_by_workspace ON api_keys(workspace_id, created_at);

CREATE TABLE channels (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    name text NOT NULL,
    type text NOT NULL CHECK (type IN ('widget', 'waha', 'whatsapp', 'instagram', 'api')),
    responder_id uuid NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE users (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    name text NOT NULL,
    email text,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE external_users (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    name text NOT NULL,
    identifier text,
    is_blocked boolean NOT NULL DEFAULT false,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE agents (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    name text NOT NULL,
    picture text,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE agent_versions (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    agent_id uuid NOT NULL,
    number integer NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX agent_versions_by_agent ON agent_versions(workspace_id, agent_id, number);

CREATE TABLE squads (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    name text NOT NULL,
    picture text,
    PRIMARY KEY (workspace_id, id)
);

-- `channel_type` is the channel's type copied onto the chat (kept in step by import) so
-- that the type filter is an index range, not a join.
CREATE TABLE chats (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    channel_id uuid,
    channel_type text,
    owner_id uuid NOT NULL,
    responder_id uuid NOT NULL,
    current_responder_id uuid,
    title text,
    last_chat_message_created_at timestamptz,
    is_removed boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
-- Lists: live chats of a workspace, newest first; one index per filter, in list order.
CREATE INDEX chats_listed ON chats(workspace_id, created_at DESC, id DESC) WHERE NOT is_removed;
CREATE INDEX chats_by_channel ON chats(workspace_id, channel_id, created_at DESC, id DESC) WHERE NOT is_removed;
CREATE INDEX chats_by_channel_type ON chats(workspace_id, channel_type, created_at DESC, id DESC) WHERE NOT is_removed;
CREATE INDEX chats_by_owner ON chats(workspace_id, owner_id, created_at DESC, id DESC) WHERE NOT is_removed;
CREATE INDEX chats_by_responder ON chats(workspace_id, responder_id, created_at DESC, id DESC) WHERE NOT is_removed;
CREATE INDEX chats_by_version ON chats(workspace_id, current_responder_id, created_at DESC, id DESC) WHERE NOT is_removed;
CREATE INDEX chats_by_last_message ON chats(workspace_id, last_chat_message_created_at) WHERE NOT is_removed;
-- Substring search on titles: trigrams (ILIKE '%…%' uses it from three characters on).
CREATE INDEX chats_title_trigrams ON chats USING gin (title gin_trgm_ops) WHERE NOT is_removed;

CREATE TABLE messages (
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    chat_id uuid NOT NULL,
    role text NOT NULL CHECK (role IN ('user', 'assistant', 'operator', 'system')),
    content text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX messages_by_chat ON messages(workspace_id, chat_id, created_at DESC, id DESC);

-- `seq` orders a chat's tickets: the chat's ticket is its latest.
CREATE TABLE tickets (
    seq bigserial PRIMARY KEY,
    workspace_id uuid NOT NULL,
    id uuid NOT NULL,
    chat_id uuid NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed')),
    UNIQUE (workspace_id, id)
);
CREATE INDEX tickets_by_chat ON tickets(workspace_id, chat_id, seq DESC);
