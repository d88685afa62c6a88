//! The service end to end: the real application on a socket, driven by the generated client,
//! on both backends: every test runs once on SQLite (`sqlite::…`) and once on PostgreSQL
//! (`postgres::…`, when `CHATS_TEST_POSTGRES_URL` is set; CI sets it). Each test names the
//! behaviour it checks.

use chats_client::{
    Error,
    types::{
        ChannelType, Chat, CreateChatRequest, MessageRole, Patch, Problem, ResponderEntity,
        TicketStatus, UpdateChatRequest,
    },
};
use chats_tests::{TestServer, Workspace, fixture, on_both_backends};

use serde_json::json;
use uuid::Uuid;

pub(crate) async fn create(
    ws: &Workspace,
    owner: Uuid,
    channel: Option<Uuid>,
    title: Option<&str>,
) -> Chat {
    ws.client
        .create_chat()
        .body(CreateChatRequest {
            channel_id: channel,
            owner_id: owner,
            title: title.map(str::to_owned),
        })
        .send()
        .await
        .expect("create succeeds")
        .into_inner()
}

/// The problem of an error answer, with its status.
fn problem(err: Error<Problem>) -> Problem {
    match err {
        Error::ErrorResponse(problem) => problem.into_inner(),
        other => panic!("expected an error answer, got {other:?}"),
    }
}

fn at(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().expect("an RFC 3339 time")
}

/// Chats in the documented list order: `createdAt` newest first, then `id` descending.
pub(crate) fn in_list_order(mut chats: Vec<Chat>) -> Vec<Uuid> {
    chats.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
    chats.into_iter().map(|c| c.id).collect()
}

pub(crate) fn ids(chats: &[Chat]) -> Vec<Uuid> {
    chats.iter().map(|c| c.id).collect()
}

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
            .body(CreateChatRequest {
                channel_id: channel,
                owner_id: owner,
                title: None,
            })
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

