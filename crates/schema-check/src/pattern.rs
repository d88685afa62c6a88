//! A `pattern` (an ECMA 262 regular expression, as OpenAPI says), matched in time linear in
//! the text wherever that is possible: a spec's pattern meets text from anyone (a request,
//! an example), and a backtracking engine can take exponential time on patterns as plain as
//! `^(a+)+$`.
//!
//! A pattern is read by the `regex` crate (a finite automaton: linear time) after the ECMA
//! constructs it reads otherwise are translated: `\d` and `\w` are ASCII in ECMA, Unicode in
//! `regex`; `\b` is an ASCII word boundary; `[` and `&&`/`--`/`~~` inside a class are
//! literals in ECMA. What `regex` cannot read at all (lookaround, backreferences) is matched
//! by `regress`, ECMA's own grammar, by backtracking; those patterns are the spec author's
//! choice and cost.

use std::sync::OnceLock;

/// The `pattern` check of a generated type (typify writes `::regress::Regex::new(pattern)`,
/// then `find(text).is_none()`; the generator names this type instead, through each side's
/// runtime): matched as [`Pattern`] matches, so a generated type and the router's validator
/// agree. regress compiled as typify writes it reads ECMA without the `u` flag, in which
/// `\P{C}` (AWS's `^\P{C}*$`) is the letter `P` and the client refused every valid value.
#[derive(Debug)]
pub struct TypeRegex(Pattern<'static>);

impl TypeRegex {
    /// Never fails (a pattern that does not compile refuses nothing, as for [`Pattern`]); a
    /// `Result` because typify's code unwraps one.
    pub fn new(source: &'static str) -> Result<Self, std::convert::Infallible> {
        Ok(Self(Pattern::new(source)))
    }

    /// `Some` when `text` matches, as typify reads regress's `find`.
    pub fn find(&self, text: &str) -> Option<()> {
        self.0.matches(text).then_some(())
    }
}

/// A `pattern`, compiled on first use.
#[derive(Debug)]
pub struct Pattern<'a> {
    pub source: &'a str,
    compiled: OnceLock<Option<Engine>>,
}

#[derive(Debug)]
enum Engine {
    Linear(regex::Regex),
    Backtracking(regress::Regex),
}

impl<'a> Pattern<'a> {
    pub const fn new(source: &'a str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// Whether `text` matches (anywhere, as JSON Schema says: the pattern is not anchored).
    pub fn matches(&self, text: &str) -> bool {
        match self.compiled.get_or_init(|| compile(self.source)) {
            Some(Engine::Linear(regex)) => regex.is_match(text),
            Some(Engine::Backtracking(regex)) => regex.find(text).is_some(),
            // A pattern that does not compile refuses nothing: the spec's fault, not the
            // caller's.
            None => true,
        }
    }

    /// Whether the pattern is matched in linear time (see the module's docs).
    pub fn is_linear(&self) -> bool {
        matches!(
            self.compiled.get_or_init(|| compile(self.source)),
            Some(Engine::Linear(_))
        )
    }
}

fn compile(source: &str) -> Option<Engine> {
    // ECMA's grammar decides what the pattern is; `regex` only takes over what it reads.
    let ecma = regress::Regex::new(source).ok()?;
    let linear = translate(source).and_then(|translated| regex::Regex::new(&translated).ok());
    Some(match linear {
        Some(regex) => Engine::Linear(regex),
        None => Engine::Backtracking(ecma),
    })
}

/// The pattern in `regex`'s syntax with ECMA's meaning, or `None` where a construct has no
/// plain translation (`\D` or `\W` inside a class, an empty class).
fn translate(source: &str) -> Option<String> {
    let mut out = String::with_capacity(source.len() + 16);
    let mut chars = source.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let escaped = chars.next()?;
                match (escaped, in_class) {
                    ('d', false) => out.push_str("[0-9]"),
                    ('D', false) => out.push_str("[^0-9]"),
                    ('w', false) => out.push_str("[0-9A-Za-z_]"),
                    ('W', false) => out.push_str("[^0-9A-Za-z_]"),
                    ('b', false) => out.push_str(r"(?-u:\b)"),
                    ('B', false) => out.push_str(r"(?-u:\B)"),
                    ('d', true) => out.push_str("0-9"),
                    ('w', true) => out.push_str("0-9A-Za-z_"),
                    ('b', true) => out.push_str(r"\x08"),
                    ('D' | 'W' | 'B', true) => return None,
                    (other, _) => {
                        out.push('\\');
                        out.push(other);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                // `[]` matches nothing and `[^]` anything in ECMA; `regex` reads neither.
                if chars.peek() == Some(&']') {
                    return None;
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '[' if in_class => out.push_str(r"\["),
            '&' | '-' | '~' if in_class && chars.peek() == Some(&c) => {
                out.push('\\');
                out.push(c);
            }
            other => out.push(other),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_type_reads_unicode_properties_as_the_validator_does() {
        let printable = TypeRegex::new("^\\P{C}*$").unwrap();
        assert!(printable.find("mock-2643 é").is_some());
        assert!(printable.find("bell \u{7}").is_none());
    }

    fn pattern(source: &'static str) -> Pattern<'static> {
        Pattern::new(source)
    }

    #[test]
    fn ecma_classes_keep_their_ascii_meaning() {
        let phone = pattern(r"^\d{3}-\d{4}$");
        assert!(phone.is_linear());
        assert!(phone.matches("123-4567"));
        // Arabic-Indic digits are `\d` in Unicode, not in ECMA.
        assert!(!phone.matches("١٢٣-٤٥٦٧"));
        let word = pattern(r"^[\w.-]+$");
        assert!(word.is_linear());
        assert!(word.matches("a_b.c-d"));
        assert!(!word.matches("é"));
        assert!(pattern(r"\bcat\b").matches("a cat!"));
        assert!(!pattern(r"\bcat\b").matches("concatenate"));
        assert!(pattern(r"^[[a]+$").matches("[a["));
        assert!(pattern(r"^[a&&b]+$").matches("a&&b"));
    }

    #[test]
    fn a_pattern_that_backtracks_exponentially_is_matched_in_linear_time() {
        let nested = pattern(r"^(a+)+$");
        assert!(nested.is_linear());
        // A backtracking engine would not finish this in the age of the universe (the test
        // would hang until the runner's timeout); the finite automaton reads it once.
        let text = format!("{}!", "a".repeat(10_000));
        assert!(!nested.matches(&text));
    }

    #[test]
    fn what_only_ecma_reads_falls_back_to_backtracking() {
        let lookahead = pattern(r"^(?=.*\d).{8,}$");
        assert!(!lookahead.is_linear());
        assert!(lookahead.matches("password1"));
        assert!(!lookahead.matches("password"));
        let backreference = pattern(r"^(a)\1$");
        assert!(backreference.matches("aa"));
        assert!(!pattern(r"[^]").is_linear());
        // Not ECMA at all: refuses nothing.
        assert!(pattern(r"(").matches("anything"));
    }
}
