//! Scale-out on PostgreSQL: several `chats-server serve` processes on one database behave as
//! one service, and a database that goes away answers 503 and comes back by itself.
//!
//! Every test makes its own database (`chats_test_…`) on the server `CHATS_TEST_POSTGRES_URL`
//! names and drops it after; without the variable they say they did not run (CI sets it).

use crate::support::DIRECTORY;
use std::{
    collections::BTreeSet,
    sync::Arc,
    time::{Duration, Instant},
};

use crate::support::{self, Server};
use chats_client::{
    Client,
    types::{CreateChatRequest, Patch, UpdateChatRequest},
};
use chats_server::{
    storage::{Database, PoolSettings, Postgres},
    testing::{TempPostgres, postgres_url},
};
use uuid::Uuid;

const OWNER: Uuid = Uuid::from_u128(0x00000000_0000_4000_8000_00000000a0a0);

/// A database with a workspace, the fixture directory and a key, made with the CLI.
fn prepared(temp: &TempPostgres) -> String {
    let workspace = support::ok(&temp.url, &["workspace", "create", "--name", "Acme"]);
    let workspace = workspace.trim();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("directory.json");
    std::fs::write(&file, DIRECTORY).unwrap();
    support::ok(
        &temp.url,
        &["import", "--workspace", workspace, file.to_str().unwrap()],
    );
    support::ok(&temp.url, &["api-key", "create", "--workspace", workspace])
        .trim()
        .to_owned()
}

fn client(server: &Server, key: &str) -> Client {
    Client::with_api_key(&format!("http://{}", server.address), key).unwrap()
}

