//! Server-sent events: the typed stream a generated client's `events()` returns for an
//! operation whose success is a `text/event-stream` with an item schema. The bytes are read
//! as the HTML standard's event-stream parser reads them (`data`, `event`, `id`, `retry`,
//! comments; lines ended by CR, LF or CRLF), each event's data as JSON of the item schema's
//! type; a dropped or ended connection is opened again with the last id seen as
//! `Last-Event-ID`, after the server's `retry:` or else the client's retry backoff.

use std::{collections::VecDeque, future::Future, pin::Pin, time::Duration};

use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt};
use progenitor_client::ByteStream;

use crate::{Error, RetryPolicy};

/// One event as the server framed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event<T> {
    /// The `id:` sent with this event (the id the stream resumes from is the last one sent,
    /// with this event or before).
    pub id: Option<String>,
    /// The `event:` name (`None`: a browser's `message`). A name the spec does not list is
    /// passed on like any other.
    pub event: Option<String>,
    /// The `data:` lines, read as JSON.
    pub data: T,
    /// A `retry:` sent with this event: the wait before a reconnection, from now on.
    pub retry: Option<Duration>,
}

/// The events of a stream, across reconnections. An item is an error when an event's data
/// is not the spec's type (the stream goes on) or when the stream cannot go on (then it is
/// the last item).
pub type EventStream<'a, T, E> =
    Pin<Box<dyn Stream<Item = Result<Event<T>, Error<E>>> + Send + 'a>>;

/// The events of the streams `connect` opens: the first with no `Last-Event-ID` (`None`),
/// each later one with the last id the server sent. A connection that breaks or ends is
/// opened again after the server's last `retry:`, else the policy's backoff; after
/// [`RetryPolicy::max_retries`] reconnections in a row without an event, the stream ends: a
/// broken connection with its error, an ended one without. An error from `connect` (which
/// sends under the client's retry policy itself) ends the stream with it.
pub fn events<'a, T, E, F, Fut>(policy: RetryPolicy, connect: F) -> EventStream<'a, T, E>
where
    T: serde::de::DeserializeOwned + Send + 'a,
    E: Send + 'a,
    F: FnMut(Option<String>) -> Fut + Send + 'a,
    Fut: Future<Output = Result<ByteStream, Error<E>>> + Send + 'a,
{
    struct State<F> {
        connect: F,
        policy: RetryPolicy,
        body: Option<ByteStream>,
        parser: Parser,
        ready: VecDeque<Frame>,
        /// Reconnections since the last event.
        idle: u32,
        done: bool,
    }
    let state = State {
        connect,
        policy,
        body: None,
        parser: Parser::default(),
        ready: VecDeque::new(),
        idle: 0,
        done: false,
    };
    Box::pin(stream::unfold(state, |mut state| async move {
        loop {
            if let Some(frame) = state.ready.pop_front() {
                state.idle = 0;
                let item = match serde_json::from_str::<T>(&frame.data) {
                    Ok(data) => Ok(Event {
                        id: frame.id,
                        event: frame.event,
                        data,
                        retry: frame.retry,
                    }),
                    Err(err) => Err(Error::InvalidResponsePayload(Bytes::from(frame.data), err)),
                };
                return Some((item, state));
            }
            if state.done {
                return None;
            }
            let Some(body) = state.body.as_mut() else {
                if state.idle > 0 {
                    let wait = state
                        .parser
                        .retry
                        .unwrap_or_else(|| state.policy.delay(state.idle, None));
                    tokio::time::sleep(wait).await;
                }
                match (state.connect)(state.parser.last_id.clone()).await {
                    Ok(body) => {
                        state.parser.restart();
                        state.body = Some(body);
                    }
                    Err(err) => {
                        state.done = true;
                        return Some((Err(err), state));
                    }
                }
                continue;
            };
            match body.next().await {
                Some(Ok(bytes)) => state.parser.feed(&bytes, &mut state.ready),
                ended => {
                    state.body = None;
                    state.idle += 1;
                    if state.idle > state.policy.max_retries() {
                        state.done = true;
                        if let Some(Err(err)) = ended {
                            return Some((Err(Error::ResponseBodyError(err)), state));
                        }
                    }
                }
            }
        }
    }))
}

/// An event's fields as read, its data not yet parsed.
#[derive(Debug, PartialEq, Eq)]
struct Frame {
    id: Option<String>,
    event: Option<String>,
    data: String,
    retry: Option<Duration>,
}

/// The HTML standard's event-stream interpretation, fed chunk by chunk.
#[derive(Debug, Default)]
struct Parser {
    /// Bytes of a line not yet ended.
    line: Vec<u8>,
    /// The last byte fed was a CR: an LF right after it ends no second line.
    after_cr: bool,
    /// No byte of this connection read yet (a byte order mark is skipped).
    started: bool,
    data: String,
    event: Option<String>,
    id: Option<String>,
    retry_field: Option<Duration>,
    /// The last event id of the stream, across connections.
    last_id: Option<String>,
    /// The reconnection time the server set last.
    retry: Option<Duration>,
}

impl Parser {
    /// A new connection: a line or event left unfinished by the last one is dropped.
    fn restart(&mut self) {
        self.line.clear();
        self.after_cr = false;
        self.started = false;
        self.data.clear();
        self.event = None;
        self.id = None;
        self.retry_field = None;
    }

