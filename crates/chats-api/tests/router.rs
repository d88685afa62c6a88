//! The generated router over a real socket, with a small in-memory implementation of the
//! trait, driven by the generated client (and by raw HTTP for what the client cannot send).
//! It proves the server speaks the spec: every operation round-trips, every validation rule
//! answers 400/413/415 with the field named, 401 comes first, and nothing invalid reaches the
//! implementation.

use std::{
    collections::BTreeSet,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
};

use chats_api::{
    AuthError, ChatsApi, Credential, ProblemKind, Rejection, create_chat, get_chat,
    get_chat_details, list_chat_details, list_chats, remove_chat, types, update_chat,
};
use chats_client::types::Patch;
use serde_json::{Value, json};
use uuid::Uuid;

const KEY: &str = "test-key-7f3a";
const WORKSPACE: Uuid = Uuid::from_u128(0x1c2d3e4f_5a6b_4c7d_8e9f_0a1b2c3d4e5f);
const RESPONDER: Uuid = Uuid::from_u128(0x9a8b7c6d_5e4f_4a3b_8c2d_1e0f9a8b7c6d);

/// Chats in a vector; records what reached it.
#[derive(Default)]
struct Memory {
    chats: Mutex<Vec<types::Chat>>,
    calls: AtomicUsize,
    last_list: Mutex<Option<list_chats::Request>>,
    /// Answer a missing chat with a problem whose `status` breaks the schema (42).
    drift: AtomicBool,
}

fn problem(kind: ProblemKind, detail: &str) -> types::Problem {
    types::Problem::from(&Rejection::new(kind, detail))
}

impl Memory {
    fn find(&self, id: Uuid) -> Option<types::Chat> {
        self.chats
            .lock()
            .unwrap()
            .iter()
            .find(|chat| chat.id == id)
            .cloned()
    }

    fn details(chat: &types::Chat) -> types::ChatDetails {
        types::ChatDetails {
            channel_id: chat.channel_id,
            channel_name: None,
            channel_type: None,
            created_at: chat.created_at,
            id: chat.id,
            is_owner_blocked: None,
            is_removed: chat.is_removed,
            last_message_content: None,
            last_message_created_at: chat.last_chat_message_created_at,
            last_message_role: None,
            owner_email: Some("ana@example.com".into()),
            owner_id: chat.owner_id,
            owner_identifier: None,
            owner_name: Some("Ana".into()),
            penultimate_message_content: None,
            penultimate_message_created_at: None,
            penultimate_message_role: None,
            responder_entity: types::ResponderEntity::Squad,
            responder_id: chat.responder_id,
            responder_name: "Tier 2".into(),
            responder_picture: None,
            responder_version_id: None,
            responder_version_number: None,
            ticket_id: None,
            ticket_status: Some(types::TicketStatus::Open),
            title: chat.title.clone(),
            workspace_id: chat.workspace_id,
        }
    }
}

impl ChatsApi for Memory {
    type Context = Uuid;

    async fn authenticate(&self, credential: Credential) -> Result<Uuid, AuthError> {
        let Credential::ApiKey(api_key) = credential;
        let key = api_key.strip_prefix("Bearer ").unwrap_or(&api_key);
        if key == KEY {
            Ok(WORKSPACE)
        } else {
            Err(AuthError::Rejected)
        }
    }

