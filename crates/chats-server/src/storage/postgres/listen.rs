//! How a replica learns of chat events committed by any replica: a connection of its own
//! (outside the pool) that `LISTEN`s on `chat_events`, whose notifications (sent at commit by
//! `writes::events::record`, the workspace id as payload) call the hook. It reconnects by
//! itself, a second after a failure; after each (re)connection it calls the hook for
//! `Uuid::nil()`, since notifications sent while it was away are lost.

use std::time::Duration;

use futures_util::StreamExt as _;
use tokio_postgres::{AsyncMessage, NoTls};
use uuid::Uuid;

use crate::storage::EventHook;

/// The channel of chat events.
pub(super) const CHANNEL: &str = "chat_events";

/// Listens until the process ends.
pub(super) async fn listen(config: std::sync::Arc<tokio_postgres::Config>, hook: EventHook) {
    loop {
        match config.connect(NoTls).await {
            Ok((client, mut connection)) => {
                let forward = hook.clone();
                let driver = tokio::spawn(async move {
                    let mut messages =
                        futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
                    while let Some(message) = messages.next().await {
                        match message {
                            Ok(AsyncMessage::Notification(notification)) => {
                                if let Ok(workspace) = notification.payload().parse::<Uuid>() {
                                    forward(workspace);
                                }
                            }
                            Ok(_) => {}
                            Err(err) => {
                                tracing::warn!(%err, "the chat events listener lost its connection");
                                break;
                            }
                        }
                    }
                });
                match client.batch_execute(&format!("LISTEN {CHANNEL}")).await {
                    Ok(()) => {
                        hook(Uuid::nil());
                        let _ = driver.await;
                    }
                    Err(err) => {
                        tracing::warn!(%err, "LISTEN failed");
                        driver.abort();
                    }
                }
                drop(client);
            }
            Err(err) => tracing::warn!(%err, "the chat events listener cannot connect"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
