//! Changing a chat: PATCH's keep, clear and set, removal, unknown ids, and concurrent writers.

use chats_client::types::{Patch, UpdateChatRequest};
use chats_tests::{TestServer, fixture, on_both_backends};
use uuid::Uuid;

use super::{create, problem};

async fn patch_keeps_clears_and_sets_and_moves_updated_at(server: TestServer) {
    let ws = server.workspace("a").await;
    let chat = create(&ws, fixture::USER, None, Some("Refund")).await;
    let at = "2026-11-21T08:00:00.5Z".parse().unwrap();
    let set = ws
        .client
        .update_chat()
        .id(chat.id)
        .body(
            UpdateChatRequest::new()
                .title(Patch::Keep)
                .last_chat_message_created_at(Patch::Set(at)),
        )
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
        .body(
            UpdateChatRequest::new()
                .title(Patch::Clear)
                .last_chat_message_created_at(Patch::Keep),
        )
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
        .body(UpdateChatRequest::new().title(Patch::Set("back".into())))
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
                    .body(
                        UpdateChatRequest::new()
                            .title(Patch::Set(format!("writer {i}")))
                            .last_chat_message_created_at(Patch::Keep),
                    )
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
    patch_keeps_clears_and_sets_and_moves_updated_at,
    a_removed_chat_is_readable_unlisted_and_cannot_be_patched_or_removed_again,
    unknown_ids_are_404,
    concurrent_patches_of_one_chat_all_succeed_and_the_last_wins,
);
