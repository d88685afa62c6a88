//! The string formats checked by their grammar, not by a Rust type (`uri`, `uri-reference`,
//! `email`, `hostname`, `duration`). Each check accepts everything its RFC allows and refuses what has no
//! reading as one; where an RFC allows a rare form (a quoted local part, an IP literal), it
//! is accepted rather than parsed in full.

/// RFC 3986's `URI`: a scheme, `:`, then only the characters a URI may hold, each `%`
/// followed by two hexadecimal digits.
pub(crate) fn is_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut scheme_chars = scheme.chars();
    scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme_chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && uri_characters(rest)
}

/// RFC 3986's `URI-reference`: a URI, or a relative reference (`/a/b?c`, `#top`, ``), of the
/// characters a URI may hold.
pub(crate) fn is_uri_reference(text: &str) -> bool {
    uri_characters(text)
}

/// Only the characters a URI may hold, each `%` followed by two hexadecimal digits.
fn uri_characters(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let hex = bytes.get(index + 1..index + 3);
                if !hex.is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)) {
                    return false;
                }
                index += 3;
            }
            byte if byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&byte) => {
                index += 1;
            }
            _ => return false,
        }
    }
    true
}

/// RFC 5321's mailbox, leniently: a local part without spaces or controls, `@`, and a host
/// name or an address literal in brackets.
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.chars().any(|c| c.is_whitespace() || c.is_control());
    let domain_ok = is_hostname(domain)
        || (domain.starts_with('[') && domain.ends_with(']') && domain.len() > 2);
    local_ok && domain_ok
}

/// RFC 1123's host name: dot-separated labels of letters, digits and inner hyphens, each 1 to
/// 63 characters, 253 in all.
pub(crate) fn is_hostname(text: &str) -> bool {
    let text = text.strip_suffix('.').unwrap_or(text);
    !text.is_empty()
        && text.len() <= 253
        && text.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// RFC 3339 (appendix A) and ISO 8601's duration: `P`, then years, months and days in that
/// order (`P1Y2M3D`), or weeks alone (`P2W`), then optionally `T` with hours, minutes and
/// seconds in that order (`PT1H30M`); at least one component, the last of them may have a
/// decimal fraction (`PT0.5S`), as ISO 8601 allows.
pub(crate) fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (rest, None),
    };
    if time.is_none() && date.ends_with('W') {
        return components(date, &['W']);
    }
    (!date.is_empty() || time.is_some())
        && (date.is_empty() || components(date, &['Y', 'M', 'D']))
        && time.is_none_or(|time| !time.is_empty() && components(time, &['H', 'M', 'S']))
}

/// Numbers, each followed by a unit of `units` later than the one before it; only the last
/// number may have a fraction.
fn components(text: &str, units: &[char]) -> bool {
    let mut next = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let (number, after) = rest.split_at(digits);
        let mut chars = after.chars();
        let Some(unit) = chars.next() else {
            return false;
        };
        let Some(position) = units[next..].iter().position(|u| *u == unit) else {
            return false;
        };
        rest = chars.as_str();
        let (whole, fraction) = match number.split_once(['.', ',']) {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (number, None),
        };
        let fraction_ok = fraction.is_none_or(|fraction| {
            rest.is_empty() && !fraction.is_empty() && fraction.chars().all(|c| c.is_ascii_digit())
        });
        if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || !fraction_ok {
            return false;
        }
        next += position + 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_need_a_scheme_and_uri_characters() {
        for uri in [
            "https://example.com/a?b=c#d",
            "urn:isbn:0451450523",
            "mailto:a@example.com",
            "http://[2001:db8::1]:80/%20x",
        ] {
            assert!(is_uri(uri), "{uri}");
        }
        for not in [
            "",
            "example.com",
            "1http://a",
            "http://a b",
            "http://a/%zz",
            "ht_tp://a",
        ] {
            assert!(!is_uri(not), "{not}");
        }
    }

    #[test]
    fn uri_references_may_be_relative() {
        for reference in ["/a/b?c=d", "#top", "", "https://example.com", "a%20b"] {
            assert!(is_uri_reference(reference), "{reference}");
        }
        for not in ["/companies/{id}", "a b", "/%g0"] {
            assert!(!is_uri_reference(not), "{not}");
        }
    }

    #[test]
    fn durations_in_iso_8601_order() {
        for duration in [
            "PT1H",
            "P1D",
            "P1Y2M3DT4H5M6S",
            "P2W",
            "PT0.5S",
            "P1Y1D",
            "PT36H",
            "P0D",
        ] {
            assert!(is_duration(duration), "{duration}");
        }
        for not in [
            "", "P", "PT", "1D", "P1H", "PT1D", "P1D2Y", "P1.5Y2M", "P1W2D", "PT1H1H", "P-1D",
            "P1DT",
        ] {
            assert!(!is_duration(not), "{not}");
        }
    }

    #[test]
    fn emails_and_host_names() {
        assert!(is_email("user+tag@example.com"));
        assert!(is_email("a@[192.0.2.1]"));
        for not in [
            "",
            "user",
            "@example.com",
            "a b@example.com",
            "a@",
            "a@-x.com",
        ] {
            assert!(!is_email(not), "{not}");
        }
        assert!(is_hostname("api.example.com"));
        assert!(is_hostname("localhost."));
        for not in ["", "a..b", "-a.com", "a_b.com", &"a".repeat(64)] {
            assert!(!is_hostname(not), "{not}");
        }
    }
}
