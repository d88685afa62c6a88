//! Tenants and hostile strings, on both backends.
//!
//! - Object-level authorization (OWASP API1): with workspace A's key, every operation on each
//!   of workspace B's objects — by id in the path, in every filter, in create's `ownerId` and
//!   `channelId`, as `responderVersionId` — answers exactly what an id that exists nowhere
//!   answers, and B's data is unchanged.
//! - SQL injection: classic payloads through every string input are plain text: the data is
//!   unchanged and the answers are the literal ones.

use chats_client::{
    Client, Error,
    types::{CreateChatRequest, Patch, Problem, UpdateChatRequest},
};
use chats_tests::{TestServer, fixture, on_both_backends};
use serde_json::json;
use uuid::Uuid;

/// Workspace B's directory: the fixture with every id moved (variant digit 8 → 9).
fn other_directory() -> String {
    chats_tests::DIRECTORY.replace("-4000-8000-", "-4000-9000-")
}

fn moved(id: Uuid) -> Uuid {
    id.to_string()
        .replace("-4000-8000-", "-4000-9000-")
        .parse()
        .unwrap()
}

/// What an answer says, for comparing answers: status, and for errors the problem's kind,
/// detail and errors (locations and codes).
fn outcome<T: std::fmt::Debug>(result: Result<T, Error<Problem>>) -> String {
    match result {
        Ok(value) => format!("ok {value:?}"),
        Err(Error::ErrorResponse(problem)) => {
            let errors: Vec<(String, String)> = problem
                .errors
                .iter()
                .map(|e| (e.location.clone(), e.code.clone()))
                .collect();
            format!(
                "{} {} {} {errors:?}",
                problem.status, problem.type_, problem.detail
            )
        }
        Err(other) => panic!("not an answer of the spec: {other:?}"),
    }
}

/// Workspace A's client asking about B's objects and about ids that exist nowhere, counting
/// the pairs of answers it compared.
struct Matrix<'a> {
    client: &'a Client,
    nowhere: Uuid,
    cases: usize,
}