    fn feed(&mut self, mut bytes: &[u8], ready: &mut VecDeque<Frame>) {
        if !self.started && !bytes.is_empty() {
            self.started = true;
            bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        }
        for &byte in bytes {
            match byte {
                b'\n' if self.after_cr => self.after_cr = false,
                b'\n' | b'\r' => {
                    self.after_cr = byte == b'\r';
                    let line = std::mem::take(&mut self.line);
                    self.line(&String::from_utf8_lossy(&line), ready);
                }
                _ => {
                    self.after_cr = false;
                    self.line.push(byte);
                }
            }
        }
    }

    fn line(&mut self, line: &str, ready: &mut VecDeque<Frame>) {
        if line.is_empty() {
            self.dispatch(ready);
            return;
        }
        if line.starts_with(':') {
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "data" => {
                self.data.push_str(value);
                self.data.push('\n');
            }
            "event" => self.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => {
                self.id = Some(value.to_owned());
                self.last_id = (!value.is_empty()).then(|| value.to_owned());
            }
            "retry" if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) => {
                if let Ok(millis) = value.parse::<u64>() {
                    let after = Duration::from_millis(millis);
                    self.retry = Some(after);
                    self.retry_field = Some(after);
                }
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, ready: &mut VecDeque<Frame>) {
        let (id, event, retry) = (
            self.id.take(),
            self.event.take().filter(|name| !name.is_empty()),
            self.retry_field.take(),
        );
        if self.data.is_empty() {
            return;
        }
        let mut data = std::mem::take(&mut self.data);
        data.pop();
        ready.push_back(Frame {
            id,
            event,
            data,
            retry,
        });
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    fn frames(chunks: &[&str]) -> Vec<Frame> {
        let mut parser = Parser::default();
        let mut ready = VecDeque::new();
        for chunk in chunks {
            parser.feed(chunk.as_bytes(), &mut ready);
        }
        ready.into()
    }

    fn frame(id: Option<&str>, event: Option<&str>, data: &str) -> Frame {
        Frame {
            id: id.map(str::to_owned),
            event: event.map(str::to_owned),
            data: data.to_owned(),
            retry: None,
        }
    }

    #[test]
    fn fields_comments_and_line_ends_are_read_as_the_html_standard_says() {
        assert_eq!(
            frames(&[
                "\u{feff}: a comment\ndata: {\"a\"\ndata:1}\nid: 7\nevent: made\n\n",
                "data: 2\r",
                "\nid\r\n\r\ndata:3\rretry: 1500\r\rdata: no end",
            ]),
            [
                frame(Some("7"), Some("made"), "{\"a\"\n1}"),
                frame(Some(""), None, "2"),
                Frame {
                    retry: Some(Duration::from_millis(1500)),
                    ..frame(None, None, "3")
                },
            ]
        );
    }

    #[test]
    fn an_event_without_data_is_not_dispatched_but_its_id_is_kept() {
        let mut parser = Parser::default();
        let mut ready = VecDeque::new();
        parser.feed(b"id: 4\n\nretry: x\n\n", &mut ready);
        assert!(ready.is_empty());
        assert_eq!(parser.last_id.as_deref(), Some("4"));
        assert_eq!(
            parser.retry, None,
            "a retry of other than digits is ignored"
        );
    }

    fn chunks(items: &[&'static str]) -> ByteStream {
        let items: Vec<reqwest::Result<Bytes>> = items
            .iter()
            .map(|item| Ok(Bytes::from_static(item.as_bytes())))
            .collect();
        ByteStream::new(Box::pin(stream::iter(items)))
    }

    #[tokio::test]
    async fn an_ended_stream_is_resumed_from_the_last_id_and_bad_data_is_an_item() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&asked);
        let policy = RetryPolicy::default().base_delay(Duration::from_millis(1));
        let all: Vec<Result<Event<u32>, Error>> = events(policy, move |last| {
            seen.lock().unwrap().push(last.clone());
            let body = match last.as_deref() {
                None => chunks(&["id: 1\ndata: 1\n\nid: 2\nda", "ta: \"two\"\n\n"]),
                Some("2") => chunks(&["retry: 1\nid: 3\ndata: 3\n\n"]),
                Some(_) => chunks(&[]),
            };
            std::future::ready(Ok(body))
        })
        .collect()
        .await;
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].as_ref().unwrap().data, 1);
        assert!(matches!(all[1], Err(Error::InvalidResponsePayload(..))));
        assert_eq!(all[2].as_ref().unwrap().id.as_deref(), Some("3"));
        assert_eq!(
            *asked.lock().unwrap(),
            [
                None,
                Some("2".to_owned()),
                Some("3".to_owned()),
                Some("3".to_owned())
            ],
            "after event 3, two reconnections without an event (the policy's retries), then the end"
        );
    }

    #[tokio::test]
    async fn a_failed_connection_ends_the_stream_with_its_error() {
        let all: Vec<Result<Event<u32>, Error>> = events(RetryPolicy::default(), |_| {
            std::future::ready(Err(Error::Custom("refused".to_owned())))
        })
        .collect()
        .await;
        assert!(matches!(&all[..], [Err(Error::Custom(message))] if message == "refused"));
    }
}
