//! Replays the fuzz target's seeds and every input it found worth keeping (the committed
//! corpus and regressions under `crates/chats-server/fuzz/`) through the same request path
//! the fuzzer drives, in the ordinary test suite: none may answer a 5xx, and every input that
//! holds a complete request head is answered. The folders must be there, and every file in
//! them is replayed.

use std::path::Path;

const KEY: &str = "ck_fuzz_0000000000000000000000000000000000000000000000000000000000000000";

#[tokio::test]
async fn every_kept_fuzz_input_answers_without_a_server_error() {
    let dir = tempfile::tempdir().unwrap();
    let (storage, _) = crate::support::sqlite_workspace(dir.path(), Some(KEY)).await;
    let app = chats_server::http::app(storage);

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for folder in ["seeds/http_request", "kept/http_request"] {
        let entries = std::fs::read_dir(root.join(folder))
            .unwrap_or_else(|err| panic!("fuzz/{folder} must be there: {err}"));
        for entry in entries {
            files.push(entry.unwrap().path());
        }
    }
    // Inputs the fuzzer found crashing, once fixed, are kept here (none yet).
    if let Ok(entries) = std::fs::read_dir(root.join("regressions/http_request")) {
        files.extend(entries.map(|entry| entry.unwrap().path()));
    }
    assert!(
        files.len() > 4_000,
        "the committed corpus: {} files",
        files.len()
    );

    let mut answered = 0;
    let mut unanswered_without_a_head = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let statuses = chats_server::testing::serve_raw(app.clone(), &bytes).await;
        assert!(
            statuses.iter().all(|s| *s < 500),
            "{}: {statuses:?}",
            path.display()
        );
        if !statuses.is_empty() {
            answered += 1;
            continue;
        }
        // Only a request that never finished its head may go unanswered: the connection
        // ended before there was anything to answer.
        let complete_head = bytes.windows(4).any(|w| w == b"\r\n\r\n");
        assert!(
            !complete_head,
            "{}: a complete request head got no answer",
            path.display()
        );
        unanswered_without_a_head += 1;
    }
    eprintln!(
        "fuzz corpus: {} inputs replayed, {answered} answered, {unanswered_without_a_head} \
         ended before a complete head, no 5xx",
        files.len()
    );
}
