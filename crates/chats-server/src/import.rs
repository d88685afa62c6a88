//! The directory file `chats-server import` loads: the channels, owners, responders,
//! messages and tickets the API reads but does not own.
//!
//! Reading is strict: an unknown key, a malformed id or an unknown role is refused with the
//! path of the first bad entry (`channels[3].type`), before anything is written. References
//! between entries (a channel's responder, a message's chat) are checked by the storage, in
//! the same transaction that writes, so a file is written whole or not at all.

use chats_api::types::{ChannelType, MessageRole, TicketStatus};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

/// A whole directory file. Every key is optional.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Directory {
    /// The agent or squad of chats created without a channel.
    pub default_responder_id: Option<Uuid>,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub users: Vec<User>,
    #[serde(default)]
    pub external_users: Vec<ExternalUser>,
    #[serde(default)]
    pub agents: Vec<Agent>,
    #[serde(default)]
    pub squads: Vec<Squad>,
    #[serde(default)]
    pub messages: Vec<Message>,
    #[serde(default)]
    pub tickets: Vec<Ticket>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Channel {
    pub id: Uuid,
    pub name: String,
    #[serde(rename = "type")]
    pub channel_type: ChannelType,
    pub responder_id: Uuid,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct User {
    pub super_identity_id: Uuid,
    pub name: String,
    pub email: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExternalUser {
    pub super_identity_id: Uuid,
    pub name: String,
    pub identifier: Option<String>,
    #[serde(default)]
    pub is_blocked: bool,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Agent {
    pub super_identity_id: Uuid,
    pub name: String,
    pub picture: Option<String>,
    #[serde(default)]
    pub versions: Vec<AgentVersion>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgentVersion {
    pub id: Uuid,
    pub number: u32,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Squad {
    pub super_identity_id: Uuid,
    pub name: String,
    pub picture: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Message {
    pub id: Uuid,
    pub chat_id: Uuid,
    pub role: MessageRole,
    pub content: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ticket {
    pub id: Uuid,
    pub chat_id: Uuid,
    pub status: TicketStatus,
}

impl Directory {
    /// Agents and squads the file refers to (a channel's responder, the default one).
    pub fn referenced_responders(&self) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> = self
            .default_responder_id
            .into_iter()
            .chain(self.channels.iter().map(|c| c.responder_id))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Chats the file's messages and tickets belong to.
    pub fn referenced_chats(&self) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> = self
            .messages
            .iter()
            .map(|m| m.chat_id)
            .chain(self.tickets.iter().map(|t| t.chat_id))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Checks every reference against the file itself and what the workspace already holds
    /// (`stored_responders`, `stored_chats`: the referenced ids that exist there). The error
    /// names the first bad entry, in file order.
    pub fn check_references(
        &self,
        stored_responders: &[Uuid],
        stored_chats: &[Uuid],
    ) -> Result<(), BadReference> {
        let is_responder = |id: Uuid| {
            self.agents.iter().any(|a| a.super_identity_id == id)
                || self.squads.iter().any(|s| s.super_identity_id == id)
                || stored_responders.contains(&id)
        };
        if let Some(id) = self.default_responder_id.filter(|id| !is_responder(*id)) {
            return Err(BadReference::new(
                "defaultResponderId".into(),
                format!("no agent or squad {id} in the file or the workspace"),
            ));
        }
        for (index, channel) in self.channels.iter().enumerate() {
            if !is_responder(channel.responder_id) {
                return Err(BadReference::new(
                    format!("channels[{index}].responderId"),
                    format!(
                        "no agent or squad {} in the file or the workspace",
                        channel.responder_id
                    ),
                ));
            }
        }
        for (index, message) in self.messages.iter().enumerate() {
            if !stored_chats.contains(&message.chat_id) {
                return Err(BadReference::new(
                    format!("messages[{index}].chatId"),
                    format!("no chat {} in the workspace", message.chat_id),
                ));
            }
        }
        for (index, ticket) in self.tickets.iter().enumerate() {
            if !stored_chats.contains(&ticket.chat_id) {
                return Err(BadReference::new(
                    format!("tickets[{index}].chatId"),
                    format!("no chat {} in the workspace", ticket.chat_id),
                ));
            }
        }
        Ok(())
    }
}

/// The first entry of a file that refers to something neither the file nor the workspace
/// has: its path in the file (`channels[3].responderId`) and what is missing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct BadReference {
    pub path: String,
    pub problem: String,
}

impl BadReference {
    fn new(path: String, problem: String) -> Self {
        Self { path, problem }
    }
}

/// Reads a directory file; the error names the first bad entry and what is wrong with it.
pub fn parse(text: &str) -> Result<Directory, String> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        if path == "." {
            format!("the file is not a directory document: {inner}")
        } else {
            format!("{path}: {inner}")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_file_parses() {
        let text = r#"{
          "defaultResponderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
          "channels": [{"id": "0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e", "name": "Support", "type": "whatsapp", "responderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}],
          "users": [{"superIdentityId": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716", "name": "Ana", "email": "ana@example.com"}],
          "externalUsers": [{"superIdentityId": "6e4d3c2b-1a09-4f8e-8d7c-6b5a49382716", "name": "Bo", "identifier": "+5511999990000", "isBlocked": false}],
          "agents": [{"superIdentityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Helper", "picture": null, "versions": [{"id": "7d0c4f8e-3a52-4d0f-9b55-0c7a9b2a8f11", "number": 1}]}],
          "squads": [{"superIdentityId": "8a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Tier 2", "picture": null}]
        }"#;
        let directory = parse(text).expect("valid");
        assert_eq!(directory.channels[0].channel_type, ChannelType::Whatsapp);
        assert_eq!(directory.agents[0].versions[0].number, 1);
        assert!(directory.messages.is_empty());
    }

    #[test]
    fn the_first_bad_entry_is_named() {
        let text = r#"{"channels": [
            {"id": "0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e", "name": "A", "type": "api", "responderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"},
            {"id": "0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6f", "name": "B", "type": "sms", "responderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}
        ]}"#;
        let err = parse(text).unwrap_err();
        assert!(
            err.starts_with("channels[1].type: unknown variant `sms`"),
            "{err}"
        );
        let err = parse(r#"{"users": [{"superIdentityId": "x", "name": "A"}]}"#).unwrap_err();
        assert!(err.starts_with("users[0].superIdentityId"), "{err}");
        let err = parse(r#"{"usres": []}"#).unwrap_err();
        assert!(err.contains("unknown field `usres`"), "{err}");
    }
}
