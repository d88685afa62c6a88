//! The table of edits (`xtask/honesty/edits.txt`): reading it, and applying one edit to the
//! spec. Every text to find must occur exactly once, as whole lines, so an edit of the spec
//! that makes an entry miss (or match twice) fails the run naming the entry: the table cannot
//! rot silently.
//!
//! ```text
//! === name-of-the-edit
//! kind: constraint
//! why: what the edit probes, in a line
//! --- find
//! <lines of openapi/chats.yaml, exactly as written>
//! --- replace
//! <the lines that take their place; none removes them>
//! ```
//!
//! An edit may hold several `find`/`replace` pairs (a rename touches a definition and its
//! references), applied in order. Lines starting with `#` before the first `===` and in an
//! edit's header are comments; inside a `find` or `replace` block every line is text.

use anyhow::{Result, bail};

/// Where the table lives, relative to the workspace root.
pub(super) const TABLE: &str = "xtask/honesty/edits.txt";

/// The kinds of edit the table must cover (the issue's list)...
pub(super) const REQUIRED_KINDS: &[&str] = &[
    "addition",
    "removal",
    "rename",
    "type",
    "constraint",
    "requiredness",
    "enum",
    "media-type",
    "default",
    "path-template",
    "2020-12",
    "example",
];
/// ... and the others an edit may name.
const OTHER_KINDS: &[&str] = &["prose", "status", "parameter", "security", "refactor"];

/// One edit of the spec.
#[derive(Debug)]
pub(super) struct Edit {
    pub name: String,
    pub kind: String,
    /// What it probes.
    pub why: String,
    /// The line of the table where it starts.
    pub line: usize,
    /// Each text to find (whole lines, newline included) and its replacement.
    pub changes: Vec<(String, String)>,
}

/// Where a line of the table belongs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Header,
    Find,
    Replace,
}

/// The reader's state: the edits so far, the block being read and its lines.
struct Reader<'a> {
    name: &'a str,
    edits: Vec<Edit>,
    block: Block,
    lines: Vec<&'a str>,
    /// A text to find whose `--- replace` is being read.
    find: Option<String>,
}

/// Reads the table; `name` is what errors call it.
pub(super) fn parse(name: &str, text: &str) -> Result<Vec<Edit>> {
    let mut reader = Reader {
        name,
        edits: Vec::new(),
        block: Block::Header,
        lines: Vec::new(),
        find: None,
    };
    for (index, line) in text.lines().enumerate() {
        reader.line(index + 1, line)?;
    }
    reader.end_edit(text.lines().count())?;
    for edit in &reader.edits {
        if edit.changes.is_empty() {
            bail!("{name}:{}: edit {} changes nothing", edit.line, edit.name);
        }
        if edit.kind.is_empty() {
            bail!("{name}:{}: edit {} has no `kind:`", edit.line, edit.name);
        }
    }
    Ok(reader.edits)
}

impl<'a> Reader<'a> {
    fn line(&mut self, at: usize, line: &'a str) -> Result<()> {
        let name = self.name;
        if let Some(rest) = line.strip_prefix("=== ") {
            self.end_edit(at)?;
            let edit_name = rest.trim();
            if edit_name.is_empty() || edit_name.contains(char::is_whitespace) {
                bail!("{name}:{at}: an edit's name is one word: {line:?}");
            }
            if self.edits.iter().any(|edit| edit.name == edit_name) {
                bail!("{name}:{at}: a second edit named {edit_name}");
            }
            self.edits.push(Edit {
                name: edit_name.to_owned(),
                kind: String::new(),
                why: String::new(),
                line: at,
                changes: Vec::new(),
            });
            return Ok(());
        }
        if self.edits.is_empty() {
            if line.trim().is_empty() || line.starts_with('#') {
                return Ok(());
            }
            bail!("{name}:{at}: text before the first `=== name`: {line:?}");
        }
        match (line.trim_end(), self.block) {
            ("--- find", Block::Find) => bail!("{name}:{at}: a `--- find` with no `--- replace`"),
            ("--- find", _) => {
                self.end_block()?;
                self.block = Block::Find;
            }
            ("--- replace", Block::Find) => {
                self.find = Some(self.take_text());
                if self.find.as_deref() == Some("") {
                    bail!("{name}:{at}: an empty `--- find`");
                }
                self.block = Block::Replace;
            }
            ("--- replace", _) => bail!("{name}:{at}: a `--- replace` with no `--- find`"),
            (_, Block::Header) => self.header(at, line)?,
            (_, Block::Find | Block::Replace) => self.lines.push(line),
        }
        Ok(())
    }

    /// A line of an edit's header: `kind:`, `why:`, a comment or nothing.
    fn header(&mut self, at: usize, line: &str) -> Result<()> {
        let name = self.name;
        let Some(edit) = self.edits.last_mut() else {
            return Ok(());
        };
        if line.trim().is_empty() || line.starts_with('#') {
            return Ok(());
        }
        if let Some(kind) = line.strip_prefix("kind:") {
            let kind = kind.trim();
            if !REQUIRED_KINDS.contains(&kind) && !OTHER_KINDS.contains(&kind) {
                bail!(
                    "{name}:{at}: unknown kind {kind:?} (one of {}, {})",
                    REQUIRED_KINDS.join(", "),
                    OTHER_KINDS.join(", ")
                );
            }
            edit.kind = kind.to_owned();
        } else if let Some(why) = line.strip_prefix("why:") {
            edit.why = why.trim().to_owned();
        } else {
            bail!("{name}:{at}: expected `kind:`, `why:` or `--- find`, found {line:?}");
        }
        Ok(())
    }

