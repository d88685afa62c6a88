//! The ceiling server: what the service could answer at best on this machine. Two axum
//! handlers answer fixed JSON bodies (one chat, and a page of 10 chats with details, both
//! captured from the service in the same run), in a process of its own like the service, on
//! two listeners:
//!
//! - **bare**: the handlers alone, served by `axum::serve` (no layers): the ceiling the
//!   targets are set against;
//! - **layered**: the same handlers through exactly the service's own layers and HTTP server
//!   ([`chats_server::http::layers`], [`chats_server::http::serve`]).
//!
//! The gap between the two is what the HTTP stack costs; everything the layered one does not
//! do (auth, validation, the database, serialising) is the cost the service adds.

use std::{net::SocketAddr, path::Path};

use anyhow::{Context, Result};
use axum::{Router, http::header, routing::get};
use bytes::Bytes;

/// The name of the rows measured without layers (the ceiling the service is compared with).
pub const BARE: &str = "ceiling, bare axum";
/// The name of the rows measured through the service's layers and HTTP server.
pub const LAYERED: &str = "ceiling, our layers";

/// The path answering one chat.
pub const CHAT: &str = "/chat";
/// The path answering a page of 10 chats with details.
pub const PAGE: &str = "/page";

/// One of the service's layers (`chats_server::http::Layers`), by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Layer {
    /// Our HTTP server with no layer.
    None,
    RequestId,
    Log,
    Timeout,
    PanicGuard,
    Metrics,
}

/// The layer set the names say.
pub fn layers(names: &[Layer]) -> chats_server::http::Layers {
    let on = |layer: Layer| names.contains(&layer);
    chats_server::http::Layers {
        request_id: on(Layer::RequestId),
        log: on(Layer::Log),
        timeout: on(Layer::Timeout),
        panic_guard: on(Layer::PanicGuard),
        metrics: on(Layer::Metrics),
    }
}

/// Serves the ceiling on `listen` (through the layers `which` names: all of them but in the
/// per-layer split) until SIGTERM or SIGINT.
pub async fn serve(
    listen: SocketAddr,
    bare_listen: SocketAddr,
    chat: &Path,
    page: &Path,
    which: chats_server::http::Layers,
) -> Result<()> {
    let chat =
        Bytes::from(std::fs::read(chat).with_context(|| format!("reading {}", chat.display()))?);
    let page =
        Bytes::from(std::fs::read(page).with_context(|| format!("reading {}", page.display()))?);
    let json = |body: Bytes| {
        move || {
            let body = body.clone();
            async move { ([(header::CONTENT_TYPE, "application/json")], body) }
        }
    };
    let routes = Router::new()
        .route(CHAT, get(json(chat)))
        .route(PAGE, get(json(page)));
    let bind = |address: SocketAddr| async move {
        tokio::net::TcpListener::bind(address)
            .await
            .with_context(|| format!("listening on {address}"))
    };
    let listener = bind(listen).await?;
    let bare = bind(bare_listen).await?;
    tokio::spawn(axum::serve(bare, routes.clone()).into_future());
    chats_server::http::serve(
        listener,
        chats_server::http::layers_of(routes, which),
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
