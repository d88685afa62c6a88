//! The shortest string the common subset of a regular expression accepts.

/// The shortest string the common subset of a regular expression accepts: literals,
/// escapes (`\d`, `\w`, `\s`, `\.`), classes with ranges (`[A-Za-z0-9_-]`, negated ones
/// too), groups with alternatives (the first is taken), anchors and quantifiers (`?`, `*`,
/// `+`, `{n}`, `{n,}`, `{n,m}`, each at its least, at least once). `None` for the rest
/// (lookarounds, back references); the caller checks the result against the pattern.
pub(super) fn from_pattern(source: &str) -> Option<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut at = 0;
    let made = alternatives(&chars, &mut at)?;
    (at == chars.len()).then_some(made)
}

fn alternatives(chars: &[char], at: &mut usize) -> Option<String> {
    let first = sequence(chars, at)?;
    while chars.get(*at) == Some(&'|') {
        *at += 1;
        sequence(chars, at)?;
    }
    Some(first)
}

fn sequence(chars: &[char], at: &mut usize) -> Option<String> {
    let mut out = String::new();
    while let Some(&c) = chars.get(*at) {
        if c == '|' || c == ')' {
            break;
        }
        let unit = atom(chars, at)?;
        let times = quantifier(chars, at)?;
        for _ in 0..times {
            out.push_str(&unit);
        }
    }
    Some(out)
}

fn atom(chars: &[char], at: &mut usize) -> Option<String> {
    let c = *chars.get(*at)?;
    *at += 1;
    match c {
        '^' | '$' => Some(String::new()),
        '.' => Some("a".to_owned()),
        '(' => {
            if chars.get(*at) == Some(&'?') {
                // Only non-capturing groups: `(?:`.
                if chars.get(*at + 1) != Some(&':') {
                    return None;
                }
                *at += 2;
            }
            let inner = alternatives(chars, at)?;
            (chars.get(*at) == Some(&')')).then(|| *at += 1)?;
            Some(inner)
        }
        '[' => class(chars, at).map(String::from),
        '\\' => {
            let escaped = *chars.get(*at)?;
            *at += 1;
            Some(escape(escaped)?.to_string())
        }
        '*' | '+' | '?' | '{' | ')' | ']' => None,
        literal => Some(literal.to_string()),
    }
}

/// A character an escape stands for: a member of `\d`, `\w`, `\s`, or the literal.
fn escape(c: char) -> Option<char> {
    match c {
        'd' => Some('0'),
        'w' => Some('a'),
        's' => Some(' '),
        'D' | 'W' | 'S' => Some('-'),
        'b' | 'B' | '1'..='9' | 'p' | 'P' | 'k' => None,
        'n' => Some('\n'),
        't' => Some('\t'),
        other => Some(other),
    }
}

/// A member of a class `[...]` (after the `[`).
fn class(chars: &[char], at: &mut usize) -> Option<char> {
    let negated = chars.get(*at) == Some(&'^');
    if negated {
        *at += 1;
    }
    let mut ranges: Vec<(char, char)> = Vec::new();
    let mut first = true;
    loop {
        let c = *chars.get(*at)?;
        *at += 1;
        if c == ']' && !first {
            break;
        }
        first = false;
        let low = if c == '\\' {
            let escaped = *chars.get(*at)?;
            *at += 1;
            escape(escaped)?
        } else {
            c
        };
        if chars.get(*at) == Some(&'-') && chars.get(*at + 1).is_some_and(|c| *c != ']') {
            let high = chars[*at + 1];
            *at += 2;
            ranges.push((low, high));
        } else {
            ranges.push((low, low));
        }
    }
    if negated {
        "a0A_-x"
            .chars()
            .find(|c| !ranges.iter().any(|(low, high)| (low..=high).contains(&c)))
    } else {
        ranges.first().map(|(low, _)| *low)
    }
}

/// How many times the preceding unit repeats: the least its quantifier allows, at least
/// once where more are allowed.
fn quantifier(chars: &[char], at: &mut usize) -> Option<usize> {
    let times = match chars.get(*at) {
        Some('?' | '*' | '+') => {
            *at += 1;
            1
        }
        Some('{') => {
            let end = chars[*at..].iter().position(|c| *c == '}')? + *at;
            let inside: String = chars[*at + 1..end].iter().collect();
            *at = end + 1;
            let (least, most) = match inside.split_once(',') {
                Some((least, most)) => (
                    least.trim().parse::<usize>().ok()?,
                    most.trim().parse::<usize>().ok(),
                ),
                None => {
                    let exact = inside.trim().parse::<usize>().ok()?;
                    (exact, Some(exact))
                }
            };
            if least == 0 {
                most.map_or(1, |most| most.min(1))
            } else {
                least
            }
        }
        _ => return Some(1),
    };
    // A lazy (`?`) or possessive (`+`) marker after a quantifier changes nothing here.
    if matches!(chars.get(*at), Some('?' | '+')) {
        *at += 1;
    }
    Some(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_made_for_common_patterns() {
        for source in [
            "^[A-Z]{3}[0-9]$",
            "^[a-zA-Z0-9_-]+$",
            "^\\d{4}-\\d{2}-\\d{2}$",
            "^(?:https?|ftp)://[^\\s/$.?#].[^\\s]*$",
            "^[^@]+@[^@]+\\.[a-z]{2,}$",
            "^(red|green)-\\w{2,5}$",
            "^\\+?[1-9]\\d{1,14}$",
        ] {
            let made = from_pattern(source).unwrap_or_else(|| panic!("{source}: nothing made"));
            let pattern = regress::Regex::new(source).unwrap();
            assert!(pattern.find(&made).is_some(), "{source}: {made:?}");
        }
        assert_eq!(
            from_pattern("^(?=a)b$"),
            None,
            "lookarounds are left to the caller"
        );
    }
}
