//! The harness of the end-to-end tests (the tests themselves are under `tests/tests/`): a
//! real `chats-server` application on `127.0.0.1:0` over a fresh database of either backend
//! (a temporary SQLite file, or a PostgreSQL database created for the test and dropped after
//! it), with workspaces, keys and directory data made through the service's own storage, and
//! a generated client per workspace.

use std::sync::Arc;

use chats_server::{
    import, keys,
    storage::{Database, PoolSettings, Sqlite, Storage},
    testing::{TempPostgres, postgres_url},
};
use uuid::Uuid;

pub use chats_server::testing::{Backend, POSTGRES_URL_VAR};

/// The directory fixture every workspace of a test gets.
pub const DIRECTORY: &str = include_str!("fixtures/directory.json");

/// Ids of the fixture.
pub mod fixture {
    use uuid::Uuid;
    pub const USER: Uuid = Uuid::from_u128(0x00000000_0000_4000_8000_00000000a0a0);
    pub const EXTERNAL_USER: Uuid = Uuid::from_u128(0x00000000_0000_4000_8000_00000000b0b0);
    pub const WHATSAPP: Uuid = Uuid::from_u128(0xc0000000_0000_4000_8000_000000000001);
    pub const WIDGET: Uuid = Uuid::from_u128(0xc0000000_0000_4000_8000_000000000002);
    pub const API: Uuid = Uuid::from_u128(0xc0000000_0000_4000_8000_000000000003);
    pub const AGENT: Uuid = Uuid::from_u128(0xa9000000_0000_4000_8000_000000000001);
    pub const AGENT_V1: Uuid = Uuid::from_u128(0xd1000000_0000_4000_8000_000000000001);
    pub const AGENT_V2: Uuid = Uuid::from_u128(0xd1000000_0000_4000_8000_000000000002);
    pub const SQUAD: Uuid = Uuid::from_u128(0x5b000000_0000_4000_8000_000000000001);
}

/// A running service over its own temporary database.
pub struct TestServer {
    pub base: String,
    pub backend: Backend,
    pub storage: Arc<Database>,
    _sqlite_dir: Option<tempfile::TempDir>,
    // Declared last: dropped after the server's storage handle.
    _postgres: Option<TempPostgres>,
}

/// A workspace with a key and a client that sends it.
pub struct Workspace {
    pub id: Uuid,
    pub key: String,
    pub client: chats_client::Client,
}

impl TestServer {
    /// A server on SQLite.
    pub async fn start() -> Self {
        Self::start_on(Backend::Sqlite)
            .await
            .expect("SQLite is always available")
    }

    /// A server on `backend`; `None` when the PostgreSQL tests are opted out (see
    /// [`postgres_url`]).
    pub async fn start_on(backend: Backend) -> Option<Self> {
        let (storage, sqlite_dir, postgres) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("a temporary directory");
                let sqlite = Sqlite::open(&dir.path().join("chats.db")).expect("a new database");
                (Database::Sqlite(sqlite), Some(dir), None)
            }
            Backend::Postgres => {
                let temp = TempPostgres::create(&postgres_url()?).await;
                let database = Database::open(&temp.url, PoolSettings::default())
                    .await
                    .expect("the test database opens");
                (database, None, Some(temp))
            }
        };
        let storage = Arc::new(storage);
        let app = chats_server::http::app(storage.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("an ephemeral port");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Some(Self {
            base,
            backend,
            storage,
            _sqlite_dir: sqlite_dir,
            _postgres: postgres,
        })
    }

    /// A new workspace with the fixture's directory data and a key.
    pub async fn workspace(&self, name: &str) -> Workspace {
        let id = self
            .storage
            .create_workspace(name.to_owned())
            .await
            .expect("workspace");
        self.import(id, DIRECTORY).await;
        let key = self.key(id).await;
        let client = chats_client::Client::with_api_key(&self.base, &key).expect("client");
        Workspace { id, key, client }
    }

    /// A new workspace with nothing in it.
    pub async fn bare_workspace(&self, name: &str) -> Uuid {
        self.storage
            .create_workspace(name.to_owned())
            .await
            .expect("workspace")
    }

    pub async fn key(&self, workspace: Uuid) -> String {
        let (key, hash) = keys::generate().expect("random bytes");
        self.storage
            .create_api_key(workspace, "test".into(), hash)
            .await
            .expect("key");
        key
    }

    pub async fn import(&self, workspace: Uuid, json: &str) {
        let directory = import::parse(json).expect("a valid directory");
        self.storage
            .import(workspace, directory)
            .await
            .expect("the directory is accepted");
    }

    /// A raw request with `key`: status and JSON body.
    pub async fn raw(
        &self,
        key: Option<&str>,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = reqwest::Client::new().request(method, format!("{}{path}", self.base));
        if let Some(key) = key {
            request = request.header("authorization", key);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("an answer");
        let status = response.status().as_u16();
        let text = response.text().await.expect("a body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
        )
    }
}

/// Runs each named `async fn(TestServer)` of the calling file once on SQLite (in a module
/// `sqlite`) and once on PostgreSQL (module `postgres`; see `testing::postgres_url` for a
/// missing server).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let server = $crate::TestServer::start_on($crate::Backend::Sqlite).await.expect("SQLite");
                    super::$name(server).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    let Some(server) = $crate::TestServer::start_on($crate::Backend::Postgres).await else {
                        return;
                    };
                    super::$name(server).await;
                }
            )*
        }
    };
}
