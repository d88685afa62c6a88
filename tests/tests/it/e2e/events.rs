//! Following chat changes (`GET /api/v1/chats/events`): typed events in commit order through
//! the generated client, filters, resuming with `Last-Event-ID`, the 410 past the retention,
//! and the per-key stream limit.

use std::time::Duration;

use chats_client::types::{Chat, Patch, UpdateChatRequest};
use chats_server::storage::Storage as _;
use chats_tests::{TestServer, Workspace, fixture, on_both_backends};
use futures_util::StreamExt as _;

use super::{create, problem};

/// The next `count` events of `stream` as `(id, name, chat)`, each within 3 seconds (less than
/// the hub's 5-second refresh: an event that waited for it was not notified).
async fn next_events<S>(stream: &mut S, count: usize) -> Vec<(String, String, Chat)>
where
    S: futures_util::Stream<
            Item = Result<
                chats_client::Event<Chat>,
                chats_client::Error<chats_client::types::Problem>,
            >,
        > + Unpin,
{
    let mut out = Vec::new();
    while out.len() < count {
        let event = tokio::time::timeout(Duration::from_secs(3), stream.next())
            .await
            .unwrap_or_else(|_| panic!("no event {} within 3 s", out.len() + 1))
            .expect("the stream goes on")
            .expect("a typed event");
        out.push((
            event.id.unwrap_or_default(),
            event.event.unwrap_or_default(),
            event.data,
        ));
    }
    out
}

fn names(events: &[(String, String, Chat)]) -> Vec<(&str, &str)> {
    events
        .iter()
        .map(|(id, name, _)| (id.as_str(), name.as_str()))
        .collect()
}

async fn rename(ws: &Workspace, chat: &Chat, title: &str) -> Chat {
    ws.client
        .update_chat()
        .id(chat.id)
        .body(UpdateChatRequest::new().title(Patch::Set(title.to_owned())))
        .send()
        .await
        .expect("update")
        .into_inner()
}

async fn changes_arrive_as_typed_events_in_commit_order(server: TestServer) {
    let ws = server.workspace("a").await;
    // From the workspace's start (id 0): nothing committed after the request is missed.
    let mut stream = ws.client.watch_chats().last_event_id("0").events();
    // A refused change writes no event (its transaction rolls back).
    let refused = ws
        .client
        .create_chat()
        .body(
            chats_client::types::CreateChatRequest::builder()
                .channel_id(None)
                .owner_id(uuid::Uuid::from_u128(1))
                .title(None),
        )
        .send()
        .await;
    assert_eq!(problem(refused.unwrap_err()).status, 422);
    let first = create(&ws, fixture::USER, Some(fixture::WHATSAPP), Some("Refund")).await;
    let renamed = rename(&ws, &first, "Refund approved").await;
    ws.client.remove_chat().id(first.id).send().await.unwrap();
    let removed = ws.client.get_chat().id(first.id).send().await.unwrap();
    let second = create(&ws, fixture::EXTERNAL_USER, None, None).await;
    let events = next_events(&mut stream, 4).await;
    assert_eq!(
        names(&events),
        [
            ("1", "chat.created"),
            ("2", "chat.updated"),
            ("3", "chat.removed"),
            ("4", "chat.created")
        ]
    );
    assert_eq!(events[0].2, first, "the chat as the create answered it");
    assert_eq!(events[1].2, renamed);
    assert_eq!(events[2].2, *removed, "a removed chat, `isRemoved` set");
    assert_eq!(events[3].2, second);
    // Another workspace's changes are not this stream's.
    let other = server.workspace("b").await;
    create(&other, fixture::USER, None, Some("theirs")).await;
    let third = create(&ws, fixture::USER, None, Some("ours")).await;
    let events = next_events(&mut stream, 1).await;
    assert_eq!(names(&events), [("5", "chat.created")]);
    assert_eq!(events[0].2, third);
}

