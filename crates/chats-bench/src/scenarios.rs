//! The scenarios: what each one asks of the service, drawn at random from ids and values
//! sampled out of the data set through the API itself (with the generated client), so that
//! no scenario hammers one hot row.

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use anyhow::{Context, Result, bail};
use chats_client::types::Chat;
use chats_server::service::CHANNEL_TYPES;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use hyper::{Method, StatusCode};
use uuid::Uuid;

use crate::load::{Request, Rng, Source};

/// Which ceiling body a scenario is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One chat (or an empty 204).
    Chat,
    /// A page of chats.
    Page,
}

pub struct Scenario {
    pub name: String,
    pub shape: Shape,
    /// Also measured open loop, at half the highest rate of its closed-loop runs.
    pub paced: bool,
    pub expect: StatusCode,
    pub source: Source,
    /// Keep the answers' bodies (the ids POST created, for DELETE).
    pub keep_bodies: bool,
}

/// What the scenarios draw from: chats sampled across the whole data set.
#[derive(Clone, Debug, Default)]
pub struct Sample {
    pub chats: Vec<Chat>,
    pub channels: Vec<Uuid>,
    pub owners: Vec<Uuid>,
    pub responders: Vec<Uuid>,
    pub versions: Vec<Uuid>,
    /// Chats that have a channel, a version and a last message: all filters apply to them.
    pub complete: Vec<Chat>,
    /// Last tokens of sampled titles (`#12345`): each matches a handful of chats.
    pub rare_words: Vec<String>,
}

impl Sample {
    /// Reads `pages` pages of 100 chats spread evenly over the whole list of `total` chats.
    pub async fn take(client: &chats_client::Client, total: usize, pages: usize) -> Result<Self> {
        let last_page = (total / 100).max(1);
        let mut chats = Vec::new();
        for i in 0..pages {
            let page = 1 + (i * last_page) / pages.max(1);
            let answer = client
                .list_chats()
                .page_number(std::num::NonZeroU64::new(page as u64).context("page 0")?)
                .page_size(100)
                .send()
                .await
                .with_context(|| format!("sampling page {page}"))?;
            chats.extend(answer.into_inner());
        }
        if chats.is_empty() {
            bail!("the data set has no chats to sample");
        }
        let distinct = |values: &mut dyn Iterator<Item = Uuid>| {
            let mut values: Vec<Uuid> = values.collect();
            values.sort_unstable();
            values.dedup();
            values
        };
        let channels = distinct(&mut chats.iter().filter_map(|c| c.channel_id));
        let owners = distinct(&mut chats.iter().map(|c| c.owner_id));
        let responders = distinct(&mut chats.iter().map(|c| c.responder_id));
        let versions = distinct(&mut chats.iter().filter_map(|c| c.current_responder_id));
        let complete: Vec<Chat> = chats
            .iter()
            .filter(|c| {
                c.channel_id.is_some()
                    && c.current_responder_id.is_some()
                    && c.last_chat_message_created_at.is_some()
            })
            .cloned()
            .collect();
        let rare_words = chats
            .iter()
            .filter_map(|c| c.title.as_deref()?.rsplit(' ').next().map(str::to_owned))
            .filter(|word| word.len() >= 5)
            .collect::<Vec<_>>();
        if channels.is_empty() || complete.is_empty() || rare_words.is_empty() {
            bail!(
                "the sample of {} chats lacks channels, complete chats or titles",
                chats.len()
            );
        }
        Ok(Self {
            chats,
            channels,
            owners,
            responders,
            versions,
            complete,
            rare_words,
        })
    }
}

const CHATS: &str = "/api/v1/chats";
/// A word in about one title in twenty of the demo data set.
pub const COMMON_WORD: &str = "refund";

fn time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn read(
    name: &str,
    shape: Shape,
    source: impl Fn(&mut Rng) -> Request + Send + Sync + 'static,
) -> Scenario {
    Scenario {
        name: name.to_owned(),
        shape,
        paced: false,
        expect: StatusCode::OK,
        source: Arc::new(move |rng| Some(source(rng))),
        keep_bodies: false,
    }
}

/// Every scenario's name, reads then writes, in the order they run: what `--only` picks from.
pub fn names() -> Vec<String> {
    let sample = Arc::new(Sample::default());
    let created = Arc::new(Created::default());
    reads(&sample)
        .into_iter()
        .chain(writes(&sample, &created))
        .map(|scenario| scenario.name)
        .collect()
}