    async fn get_chat_details(
        &self,
        _workspace: Uuid,
        request: get_chat_details::Request,
    ) -> get_chat_details::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        match self.find(request.id) {
            Some(chat) => get_chat_details::Response::Ok(Self::details(&chat)),
            None => get_chat_details::Response::NotFound(problem(ProblemKind::NotFound, "no chat")),
        }
    }

    async fn list_chat_details(
        &self,
        _workspace: Uuid,
        _request: list_chat_details::Request,
    ) -> list_chat_details::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let chats = self.chats.lock().unwrap();
        list_chat_details::Response::Ok(chats.iter().map(Self::details).collect())
    }

    async fn list_chats(
        &self,
        _workspace: Uuid,
        request: list_chats::Request,
    ) -> list_chats::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        *self.last_list.lock().unwrap() = Some(request);
        list_chats::Response::Ok(self.chats.lock().unwrap().clone())
    }

    async fn create_chat(
        &self,
        workspace: Uuid,
        request: create_chat::Request,
    ) -> create_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let now = chrono::Utc::now();
        let chat = types::Chat {
            channel_id: request.body.channel_id,
            created_at: now,
            current_responder_id: None,
            id: Uuid::new_v4(),
            is_removed: false,
            last_chat_message_created_at: None,
            owner_id: request.body.owner_id,
            responder_id: RESPONDER,
            title: request.body.title,
            updated_at: now,
            workspace_id: workspace,
        };
        self.chats.lock().unwrap().push(chat.clone());
        create_chat::Response::Ok(chat)
    }

    async fn get_chat(&self, _workspace: Uuid, request: get_chat::Request) -> get_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        match self.find(request.id) {
            Some(chat) => get_chat::Response::Ok(chat),
            None if self.drift.load(Ordering::SeqCst) => {
                let mut drifted = problem(ProblemKind::NotFound, "no chat");
                drifted.status = 42;
                get_chat::Response::NotFound(drifted)
            }
            None => get_chat::Response::NotFound(problem(ProblemKind::NotFound, "no chat")),
        }
    }

    async fn remove_chat(
        &self,
        _workspace: Uuid,
        request: remove_chat::Request,
    ) -> remove_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let mut chats = self.chats.lock().unwrap();
        match chats
            .iter_mut()
            .find(|chat| chat.id == request.id && !chat.is_removed)
        {
            Some(chat) => {
                chat.is_removed = true;
                remove_chat::Response::Ok(types::MessageResponse {
                    message: "The chat was removed.".into(),
                })
            }
            None => remove_chat::Response::NotFound(problem(ProblemKind::NotFound, "no chat")),
        }
    }

    async fn update_chat(
        &self,
        _workspace: Uuid,
        request: update_chat::Request,
    ) -> update_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let mut chats = self.chats.lock().unwrap();
        let Some(chat) = chats.iter_mut().find(|chat| chat.id == request.id) else {
            return update_chat::Response::NotFound(problem(ProblemKind::NotFound, "no chat"));
        };
        if let Some(title) = request.body.title.into_update() {
            chat.title = title;
        }
        if let Some(at) = request.body.last_chat_message_created_at.into_update() {
            chat.last_chat_message_created_at = at;
        }
        chat.updated_at = chrono::Utc::now();
        update_chat::Response::Ok(chat.clone())
    }
}

struct Running {
    base: String,
    memory: Arc<Memory>,
    client: chats_client::Client,
    http: reqwest::Client,
}

async fn start() -> Running {
    start_with(chats_api::RouterConfig::default()).await
}

async fn start_with(config: chats_api::RouterConfig) -> Running {
    let memory = Arc::new(Memory::default());
    let app = chats_api::router_with_config(memory.clone(), config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client = chats_client::Client::with_api_key(&base, KEY).expect("client");
    Running {
        base,
        memory,
        client,
        http: reqwest::Client::new(),
    }
}

impl Running {
    fn calls(&self) -> usize {
        self.memory.calls.load(Ordering::SeqCst)
    }

    /// A raw request with the key; answers status and JSON body.
    async fn raw(
        &self,
        method: &str,
        path_and_query: &str,
        body: Option<(&str, Vec<u8>)>,
    ) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = self
            .http
            .request(method, format!("{}{path_and_query}", self.base))
            .header("authorization", KEY);
        if let Some((content_type, bytes)) = body {
            request = request.header("content-type", content_type).body(bytes);
        }
        let response = request.send().await.expect("the server answers");
        let status = response.status().as_u16();
        let text = response.text().await.expect("a body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn create(&self, title: &str) -> types_client::Chat {
        self.client
            .create_chat()
            .body(chats_client::types::CreateChatRequest {
                channel_id: None,
                owner_id: Uuid::new_v4(),
                title: Some(title.into()),
            })
            .send()
            .await
            .expect("create")
            .into_inner()
    }
}

use chats_client::types as types_client;

/// A request body: its content type and bytes.
type RawBody<'a> = Option<(&'a str, Vec<u8>)>;

/// The `location`s of a 400 answer's errors.
fn locations(body: &Value) -> BTreeSet<String> {
    body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|error| error["location"].as_str().expect("location").to_owned())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[tokio::test]
