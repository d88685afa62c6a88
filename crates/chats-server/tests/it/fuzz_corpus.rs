//! Replays the fuzz target's seeds and every input it found worth keeping (the committed
//! corpus and regressions under `crates/chats-server/fuzz/`) through the same request path
//! the fuzzer drives, in the ordinary test suite: none may answer a 5xx.

use std::{path::Path, sync::Arc};

use chats_server::{
    keys,
    storage::{Sqlite, Storage},
};

const KEY: &str = "ck_fuzz_0000000000000000000000000000000000000000000000000000000000000000";

#[tokio::test]
async fn every_kept_fuzz_input_answers_without_a_server_error() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(Sqlite::open(&dir.path().join("fuzz.db")).unwrap());
    let workspace = storage.create_workspace("fuzz".into()).await.unwrap();
    let directory = chats_server::import::parse(crate::support::DIRECTORY).unwrap();
    storage.import(workspace, directory).await.unwrap();
    storage
        .create_api_key(workspace, "fuzz".into(), keys::hash(KEY))
        .await
        .unwrap();
    let app = chats_server::http::app(storage);

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    let mut answered = 0;
    for folder in [
        "seeds/http_request",
        "kept/http_request",
        "regressions/http_request",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let statuses = chats_server::testing::serve_raw(app.clone(), &bytes).await;
            assert!(
                statuses.iter().all(|s| *s < 500),
                "{}: {statuses:?}",
                path.display()
            );
            replayed += 1;
            answered += usize::from(!statuses.is_empty());
        }
    }
    assert!(replayed >= 5, "the seeds are there");
    assert!(answered >= 5, "the seeds are answered");
    eprintln!("fuzz corpus: {replayed} inputs replayed, {answered} answered, no 5xx");
}
