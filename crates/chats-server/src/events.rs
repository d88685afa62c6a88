//! Live chat events (`GET /api/v1/chats/events`): the hub of one process.
//!
//! Changes write their events in their own transactions (`storage::writes::events`); the
//! storage tells the hub which workspace has new ones (`Storage::on_events`: after this
//! process's commits, and on PostgreSQL after any replica's, by NOTIFY). For each workspace
//! someone follows, one fetch at a time reads what is new from the table, once, and hands
//! each event to every matching subscriber's bounded buffer: a slow subscriber never slows a
//! writer (writers only notify) or another subscriber (a full buffer drops that subscriber,
//! whose stream then ends after what it holds, and whose client resumes from its last id).
//!
//! A subscriber that resumes (`Last-Event-ID`) reads its backlog from the table first, up to
//! the position the hub had reached when it joined, then takes the live events after it: no
//! event is sent twice or skipped. The hub also reads every followed workspace every
//! [`REFRESH`] in case a notification was lost, and deletes events past their retention every
//! [`PRUNE_EVERY`].

use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex, Weak},
    time::Duration,
};

use chats_api::sse::{Event, EventStream};
use chats_api::types::Chat;
use futures_util::stream;
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::{
    storage::{EVENT_RETENTION, EventHook, Storage, StorageError, StoredEvent, now},
    telemetry::{EVENTS_SENT, OVERFLOWS, RESUMES, STREAMS_OPEN},
};

/// Unread events a subscriber may have before it is dropped.
pub const BUFFER: usize = 256;
/// Open streams per API key.
pub const MAX_PER_KEY: usize = 16;
/// Open streams per process.
pub const MAX_TOTAL: usize = 1_000;
/// The seconds a refused stream is asked to wait.
pub const RETRY_AFTER_SECONDS: i64 = 5;
/// How often every followed workspace is read again, in case a notification was lost.
pub const REFRESH: Duration = Duration::from_secs(5);
/// How often events past their retention are deleted.
pub const PRUNE_EVERY: Duration = Duration::from_secs(600);
/// Events read from the table at once.
const PAGE: i64 = 500;

/// Set when the process shuts down: every stream ends (its client resumes on another
/// replica), so that graceful shutdown does not wait for streams that never end.
static CLOSING: std::sync::LazyLock<tokio::sync::watch::Sender<bool>> =
    std::sync::LazyLock::new(|| tokio::sync::watch::Sender::new(false));

/// Ends every event stream of the process (at shutdown: `http::serve` calls it).
pub fn close_streams() {
    CLOSING.send_replace(true);
}

/// The limits of a hub.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub buffer: usize,
    pub per_key: usize,
    pub total: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            buffer: BUFFER,
            per_key: MAX_PER_KEY,
            total: MAX_TOTAL,
        }
    }
}

/// Which chats a subscriber follows: those on one of `channel_ids` (any when empty) owned by
/// one of `owner_ids` (any when empty), as the change left them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub channel_ids: Vec<Uuid>,
    pub owner_ids: Vec<Uuid>,
}

impl Filter {
    fn matches(&self, chat: &Chat) -> bool {
        (self.channel_ids.is_empty()
            || chat
                .channel_id
                .is_some_and(|channel| self.channel_ids.contains(&channel)))
            && (self.owner_ids.is_empty() || self.owner_ids.contains(&chat.owner_id))
    }
}

/// Why a stream was not opened.
#[derive(Debug)]
pub enum Refused {
    /// The key's or the process's streams are at their limit.
    TooMany {
        per_key: bool,
    },
    /// `Last-Event-ID` is past the retention, or not one the workspace issued.
    Gone,
    Storage(StorageError),
}

impl From<StorageError> for Refused {
    fn from(err: StorageError) -> Self {
        Self::Storage(err)
    }
}

/// The hub of one process.
pub struct Hub<S> {
    storage: Arc<S>,
    limits: Limits,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    workspaces: HashMap<Uuid, Workspace>,
    per_key: HashMap<[u8; 32], usize>,
    total: usize,
    next_id: u64,
}

struct Workspace {
    /// The last seq handed to the subscribers.
    last_seen: i64,
    subscribers: Vec<Subscriber>,
    /// New events may have committed since the last read.
    dirty: bool,
    /// A fetch task runs (or is about to).
    fetching: bool,
}

struct Subscriber {
    id: u64,
    filter: Filter,
    sender: mpsc::Sender<Arc<StoredEvent>>,
}

