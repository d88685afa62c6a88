//! The service end to end: the real application on a socket, driven by the generated client,
//! on both backends: every test runs once on SQLite (`…::sqlite::…`) and once on PostgreSQL
//! (`…::postgres::…`, when `CHATS_TEST_POSTGRES_URL` is set; CI sets it). Each test names the
//! behaviour it checks; the tests live in a module per concern, and what they share is here.

mod access;
mod changes;
mod creation;
mod cursors;
mod details;
mod events;
mod idempotency;
mod lists;

use chats_client::{
    Error,
    types::{Chat, CreateChatRequest, Problem},
};
use chats_tests::Workspace;
use uuid::Uuid;

pub(crate) async fn create(
    ws: &Workspace,
    owner: Uuid,
    channel: Option<Uuid>,
    title: Option<&str>,
) -> Chat {
    ws.client
        .create_chat()
        .body(
            CreateChatRequest::builder()
                .channel_id(channel)
                .owner_id(owner)
                .title(title.map(str::to_owned)),
        )
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
