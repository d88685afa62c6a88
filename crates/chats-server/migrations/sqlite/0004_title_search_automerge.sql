-- The title index merges its segments once 16 of a level exist, not FTS5's default 4: fewer,
-- larger merges, done inside writes' transactions. On a million chats, POST at 8 connections
-- went from p99 25.5 ms to 8.4 ms at the same rate (BENCHMARKS.md, round two, item 8).
-- Searches read at most 16 segments a level instead of 4; they probe this index only for
-- their candidates.
INSERT INTO chats_title_search(chats_title_search, rank) VALUES ('automerge', 16);
