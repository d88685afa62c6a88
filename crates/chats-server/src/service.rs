//! The Chats service: the generated `ChatsApi` trait, implemented over a [`Storage`].
//!
//! Every request reaching a method here has passed authentication and validation; what is
//! left is the behaviour the spec's descriptions promise, and turning storage failures into
//! 503/500 problems (the driver's message goes to the log, never to the client).

use std::sync::Arc;

use chats_api::{
    AuthError, ChatsApi, Credential, ErrorAnswer, FieldError, ProblemKind, Rejection, create_chat,
    get_chat, get_chat_details, list_chat_details, list_chats, remove_chat, types, update_chat,
    watch_chats,
};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{
    events::{self, Hub},
    key_cache::{self, KeyCache},
    keys, pages,
    storage::{
        ChatFilter, ChatUpdate, CreateError, DetailsLookup, DetailsRead, IdempotencyKey, NewChat,
        Storage, StorageError, UnknownReference,
    },
    telemetry,
};

/// The service; `S` is the storage backend.
pub struct Service<S> {
    storage: Arc<S>,
    keys: KeyCache,
    events: Arc<Hub<S>>,
}

/// Who calls: the workspace of the API key, and the key's hash (streams are counted per key).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caller {
    pub workspace: Uuid,
    pub key: [u8; 32],
}

impl<S: Storage> Service<S> {
    /// The service over `storage`, trusting a checked API key for [`key_cache::DEFAULT_TTL`].
    pub fn new(storage: Arc<S>) -> Self {
        Self::with_key_ttl(storage, key_cache::DEFAULT_TTL)
    }

    /// The service over `storage`, trusting a checked API key for `ttl` (how long a revoked
    /// key may still be accepted; `Duration::ZERO` reads the database for every request).
    pub fn with_key_ttl(storage: Arc<S>, ttl: std::time::Duration) -> Self {
        Self::with_settings(storage, ttl, events::Limits::default())
    }

    /// The service over `storage`, with the key cache's `ttl` and the event streams' limits.
    pub fn with_settings(
        storage: Arc<S>,
        ttl: std::time::Duration,
        limits: events::Limits,
    ) -> Self {
        Self {
            events: Hub::new(Arc::clone(&storage), limits),
            storage,
            keys: KeyCache::new(ttl),
        }
    }
}

fn problem(kind: ProblemKind, detail: &str) -> types::Problem {
    types::Problem::from(&Rejection::new(kind, detail))
}

/// The 404 of an operation on one chat.
const NO_CHAT: &str = "No chat with this id exists.";
/// The 404 of a write to one chat.
const NO_LIVE_CHAT: &str = "No chat with this id exists, or it was removed.";

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

