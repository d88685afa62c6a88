//! Response validation: an implementation's answer checked against the spec before it leaves
//! (`RouterConfig::validate_responses`, on in debug builds). The generated `Response::check`
//! of each operation calls [`check_body`] with the documented schema of the answer's status
//! (and [`check_status`] for a range or `default` status); an answer that breaks the contract
//! is logged with its operation, status and the JSON pointers of every violation, and
//! answered 500 with the spec's error body ([`broken_contract`]), so that an implementation
//! drifting from the spec fails its own tests instead of its clients.

use crate::{
    rejection::{ProblemKind, Rejection, Violations},
    schema::Schema,
};

/// One way an answer breaks its schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractViolation {
    /// Where, as a JSON pointer into the body (`/0/title`; empty for the body itself, or for
    /// the status).
    pub pointer: String,
    /// The rule that failed: `required`, `type`, `format`, `enum`, `status`, ….
    pub code: String,
    pub message: String,
}

impl std::fmt::Display for ContractViolation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(the body)"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: {} ({})", self.message, self.code)
    }
}

/// Checks a JSON answer's body against `schema`: every violation, by JSON pointer.
pub fn check_body<T: serde::Serialize>(
    schema: &Schema,
    body: &T,
) -> Result<(), Vec<ContractViolation>> {
    let value = serde_json::to_value(body).map_err(|err| {
        vec![ContractViolation {
            pointer: String::new(),
            code: "serialize".to_owned(),
            message: format!("the body does not serialize as JSON: {err}"),
        }]
    })?;
    let mut violations = Violations::default();
    schema.validate_as(
        crate::schema::Direction::Response,
        &value,
        "",
        &mut violations,
    );
    if violations.is_empty() {
        return Ok(());
    }
    Err(violations
        .into_vec()
        .into_iter()
        .map(|error| ContractViolation {
            pointer: pointer(&error.location),
            code: error.code,
            message: error.message,
        })
        .collect())
}

/// The typed check of an answer: what its Rust type cannot carry, checked on the value in
/// place (the generated `answers` module walks the value; the generator decided, from the
/// type and the schema, which fields need a look). `at` is the JSON pointer of the value
/// being looked at; every violation is recorded under it.
#[derive(Debug)]
pub struct Collect {
    at: String,
    violations: Vec<ContractViolation>,
}

impl Default for Collect {
    /// Room for a pointer a few members deep, so that stepping in does not grow it piecemeal.
    fn default() -> Self {
        Self {
            at: String::with_capacity(64),
            violations: Vec::new(),
        }
    }
}

impl Collect {
    /// Steps into the member `name`; [`Collect::leave`] with what it returned steps out.
    pub fn enter(&mut self, name: &str) -> usize {
        let len = self.at.len();
        self.at.push('/');
        if name.contains(['~', '/']) {
            for c in name.chars() {
                match c {
                    '~' => self.at.push_str("~0"),
                    '/' => self.at.push_str("~1"),
                    c => self.at.push(c),
                }
            }
        } else {
            self.at.push_str(name);
        }
        len
    }

    /// Steps into the item at `index`.
    pub fn enter_index(&mut self, index: usize) -> usize {
        use std::fmt::Write as _;
        let len = self.at.len();
        let _ = write!(self.at, "/{index}");
        len
    }

    pub fn leave(&mut self, len: usize) {
        self.at.truncate(len);
    }

    /// A string against the keywords its type does not carry (lengths, a pattern, a format).
    pub fn text(&mut self, schema: &Schema, text: &str) {
        let mut violations = Violations::default();
        schema.validate_str(
            crate::schema::Direction::Response,
            text,
            "",
            &mut violations,
        );
        self.record(violations);
    }

    /// A value against `schema` whole (a number's bounds, a `serde_json::Value` field, a
    /// date outside the years RFC 3339 writes).
    pub fn value(&mut self, schema: &Schema, value: &serde_json::Value) {
        let mut violations = Violations::default();
        schema.validate_as(
            crate::schema::Direction::Response,
            value,
            "",
            &mut violations,
        );
        self.record(violations);
    }

    /// A `chrono` date or date-time: its year is within what RFC 3339 writes, else it is
    /// serialized and checked whole.
    pub fn year<T: serde::Serialize>(&mut self, schema: &Schema, year: i32, value: &T) {
        if !(0..=9999).contains(&year) {
            let value = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
            self.value(schema, &value);
        }
    }

    fn record(&mut self, violations: Violations) {
        for error in violations.into_vec() {
            self.violations.push(ContractViolation {
                pointer: format!("{}{}", self.at, pointer(&error.location)),
                code: error.code,
                message: error.message,
            });
        }
    }

    /// Every violation recorded, or `Ok`.
    pub fn finish(self) -> Result<(), Vec<ContractViolation>> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(self.violations)
        }
    }
}

