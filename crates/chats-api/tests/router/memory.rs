//! The in-memory implementation of the trait the router runs over: chats in a vector, and a
//! record of what reached it.

use std::sync::{
    Mutex,
    atomic::{AtomicBool, AtomicUsize, Ordering},
};

use chats_api::{
    AuthError, ChatsApi, Credential, ProblemKind, Rejection, create_chat, get_chat,
    get_chat_details, list_chat_details, list_chats, remove_chat, sse, types, update_chat,
    watch_chats,
};
use uuid::Uuid;

/// The one key the implementation accepts (as is or as a bearer token).
pub(crate) const KEY: &str = "test-key-7f3a";
/// The workspace the key authenticates as.
pub(crate) const WORKSPACE: Uuid = Uuid::from_u128(0x1c2d3e4f_5a6b_4c7d_8e9f_0a1b2c3d4e5f);
const RESPONDER: Uuid = Uuid::from_u128(0x9a8b7c6d_5e4f_4a3b_8c2d_1e0f9a8b7c6d);

/// Chats in a vector; records what reached it.
#[derive(Default)]
pub(crate) struct Memory {
    chats: Mutex<Vec<types::Chat>>,
    /// How many calls reached a trait method.
    pub(crate) calls: AtomicUsize,
    /// The last `listChats` request that reached the implementation.
    pub(crate) last_list: Mutex<Option<list_chats::Request>>,
    /// Answer a missing chat with a problem whose `status` breaks the schema (42).
    pub(crate) drift: AtomicBool,
}

/// The problem the router itself would answer for `kind`.
pub(crate) fn problem(kind: ProblemKind, detail: &str) -> types::Problem {
    types::Problem::from(&Rejection::new(kind, detail))
}

impl Memory {
    fn find(&self, id: Uuid) -> Option<types::Chat> {
        self.chats
            .lock()
            .unwrap()
            .iter()
            .find(|chat| chat.id == id)
            .cloned()
    }

    fn details(chat: &types::Chat) -> types::ChatDetails {
        types::ChatDetails {
            channel_id: chat.channel_id,
            channel_name: None,
            channel_type: None,
            created_at: chat.created_at,
            id: chat.id,
            is_owner_blocked: None,
            is_removed: chat.is_removed,
            last_message_content: None,
            last_message_created_at: chat.last_chat_message_created_at,
            last_message_role: None,
            owner_email: Some("ana@example.com".into()),
            owner_id: chat.owner_id,
            owner_identifier: None,
            owner_name: Some("Ana".into()),
            penultimate_message_content: None,
            penultimate_message_created_at: None,
            penultimate_message_role: None,
            responder_entity: types::ResponderEntity::Squad,
            responder_id: chat.responder_id,
            responder_name: "Tier 2".into(),
            responder_picture: None,
            responder_version_id: None,
            responder_version_number: None,
            ticket_id: None,
            ticket_status: Some(types::TicketStatus::Open),
            title: chat.title.clone(),
            workspace_id: chat.workspace_id,
        }
    }
}

impl ChatsApi for Memory {
    type Context = Uuid;

    async fn authenticate(&self, credential: Credential) -> Result<Uuid, AuthError> {
        let Credential::ApiKey(api_key) = credential;
        let key = api_key.strip_prefix("Bearer ").unwrap_or(&api_key);
        if key == KEY {
            Ok(WORKSPACE)
        } else {
            Err(AuthError::Rejected)
        }
    }

    async fn get_chat_details(
        &self,
        _workspace: Uuid,
        request: get_chat_details::Request,
    ) -> get_chat_details::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        match self.find(request.id) {
            Some(chat) => get_chat_details::Response::Ok(Self::details(&chat)),
            None => get_chat_details::Response::NotFound(problem(ProblemKind::NotFound, "no chat")),
        }
    }

    async fn list_chat_details(
        &self,
        _workspace: Uuid,
        _request: list_chat_details::Request,
    ) -> list_chat_details::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let chats = self.chats.lock().unwrap();
        list_chat_details::Response::Ok(
            chats.iter().map(Self::details).collect(),
            Default::default(),
        )
    }

    async fn list_chats(
        &self,
        _workspace: Uuid,
        request: list_chats::Request,
    ) -> list_chats::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        *self.last_list.lock().unwrap() = Some(request);
        list_chats::Response::Ok(self.chats.lock().unwrap().clone(), Default::default())
    }

    async fn create_chat(
        &self,
        workspace: Uuid,
        request: create_chat::Request,
    ) -> create_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let now = chrono::Utc::now();
        let chat = types::Chat {
            channel_id: request.body.channel_id,
            created_at: now,
            current_responder_id: None,
            id: Uuid::new_v4(),
            is_removed: false,
            last_chat_message_created_at: None,
            owner_id: request.body.owner_id,
            responder_id: RESPONDER,
            title: request.body.title,
            updated_at: now,
            workspace_id: workspace,
        };
        self.chats.lock().unwrap().push(chat.clone());
        create_chat::Response::Ok(chat)
    }

    async fn get_chat(&self, _workspace: Uuid, request: get_chat::Request) -> get_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        match self.find(request.id) {
            Some(chat) => get_chat::Response::Ok(chat),
            None if self.drift.load(Ordering::SeqCst) => {
                let mut drifted = problem(ProblemKind::NotFound, "no chat");
                drifted.status = 42;
                get_chat::Response::NotFound(drifted)
            }
            None => get_chat::Response::NotFound(problem(ProblemKind::NotFound, "no chat")),
        }
    }

    /// The chats there are, each as a `chat.created` event numbered from 1, then the end.
    async fn watch_chats(
        &self,
        _workspace: Uuid,
        _request: watch_chats::Request,
    ) -> watch_chats::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let chats = self.chats.lock().unwrap().clone();
        let events: Vec<_> = chats
            .into_iter()
            .enumerate()
            .map(|(index, chat)| {
                sse::Event::new(chat)
                    .id((index + 1).to_string())
                    .event("chat.created")
            })
            .collect();
        watch_chats::Response::Ok(sse::EventStream::iter(events))
    }

    async fn remove_chat(
        &self,
        _workspace: Uuid,
        request: remove_chat::Request,
    ) -> remove_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let mut chats = self.chats.lock().unwrap();
        match chats
            .iter_mut()
            .find(|chat| chat.id == request.id && !chat.is_removed)
        {
            Some(chat) => {
                chat.is_removed = true;
                remove_chat::Response::Ok(types::MessageResponse {
                    message: "The chat was removed.".into(),
                })
            }
            None => remove_chat::Response::NotFound(problem(ProblemKind::NotFound, "no chat")),
        }
    }

    async fn update_chat(
        &self,
        _workspace: Uuid,
        request: update_chat::Request,
    ) -> update_chat::Response {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let mut chats = self.chats.lock().unwrap();
        let Some(chat) = chats.iter_mut().find(|chat| chat.id == request.id) else {
            return update_chat::Response::NotFound(problem(ProblemKind::NotFound, "no chat"));
        };
        if let Some(title) = request.body.title.into_update() {
            chat.title = title;
        }
        if let Some(at) = request.body.last_chat_message_created_at.into_update() {
            chat.last_chat_message_created_at = at;
        }
        chat.updated_at = chrono::Utc::now();
        update_chat::Response::Ok(chat.clone())
    }
}
