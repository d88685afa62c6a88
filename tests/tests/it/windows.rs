//! Time-range lists against their plain definition, on both backends: windows are answered
//! per lag bucket (`storage::LAG_BUCKETS`), and whatever the lag of a chat's last message,
//! the list must be exactly the chats whose last message is in the window, in list order.

use chats_client::types::{Chat, Patch, UpdateChatRequest};
use chats_tests::{TestServer, fixture, on_both_backends};

use super::e2e::{create, ids, in_list_order};

/// Windows are answered per lag bucket (the time from a chat's creation to its last message,
/// `storage::LAG_BUCKETS`): chats whose last message is in every bucket and on its edges,
/// before its creation too, each listed exactly when the plain definition says so, in list
/// order, page after page, with and without another filter.
async fn windows_list_every_lag_exactly_as_the_plain_filter_does(server: TestServer) {
    use chrono::Duration;
    let ws = server.workspace("a").await;
    let lags = [
        -Duration::days(400),
        -Duration::hours(1),
        -Duration::microseconds(1),
        Duration::zero(),
        Duration::minutes(30),
        Duration::hours(1) - Duration::microseconds(1),
        Duration::hours(1),
        Duration::hours(5),
        Duration::days(1),
        Duration::days(3),
        Duration::days(7),
        Duration::days(20),
        Duration::days(30),
        Duration::days(200),
        Duration::days(365),
        Duration::days(1000),
    ];
    let mut chats = Vec::new();
    for (i, lag) in lags.iter().enumerate() {
        let channel = (i % 2 == 0).then_some(fixture::WHATSAPP);
        let chat = create(&ws, fixture::USER, channel, None).await;
        let chat = ws
            .client
            .update_chat()
            .id(chat.id)
            .body(
                UpdateChatRequest::new()
                    .last_chat_message_created_at(Patch::Set(chat.created_at + *lag)),
            )
            .send()
            .await
            .unwrap()
            .into_inner();
        chats.push(chat);
    }
    // One chat without a message: never in a window.
    create(&ws, fixture::USER, None, None).await;
    let now = chats[0].created_at;
    let windows = [
        (
            Some(now - Duration::days(2000)),
            Some(now + Duration::days(2000)),
        ),
        (Some(now), Some(now + Duration::hours(1))),
        (Some(now + Duration::hours(1)), None),
        (None, Some(now)),
        (
            Some(now + Duration::days(1)),
            Some(now + Duration::days(40)),
        ),
        (
            Some(now - Duration::days(500)),
            Some(now - Duration::minutes(1)),
        ),
        (
            Some(now + Duration::days(300)),
            Some(now + Duration::days(400)),
        ),
    ];
    for (from, to) in windows {
        for channel in [None, Some(fixture::WHATSAPP)] {
            let mut expected: Vec<Chat> = chats
                .iter()
                .filter(|c| {
                    let at = c.last_chat_message_created_at.unwrap();
                    from.is_none_or(|from| at >= from)
                        && to.is_none_or(|to| at <= to)
                        && channel.is_none_or(|channel| c.channel_id == Some(channel))
                })
                .cloned()
                .collect();
            let expected = in_list_order(std::mem::take(&mut expected));
            for size in [1u64, 3, 100] {
                let mut listed = Vec::new();
                for page in 1.. {
                    let mut request = ws
                        .client
                        .list_chats()
                        .page_size(size)
                        .page_number(std::num::NonZeroU64::new(page).unwrap());
                    if let Some(from) = from {
                        request = request.last_chat_message_created_at_start(from);
                    }
                    if let Some(to) = to {
                        request = request.last_chat_message_created_at_end(to);
                    }
                    if let Some(channel) = channel {
                        request = request.channel_ids(vec![channel]);
                    }
                    let answer = request.send().await.unwrap().into_inner();
                    if answer.is_empty() {
                        break;
                    }
                    listed.extend(ids(&answer));
                }
                assert_eq!(
                    listed, expected,
                    "window {from:?}..{to:?}, channel {channel:?}, pages of {size}"
                );
            }
        }
    }
}

on_both_backends!(windows_list_every_lag_exactly_as_the_plain_filter_does);
