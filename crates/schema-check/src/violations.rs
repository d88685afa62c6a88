//! What a check found wrong: one [`FieldError`] per violation, collected into a bounded
//! [`Violations`].

use serde::Serialize;

/// One invalid field of a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// `path.id`, `query.pageSize`, `header.x-request-id`, `body.title`, `body.items[0]`.
    pub location: String,
    /// The rule that failed: `required`, `type`, `format`, `enum`, `minimum`, ….
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(location: &str, code: &str, message: &str) -> Self {
        Self {
            location: location.to_owned(),
            code: code.to_owned(),
            message: message.to_owned(),
        }
    }
}

/// The violations found in one request; at most [`Violations::LIMIT`] are kept, so that a
/// request with a hundred thousand bad values gets a short answer.
#[derive(Debug, Default)]
pub struct Violations {
    errors: Vec<FieldError>,
    dropped: usize,
}

impl Violations {
    pub const LIMIT: usize = 50;

    pub fn push(&mut self, error: FieldError) {
        if self.errors.len() < Self::LIMIT {
            self.errors.push(error);
        } else {
            self.dropped += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn len(&self) -> usize {
        self.errors.len() + self.dropped
    }

    pub fn into_vec(self) -> Vec<FieldError> {
        self.errors
    }

    /// `other`'s violations after these, counted as if pushed here one by one.
    pub fn append(&mut self, other: Violations) {
        for error in other.errors {
            self.push(error);
        }
        self.dropped += other.dropped;
    }

    /// How many violations were counted but not kept (beyond [`Violations::LIMIT`]).
    pub fn dropped(&self) -> usize {
        self.dropped
    }
}