async fn every_operation_round_trips_through_the_generated_client() {
    let running = start().await;
    let chat = running.create("Refund").await;
    assert_eq!(chat.title.as_deref(), Some("Refund"));
    assert_eq!(chat.workspace_id, WORKSPACE);

    let got = running
        .client
        .get_chat()
        .id(chat.id)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got, chat);

    let listed = running
        .client
        .list_chats()
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(listed, vec![chat.clone()]);

    let details = running
        .client
        .get_chat_details()
        .id(chat.id)
        .send()
        .await
        .expect("details");
    assert_eq!(details.owner_name.as_deref(), Some("Ana"));
    assert_eq!(
        details.ticket_status,
        Some(types_client::TicketStatus::Open)
    );
    assert_eq!(details.channel_type, None);

    let all = running
        .client
        .list_chat_details()
        .send()
        .await
        .expect("details list");
    assert_eq!(all.len(), 1);

    let patched = running
        .client
        .update_chat()
        .id(chat.id)
        .body(types_client::UpdateChatRequest {
            title: Patch::Clear,
            last_chat_message_created_at: Patch::Set("2026-11-20T14:05:42Z".parse().unwrap()),
        })
        .send()
        .await
        .expect("patch")
        .into_inner();
    assert_eq!(patched.title, None);
    assert_eq!(
        patched.last_chat_message_created_at,
        Some("2026-11-20T14:05:42Z".parse().unwrap())
    );
    let kept = running
        .client
        .update_chat()
        .id(chat.id)
        .body(types_client::UpdateChatRequest::default())
        .send()
        .await
        .expect("patch nothing")
        .into_inner();
    assert_eq!(
        kept.last_chat_message_created_at,
        patched.last_chat_message_created_at
    );

    let removed = running
        .client
        .remove_chat()
        .id(chat.id)
        .send()
        .await
        .expect("remove");
    assert_eq!(removed.message, "The chat was removed.");
    let again = running
        .client
        .remove_chat()
        .id(chat.id)
        .send()
        .await
        .expect_err("404");
    let chats_client::Error::ErrorResponse(problem) = again else {
        panic!("a typed 404, got {again:?}")
    };
    assert_eq!(problem.status, 404);
    assert_eq!(problem.type_, "/problems/not-found");
}

#[tokio::test]
async fn defaults_are_applied_before_the_implementation_sees_a_list_request() {
    let running = start().await;
    running.client.list_chats().send().await.expect("list");
    let request = running
        .memory
        .last_list
        .lock()
        .unwrap()
        .clone()
        .expect("a request");
    assert_eq!(request.page_number.get(), 1);
    assert_eq!(request.page_size.get(), 10);
    assert_eq!(request.channel_types.len(), 5);
    assert!(request.channel_ids.is_empty() && request.owner_ids.is_empty());
    assert_eq!(request.search, None);
    assert_eq!(request.last_chat_message_created_at_start, None);
}

#[tokio::test]
async fn query_arrays_take_one_value_or_many() {
    let running = start().await;
    let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
    let (status, _) = running
        .raw("GET", &format!("/api/v1/chats?channelIds={a}"), None)
        .await;
    assert_eq!(status, 200);
    let request = running.memory.last_list.lock().unwrap().clone().unwrap();
    assert_eq!(request.channel_ids, vec![a]);

    let query =
        format!("/api/v1/chats?channelIds={a}&channelIds={b}&channelTypes=waha&channelTypes=api");
    let (status, _) = running.raw("GET", &query, None).await;
    assert_eq!(status, 200);
    let request = running.memory.last_list.lock().unwrap().clone().unwrap();
    assert_eq!(request.channel_ids, vec![a, b]);
    assert_eq!(
        request.channel_types,
        vec![types::ChannelType::Waha, types::ChannelType::Api]
    );

    let (status, _) = running.raw("GET", "/api/v1/chats?unknown=1", None).await;
    assert_eq!(status, 200, "unknown parameters are ignored");
    let (status, body) = running
        .raw("GET", "/api/v1/chats?lastChatMessageCreatedAtStart=", None)
        .await;
    assert_eq!(
        status, 400,
        "a URL cannot carry null: an empty value is not a date-time"
    );
    assert_eq!(
        locations(&body),
        set(&["query.lastChatMessageCreatedAtStart"])
    );
}

