//! The router on a real socket over a fresh [`Memory`], with the generated client and a raw
//! HTTP client, and the readers of its answers the tests share.

use std::{
    collections::BTreeSet,
    sync::{Arc, atomic::Ordering},
};

use chats_client::types as types_client;
use serde_json::Value;
use uuid::Uuid;

use crate::memory::{KEY, Memory};

/// A router serving on `base`.
pub(crate) struct Running {
    pub(crate) base: String,
    pub(crate) memory: Arc<Memory>,
    pub(crate) client: chats_client::Client,
    pub(crate) http: reqwest::Client,
}

/// The router as configured by default.
pub(crate) async fn start() -> Running {
    start_with(chats_api::RouterConfig::default()).await
}

pub(crate) async fn start_with(config: chats_api::RouterConfig) -> Running {
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
    /// How many calls reached the implementation.
    pub(crate) fn calls(&self) -> usize {
        self.memory.calls.load(Ordering::SeqCst)
    }

    /// A raw request with the key; answers status and JSON body.
    pub(crate) async fn raw(
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

    /// Creates a chat titled `title` through the generated client.
    pub(crate) async fn create(&self, title: &str) -> types_client::Chat {
        self.client
            .create_chat()
            .body(
                chats_client::types::CreateChatRequest::builder()
                    .channel_id(None)
                    .owner_id(Uuid::new_v4())
                    .title(Some(title.into())),
            )
            .send()
            .await
            .expect("create")
            .into_inner()
    }
}

/// A request body: its content type and bytes.
pub(crate) type RawBody<'a> = Option<(&'a str, Vec<u8>)>;

/// The `location`s of a 400 answer's errors.
pub(crate) fn locations(body: &Value) -> BTreeSet<String> {
    body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|error| error["location"].as_str().expect("location").to_owned())
        .collect()
}

/// A set of locations, to compare with [`locations`].
pub(crate) fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}
