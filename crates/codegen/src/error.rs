//! The one error type of the generator: every refusal says what and where.

use crate::pointer::{Location, Locations};

/// Why a document could not be turned into code. Each names the document and, where the
/// text tells, the line and column (`openapi/petstore.yaml:12:7: …`, clickable in editors and
/// terminals).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CodegenError {
    /// The text is not YAML/JSON, or not an OpenAPI 3.0 document that `openapiv3` can read.
    #[error("{}: {}{message}", at(source_name, location), place(pointer))]
    Parse {
        source_name: String,
        /// JSON pointer (RFC 6901) of the value that could not be read, `""` for the root.
        pointer: String,
        /// Where the value (or the syntax error) is in the text.
        location: Option<Location>,
        message: String,
    },
    /// The document uses something outside the supported subset.
    #[error(
        "{}: {pointer}: unsupported {construct}: {reason}",
        at(source_name, location)
    )]
    Unsupported {
        source_name: String,
        /// JSON pointer (RFC 6901) of the offending construct.
        pointer: String,
        /// Where the construct is in the text.
        location: Option<Location>,
        construct: String,
        reason: String,
    },
    /// progenitor or typify refused the document (or failed on it).
    #[error("{source_name}: the client generator failed: {message}")]
    Generator {
        source_name: String,
        message: String,
    },
    /// Examples that do not match their schemas, each where it is written, with what the
    /// router's validator says of it.
    #[error("{}", examples(source_name, problems))]
    Examples {
        source_name: String,
        problems: Vec<ExampleProblem>,
    },
    /// The server generator could not read what progenitor made of the document.
    #[error("{source_name}: the server generator failed: {message}")]
    Server {
        source_name: String,
        message: String,
    },
}

/// One example that does not match its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleProblem {
    /// JSON pointer of the example's value.
    pub pointer: String,
    pub location: Option<Location>,
    /// The validator's findings: `example.title: must be a string`.
    pub findings: Vec<String>,
}

fn examples(source_name: &str, problems: &[ExampleProblem]) -> String {
    let lines: Vec<String> = problems
        .iter()
        .map(|problem| {
            format!(
                "{}: {}: the example does not match its schema: {}",
                at(source_name, &problem.location),
                problem.pointer,
                problem.findings.join("; ")
            )
        })
        .collect();
    lines.join("\n")
}

/// `pointer: `, or nothing for the document's root (a syntax error has no pointer).
fn place(pointer: &str) -> String {
    if pointer.is_empty() {
        String::new()
    } else {
        format!("{pointer}: ")
    }
}

/// `file:line:column`, or `file` where the place is not known.
pub(crate) fn at(source_name: &str, location: &Option<Location>) -> String {
    match location {
        Some(location) => format!(
            "{}:{location}",
            location
                .file
                .as_ref()
                .map_or(source_name, |file| file.as_str())
        ),
        None => source_name.to_owned(),
    }
}

impl CodegenError {
    /// Fills in the location of the error's pointer (or of its nearest ancestor that the text
    /// has) where it is not known yet.
    pub(crate) fn located(mut self, locations: &Locations) -> Self {
        if let Self::Parse {
            pointer, location, ..
        }
        | Self::Unsupported {
            pointer, location, ..
        } = &mut self
            && location.is_none()
        {
            *location = crate::pointer::nearest(locations, pointer).cloned();
        }
        self
    }
}
