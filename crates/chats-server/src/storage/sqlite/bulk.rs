//! SQLite's bulk load ([`Storage::bulk_insert_chats`](crate::storage::Storage)): one
//! transaction, and into an empty `chats` table the secondary indexes and the title index are
//! built once at the end.

use rusqlite::{Connection, params};
use uuid::Uuid;

use super::{schema::CACHE, tx::micros};
use crate::storage::ChatBatches;

/// The writer during a bulk load: a 512 MiB page cache, and statement journals in memory
/// (both given back when the load ends).
const BULK_LOAD: &str = "PRAGMA cache_size = -512000; PRAGMA temp_store = MEMORY;";

/// Loads every batch in one transaction with a page cache sized for it, then gives the
/// memory back whatever happened.
pub(super) fn load(
    c: &mut Connection,
    workspace: Uuid,
    batches: &mut ChatBatches,
) -> rusqlite::Result<()> {
    // A bulk load touches index pages all over the file (ids are random): a large page cache
    // turns those reads into memory hits, and statement journals stay in memory.
    c.execute_batch(BULK_LOAD)?;
    let loaded = load_in_transaction(c, workspace, batches);
    c.execute_batch(CACHE)?;
    c.execute_batch("PRAGMA temp_store = DEFAULT")?;
    loaded
}

/// The load, in one transaction: readers see all of it or none of it. Into an empty `chats`
/// table, the secondary indexes and the title index are built once at the end (sorting is
/// far cheaper than a million random inserts); their definitions are read from the schema
/// itself, so they come back exactly as the migrations made them.
fn load_in_transaction(
    c: &mut Connection,
    workspace: Uuid,
    batches: &mut ChatBatches,
) -> rusqlite::Result<()> {
    let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let empty: bool = tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM chats)", [], |row| {
        row.get(0)
    })?;
    let deferred: Vec<(String, String, String)> = if empty {
        let mut statement = tx.prepare(
            "SELECT type, name, sql FROM sqlite_master
             WHERE tbl_name IN ('chats', 'messages', 'tickets') AND type IN ('index', 'trigger')
                 AND sql IS NOT NULL
             ORDER BY type, name",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    } else {
        Vec::new()
    };
    for (kind, name, _) in &deferred {
        tx.execute_batch(&format!("DROP {} \"{name}\"", kind.to_uppercase()))?;
    }
    {
        let mut insert_chat = tx.prepare_cached(
            "INSERT INTO chats (workspace_id, id, channel_id, channel_type, owner_id, responder_id,
                 current_responder_id, title, last_chat_message_created_at, is_removed,
                 created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        )?;
        let mut insert_message = tx.prepare_cached(
            "INSERT INTO messages (workspace_id, id, chat_id, role, content, created_at)
             VALUES (?, ?, ?, ?, ?, ?)",
        )?;
        let mut insert_ticket = tx.prepare_cached(
            "INSERT INTO tickets (workspace_id, id, chat_id, status) VALUES (?, ?, ?, ?)",
        )?;
        while let Some(chats) = batches.blocking_recv() {
            for bulk in &chats {
                let chat = &bulk.chat;
                insert_chat.execute(params![
                    workspace,
                    chat.id,
                    chat.channel_id,
                    bulk.channel_type.map(|t| t.to_string()),
                    chat.owner_id,
                    chat.responder_id,
                    chat.current_responder_id,
                    chat.title,
                    chat.last_chat_message_created_at.map(micros),
                    micros(chat.created_at),
                    micros(chat.updated_at),
                ])?;
                for message in &bulk.messages {
                    insert_message.execute(params![
                        workspace,
                        message.id,
                        chat.id,
                        message.role.to_string(),
                        message.content,
                        micros(message.created_at),
                    ])?;
                }
                if let Some(ticket) = &bulk.ticket {
                    insert_ticket.execute(params![
                        workspace,
                        ticket.id,
                        chat.id,
                        ticket.status.to_string()
                    ])?;
                }
            }
        }
    }
    if !deferred.is_empty() {
        for (_, _, sql) in &deferred {
            tx.execute_batch(sql)?;
        }
        // The title index was empty with the table: rebuild it from the titles now there,
        // then merge what the rebuild wrote into one segment above every level, so that the
        // writes after the load merge their own small segments and never the load's.
        tx.execute_batch(
            "INSERT INTO chats_title_search(chats_title_search) VALUES ('rebuild');
             INSERT INTO chats_title_search(chats_title_search) VALUES ('optimize');",
        )?;
    }
    // Fresh statistics for the planner (about 2 s at a million chats): without them it cannot
    // tell a filter matching 200 chats (an owner) from one matching 50,000 (a week), and picks
    // wrongly when filters combine.
    tx.execute_batch("ANALYZE")?;
    tx.commit()
}