impl<S: Storage> Hub<S> {
    /// A hub over `storage`, told of new events by it; with a tokio runtime at hand, its
    /// refresh and pruning run in the background for as long as the hub lives.
    pub fn new(storage: Arc<S>, limits: Limits) -> Arc<Self> {
        let hub = Arc::new(Self {
            storage,
            limits,
            state: Mutex::default(),
        });
        let weak = Arc::downgrade(&hub);
        let hook: EventHook = Arc::new(move |workspace| {
            if let Some(hub) = weak.upgrade() {
                hub.notify(workspace);
            }
        });
        hub.storage.on_events(hook);
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(upkeep(Arc::downgrade(&hub)));
        }
        hub
    }

    /// New events of `workspace` may have committed (`Uuid::nil()`: of any workspace).
    pub fn notify(self: &Arc<Self>, workspace: Uuid) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let targets: Vec<Uuid> = if workspace.is_nil() {
            state.workspaces.keys().copied().collect()
        } else {
            vec![workspace]
        };
        for target in targets {
            let Some(followed) = state.workspaces.get_mut(&target) else {
                continue;
            };
            followed.dirty = true;
            if !followed.fetching {
                followed.fetching = true;
                tokio::spawn(Arc::clone(self).fetch(target));
            }
        }
    }

    /// Reads the workspace's new events and hands them out, until nothing is new.
    async fn fetch(self: Arc<Self>, workspace: Uuid) {
        loop {
            let after = {
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let Some(followed) = state.workspaces.get_mut(&workspace) else {
                    return;
                };
                if !followed.dirty {
                    followed.fetching = false;
                    if followed.subscribers.is_empty() {
                        state.workspaces.remove(&workspace);
                    }
                    return;
                }
                followed.dirty = false;
                followed.last_seen
            };
            let mut after = after;
            loop {
                let page = match self
                    .storage
                    .read_events(workspace, after, i64::MAX, PAGE)
                    .await
                {
                    Ok(page) => page,
                    Err(err) => {
                        // The refresh reads the workspace again in a few seconds.
                        tracing::warn!(%workspace, error = %err, "reading chat events failed");
                        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                        if let Some(followed) = state.workspaces.get_mut(&workspace) {
                            followed.fetching = false;
                        }
                        return;
                    }
                };
                let full = page.len() as i64 == PAGE;
                if let Some(last) = page.last() {
                    after = last.seq;
                }
                self.dispatch(workspace, page);
                if !full {
                    break;
                }
            }
        }
    }

    /// Hands each event after the workspace's last seen one to every matching subscriber;
    /// one whose buffer is full is dropped (its stream ends after what it holds).
    fn dispatch(&self, workspace: Uuid, events: Vec<StoredEvent>) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let Some(followed) = state.workspaces.get_mut(&workspace) else {
            return;
        };
        for event in events {
            if event.seq <= followed.last_seen {
                continue;
            }
            followed.last_seen = event.seq;
            let event = Arc::new(event);
            followed.subscribers.retain(|subscriber| {
                if !subscriber.filter.matches(&event.chat) {
                    return true;
                }
                match subscriber.sender.try_send(Arc::clone(&event)) {
                    Ok(()) => true,
                    Err(mpsc::error::TrySendError::Full(_)) => {
                        metrics::counter!(OVERFLOWS).increment(1);
                        tracing::info!(%workspace, "an event stream fell behind: dropped");
                        false
                    }
                    Err(mpsc::error::TrySendError::Closed(_)) => false,
                }
            });
        }
    }

    /// Opens a stream of the workspace's events for the key `key`: those after `last` when
    /// given (from the table, then live), else those committed from now on.
    pub async fn subscribe(
        self: &Arc<Self>,
        workspace: Uuid,
        key: [u8; 32],
        filter: Filter,
        last: Option<i64>,
    ) -> Result<EventStream<Chat>, Refused> {
        self.admit(key)?;
        // From here on the slot is the guard's: dropping it (a refusal below, or the client
        // going away) gives it back.
        let mut guard = Guard {
            hub: Arc::downgrade(self),
            workspace,
            key,
            id: None,
        };
        let position = self.storage.event_position(workspace).await?;
        if let Some(last) = last
            && (last < position.pruned_through || last > position.last)
        {
            return Err(Refused::Gone);
        }
        let (sender, receiver) = mpsc::channel(self.limits.buffer);
        let (joined_at, fresh) = {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            let id = state.next_id;
            state.next_id += 1;
            guard.id = Some(id);
            let fresh = !state.workspaces.contains_key(&workspace);
            let followed = state.workspaces.entry(workspace).or_insert(Workspace {
                last_seen: position.last,
                subscribers: Vec::new(),
                dirty: false,
                fetching: false,
            });
            followed.subscribers.push(Subscriber {
                id,
                filter: filter.clone(),
                sender,
            });
            (followed.last_seen, fresh)
        };
        if fresh {
            // Events committed between reading the position and following the workspace.
            self.notify(workspace);
        }
        if last.is_some() {
            metrics::counter!(RESUMES).increment(1);
        }
        metrics::gauge!(STREAMS_OPEN).increment(1.0);
        let backlog = last.map(|last| (last, joined_at));
        Ok(events(
            Arc::clone(&self.storage),
            workspace,
            filter,
            backlog,
            last.unwrap_or(joined_at),
            receiver,
            guard,
        ))
    }

    /// Takes a stream slot for `key`, or refuses.
    fn admit(&self, key: [u8; 32]) -> Result<(), Refused> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.total >= self.limits.total {
            return Err(Refused::TooMany { per_key: false });
        }
        let count = state.per_key.entry(key).or_default();
        if *count >= self.limits.per_key {
            return Err(Refused::TooMany { per_key: true });
        }
        *count += 1;
        state.total += 1;
        Ok(())
    }

    /// How many streams are open.
    pub fn open_streams(&self) -> usize {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).total
    }
}