impl Matrix<'_> {
    fn same(&mut self, name: &str, theirs: String, nowhere: String) {
        assert_eq!(
            theirs, nowhere,
            "{name}: B's object is distinguishable from nothing"
        );
        self.cases += 1;
    }

    /// By id in the path.
    async fn by_id_in_the_path(&mut self, theirs: Uuid) {
        let (client, nowhere) = (self.client, self.nowhere);
        for id in [theirs] {
            self.same(
                "getChat",
                outcome(client.get_chat().id(id).send().await),
                outcome(client.get_chat().id(nowhere).send().await),
            );
            self.same(
                "getChatDetails",
                outcome(client.get_chat_details().id(id).send().await),
                outcome(client.get_chat_details().id(nowhere).send().await),
            );
            let patch = || UpdateChatRequest::new().title(Patch::Set("taken".into()));
            self.same(
                "updateChat",
                outcome(client.update_chat().id(id).body(patch()).send().await),
                outcome(client.update_chat().id(nowhere).body(patch()).send().await),
            );
            self.same(
                "removeChat",
                outcome(client.remove_chat().id(id).send().await),
                outcome(client.remove_chat().id(nowhere).send().await),
            );
        }
    }

    /// By id in every filter of both lists.
    async fn by_id_in_every_filter(&mut self) {
        let (client, nowhere) = (self.client, self.nowhere);
        let b_objects = [
            ("channelIds", moved(fixture::WHATSAPP)),
            ("ownerIds", moved(fixture::USER)),
            ("responderIds", moved(fixture::AGENT)),
            ("responderVersionIds", moved(fixture::AGENT_V2)),
        ];
        for (filter, id) in b_objects {
            let list = |id: Uuid| {
                let request = client.list_chats();
                let request = match filter {
                    "channelIds" => request.channel_ids(vec![id]),
                    "ownerIds" => request.owner_ids(vec![id]),
                    "responderIds" => request.responder_ids(vec![id]),
                    _ => request.responder_version_ids(vec![id]),
                };
                request.send()
            };
            self.same(
                &format!("listChats {filter}"),
                outcome(list(id).await),
                outcome(list(nowhere).await),
            );
            if filter != "ownerIds" {
                let details = |id: Uuid| {
                    let request = client.list_chat_details();
                    let request = match filter {
                        "channelIds" => request.channel_ids(vec![id]),
                        "responderIds" => request.responder_ids(vec![id]),
                        _ => request.responder_version_ids(vec![id]),
                    };
                    request.send()
                };
                self.same(
                    &format!("listChatDetails {filter}"),
                    outcome(details(id).await),
                    outcome(details(nowhere).await),
                );
            }
        }
    }

    /// By id in create's references.
    async fn by_id_in_creates_references(&mut self) {
        let (client, nowhere) = (self.client, self.nowhere);
        let create = |owner: Uuid, channel: Option<Uuid>| {
            client
                .create_chat()
                .body(
                    CreateChatRequest::builder()
                        .channel_id(channel)
                        .owner_id(owner)
                        .title(None),
                )
                .send()
        };
        self.same(
            "createChat ownerId",
            outcome(create(moved(fixture::USER), None).await),
            outcome(create(nowhere, None).await),
        );
        self.same(
            "createChat channelId",
            outcome(create(fixture::USER, Some(moved(fixture::WHATSAPP))).await),
            outcome(create(fixture::USER, Some(nowhere)).await),
        );
    }

    /// As the responder version to describe one of A's own chats by.
    async fn as_the_responder_version(&mut self, ours: Uuid) {
        let (client, nowhere) = (self.client, self.nowhere);
        let version = |id: Uuid| {
            client
                .get_chat_details()
                .id(ours)
                .responder_version_id(id.to_string())
                .send()
        };
        self.same(
            "getChatDetails responderVersionId",
            outcome(version(moved(fixture::AGENT_V2)).await),
            outcome(version(nowhere).await),
        );
    }
}

