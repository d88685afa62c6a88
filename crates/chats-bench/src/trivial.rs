//! The generated server with a trivial implementation: `getChat` answers a fixed chat with
//! the requested id, every other operation a 500. Served through the service's own layers and
//! HTTP server with production's settings (request ids, the request log, response
//! validation), it measures what the generated stack costs a team, against the peers of
//! `cargo xtask bench peers` (`crates/chats-bench/peers`) and bare axum in the same run.

use std::{net::SocketAddr, sync::Arc};

use anyhow::{Context, Result};
use chats_api::{
    AuthError, ChatsApi, Credential, ErrorAnswer, ProblemKind, Rejection, create_chat, get_chat,
    get_chat_details, list_chat_details, list_chats, remove_chat, types, update_chat, watch_chats,
};
use uuid::Uuid;

/// The chat every `getChat` answers, under the requested id.
fn chat(id: Uuid) -> types::Chat {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-20T14:03:11.123456Z")
        .expect("a fixed instant")
        .to_utc();
    types::Chat {
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

/// Any other operation: not part of the measurement.
fn unused<R: ErrorAnswer<types::Problem>>() -> R {
    R::internal_error(types::Problem::from(&Rejection::new(
        ProblemKind::Internal,
        "Not implemented by the trivial server.",
    )))
}

struct Trivial;

impl ChatsApi for Trivial {
    type Context = ();

    async fn authenticate(&self, credential: Credential) -> Result<(), AuthError> {
        let Credential::ApiKey(key) = credential;
        if key.is_empty() {
            Err(AuthError::Rejected)
        } else {
            Ok(())
        }
    }

    async fn get_chat(&self, (): (), request: get_chat::Request) -> get_chat::Response {
        get_chat::Response::Ok(chat(request.id))
    }

    async fn get_chat_details(
        &self,
        (): (),
        _: get_chat_details::Request,
    ) -> get_chat_details::Response {
        unused()
    }

    async fn list_chat_details(
        &self,
        (): (),
        _: list_chat_details::Request,
    ) -> list_chat_details::Response {
        unused()
    }

    async fn list_chats(&self, (): (), _: list_chats::Request) -> list_chats::Response {
        unused()
    }

    async fn create_chat(&self, (): (), _: create_chat::Request) -> create_chat::Response {
        unused()
    }

    async fn watch_chats(&self, (): (), _: watch_chats::Request) -> watch_chats::Response {
        unused()
    }

    async fn remove_chat(&self, (): (), _: remove_chat::Request) -> remove_chat::Response {
        unused()
    }

    async fn update_chat(&self, (): (), _: update_chat::Request) -> update_chat::Response {
        unused()
    }
}

/// Serves the trivial implementation on `listen` until SIGTERM or SIGINT.
pub async fn serve(listen: SocketAddr) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    let routes = chats_server::http::routed(chats_api::router(Arc::new(Trivial)));
    chats_server::http::serve(
        listener,
        chats_server::http::layers(routes),
        chats_server::http::ServeLimits::default(),
        async {
            let mut terminate =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                    .expect("SIGTERM handler");
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
        },
    )
    .await;
    Ok(())
}
