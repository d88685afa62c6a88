//! The Chats API's server side, generated from `openapi/chats.yaml` (`src/generated.rs`,
//! never edited by hand): the models in [`types`], one module per operation with its
//! `Request` and `Response`, the [`ChatsApi`] trait, and [`router`].
//!
//! Implement [`ChatsApi`] (one method per operation, plus `authenticate`), then serve
//! `chats_api::router(Arc::new(your_impl))`. The router answers 401 before reading anything
//! of a request without a valid key, and 400/413/415 (every violation listed, in the spec's
//! `Problem` body) before your method runs; your method only sees valid, typed requests, with
//! defaults applied, and can only answer the statuses the spec documents.

#[rustfmt::skip]
mod generated;

pub use generated::*;
/// What `watch_chats` answers: a stream of typed events.
pub use server_runtime::sse;
pub use server_runtime::{
    AuthError, ContractViolation, DeprecatedUses, Deprecation, ErrorAnswer, FieldError,
    ProblemKind, Rejection, RouterConfig, Violations,
};
