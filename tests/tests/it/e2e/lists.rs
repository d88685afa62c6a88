//! The two lists: every filter alone and combined, the time range, and pages, in the
//! documented order.

use chats_client::types::{ChannelType, Chat, Patch, UpdateChatRequest};
use chats_tests::{TestServer, Workspace, fixture, on_both_backends};
use uuid::Uuid;

use super::{at, create, ids, in_list_order};

/// The chats the filters choose among: `a` and `c` are the user's, `b` and `d` the external
/// user's; `a` is on WhatsApp (agent), `b` on the widget (squad), `c` on no channel (the
/// default squad), `d` on the API channel (agent).
struct Four {
    a: Chat,
    b: Chat,
    c: Chat,
    d: Chat,
}

async fn four_chats(ws: &Workspace) -> Four {
    let a = create(
        ws,
        fixture::USER,
        Some(fixture::WHATSAPP),
        Some("Refund for order"),
    )
    .await;
    let b = create(
        ws,
        fixture::EXTERNAL_USER,
        Some(fixture::WIDGET),
        Some("Delivery late"),
    )
    .await;
    let c = create(ws, fixture::USER, None, Some("REFUND again")).await;
    let d = create(ws, fixture::EXTERNAL_USER, Some(fixture::API), None).await;
    Four { a, b, c, d }
}

async fn lists_filter_alone_and_combined_in_the_documented_order(server: TestServer) {
    let ws = server.workspace("a").await;
    let chats = four_chats(&ws).await;
    let Four { a, b, c, d } = &chats;
    let all = vec![a.clone(), b.clone(), c.clone(), d.clone()];

    let listed = ws.client.list_chats().send().await.unwrap().into_inner();
    assert_eq!(ids(&listed), in_list_order(all));

    filters_by_channel_and_channel_type(&ws, &chats).await;
    filters_by_owner_responder_and_version(&ws, &chats).await;
    searches_titles_as_plain_text(&ws, &chats).await;
    combines_filters_and_filters_details(&ws, &chats).await;
}

async fn filters_by_channel_and_channel_type(ws: &Workspace, chats: &Four) {
    let Four { a, b, d, .. } = chats;
    let by_channel = ws
        .client
        .list_chats()
        .channel_ids(vec![fixture::WHATSAPP, fixture::API])
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&by_channel), in_list_order(vec![a.clone(), d.clone()]));

    let by_type = ws
        .client
        .list_chats()
        .channel_types(vec![ChannelType::Widget])
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&by_type), vec![b.id]);
    // Four of five types: chats without a channel are left out.
    let four = vec![
        ChannelType::Widget,
        ChannelType::Waha,
        ChannelType::Whatsapp,
        ChannelType::Api,
    ];
    let by_four = ws
        .client
        .list_chats()
        .channel_types(four)
        .send()
        .await
        .unwrap();
    assert_eq!(
        ids(&by_four),
        in_list_order(vec![a.clone(), b.clone(), d.clone()])
    );
    // All five (the default): they are listed.
    let five = vec![
        ChannelType::Widget,
        ChannelType::Waha,
        ChannelType::Whatsapp,
        ChannelType::Instagram,
        ChannelType::Api,
    ];
    let by_five = ws
        .client
        .list_chats()
        .channel_types(five)
        .send()
        .await
        .unwrap();
    assert_eq!(by_five.len(), 4);
}

async fn filters_by_owner_responder_and_version(ws: &Workspace, chats: &Four) {
    let Four { a, b, c, d } = chats;
    let by_owner = ws
        .client
        .list_chats()
        .owner_ids(vec![fixture::USER])
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&by_owner), in_list_order(vec![a.clone(), c.clone()]));

    let by_responder = ws
        .client
        .list_chats()
        .responder_ids(vec![fixture::SQUAD])
        .send()
        .await
        .unwrap();
    assert_eq!(
        ids(&by_responder),
        in_list_order(vec![b.clone(), c.clone()])
    );

    let by_version = ws
        .client
        .list_chats()
        .responder_version_ids(vec![fixture::AGENT_V2])
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&by_version), in_list_order(vec![a.clone(), d.clone()]));
    let by_old_version = ws
        .client
        .list_chats()
        .responder_version_ids(vec![fixture::AGENT_V1])
        .send()
        .await
        .unwrap();
    assert!(by_old_version.is_empty());
}

