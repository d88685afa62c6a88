-- Time-range lists walk the list order per lag bucket (storage::LAG_BUCKETS): a chat's lag
-- is the time from its creation to its last message (microseconds here), and its bucket
-- bounds where a window's matches can sit in the list order. An index on the expression
-- (the list query repeats it verbatim, `sqlite::list::LAG_BUCKET`): SQLite computes it from
-- the two columns, so no write path can let it drift, and reads it from the index alone
-- (a VIRTUAL generated column would make it read the table). The index carries the last
-- message's time, so a walk tests the window without reading the table.
CREATE INDEX chats_by_message_lag ON chats(
    workspace_id,
    (CASE WHEN last_chat_message_created_at IS NULL THEN NULL WHEN last_chat_message_created_at - created_at < 0 THEN 0 WHEN last_chat_message_created_at - created_at < 3600000000 THEN 1 WHEN last_chat_message_created_at - created_at < 86400000000 THEN 2 WHEN last_chat_message_created_at - created_at < 604800000000 THEN 3 WHEN last_chat_message_created_at - created_at < 2592000000000 THEN 4 WHEN last_chat_message_created_at - created_at < 31536000000000 THEN 5 ELSE 6 END),
    created_at DESC, id DESC, last_chat_message_created_at
) WHERE is_removed = 0 AND last_chat_message_created_at IS NOT NULL;
-- Replaces the window's own index: every list with a window walks the buckets.
DROP INDEX chats_by_last_message;
