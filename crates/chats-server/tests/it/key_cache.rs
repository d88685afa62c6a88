//! The API-key cache as the service uses it: a key the database accepted is trusted for the
//! cache's time to live, so a revoked key goes on working for at most that long (one second
//! by default, tested end to end in `tests/tests/it/e2e.rs`), and only that long.

use std::{sync::Arc, time::Duration};

use axum::{body::Body, http::Request};
use chats_server::{
    keys,
    service::Service,
    storage::{Sqlite, Storage},
};
use tower::ServiceExt;

async fn status(app: &axum::Router, key: &str) -> u16 {
    app.clone()
        .oneshot(
            Request::get("/api/v1/chats")
                .header("authorization", key)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// A database with one workspace and key, and the service over it trusting keys for `ttl`.
struct Setup {
    _dir: tempfile::TempDir,
    storage: Arc<Sqlite>,
    workspace: uuid::Uuid,
    app: axum::Router,
    key: String,
}

async fn service(ttl: Duration) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(Sqlite::open(&dir.path().join("chats.db")).unwrap());
    let workspace = storage.create_workspace("w".into()).await.unwrap();
    let (key, hash) = keys::generate().unwrap();
    storage
        .create_api_key(workspace, "k".into(), hash)
        .await
        .unwrap();
    let app = chats_api::router(Arc::new(Service::with_key_ttl(storage.clone(), ttl)));
    Setup {
        _dir: dir,
        storage,
        workspace,
        app,
        key,
    }
}

impl Setup {
    async fn revoke_all(&self) {
        for key in self.storage.list_api_keys(self.workspace).await.unwrap() {
            assert!(self.storage.revoke_api_key(key.id).await.unwrap());
        }
    }
}

#[tokio::test]
async fn a_checked_key_is_trusted_for_the_ttl_then_read_again() {
    let setup = service(Duration::from_millis(300)).await;
    assert_eq!(status(&setup.app, &setup.key).await, 200);
    setup.revoke_all().await;
    // Within the time to live the database is not asked again: the revoked key still works.
    assert_eq!(status(&setup.app, &setup.key).await, 200);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(status(&setup.app, &setup.key).await, 401);
}

#[tokio::test]
async fn with_no_ttl_every_request_reads_the_key() {
    let setup = service(Duration::ZERO).await;
    assert_eq!(status(&setup.app, &setup.key).await, 200);
    setup.revoke_all().await;
    assert_eq!(status(&setup.app, &setup.key).await, 401);
}

#[tokio::test]
async fn an_unknown_key_is_never_remembered() {
    let setup = service(Duration::from_secs(60)).await;
    let (other, hash) = keys::generate().unwrap();
    assert_eq!(status(&setup.app, &other).await, 401);
    // Created after it was refused: the refusal was not kept, so the key works at once.
    setup
        .storage
        .create_api_key(setup.workspace, "later".into(), hash)
        .await
        .unwrap();
    assert_eq!(status(&setup.app, &other).await, 200);
}