/// Every read scenario, in report order.
pub fn reads(sample: &Arc<Sample>) -> Vec<Scenario> {
    let s = sample.clone();
    let point = move |rng: &mut Rng| Request::get(format!("{CHATS}/{}", rng.pick(&s.chats).id));
    let s = sample.clone();
    let details =
        move |rng: &mut Rng| Request::get(format!("{CHATS}/{}/details", rng.pick(&s.chats).id));
    let filter = |name: &str, values: Vec<String>, param: &'static str| {
        let values = Arc::new(values);
        read(name, Shape::Page, move |rng| {
            Request::get(format!("{CHATS}?{param}={}", rng.pick(&values)))
        })
    };
    let ids = |values: &[Uuid]| values.iter().map(Uuid::to_string).collect::<Vec<_>>();
    let s = sample.clone();
    let window = move |rng: &mut Rng| {
        let chat = rng.pick(&s.complete);
        let at = chat.last_chat_message_created_at.unwrap_or(chat.created_at);
        Request::get(format!(
            "{CHATS}?lastChatMessageCreatedAtStart={}&lastChatMessageCreatedAtEnd={}",
            time(at - Duration::days(3)),
            time(at + Duration::days(4)),
        ))
    };
    let s = sample.clone();
    let combined = move |rng: &mut Rng| {
        let chat = rng.pick(&s.complete);
        let at = chat.last_chat_message_created_at.unwrap_or(chat.created_at);
        let channel = chat.channel_id.unwrap_or_default();
        let version = chat.current_responder_id.unwrap_or_default();
        Request::get(format!(
            "{CHATS}?channelIds={channel}&channelTypes={}&ownerIds={}&responderIds={}\
             &responderVersionIds={version}&lastChatMessageCreatedAtStart={}\
             &lastChatMessageCreatedAtEnd={}&search={}",
            rng.pick(&CHANNEL_TYPES),
            chat.owner_id,
            chat.responder_id,
            time(at - Duration::days(30)),
            time(at + Duration::days(30)),
            chat.title
                .as_deref()
                .and_then(|t| t.split(' ').next())
                .unwrap_or("e"),
        ))
    };
    let s = sample.clone();
    let rare = move |rng: &mut Rng| {
        Request::get(format!(
            "{CHATS}?search=%23{}",
            &rng.pick(&s.rare_words)[1..]
        ))
    };
    let none = |rng: &mut Rng| Request::get(format!("{CHATS}?search=zq{}xj", rng.below(1_000)));
    let s = sample.clone();
    let details_list = move |rng: &mut Rng| {
        Request::get(format!(
            "{CHATS}/details?channelIds={}",
            rng.pick(&s.channels)
        ))
    };
    // A keyset page after a chat sampled anywhere in the list (the sample spans it evenly),
    // as the `Link` of the page before it would name it.
    let s = sample.clone();
    let keyset = move |rng: &mut Rng| {
        let chat = rng.pick(&s.chats);
        let cursor = chats_server::pages::Cursor {
            created_at: chat.created_at,
            id: chat.id,
        };
        Request::get(format!("{CHATS}?pageSize=100&cursor={}", cursor.encode()))
    };
    vec![
        Scenario {
            paced: true,
            ..read("GET /chats/{id}", Shape::Chat, point)
        },
        read("GET /chats/{id}/details", Shape::Chat, details),
        read("GET /chats (first page)", Shape::Page, |_| {
            Request::get(CHATS)
        }),
        filter("GET /chats?channelIds", ids(&sample.channels), "channelIds"),
        filter(
            "GET /chats?channelTypes",
            CHANNEL_TYPES.iter().map(ToString::to_string).collect(),
            "channelTypes",
        ),
        filter("GET /chats?ownerIds", ids(&sample.owners), "ownerIds"),
        filter(
            "GET /chats?responderIds",
            ids(&sample.responders),
            "responderIds",
        ),
        filter(
            "GET /chats?responderVersionIds",
            ids(&sample.versions),
            "responderVersionIds",
        ),
        read(
            "GET /chats?lastChatMessageCreatedAt… (1 week)",
            Shape::Page,
            window,
        ),
        read("GET /chats, all filters combined", Shape::Page, combined),
        read(
            &format!("GET /chats?search={COMMON_WORD} (common)"),
            Shape::Page,
            |_| Request::get(format!("{CHATS}?search={COMMON_WORD}")),
        ),
        read("GET /chats?search=#NNNNN (rare)", Shape::Page, rare),
        read("GET /chats?search (no match)", Shape::Page, none),
        read("GET /chats/details?channelIds", Shape::Page, details_list),
        read(
            "GET /chats?pageNumber=1000&pageSize=100",
            Shape::Page,
            |_| Request::get(format!("{CHATS}?pageNumber=1000&pageSize=100")),
        ),
        read(
            "GET /chats?cursor=…&pageSize=100 (anywhere)",
            Shape::Page,
            keyset,
        ),
    ]
}

