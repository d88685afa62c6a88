//! Crash consistency: `chats-server serve` is killed with SIGKILL at random moments while
//! clients create, patch and remove chats; after each restart every acknowledged write is
//! there with its acknowledged value, and the service answers normally. On SQLite the file
//! also passes `PRAGMA integrity_check` and FTS5's `integrity-check` of the title index; the same
//! runs on PostgreSQL. A writer fails on any answer but success or the kill.
//!
//! A request in flight at the kill may or may not have committed: for it, both the old and
//! the new value are accepted. Nothing acknowledged may be lost. Each round kills at a
//! pseudo-random moment (50-500 ms) after its first acknowledged write.

use crate::support::DIRECTORY;
use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use crate::support::{self, Server};
use chats_client::{
    Client,
    types::{CreateChatRequest, Patch, UpdateChatRequest},
};
use uuid::Uuid;

const OWNER: Uuid = Uuid::from_u128(0x00000000_0000_4000_8000_00000000a0a0);
const KILLS: usize = 20;

/// What the clients know of one chat: its acknowledged state and, when a write was in flight
/// at the kill, the state that write would have left.
#[derive(Clone, Debug, Default)]
struct Expected {
    title: String,
    removed: bool,
    in_flight: Option<(String, bool)>,
}

type Ledger = Arc<Mutex<BTreeMap<Uuid, Expected>>>;

/// Whether a failed request failed because the server died under it (the connection
/// refused, reset or cut mid-answer). Any answer the server gave (a 4xx or 5xx problem, an
/// undocumented status, a malformed body) is a failure of the service, not of the kill.
fn killed<E: std::fmt::Debug>(err: &chats_client::Error<E>) -> bool {
    matches!(
        err,
        chats_client::Error::CommunicationError(_) | chats_client::Error::ResponseBodyError(_)
    )
}

