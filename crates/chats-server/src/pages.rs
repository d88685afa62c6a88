//! Keyset pages of the list operations: the opaque `cursor` (the list-order key of a page's
//! last chat) and the `Link: <…>; rel="next"` header that carries it, with the request's
//! filters, to the next page.
//!
//! A cursor is `01` (its version) then the chat's `createdAt` in microseconds since the epoch
//! (16 hex digits, two's complement) and its id (32 hex digits): 50 lower-case hex digits. It
//! names a position in the list order, not a chat: the chat may be removed meanwhile, and the
//! next page still starts right after it.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::storage::ChatFilter;

const VERSION: &str = "01";

/// A page's last chat, as the next page's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub created_at: DateTime<Utc>,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!(
            "{VERSION}{:016x}{}",
            self.created_at.timestamp_micros(),
            self.id.simple()
        )
    }

    /// The cursor `text` encodes, or `None` when it is not one this API issues.
    pub fn parse(text: &str) -> Option<Self> {
        let rest = text.strip_prefix(VERSION)?;
        if rest.len() != 48 || !rest.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        let micros = u64::from_str_radix(&rest[..16], 16).ok()? as i64;
        Some(Self {
            created_at: DateTime::from_timestamp_micros(micros)?,
            id: Uuid::try_parse(&rest[16..]).ok()?,
        })
    }
}

/// The `Link` header of a page of `path` read with `filter`: the next page's URL (the
/// filter's values, its page size and the cursor after `last`) as `rel="next"`.
pub fn next_link(path: &str, filter: &ChatFilter, last: Cursor) -> String {
    let mut query = Vec::new();
    let mut ids = |name: &str, ids: &[Uuid]| {
        query.extend(ids.iter().map(|id| (name.to_owned(), id.to_string())));
    };
    ids("channelIds", &filter.channel_ids);
    ids("ownerIds", &filter.owner_ids);
    ids("responderIds", &filter.responder_ids);
    ids("responderVersionIds", &filter.responder_version_ids);
    for channel_type in filter.channel_types.iter().flatten() {
        query.push(("channelTypes".to_owned(), channel_type.to_string()));
    }
    let instant = |at: DateTime<Utc>| at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
    if let Some(start) = filter.last_message_from {
        query.push(("lastChatMessageCreatedAtStart".to_owned(), instant(start)));
    }
    if let Some(end) = filter.last_message_to {
        query.push(("lastChatMessageCreatedAtEnd".to_owned(), instant(end)));
    }
    if let Some(search) = &filter.search {
        query.push(("search".to_owned(), search.clone()));
    }
    query.push(("pageSize".to_owned(), filter.page_size.to_string()));
    query.push(("cursor".to_owned(), last.encode()));
    let query: Vec<String> = query
        .iter()
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect();
    format!("<{path}?{}>; rel=\"next\"", query.join("&"))
}

/// `value` percent-encoded for a query: every byte but RFC 3986's unreserved characters.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor() -> Cursor {
        Cursor {
            created_at: DateTime::parse_from_rfc3339("2026-11-30T12:00:00.123456Z")
                .unwrap()
                .to_utc(),
            id: Uuid::parse_str("8f0c3e2a-1b4c-4d8e-9f0a-1b2c3d4e5f60").unwrap(),
        }
    }

    #[test]
    fn a_cursor_reads_back_what_it_encodes_and_nothing_else_reads() {
        let text = cursor().encode();
        assert_eq!(text.len(), 50);
        assert_eq!(Cursor::parse(&text), Some(cursor()));
        let before_1970 = Cursor {
            created_at: DateTime::from_timestamp_micros(-1).unwrap(),
            ..cursor()
        };
        assert_eq!(Cursor::parse(&before_1970.encode()), Some(before_1970));
        let other_version = format!("02{}", &text[2..]);
        for bad in [
            "",
            other_version.as_str(),
            &text[..49],
            &text.to_uppercase(),
            &format!("{text}0"),
            // Microseconds past what a date-time holds.
            "017fffffffffffffff8f0c3e2a1b4c4d8e9f0a1b2c3d4e5f60",
        ] {
            assert_eq!(Cursor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_next_link_carries_the_filters_the_size_and_the_cursor() {
        let filter = ChatFilter {
            channel_ids: vec![Uuid::nil()],
            channel_types: Some(vec![chats_api::types::ChannelType::Waha]),
            last_message_from: Some(cursor().created_at),
            search: Some("a b&c".to_owned()),
            page_size: 10,
            page_number: 1,
            ..ChatFilter::default()
        };
        assert_eq!(
            next_link("/api/v1/chats", &filter, cursor()),
            format!(
                "</api/v1/chats?channelIds=00000000-0000-0000-0000-000000000000&channelTypes=waha\
                 &lastChatMessageCreatedAtStart=2026-11-30T12%3A00%3A00.123456Z\
                 &search=a%20b%26c&pageSize=10&cursor={}>; rel=\"next\"",
                cursor().encode()
            )
        );
    }
}
