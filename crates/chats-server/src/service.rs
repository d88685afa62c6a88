//! The Chats service: the generated `ChatsApi` trait, implemented over a [`Storage`].
//!
//! Every request reaching a method here has passed authentication and validation; what is
//! left is the behaviour the spec's descriptions promise, and turning storage failures into
//! 503/500 problems (the driver's message goes to the log, never to the client).

use std::sync::Arc;

use chats_api::{
    AuthError, ChatsApi, FieldError, ProblemKind, Rejection, create_chat, get_chat,
    get_chat_details, list_chat_details, list_chats, remove_chat, types, update_chat,
};
use uuid::Uuid;

use crate::{
    keys,
    storage::{ChatFilter, ChatUpdate, DetailsLookup, NewChat, Storage, StorageError},
};

/// The service; `S` is the storage backend.
pub struct Service<S> {
    storage: Arc<S>,
}

impl<S> Service<S> {
    pub fn new(storage: Arc<S>) -> Self {
        Self { storage }
    }
}

fn problem(kind: ProblemKind, detail: &str) -> types::Problem {
    types::Problem::from(&Rejection::new(kind, detail))
}

fn not_found() -> types::Problem {
    problem(ProblemKind::NotFound, "No chat with this id exists.")
}

fn unknown_reference(location: &str, message: &str) -> types::Problem {
    let mut rejection = Rejection::new(
        ProblemKind::UnknownReference,
        "The request refers to something that does not exist.",
    );
    rejection
        .errors
        .push(FieldError::new(location, "not_found", message));
    types::Problem::from(&rejection)
}

/// PostgreSQL cannot store U+0000 in text, so neither backend accepts it: a 400 naming the
/// field, the same on both.
fn nul_in(location: &str, text: Option<&str>) -> Option<types::Problem> {
    if !text.is_some_and(|text| text.contains('\0')) {
        return None;
    }
    let mut violations = chats_api::Violations::default();
    violations.push(FieldError::new(
        location,
        "format",
        "must not contain the NUL character (U+0000)",
    ));
    Some(types::Problem::from(&violations.into_rejection()))
}

/// A storage failure as the problem to answer: 503 when retrying may help, else 500.
enum Failure {
    Unavailable(types::Problem),
    Internal(types::Problem),
}

fn failure(operation: &str, err: StorageError) -> Failure {
    match err {
        StorageError::Unavailable(message) => {
            tracing::warn!(operation, error = %message, "database unavailable");
            Failure::Unavailable(problem(
                ProblemKind::Unavailable,
                "The database is unavailable; retry later.",
            ))
        }
        StorageError::Internal(message) => {
            tracing::error!(operation, error = %message, "database error");
            Failure::Internal(problem(
                ProblemKind::Internal,
                "An unexpected error occurred.",
            ))
        }
    }
}

/// Expands to the operation's 503 or 500 variant for a storage failure.
macro_rules! fail {
    ($module:ident, $operation:literal, $err:expr) => {
        match failure($operation, $err) {
            Failure::Unavailable(p) => $module::Response::ServiceUnavailable(p),
            Failure::Internal(p) => $module::Response::InternalServerError(p),
        }
    };
}

/// The filter as storage wants it: duplicate values dropped, "all five types" as no type
/// filter (so chats without a channel are listed), a blank search as none.
fn normalize(filter: ChatFilter) -> ChatFilter {
    let channel_types = filter
        .channel_types
        .filter(|types| !ALL_CHANNEL_TYPES.iter().all(|t| types.contains(t)));
    ChatFilter {
        channel_ids: dedup(filter.channel_ids),
        channel_types: channel_types.map(dedup),
        owner_ids: dedup(filter.owner_ids),
        responder_ids: dedup(filter.responder_ids),
        responder_version_ids: dedup(filter.responder_version_ids),
        search: filter
            .search
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty()),
        ..filter
    }
}

const ALL_CHANNEL_TYPES: [types::ChannelType; 5] = [
    types::ChannelType::Widget,
    types::ChannelType::Waha,
    types::ChannelType::Whatsapp,
    types::ChannelType::Instagram,
    types::ChannelType::Api,
];

fn dedup<T: Ord>(mut values: Vec<T>) -> Vec<T> {
    values.sort();
    values.dedup();
    values
}

impl<S: Storage> ChatsApi for Service<S> {
    /// The caller's workspace.
    type Context = Uuid;

    async fn authenticate(&self, api_key: &str) -> Result<Uuid, AuthError> {
        let Some(hash) = keys::hash_presented(api_key) else {
            return Err(AuthError::Rejected);
        };
        match self.storage.workspace_for_key(hash).await {
            Ok(Some(workspace)) => Ok(workspace),
            Ok(None) => Err(AuthError::Rejected),
            Err(StorageError::Unavailable(message)) => {
                tracing::warn!(error = %message, "database unavailable while checking a key");
                Err(AuthError::Unavailable)
            }
            Err(StorageError::Internal(message)) => {
                tracing::error!(error = %message, "database error while checking a key");
                Err(AuthError::Internal)
            }
        }
    }

