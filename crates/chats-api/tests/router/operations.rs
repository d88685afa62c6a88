//! Every operation round-trips through the generated client, and what reaches the
//! implementation: defaults applied, query arrays of one value or many.

use chats_api::types;
use chats_client::types::{self as types_client, Patch};
use uuid::Uuid;

use crate::{
    memory::WORKSPACE,
    running::{locations, set, start},
};

#[tokio::test]
async fn every_operation_round_trips_through_the_generated_client() {
    let running = start().await;
    let chat = running.create("Refund").await;
    assert_eq!(chat.title.as_deref(), Some("Refund"));
    assert_eq!(chat.workspace_id, WORKSPACE);

    let got = running
        .client
        .get_chat()
        .id(chat.id)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got, chat);

    let listed = running
        .client
        .list_chats()
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(listed, vec![chat.clone()]);

    let details = running
        .client
        .get_chat_details()
        .id(chat.id)
        .send()
        .await
        .expect("details");
    assert_eq!(details.owner_name.as_deref(), Some("Ana"));
    assert_eq!(
        details.ticket_status,
        Some(types_client::TicketStatus::Open)
    );
    assert_eq!(details.channel_type, None);

    let all = running
        .client
        .list_chat_details()
        .send()
        .await
        .expect("details list");
    assert_eq!(all.len(), 1);

    let patched = running
        .client
        .update_chat()
        .id(chat.id)
        .body(
            types_client::UpdateChatRequest::new()
                .title(Patch::Clear)
                .last_chat_message_created_at(Patch::Set("2026-11-20T14:05:42Z".parse().unwrap())),
        )
        .send()
        .await
        .expect("patch")
        .into_inner();
    assert_eq!(patched.title, None);
    assert_eq!(
        patched.last_chat_message_created_at,
        Some("2026-11-20T14:05:42Z".parse().unwrap())
    );
    let kept = running
        .client
        .update_chat()
        .id(chat.id)
        .body(types_client::UpdateChatRequest::default())
        .send()
        .await
        .expect("patch nothing")
        .into_inner();
    assert_eq!(
        kept.last_chat_message_created_at,
        patched.last_chat_message_created_at
    );

    let removed = running
        .client
        .remove_chat()
        .id(chat.id)
        .send()
        .await
        .expect("remove");
    assert_eq!(removed.message, "The chat was removed.");
    let again = running
        .client
        .remove_chat()
        .id(chat.id)
        .send()
        .await
        .expect_err("404");
    let chats_client::Error::ErrorResponse(problem) = again else {
        panic!("a typed 404, got {again:?}")
    };
    assert_eq!(problem.status, 404);
    assert_eq!(problem.type_, "/problems/not-found");
}

#[tokio::test]
async fn defaults_are_applied_before_the_implementation_sees_a_list_request() {
    let running = start().await;
    running.client.list_chats().send().await.expect("list");
    let request = running
        .memory
        .last_list
        .lock()
        .unwrap()
        .clone()
        .expect("a request");
    assert_eq!(request.page_number.get(), 1);
    assert_eq!(request.page_size.get(), 10);
    assert_eq!(request.channel_types.len(), 5);
    assert!(request.channel_ids.is_empty() && request.owner_ids.is_empty());
    assert_eq!(request.search, None);
    assert_eq!(request.last_chat_message_created_at_start, None);
}

#[tokio::test]
async fn query_arrays_take_one_value_or_many() {
    let running = start().await;
    let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
    let (status, _) = running
        .raw("GET", &format!("/api/v1/chats?channelIds={a}"), None)
        .await;
    assert_eq!(status, 200);
    let request = running.memory.last_list.lock().unwrap().clone().unwrap();
    assert_eq!(request.channel_ids, vec![a]);

    let query =
        format!("/api/v1/chats?channelIds={a}&channelIds={b}&channelTypes=waha&channelTypes=api");
    let (status, _) = running.raw("GET", &query, None).await;
    assert_eq!(status, 200);
    let request = running.memory.last_list.lock().unwrap().clone().unwrap();
    assert_eq!(request.channel_ids, vec![a, b]);
    assert_eq!(
        request.channel_types,
        vec![types::ChannelType::Waha, types::ChannelType::Api]
    );

    let (status, _) = running.raw("GET", "/api/v1/chats?unknown=1", None).await;
    assert_eq!(status, 200, "unknown parameters are ignored");
    let (status, body) = running
        .raw("GET", "/api/v1/chats?lastChatMessageCreatedAtStart=", None)
        .await;
    assert_eq!(
        status, 400,
        "a URL cannot carry null: an empty value is not a date-time"
    );
    assert_eq!(
        locations(&body),
        set(&["query.lastChatMessageCreatedAtStart"])
    );
}
