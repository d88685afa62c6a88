//! Creating once, even when retried (`Idempotency-Key` on createChat): a repeat answers the
//! first chat and writes nothing, another body with the key is 422, keys belong to their
//! workspace, concurrent repeats create one chat, and a client whose answers are cut after
//! the server committed retries its creates into exactly one chat each.

use std::{
    collections::{BTreeSet, HashSet},
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::Duration,
};

use chats_client::{RetryPolicy, StreamExt as _, types::CreateChatRequest};
use chats_tests::{TestServer, Workspace, fixture, on_both_backends};
use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};
use uuid::Uuid;

use super::problem;

fn body(title: &str) -> CreateChatRequest {
    CreateChatRequest::builder()
        .channel_id(Some(fixture::WHATSAPP))
        .owner_id(fixture::USER)
        .title(Some(title.to_owned()))
        .try_into()
        .expect("a complete body")
}

async fn create_with_key(ws: &Workspace, key: &str, title: &str) -> Result<Uuid, u16> {
    ws.client
        .create_chat()
        .idempotency_key(key)
        .body(body(title))
        .send()
        .await
        .map(|chat| chat.into_inner().id)
        .map_err(|err| err.status().map_or(0, |status| status.as_u16()))
}

async fn all_ids(ws: &Workspace) -> Vec<Uuid> {
    ws.client
        .list_chats()
        .page_size(std::num::NonZeroU64::new(100).unwrap())
        .stream()
        .map(|chat| chat.expect("a chat").id)
        .collect()
        .await
}

async fn a_repeated_key_answers_the_first_chat_and_writes_nothing_more(server: TestServer) {
    let ws = server.workspace("a").await;
    let first = create_with_key(&ws, "order-1042", "Refund").await.unwrap();
    let again = create_with_key(&ws, "order-1042", "Refund").await.unwrap();
    assert_eq!(first, again, "the first answer again");
    // The same body written otherwise (property order, spacing) is the same request.
    let raw = json!({"title": "Refund", "ownerId": fixture::USER, "channelId": fixture::WHATSAPP});
    let (status, answer) = keyed_raw(&server, &ws.key, "order-1042", &raw).await;
    assert_eq!(
        (status, answer["id"].as_str()),
        (200, Some(first.to_string().as_str()))
    );
    assert_eq!(all_ids(&ws).await, [first], "one chat");

    // The key with another body: 422, nothing written.
    let err = ws
        .client
        .create_chat()
        .idempotency_key("order-1042")
        .body(body("Another title"))
        .send()
        .await
        .expect_err("422");
    let reused = problem(err);
    assert_eq!(
        (reused.status, reused.type_.as_str()),
        (422, "/problems/idempotency-key-reused")
    );
    assert_eq!(reused.errors[0].location, "header.idempotency-key");
    assert_eq!(all_ids(&ws).await, [first]);

    // A refused create keeps nothing of its key: the corrected request creates.
    let unknown_owner = CreateChatRequest::builder()
        .channel_id(None)
        .owner_id(Uuid::new_v4())
        .title(None);
    let err = ws
        .client
        .create_chat()
        .idempotency_key("order-1043")
        .body(unknown_owner)
        .send()
        .await
        .expect_err("422");
    assert_eq!(problem(err).type_, "/problems/unknown-reference");
    let second = create_with_key(&ws, "order-1043", "Refund").await.unwrap();
    assert_ne!(second, first);
    // Without a key, every create is a new chat (the generated client sends a fresh key per
    // call, so two calls are two chats).
    let plain = |title: &'static str| ws.client.create_chat().body(body(title)).send();
    let (a, b) = (
        plain("Refund").await.unwrap(),
        plain("Refund").await.unwrap(),
    );
    assert_ne!(a.id, b.id);
    assert_eq!(all_ids(&ws).await.len(), 4);
}

async fn keyed_raw(
    server: &TestServer,
    key: &str,
    idempotency: &str,
    body: &Value,
) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{}/api/v1/chats", server.base))
        .header("authorization", key)
        .header("idempotency-key", idempotency)
        .json(body)
        .send()
        .await
        .expect("an answer");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn a_key_belongs_to_its_workspace(server: TestServer) {
    let a = server.workspace("a").await;
    let b = server.workspace("b").await;
    let in_a = create_with_key(&a, "shared-key", "Refund").await.unwrap();
    let in_b = create_with_key(&b, "shared-key", "Refund").await.unwrap();
    assert_ne!(in_a, in_b, "another tenant's key never answers its chat");
    let chat = b.client.get_chat().id(in_b).send().await.unwrap();
    assert_eq!(chat.workspace_id, b.id);
    assert_eq!(all_ids(&a).await, [in_a]);
    assert_eq!(all_ids(&b).await, [in_b]);
}

