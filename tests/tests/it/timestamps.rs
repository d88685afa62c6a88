//! `date-time` fields are written exactly as `chrono` writes them, by the one-piece writer the
//! generator puts beside the types (`crates/codegen/src/progenitor/timestamps.rs`): every
//! fraction length `chrono` picks, leap seconds, and the years it writes with a sign.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

fn chat(at: DateTime<Utc>, last: Option<DateTime<Utc>>) -> chats_client::types::Chat {
    chats_client::types::Chat::builder()
        .channel_id(None)
        .created_at(at)
        .current_responder_id(None)
        .id(Uuid::nil())
        .is_removed(false)
        .last_chat_message_created_at(last)
        .owner_id(Uuid::nil())
        .responder_id(Uuid::nil())
        .title(None)
        .updated_at(at)
        .workspace_id(Uuid::nil())
        .try_into()
        .expect("every field set")
}

#[test]
fn date_time_fields_are_written_as_chrono_writes_them() {
    // From 0000-01-01 to 9999-12-31, and each of the fraction lengths chrono picks.
    let (first, last) = (-62_167_219_200_i64, 253_402_300_799_i64);
    let mut instants: Vec<DateTime<Utc>> = (0..=2_000)
        .flat_map(|i| {
            let seconds = first + (last - first) / 2_000 * i;
            [
                0,
                1,
                1_000,
                1_000_000,
                120_000_000,
                123_456_000,
                123_456_789,
                999_999_999,
            ]
            .map(|nanos| Utc.timestamp_opt(seconds, nanos).unwrap())
        })
        .collect();
    // A leap second, and the years chrono writes with a sign (left to chrono).
    instants.push(
        NaiveDate::from_ymd_opt(2016, 12, 31)
            .unwrap()
            .and_hms_nano_opt(23, 59, 59, 1_500_000_000)
            .unwrap()
            .and_utc(),
    );
    instants.extend([
        Utc.timestamp_opt(last + 1, 5).unwrap(),
        Utc.timestamp_opt(first - 1, 0).unwrap(),
        DateTime::<Utc>::MAX_UTC,
        DateTime::<Utc>::MIN_UTC,
    ]);
    for at in instants {
        let chrono = serde_json::to_value(at).unwrap();
        let written = serde_json::to_value(chat(at, Some(at))).unwrap();
        assert_eq!(written["createdAt"], chrono, "{at:?}");
        assert_eq!(written["lastChatMessageCreatedAt"], chrono, "{at:?}");
    }
    let written = serde_json::to_value(chat(DateTime::UNIX_EPOCH, None)).unwrap();
    assert_eq!(written["lastChatMessageCreatedAt"], serde_json::Value::Null);
    assert_eq!(written["createdAt"], "1970-01-01T00:00:00Z");
}
