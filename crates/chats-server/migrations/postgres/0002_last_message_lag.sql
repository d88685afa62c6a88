-- Time-range lists walk the list order per lag bucket (storage::LAG_BUCKETS): a chat's lag
-- is the time from its creation to its last message, and its bucket bounds where a
-- window's matches can sit in the list order. The database keeps the bucket from the two
-- columns, so no write path can let it drift. Interval comparisons count a day as 24 hours,
-- as the Rust side does.
ALTER TABLE chats ADD COLUMN last_message_lag smallint GENERATED ALWAYS AS (
    CASE
        WHEN last_chat_message_created_at IS NULL THEN NULL
        WHEN last_chat_message_created_at - created_at < interval '0' THEN 0
        WHEN last_chat_message_created_at - created_at < interval '1 hour' THEN 1
        WHEN last_chat_message_created_at - created_at < interval '24 hours' THEN 2
        WHEN last_chat_message_created_at - created_at < interval '168 hours' THEN 3
        WHEN last_chat_message_created_at - created_at < interval '720 hours' THEN 4
        WHEN last_chat_message_created_at - created_at < interval '8760 hours' THEN 5
        ELSE 6
    END
) STORED;
CREATE INDEX chats_by_message_lag ON chats(workspace_id, last_message_lag, created_at DESC, id DESC)
    INCLUDE (last_chat_message_created_at)
    WHERE NOT is_removed AND last_chat_message_created_at IS NOT NULL;
-- Replaces the window's own index: every list with a window walks the buckets.
DROP INDEX chats_by_last_message;
