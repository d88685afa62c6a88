//! Keyset pages (`cursor`, the `Link: <…>; rel="next"` header of a full page): each chat once
//! while chats are created between pages, the filters carried by the link, the generated
//! client's stream following the links (from any first page), the 422 of a cursor this API
//! did not issue, and a page number beside a cursor ignored.

use chats_client::{StreamExt as _, types::Chat};
use chats_tests::{TestServer, Workspace, fixture, on_both_backends};
use uuid::Uuid;

use super::{create, ids, in_list_order, problem};

/// The `Link` header's target and the cursor in it, if the answer has one.
fn next(headers: &reqwest::header::HeaderMap) -> Option<(String, String)> {
    let link = headers.get("link")?.to_str().expect("a text header");
    let target = link
        .strip_prefix('<')
        .and_then(|rest| rest.split_once(">; rel=\"next\""))
        .map(|(target, _)| target.to_owned())
        .unwrap_or_else(|| panic!("a next link: {link}"));
    let cursor = target
        .split_once("cursor=")
        .map(|(_, cursor)| cursor.to_owned())
        .expect("a cursor in the link");
    Some((target, cursor))
}

/// One page of `size` chats after `cursor`: its chats and its next cursor.
async fn page(ws: &Workspace, size: u64, cursor: Option<&str>) -> (Vec<Chat>, Option<String>) {
    let mut request = ws.client.list_chats().page_size(size);
    if let Some(cursor) = cursor {
        request = request.cursor(cursor);
    }
    let answer = request.send().await.expect("a page");
    let next = next(answer.headers()).map(|(_, cursor)| cursor);
    (answer.into_inner(), next)
}

async fn each_chat_once_while_chats_are_created_between_pages(server: TestServer) {
    let ws = server.workspace("a").await;
    let mut chats = Vec::new();
    for i in 0..7 {
        chats.push(create(&ws, fixture::USER, None, Some(&format!("chat {i}"))).await);
    }
    let order = in_list_order(chats);
    let (mut seen, mut cursor, mut pages) = (Vec::new(), None, 0);
    loop {
        let (chats, next) = page(&ws, 3, cursor.as_deref()).await;
        pages += 1;
        seen.extend(ids(&chats));
        // Newer than every cursor: listed before the first page, never in this walk.
        create(&ws, fixture::USER, None, Some("meanwhile")).await;
        match next {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(
        seen, order,
        "each chat of the walk's start once, in list order"
    );
    assert_eq!(pages, 3, "3 + 3 + 1: the short page has no link");
    // A page that is exactly full links to an empty last page.
    let (first, next) = page(&ws, 10, None).await;
    assert_eq!(first.len(), 10, "7 and the 3 created meanwhile");
    let (rest, after) = page(&ws, 10, next.as_deref()).await;
    assert!(rest.is_empty() && after.is_none());
    // The generated client's stream follows the links: all 10, once each.
    let streamed: Vec<Uuid> = ws
        .client
        .list_chats()
        .page_size(4u64)
        .stream()
        .map(|chat| chat.expect("a chat").id)
        .collect()
        .await;
    assert_eq!(streamed, ids(&first));
    // From a page number on: the first request's, then the cursors (the number beside them
    // ignored), so no page is skipped.
    let from_two: Vec<Uuid> = ws
        .client
        .list_chats()
        .page_size(3u64)
        .page_number(2u64)
        .stream()
        .map(|chat| chat.expect("a chat").id)
        .collect()
        .await;
    assert_eq!(from_two, ids(&first)[3..]);
}

async fn the_link_carries_the_filters_and_the_size(server: TestServer) {
    let ws = server.workspace("a").await;
    let mut mine = Vec::new();
    for i in 0..3 {
        mine.push(create(&ws, fixture::USER, None, Some(&format!("mine {i}"))).await);
        create(&ws, fixture::EXTERNAL_USER, None, Some("theirs")).await;
    }
    let answer = ws
        .client
        .list_chats()
        .owner_ids(vec![fixture::USER])
        .search("mine")
        .page_size(1u64)
        .send()
        .await
        .expect("a page");
    let (target, _) = next(answer.headers()).expect("a full page links on");
    assert!(
        target.starts_with("/api/v1/chats?")
            && target.contains(&format!("ownerIds={}", fixture::USER))
            && target.contains("search=mine")
            && target.contains("pageSize=1"),
        "{target}"
    );
    let order = in_list_order(mine);
    assert_eq!(ids(&answer.into_inner()), order[..1]);
    // Followed as it is, by any HTTP client.
    let (status, body) = server.raw(Some(&ws.key), "GET", &target, None).await;
    assert_eq!(status, 200, "{body}");
    let second: Vec<Chat> = serde_json::from_value(body).expect("chats");
    assert_eq!(ids(&second), order[1..2]);
    // The details list pages the same way.
    let details = ws
        .client
        .list_chat_details()
        .page_size(2u64)
        .send()
        .await
        .expect("details");
    let (target, _) = next(details.headers()).expect("a full page links on");
    assert!(target.starts_with("/api/v1/chats/details?"), "{target}");
}

async fn a_cursor_not_issued_here_is_unknown_and_a_page_number_beside_one_is_ignored(
    server: TestServer,
) {
    let ws = server.workspace("a").await;
    let mut chats = Vec::new();
    for i in 0..5 {
        chats.push(create(&ws, fixture::USER, None, Some(&format!("chat {i}"))).await);
    }
    let order = in_list_order(chats);
    let (_, cursor) = page(&ws, 1, None).await;
    let cursor = cursor.expect("a full page links on");
    let forged = format!("02{}", &cursor[2..]);
    let err = ws
        .client
        .list_chats()
        .cursor(forged.as_str())
        .send()
        .await
        .expect_err("a forged cursor");
    let found = problem(err);
    assert_eq!(found.status, 422);
    assert_eq!(
        found
            .errors
            .iter()
            .map(|error| (error.location.as_str(), error.code.as_str()))
            .collect::<Vec<_>>(),
        [("query.cursor", "not_found")]
    );
    // The cursor says where the page starts: the page number beside it changes nothing.
    let after_first = ws
        .client
        .list_chat_details()
        .cursor(cursor.as_str())
        .page_size(2u64)
        .page_number(2u64)
        .send()
        .await
        .expect("the page after the cursor");
    assert_eq!(
        after_first
            .iter()
            .map(|details| details.id)
            .collect::<Vec<_>>(),
        order[1..3]
    );
}

on_both_backends!(
    each_chat_once_while_chats_are_created_between_pages,
    the_link_carries_the_filters_and_the_size,
    a_cursor_not_issued_here_is_unknown_and_a_page_number_beside_one_is_ignored,
);