async fn isolation_matrix(server: TestServer) {
    let a = server.workspace("a").await;
    let b_id = server.bare_workspace("b").await;
    server.import(b_id, &other_directory()).await;
    let b_key = server.key(b_id).await;
    let b = Client::with_api_key(&server.base, &b_key).unwrap();

    let theirs = b
        .create_chat()
        .body(
            CreateChatRequest::builder()
                .channel_id(Some(moved(fixture::WHATSAPP)))
                .owner_id(moved(fixture::USER))
                .title(Some("B's secret".into())),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    let ours = a
        .client
        .create_chat()
        .body(
            CreateChatRequest::builder()
                .channel_id(Some(fixture::WHATSAPP))
                .owner_id(fixture::USER)
                .title(None),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    let mut matrix = Matrix {
        client: &a.client,
        nowhere: Uuid::new_v4(),
        cases: 0,
    };
    matrix.by_id_in_the_path(theirs.id).await;
    matrix.by_id_in_every_filter().await;
    matrix.by_id_in_creates_references().await;
    matrix.as_the_responder_version(ours.id).await;
    let cases = matrix.cases;

    // Nothing of B changed or leaked into A's lists.
    let now = b
        .get_chat()
        .id(theirs.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(now, theirs);
    let everything = a
        .client
        .list_chats()
        .page_size(100u64)
        .send()
        .await
        .unwrap();
    assert!(everything.iter().all(|chat| chat.workspace_id == a.id));
    eprintln!("tenant isolation: {cases} cases, all indistinguishable from ids that exist nowhere");
    assert_eq!(cases, 14);
}

const PAYLOADS: [&str; 10] = [
    "' OR '1'='1",
    "'; DROP TABLE chats; --",
    "\" OR \"\"=\"",
    "1); DELETE FROM chats WHERE (1=1",
    "%",
    "_",
    "\\",
    "%' OR title LIKE '%",
    "\\' UNION SELECT * FROM api_keys --",
    "refund\" OR \"a\"=\"a",
];

async fn strings_that_look_like_sql_are_plain_text(server: TestServer) {
    let ws = server.workspace("a").await;
    let canary = ws
        .client
        .create_chat()
        .body(
            CreateChatRequest::builder()
                .channel_id(None)
                .owner_id(fixture::USER)
                .title(Some("canary refund".into())),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    let mut created = vec![canary.id];
    for payload in PAYLOADS {
        // Titles store the payload as written.
        let chat = ws
            .client
            .create_chat()
            .body(
                CreateChatRequest::builder()
                    .channel_id(None)
                    .owner_id(fixture::USER)
                    .title(Some(payload.into())),
            )
            .send()
            .await
            .unwrap()
            .into_inner();
        assert_eq!(chat.title.as_deref(), Some(payload));
        created.push(chat.id);
        let patched = ws
            .client
            .update_chat()
            .id(chat.id)
            .body(UpdateChatRequest::new().title(Patch::Set(format!("{payload}!"))))
            .send()
            .await
            .unwrap();
        assert_eq!(patched.title.as_deref(), Some(&*format!("{payload}!")));
    }
    for payload in PAYLOADS {
        // A search finds exactly the titles that contain the payload literally.
        let found = ws
            .client
            .list_chats()
            .search(payload)
            .page_size(100u64)
            .send()
            .await
            .unwrap();
        let all = ws
            .client
            .list_chats()
            .page_size(100u64)
            .send()
            .await
            .unwrap();
        let expected: Vec<Uuid> = all
            .iter()
            .filter(|chat| {
                chat.title
                    .as_deref()
                    .is_some_and(|t| t.to_lowercase().contains(&payload.to_lowercase()))
            })
            .map(|chat| chat.id)
            .collect();
        let found: Vec<Uuid> = found.iter().map(|chat| chat.id).collect();
        assert_eq!(found, expected, "search {payload:?}");
        // responderVersionId is a plain string: it refers to nothing.
        let version = ws
            .client
            .get_chat_details()
            .id(canary.id)
            .responder_version_id(payload)
            .send()
            .await;
        assert_eq!(
            outcome(version).split(' ').next(),
            Some("422"),
            "{payload:?}"
        );
    }
    let all = ws
        .client
        .list_chats()
        .page_size(100u64)
        .send()
        .await
        .unwrap();
    assert_eq!(all.len(), created.len(), "nothing was deleted or added");
    assert_eq!(
        ws.client
            .get_chat()
            .id(canary.id)
            .send()
            .await
            .unwrap()
            .title
            .as_deref(),
        Some("canary refund"),
        "the canary is unchanged"
    );
}

async fn nul_characters_are_refused_the_same_way_on_both_backends(server: TestServer) {
    let ws = server.workspace("a").await;
    let key = Some(ws.key.as_str());
    let (status, body) = server
        .raw(
            key,
            "POST",
            "/api/v1/chats",
            Some(json!({"channelId": null, "ownerId": fixture::USER, "title": "a\u{0}b"})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["errors"][0]["location"], "body.title");
    let chat = ws
        .client
        .create_chat()
        .body(
            CreateChatRequest::builder()
                .channel_id(None)
                .owner_id(fixture::USER)
                .title(Some("fine".into())),
        )
        .send()
        .await
        .unwrap();
    let (status, body) = server
        .raw(
            key,
            "PATCH",
            &format!("/api/v1/chats/{}", chat.id),
            Some(json!({"title": "\u{0}"})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = server
        .raw(key, "GET", "/api/v1/chats?search=a%00b", None)
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["errors"][0]["location"], "query.search");
    let (status, _) = server
        .raw(key, "GET", "/api/v1/chats/details?search=%00", None)
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        ws.client.list_chats().send().await.unwrap().len(),
        1,
        "nothing else was written"
    );
}

on_both_backends!(
    isolation_matrix,
    strings_that_look_like_sql_are_plain_text,
    nul_characters_are_refused_the_same_way_on_both_backends,
);
