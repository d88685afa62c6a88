//! The demo data set of `chats-server seed-demo`: a workspace with channels of every type,
//! users and external users, agents with several versions and squads, and N chats spread
//! over channels, owners, responders and the last year, most with messages and a ticket.
//!
//! It is reproducible (a fixed-seed generator, no clock but the start time) and written in
//! batches, one transaction each.

use chats_api::types::{Chat, MessageRole, TicketStatus};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::{
    import::{self, Directory},
    service::CHANNEL_TYPES,
    storage::{BulkChat, BulkMessage, BulkTicket, ImportError, Storage, StorageError},
};

/// The name of workspaces this module makes.
pub const WORKSPACE_NAME: &str = "Demo workspace";

/// Chats generated at a time (and written per transaction where the backend commits per batch).
const BATCH: usize = 10_000;

const WORDS: [&str; 40] = [
    "refund",
    "order",
    "delivery",
    "invoice",
    "broken",
    "password",
    "login",
    "upgrade",
    "cancel",
    "subscription",
    "shipping",
    "payment",
    "card",
    "address",
    "return",
    "warranty",
    "discount",
    "coupon",
    "account",
    "billing",
    "tracking",
    "late",
    "missing",
    "damaged",
    "exchange",
    "size",
    "color",
    "pricing",
    "plan",
    "trial",
    "support",
    "question",
    "feedback",
    "complaint",
    "urgent",
    "help",
    "status",
    "update",
    "schedule",
    "appointment",
];

const NAMES: [&str; 16] = [
    "Ana", "Bo", "Carla", "Diego", "Eva", "Fabio", "Gina", "Hugo", "Iris", "Joao", "Kai", "Lia",
    "Marco", "Nina", "Otto", "Pia",
];

/// A small, fast, reproducible generator (SplitMix64): the same seed makes the same data set
/// on every machine and with every version of every dependency, which a library generator
/// does not promise. The benchmark draws its requests with it too.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn uuid(&mut self) -> Uuid {
        uuid::Builder::from_random_bytes(
            ((u128::from(self.next_u64()) << 64) | u128::from(self.next_u64())).to_be_bytes(),
        )
        .into_uuid()
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The directory part of the data set, sized for `chats` chats.
pub fn directory(chats: usize, seed: u64) -> Directory {
    let mut rng = Rng(seed);
    let per_type = (chats / 20_000).clamp(2, 10);
    let owners = (chats / 200).clamp(20, 5_000);
    let agent_count = (chats / 50_000).clamp(3, 20);
    let squad_count = (agent_count / 2).max(2);

    let agents: Vec<import::Agent> = (0..agent_count)
        .map(|i| import::Agent {
            super_identity_id: rng.uuid(),
            name: format!("Agent {}", i + 1),
            picture: Some(format!("https://cdn.example.com/agents/{}.png", i + 1)),
            versions: (1..=1 + rng.below(4) as u32)
                .map(|number| import::AgentVersion {
                    id: rng.uuid(),
                    number,
                })
                .collect(),
        })
        .collect();
    let squads: Vec<import::Squad> = (0..squad_count)
        .map(|i| import::Squad {
            super_identity_id: rng.uuid(),
            name: format!("Squad {}", i + 1),
            picture: None,
        })
        .collect();
    let responders: Vec<Uuid> = agents
        .iter()
        .map(|a| a.super_identity_id)
        .chain(squads.iter().map(|s| s.super_identity_id))
        .collect();
    let channels = CHANNEL_TYPES
        .iter()
        .flat_map(|channel_type| (0..per_type).map(move |i| (*channel_type, i)))
        .map(|(channel_type, i)| import::Channel {
            id: rng.uuid(),
            name: format!("{channel_type} {}", i + 1),
            channel_type,
            responder_id: *rng.pick(&responders),
        })
        .collect();
    let users = (0..owners / 2)
        .map(|i| import::User {
            super_identity_id: rng.uuid(),
            name: format!("{} {}", NAMES[i % NAMES.len()], i + 1),
            email: Some(format!("user{}@example.com", i + 1)),
        })
        .collect();
    let external_users = (0..owners - owners / 2)
        .map(|i| import::ExternalUser {
            super_identity_id: rng.uuid(),
            name: format!("{} {}", NAMES[(i + 7) % NAMES.len()], i + 1),
            identifier: Some(format!("+55119{:08}", i + 1)),
            is_blocked: i % 25 == 0,
        })
        .collect();
    Directory {
        default_responder_id: squads.first().map(|s| s.super_identity_id),
        channels,
        users,
        external_users,
        agents,
        squads,
        messages: Vec::new(),
        tickets: Vec::new(),
    }
}