/// Creates, patches and removes its own chats until the server dies; records every
/// acknowledgement in the ledger. Panics on any failure but the kill.
async fn writer(client: Client, ledger: Ledger, writer: usize, round: usize) {
    let stop = |err: &dyn std::fmt::Debug, dead: bool| {
        assert!(dead, "writer {writer}, round {round}: {err:?}");
    };
    let mut mine: Vec<Uuid> = Vec::new();
    for step in 0.. {
        let title = format!("w{writer}-r{round}-s{step}");
        match step % 4 {
            // Create (twice as often as the rest).
            0 | 1 => {
                let body = CreateChatRequest::builder()
                    .channel_id(None)
                    .owner_id(OWNER)
                    .title(Some(title.clone()));
                let chat = match client.create_chat().body(body).send().await {
                    Ok(chat) => chat,
                    Err(err) => return stop(&err, killed(&err)),
                };
                ledger.lock().unwrap().insert(
                    chat.id,
                    Expected {
                        title,
                        ..Expected::default()
                    },
                );
                mine.push(chat.id);
            }
            2 => {
                let Some(&id) = mine.last() else { continue };
                let removed = ledger.lock().unwrap()[&id].removed;
                if removed {
                    continue;
                }
                ledger.lock().unwrap().get_mut(&id).unwrap().in_flight =
                    Some((title.clone(), false));
                let body = UpdateChatRequest::new().title(Patch::Set(title.clone()));
                if let Err(err) = client.update_chat().id(id).body(body).send().await {
                    return stop(&err, killed(&err));
                }
                let mut ledger = ledger.lock().unwrap();
                let entry = ledger.get_mut(&id).unwrap();
                entry.title = title;
                entry.in_flight = None;
            }
            _ => {
                let Some(id) = mine.pop() else { continue };
                let title = ledger.lock().unwrap()[&id].title.clone();
                ledger.lock().unwrap().get_mut(&id).unwrap().in_flight = Some((title, true));
                if let Err(err) = client.remove_chat().id(id).send().await {
                    return stop(&err, killed(&err));
                }
                let mut ledger = ledger.lock().unwrap();
                let entry = ledger.get_mut(&id).unwrap();
                entry.removed = true;
                entry.in_flight = None;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chats.db");
    kill_and_check(
        &format!("sqlite://{}", path.display()),
        dir.path(),
        Some(&path),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_postgres() {
    let Some(server) = chats_server::testing::postgres_url() else {
        return;
    };
    let temp = chats_server::testing::TempPostgres::create(&server).await;
    let dir = tempfile::tempdir().unwrap();
    kill_and_check(&temp.url, dir.path(), None).await;
}

/// Kills and restarts the service `KILLS` times over the database at `url`; every round must
/// acknowledge new writes, and `sqlite_file` is checked after each kill (`integrity_check`
/// and the title index's FTS5 `integrity-check`).
async fn kill_and_check(
    url: &str,
    scratch: &std::path::Path,
    sqlite_file: Option<&std::path::Path>,
) {
    let url = url.to_owned();
    let workspace = support::ok(&url, &["workspace", "create", "--name", "Acme"]);
    let workspace = workspace.trim().to_owned();
    let file = scratch.join("directory.json");
    std::fs::write(&file, DIRECTORY).unwrap();
    support::ok(
        &url,
        &["import", "--workspace", &workspace, file.to_str().unwrap()],
    );
    let key = support::ok(&url, &["api-key", "create", "--workspace", &workspace])
        .trim()
        .to_owned();

    let ledger: Ledger = Ledger::default();
    // A fixed sequence of "random" moments (SplitMix-like), so a failure can be replayed.
    let mut state: u64 = 0x5EED;
    let mut checked = 0;
    for round in 0..KILLS {
        let before = ledger.lock().unwrap().len();
        let server = Server::start(&url, &[]);
        let client = Client::with_api_key(&format!("http://{}", server.address), &key).unwrap();
        let writers: Vec<_> = (0..3)
            .map(|w| tokio::spawn(writer(client.clone(), ledger.clone(), w, round)))
            .collect();
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let moment = 50 + (state >> 33) % 450;
        // The kill comes `moment` after the round's first acknowledged create (on a loaded
        // machine the first answers can take longer than the shortest moments); a service
        // that acknowledges nothing within 10 s fails the round.
        let started = Instant::now();
        while ledger.lock().unwrap().len() == before {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "round {round}: no create was acknowledged within 10 s"
            );
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        tokio::time::sleep(Duration::from_millis(moment)).await;
        server.kill();
        for writer in writers {
            writer.await.unwrap();
        }

        // The file is sound and the service answers.
        if let Some(path) = sqlite_file {
            let problems = chats_server::storage::Sqlite::check_integrity(path).unwrap();
            assert!(problems.is_empty(), "round {round}: {problems:?}");
        }
        let server = Server::start(&url, &[]);
        let client = Client::with_api_key(&format!("http://{}", server.address), &key).unwrap();
        let snapshot = ledger.lock().unwrap().clone();
        for (id, expected) in &snapshot {
            let chat = client
                .get_chat()
                .id(*id)
                .send()
                .await
                .expect("an acknowledged chat is there");
            let acknowledged = (expected.title.as_str(), expected.removed);
            let found = (chat.title.as_deref().unwrap_or(""), chat.is_removed);
            let in_flight = expected.in_flight.as_ref().map(|(t, r)| (t.as_str(), *r));
            assert!(
                found == acknowledged || Some(found) == in_flight,
                "round {round}: chat {id} is {found:?}, acknowledged {acknowledged:?}, in flight {in_flight:?}"
            );
            checked += 1;
        }
        // Settle what was in flight to what the database says, for the next round.
        let unsettled: Vec<Uuid> = snapshot
            .iter()
            .filter(|(_, expected)| expected.in_flight.is_some())
            .map(|(id, _)| *id)
            .collect();
        for id in unsettled {
            let chat = client.get_chat().id(id).send().await.unwrap();
            let mut ledger = ledger.lock().unwrap();
            let expected = ledger.get_mut(&id).unwrap();
            expected.title = chat.title.clone().unwrap_or_default();
            expected.removed = chat.is_removed;
            expected.in_flight = None;
        }
        assert!(server.terminate().0.success());
    }
    let total = ledger.lock().unwrap().len();
    assert!(total > KILLS * 3, "the writers wrote ({total} chats)");
    let backend = url.split(':').next().unwrap_or("?");
    eprintln!(
        "crash consistency ({backend}): {KILLS} SIGKILLs, {total} chats written, each checked after every later kill ({checked} checks), 0 lost"
    );
}
