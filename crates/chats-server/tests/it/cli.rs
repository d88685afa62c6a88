//! The `chats-server` binary, command by command: what it prints (scripts read it), what it
//! writes, and how it fails.

use crate::support::DIRECTORY;
use std::{
    path::{Path, PathBuf},
    process::Output,
};

use chats_server::storage::{CreateError, NewChat, Sqlite, Storage};
use uuid::Uuid;

use crate::support::{self, Server};

struct Db {
    dir: tempfile::TempDir,
}

impl Db {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("chats.db")
    }

    fn url(&self) -> String {
        format!("sqlite://{}", self.path().display())
    }

    fn run(&self, args: &[&str]) -> Output {
        support::run(&self.url(), args)
    }

    fn ok(&self, args: &[&str]) -> String {
        support::ok(&self.url(), args)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write a file");
        path
    }
}

fn storage(path: &Path) -> Sqlite {
    Sqlite::open(path).expect("the database opens")
}

#[test]
fn migrate_creates_the_database() {
    let db = Db::new();
    db.ok(&["migrate"]);
    assert!(db.path().exists());
    db.ok(&["migrate"]);
}

#[test]
fn workspace_create_prints_the_id_alone() {
    let db = Db::new();
    let out = db.ok(&["workspace", "create", "--name", "Acme"]);
    let line = out.strip_suffix('\n').expect("one line");
    assert!(!line.contains('\n'));
    line.parse::<Uuid>().expect("a uuid alone");
}

#[test]
fn api_keys_are_created_listed_and_revoked() {
    let db = Db::new();
    let workspace = db
        .ok(&["workspace", "create", "--name", "Acme"])
        .trim()
        .to_owned();
    let key = db.ok(&[
        "api-key",
        "create",
        "--workspace",
        &workspace,
        "--name",
        "ci",
    ]);
    let key = key.trim();
    assert!(key.starts_with("ck_") && key.len() == 67, "{key}");
    let list = db.ok(&["api-key", "list", "--workspace", &workspace]);
    assert!(!list.contains(key), "the key itself is never shown again");
    let columns: Vec<&str> = list.trim().split('\t').collect();
    assert_eq!(columns.len(), 4, "{list}");
    assert_eq!(columns[1], "ci");
    assert_eq!(columns[3], "active");
    db.ok(&["api-key", "revoke", columns[0]]);
    let list = db.ok(&["api-key", "list", "--workspace", &workspace]);
    assert!(list.contains("\trevoked "), "{list}");
    let again = db.run(&["api-key", "revoke", columns[0]]);
    assert!(!again.status.success());
    let unknown = db.run(&[
        "api-key",
        "create",
        "--workspace",
        &Uuid::new_v4().to_string(),
    ]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no workspace"));
}

#[tokio::test]
async fn import_is_additive_idempotent_and_all_or_nothing() {
    let db = Db::new();
    let workspace = db
        .ok(&["workspace", "create", "--name", "Acme"])
        .trim()
        .to_owned();
    let good = db.write("directory.json", DIRECTORY);
    db.ok(&["import", "--workspace", &workspace, good.to_str().unwrap()]);
    db.ok(&["import", "--workspace", &workspace, good.to_str().unwrap()]);

    let new_channel = Uuid::new_v4();
    let bad_type = db.write(
        "bad-type.json",
        &format!(
            r#"{{"channels": [
                {{"id": "{new_channel}", "name": "New", "type": "api", "responderId": "5b000000-0000-4000-8000-000000000001"}},
                {{"id": "{}", "name": "Bad", "type": "sms", "responderId": "5b000000-0000-4000-8000-000000000001"}}
            ]}}"#,
            Uuid::new_v4()
        ),
    );
    let refused = db.run(&[
        "import",
        "--workspace",
        &workspace,
        bad_type.to_str().unwrap(),
    ]);
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("channels[1].type"), "{message}");

    let bad_reference = db.write(
        "bad-reference.json",
        &format!(
            r#"{{"channels": [
                {{"id": "{new_channel}", "name": "New", "type": "api", "responderId": "5b000000-0000-4000-8000-000000000001"}},
                {{"id": "{}", "name": "Orphan", "type": "api", "responderId": "{}"}}
            ]}}"#,
            Uuid::new_v4(),
            Uuid::new_v4()
        ),
    );
    let refused = db.run(&[
        "import",
        "--workspace",
        &workspace,
        bad_reference.to_str().unwrap(),
    ]);
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("channels[1].responderId"), "{message}");
    assert!(message.contains("nothing was imported"), "{message}");

    // The first, valid channel of either refused file was not written.
    let storage = storage(&db.path());
    let workspace: Uuid = workspace.parse().unwrap();
    let owner = Uuid::from_u128(0x00000000_0000_4000_8000_00000000a0a0);
    let created = storage
        .create_chat(
            workspace,
            NewChat {
                channel_id: Some(new_channel),
                owner_id: owner,
                title: None,
                idempotency: None,
            },
        )
        .await;
    assert!(
        matches!(created, Err(CreateError::UnknownReference(ref unknown)) if unknown.field == "channelId"),
        "{created:?}"
    );
    let fixture_channel = Uuid::from_u128(0xc0000000_0000_4000_8000_000000000001);
    let created = storage
        .create_chat(
            workspace,
            NewChat {
                channel_id: Some(fixture_channel),
                owner_id: owner,
                title: None,
                idempotency: None,
            },
        )
        .await;
    assert!(created.is_ok(), "the good file was imported: {created:?}");
}