/// A stream's slot and subscription, given back when the stream is dropped.
struct Guard<S> {
    hub: Weak<Hub<S>>,
    workspace: Uuid,
    key: [u8; 32],
    /// Set once subscribed.
    id: Option<u64>,
}

impl<S> Drop for Guard<S> {
    fn drop(&mut self) {
        let Some(hub) = self.hub.upgrade() else {
            return;
        };
        let mut state = hub.state.lock().unwrap_or_else(|e| e.into_inner());
        state.total = state.total.saturating_sub(1);
        if let Some(count) = state.per_key.get_mut(&self.key) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                state.per_key.remove(&self.key);
            }
        }
        if let Some(id) = self.id {
            metrics::gauge!(STREAMS_OPEN).decrement(1.0);
            if let Some(followed) = state.workspaces.get_mut(&self.workspace) {
                followed
                    .subscribers
                    .retain(|subscriber| subscriber.id != id);
                if followed.subscribers.is_empty() && !followed.fetching {
                    state.workspaces.remove(&self.workspace);
                }
            }
        }
    }
}

/// The stream a subscriber reads: the backlog `(after, until]` from the table, then what the
/// hub hands it, each event once: one at or before `seen` (the client's last id may be
/// ahead of this process's hub, having read another replica) is not sent again.
fn events<S: Storage>(
    storage: Arc<S>,
    workspace: Uuid,
    filter: Filter,
    backlog: Option<(i64, i64)>,
    seen: i64,
    receiver: mpsc::Receiver<Arc<StoredEvent>>,
    guard: Guard<S>,
) -> EventStream<Chat> {
    struct Reading<S> {
        storage: Arc<S>,
        workspace: Uuid,
        filter: Filter,
        backlog: Option<(i64, i64)>,
        seen: i64,
        ready: VecDeque<StoredEvent>,
        receiver: mpsc::Receiver<Arc<StoredEvent>>,
        closing: tokio::sync::watch::Receiver<bool>,
        _guard: Guard<S>,
    }
    let reading = Reading {
        storage,
        workspace,
        filter,
        backlog,
        seen,
        ready: VecDeque::new(),
        receiver,
        closing: CLOSING.subscribe(),
        _guard: guard,
    };
    EventStream::new(stream::unfold(reading, |mut reading| async move {
        loop {
            if *reading.closing.borrow() {
                return None;
            }
            if let Some(event) = reading.ready.pop_front() {
                reading.seen = reading.seen.max(event.seq);
                return Some((framed(&event), reading));
            }
            if let Some((after, until)) = reading.backlog {
                if after >= until {
                    reading.backlog = None;
                    continue;
                }
                match reading
                    .storage
                    .read_events(reading.workspace, after, until, PAGE)
                    .await
                {
                    Ok(page) => {
                        reading.backlog = page.last().map(|last| (last.seq, until));
                        let filter = &reading.filter;
                        reading
                            .ready
                            .extend(page.into_iter().filter(|event| filter.matches(&event.chat)));
                    }
                    Err(err) => {
                        // The client resumes from its last id.
                        tracing::warn!(workspace = %reading.workspace, error = %err, "reading an event backlog failed");
                        return None;
                    }
                }
                continue;
            }
            let event = tokio::select! {
                event = reading.receiver.recv() => event?,
                _ = reading.closing.wait_for(|closing| *closing) => return None,
            };
            if event.seq <= reading.seen {
                continue;
            }
            reading.seen = event.seq;
            return Some((framed(&event), reading));
        }
    }))
}

fn framed(event: &StoredEvent) -> Event<Chat> {
    metrics::counter!(EVENTS_SENT).increment(1);
    Event::new(event.chat.clone())
        .id(event.seq.to_string())
        .event(event.kind.name())
}

