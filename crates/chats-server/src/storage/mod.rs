//! The storage interface of the service, and its two backends. No SQL outside this module.
//!
//! The service talks to [`Storage`]; [`Database`] picks a backend from the URL. What both
//! backends must agree on is decided once, here and in the shared submodules, and each
//! backend only renders its SQL dialect, binds values and reads columns:
//!
//! - [`rows`]: which columns a chat and a chat's details are read from, and how those
//!   columns become the API's types ([`rows::Columns`] is all a backend supplies);
//! - [`writes`]: what a create checks and which error each failure is, how an import is
//!   validated and applied, how a details lookup is judged; written once as statements in a
//!   neutral dialect over [`writes::Tx`], which each backend implements for its connection;
//! - [`sqlite`] (embedded, the default) and [`postgres`] (scale-out): pools, migrations,
//!   list queries, the bulk load, and their `Tx`.
//!
//! Rows come back as the API's own types, so nothing is mapped twice.

pub mod postgres;
mod rows;
pub mod sqlite;
mod writes;

use std::future::Future;

use chats_api::types::{ChannelType, Chat, ChatDetails, MessageRole, TicketStatus};
use chrono::{DateTime, Utc};
use uuid::Uuid;

pub use postgres::{PoolSettings, Postgres, TempPostgres};
pub use sqlite::Sqlite;

/// Either backend, chosen at run time by the database URL; it dispatches every call.
#[derive(Clone)]
pub enum Database {
    Sqlite(Sqlite),
    Postgres(Postgres),
}

impl Database {
    /// Opens (and migrates) the database a URL names: `sqlite://PATH` or `postgres://…`.
    pub async fn open(url: &str, pool: PoolSettings) -> Result<Self> {
        if Postgres::accepts(url) {
            return Ok(Self::Postgres(Postgres::open(url, pool).await?));
        }
        let path = Sqlite::path_of_url(url).ok_or_else(|| {
            StorageError::Internal(format!(
                "unsupported database URL {url:?}: use sqlite://PATH or postgres://…"
            ))
        })?;
        let sqlite = tokio::task::spawn_blocking(move || Sqlite::open(&path))
            .await
            .map_err(|err| StorageError::Internal(format!("opening the database: {err}")))??;
        Ok(Self::Sqlite(sqlite))
    }
}

/// Calls the same method on whichever backend this is.
macro_rules! dispatch {
    ($self:ident, $backend:ident => $call:expr) => {
        match $self {
            Database::Sqlite($backend) => $call.await,
            Database::Postgres($backend) => $call.await,
        }
    };
}

impl Storage for Database {
    async fn ping(&self) -> Result<()> {
        dispatch!(self, b => b.ping())
    }
    fn observe(&self) {
        match self {
            Database::Sqlite(backend) => backend.observe(),
            Database::Postgres(backend) => backend.observe(),
        }
    }
    async fn workspace_for_key(&self, key_hash: [u8; 32]) -> Result<Option<Uuid>> {
        dispatch!(self, b => b.workspace_for_key(key_hash))
    }
    async fn create_chat(&self, workspace: Uuid, chat: NewChat) -> Result<Chat, CreateError> {
        dispatch!(self, b => b.create_chat(workspace, chat))
    }
    async fn get_chat(&self, workspace: Uuid, id: Uuid) -> Result<Option<Chat>> {
        dispatch!(self, b => b.get_chat(workspace, id))
    }
    async fn get_chat_details(&self, workspace: Uuid, read: DetailsRead) -> Result<DetailsLookup> {
        dispatch!(self, b => b.get_chat_details(workspace, read))
    }
    async fn list_chats(&self, workspace: Uuid, filter: ChatFilter) -> Result<Vec<Chat>> {
        dispatch!(self, b => b.list_chats(workspace, filter))
    }
    async fn list_chat_details(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
    ) -> Result<Vec<ChatDetails>> {
        dispatch!(self, b => b.list_chat_details(workspace, filter))
    }
    async fn update_chat(&self, workspace: Uuid, update: ChatUpdate) -> Result<Option<Chat>> {
        dispatch!(self, b => b.update_chat(workspace, update))
    }
    async fn remove_chat(&self, workspace: Uuid, id: Uuid) -> Result<bool> {
        dispatch!(self, b => b.remove_chat(workspace, id))
    }
    async fn create_workspace(&self, name: String) -> Result<Uuid> {
        dispatch!(self, b => b.create_workspace(name))
    }
    async fn workspace_exists(&self, workspace: Uuid) -> Result<bool> {
        dispatch!(self, b => b.workspace_exists(workspace))
    }
    async fn is_empty(&self) -> Result<bool> {
        dispatch!(self, b => b.is_empty())
    }
    async fn create_api_key(&self, workspace: Uuid, name: String, hash: [u8; 32]) -> Result<Uuid> {
        dispatch!(self, b => b.create_api_key(workspace, name, hash))
    }
    async fn list_api_keys(&self, workspace: Uuid) -> Result<Vec<ApiKeyInfo>> {
        dispatch!(self, b => b.list_api_keys(workspace))
    }
    async fn revoke_api_key(&self, key_id: Uuid) -> Result<bool> {
        dispatch!(self, b => b.revoke_api_key(key_id))
    }
    async fn import(
        &self,
        workspace: Uuid,
        directory: Directory,
    ) -> Result<ImportSummary, ImportError> {
        dispatch!(self, b => b.import(workspace, directory))
    }
    async fn bulk_insert_chats(&self, workspace: Uuid, batches: ChatBatches) -> Result<()> {
        dispatch!(self, b => b.bulk_insert_chats(workspace, batches))
    }
    async fn event_position(&self, workspace: Uuid) -> Result<EventPosition> {
        dispatch!(self, b => b.event_position(workspace))
    }
    async fn read_events(
        &self,
        workspace: Uuid,
        after: i64,
        until: i64,
        limit: i64,
    ) -> Result<Vec<StoredEvent>> {
        dispatch!(self, b => b.read_events(workspace, after, until, limit))
    }
    async fn prune_events(&self, cutoff: DateTime<Utc>) -> Result<u64> {
        dispatch!(self, b => b.prune_events(cutoff))
    }
    fn on_events(&self, hook: EventHook) {
        match self {
            Database::Sqlite(backend) => backend.on_events(hook),
            Database::Postgres(backend) => backend.on_events(hook),
        }
    }
}

