//! What the generators leave out of a document they otherwise generate, taken out here and
//! listed in [`LEFT_OUT`] for [`crate::notes`] to report with its place:
//!
//! - An operation's `callbacks`: the requests the server makes to a URL its caller gave. The
//!   operation itself is generated; neither a client the server would call them with nor a
//!   receiver for the caller is.
//! - A 3.1 document's `webhooks`: the requests the API makes to its subscribers, unprompted.
//!   Neither a client that sends them nor a receiver for them is generated.
//!
//! The document served (`Spec::raw`) keeps both, as written; `cargo xtask codegen` refuses
//! the workspace's own spec while a note stands.

use serde_json::{Value, json};

use super::LEFT_OUT;
use crate::{openapi::METHODS, pointer::escape_token};

pub(super) fn lower(document: &mut Value) {
    let mut left_out = Vec::new();
    if let Some(webhooks) = document
        .as_object_mut()
        .and_then(|root| root.remove("webhooks"))
    {
        for name in webhooks
            .as_object()
            .into_iter()
            .flat_map(|hooks| hooks.keys())
        {
            left_out.push(json!({
                "pointer": format!("/webhooks/{}", escape_token(name)),
                "construct": "webhook",
                "reason": "webhooks are not generated: neither a client that sends them nor a \
                           receiver for them",
            }));
        }
    }
    let paths = document.get_mut("paths").and_then(Value::as_object_mut);
    for (path, item) in paths.into_iter().flatten() {
        for method in METHODS {
            let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut) else {
                continue;
            };
            let Some(callbacks) = operation.remove("callbacks") else {
                continue;
            };
            for name in callbacks.as_object().into_iter().flat_map(|all| all.keys()) {
                left_out.push(json!({
                    "pointer": format!(
                        "/paths/{}/{method}/callbacks/{}",
                        escape_token(path),
                        escape_token(name)
                    ),
                    "construct": "callback",
                    "reason": "callbacks are not generated: the operation is, but neither a \
                               client the server calls them with nor a receiver for its caller",
                }));
            }
        }
    }
    if !left_out.is_empty() {
        document[LEFT_OUT] = Value::Array(left_out);
    }
}
