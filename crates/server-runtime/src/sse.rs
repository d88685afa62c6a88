//! Server-sent events: the answer of an operation whose success is a `text/event-stream`
//! with an item schema (OpenAPI 3.2's `itemSchema`, or `x-item-schema` in a 3.0 or 3.1
//! document). The implementation returns an [`EventStream`] of typed [`Event`]s; the router
//! writes the framing (`id:`, `event:`, `retry:`, the data as one line of JSON), a keep-alive
//! comment every [`KEEP_ALIVE`] while nothing else is sent, and stops polling the stream
//! (dropping it) when the client goes away. The client's `Last-Event-ID` header reaches the
//! implementation as the operation's `last_event_id` request field.

use std::{convert::Infallible, fmt, future, pin::Pin, time::Duration};

use axum::response::{IntoResponse, Response, sse};
use futures_util::{Stream, StreamExt, stream};
use http::StatusCode;

use crate::{contract::check_body, schema::Schema};

/// How long an event stream may be silent before the router sends a keep-alive comment
/// (`:` and nothing else), so that proxies and load balancers keep the connection open.
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// One event of a stream: its typed data, and the optional fields of the SSE framing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event<T> {
    /// `id:`, which the client sends back as `Last-Event-ID` when it reconnects. Must not
    /// hold a line break or NUL (such an event ends the stream, logged).
    pub id: Option<String>,
    /// `event:`, the event's name (clients see `message` without one). Must not hold a line
    /// break.
    pub event: Option<String>,
    /// `data:`, written as one line of JSON.
    pub data: T,
    /// `retry:`, how long the client should wait before it reconnects.
    pub retry: Option<Duration>,
}

impl<T> Event<T> {
    /// An event carrying `data`, without id, name or retry.
    pub fn new(data: T) -> Self {
        Self {
            id: None,
            event: None,
            data,
            retry: None,
        }
    }

    /// With `id`.
    #[must_use]
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// With the name `event`.
    #[must_use]
    pub fn event(mut self, event: impl Into<String>) -> Self {
        self.event = Some(event.into());
        self
    }

    /// With `retry`.
    #[must_use]
    pub fn retry(mut self, after: Duration) -> Self {
        self.retry = Some(after);
        self
    }
}

/// The events an operation answers, as they happen. The stream ends the answer when it ends;
/// the router drops it when the client goes away.
pub struct EventStream<T> {
    inner: Pin<Box<dyn Stream<Item = Event<T>> + Send>>,
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream").finish_non_exhaustive()
    }
}

/// The events themselves, as the router reads them (and a test of an implementation).
impl<T> Stream for EventStream<T> {
    type Item = Event<T>;

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Event<T>>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<T: Send + 'static> EventStream<T> {
    /// The events `stream` yields.
    pub fn new(stream: impl Stream<Item = Event<T>> + Send + 'static) -> Self {
        Self {
            inner: Box::pin(stream),
        }
    }

    /// These events, then the end of the answer.
    pub fn iter(events: impl IntoIterator<Item = Event<T>, IntoIter: Send + 'static>) -> Self {
        Self::new(stream::iter(events))
    }
}

impl<T: serde::Serialize + Send + 'static> EventStream<T> {
    /// These events, each checked against `schema` as it leaves (the router's response
    /// validation, `RouterConfig::validate_responses`): the first whose data breaks the
    /// schema is logged with its violations and ends the stream, which no client would take
    /// for a complete one (it reconnects).
    #[must_use]
    pub fn checked(self, operation: &'static str, schema: &'static Schema) -> Self {
        Self::new(self.inner.scan((), move |(), event| {
            future::ready(match check_body(schema, &event.data) {
                Ok(()) => Some(event),
                Err(violations) => {
                    let details: Vec<String> = violations.iter().map(ToString::to_string).collect();
                    tracing::error!(
                        operation,
                        id = event.id.as_deref(),
                        violations = %details.join("; "),
                        "an event does not match the API's contract: the stream ends there"
                    );
                    None
                }
            })
        }))
    }
}