async fn concurrent_repeats_of_one_key_create_one_chat(server: TestServer) {
    let ws = server.workspace("a").await;
    let raw = json!({"ownerId": fixture::USER, "channelId": fixture::WHATSAPP, "title": "Once"});
    let answers =
        futures_util::future::join_all((0..16).map(|_| keyed_raw(&server, &ws.key, "burst", &raw)))
            .await;
    let created: BTreeSet<&str> = answers
        .iter()
        .filter(|(status, _)| *status == 200)
        .filter_map(|(_, chat)| chat["id"].as_str())
        .collect();
    assert_eq!(created.len(), 1, "one chat answered: {answers:?}");
    for (status, answer) in &answers {
        assert!(
            *status == 200
                || (*status == 409 && answer["type"] == "/problems/idempotency-key-in-use"),
            "{status} {answer}"
        );
    }
    assert_eq!(all_ids(&ws).await.len(), 1, "one chat written");
}

/// A proxy to `upstream` that, the first time it sees a request's `Idempotency-Key`, lets the
/// request through and drops the connection as the answer arrives (the server has committed;
/// the client never reads it); later requests pass. Its address, and the keys it cut.
async fn cutting_proxy(upstream: SocketAddr) -> (SocketAddr, Arc<Mutex<HashSet<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let cut = Arc::new(Mutex::new(HashSet::new()));
    let seen = cut.clone();
    tokio::spawn(async move {
        loop {
            let Ok((client, _)) = listener.accept().await else {
                return;
            };
            let seen = seen.clone();
            tokio::spawn(async move {
                let _ = relay(client, upstream, &seen).await;
            });
        }
    });
    (address, cut)
}

async fn relay(
    mut client: TcpStream,
    upstream: SocketAddr,
    seen: &Mutex<HashSet<String>>,
) -> std::io::Result<()> {
    let request = read_request(&mut client).await?;
    let head = String::from_utf8_lossy(&request).to_ascii_lowercase();
    let key = head
        .lines()
        .find_map(|line| line.strip_prefix("idempotency-key:"))
        .map(|value| value.trim().to_owned());
    let mut server = TcpStream::connect(upstream).await?;
    server.write_all(&request).await?;
    let mut first = vec![0; 16 * 1024];
    let read = server.read(&mut first).await?;
    if let Some(key) = key
        && seen.lock().unwrap().insert(key)
    {
        // The answer came, so the create committed: the client never gets it.
        return Ok(());
    }
    client.write_all(&first[..read]).await?;
    tokio::io::copy_bidirectional(&mut client, &mut server).await?;
    Ok(())
}

/// One HTTP/1.1 request: its head, then `content-length` bytes of body.
async fn read_request(client: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut request = Vec::new();
    let mut buffer = [0; 4096];
    loop {
        let read = client.read(&mut buffer).await?;
        if read == 0 {
            return Ok(request);
        }
        request.extend_from_slice(&buffer[..read]);
        let Some(end) = request.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&request[..end]).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|line| line.strip_prefix("content-length:"))
            .and_then(|value| value.trim().parse().ok())
            .unwrap_or(0);
        if request.len() >= end + 4 + length {
            return Ok(request);
        }
    }
}

const CUT_CREATES: usize = 1_000;

async fn creates_whose_answers_are_cut_after_commit_are_retried_into_one_chat_each(
    server: TestServer,
) {
    let ws = server.workspace("a").await;
    let upstream: SocketAddr = server.base.trim_start_matches("http://").parse().unwrap();
    let (proxy, cut) = cutting_proxy(upstream).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("authorization", ws.key.parse().unwrap());
    // A connection per request, so that each goes through the proxy's decision.
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let client = chats_client::Client::new_with_client(&format!("http://{proxy}"), http)
        .with_retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)));
    let mut answered = BTreeSet::new();
    for round in 0..CUT_CREATES / 20 {
        let batch = (0..20).map(|index| {
            client
                .create_chat()
                .body(body(&format!("chat {round}-{index}")))
                .send()
        });
        for result in futures_util::future::join_all(batch).await {
            let chat = result.expect("the retry gets the first answer");
            assert!(
                chat.headers().contains_key(chats_client::ATTEMPTS_HEADER),
                "retried"
            );
            answered.insert(chat.into_inner().id);
        }
    }
    assert_eq!(
        cut.lock().unwrap().len(),
        CUT_CREATES,
        "every first answer was cut"
    );
    assert_eq!(
        answered.len(),
        CUT_CREATES,
        "each create answered its own chat"
    );
    let stored: BTreeSet<Uuid> = all_ids(&ws).await.into_iter().collect();
    assert_eq!(
        stored, answered,
        "0 duplicates: the database holds exactly the answered chats"
    );
}

on_both_backends!(
    a_repeated_key_answers_the_first_chat_and_writes_nothing_more,
    a_key_belongs_to_its_workspace,
    concurrent_repeats_of_one_key_create_one_chat,
    creates_whose_answers_are_cut_after_commit_are_retried_into_one_chat_each,
);