async fn searches_titles_as_plain_text(ws: &Workspace, chats: &Four) {
    let Four { a, b, c, .. } = chats;
    let search = ws
        .client
        .list_chats()
        .search("refund")
        .send()
        .await
        .unwrap();
    assert_eq!(
        ids(&search),
        in_list_order(vec![a.clone(), c.clone()]),
        "case-insensitive substring"
    );
    let short = ws.client.list_chats().search("la").send().await.unwrap();
    assert_eq!(ids(&short), vec![b.id], "short searches match too");
    let none = ws
        .client
        .list_chats()
        .search("nothing like it")
        .send()
        .await
        .unwrap();
    assert!(none.is_empty());
    let odd = ws.client.list_chats().search("%_\"'").send().await.unwrap();
    assert!(odd.is_empty(), "wildcards and quotes are plain text");
}

async fn combines_filters_and_filters_details(ws: &Workspace, chats: &Four) {
    let Four { a, d, .. } = chats;
    let combined = ws
        .client
        .list_chats()
        .owner_ids(vec![fixture::USER])
        .channel_ids(vec![fixture::WHATSAPP])
        .search("order")
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&combined), vec![a.id]);

    let details = ws
        .client
        .list_chat_details()
        .responder_ids(vec![fixture::AGENT])
        .send()
        .await
        .unwrap();
    let detail_ids: Vec<Uuid> = details.iter().map(|d| d.id).collect();
    assert_eq!(detail_ids, in_list_order(vec![a.clone(), d.clone()]));
    let details = ws
        .client
        .list_chat_details()
        .search("late")
        .channel_ids(vec![fixture::WIDGET])
        .send()
        .await
        .unwrap();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].channel_name.as_deref(), Some("Site"));
}

async fn the_time_range_filters_on_the_last_message_time_inclusively(server: TestServer) {
    let ws = server.workspace("a").await;
    let early = create(&ws, fixture::USER, None, None).await;
    let late = create(&ws, fixture::USER, None, None).await;
    let _silent = create(&ws, fixture::USER, None, None).await;
    for (chat, at) in [
        (&early, "2026-01-01T00:00:00Z"),
        (&late, "2026-06-01T00:00:00Z"),
    ] {
        ws.client
            .update_chat()
            .id(chat.id)
            .body(
                UpdateChatRequest::new()
                    .last_chat_message_created_at(Patch::Set(at.parse().unwrap())),
            )
            .send()
            .await
            .unwrap();
    }
    let from = ws
        .client
        .list_chats()
        .last_chat_message_created_at_start(at("2026-06-01T00:00:00Z"))
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&from), vec![late.id]);
    let to = ws
        .client
        .list_chats()
        .last_chat_message_created_at_end(at("2026-01-01T00:00:00Z"))
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&to), vec![early.id]);
    let both = ws
        .client
        .list_chats()
        .last_chat_message_created_at_start(at("2025-12-31T00:00:00Z"))
        .last_chat_message_created_at_end(at("2026-07-01T00:00:00+02:00"))
        .send()
        .await
        .unwrap();
    assert_eq!(ids(&both), in_list_order(vec![early.clone(), late.clone()]));
    let inverted = ws
        .client
        .list_chats()
        .last_chat_message_created_at_start(at("2026-07-01T00:00:00Z"))
        .last_chat_message_created_at_end(at("2026-01-01T00:00:00Z"))
        .send()
        .await
        .unwrap();
    assert!(inverted.is_empty());
}

async fn pages_split_the_list_without_overlap_and_end_empty(server: TestServer) {
    let ws = server.workspace("a").await;
    let mut chats = Vec::new();
    for i in 0..5 {
        chats.push(create(&ws, fixture::USER, None, Some(&format!("chat {i}"))).await);
    }
    let order = in_list_order(chats);
    let mut seen = Vec::new();
    for page in 1..=3u64 {
        let got = ws
            .client
            .list_chats()
            .page_size(2u64)
            .page_number(page)
            .send()
            .await
            .unwrap();
        assert_eq!(got.len(), if page < 3 { 2 } else { 1 });
        seen.extend(ids(&got));
    }
    assert_eq!(seen, order);
    let past = ws
        .client
        .list_chats()
        .page_size(2u64)
        .page_number(4u64)
        .send()
        .await
        .unwrap();
    assert!(past.is_empty());
    let far = ws
        .client
        .list_chats()
        .page_size(100u64)
        .page_number(u64::MAX)
        .send()
        .await
        .unwrap();
    assert!(
        far.is_empty(),
        "a page past any possible row is empty, not an error"
    );
    let default = ws.client.list_chats().send().await.unwrap();
    assert_eq!(default.len(), 5);
}

on_both_backends!(
    lists_filter_alone_and_combined_in_the_documented_order,
    the_time_range_filters_on_the_last_message_time_inclusively,
    pages_split_the_list_without_overlap_and_end_empty,
);