async fn filters_pick_the_chats_a_stream_follows(server: TestServer) {
    let ws = server.workspace("a").await;
    let mut stream = ws
        .client
        .watch_chats()
        .channel_ids(vec![fixture::WHATSAPP])
        .owner_ids(vec![fixture::USER])
        .last_event_id("0")
        .events();
    create(
        &ws,
        fixture::USER,
        Some(fixture::WIDGET),
        Some("other channel"),
    )
    .await;
    create(&ws, fixture::EXTERNAL_USER, Some(fixture::WHATSAPP), None).await;
    let followed = create(&ws, fixture::USER, Some(fixture::WHATSAPP), Some("ours")).await;
    let events = next_events(&mut stream, 1).await;
    assert_eq!(names(&events), [("3", "chat.created")]);
    assert_eq!(events[0].2, followed);
}

async fn a_stream_resumes_after_its_last_event_and_old_ids_answer_410(server: TestServer) {
    let ws = server.workspace("a").await;
    let mut chats = Vec::new();
    for title in ["one", "two", "three"] {
        chats.push(create(&ws, fixture::USER, None, Some(title)).await);
    }
    // Without Last-Event-ID: only what comes next (polled once to connect: a stream opens
    // on its first poll).
    let mut live = ws.client.watch_chats().events();
    let connected = tokio::time::timeout(Duration::from_secs(1), live.next()).await;
    assert!(connected.is_err(), "nothing happened yet");
    let mut resumed = ws.client.watch_chats().last_event_id("1").events();
    let fourth = create(&ws, fixture::USER, None, Some("four")).await;
    let events = next_events(&mut resumed, 3).await;
    assert_eq!(
        names(&events),
        [
            ("2", "chat.created"),
            ("3", "chat.created"),
            ("4", "chat.created")
        ],
        "the backlog after id 1, then the live event, each once"
    );
    assert_eq!(events[2].2, fourth);
    let events = next_events(&mut live, 1).await;
    assert_eq!(names(&events), [("4", "chat.created")]);

    // An id the workspace never issued, and one past the retention: 410, typed.
    let refused = |id: &'static str| {
        let stream = ws.client.watch_chats().last_event_id(id).events();
        async move {
            let mut stream = stream;
            match stream.next().await {
                Some(Err(err)) => problem(err),
                _ => panic!("Last-Event-ID {id} was not refused"),
            }
        }
    };
    let unknown = refused("99").await;
    assert_eq!(
        (unknown.status, unknown.type_.as_str()),
        (410, "/problems/events-expired")
    );
    server
        .storage
        .prune_events(chrono::Utc::now() + chrono::TimeDelta::seconds(1))
        .await
        .unwrap();
    let expired = refused("2").await;
    assert_eq!(expired.errors[0].location, "header.last-event-id");
    // The newest id still resumes (nothing is missed after it).
    let mut latest = ws.client.watch_chats().last_event_id("4").events();
    rename(&ws, &chats[0], "later").await;
    assert_eq!(
        names(&next_events(&mut latest, 1).await),
        [("5", "chat.updated")]
    );
}

async fn streams_per_key_are_limited_with_429_and_retry_after(server: TestServer) {
    let ws = server.workspace("a").await;
    let open = |key: String| {
        let url = format!("{}/api/v1/chats/events", server.base);
        async move {
            reqwest::Client::new()
                .get(url)
                .header("authorization", key)
                .send()
                .await
                .unwrap()
        }
    };
    let mut streams = Vec::new();
    for _ in 0..chats_server::events::MAX_PER_KEY {
        let response = open(ws.key.clone()).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        streams.push(response);
    }
    let refused = open(ws.key.clone()).await;
    assert_eq!(refused.status(), 429);
    assert_eq!(refused.headers()["retry-after"], "5");
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["type"], "/problems/too-many-streams");
    // Another key of the workspace has slots of its own; a closed stream frees one.
    let other_key = server.key(ws.id).await;
    assert_eq!(open(other_key).await.status(), 200);
    drop(streams.pop());
    let mut reopened = None;
    for _ in 0..50 {
        let response = open(ws.key.clone()).await;
        if response.status() == 200 {
            reopened = Some(response);
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(reopened.is_some(), "a closed stream gives its slot back");
}

on_both_backends!(
    changes_arrive_as_typed_events_in_commit_order,
    filters_pick_the_chats_a_stream_follows,
    a_stream_resumes_after_its_last_event_and_old_ids_answer_410,
    streams_per_key_are_limited_with_429_and_retry_after,
);