#[tokio::test]
async fn every_invalid_query_parameter_is_named_at_once_and_nothing_reaches_the_implementation() {
    let running = start().await;
    let long = "x".repeat(201);
    let query = format!(
        "/api/v1/chats?pageSize=0&pageNumber=x&channelIds=nope&channelTypes=sms\
         &lastChatMessageCreatedAtStart=yesterday&search={long}&ownerIds={}",
        vec![Uuid::nil().to_string(); 101].join("&ownerIds=")
    );
    let (status, body) = running.raw("GET", &query, None).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["type"], "/problems/invalid-input");
    assert_eq!(body["status"], 400);
    assert_eq!(
        locations(&body),
        set(&[
            "query.pageSize",
            "query.pageNumber",
            "query.channelIds[0]",
            "query.channelTypes[0]",
            "query.lastChatMessageCreatedAtStart",
            "query.search",
            "query.ownerIds",
        ])
    );
    let (status, body) = running
        .raw(
            "GET",
            "/api/v1/chats?pageSize=5&pageSize=6&pageNumber=1.5",
            None,
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        locations(&body),
        set(&["query.pageSize", "query.pageNumber"])
    );
    let (status, body) = running.raw("GET", "/api/v1/chats/not-a-uuid", None).await;
    assert_eq!(status, 400);
    assert_eq!(locations(&body), set(&["path.id"]));
    assert_eq!(running.calls(), 0);
}

#[tokio::test]
async fn every_invalid_body_answers_400_413_or_415_and_nothing_reaches_the_implementation() {
    let running = start().await;
    let json = |value: Value| Some(("application/json", value.to_string().into_bytes()));
    let owner = Uuid::new_v4().to_string();

    let cases: Vec<(RawBody, &[&str])> = vec![
        (
            Some(("application/json", b"{\"ownerId\": ".to_vec())),
            &["body"],
        ),
        (
            json(json!({ "channelId": null, "title": null })),
            &["body.ownerId"],
        ),
        (
            json(json!({ "channelId": null, "ownerId": null, "title": null })),
            &["body.ownerId"],
        ),
        (
            json(json!({ "channelId": "x", "ownerId": owner, "title": 5 })),
            &["body.channelId", "body.title"],
        ),
        (
            json(json!({ "channelId": null, "ownerId": owner, "title": null, "extra": 1 })),
            &["body.extra"],
        ),
        (
            json(json!({ "ownerId": owner, "title": null })),
            &["body.channelId"],
        ),
        (json(json!([1, 2])), &["body"]),
        (
            Some((
                "application/json",
                format!(
                    r#"{{"channelId": null, "ownerId": "{owner}", "title": null, "title": "x"}}"#
                )
                .into_bytes(),
            )),
            &["body"],
        ),
        (None, &["body"]),
    ];
    for (body, expected) in cases {
        let shown = format!(
            "{:?}",
            body.as_ref()
                .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        );
        let (status, answer) = running.raw("POST", "/api/v1/chats", body).await;
        assert_eq!(status, 400, "{shown}: {answer}");
        assert_eq!(locations(&answer), set(expected), "{shown}: {answer}");
    }

    let big = vec![b' '; 64 * 1024 + 1];
    let (status, answer) = running
        .raw("POST", "/api/v1/chats", Some(("application/json", big)))
        .await;
    assert_eq!(status, 413);
    assert_eq!(answer["type"], "/problems/payload-too-large");

    let (status, answer) = running
        .raw(
            "POST",
            "/api/v1/chats",
            Some(("text/plain", b"{}".to_vec())),
        )
        .await;
    assert_eq!(status, 415);
    assert_eq!(answer["type"], "/problems/unsupported-media-type");

    let id = Uuid::new_v4();
    let (status, answer) = running
        .raw(
            "PATCH",
            &format!("/api/v1/chats/{id}"),
            json(json!({ "title": [] , "lastChatMessageCreatedAt": "soon" })),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        locations(&answer),
        set(&["body.title", "body.lastChatMessageCreatedAt"])
    );
    assert_eq!(running.calls(), 0);
}

#[tokio::test]
async fn a_request_without_a_valid_key_is_401_before_anything_is_validated() {
    let running = start().await;
    for key in [None, Some("wrong"), Some("")] {
        let mut request = running
            .http
            .get(format!("{}/api/v1/chats?pageSize=0", running.base));
        if let Some(key) = key {
            request = request.header("authorization", key);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), 401, "{key:?}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["type"], "/problems/unauthorized");
        // `errors` is left out when empty (its default is []): no input rule is revealed.
        assert!(
            body.get("errors").is_none_or(|errors| errors == &json!([])),
            "{body}"
        );
    }
    let bearer = running
        .http
        .get(format!("{}/api/v1/chats", running.base))
        .header("authorization", format!("Bearer {KEY}"))
        .send()
        .await
        .unwrap();
    assert_eq!(bearer.status().as_u16(), 200);
    assert_eq!(running.calls(), 1);
}