/// Ids that POST created, handed out once each to DELETE, in rations: each connection count
/// gets its share of what is left, so that the first does not use them all.
#[derive(Default)]
pub struct Created {
    ids: std::sync::Mutex<Vec<Uuid>>,
    next: AtomicUsize,
    limit: AtomicUsize,
}

impl Created {
    pub fn add(&self, bodies: &[bytes::Bytes]) -> Result<()> {
        let mut ids = self.ids.lock().expect("created ids");
        for body in bodies {
            let chat: Chat = serde_json::from_slice(body).context("a created chat")?;
            ids.push(chat.id);
        }
        Ok(())
    }

    pub fn all(&self) -> Vec<Uuid> {
        self.ids.lock().expect("created ids").clone()
    }

    /// Allows the next run `1 / runs_left` of the ids not yet taken.
    pub fn ration(&self, runs_left: usize) {
        let len = self.ids.lock().expect("created ids").len();
        let next = self.next.load(Ordering::Relaxed).min(len);
        self.limit
            .store(next + (len - next) / runs_left.max(1), Ordering::Relaxed);
    }

    fn take(&self) -> Option<Uuid> {
        let index = self.next.fetch_add(1, Ordering::Relaxed);
        if index >= self.limit.load(Ordering::Relaxed) {
            return None;
        }
        self.ids.lock().expect("created ids").get(index).copied()
    }
}

/// The write scenarios and the mixed workload, in report order.
pub fn writes(sample: &Arc<Sample>, created: &Arc<Created>) -> Vec<Scenario> {
    let s = sample.clone();
    let create = move |rng: &mut Rng| {
        let body = serde_json::json!({
            "channelId": rng.pick(&s.channels),
            "ownerId": rng.pick(&s.owners),
            "title": format!("Bench {} #{}", COMMON_WORD, rng.below(100_000)),
        });
        Some(Request::with_json(Method::POST, CHATS, body.to_string()))
    };
    let s = sample.clone();
    let patch = move |rng: &mut Rng| {
        let id = rng.pick(&s.chats).id;
        let body = serde_json::json!({ "title": format!("Renamed #{}", rng.below(100_000)) });
        Request::with_json(Method::PATCH, format!("{CHATS}/{id}"), body.to_string())
    };
    let c = created.clone();
    let delete = move |_: &mut Rng| {
        let id = c.take()?;
        Some(Request {
            method: Method::DELETE,
            target: format!("{CHATS}/{id}"),
            body: None,
        })
    };
    let s = sample.clone();
    let patch_for_mix = patch.clone();
    let mixed = move |rng: &mut Rng| {
        let roll = rng.below(100);
        Some(if roll < 10 {
            patch_for_mix(rng)
        } else if roll < 60 {
            Request::get(format!("{CHATS}/{}", rng.pick(&s.chats).id))
        } else if roll < 80 {
            Request::get(format!("{CHATS}/{}/details", rng.pick(&s.chats).id))
        } else if roll < 90 {
            Request::get(CHATS)
        } else {
            Request::get(format!("{CHATS}?ownerIds={}", rng.pick(&s.owners)))
        })
    };
    let write = |name: &str, expect: StatusCode, source: Source, keep_bodies: bool| Scenario {
        name: name.to_owned(),
        shape: Shape::Chat,
        paced: false,
        expect,
        source,
        keep_bodies,
    };
    vec![
        write("POST /chats", StatusCode::OK, Arc::new(create), true),
        write(
            "PATCH /chats/{id}",
            StatusCode::OK,
            Arc::new(move |rng| Some(patch(rng))),
            false,
        ),
        write(
            "DELETE /chats/{id} (ids POST created)",
            StatusCode::OK,
            Arc::new(delete),
            false,
        ),
        write(
            "mixed: 90% reads, 10% PATCH",
            StatusCode::OK,
            Arc::new(mixed),
            false,
        ),
    ]
}