/// A response variant's answer that is an event stream: `code`, `text/event-stream`,
/// `Cache-Control: no-cache`, then each event as it comes, with a keep-alive comment after
/// [`KEEP_ALIVE`] of silence.
pub fn answer<T: serde::Serialize + Send + 'static>(code: u16, events: EventStream<T>) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let frames = events
        .inner
        .scan((), |(), event| future::ready(frame(event)))
        .map(Ok::<_, Infallible>);
    let mut response = sse::Sse::new(frames)
        .keep_alive(sse::KeepAlive::new().interval(KEEP_ALIVE))
        .into_response();
    *response.status_mut() = status;
    response
}

/// An event's framing, or `None` (logged) for one that cannot be framed: an id or name with
/// a line break, data that does not serialize.
fn frame<T: serde::Serialize>(event: Event<T>) -> Option<sse::Event> {
    let breaks = |text: &str| text.contains(['\r', '\n', '\0']);
    if event.id.as_deref().is_some_and(breaks) || event.event.as_deref().is_some_and(breaks) {
        tracing::error!(
            id = event.id.as_deref(),
            event = event.event.as_deref(),
            "an event's id or name holds a line break or NUL: the stream ends there"
        );
        return None;
    }
    let mut framed = match sse::Event::default().json_data(&event.data) {
        Ok(framed) => framed,
        Err(err) => {
            tracing::error!(%err, "an event's data does not serialize: the stream ends there");
            return None;
        }
    };
    if let Some(id) = event.id {
        framed = framed.id(id);
    }
    if let Some(name) = event.event {
        framed = framed.event(name);
    }
    if let Some(retry) = event.retry {
        framed = framed.retry(retry);
    }
    Some(framed)
}

/// A `Last-Event-ID` as any request field holds it (`Option<String>`, a number, …): its text,
/// if any.
pub fn last_event_id(field: &impl serde::Serialize) -> Option<String> {
    match serde_json::to_value(field).ok()? {
        serde_json::Value::String(text) => Some(text),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt as _;

    async fn text(response: Response) -> String {
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn events_are_framed_with_their_fields_and_json_data() {
        let events = EventStream::iter(vec![
            Event::new(serde_json::json!({"n": 1}))
                .id("1")
                .event("made")
                .retry(Duration::from_millis(1500)),
            Event::new(serde_json::json!("two")),
        ]);
        let response = answer(200, events);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        assert_eq!(
            text(response).await,
            "data: {\"n\":1}\nid: 1\nevent: made\nretry: 1500\n\ndata: \"two\"\n\n"
        );
    }

    #[tokio::test]
    async fn a_line_break_in_an_id_ends_the_stream_instead_of_a_panic() {
        let events = EventStream::iter(vec![
            Event::new(1).id("1"),
            Event::new(2).id("2\ndata: forged"),
            Event::new(3).id("3"),
        ]);
        assert_eq!(text(answer(200, events)).await, "data: 1\nid: 1\n\n");
    }

    #[tokio::test]
    async fn a_checked_stream_ends_at_the_first_event_that_breaks_its_schema() {
        static SCHEMA: Schema = Schema {
            kind: crate::schema::Kind::Integer(crate::schema::Numeric {
                format: None,
                minimum: None,
                maximum: None,
                exclusive_minimum: false,
                exclusive_maximum: false,
                multiple_of: None,
                enumeration: &[],
            }),
            ..Schema::ANY
        };
        let events = EventStream::iter(vec![
            Event::new(serde_json::json!(1)),
            Event::new(serde_json::json!("two")),
            Event::new(serde_json::json!(3)),
        ])
        .checked("op", &SCHEMA);
        assert_eq!(text(answer(200, events)).await, "data: 1\n\n");
    }

    #[test]
    fn last_event_ids_are_read_from_any_field() {
        assert_eq!(last_event_id(&Some("7")), Some("7".to_owned()));
        assert_eq!(last_event_id(&None::<String>), None);
        assert_eq!(last_event_id(&Some(42)), Some("42".to_owned()));
    }
}