async fn patch_keeps_clears_and_sets_and_moves_updated_at(server: TestServer) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::USER, None, Some("Refund")).await;
    let at = "2026-11-21T08:00:00.5Z".parse().unwrap();
    let set = ws
        .client
        .update_chat()
        .id(chat.id)
        .body(UpdateChatRequest {
            title: Patch::Keep,
            last_chat_message_created_at: Patch::Set(at),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(set.title.as_deref(), Some("Refund"), "absent keeps");
    assert_eq!(set.last_chat_message_created_at, Some(at), "a value sets");
    assert!(set.updated_at > chat.updated_at);
    let cleared = ws
        .client
        .update_chat()
        .id(chat.id)
        .body(UpdateChatRequest {
            title: Patch::Clear,
            last_chat_message_created_at: Patch::Keep,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(cleared.title, None, "null clears");
    assert_eq!(cleared.last_chat_message_created_at, Some(at));
    assert!(cleared.updated_at > set.updated_at);
    let read = ws
        .client
        .get_chat()
        .id(chat.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(read, cleared, "what PATCH answered is what is stored");
}

async fn a_removed_chat_is_readable_unlisted_and_cannot_be_patched_or_removed_again(
    server: TestServer,
) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::USER, None, Some("Gone")).await;
    let removed = ws.client.remove_chat().id(chat.id).send().await.unwrap();
    assert_eq!(removed.message, "The chat was removed.");
    let read = ws.client.get_chat().id(chat.id).send().await.unwrap();
    assert!(read.is_removed);
    let details = ws
        .client
        .get_chat_details()
        .id(chat.id)
        .send()
        .await
        .unwrap();
    assert!(details.is_removed);
    assert!(ws.client.list_chats().send().await.unwrap().is_empty());
    assert!(
        ws.client
            .list_chat_details()
            .send()
            .await
            .unwrap()
            .is_empty()
    );
    let again = problem(
        ws.client
            .remove_chat()
            .id(chat.id)
            .send()
            .await
            .expect_err("404"),
    );
    assert_eq!(again.status, 404);
    let patch = ws
        .client
        .update_chat()
        .id(chat.id)
        .body(UpdateChatRequest {
            title: Patch::Set("back".into()),
            ..Default::default()
        })
        .send()
        .await
        .expect_err("404");
    assert_eq!(problem(patch).status, 404);
    assert_eq!(
        ws.client
            .get_chat()
            .id(chat.id)
            .send()
            .await
            .unwrap()
            .title
            .as_deref(),
        Some("Gone")
    );
}

async fn unknown_ids_are_404(server: TestServer) {
    let ws = server.workspace("a").await;
    let id = Uuid::new_v4();
    assert_eq!(
        problem(ws.client.get_chat().id(id).send().await.unwrap_err()).status,
        404
    );
    assert_eq!(
        problem(
            ws.client
                .get_chat_details()
                .id(id)
                .send()
                .await
                .unwrap_err()
        )
        .status,
        404
    );
    assert_eq!(
        problem(ws.client.remove_chat().id(id).send().await.unwrap_err()).status,
        404
    );
    let patch = ws
        .client
        .update_chat()
        .id(id)
        .body(UpdateChatRequest::default())
        .send()
        .await;
    assert_eq!(problem(patch.unwrap_err()).status, 404);
}

async fn lists_filter_alone_and_combined_in_the_documented_order(server: TestServer) {
    let ws = server.workspace("a").await;
    let a = create(
        &ws,
        fixture::USER,
        Some(fixture::WHATSAPP),
        Some("Refund for order"),
    )
    .await;
    let b = create(
        &ws,
        fixture::EXTERNAL_USER,
        Some(fixture::WIDGET),
        Some("Delivery late"),
    )
    .await;
    let c = create(&ws, fixture::USER, None, Some("REFUND again")).await;
    let d = create(&ws, fixture::EXTERNAL_USER, Some(fixture::API), None).await;
    let all = vec![a.clone(), b.clone(), c.clone(), d.clone()];

    let listed = ws.client.list_chats().send().await.unwrap().into_inner();
    assert_eq!(ids(&listed), in_list_order(all.clone()));

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
            .body(UpdateChatRequest {
                last_chat_message_created_at: Patch::Set(at.parse().unwrap()),
                ..Default::default()
            })
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

async fn workspaces_never_see_each_others_chats(server: TestServer) {
    let a = server.workspace("a").await;
    let b = server.workspace("b").await;
    let theirs = create(&b, fixture::USER, Some(fixture::WHATSAPP), Some("secret")).await;
    let ours = create(&a, fixture::USER, Some(fixture::WHATSAPP), Some("secret")).await;

    assert_eq!(
        problem(a.client.get_chat().id(theirs.id).send().await.unwrap_err()).status,
        404
    );
    assert_eq!(
        problem(
            a.client
                .get_chat_details()
                .id(theirs.id)
                .send()
                .await
                .unwrap_err()
        )
        .status,
        404
    );
    let patch = a
        .client
        .update_chat()
        .id(theirs.id)
        .body(UpdateChatRequest {
            title: Patch::Clear,
            ..Default::default()
        })
        .send()
        .await;
    assert_eq!(problem(patch.unwrap_err()).status, 404);
    assert_eq!(
        problem(
            a.client
                .remove_chat()
                .id(theirs.id)
                .send()
                .await
                .unwrap_err()
        )
        .status,
        404
    );
    let listed = a.client.list_chats().search("secret").send().await.unwrap();
    assert_eq!(ids(&listed), vec![ours.id]);
    let details = a.client.list_chat_details().send().await.unwrap();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].workspace_id, a.id);
    let theirs_now = b
        .client
        .get_chat()
        .id(theirs.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(theirs_now, theirs, "B's chat is untouched");
}

async fn keys_authenticate_as_is_or_as_bearer_and_revocation_is_immediate(server: TestServer) {
    let ws = server.workspace("a").await;
    let (status, _) = server
        .raw(Some(&ws.key), "GET", "/api/v1/chats", None)
        .await;
    assert_eq!(status, 200);
    let (status, _) = server
        .raw(
            Some(&format!("Bearer {}", ws.key)),
            "GET",
            "/api/v1/chats",
            None,
        )
        .await;
    assert_eq!(status, 200);
    for key in [None, Some("ck_unknown"), Some("Bearer "), Some("")] {
        let (status, body) = server.raw(key, "GET", "/api/v1/chats", None).await;
        assert_eq!(status, 401, "{key:?}");
        assert_eq!(body["type"], "/problems/unauthorized");
        assert!(
            !body.to_string().contains("ck_unknown"),
            "a presented key is never echoed: {body}"
        );
    }
    // The real key on requests refused for every other reason: no error body carries it.
    let key = Some(ws.key.as_str());
    let refused = [
        ("GET", "/api/v1/chats?pageSize=101".to_owned(), None, 400),
        ("GET", format!("/api/v1/chats/{}", Uuid::nil()), None, 404),
        (
            "POST",
            "/api/v1/chats".to_owned(),
            Some(json!({"ownerId": Uuid::nil(), "channelId": Uuid::nil(), "title": "t"})),
            422,
        ),
        (
            "PATCH",
            format!("/api/v1/chats/{}", Uuid::nil()),
            Some(json!({"title": 5})),
            400,
        ),
    ];
    for (method, path, body, expected) in refused {
        let (status, answer) = server.raw(key, method, &path, body).await;
        assert_eq!(status, expected, "{method} {path}");
        assert!(
            !answer.to_string().contains(&ws.key),
            "{method} {path}: the key is in the error body {answer}"
        );
    }
    use chats_server::storage::Storage;
    let keys = server.storage.list_api_keys(ws.id).await.unwrap();
    let revoked_at = tokio::time::Instant::now();
    assert!(server.storage.revoke_api_key(keys[0].id).await.unwrap());
    // A checked key is trusted for at most `key_cache::DEFAULT_TTL` (a second): from then on,
    // on every replica, the revoked key is refused.
    tokio::time::sleep_until(revoked_at + chats_server::key_cache::DEFAULT_TTL).await;
    let (status, body) = server
        .raw(Some(&ws.key), "GET", "/api/v1/chats", None)
        .await;
    assert_eq!(status, 401, "a revoked key stops working within a second");
    assert!(
        !body.to_string().contains(&ws.key),
        "a revoked key is not echoed: {body}"
    );
}

async fn bad_input_is_4xx_with_the_problem_body(server: TestServer) {
    let ws = server.workspace("a").await;
    let key = Some(ws.key.as_str());
    let (status, body) = server
        .raw(
            key,
            "GET",
            "/api/v1/chats?pageSize=101&channelTypes=sms",
            None,
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"].as_array().unwrap().len(), 2);
    let (status, _) = server.raw(key, "GET", "/api/v1/chats/nope", None).await;
    assert_eq!(status, 400);
    let (status, body) = server
        .raw(
            key,
            "POST",
            "/api/v1/chats",
            Some(json!({"ownerId": fixture::USER, "title": null})),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["location"], "body.channelId");
    let (status, _) = server
        .raw(
            key,
            "PATCH",
            &format!("/api/v1/chats/{}", Uuid::new_v4()),
            Some(json!({"titel": "x"})),
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = server.raw(key, "DELETE", "/api/v1/chats", None).await;
    assert_eq!(status, 405);
    let big = json!({"ownerId": fixture::USER, "channelId": null, "title": "x".repeat(70_000)});
    let (status, body) = server.raw(key, "POST", "/api/v1/chats", Some(big)).await;
    assert_eq!(status, 413);
    assert_eq!(body["type"], "/problems/payload-too-large");
    let text = reqwest::Client::new()
        .post(format!("{}/api/v1/chats", server.base))
        .header("authorization", &ws.key)
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(text.status().as_u16(), 415);
    assert!(
        ws.client.list_chats().send().await.unwrap().is_empty(),
        "nothing was written"
    );
    let (status, _) = server.raw(key, "GET", "/api/v1/nothing", None).await;
    assert_eq!(status, 404);
    let (status, body) = server.raw(None, "GET", "/healthz", None).await;
    assert_eq!((status, body), (200, json!("ok")));
    let (status, body) = server.raw(None, "GET", "/readyz", None).await;
    assert_eq!((status, body), (200, json!("ready")));
}

/// Sixteen PATCHes of one chat at once: every one succeeds, the chat ends as the write that
/// committed last left it (an answer with the latest `updatedAt`), and `updatedAt` never
/// moved backwards (it ends at the latest any answer showed).
async fn concurrent_patches_of_one_chat_all_succeed_and_the_last_wins(server: TestServer) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::USER, Some(fixture::WHATSAPP), Some("start")).await;
    let patches: Vec<_> = (0..16)
        .map(|i| {
            let client = ws.client.clone();
            tokio::spawn(async move {
                client
                    .update_chat()
                    .id(chat.id)
                    .body(UpdateChatRequest {
                        title: Patch::Set(format!("writer {i}")),
                        last_chat_message_created_at: Patch::Keep,
                    })
                    .send()
                    .await
                    .expect("every concurrent PATCH succeeds")
                    .into_inner()
            })
        })
        .collect();
    let mut answers = Vec::new();
    for patch in patches {
        answers.push(patch.await.unwrap());
    }
    let last = answers.iter().map(|a| a.updated_at).max().unwrap();
    let winners: Vec<_> = answers.iter().filter(|a| a.updated_at == last).collect();
    let now = ws
        .client
        .get_chat()
        .id(chat.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(now.updated_at, last, "updatedAt moved backwards");
    assert!(
        winners.iter().any(|w| w.title == now.title),
        "the chat is {:?}, the last writes were {:?}",
        now.title,
        winners.iter().map(|w| &w.title).collect::<Vec<_>>()
    );
}

on_both_backends!(
    create_on_a_channel_takes_its_responder_and_latest_version,
    create_without_a_channel_takes_the_default_responder,
    create_with_an_unknown_owner_or_channel_is_422_naming_the_field,
    details_resolve_a_user_owner_and_an_agent_with_its_version,
    details_resolve_an_external_owner_a_squad_messages_and_the_latest_ticket,
    patch_keeps_clears_and_sets_and_moves_updated_at,
    a_removed_chat_is_readable_unlisted_and_cannot_be_patched_or_removed_again,
    unknown_ids_are_404,
    lists_filter_alone_and_combined_in_the_documented_order,
    the_time_range_filters_on_the_last_message_time_inclusively,
    pages_split_the_list_without_overlap_and_end_empty,
    workspaces_never_see_each_others_chats,
    keys_authenticate_as_is_or_as_bearer_and_revocation_is_immediate,
    bad_input_is_4xx_with_the_problem_body,
    concurrent_patches_of_one_chat_all_succeed_and_the_last_wins,
);