    async fn get_chat_details(
        &self,
        workspace: Uuid,
        request: get_chat_details::Request,
    ) -> get_chat_details::Response {
        use get_chat_details::Response;
        // The parameter is a plain string in the spec: anything but a version of the chat's
        // responder refers to nothing (422).
        let version = match request
            .responder_version_id
            .as_deref()
            .map(str::parse::<Uuid>)
        {
            None => None,
            Some(Ok(version)) => Some(version),
            Some(Err(_)) => {
                return Response::UnprocessableEntity(unknown_reference(
                    "query.responderVersionId",
                    "is not a version of the chat's responder",
                ));
            }
        };
        match self
            .storage
            .get_chat_details(workspace, request.id, version)
            .await
        {
            Ok(DetailsLookup::Found(details)) => Response::Ok(*details),
            Ok(DetailsLookup::NoChat) => Response::NotFound(not_found()),
            Ok(DetailsLookup::UnknownVersion) => Response::UnprocessableEntity(unknown_reference(
                "query.responderVersionId",
                "is not a version of the chat's responder",
            )),
            Err(err) => fail!(get_chat_details, "getChatDetails", err),
        }
    }

    async fn list_chat_details(
        &self,
        workspace: Uuid,
        request: list_chat_details::Request,
    ) -> list_chat_details::Response {
        if let Some(problem) = nul_in(
            "query.search",
            request.search.as_deref().map(String::as_str),
        ) {
            return list_chat_details::Response::BadRequest(problem);
        }
        let filter = normalize(ChatFilter {
            channel_ids: request.channel_ids,
            responder_ids: request.responder_ids,
            responder_version_ids: request.responder_version_ids,
            search: request.search.map(|s| s.to_string()),
            page_number: request.page_number.get(),
            page_size: request.page_size.get(),
            ..ChatFilter::default()
        });
        match self.storage.list_chat_details(workspace, filter).await {
            Ok(page) => list_chat_details::Response::Ok(page),
            Err(err) => fail!(list_chat_details, "listChatDetails", err),
        }
    }

    async fn list_chats(
        &self,
        workspace: Uuid,
        request: list_chats::Request,
    ) -> list_chats::Response {
        if let Some(problem) = nul_in(
            "query.search",
            request.search.as_deref().map(String::as_str),
        ) {
            return list_chats::Response::BadRequest(problem);
        }
        let filter = normalize(ChatFilter {
            channel_ids: request.channel_ids,
            channel_types: Some(request.channel_types),
            owner_ids: request.owner_ids,
            last_message_from: request.last_chat_message_created_at_start,
            last_message_to: request.last_chat_message_created_at_end,
            responder_ids: request.responder_ids,
            responder_version_ids: request.responder_version_ids,
            search: request.search.map(|s| s.to_string()),
            page_number: request.page_number.get(),
            page_size: request.page_size.get(),
        });
        match self.storage.list_chats(workspace, filter).await {
            Ok(page) => list_chats::Response::Ok(page),
            Err(err) => fail!(list_chats, "listChats", err),
        }
    }

    async fn create_chat(
        &self,
        workspace: Uuid,
        request: create_chat::Request,
    ) -> create_chat::Response {
        if let Some(problem) = nul_in("body.title", request.body.title.as_deref()) {
            return create_chat::Response::BadRequest(problem);
        }
        let chat = NewChat {
            channel_id: request.body.channel_id,
            owner_id: request.body.owner_id,
            title: request.body.title,
        };
        match self.storage.create_chat(workspace, chat).await {
            Ok(Ok(chat)) => create_chat::Response::Ok(chat),
            Ok(Err(unknown)) => create_chat::Response::UnprocessableEntity(unknown_reference(
                &format!("body.{}", unknown.field),
                &unknown.message,
            )),
            Err(err) => fail!(create_chat, "createChat", err),
        }
    }

    async fn get_chat(&self, workspace: Uuid, request: get_chat::Request) -> get_chat::Response {
        match self.storage.get_chat(workspace, request.id).await {
            Ok(Some(chat)) => get_chat::Response::Ok(chat),
            Ok(None) => get_chat::Response::NotFound(not_found()),
            Err(err) => fail!(get_chat, "getChat", err),
        }
    }

    async fn remove_chat(
        &self,
        workspace: Uuid,
        request: remove_chat::Request,
    ) -> remove_chat::Response {
        match self.storage.remove_chat(workspace, request.id).await {
            Ok(true) => remove_chat::Response::Ok(types::MessageResponse {
                message: "The chat was removed.".to_owned(),
            }),
            Ok(false) => remove_chat::Response::NotFound(problem(
                ProblemKind::NotFound,
                "No chat with this id exists, or it was already removed.",
            )),
            Err(err) => fail!(remove_chat, "removeChat", err),
        }
    }

    async fn update_chat(
        &self,
        workspace: Uuid,
        request: update_chat::Request,
    ) -> update_chat::Response {
        if let types::Patch::Set(title) = &request.body.title
            && let Some(problem) = nul_in("body.title", Some(title))
        {
            return update_chat::Response::BadRequest(problem);
        }
        let update = ChatUpdate {
            title: request.body.title.into_update(),
            last_chat_message_created_at: request.body.last_chat_message_created_at.into_update(),
        };
        match self
            .storage
            .update_chat(workspace, request.id, update)
            .await
        {
            Ok(Some(chat)) => update_chat::Response::Ok(chat),
            Ok(None) => update_chat::Response::NotFound(problem(
                ProblemKind::NotFound,
                "No chat with this id exists, or it was removed.",
            )),
            Err(err) => fail!(update_chat, "updateChat", err),
        }
    }
}