/// Batches of chats for [`Storage::bulk_insert_chats`], on their way from whoever makes them
/// (the demo data set) to a backend.
pub type ChatBatches = tokio::sync::mpsc::Receiver<Vec<BulkChat>>;

/// A chat written in bulk, with what hangs off it. The chat's fields are stored as given
/// (ids, responder, times): the caller vouches for its references.
#[derive(Clone, Debug)]
pub struct BulkChat {
    pub chat: Chat,
    /// The type of `chat.channel_id`'s channel (kept on the chat for the type filter).
    pub channel_type: Option<ChannelType>,
    pub messages: Vec<BulkMessage>,
    pub ticket: Option<BulkTicket>,
}

/// A message of a [`BulkChat`].
#[derive(Clone, Debug)]
pub struct BulkMessage {
    pub id: Uuid,
    pub role: MessageRole,
    pub content: String,
    pub created_at: DateTime<Utc>,
}

/// The ticket of a [`BulkChat`].
#[derive(Clone, Debug)]
pub struct BulkTicket {
    pub id: Uuid,
    pub status: TicketStatus,
}

/// Now, at the precision the API keeps (microseconds), on both backends.
pub fn now() -> DateTime<Utc> {
    let at = Utc::now();
    DateTime::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at)
}

use crate::import::{BadReference, Directory};

/// Why the database could not answer. A driver's message stays in the log.
#[derive(Clone, Debug, thiserror::Error)]
pub enum StorageError {
    /// Busy, locked, read-only or unreachable: worth retrying later (503).
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// The disk (or the database's storage quota) is full: writes fail until there is room,
    /// reads go on. Answered as `Unavailable` (503), counted apart (operators page on it).
    #[error("the database's storage is full: {0}")]
    Full(String),
    /// A row lock not granted in time (PostgreSQL's `lock_timeout`, set only where a wait
    /// has a meaning of its own: an idempotency key another create holds). 503 elsewhere.
    #[error("a lock was not granted in time: {0}")]
    Contended(String),
    /// Anything else (500).
    #[error("database error: {0}")]
    Internal(String),
}

/// A storage result: a [`StorageError`] unless said otherwise.
pub type Result<T, E = StorageError> = std::result::Result<T, E>;

/// A chat to create, already validated against the schema.
#[derive(Clone, Debug)]
pub struct NewChat {
    pub channel_id: Option<Uuid>,
    pub owner_id: Uuid,
    pub title: Option<String>,
    /// The request's idempotency key, if it sent one: a repeat of the key answers the first
    /// create's chat (see `writes::create_chat`).
    pub idempotency: Option<IdempotencyKey>,
}

