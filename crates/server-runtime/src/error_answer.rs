//! An operation's answer made from an error status and the spec's error body.

/// Implemented by the generated `Response` of every operation that documents error answers
/// with one body type (the spec's error schema): an implementation turns its own failures
/// into the operation's documented answers through it, without restating which statuses each
/// operation documents.
///
/// ```text
/// fn refused<R: ErrorAnswer<types::Problem>>(status: u16, problem: types::Problem) -> R {
///     R::error_answer(status, problem).unwrap_or_else(R::internal_error)
/// }
/// ```
pub trait ErrorAnswer<B>: Sized {
    /// The operation's `operationId`.
    const OPERATION_ID: &'static str;

    /// The answer of `status` with `body`, when the operation documents that status with this
    /// body: by its code, its range (`4XX`), or `default` (for a 4xx or 5xx); else the body
    /// back.
    fn error_answer(status: u16, body: B) -> Result<Self, B>;

    /// The answer for a failure of the implementation itself: `500` where the operation
    /// documents it, else its `5XX`, else `default` (as 500), else the last error status it
    /// documents.
    fn internal_error(body: B) -> Self;
}
