-- The last-message filter's matches are sorted in list order to choose a page. With the
-- order's columns in the index, the page is chosen from the index alone: no table row is read
-- for the matches that are not on the page.
DROP INDEX chats_by_last_message;
CREATE INDEX chats_by_last_message
    ON chats(workspace_id, last_chat_message_created_at, created_at DESC, id DESC)
    WHERE is_removed = 0;