/// Marks violations the serialized check found after the typed check passed: the
/// generator's reading of a type proved too much (a bug to report). Debug builds run both.
pub fn missed_by_types(mut violations: Vec<ContractViolation>) -> Vec<ContractViolation> {
    for violation in &mut violations {
        violation.message = format!(
            "{} (missed by the generated typed check: please report this generator bug)",
            violation.message
        );
    }
    violations
}

/// Checks a raw answer in a JSON media type (`application/problem+json`) against `schema`:
/// its bytes must parse as JSON, then as [`check_body`].
pub fn check_json_bytes(schema: &Schema, body: &[u8]) -> Result<(), Vec<ContractViolation>> {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(value) => check_body(schema, &value),
        Err(err) => Err(vec![ContractViolation {
            pointer: String::new(),
            code: "json".to_owned(),
            message: format!("the body is not JSON: {err}"),
        }]),
    }
}

/// Checks a status answered for a documented range (`hundreds`: 4 for `4XX`) or, with
/// `None`, for `default` (any status the operation does not document by its code, `taken`).
pub fn check_status(
    status: u16,
    hundreds: Option<u16>,
    taken: &[u16],
) -> Result<(), Vec<ContractViolation>> {
    let valid = (100..=599).contains(&status)
        && match hundreds {
            Some(hundreds) => status / 100 == hundreds,
            None => !taken.contains(&status),
        };
    if valid {
        return Ok(());
    }
    let documented = match hundreds {
        Some(hundreds) => format!("a {hundreds}XX status"),
        None => "a status the operation does not document by its code".to_owned(),
    };
    Err(vec![ContractViolation {
        pointer: String::new(),
        code: "status".to_owned(),
        message: format!("{status} answered where the spec documents {documented}"),
    }])
}

/// Logs an answer that breaks the contract (operation, status, every violation's pointer)
/// and returns the 500 it is answered with instead. The body never says what was wrong: the
/// log does.
pub fn broken_contract(
    operation: &str,
    status: u16,
    violations: &[ContractViolation],
) -> Rejection {
    let pointers: Vec<&str> = violations
        .iter()
        .map(|violation| violation.pointer.as_str())
        .collect();
    let details: Vec<String> = violations.iter().map(ToString::to_string).collect();
    tracing::error!(
        operation,
        status,
        pointers = ?pointers,
        violations = %details.join("; "),
        "the answer does not match the API's contract: answered 500 instead"
    );
    Rejection::new(ProblemKind::Internal, "An unexpected error occurred.")
}

/// A validator location (`.items[2].title`, from the root `""`) as a JSON pointer
/// (`/items/2/title`).
fn pointer(location: &str) -> String {
    let mut out = String::new();
    let mut rest = location;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').unwrap_or(after.len());
            out.push('/');
            out.push_str(&after[..end]);
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            let after = rest.strip_prefix('.').unwrap_or(rest);
            let end = after.find(['.', '[']).unwrap_or(after.len());
            out.push('/');
            out.push_str(&after[..end].replace('~', "~0").replace('/', "~1"));
            rest = &after[end..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_become_json_pointers() {
        assert_eq!(pointer(""), "");
        assert_eq!(pointer(".title"), "/title");
        assert_eq!(pointer("[2].owner.id"), "/2/owner/id");
        assert_eq!(pointer(".items[10][0].a/b~c"), "/items/10/0/a~1b~0c");
    }

    /// A member's name is escaped in the pointer (`~0`, `~1`), a plain one copied as it is,
    /// and stepping out leaves the pointer as it was.
    #[test]
    fn members_stepped_into_name_the_violation_s_pointer() {
        let short = crate::schema::Schema {
            nullable: false,
            kind: crate::schema::Kind::String(crate::schema::Text {
                min_length: Some(5),
                ..Default::default()
            }),
            all_of: &[],
            any_of: &[],
            example: None,
        };
        let mut collect = Collect::default();
        let outer = collect.enter("a/b~c");
        let inner = collect.enter("title");
        collect.text(&short, "abc");
        collect.leave(inner);
        let index = collect.enter_index(3);
        collect.text(&short, "abcd");
        collect.leave(index);
        collect.leave(outer);
        collect.text(&short, "ab");
        let pointers: Vec<String> = collect
            .finish()
            .expect_err("three strings too short")
            .into_iter()
            .map(|violation| violation.pointer)
            .collect();
        assert_eq!(pointers, ["/a~1b~0c/title", "/a~1b~0c/3", ""]);
    }

    #[test]
    fn statuses_outside_their_range_or_taken_by_a_code_break_the_contract() {
        assert!(check_status(404, Some(4), &[]).is_ok());
        assert!(check_status(503, Some(4), &[]).is_err());
        assert!(check_status(418, None, &[200, 404]).is_ok());
        assert!(check_status(404, None, &[200, 404]).is_err());
        assert!(check_status(99, None, &[]).is_err());
    }
}