/// An `Idempotency-Key` and the hash of the request body it came with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdempotencyKey {
    pub key: String,
    /// SHA-256 of the body as the schema reads it, in hex: the same body sent again (with
    /// its properties in any order or spacing) has the same hash.
    pub request_hash: String,
}

/// How long a create's idempotency key answers its repeats.
pub const IDEMPOTENCY_RETENTION: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// A reference to nothing in the workspace (422).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct UnknownReference {
    /// The body field: `ownerId` or `channelId`.
    pub field: &'static str,
    pub message: &'static str,
}

/// Why a chat was not created.
#[derive(Clone, Debug, thiserror::Error)]
pub enum CreateError {
    #[error(transparent)]
    UnknownReference(#[from] UnknownReference),
    /// The idempotency key came with another body in the retention (422).
    #[error("the idempotency key was sent with another request body")]
    KeyReused,
    /// A create with the idempotency key is still being written (409).
    #[error("a request with this idempotency key is still being processed")]
    KeyInUse,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Why an import wrote nothing.
#[derive(Clone, Debug, thiserror::Error)]
pub enum ImportError {
    #[error("no workspace {0}")]
    NoWorkspace(Uuid),
    /// The file's first entry that refers to nothing.
    #[error(transparent)]
    BadReference(#[from] BadReference),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// A chat's details to read: which chat, and which version of its responder to describe
/// (`None`: the chat's current one).
#[derive(Clone, Copy, Debug)]
pub struct DetailsRead {
    pub id: Uuid,
    pub responder_version_id: Option<Uuid>,
}

/// A read whose query plan the guards check ([`Sqlite::explain`], [`Postgres::explain`]):
/// a page of a list, or a chat by id; of chats, or of their details.
#[derive(Clone, Debug)]
pub enum PlannedRead {
    List { filter: ChatFilter, details: bool },
    Point { id: Uuid, details: bool },
}

/// A partial update of the chat `id`: `None` keeps a field, `Some(None)` clears it,
/// `Some(Some(v))` sets it.
#[derive(Clone, Debug, Default)]
pub struct ChatUpdate {
    pub id: Uuid,
    pub title: Option<Option<String>>,
    pub last_chat_message_created_at: Option<Option<DateTime<Utc>>>,
}

/// The filters of both list operations; empty lists filter nothing.
#[derive(Clone, Debug, Default)]
pub struct ChatFilter {
    pub channel_ids: Vec<Uuid>,
    /// `None` when all five types are selected (chats without a channel are listed too).
    pub channel_types: Option<Vec<ChannelType>>,
    pub owner_ids: Vec<Uuid>,
    pub responder_ids: Vec<Uuid>,
    pub responder_version_ids: Vec<Uuid>,
    pub last_message_from: Option<DateTime<Utc>>,
    pub last_message_to: Option<DateTime<Utc>>,
    /// Trimmed, non-empty.
    pub search: Option<String>,
    pub page_number: u64,
    pub page_size: u64,
    /// A keyset page: only chats after this one in the list order (`createdAt`, then `id`,
    /// both descending), whose `created_at` and `id` these are.
    pub after: Option<(DateTime<Utc>, Uuid)>,
}

impl ChatFilter {
    /// The id filters with the chat column each one matches.
    pub(crate) fn id_filters(&self) -> [(&'static str, &[Uuid]); 4] {
        [
            ("c.channel_id", &self.channel_ids),
            ("c.owner_id", &self.owner_ids),
            ("c.responder_id", &self.responder_ids),
            ("c.current_responder_id", &self.responder_version_ids),
        ]
    }

    /// The number of rows before the page, or `None` when the page is past any possible row.
    pub fn offset(&self) -> Option<i64> {
        self.page_number
            .checked_sub(1)?
            .checked_mul(self.page_size)
            .and_then(|offset| i64::try_from(offset).ok())
    }

    /// The rows a list reads up to the end of the page (`offset + page_size`), saturating.
    pub(crate) fn rows_to_page_end(&self) -> i64 {
        self.offset()
            .and_then(|offset| offset.checked_add(i64::try_from(self.page_size).ok()?))
            .unwrap_or(i64::MAX)
    }

    /// With a last-message window, where each lag bucket's matches can have been created
    /// (see [`LAG_BUCKETS`]); `None` without a window.
    pub(crate) fn lag_ranges(&self) -> Option<Vec<LagRange>> {
        if self.last_message_from.is_none() && self.last_message_to.is_none() {
            return None;
        }
        let shift = |at: Option<DateTime<Utc>>, seconds: Option<i64>| {
            at?.checked_sub_signed(chrono::Duration::seconds(seconds?))
        };
        Some(
            LAG_BUCKETS
                .iter()
                .enumerate()
                .map(|(bucket, &(low, high))| LagRange {
                    bucket: bucket as i64,
                    // lag < high and L >= from: C = L - lag > from - high.
                    created_after: shift(self.last_message_from, high),
                    // lag >= low and L <= to: C = L - lag <= to - low.
                    created_at_most: shift(self.last_message_to, low),
                })
                .collect(),
        )
    }
}

/// The buckets of a chat's *lag*, the time from its creation to its last message
/// (`last_chat_message_created_at - created_at`), as `[low, high)` in seconds (`None`:
/// unbounded). Both schemas store each chat's bucket (`last_message_lag`, kept by the
/// database from the two columns, NULL without a last message; bucket 0 is a last message
/// before the chat's creation, which a PATCH may set) and index it in list order.
///
/// A last-message window `[from, to]` then bounds each bucket's creation times:
/// `from - high < createdAt <= to - low`. A page of a window is the union of one walk per
/// bucket down the list order, each starting at its bound and stopping at the page's end.
/// Chats answer messages soon after they are created, so nearly every entry a walk reads
/// is a match; the window's index would instead sort every match to find the first page
/// (19,000 of a million chats for a week, BENCHMARKS.md "Time range").
pub(crate) const LAG_BUCKETS: [(Option<i64>, Option<i64>); 7] = [
    (None, Some(0)),
    (Some(0), Some(HOUR)),
    (Some(HOUR), Some(DAY)),
    (Some(DAY), Some(7 * DAY)),
    (Some(7 * DAY), Some(30 * DAY)),
    (Some(30 * DAY), Some(365 * DAY)),
    (Some(365 * DAY), None),
];
const HOUR: i64 = 3_600;
const DAY: i64 = 24 * HOUR;

/// One lag bucket's share of a window: its number and the creation times its matches can
/// have (`created_after < createdAt <= created_at_most`; `None`: unbounded).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LagRange {
    pub bucket: i64,
    pub created_after: Option<DateTime<Utc>>,
    pub created_at_most: Option<DateTime<Utc>>,
}

/// What a details lookup found.
#[derive(Clone, Debug, PartialEq)]
pub enum DetailsLookup {
    Found(Box<ChatDetails>),
    NoChat,
    /// `responderVersionId` names no version of the chat's responder.
    UnknownVersion,
}

/// An API key as listed (never the key itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKeyInfo {
    pub id: Uuid,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub channels: usize,
    pub users: usize,
    pub external_users: usize,
    pub agents: usize,
    pub agent_versions: usize,
    pub squads: usize,
    pub messages: usize,
    pub tickets: usize,
}

/// The kind of a chat event, as named on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Created,
    Updated,
    Removed,
}

impl EventKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Created => "chat.created",
            Self::Updated => "chat.updated",
            Self::Removed => "chat.removed",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Self::Created, Self::Updated, Self::Removed]
            .into_iter()
            .find(|kind| kind.name() == name)
    }
}