/// One batch of chats over `directory`.
fn chats_batch(
    rng: &mut Rng,
    workspace: Uuid,
    directory: &Directory,
    count: usize,
    start: DateTime<Utc>,
) -> Vec<BulkChat> {
    let owners: Vec<Uuid> = directory
        .users
        .iter()
        .map(|u| u.super_identity_id)
        .chain(directory.external_users.iter().map(|u| u.super_identity_id))
        .collect();
    let latest_version = |responder: Uuid| {
        directory
            .agents
            .iter()
            .find(|a| a.super_identity_id == responder)
            .and_then(|a| a.versions.iter().max_by_key(|v| v.number))
            .map(|v| v.id)
    };
    (0..count)
        .map(|_| {
            let (channel_id, channel_type, responder) = if rng.chance(5) {
                (
                    None,
                    None,
                    directory.default_responder_id.unwrap_or_default(),
                )
            } else {
                let channel = rng.pick(&directory.channels);
                (
                    Some(channel.id),
                    Some(channel.channel_type),
                    channel.responder_id,
                )
            };
            let created_at = start
                - Duration::seconds(rng.below(365 * 24 * 3600) as i64)
                - Duration::microseconds(rng.below(1_000_000) as i64);
            let id = rng.uuid();
            let title = (!rng.chance(3)).then(|| {
                let first = rng.pick(&WORDS);
                let second = rng.pick(&WORDS);
                format!("{} {second} #{}", capitalize(first), rng.below(100_000))
            });
            let message_count = if rng.chance(85) { 1 + rng.below(4) } else { 0 };
            let mut at = created_at;
            let messages: Vec<BulkMessage> = (0..message_count)
                .map(|i| {
                    at += Duration::seconds(30 + rng.below(3_600) as i64);
                    let role = if i % 2 == 0 {
                        MessageRole::User
                    } else {
                        *rng.pick(&[MessageRole::Assistant, MessageRole::Operator])
                    };
                    BulkMessage {
                        id: rng.uuid(),
                        role,
                        content: format!("About my {}: {}", rng.pick(&WORDS), rng.pick(&WORDS)),
                        created_at: at,
                    }
                })
                .collect();
            let ticket = rng.chance(60).then(|| BulkTicket {
                id: rng.uuid(),
                status: *rng.pick(&[
                    TicketStatus::Open,
                    TicketStatus::Pending,
                    TicketStatus::Solved,
                    TicketStatus::Closed,
                ]),
            });
            BulkChat {
                chat: Chat {
                    id,
                    channel_id,
                    current_responder_id: latest_version(responder),
                    last_chat_message_created_at: messages.last().map(|m| m.created_at),
                    owner_id: *rng.pick(&owners),
                    responder_id: responder,
                    title,
                    is_removed: false,
                    created_at,
                    updated_at: at,
                    workspace_id: workspace,
                },
                channel_type,
                messages,
                ticket,
            }
        })
        .collect()
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Creates the demo workspace with `chats` chats; returns the workspace id. `progress` is
/// called after each batch with the number of chats written.
pub async fn seed<S: Storage>(
    storage: &S,
    chats: usize,
    mut progress: impl FnMut(usize),
) -> Result<Uuid, SeedError> {
    let workspace = storage.create_workspace(WORKSPACE_NAME.to_owned()).await?;
    let seed = 0x5EED_0000 ^ chats as u64;
    let directory = directory(chats, seed);
    storage.import(workspace, directory.clone()).await?;
    let start = crate::storage::now();
    // The generator runs on a thread of its own, a batch ahead of the writer.
    let (sender, batches) = tokio::sync::mpsc::channel(1);
    let (sent, mut sent_counts) = tokio::sync::mpsc::unbounded_channel();
    let generator = tokio::task::spawn_blocking(move || {
        let mut rng = Rng(seed.rotate_left(17));
        let mut written = 0;
        while written < chats {
            let count = BATCH.min(chats - written);
            let batch = chats_batch(&mut rng, workspace, &directory, count, start);
            if sender.blocking_send(batch).is_err() {
                break; // the writer failed; its error is what the caller sees
            }
            written += count;
            let _ = sent.send(written);
        }
    });
    let insert = storage.bulk_insert_chats(workspace, batches);
    tokio::pin!(insert);
    let inserted = loop {
        tokio::select! {
            result = &mut insert => break result,
            Some(written) = sent_counts.recv() => progress(written),
        }
    };
    inserted?;
    let _ = generator.await;
    while let Ok(written) = sent_counts.try_recv() {
        progress(written);
    }
    Ok(workspace)
}

/// Why the demo data set was not written.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("the demo directory was refused: {0}")]
    Import(#[from] ImportError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_directory_covers_every_channel_type_and_kind_of_owner_and_responder() {
        let directory = directory(200, 1);
        for channel_type in CHANNEL_TYPES {
            assert!(
                directory
                    .channels
                    .iter()
                    .any(|c| c.channel_type == channel_type)
            );
        }
        assert!(!directory.users.is_empty() && !directory.external_users.is_empty());
        assert!(directory.agents.len() >= 3, "several agents");
        assert!(
            directory.agents.iter().any(|a| a.versions.len() > 1),
            "an agent with several versions"
        );
        assert!(!directory.squads.is_empty());
        assert!(directory.default_responder_id.is_some());
    }

    #[test]
    fn the_data_set_is_reproducible() {
        let a = directory(1_000, 7);
        let b = directory(1_000, 7);
        assert_eq!(a, b);
    }
}
