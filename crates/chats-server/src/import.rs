//! The directory file `chats-server import` loads: the channels, owners, responders,
//! messages and tickets the API reads but does not own.
//!
//! Reading is strict: an unknown key, a malformed id or an unknown role is refused with the
//! path of the first bad entry (`channels[3].type`), before anything is written. References
//! between entries (a channel's responder, a message's chat) are checked by the storage, in
//! the same transaction that writes, so a file is written whole or not at all.

use chats_api::types::ChannelType;
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

/// Who wrote a message (the spec's `MessageRole`).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Assistant,
    Operator,
    System,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Operator => "operator",
            Self::System => "system",
        }
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Message {
    pub id: Uuid,
    pub chat_id: Uuid,
    pub role: Role,
    pub content: String,
    pub created_at: DateTime<Utc>,
}

/// The state of a ticket (the spec's `TicketStatus`).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Open,
    Pending,
    Solved,
    Closed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Pending => "pending",
            Self::Solved => "solved",
            Self::Closed => "closed",
        }
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ticket {
    pub id: Uuid,
    pub chat_id: Uuid,
    pub status: Status,
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
