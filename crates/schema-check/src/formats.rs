//! The string formats checked by their grammar, not by a Rust type (`uri`, `uri-reference`,
//! `email`, `hostname`). Each check accepts everything its RFC allows and refuses what has no
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