#[tokio::test]
async fn seed_demo_prints_workspace_and_key_last_and_serve_answers_with_them() {
    let db = Db::new();
    let out = db.ok(&["seed-demo", "--chats", "300"]);
    let lines: Vec<&str> = out.lines().collect();
    let workspace = lines[lines.len() - 2]
        .strip_prefix("workspace ")
        .expect("workspace line");
    let key = lines[lines.len() - 1]
        .strip_prefix("api-key ")
        .expect("api-key line");
    workspace.parse::<Uuid>().expect("a uuid");

    let server = Server::start(&db.url(), &[]);
    let client =
        chats_client::Client::with_api_key(&format!("http://{}", server.address), key).unwrap();
    let page = client.list_chats().page_size(100u64).send().await.unwrap();
    assert_eq!(page.len(), 100);
    assert!(
        page.iter()
            .all(|chat| chat.workspace_id.to_string() == workspace)
    );
    let details = client.list_chat_details().send().await.unwrap();
    assert_eq!(details.len(), 10);
    let bearer = reqwest::Client::new()
        .get(format!(
            "http://{}/api/v1/chats?search={key}",
            server.address
        ))
        .header("authorization", format!("Bearer {key}"))
        .send()
        .await
        .unwrap();
    assert_eq!(bearer.status().as_u16(), 200);
    let (status, log) = server.terminate();
    assert!(status.success(), "SIGTERM ends serve with 0, got {status}");
    let answered = log.iter().filter(|line| line.contains("answered")).count();
    assert_eq!(answered, 3, "one log line per request: {log:#?}");
    assert!(
        log.iter().all(|line| !line.contains(key)),
        "the key never reaches the log"
    );
    assert!(log.iter().any(|line| line.contains("request_id=")));
}

#[tokio::test]
async fn serve_demo_on_an_empty_database_prints_a_key_and_a_curl_line_that_works() {
    let db = Db::new();
    let server = Server::start(&db.url(), &["--demo"]);
    let curl = server
        .stderr_lines
        .iter()
        .find(|line| line.starts_with("try: curl"))
        .expect("a curl line");
    let key = curl
        .split("authorization: ")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("the key in the curl line");
    let url = curl.rsplit('\'').nth(1).expect("the URL in the curl line");
    let url = url.replace("127.0.0.1:0", &server.address);
    let response = reqwest::Client::new()
        .get(&url)
        .header("authorization", key)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200, "{curl}");
    let chats: serde_json::Value = response.json().await.unwrap();
    assert_eq!(chats.as_array().map(Vec::len), Some(3));
    assert!(server.terminate().0.success());
}