/// A chat event as stored: its seq in the workspace, its kind, the chat as the change left it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    pub seq: i64,
    pub kind: EventKind,
    pub chat: Chat,
}

/// Where a workspace's chat events stand: the last seq issued, and the last one deleted
/// after its retention (both 0 before the first event).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EventPosition {
    pub last: i64,
    pub pruned_through: i64,
}

/// Called with a workspace whose new chat events may have committed.
pub type EventHook = std::sync::Arc<dyn Fn(Uuid) + Send + Sync>;

/// The hooks a backend calls with each workspace whose chat events committed
/// (`Storage::on_events`): every service over one storage hears of them.
#[derive(Default)]
pub(crate) struct EventHooks(std::sync::RwLock<Vec<EventHook>>);

impl EventHooks {
    /// Adds `hook`; whether it is the first.
    pub(crate) fn add(&self, hook: EventHook) -> bool {
        let mut hooks = self.0.write().unwrap_or_else(|e| e.into_inner());
        hooks.push(hook);
        hooks.len() == 1
    }

    /// Calls every hook with `workspace`.
    pub(crate) fn call(&self, workspace: Uuid) {
        for hook in self.0.read().unwrap_or_else(|e| e.into_inner()).iter() {
            hook(workspace);
        }
    }
}

/// How long chat events are kept (`GET /api/v1/chats/events` resumes within it).
pub const EVENT_RETENTION: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// Everything the service and the command line need of a database.
pub trait Storage: Send + Sync + 'static {
    /// Answers when the database does.
    fn ping(&self) -> impl Future<Output = Result<()>> + Send;

    /// Sets the gauges a metrics scrape reads at that moment (the pool's connections, the
    /// WAL's size); nothing by default.
    fn observe(&self) {}

    /// The workspace of a live (not revoked) key, by the key's hash.
    fn workspace_for_key(
        &self,
        key_hash: [u8; 32],
    ) -> impl Future<Output = Result<Option<Uuid>>> + Send;

    /// Creates a chat after checking its references (see `writes::create_chat`).
    fn create_chat(
        &self,
        workspace: Uuid,
        chat: NewChat,
    ) -> impl Future<Output = Result<Chat, CreateError>> + Send;

    /// A chat by id, removed or not.
    fn get_chat(
        &self,
        workspace: Uuid,
        id: Uuid,
    ) -> impl Future<Output = Result<Option<Chat>>> + Send;

    fn get_chat_details(
        &self,
        workspace: Uuid,
        read: DetailsRead,
    ) -> impl Future<Output = Result<DetailsLookup>> + Send;

    fn list_chats(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
    ) -> impl Future<Output = Result<Vec<Chat>>> + Send;

    fn list_chat_details(
        &self,
        workspace: Uuid,
        filter: ChatFilter,
    ) -> impl Future<Output = Result<Vec<ChatDetails>>> + Send;

    /// Applies an update to a live chat; `None` when there is no live chat with its id.
    fn update_chat(
        &self,
        workspace: Uuid,
        update: ChatUpdate,
    ) -> impl Future<Output = Result<Option<Chat>>> + Send;

    /// Marks a live chat removed; `false` when there is no live chat with this id.
    fn remove_chat(&self, workspace: Uuid, id: Uuid) -> impl Future<Output = Result<bool>> + Send;

    fn create_workspace(&self, name: String) -> impl Future<Output = Result<Uuid>> + Send;

    fn workspace_exists(&self, workspace: Uuid) -> impl Future<Output = Result<bool>> + Send;

    /// Whether the database holds no workspace yet.
    fn is_empty(&self) -> impl Future<Output = Result<bool>> + Send;

    /// Stores a key by its hash (`hash`: SHA-256 of the key, which is never stored).
    fn create_api_key(
        &self,
        workspace: Uuid,
        name: String,
        hash: [u8; 32],
    ) -> impl Future<Output = Result<Uuid>> + Send;

    fn list_api_keys(
        &self,
        workspace: Uuid,
    ) -> impl Future<Output = Result<Vec<ApiKeyInfo>>> + Send;

    /// Revokes a key with immediate effect; `false` when no live key has this id.
    fn revoke_api_key(&self, key_id: Uuid) -> impl Future<Output = Result<bool>> + Send;

    /// Writes a directory file in one transaction, after checking every reference it makes;
    /// all or nothing (see `writes::import`).
    fn import(
        &self,
        workspace: Uuid,
        directory: Directory,
    ) -> impl Future<Output = Result<ImportSummary, ImportError>> + Send;

    /// Inserts chats (with their messages and tickets) in bulk, batch by batch as `batches`
    /// yields them (the maker runs beside the writer), until the sender is dropped. A bulk
    /// load writes no chat events (nor does an import).
    fn bulk_insert_chats(
        &self,
        workspace: Uuid,
        batches: ChatBatches,
    ) -> impl Future<Output = Result<()>> + Send;

    /// Where a workspace's chat events stand.
    fn event_position(&self, workspace: Uuid)
    -> impl Future<Output = Result<EventPosition>> + Send;

    /// A workspace's chat events after `after`, up to `until`, at most `limit`, in order.
    fn read_events(
        &self,
        workspace: Uuid,
        after: i64,
        until: i64,
        limit: i64,
    ) -> impl Future<Output = Result<Vec<StoredEvent>>> + Send;

    /// Deletes the chat events written before `cutoff`; how many went.
    fn prune_events(&self, cutoff: DateTime<Utc>) -> impl Future<Output = Result<u64>> + Send;

    /// From now on, calls `hook` with each workspace whose new chat events may have
    /// committed: after this process's own changes, and on PostgreSQL after any replica's
    /// (`LISTEN chat_events`, reconnecting by itself, and calling `hook` for `Uuid::nil()`
    /// when it reconnects: events may have been missed). Every hook added is called.
    fn on_events(&self, hook: EventHook);
}
