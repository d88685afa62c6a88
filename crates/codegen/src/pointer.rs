//! Places in a document: JSON pointers (RFC 6901) and where a value starts in the text.
//!
//! A leaf: every stage that reports a place (reading, bundling, the subset check, the model,
//! the breaking check, errors) names it with these, and this module imports nothing of the
//! crate.

use std::collections::BTreeMap;

/// Where a value starts in the text: 1-based line and column (in characters), and the file
/// when it is not the document's root file (a multi-file spec, see `bundle.rs`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub line: u32,
    pub column: u32,
    /// The file the value was read from, when it is not the root document.
    pub file: Option<std::sync::Arc<String>>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The start of every value of a document, by JSON pointer (`""` is the root).
pub(crate) type Locations = BTreeMap<String, Location>;

/// Where the value at `pointer` starts, or its nearest ancestor that the text has.
pub(crate) fn nearest<'l>(locations: &'l Locations, pointer: &str) -> Option<&'l Location> {
    let mut prefix = pointer;
    loop {
        if let Some(found) = locations.get(prefix) {
            return Some(found);
        }
        prefix = &prefix[..prefix.rfind('/')?];
    }
}

/// Escapes one reference token of a JSON pointer (RFC 6901 section 3).
pub(crate) fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The reference token a pointer spells escaped.
pub(crate) fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Joins reference tokens into a JSON pointer.
pub(crate) fn pointer<'a>(tokens: impl IntoIterator<Item = &'a str>) -> String {
    tokens
        .into_iter()
        .map(|t| format!("/{}", escape_token(t)))
        .collect()
}

/// The reference tokens of a pointer, unescaped (`""` has none).
pub(crate) fn tokens(pointer: &str) -> Vec<String> {
    pointer.split('/').skip(1).map(unescape_token).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_slashes_and_tildes() {
        assert_eq!(
            pointer(["paths", "/api/v1/pets/{id}", "get"]),
            "/paths/~1api~1v1~1pets~1{id}/get"
        );
        assert_eq!(pointer(["a~b"]), "/a~0b");
        assert_eq!(pointer([]), "");
    }

    #[test]
    fn tokens_undo_pointer() {
        let written = pointer(["paths", "/a/{b}", "x~y"]);
        assert_eq!(tokens(&written), ["paths", "/a/{b}", "x~y"]);
        assert!(tokens("").is_empty());
    }

    #[test]
    fn nearest_climbs_to_a_known_ancestor() {
        let mut locations = Locations::new();
        let at = |line| Location {
            line,
            column: 1,
            file: None,
        };
        locations.insert(String::new(), at(1));
        locations.insert("/paths".to_owned(), at(3));
        assert_eq!(
            nearest(&locations, "/paths/~1a/get").map(|l| l.line),
            Some(3)
        );
        assert_eq!(nearest(&locations, "/info").map(|l| l.line), Some(1));
    }
}
