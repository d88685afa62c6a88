//! A bundled document written back as YAML, readable and typed as it was read.

use serde_json::Value;

/// A JSON value as a block YAML document.
pub(crate) fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    yaml_value(value, 0, &mut out, false);
    out
}

/// Writes a JSON value as block YAML: keys and strings plain where YAML reads them back as
/// the same string under any schema (`description: A pet.`), else quoted as JSON
/// (`'200'` is `"200"`, `yes` is `"yes"`), so no scalar changes type on the way back.
fn yaml_value(value: &Value, indent: usize, out: &mut String, in_sequence: bool) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(entries) if !entries.is_empty() => {
            for (position, (key, child)) in entries.iter().enumerate() {
                if !(in_sequence && position == 0) {
                    out.push_str(&pad);
                }
                out.push_str(&scalar_text(&Value::String(key.clone())));
                out.push(':');
                yaml_child(child, indent, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (position, item) in items.iter().enumerate() {
                if !(in_sequence && position == 0) {
                    out.push_str(&pad);
                }
                out.push_str("- ");
                match item {
                    Value::Object(entries) if !entries.is_empty() => {
                        yaml_value(item, indent + 2, out, true)
                    }
                    Value::Array(inner) if !inner.is_empty() => {
                        yaml_value(item, indent + 2, out, true)
                    }
                    scalar => push_scalar(scalar, indent + 2, out),
                }
            }
        }
        scalar => {
            out.push_str(&pad);
            push_scalar(scalar, indent + 2, out);
        }
    }
}

fn yaml_child(child: &Value, indent: usize, out: &mut String) {
    match child {
        Value::Object(entries) if !entries.is_empty() => {
            out.push('\n');
            yaml_value(child, indent + 2, out, false);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            yaml_value(child, indent + 2, out, false);
        }
        scalar => {
            out.push(' ');
            push_scalar(scalar, indent + 2, out);
        }
    }
}

/// A scalar and its line end; a text of several lines as a literal block (`|`), its lines
/// at `indent`, where the block reads back as the same text.
fn push_scalar(value: &Value, indent: usize, out: &mut String) {
    if let Value::String(text) = value
        && let Some(header) = block_header(text)
    {
        out.push_str(header);
        out.push('\n');
        let pad = " ".repeat(indent);
        for line in text.strip_suffix('\n').unwrap_or(text).split('\n') {
            if !line.is_empty() {
                out.push_str(&pad);
                out.push_str(line);
            }
            out.push('\n');
        }
        return;
    }
    out.push_str(&scalar_text(value));
    out.push('\n');
}

/// `|` (one final newline) or `|-` (none) for a text a literal block keeps exactly: several
/// lines, none with edge spaces or tabs, no control characters, not starting with a space.
fn block_header(text: &str) -> Option<&'static str> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let fits = body.contains('\n')
        && !body.ends_with('\n')
        && !body.starts_with([' ', '\n'])
        && !text.chars().any(|c| c.is_control() && c != '\n')
        && body
            .split('\n')
            .all(|line| line.trim_end() == line && !line.starts_with('\t'));
    fits.then_some(if text.ends_with('\n') { "|" } else { "|-" })
}

/// A scalar as YAML: a string plain when that is safe, else as JSON (which YAML reads).
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) if plain(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Whether YAML (1.2, and 1.1 readers such as the linters') reads `text` unquoted as this
/// same string: no indicator first, no `: ` or ` #`, no edge spaces or control characters,
/// and nothing another type could take (`true`, `yes`, `null`, `~`, numbers, `.inf`).
fn plain(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || first.is_whitespace()
        || text.ends_with(char::is_whitespace)
        || text.ends_with(':')
        || text.contains(": ")
        || text.contains(" #")
        || text.chars().any(|c| c.is_control())
    {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let typed = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", "+.inf",
        ".nan",
    ];
    if typed.contains(&lower.as_str()) {
        return false;
    }
    !looks_like_a_number_or_date(text)
}

/// What a YAML reader may take for a number or a timestamp: `200`, `1e3`, `.5`, `+1`,
/// `1_000`, `0x1F`, `0o17`, `1:30` (1.1's sexagesimal), `2024-01-01` (1.1's timestamp).
fn looks_like_a_number_or_date(text: &str) -> bool {
    let unsigned = text.trim_start_matches(['+', '-']);
    let lower = unsigned.to_ascii_lowercase();
    if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
        return true;
    }
    if unsigned.replace('_', "").parse::<f64>().is_ok() {
        return true;
    }
    let digits_and = |extra: char| {
        unsigned.contains(extra)
            && unsigned.starts_with(|c: char| c.is_ascii_digit())
            && unsigned
                .chars()
                .all(|c| c.is_ascii_digit() || c == extra || c == '.')
    };
    // `2024-01-01` and `2024-01-01T10:00:00Z` alike: digits, then `-`.
    let date = unsigned.len() >= 8
        && unsigned.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && unsigned.as_bytes()[4] == b'-';
    digits_and(':') || date
}
