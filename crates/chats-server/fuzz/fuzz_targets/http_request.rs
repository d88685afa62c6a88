//! Raw HTTP/1 bytes, as a client would send them, through hyper, the generated router and
//! its validation, into the service over a SQLite database. A 5xx answer or a panic is a
//! finding. Run with `RUSTC_BOOTSTRAP=1 cargo fuzz run -s none http_request` from
//! `crates/chats-server` (see RELIABILITY.md).

#![no_main]

use std::sync::{Arc, OnceLock};

use chats_server::{
    keys,
    storage::{Sqlite, Storage},
};

struct Fixture {
    runtime: tokio::runtime::Runtime,
    app: axum::Router,
    _dir: tempfile::TempDir,
}

/// The key every seed uses, so that fuzzed requests get past authentication.
const KEY: &str = "ck_fuzz_0000000000000000000000000000000000000000000000000000000000000000";

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let storage = Arc::new(Sqlite::open(&dir.path().join("fuzz.db")).unwrap());
        runtime.block_on(async {
            let workspace = storage.create_workspace("fuzz".into()).await.unwrap();
            let directory = chats_server::import::parse(include_str!("../../../../tests/fixtures/directory.json")).unwrap();
            storage.import(workspace, directory).await.unwrap();
            storage.create_api_key(workspace, "fuzz".into(), keys::hash(KEY)).await.unwrap();
        });
        let app = chats_server::http::app(storage);
        Fixture { runtime, app, _dir: dir }
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let fixture = fixture();
    let statuses = fixture
        .runtime
        .block_on(chats_server::testing::serve_raw(fixture.app.clone(), data));
    assert!(
        statuses.iter().all(|status| *status < 500),
        "a server error for {:?}: {statuses:?}",
        String::from_utf8_lossy(data)
    );
});
