//! A full disk on SQLite: writes answer 503 with the problem body (never a 500, never a
//! driver message), reads go on, nothing half-written appears, and writes work again as soon
//! as there is room. The disk is "filled" by capping the database's page count
//! (`PRAGMA max_page_count`), which fails writes exactly as a full file system does
//! (`SQLITE_FULL`) and needs no privileges. The refusal is counted as `full`, apart from an
//! unreachable database, for operators to alert on.

use chats_client::{Client, types::CreateChatRequest};
use uuid::Uuid;

const OWNER: Uuid = Uuid::from_u128(0x00000000_0000_4000_8000_00000000a0a0);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_answers_503_and_writes_resume_when_there_is_room() {
    // Each test is a process of its own (nextest): this recorder sees only this test.
    let metrics = chats_server::telemetry::install().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (storage, key) = crate::support::sqlite_workspace(dir.path(), None).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = chats_server::http::app(storage.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    // One attempt per create: each refusal counted once (a create is keyed, so the client
    // would otherwise retry the 503).
    let client = Client::builder(&base, &key).no_retries().build().unwrap();
    let create = |i: usize| {
        let client = client.clone();
        async move {
            client
                .create_chat()
                .body(
                    CreateChatRequest::builder()
                        .channel_id(None)
                        .owner_id(OWNER)
                        .title(Some(format!("{i}:{}", "x".repeat(3_000)))),
                )
                .send()
                .await
        }
    };

    let pages = storage.page_count().await.unwrap();
    storage.set_max_pages(Some(pages)).await.unwrap();
    let mut acknowledged = Vec::new();
    let mut refused = None;
    for i in 0..500 {
        match create(i).await {
            Ok(chat) => acknowledged.push(chat.id),
            Err(chats_client::Error::ErrorResponse(problem)) => {
                refused = Some(problem.into_inner());
                break;
            }
            Err(other) => panic!("not an answer of the spec: {other:?}"),
        }
    }
    let problem = refused.expect("the disk filled up");
    assert_eq!(problem.status, 503);
    assert_eq!(problem.type_, "/problems/unavailable");
    assert!(
        !problem.detail.to_lowercase().contains("sqlite"),
        "no driver message: {}",
        problem.detail
    );

    // Reads go on, and show exactly the acknowledged chats.
    let listed = client.list_chats().page_size(100u64).send().await.unwrap();
    assert_eq!(listed.len(), acknowledged.len());
    let scraped = metrics.render();
    assert!(
        scraped.contains("chats_storage_errors_total{error_class=\"full\"} 1\n"),
        "the refusal is counted as full:\n{scraped}"
    );
    assert!(
        !scraped.contains("error_class=\"unavailable\""),
        "{scraped}"
    );
    let ready = reqwest::get(format!("{base}/readyz")).await.unwrap();
    assert_eq!(
        ready.status().as_u16(),
        200,
        "reads work: the service is ready"
    );

    storage.set_max_pages(None).await.unwrap();
    let resumed = create(10_000)
        .await
        .expect("writes resume when there is room");
    assert!(client.get_chat().id(resumed.id).send().await.is_ok());
    let listed = client.list_chats().page_size(100u64).send().await.unwrap();
    assert_eq!(listed.len(), acknowledged.len() + 1);
}
