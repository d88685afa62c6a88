//! The strings [`Maker`] makes for a `string` schema: an enum's value, a value of its format,
//! fitted to its lengths, and one its pattern matches.

use super::{Maker, pattern::from_pattern};

impl Maker {
    /// A string `text` allows.
    pub(super) fn string(&mut self, text: &crate::schema::Text) -> String {
        if !text.enumeration.is_empty() {
            let pick = self.below(text.enumeration.len() as u64) as usize;
            return text.enumeration[pick].to_owned();
        }
        let n = self.below(10_000);
        let made = match text.format {
            Some("uuid") => {
                let bits = (u128::from(self.next()) << 64) | u128::from(self.next());
                uuid::Builder::from_random_bytes(bits.to_be_bytes())
                    .into_uuid()
                    .to_string()
            }
            Some("date-time") => {
                // The first time in 2026, each later one up to three days after the last.
                let seconds = match self.clock {
                    None => 1_767_225_600 + self.below(31_536_000) as i64,
                    Some(last) => last + self.below(3 * 86_400) as i64,
                };
                self.clock = Some(seconds);
                let at = chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default();
                at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            }
            Some("date") => {
                let at = chrono::DateTime::from_timestamp(
                    1_767_225_600 + self.below(31_536_000) as i64,
                    0,
                )
                .unwrap_or_default();
                at.format("%Y-%m-%d").to_string()
            }
            Some("email") => format!("user{n}@example.com"),
            Some("uri" | "url") => format!("https://example.com/{n}"),
            Some("hostname") => format!("host{n}.example.com"),
            Some("duration") => format!("PT{}M", n % 1440 + 1),
            Some("ipv4") => format!("192.0.2.{}", n % 256),
            Some("ipv6") => format!("2001:db8::{:x}", n),
            Some("byte") => "bW9jaw==".to_owned(),
            _ => format!("mock-{n}"),
        };
        let fitted = fit(made, text.min_length, text.max_length);
        match text.pattern {
            Some(pattern) if !pattern.matches(&fitted) => {
                if let Some(made) = from_pattern(pattern.source)
                    .map(|made| fit(made, text.min_length, text.max_length))
                    .filter(|made| pattern.matches(made))
                {
                    return made;
                }
                // A few shapes that common patterns accept; the first that matches and fits.
                let candidates = [
                    "a",
                    "abc",
                    "ABC",
                    "Abc1",
                    "a1",
                    "0",
                    "1",
                    "123",
                    "abc-123",
                    "a_b",
                    "A1B2C3",
                    "2026-01-01",
                    "+15555550100",
                    "user@example.com",
                    "https://example.com",
                ];
                candidates
                    .iter()
                    .map(|candidate| fit((*candidate).to_owned(), text.min_length, text.max_length))
                    .find(|candidate| pattern.matches(candidate))
                    .unwrap_or(fitted)
            }
            _ => fitted,
        }
    }
}

/// Pads (with `x`) or cuts `text` to the length bounds, counted in characters.
fn fit(text: String, min: Option<usize>, max: Option<usize>) -> String {
    let mut text = text;
    let count = text.chars().count();
    if let Some(min) = min
        && count < min
    {
        text.extend(std::iter::repeat_n('x', min - count));
    }
    if let Some(max) = max
        && text.chars().count() > max
    {
        text = text.chars().take(max).collect();
    }
    text
}
