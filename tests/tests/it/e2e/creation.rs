//! Creating a chat: the responder and version it starts with, and the references it refuses.

use chats_client::types::CreateChatRequest;
use chats_tests::{TestServer, fixture, on_both_backends};
use uuid::Uuid;

use super::{create, problem};

async fn create_on_a_channel_takes_its_responder_and_latest_version(server: TestServer) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::USER, Some(fixture::WHATSAPP), Some("Refund")).await;
    assert_eq!(chat.responder_id, fixture::AGENT);
    assert_eq!(chat.current_responder_id, Some(fixture::AGENT_V2));
    assert_eq!(chat.channel_id, Some(fixture::WHATSAPP));
    assert_eq!(chat.workspace_id, ws.id);
    assert!(!chat.is_removed);
    assert_eq!(chat.last_chat_message_created_at, None);
    assert_eq!(chat.created_at, chat.updated_at);
    assert_eq!(chat.title.as_deref(), Some("Refund"));
}

async fn create_without_a_channel_takes_the_default_responder(server: TestServer) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::EXTERNAL_USER, None, None).await;
    assert_eq!(chat.responder_id, fixture::SQUAD);
    assert_eq!(chat.current_responder_id, None, "a squad has no versions");
    assert_eq!(chat.channel_id, None);
    assert_eq!(chat.title, None);
}

async fn create_with_an_unknown_owner_or_channel_is_422_naming_the_field(server: TestServer) {
    let ws = server.workspace("a").await;
    for (owner, channel, field) in [
        (Uuid::new_v4(), None, "body.ownerId"),
        (fixture::USER, Some(Uuid::new_v4()), "body.channelId"),
        // A responder id is not a channel.
        (fixture::USER, Some(fixture::AGENT), "body.channelId"),
    ] {
        let err = ws
            .client
            .create_chat()
            .body(
                CreateChatRequest::builder()
                    .channel_id(channel)
                    .owner_id(owner)
                    .title(None),
            )
            .send()
            .await
            .expect_err("422");
        let problem = problem(err);
        assert_eq!(problem.status, 422);
        assert_eq!(problem.type_, "/problems/unknown-reference");
        assert_eq!(problem.errors.len(), 1);
        assert_eq!(problem.errors[0].location, field);
        assert_eq!(problem.errors[0].code, "not_found");
    }
    let listed = ws.client.list_chats().send().await.unwrap();
    assert!(listed.is_empty(), "nothing was written");
}

on_both_backends!(
    create_on_a_channel_takes_its_responder_and_latest_version,
    create_without_a_channel_takes_the_default_responder,
    create_with_an_unknown_owner_or_channel_is_422_naming_the_field,
);
