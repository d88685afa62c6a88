//! The one error type of the generator: every refusal says what and where.

/// Why a document could not be turned into code.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CodegenError {
    /// The text is not YAML/JSON, or not an OpenAPI 3.0 document that `openapiv3` can read.
    #[error("{source_name}: {pointer}: {message}")]
    Parse {
        source_name: String,
        /// JSON pointer (RFC 6901) of the value that could not be read, `""` for the root.
        pointer: String,
        message: String,
    },
    /// The document uses something outside the supported subset.
    #[error("{source_name}: {pointer}: unsupported {construct}: {reason}")]
    Unsupported {
        source_name: String,
        /// JSON pointer (RFC 6901) of the offending construct.
        pointer: String,
        construct: String,
        reason: String,
    },
    /// progenitor or typify refused the document (or failed on it).
    #[error("{source_name}: the client generator failed: {message}")]
    Generator {
        source_name: String,
        message: String,
    },
}

/// Escapes one reference token of a JSON pointer (RFC 6901 section 3).
pub(crate) fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Joins reference tokens into a JSON pointer.
pub(crate) fn pointer<'a>(tokens: impl IntoIterator<Item = &'a str>) -> String {
    tokens
        .into_iter()
        .map(|t| format!("/{}", escape_token(t)))
        .collect()
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
}
