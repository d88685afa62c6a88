-- The Chats service's SQLite schema. Ids are 16-byte UUID blobs; times are microseconds
-- since the Unix epoch (UTC), the precision the API shows. Every table is keyed by
-- workspace first: nothing is ever read across workspaces.

CREATE TABLE workspaces (
    id BLOB PRIMARY KEY,
    name TEXT NOT NULL,
    default_responder_id BLOB,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Only a SHA-256 of each key is kept; `id` names a key for listing and revoking.
CREATE TABLE api_keys (
    id BLOB PRIMARY KEY,
    workspace_id BLOB NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    key_hash BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
) WITHOUT ROWID;
CREATE INDEX api_keys_by_workspace ON api_keys(workspace_id, created_at);

CREATE TABLE channels (
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('widget', 'waha', 'whatsapp', 'instagram', 'api')),
    responder_id BLOB NOT NULL,
    PRIMARY KEY (workspace_id, id)
) WITHOUT ROWID;

CREATE TABLE users (
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    PRIMARY KEY (workspace_id, id)
) WITHOUT ROWID;

CREATE TABLE external_users (
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    identifier TEXT,
    is_blocked INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id, id)
) WITHOUT ROWID;

CREATE TABLE agents (
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    picture TEXT,
    PRIMARY KEY (workspace_id, id)
) WITHOUT ROWID;

CREATE TABLE agent_versions (
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    agent_id BLOB NOT NULL,
    number INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id)
) WITHOUT ROWID;
CREATE INDEX agent_versions_by_agent ON agent_versions(workspace_id, agent_id, number);

CREATE TABLE squads (
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    name TEXT NOT NULL,
    picture TEXT,
    PRIMARY KEY (workspace_id, id)
) WITHOUT ROWID;

-- `channel_type` is the channel's type copied onto the chat (kept in step by import) so
-- that the type filter is an index range, not a join.
CREATE TABLE chats (
    seq INTEGER PRIMARY KEY,
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    channel_id BLOB,
    channel_type TEXT,
    owner_id BLOB NOT NULL,
    responder_id BLOB NOT NULL,
    current_responder_id BLOB,
    title TEXT,
    last_chat_message_created_at INTEGER,
    is_removed INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX chats_by_id ON chats(workspace_id, id);
-- Lists: live chats of a workspace, newest first; one index per filter, in list order.
CREATE INDEX chats_listed ON chats(workspace_id, created_at DESC, id DESC) WHERE is_removed = 0;
CREATE INDEX chats_by_channel ON chats(workspace_id, channel_id, created_at DESC, id DESC) WHERE is_removed = 0;
CREATE INDEX chats_by_channel_type ON chats(workspace_id, channel_type, created_at DESC, id DESC) WHERE is_removed = 0;
CREATE INDEX chats_by_owner ON chats(workspace_id, owner_id, created_at DESC, id DESC) WHERE is_removed = 0;
CREATE INDEX chats_by_responder ON chats(workspace_id, responder_id, created_at DESC, id DESC) WHERE is_removed = 0;
CREATE INDEX chats_by_version ON chats(workspace_id, current_responder_id, created_at DESC, id DESC) WHERE is_removed = 0;
CREATE INDEX chats_by_last_message ON chats(workspace_id, last_chat_message_created_at) WHERE is_removed = 0;

-- Substring search on titles: an FTS5 trigram index kept in step by triggers.
CREATE VIRTUAL TABLE chats_title_search USING fts5(
    title, content = 'chats', content_rowid = 'seq', tokenize = 'trigram'
);
CREATE TRIGGER chats_title_insert AFTER INSERT ON chats WHEN new.title IS NOT NULL BEGIN
    INSERT INTO chats_title_search(rowid, title) VALUES (new.seq, new.title);
END;
CREATE TRIGGER chats_title_delete AFTER DELETE ON chats WHEN old.title IS NOT NULL BEGIN
    INSERT INTO chats_title_search(chats_title_search, rowid, title) VALUES ('delete', old.seq, old.title);
END;
CREATE TRIGGER chats_title_update AFTER UPDATE OF title ON chats BEGIN
    INSERT INTO chats_title_search(chats_title_search, rowid, title)
        SELECT 'delete', old.seq, old.title WHERE old.title IS NOT NULL;
    INSERT INTO chats_title_search(rowid, title)
        SELECT new.seq, new.title WHERE new.title IS NOT NULL;
END;

CREATE TABLE messages (
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    chat_id BLOB NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'operator', 'system')),
    content TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id)
) WITHOUT ROWID;
CREATE INDEX messages_by_chat ON messages(workspace_id, chat_id, created_at DESC, id DESC);

-- `seq` orders a chat's tickets: the chat's ticket is its latest.
CREATE TABLE tickets (
    seq INTEGER PRIMARY KEY,
    workspace_id BLOB NOT NULL,
    id BLOB NOT NULL,
    chat_id BLOB NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed'))
);
CREATE UNIQUE INDEX tickets_by_id ON tickets(workspace_id, id);
CREATE INDEX tickets_by_chat ON tickets(workspace_id, chat_id, seq DESC);
