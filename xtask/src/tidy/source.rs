//! Reading Rust source as code only: comments, string and character literals blanked (their
//! newlines kept, so lines still count), for the walls that look at code's shape.

/// `source` with every comment and literal replaced by spaces (newlines kept).
pub(super) fn code_only(source: &str) -> String {
    lex(source).0
}

/// The contents of the string literals of Rust source (escapes' backslashes dropped), each
/// with the line it starts on. Comments and character literals are skipped; raw strings are
/// read to their closing quote.
pub(super) fn string_literals(source: &str) -> Vec<(usize, String)> {
    lex(source).1
}

/// One pass over Rust source: the code with comments and literals blanked, and the string
/// literals' contents with their lines.
fn lex(source: &str) -> (String, Vec<(usize, String)>) {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut literals = Vec::new();
    let mut line = 1;
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    out.push(' ');
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        out.push_str("  ");
                        i += 2;
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        out.push_str("  ");
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        line += usize::from(chars[i] == '\n');
                        blank(&mut out, chars[i]);
                        i += 1;
                    }
                }
            }
            'r' | 'b'
                if (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
                    && raw_string_start(&chars, i).is_some() =>
            {
                let (open, hashes) = raw_string_start(&chars, i).expect("checked");
                let mut j = open + 1;
                while j < chars.len() {
                    if chars[j] == '"'
                        && chars[j + 1..]
                            .iter()
                            .take(hashes)
                            .filter(|&&c| c == '#')
                            .count()
                            == hashes
                    {
                        break;
                    }
                    j += 1;
                }
                let end = (j + 1 + hashes).min(chars.len());
                literals.push((line, chars[open + 1..j.min(chars.len())].iter().collect()));
                for &c in &chars[i..end] {
                    line += usize::from(c == '\n');
                    blank(&mut out, c);
                }
                i = end;
            }
            '"' => {
                let start = line;
                let mut text = String::new();
                let mut j = i + 1;
                while j < chars.len() && chars[j] != '"' {
                    if chars[j] == '\\' {
                        j += 1;
                    }
                    if let Some(&c) = chars.get(j) {
                        text.push(c);
                    }
                    j += 1;
                }
                literals.push((start, text));
                let end = (j + 1).min(chars.len());
                for &c in &chars[i..end] {
                    line += usize::from(c == '\n');
                    blank(&mut out, c);
                }
                i = end;
            }
            // A character literal ('"', '\'', '\u{7f}', 'x'); a lifetime has no closing quote.
            '\'' => {
                let end = if next == Some('\\') {
                    chars
                        .get(i + 3..)
                        .and_then(|rest| rest.iter().position(|&c| c == '\''))
                        .map(|at| i + 3 + at + 1)
                } else if chars.get(i + 2) == Some(&'\'') {
                    Some(i + 3)
                } else {
                    None
                };
                match end {
                    Some(end) => {
                        for &c in &chars[i..end] {
                            blank(&mut out, c);
                        }
                        i = end;
                    }
                    None => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            _ => {
                line += usize::from(c == '\n');
                out.push(c);
                i += 1;
            }
        }
    }
    (out, literals)
}

/// Where a raw string (`r"`, `r#"`, `br"`) starting at `at` opens its quote, and its hashes.
fn raw_string_start(chars: &[char], at: usize) -> Option<(usize, usize)> {
    let mut i = at;
    if chars[i] == 'b' {
        i += 1;
    }
    if chars.get(i) != Some(&'r') {
        return None;
    }
    let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
    (chars.get(i + 1 + hashes) == Some(&'"')).then_some((i + 1 + hashes, hashes))
}

/// Every function with a body: its name, the line its `fn` is on and how many lines it spans.
pub(super) fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let bytes = code.as_bytes();
    let line_of = |at: usize| code[..at].bytes().filter(|&b| b == b'\n').count() + 1;
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(found) = code[search..].find("fn") {
        let at = search + found;
        search = at + 2;
        let before_ok = at == 0 || !is_ident(bytes[at - 1]);
        let after = bytes.get(at + 2).copied().unwrap_or(b' ');
        if !before_ok || !after.is_ascii_whitespace() {
            continue;
        }
        let name: String = code[at + 2..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            continue;
        }
        // The body opens at the first `{` before any `;` (a declaration has none).
        let Some(open) = code[at..].find(['{', ';']).map(|off| at + off) else {
            continue;
        };
        if bytes[open] == b';' {
            continue;
        }
        let mut depth = 0usize;
        let mut close = None;
        for (offset, b) in code[open..].bytes().enumerate() {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + offset);
                        break;
                    }
                }
                _ => {}
            }
        }
        if let Some(close) = close {
            let (first, last) = (line_of(at), line_of(close));
            out.push((name, first, last - first + 1));
        }
    }
    out
}

#[test]
fn code_only_blanks_comments_and_literals_and_keeps_lines() {
    let source = "let a = \"{ x }\"; // { y\nlet b = '{'; let q = '\\''; /* { */ let c = r#\"}\"#;\nfn f<'a>() {}\n";
    let code = code_only(source);
    assert_eq!(code.lines().count(), source.lines().count());
    assert!(!code.contains("x") && !code.contains("y"));
    assert_eq!(code.matches('{').count(), 1, "{code}");
    assert!(code.contains("fn f<'a>() {}"), "{code}");
}

#[test]
fn functions_are_measured_from_fn_to_their_closing_brace() {
    let code = code_only(
        "trait T {\n    fn declared(&self);\n}\nfn one() {\n    let s = \"}\";\n    if true {\n    }\n}\nimpl X {\n    pub fn two(&self) -> Y { Y }\n}\n",
    );
    assert_eq!(
        functions(&code),
        [("one".to_owned(), 4, 5), ("two".to_owned(), 10, 1)]
    );
}