/// The hub's background work while it lives: every followed workspace read again every
/// [`REFRESH`], events past their retention deleted every [`PRUNE_EVERY`].
async fn upkeep<S: Storage>(hub: Weak<Hub<S>>) {
    let mut refresh = tokio::time::interval(REFRESH);
    let mut prune = tokio::time::interval(PRUNE_EVERY);
    loop {
        tokio::select! {
            _ = refresh.tick() => {
                let Some(hub) = hub.upgrade() else { return };
                hub.notify(Uuid::nil());
            }
            _ = prune.tick() => {
                let Some(hub) = hub.upgrade() else { return };
                match hub.storage.prune_events(now() - EVENT_RETENTION).await {
                    Ok(0) => {}
                    Ok(pruned) => tracing::info!(pruned, "chat events past their retention deleted"),
                    Err(err) => tracing::warn!(error = %err, "deleting old chat events failed"),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use futures_util::StreamExt as _;

    use super::*;
    use crate::storage::{EventKind, Sqlite};

    fn event(seq: i64, workspace: Uuid, channel: Option<Uuid>) -> StoredEvent {
        let at = now();
        StoredEvent {
            seq,
            kind: EventKind::Created,
            chat: Chat {
                id: Uuid::from_u128(seq as u128),
                channel_id: channel,
                current_responder_id: None,
                last_chat_message_created_at: None,
                owner_id: Uuid::from_u128(7),
                responder_id: Uuid::from_u128(8),
                title: None,
                is_removed: false,
                created_at: at,
                updated_at: at,
                workspace_id: workspace,
            },
        }
    }

    async fn hub(limits: Limits) -> (Arc<Hub<Sqlite>>, Uuid, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let storage = Arc::new(Sqlite::open(&dir.path().join("chats.db")).unwrap());
        let workspace = storage.create_workspace("w".into()).await.unwrap();
        (Hub::new(storage, limits), workspace, dir)
    }

    /// A reader that stops reading is dropped when its buffer is full: the others get every
    /// event, it gets what its buffer held, then the end (its client resumes from there).
    #[tokio::test]
    async fn a_frozen_reader_is_dropped_without_delaying_the_others() {
        let limits = Limits {
            buffer: 4,
            ..Limits::default()
        };
        let (hub, workspace, _dir) = hub(limits).await;
        let subscribe = || hub.subscribe(workspace, [1; 32], Filter::default(), None);
        let (mut frozen, mut reading) = (subscribe().await.unwrap(), subscribe().await.unwrap());
        let mut read = Vec::new();
        for seq in 1..=10 {
            hub.dispatch(workspace, vec![event(seq, workspace, None)]);
            read.push(reading.next().await.unwrap().id.unwrap());
        }
        assert_eq!(
            read,
            (1..=10).map(|seq| seq.to_string()).collect::<Vec<_>>()
        );
        let mut held = Vec::new();
        while let Some(event) = frozen.next().await {
            held.push(event.id.unwrap());
        }
        assert_eq!(held, ["1", "2", "3", "4"], "its buffer, then the end");
    }

    /// Filters apply per subscriber; the limits count per key and in total, and a dropped
    /// stream gives its slot back.
    #[tokio::test]
    async fn filters_apply_and_slots_are_counted_per_key_and_in_total() {
        let limits = Limits {
            buffer: 16,
            per_key: 2,
            total: 3,
        };
        let (hub, workspace, _dir) = hub(limits).await;
        let channel = Uuid::from_u128(42);
        let filter = Filter {
            channel_ids: vec![channel],
            owner_ids: Vec::new(),
        };
        let mut filtered = hub
            .subscribe(workspace, [1; 32], filter, None)
            .await
            .unwrap();
        let second = hub
            .subscribe(workspace, [1; 32], Filter::default(), None)
            .await
            .unwrap();
        assert!(matches!(
            hub.subscribe(workspace, [1; 32], Filter::default(), None)
                .await,
            Err(Refused::TooMany { per_key: true })
        ));
        let third = hub
            .subscribe(workspace, [2; 32], Filter::default(), None)
            .await
            .unwrap();
        assert!(matches!(
            hub.subscribe(workspace, [3; 32], Filter::default(), None)
                .await,
            Err(Refused::TooMany { per_key: false })
        ));
        assert_eq!(hub.open_streams(), 3);
        drop((second, third));
        assert_eq!(hub.open_streams(), 1);
        hub.dispatch(
            workspace,
            vec![
                event(1, workspace, None),
                event(2, workspace, Some(channel)),
            ],
        );
        assert_eq!(filtered.next().await.unwrap().id.as_deref(), Some("2"));
    }
}
