//! `chats-bench-peers poem --listen ADDR` or `dropshot --listen ADDR`: `GET
//! /api/v1/chats/{id}` answered by poem-openapi or dropshot the way a team writes it with
//! them: the UUID path parameter parsed, a chat-sized struct built and serialized per
//! request, no request log (the frameworks' defaults; dropshot's logger at `error`).
//! `cargo xtask bench peers` runs both beside bare axum and the generated server.

use std::net::SocketAddr;

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

/// The chat the peers answer: the fields of the chats API's `Chat`, camelCase on the wire.
#[derive(Serialize, schemars::JsonSchema, poem_openapi::Object)]
#[serde(rename_all = "camelCase")]
#[oai(rename_all = "camelCase")]
struct Chat {
    channel_id: Option<Uuid>,
    created_at: DateTime<Utc>,
    current_responder_id: Option<Uuid>,
    id: Uuid,
    is_removed: bool,
    last_chat_message_created_at: Option<DateTime<Utc>>,
    owner_id: Uuid,
    responder_id: Uuid,
    title: Option<String>,
    updated_at: DateTime<Utc>,
    workspace_id: Uuid,
}

fn chat(id: Uuid) -> Chat {
    let at = DateTime::parse_from_rfc3339("2026-11-20T14:03:11.123456Z")
        .expect("a fixed instant")
        .to_utc();
    Chat {
        channel_id: Some(Uuid::from_u128(0x0b9d_8c7e_6f5a_4b3c_8d2e_1f0a_9b8c_7d6e)),
        created_at: at,
        current_responder_id: None,
        id,
        is_removed: false,
        last_chat_message_created_at: Some(at),
        owner_id: Uuid::from_u128(0x5e4d_3c2b_1a09_4f8e_8d7c_6b5a_4938_2716),
        responder_id: Uuid::from_u128(0x9a8b_7c6d_5e4f_4a3b_8c2d_1e0f_9a8b_7c6d),
        title: Some("Refund for order 1042".to_owned()),
        updated_at: at,
        workspace_id: Uuid::from_u128(0x1c2d_3e4f_5a6b_4c7d_8e9f_0a1b_2c3d_4e5f),
    }
}

mod with_poem {
    use poem_openapi::{OpenApi, param::Path, payload::Json};
    use uuid::Uuid;

    pub struct Api;

    #[OpenApi]
    impl Api {
        #[oai(path = "/api/v1/chats/:id", method = "get")]
        async fn get_chat(&self, id: Path<Uuid>) -> Json<super::Chat> {
            Json(super::chat(id.0))
        }
    }

    pub async fn serve(listen: std::net::SocketAddr) -> std::io::Result<()> {
        let service = poem_openapi::OpenApiService::new(Api, "Chats", "1.0");
        poem::Server::new(poem::listener::TcpListener::bind(listen))
            .run(poem::Route::new().nest("/", service))
            .await
    }
}

mod with_dropshot {
    use dropshot::{HttpError, HttpResponseOk, Path, RequestContext, endpoint};
    use serde::Deserialize;
    use uuid::Uuid;

    #[derive(Deserialize, schemars::JsonSchema)]
    struct ChatPath {
        id: Uuid,
    }

    #[endpoint { method = GET, path = "/api/v1/chats/{id}" }]
    async fn get_chat(
        _: RequestContext<()>,
        path: Path<ChatPath>,
    ) -> Result<HttpResponseOk<super::Chat>, HttpError> {
        Ok(HttpResponseOk(super::chat(path.into_inner().id)))
    }

    pub async fn serve(listen: std::net::SocketAddr) -> Result<(), String> {
        let mut api = dropshot::ApiDescription::new();
        api.register(get_chat).map_err(|err| err.to_string())?;
        let log = dropshot::ConfigLogging::StderrTerminal {
            level: dropshot::ConfigLoggingLevel::Error,
        }
        .to_logger("peers")
        .map_err(|err| err.to_string())?;
        let config = dropshot::ConfigDropshot {
            bind_address: listen,
            ..Default::default()
        };
        dropshot::ServerBuilder::new(api, (), log)
            .config(config)
            .start()
            .map_err(|err| err.to_string())?
            .await
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (peer, listen) = match args.as_slice() {
        [_, peer, flag, listen] if flag == "--listen" => (peer.as_str(), listen),
        _ => {
            eprintln!("usage: chats-bench-peers poem|dropshot --listen ADDR");
            std::process::exit(2);
        }
    };
    let listen: SocketAddr = listen.parse().expect("--listen takes an address");
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let result = runtime.block_on(async {
        match peer {
            "poem" => with_poem::serve(listen)
                .await
                .map_err(|err| err.to_string()),
            "dropshot" => with_dropshot::serve(listen).await,
            other => Err(format!("unknown peer {other}")),
        }
    });
    if let Err(err) = result {
        eprintln!("error: {err}");
        std::process::exit(1);
    }
}