    /// The lines read since the block began, as text (trailing blank lines dropped).
    fn take_text(&mut self) -> String {
        while self.lines.last().is_some_and(|line| line.trim().is_empty()) {
            self.lines.pop();
        }
        let text = self.lines.iter().map(|line| format!("{line}\n")).collect();
        self.lines.clear();
        text
    }

    /// Ends a `--- replace` block: the pair is complete.
    fn end_block(&mut self) -> Result<()> {
        if self.block != Block::Replace {
            return Ok(());
        }
        let replace = self.take_text();
        let find = self.find.take().unwrap_or_default();
        let Some(edit) = self.edits.last_mut() else {
            return Ok(());
        };
        if find == replace {
            bail!(
                "{}: edit {} replaces a text with itself",
                self.name,
                edit.name
            );
        }
        edit.changes.push((find, replace));
        self.block = Block::Header;
        Ok(())
    }

    fn end_edit(&mut self, at: usize) -> Result<()> {
        if self.block == Block::Find {
            bail!("{}:{at}: a `--- find` with no `--- replace`", self.name);
        }
        self.end_block()
    }
}

/// The spec with `edit` applied, or why it cannot be: a text to find that does not occur
/// exactly once (as whole lines) in the spec as edited so far.
pub(super) fn apply(spec: &str, edit: &Edit) -> Result<String, String> {
    let mut text = spec.to_owned();
    for (index, (find, replace)) in edit.changes.iter().enumerate() {
        let at: Vec<usize> = text
            .match_indices(find.as_str())
            .map(|(at, _)| at)
            .filter(|&at| at == 0 || text.as_bytes()[at - 1] == b'\n')
            .collect();
        if at.len() != 1 {
            let first = find.lines().next().unwrap_or_default().trim();
            return Err(format!(
                "edit {} ({TABLE}:{}): text {} of {} to find, starting {first:?}, occurs {} \
                 times in the spec, not once: update the table with the spec",
                edit.name,
                edit.line,
                index + 1,
                edit.changes.len(),
                at.len()
            ));
        }
        text.replace_range(at[0]..at[0] + find.len(), replace);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE_TEXT: &str = "# a comment\n\n=== widen\nkind: constraint\nwhy: a test\n--- find\n  maximum: 1\n--- replace\n  maximum: 2\n\n=== drop\nkind: removal\n--- find\na: 1\nb: 2\n--- replace\n--- find\nc: 3\n--- replace\nc: 4\n";

    #[test]
    fn the_format_reads_pairs_and_removals() {
        let edits = parse("t", TABLE_TEXT).expect("parses");
        assert_eq!(edits.len(), 2);
        assert_eq!(edits[0].name, "widen");
        assert_eq!(edits[0].why, "a test");
        assert_eq!(
            edits[0].changes,
            [("  maximum: 1\n".to_owned(), "  maximum: 2\n".to_owned())]
        );
        assert_eq!(edits[1].changes.len(), 2);
        assert_eq!(edits[1].changes[0].1, "");
        let spec = "x:\n  maximum: 1\na: 1\nb: 2\nc: 3\n";
        assert_eq!(
            apply(spec, &edits[0]).unwrap(),
            "x:\n  maximum: 2\na: 1\nb: 2\nc: 3\n"
        );
        assert_eq!(apply(spec, &edits[1]).unwrap(), "x:\n  maximum: 1\nc: 4\n");
    }

    #[test]
    fn a_text_that_misses_or_repeats_names_the_edit() {
        let edits = parse("t", TABLE_TEXT).expect("parses");
        let err = apply("y: 0\n", &edits[0]).unwrap_err();
        assert!(
            err.contains("edit widen") && err.contains("0 times"),
            "{err}"
        );
        let err = apply("  maximum: 1\n  maximum: 1\n", &edits[0]).unwrap_err();
        assert!(err.contains("2 times"), "{err}");
        // Whole lines only: a longer line ending in the text is not a match.
        let err = apply("xx  maximum: 1\n", &edits[0]).unwrap_err();
        assert!(err.contains("0 times"), "{err}");
    }

    #[test]
    fn malformed_tables_are_refused() {
        for bad in [
            "stray\n",
            "=== a\nkind: nothing\n--- find\nx\n--- replace\ny\n",
            "=== a\n--- find\nx\n--- replace\ny\n",
            "=== a\nkind: enum\n--- replace\ny\n",
            "=== a\nkind: enum\n--- find\nx\n--- replace\nx\n",
            "=== a\nkind: enum\n",
            "=== a\nkind: enum\n--- find\nx\n--- replace\ny\n=== a\nkind: enum\n--- find\nx\n--- replace\ny\n",
        ] {
            assert!(parse("t", bad).is_err(), "{bad:?} is accepted");
        }
    }

    #[test]
    fn the_table_applies_to_the_spec_and_covers_every_kind() {
        let root = crate::workspace_root();
        let text = std::fs::read_to_string(root.join(TABLE)).expect("reads the table");
        let edits = parse(TABLE, &text).expect("the table parses");
        let spec = std::fs::read_to_string(root.join(crate::SPEC)).expect("reads the spec");
        let rotted: Vec<String> = edits
            .iter()
            .filter_map(|edit| apply(&spec, edit).err())
            .collect();
        assert!(rotted.is_empty(), "{}", rotted.join("\n"));
        assert!(edits.len() >= 40, "only {} edits", edits.len());
        for kind in REQUIRED_KINDS {
            assert!(
                edits.iter().any(|edit| edit.kind == *kind),
                "no edit of kind {kind}"
            );
        }
    }
}