/// The hash an idempotency key keeps of its request: SHA-256 of the body as the schema read
/// it, serialized again (so spacing and property order do not count), in hex.
fn body_hash(body: &types::CreateChatRequest) -> String {
    use sha2::Digest as _;
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    sha2::Sha256::digest(&bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// PostgreSQL cannot store U+0000 in text, so neither backend accepts it: a 400 naming the
/// field, the same on both.
fn refuse_nul(location: &str, text: Option<&str>) -> Result<(), Refusal> {
    if !text.is_some_and(|text| text.contains('\0')) {
        return Ok(());
    }
    let mut violations = chats_api::Violations::default();
    violations.push(FieldError::new(
        location,
        "format",
        "must not contain the NUL character (U+0000)",
    ));
    Err(Refusal::Invalid(types::Problem::from(
        &chats_api::Rejection::from(violations),
    )))
}

/// Why an operation does not answer its success. Each becomes the problem of the status the
/// spec documents for it (see `respond`); a storage failure is 503 when retrying may help,
/// else 500, and its driver message goes to the log only.
#[derive(Debug)]
enum Refusal {
    /// 400, with its problem.
    Invalid(types::Problem),
    /// 404, with its detail.
    NotFound(&'static str),
    /// 422, with its problem.
    UnknownReference(types::Problem),
    /// 422: an idempotency key sent again with another body.
    KeyReused,
    /// 409: an idempotency key whose create is still running.
    KeyInUse,
    /// 410: a `Last-Event-ID` past the events' retention, or never issued.
    EventsGone,
    /// 429: the key's (or the server's) streams are at their limit.
    TooManyStreams {
        per_key: bool,
    },
    Storage(StorageError),
}

impl From<events::Refused> for Refusal {
    fn from(refused: events::Refused) -> Self {
        match refused {
            events::Refused::Gone => Self::EventsGone,
            events::Refused::TooMany { per_key } => Self::TooManyStreams { per_key },
            events::Refused::Storage(err) => Self::Storage(err),
        }
    }
}

impl From<StorageError> for Refusal {
    fn from(err: StorageError) -> Self {
        Self::Storage(err)
    }
}

impl From<UnknownReference> for Refusal {
    fn from(unknown: UnknownReference) -> Self {
        Self::UnknownReference(unknown_reference(
            &format!("body.{}", unknown.field),
            unknown.message,
        ))
    }
}

impl From<CreateError> for Refusal {
    fn from(err: CreateError) -> Self {
        match err {
            CreateError::UnknownReference(unknown) => unknown.into(),
            CreateError::KeyReused => Self::KeyReused,
            CreateError::KeyInUse => Self::KeyInUse,
            CreateError::Storage(err) => err.into(),
        }
    }
}

impl Refusal {
    /// The status and body; a storage failure is logged here, with the operation.
    fn answer(self, operation: &str) -> (u16, types::Problem) {
        match self {
            Self::Invalid(problem) => (400, problem),
            Self::NotFound(detail) => (404, problem(ProblemKind::NotFound, detail)),
            Self::UnknownReference(problem) => (422, problem),
            Self::KeyReused => (
                422,
                types::Problem {
                    type_: "/problems/idempotency-key-reused".to_owned(),
                    title: "Idempotency key reused".to_owned(),
                    status: 422,
                    detail: "This Idempotency-Key was sent with another request body in the last \
                             24 hours."
                        .to_owned(),
                    errors: vec![types::FieldError {
                        location: "header.idempotency-key".to_owned(),
                        code: "reused".to_owned(),
                        message: "was sent with another request body".to_owned(),
                    }],
                },
            ),
            Self::KeyInUse => (
                409,
                types::Problem {
                    type_: "/problems/idempotency-key-in-use".to_owned(),
                    title: "Idempotency key in use".to_owned(),
                    status: 409,
                    detail: "A request with this Idempotency-Key is still being processed; retry \
                             after it ends."
                        .to_owned(),
                    errors: Vec::new(),
                },
            ),
            Self::EventsGone => (
                410,
                types::Problem {
                    type_: "/problems/events-expired".to_owned(),
                    title: "Events expired".to_owned(),
                    status: 410,
                    detail: "Events after this Last-Event-ID are no longer kept, or it is not an \
                             id of this workspace; list the chats again."
                        .to_owned(),
                    errors: vec![types::FieldError {
                        location: "header.last-event-id".to_owned(),
                        code: "expired".to_owned(),
                        message: "is older than the 24 hours events are kept, or was never issued"
                            .to_owned(),
                    }],
                },
            ),
            Self::TooManyStreams { per_key } => (
                429,
                types::Problem {
                    type_: "/problems/too-many-streams".to_owned(),
                    title: "Too many streams".to_owned(),
                    status: 429,
                    detail: if per_key {
                        format!(
                            "This API key has {} open streams; close one or retry later.",
                            events::MAX_PER_KEY
                        )
                    } else {
                        "The server has as many open streams as it takes; retry later.".to_owned()
                    },
                    errors: Vec::new(),
                },
            ),
            Self::Storage(err) => match logged(operation, &err) {
                Failure::Unavailable => (
                    503,
                    problem(
                        ProblemKind::Unavailable,
                        "The database is unavailable; retry later.",
                    ),
                ),
                Failure::Internal => (500, internal()),
            },
        }
    }
}

fn internal() -> types::Problem {
    problem(ProblemKind::Internal, "An unexpected error occurred.")
}

/// What a storage failure answers: 503 (retry later) or 500.
enum Failure {
    Unavailable,
    Internal,
}

/// Logs a storage failure with the operation it failed (the driver's message stays in the
/// log, never in an answer) and counts it by class.
fn logged(operation: &str, err: &StorageError) -> Failure {
    let (class, failure) = match err {
        StorageError::Unavailable(message) => {
            tracing::warn!(operation, error = %message, "database unavailable");
            ("unavailable", Failure::Unavailable)
        }
        StorageError::Full(message) => {
            tracing::error!(operation, error = %message, "database storage full");
            ("full", Failure::Unavailable)
        }
        StorageError::Contended(message) => {
            tracing::warn!(operation, error = %message, "lock not granted in time");
            ("contended", Failure::Unavailable)
        }
        StorageError::Internal(message) => {
            tracing::error!(operation, error = %message, "database error");
            ("internal", Failure::Internal)
        }
    };
    metrics::counter!(telemetry::STORAGE_ERRORS, "error_class" => class).increment(1);
    failure
}

/// An operation's answer: its success, or its refusal as the problem of the status the
/// operation documents for it (the generated `ErrorAnswer`: the spec alone says which
/// statuses each operation answers). A refusal an operation does not document would be a bug
/// of this module: it is logged and answered as the operation's internal error.
fn respond<R: ErrorAnswer<types::Problem>>(result: Result<R, Refusal>) -> R {
    result.unwrap_or_else(|refusal| {
        let (status, problem) = refusal.answer(R::OPERATION_ID);
        R::error_answer(status, problem).unwrap_or_else(|_| {
            tracing::error!(
                operation = R::OPERATION_ID,
                status,
                "an undocumented refusal"
            );
            R::internal_error(internal())
        })
    })
}

/// The filter as storage wants it: duplicate values dropped, "all five types" as no type
/// filter (so chats without a channel are listed), a blank search as none.
/// The list-order key a keyset page starts after: `created_at`, then `id`.
type ListStart = (DateTime<Utc>, Uuid);

/// Where a list's page starts: its page number and the keyset start its `cursor` names. A
/// cursor this API did not issue refers to no place in the list (422, as the spec documents).
/// Beside a cursor the page number is ignored (1): a client that repeats its first request
/// with each next cursor, as the generated stream does, walks on page by page.
fn start(cursor: Option<&str>, page_number: u64) -> Result<(u64, Option<ListStart>), Refusal> {
    let Some(text) = cursor else {
        return Ok((page_number, None));
    };
    match pages::Cursor::parse(text) {
        Some(cursor) => Ok((1, Some((cursor.created_at, cursor.id)))),
        None => Err(Refusal::UnknownReference(unknown_reference(
            "query.cursor",
            "is not a cursor this API issued: take it from a page's Link header",
        ))),
    }
}

/// The `Link` to the page after `page` (read with `filter` from `path`), when it is full: a
/// shorter page is the last.
fn next_link<T>(
    path: &str,
    filter: &ChatFilter,
    page: &[T],
    key: impl Fn(&T) -> (DateTime<Utc>, Uuid),
) -> Option<String> {
    let last = page
        .last()
        .filter(|_| page.len() as u64 >= filter.page_size)?;
    let (created_at, id) = key(last);
    Some(pages::next_link(
        path,
        filter,
        pages::Cursor { created_at, id },
    ))
}

fn normalize(filter: ChatFilter) -> ChatFilter {
    let channel_types = filter
        .channel_types
        .filter(|types| !CHANNEL_TYPES.iter().all(|t| types.contains(t)));
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

/// Every channel type, in the spec's order: all of them selected filters nothing.
pub const CHANNEL_TYPES: [types::ChannelType; 5] = [
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
    /// The caller's workspace and key.
    type Context = Caller;

    async fn authenticate(&self, credential: Credential) -> Result<Caller, AuthError> {
        let Credential::ApiKey(api_key) = credential;
        let Some(hash) = keys::hash_presented(&api_key) else {
            return Err(AuthError::Rejected);
        };
        if let Some(workspace) = self.keys.get(&hash) {
            crate::telemetry::context::record_workspace(workspace);
            return Ok(Caller {
                workspace,
                key: hash,
            });
        }
        match self.storage.workspace_for_key(hash).await {
            Ok(Some(workspace)) => {
                self.keys.insert(hash, workspace);
                crate::telemetry::context::record_workspace(workspace);
                Ok(Caller {
                    workspace,
                    key: hash,
                })
            }
            Ok(None) => Err(AuthError::Rejected),
            Err(err) => match logged("authenticate", &err) {
                Failure::Unavailable => Err(AuthError::Unavailable),
                Failure::Internal => Err(AuthError::Internal),
            },
        }
    }

    async fn get_chat_details(
        &self,
        Caller { workspace, .. }: Caller,
        request: get_chat_details::Request,
    ) -> get_chat_details::Response {
        respond(
            async {
                // The parameter is a plain string in the spec: anything but a version of the
                // chat's responder refers to nothing (422).
                let unknown_version = || {
                    Refusal::UnknownReference(unknown_reference(
                        "query.responderVersionId",
                        "is not a version of the chat's responder",
                    ))
                };
                let version = match request.responder_version_id.as_deref() {
                    None => None,
                    Some(text) => Some(text.parse::<Uuid>().map_err(|_| unknown_version())?),
                };
                let lookup = self
                    .storage
                    .get_chat_details(
                        workspace,
                        DetailsRead {
                            id: request.id,
                            responder_version_id: version,
                        },
                    )
                    .await?;
                match lookup {
                    DetailsLookup::Found(details) => Ok(get_chat_details::Response::Ok(*details)),
                    DetailsLookup::NoChat => Err(Refusal::NotFound(NO_CHAT)),
                    DetailsLookup::UnknownVersion => Err(unknown_version()),
                }
            }
            .await,
        )
    }

    async fn list_chat_details(
        &self,
        Caller { workspace, .. }: Caller,
        request: list_chat_details::Request,
    ) -> list_chat_details::Response {
        respond(
            async {
                refuse_nul(
                    "query.search",
                    request.search.as_deref().map(String::as_str),
                )?;
                let (page_number, after) = start(
                    request.cursor.as_deref().map(String::as_str),
                    request.page_number.get(),
                )?;
                let filter = normalize(ChatFilter {
                    channel_ids: request.channel_ids,
                    responder_ids: request.responder_ids,
                    responder_version_ids: request.responder_version_ids,
                    search: request.search.map(|s| s.to_string()),
                    page_number,
                    page_size: request.page_size.get(),
                    after,
                    ..ChatFilter::default()
                });
                let page = self
                    .storage
                    .list_chat_details(workspace, filter.clone())
                    .await?;
                let link = next_link(
                    "/api/v1/chats/details",
                    &filter,
                    &page,
                    |details: &types::ChatDetails| (details.created_at, details.id),
                );
                Ok(list_chat_details::Response::Ok(
                    page,
                    list_chat_details::OkHeaders { link },
                ))
            }
            .await,
        )
    }

    async fn list_chats(
        &self,
        Caller { workspace, .. }: Caller,
        request: list_chats::Request,
    ) -> list_chats::Response {
        respond(
            async {
                refuse_nul(
                    "query.search",
                    request.search.as_deref().map(String::as_str),
                )?;
                let (page_number, after) = start(
                    request.cursor.as_deref().map(String::as_str),
                    request.page_number.get(),
                )?;
                let filter = normalize(ChatFilter {
                    channel_ids: request.channel_ids,
                    channel_types: Some(request.channel_types),
                    owner_ids: request.owner_ids,
                    last_message_from: request.last_chat_message_created_at_start,
                    last_message_to: request.last_chat_message_created_at_end,
                    responder_ids: request.responder_ids,
                    responder_version_ids: request.responder_version_ids,
                    search: request.search.map(|s| s.to_string()),
                    page_number,
                    page_size: request.page_size.get(),
                    after,
                });
                let page = self.storage.list_chats(workspace, filter.clone()).await?;
                let link = next_link("/api/v1/chats", &filter, &page, |chat: &types::Chat| {
                    (chat.created_at, chat.id)
                });
                Ok(list_chats::Response::Ok(
                    page,
                    list_chats::OkHeaders { link },
                ))
            }
            .await,
        )
    }

    async fn create_chat(
        &self,
        Caller { workspace, .. }: Caller,
        request: create_chat::Request,
    ) -> create_chat::Response {
        respond(
            async {
                refuse_nul("body.title", request.body.title.as_deref())?;
                let idempotency = request.idempotency_key.map(|key| IdempotencyKey {
                    key: key.to_string(),
                    request_hash: body_hash(&request.body),
                });
                let chat = NewChat {
                    channel_id: request.body.channel_id,
                    owner_id: request.body.owner_id,
                    title: request.body.title,
                    idempotency,
                };
                let created = self.storage.create_chat(workspace, chat).await?;
                Ok(create_chat::Response::Ok(created))
            }
            .await,
        )
    }

    async fn get_chat(
        &self,
        Caller { workspace, .. }: Caller,
        request: get_chat::Request,
    ) -> get_chat::Response {
        respond(
            async {
                let chat = self.storage.get_chat(workspace, request.id).await?;
                let chat = chat.ok_or(Refusal::NotFound(NO_CHAT))?;
                Ok(get_chat::Response::Ok(chat))
            }
            .await,
        )
    }

    async fn remove_chat(
        &self,
        Caller { workspace, .. }: Caller,
        request: remove_chat::Request,
    ) -> remove_chat::Response {
        respond(
            async {
                if !self.storage.remove_chat(workspace, request.id).await? {
                    return Err(Refusal::NotFound(
                        "No chat with this id exists, or it was already removed.",
                    ));
                }
                Ok(remove_chat::Response::Ok(types::MessageResponse {
                    message: "The chat was removed.".to_owned(),
                }))
            }
            .await,
        )
    }

    async fn watch_chats(
        &self,
        Caller { workspace, key }: Caller,
        request: watch_chats::Request,
    ) -> watch_chats::Response {
        // A 429 says when to try again, as the spec documents.
        let retry = |answer| match answer {
            watch_chats::Response::TooManyRequests(problem, _) => {
                watch_chats::Response::TooManyRequests(
                    problem,
                    watch_chats::TooManyRequestsHeaders {
                        retry_after: Some(events::RETRY_AFTER_SECONDS),
                    },
                )
            }
            other => other,
        };
        retry(respond(
            async {
                // The router checked the pattern (at most 18 digits): it reads as a number.
                let last = match &request.last_event_id {
                    None => None,
                    Some(id) => Some(id.parse::<i64>().map_err(|_| Refusal::EventsGone)?),
                };
                let filter = events::Filter {
                    channel_ids: dedup(request.channel_ids),
                    owner_ids: dedup(request.owner_ids),
                };
                let stream = self.events.subscribe(workspace, key, filter, last).await?;
                Ok(watch_chats::Response::Ok(stream))
            }
            .await,
        ))
    }

    async fn update_chat(
        &self,
        Caller { workspace, .. }: Caller,
        request: update_chat::Request,
    ) -> update_chat::Response {
        respond(
            async {
                if let types::Patch::Set(title) = &request.body.title {
                    refuse_nul("body.title", Some(title))?;
                }
                let update = ChatUpdate {
                    id: request.id,
                    title: request.body.title.into_update(),
                    last_chat_message_created_at: request
                        .body
                        .last_chat_message_created_at
                        .into_update(),
                };
                let chat = self.storage.update_chat(workspace, update).await?;
                Ok(update_chat::Response::Ok(
                    chat.ok_or(Refusal::NotFound(NO_LIVE_CHAT))?,
                ))
            }
            .await,
        )
    }
}
