//! PostgreSQL's bulk load: one transaction per batch, each table written by one
//! `INSERT … SELECT FROM unnest(…)` of column arrays.

use uuid::Uuid;

use super::{Postgres, classify};
use crate::storage::{BulkChat, ChatBatches, Result};

impl Postgres {
    /// Every batch in a transaction of its own (PostgreSQL keeps up with the maker this way,
    /// 1M chats in about a minute, and the indexes stay in place for other workspaces), then
    /// fresh statistics.
    pub(super) async fn bulk_load(&self, workspace: Uuid, mut batches: ChatBatches) -> Result<()> {
        while let Some(batch) = batches.recv().await {
            self.insert_batch(workspace, batch).await?;
        }
        // Statistics and the visibility map now, not whenever autovacuum comes by: without
        // them the planner guesses at the filters' selectivity (BENCHMARKS.md) and cannot
        // answer from an index alone.
        self.client()
            .await?
            .batch_execute("VACUUM (ANALYZE) chats, messages, tickets")
            .await
            .map_err(classify)
    }

    async fn insert_batch(&self, workspace: Uuid, chats: Vec<BulkChat>) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(classify)?;
        // Column arrays and one INSERT … SELECT FROM unnest(…) per table: a batch is three
        // statements, not thousands of round trips.
        let mut ids = Vec::new();
        let mut channel_ids = Vec::new();
        let mut channel_types = Vec::new();
        let mut owners = Vec::new();
        let mut responders = Vec::new();
        let mut versions = Vec::new();
        let mut titles = Vec::new();
        let mut last_at = Vec::new();
        let mut created = Vec::new();
        let mut updated = Vec::new();
        let (mut m_ids, mut m_chats, mut m_roles, mut m_contents, mut m_at) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut t_ids, mut t_chats, mut t_status) = (Vec::new(), Vec::new(), Vec::new());
        for bulk in &chats {
            let chat = &bulk.chat;
            ids.push(chat.id);
            channel_ids.push(chat.channel_id);
            channel_types.push(bulk.channel_type.map(|t| t.to_string()));
            owners.push(chat.owner_id);
            responders.push(chat.responder_id);
            versions.push(chat.current_responder_id);
            titles.push(chat.title.clone());
            last_at.push(chat.last_chat_message_created_at);
            created.push(chat.created_at);
            updated.push(chat.updated_at);
            for message in &bulk.messages {
                m_ids.push(message.id);
                m_chats.push(chat.id);
                m_roles.push(message.role.to_string());
                m_contents.push(message.content.clone());
                m_at.push(message.created_at);
            }
            if let Some(ticket) = &bulk.ticket {
                t_ids.push(ticket.id);
                t_chats.push(chat.id);
                t_status.push(ticket.status.to_string());
            }
        }
        tx.execute(
            "INSERT INTO chats (workspace_id, id, channel_id, channel_type, owner_id, responder_id,
                 current_responder_id, title, last_chat_message_created_at, is_removed, created_at,
                 updated_at)
             SELECT $1, id, channel_id, channel_type, owner_id, responder_id, version, title,
                 last_at, false, created, updated
             FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::uuid[], $7::uuid[],
                 $8::text[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[])
                 AS rows(id, channel_id, channel_type, owner_id, responder_id, version, title,
                     last_at, created, updated)",
            &[
                &workspace,
                &ids,
                &channel_ids,
                &channel_types,
                &owners,
                &responders,
                &versions,
                &titles,
                &last_at,
                &created,
                &updated,
            ],
        )
        .await
        .map_err(classify)?;
        tx.execute(
            "INSERT INTO messages (workspace_id, id, chat_id, role, content, created_at)
             SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[])",
            &[&workspace, &m_ids, &m_chats, &m_roles, &m_contents, &m_at],
        )
        .await
        .map_err(classify)?;
        tx.execute(
            "INSERT INTO tickets (workspace_id, id, chat_id, status)
             SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[])",
            &[&workspace, &t_ids, &t_chats, &t_status],
        )
        .await
        .map_err(classify)?;
        tx.commit().await.map_err(classify)
    }
}
