//! A chat's details: its owner, responder and version, messages and ticket, resolved.

use chats_client::types::{ChannelType, MessageRole, ResponderEntity, TicketStatus};
use chats_tests::{TestServer, fixture, on_both_backends};
use serde_json::json;
use uuid::Uuid;

use super::{create, problem};

async fn details_resolve_a_user_owner_and_an_agent_with_its_version(server: TestServer) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::USER, Some(fixture::WHATSAPP), Some("Refund")).await;
    let details = ws
        .client
        .get_chat_details()
        .id(chat.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(details.id, chat.id);
    assert_eq!(details.channel_name.as_deref(), Some("Support"));
    assert_eq!(details.channel_type, Some(ChannelType::Whatsapp));
    assert_eq!(details.owner_name.as_deref(), Some("Ana"));
    assert_eq!(details.owner_email.as_deref(), Some("ana@example.com"));
    assert_eq!(details.owner_identifier, None);
    assert_eq!(details.is_owner_blocked, None);
    assert_eq!(details.responder_entity, ResponderEntity::Agent);
    assert_eq!(details.responder_name, "Helper");
    assert_eq!(
        details.responder_picture.as_deref(),
        Some("https://cdn.example.com/helper.png")
    );
    assert_eq!(details.responder_version_id, Some(fixture::AGENT_V2));
    assert_eq!(details.responder_version_number, Some(2));
    assert_eq!(details.last_message_content, None);
    assert_eq!(details.ticket_id, None);

    let v1 = ws
        .client
        .get_chat_details()
        .id(chat.id)
        .responder_version_id(fixture::AGENT_V1.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(v1.responder_version_id, Some(fixture::AGENT_V1));
    assert_eq!(v1.responder_version_number, Some(1));

    for other in [
        Uuid::new_v4().to_string(),
        "not-a-uuid".to_owned(),
        fixture::AGENT.to_string(),
    ] {
        let err = ws
            .client
            .get_chat_details()
            .id(chat.id)
            .responder_version_id(other)
            .send()
            .await
            .expect_err("422");
        let problem = problem(err);
        assert_eq!(problem.status, 422);
        assert_eq!(problem.errors[0].location, "query.responderVersionId");
    }
}

async fn details_resolve_an_external_owner_a_squad_messages_and_the_latest_ticket(
    server: TestServer,
) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::EXTERNAL_USER, Some(fixture::WIDGET), None).await;
    let (m1, m2, m3) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
    let (t1, t2) = (Uuid::new_v4(), Uuid::new_v4());
    let id = chat.id;
    server
        .import(
            ws.id,
            &json!({
                "messages": [
                    {"id": m1, "chatId": id, "role": "user", "content": "first", "createdAt": "2026-11-20T10:00:00Z"},
                    {"id": m3, "chatId": id, "role": "assistant", "content": "third", "createdAt": "2026-11-20T10:02:00.123456Z"},
                    {"id": m2, "chatId": id, "role": "operator", "content": "second", "createdAt": "2026-11-20T10:01:00Z"}
                ],
                "tickets": [
                    {"id": t1, "chatId": id, "status": "closed"},
                    {"id": t2, "chatId": id, "status": "pending"}
                ]
            })
            .to_string(),
        )
        .await;
    let details = ws
        .client
        .get_chat_details()
        .id(chat.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(details.owner_name.as_deref(), Some("Bo"));
    assert_eq!(details.owner_identifier.as_deref(), Some("+5511999990000"));
    assert_eq!(details.is_owner_blocked, Some(true));
    assert_eq!(details.owner_email, None);
    assert_eq!(details.responder_entity, ResponderEntity::Squad);
    assert_eq!(details.responder_name, "Tier 2");
    assert_eq!(details.responder_version_id, None);
    assert_eq!(details.last_message_content.as_deref(), Some("third"));
    assert_eq!(details.last_message_role, Some(MessageRole::Assistant));
    assert_eq!(
        details.last_message_created_at,
        Some("2026-11-20T10:02:00.123456Z".parse().unwrap())
    );
    assert_eq!(
        details.penultimate_message_content.as_deref(),
        Some("second")
    );
    assert_eq!(
        details.penultimate_message_role,
        Some(MessageRole::Operator)
    );
    assert_eq!(details.ticket_id, Some(t2));
    assert_eq!(details.ticket_status, Some(TicketStatus::Pending));
    // Importing messages moved the chat's message time forward, to the newest.
    let chat = ws.client.get_chat().id(chat.id).send().await.unwrap();
    assert_eq!(
        chat.last_chat_message_created_at,
        Some("2026-11-20T10:02:00.123456Z".parse().unwrap())
    );
}

on_both_backends!(
    details_resolve_a_user_owner_and_an_agent_with_its_version,
    details_resolve_an_external_owner_a_squad_messages_and_the_latest_ticket,
);