#[tokio::test]
async fn unknown_paths_are_404_and_unknown_methods_405_with_the_error_body() {
    let running = start().await;
    let (status, body) = running.raw("GET", "/api/v2/chats", None).await;
    assert_eq!(status, 404);
    assert_eq!(body["type"], "/problems/not-found");
    let (status, body) = running.raw("PUT", "/api/v1/chats", None).await;
    assert_eq!(status, 405);
    assert_eq!(body["type"], "/problems/method-not-allowed");
    assert_eq!(body["title"], "Method not allowed");
}

#[tokio::test]
async fn the_server_serves_its_spec() {
    let running = start().await;
    let yaml = running
        .http
        .get(format!("{}/openapi.yaml", running.base))
        .send()
        .await
        .unwrap();
    let yaml = yaml.text().await.unwrap();
    let on_disk = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../openapi/chats.yaml"
    ))
    .unwrap();
    assert!(yaml == on_disk, "/openapi.yaml is the spec byte for byte");
    let json: Value = running
        .http
        .get(format!("{}/openapi.json", running.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // The JSON rendering that `cargo xtask codegen --check` keeps equal to the spec.
    let rendered: Value = serde_json::from_str(include_str!("../src/openapi.json")).unwrap();
    assert_eq!(json, rendered);
}

#[test]
fn the_route_table_and_statuses_are_the_specs() {
    // The spec, as the JSON rendering that `cargo xtask codegen --check` keeps equal to it.
    let spec: Value = serde_json::from_str(include_str!("../src/openapi.json")).unwrap();
    let mut from_spec = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            let statuses: Vec<u16> = operation["responses"]
                .as_object()
                .unwrap()
                .keys()
                .map(|code| code.parse().unwrap())
                .collect();
            from_spec.insert((
                operation["operationId"].as_str().unwrap().to_owned(),
                method.to_uppercase(),
                path.clone(),
                statuses,
            ));
        }
    }
    let from_router: BTreeSet<_> = chats_api::OPERATIONS
        .iter()
        .map(|op| {
            (
                op.operation_id.to_owned(),
                op.method.to_owned(),
                op.path.to_owned(),
                op.statuses.to_vec(),
            )
        })
        .collect();
    assert_eq!(from_router, from_spec);
}

#[tokio::test]
async fn every_route_of_the_table_is_served() {
    let running = start().await;
    for op in chats_api::OPERATIONS {
        let path = op.path.replace("{id}", &Uuid::new_v4().to_string());
        let response = running
            .http
            .request(
                reqwest::Method::from_bytes(op.method.as_bytes()).unwrap(),
                format!("{}{path}", running.base),
            )
            .send()
            .await
            .unwrap();
        // No key: the route exists (not 404/405) and authenticates first.
        assert_eq!(response.status().as_u16(), 401, "{} {}", op.method, op.path);
    }
}

#[tokio::test]
async fn an_answer_that_breaks_the_spec_is_a_500_when_answers_are_validated() {
    assert!(
        chats_api::RouterConfig::default().validate_responses,
        "on in debug builds, so in every test"
    );
    let missing = Uuid::new_v4();
    let running = start().await;
    running.memory.drift.store(true, Ordering::SeqCst);
    let (status, body) = running
        .raw("GET", &format!("/api/v1/chats/{missing}"), None)
        .await;
    assert_eq!(status, 500, "{body}");
    assert_eq!(body["type"], "/problems/internal");
    assert_eq!(body["status"], 500);
    assert!(
        !body.to_string().contains("42"),
        "the body never says what was wrong: {body}"
    );
    // What the log says: the operation, the status, the pointer.
    let violations = get_chat::Response::NotFound({
        let mut drifted = problem(ProblemKind::NotFound, "no chat");
        drifted.status = 42;
        drifted
    })
    .check()
    .expect_err("status 42 is below the schema's minimum");
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0].pointer, "/status");
    assert_eq!(violations[0].code, "minimum");

    // Off, the drifted answer goes out as the implementation wrote it.
    let unchecked = start_with(chats_api::RouterConfig {
        validate_responses: false,
        ..Default::default()
    })
    .await;
    unchecked.memory.drift.store(true, Ordering::SeqCst);
    let (status, body) = unchecked
        .raw("GET", &format!("/api/v1/chats/{missing}"), None)
        .await;
    assert_eq!((status, &body["status"]), (404, &json!(42)));
}