fn new_chat(title: &str) -> chats_client::types::builder::CreateChatRequest {
    CreateChatRequest::builder()
        .channel_id(None)
        .owner_id(OWNER)
        .title(title.to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_one_database_act_as_one_service() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    let key = prepared(&temp);
    let (one, two) = (Server::start(&temp.url, &[]), Server::start(&temp.url, &[]));
    let (a, b) = (client(&one, &key), client(&two, &key));

    // Written through one, read, listed, patched and removed through the other.
    let chat = a
        .create_chat()
        .body(new_chat("Refund"))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        b.get_chat().id(chat.id).send().await.unwrap().into_inner(),
        chat
    );
    assert_eq!(
        b.list_chats().search("refund").send().await.unwrap().len(),
        1
    );
    let patched = b
        .update_chat()
        .id(chat.id)
        .body(UpdateChatRequest::new().title(Patch::Set("Refund approved".into())))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        a.get_chat().id(chat.id).send().await.unwrap().into_inner(),
        patched
    );
    b.remove_chat().id(chat.id).send().await.unwrap();
    assert!(a.get_chat().id(chat.id).send().await.unwrap().is_removed);
    assert!(a.list_chats().send().await.unwrap().is_empty());

    // Concurrent PATCHes of one chat from both replicas: the chat ends with one of the
    // written values and the updatedAt of the write that won (no torn row).
    let target = a
        .create_chat()
        .body(new_chat("start"))
        .send()
        .await
        .unwrap()
        .into_inner();
    for round in 0..20 {
        let (left, right) = (format!("one-{round}"), format!("two-{round}"));
        let patch = |client: Client, title: String| async move {
            client
                .update_chat()
                .id(target.id)
                .body(UpdateChatRequest::new().title(Patch::Set(title)))
                .send()
                .await
        };
        let (x, y) = tokio::join!(
            patch(a.clone(), left.clone()),
            patch(b.clone(), right.clone())
        );
        let (x, y) = (x.unwrap().into_inner(), y.unwrap().into_inner());
        let now = b
            .get_chat()
            .id(target.id)
            .send()
            .await
            .unwrap()
            .into_inner();
        assert!(
            now == x || now == y,
            "round {round}: {now:?} is neither written row"
        );
        assert!([left, right].contains(now.title.as_ref().unwrap()));
    }

    // Concurrent creates on both replicas: nothing is lost.
    let mut creates = tokio::task::JoinSet::new();
    for i in 0..60 {
        let client = if i % 2 == 0 { a.clone() } else { b.clone() };
        creates.spawn(async move {
            client
                .create_chat()
                .body(new_chat(&format!("bulk {i}")))
                .send()
                .await
                .map(|r| r.id)
        });
    }
    let mut acknowledged = BTreeSet::new();
    while let Some(result) = creates.join_next().await {
        acknowledged.insert(result.unwrap().expect("every create is acknowledged"));
    }
    assert_eq!(acknowledged.len(), 60);
    let listed: BTreeSet<Uuid> = a
        .list_chats()
        .search("bulk")
        .page_size(100u64)
        .send()
        .await
        .unwrap()
        .iter()
        .map(|chat| chat.id)
        .collect();
    assert_eq!(listed, acknowledged);

    assert!(one.terminate().0.success());
    assert!(two.terminate().0.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_starting_at_once_migrate_once() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    let mut opens = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let url = temp.url.clone();
        opens.spawn(async move {
            Database::open(&url, PoolSettings::default())
                .await
                .map(|_| ())
        });
    }
    while let Some(opened) = opens.join_next().await {
        let opened = opened.expect("the task ran");
        assert!(
            opened.is_ok(),
            "a concurrent start failed: {:?}",
            opened.err()
        );
    }
    // Each migration is recorded once, and all of them.
    let storage = Postgres::open(&temp.url, PoolSettings::default())
        .await
        .unwrap();
    assert_eq!(
        storage.applied_migrations().await.unwrap(),
        Postgres::migration_versions()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_goes_away_answers_503_and_the_service_recovers_by_itself() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    let key = prepared(&temp);
    let server = Server::start(&temp.url, &[]);
    let api = client(&server, &key);
    let http = reqwest::Client::new();
    let base = format!("http://{}", server.address);

    // Writers run throughout; every acknowledged create must survive.
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::new()));
    let statuses = Arc::new(std::sync::Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = tokio::task::JoinSet::new();
    for w in 0..4 {
        let (api, acknowledged, statuses, stop) = (
            api.clone(),
            acknowledged.clone(),
            statuses.clone(),
            stop.clone(),
        );
        writers.spawn(async move {
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let started = Instant::now();
                match api
                    .create_chat()
                    .body(new_chat(&format!("w{w}-{i}")))
                    .send()
                    .await
                {
                    Ok(chat) => acknowledged.lock().unwrap().push(chat.id),
                    Err(chats_client::Error::ErrorResponse(problem)) => {
                        statuses.lock().unwrap().push((
                            problem.status,
                            problem.type_.clone(),
                            started.elapsed(),
                        ));
                    }
                    Err(other) => panic!("not an answer of the spec: {other:?}"),
                }
                assert!(
                    started.elapsed() < Duration::from_secs(15),
                    "a request hung"
                );
                i += 1;
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        });
    }
    tokio::time::sleep(Duration::from_millis(300)).await;

    temp.set_connections_allowed(false).await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    let ready = http.get(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 503, "/readyz reports the database");
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["type"], "/problems/unavailable");
    let listed = api.list_chats().send().await.expect_err("no database");
    let chats_client::Error::ErrorResponse(problem) = listed else {
        panic!("{listed:?}")
    };
    assert_eq!(problem.status, 503);
    assert!(
        !problem.detail.contains("postgres"),
        "no driver message: {}",
        problem.detail
    );

    temp.set_connections_allowed(true).await;
    let back = Instant::now();
    loop {
        let ready = http.get(format!("{base}/readyz")).send().await.unwrap();
        if ready.status().is_success() {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(15),
            "the service did not recover"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let recovered_in = back.elapsed();
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    while let Some(result) = writers.join_next().await {
        result.unwrap();
    }

    let failures = statuses.lock().unwrap().clone();
    assert!(!failures.is_empty(), "the outage was seen by the writers");
    // README.md: a database that is down answers 503 within 5 s (the pool's wait and connect
    // timeouts); a second more for the round trip and a loaded machine.
    let slowest = failures.iter().map(|(_, _, took)| *took).max().unwrap();
    assert!(slowest <= Duration::from_secs(6), "a 503 took {slowest:?}");
    for (status, kind, _) in &failures {
        assert_eq!(
            (*status, kind.as_str()),
            (503, "/problems/unavailable"),
            "only 503s"
        );
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(!acknowledged.is_empty());
    for id in &acknowledged {
        api.get_chat()
            .id(*id)
            .send()
            .await
            .expect("every acknowledged create is there");
    }
    eprintln!(
        "postgres outage under load: {} creates acknowledged and all present, {} answered 503 (the slowest in {} ms), ready again {} ms after the database was",
        acknowledged.len(),
        failures.len(),
        slowest.as_millis(),
        recovered_in.as_millis()
    );
    assert!(server.terminate().0.success());
}

/// The next event of `stream` within `within`: its id, name and chat.
async fn next_event<S>(stream: &mut S, within: Duration) -> (i64, String, chats_client::types::Chat)
where
    S: chats_client::Stream<
            Item = Result<
                chats_client::Event<chats_client::types::Chat>,
                chats_client::Error<chats_client::types::Problem>,
            >,
        > + Unpin,
{
    use chats_client::StreamExt as _;
    let event = tokio::time::timeout(within, stream.next())
        .await
        .unwrap_or_else(|_| panic!("no event within {within:?}"))
        .expect("the stream goes on")
        .expect("a typed event");
    (
        event.id.expect("an id").parse().expect("a numeric id"),
        event.event.unwrap_or_default(),
        event.data,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscriber_on_one_replica_sees_the_others_changes_in_order_within_a_second() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    let key = prepared(&temp);
    let (one, two) = (Server::start(&temp.url, &[]), Server::start(&temp.url, &[]));
    let (a, b) = (client(&one, &key), client(&two, &key));
    // From id 0: nothing is missed while the stream connects (on its first poll).
    let mut stream = a.watch_chats().last_event_id("0").events();
    let second = Duration::from_secs(1);

    let chat = b
        .create_chat()
        .body(new_chat("Refund"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        next_event(&mut stream, Duration::from_secs(5)).await,
        (1, "chat.created".to_owned(), chat.into_inner())
    );
    let patched = b
        .update_chat()
        .id(chat_id(&a).await)
        .body(UpdateChatRequest::new().title(Patch::Set("Refund approved".into())))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        next_event(&mut stream, second).await,
        (2, "chat.updated".to_owned(), patched.clone())
    );
    b.remove_chat().id(patched.id).send().await.unwrap();
    let (id, name, removed) = next_event(&mut stream, second).await;
    assert_eq!(
        (id, name.as_str(), removed.is_removed),
        (3, "chat.removed", true)
    );
    for i in 0..30 {
        let made = b
            .create_chat()
            .body(new_chat(&format!("n{i}")))
            .send()
            .await
            .unwrap()
            .into_inner();
        assert_eq!(
            next_event(&mut stream, second).await,
            (4 + i, "chat.created".to_owned(), made),
            "event {} within a second, in order",
            4 + i
        );
    }
    assert!(one.terminate().0.success());
    assert!(two.terminate().0.success());
}

/// The one chat of the workspace.
async fn chat_id(client: &Client) -> Uuid {
    client.list_chats().send().await.unwrap()[0].id
}

/// A TCP proxy to a target that can change: the load balancer in front of the replicas.
struct Proxy {
    address: String,
    target: Arc<std::sync::Mutex<String>>,
}

impl Proxy {
    async fn start(target: &str) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let target = Arc::new(std::sync::Mutex::new(target.to_owned()));
        let to = Arc::clone(&target);
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let target = to.lock().unwrap().clone();
                tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        Self { address, target }
    }

    fn point_at(&self, target: &str) {
        *self.target.lock().unwrap() = target.to_owned();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_whose_replica_is_killed_resumes_on_the_other_missing_nothing() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    let key = prepared(&temp);
    let (one, two) = (Server::start(&temp.url, &[]), Server::start(&temp.url, &[]));
    let proxy = Proxy::start(&one.address).await;
    let reader = Client::with_api_key(&format!("http://{}", proxy.address), &key)
        .unwrap()
        .with_retry_policy(
            chats_client::RetryPolicy::default()
                .retries(10)
                .base_delay(Duration::from_millis(50)),
        );
    let writer = client(&two, &key);
    let mut stream = reader.watch_chats().last_event_id("0").events();

    // Writes go on through the other replica throughout.
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writing = {
        let (acknowledged, stop) = (Arc::clone(&acknowledged), Arc::clone(&stop));
        tokio::spawn(async move {
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let made = writer
                    .create_chat()
                    .body(new_chat(&format!("w{i}")))
                    .send()
                    .await
                    .expect("the other replica acknowledges");
                acknowledged.lock().unwrap().push(made.id);
                i += 1;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
    };
    let mut received: Vec<(i64, Uuid)> = Vec::new();
    while received.len() < 20 {
        let (id, _, chat) = next_event(&mut stream, Duration::from_secs(5)).await;
        received.push((id, chat.id));
    }
    // The balancer sends new connections to the survivor; the streaming replica dies.
    proxy.point_at(&two.address);
    one.kill();
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    writing.await.unwrap();
    let acknowledged = acknowledged.lock().unwrap().clone();
    while received.len() < acknowledged.len() {
        let (id, _, chat) = next_event(&mut stream, Duration::from_secs(5)).await;
        received.push((id, chat.id));
    }
    let ids: Vec<i64> = received.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        (1..=acknowledged.len() as i64).collect::<Vec<_>>(),
        "every event once, in order, across the reconnection"
    );
    let chats: BTreeSet<Uuid> = received.iter().map(|(_, chat)| *chat).collect();
    assert_eq!(
        chats,
        acknowledged.iter().copied().collect(),
        "every acknowledged write"
    );
    assert!(two.terminate().0.success());
}
