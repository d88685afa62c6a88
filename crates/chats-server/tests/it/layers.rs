//! What every request goes through, as the service stacks it (`http::layers`, `http::serve`):
//! the whole-request timeout answers 408, the request id is echoed or made, every line logged
//! while a request runs carries its fields, and a shutdown lets the requests in flight finish
//! and accepts no new connection.

use std::time::Duration;

use axum::{Router, body::Body, http::Request, routing::get};
use chats_server::{
    http::{REQUEST_ID, REQUEST_TIMEOUT, ServeLimits, layers, serve},
    telemetry::LogFormat,
};
use tower::ServiceExt;

/// The service's layers around one route that takes `delay` to answer "done".
fn slow(delay: Duration) -> Router {
    layers(Router::new().route(
        "/slow",
        get(move || async move {
            tokio::time::sleep(delay).await;
            "done"
        }),
    ))
}

#[tokio::test(start_paused = true)]
async fn a_request_that_takes_too_long_is_answered_408_at_the_timeout() {
    let started = tokio::time::Instant::now();
    let answer = slow(Duration::from_secs(3_600))
        .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 408);
    // Time is paused and advanced only by timers: the answer came at the timeout exactly.
    assert_eq!(started.elapsed(), REQUEST_TIMEOUT);
    assert_eq!(
        REQUEST_TIMEOUT,
        Duration::from_secs(30),
        "as README.md says"
    );
}

/// The timeout answers inside the access layer, so its 408 is counted with the requests'
/// durations like any answer (the metrics once ran inside the timeout and missed it).
#[tokio::test(start_paused = true)]
async fn a_timed_out_request_is_counted_with_its_408() {
    let metrics = chats_server::telemetry::install().unwrap();
    // The recorder is the process's: another test of this process may have counted a 408.
    let counted = |text: &str| {
        text.lines()
            .find(|line| line.starts_with(
                "http_server_request_duration_seconds_count{http_request_method=\"GET\",http_route=\"\",http_response_status_code=\"408\""
            ))
            .and_then(|line| line.rsplit(' ').next()?.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let before = counted(&metrics.render());
    let answer = slow(Duration::from_secs(3_600))
        .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 408);
    let text = metrics.render();
    assert_eq!(counted(&text), before + 1, "{text}");
}

#[tokio::test]
async fn the_request_id_is_echoed_or_made() {
    let app = slow(Duration::ZERO);
    let echoed = app
        .clone()
        .oneshot(
            Request::get("/slow")
                .header(REQUEST_ID, "trace-me-123")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(echoed.headers()[REQUEST_ID], "trace-me-123");
    let made = app
        .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let id = made.headers()[REQUEST_ID].to_str().unwrap();
    assert!(
        uuid::Uuid::parse_str(id).is_ok(),
        "a new id is a UUID: {id}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_lets_requests_in_flight_finish_and_accepts_no_more() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(
        listener,
        slow(Duration::from_millis(800)),
        ServeLimits::default(),
        async {
            let _ = stopped.await;
        },
    ));
    let in_flight = tokio::spawn(
        reqwest::Client::new()
            .get(format!("http://{address}/slow"))
            .send(),
    );
    // The request is in the handler when the shutdown comes.
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.send(()).unwrap();
    let answer = in_flight
        .await
        .unwrap()
        .expect("the request in flight is answered");
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.text().await.unwrap(), "done");
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("serve returns once the request in flight is done")
        .unwrap();
    assert!(
        std::net::TcpStream::connect(address).is_err(),
        "no new connection after shutdown"
    );
}

/// The log's lines as a buffer collects them.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn lines(&self) -> Vec<String> {
        String::from_utf8(self.0.lock().unwrap().clone())
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

/// This thread's log, in `format`, into a buffer, until the guard is dropped.
fn capture(format: LogFormat) -> (Captured, tracing::subscriber::DefaultGuard) {
    use chats_server::telemetry::{JsonFields, JsonLines, TextLines};
    let captured = Captured::default();
    let writer = {
        let captured = captured.clone();
        move || captured.clone()
    };
    let lines = tracing_subscriber::fmt().with_writer(writer);
    let guard = match format {
        LogFormat::Text => tracing::subscriber::set_default(lines.event_format(TextLines).finish()),
        LogFormat::Json => tracing::subscriber::set_default(
            lines
                .fmt_fields(JsonFields)
                .event_format(JsonLines)
                .finish(),
        ),
    };
    (captured, guard)
}

/// Two routes through the service's layers: `/inner/{id}` logs a warning while it runs and
/// answers 200, `/failing` answers 500.
fn logging() -> Router {
    layers(chats_server::http::routed(
        Router::new()
            .route(
                "/inner/{id}",
                get(|| async {
                    tracing::warn!(attempt = 2, "inside the handler");
                    "done"
                }),
            )
            .route(
                "/failing",
                get(|| async { axum::http::StatusCode::INTERNAL_SERVER_ERROR }),
            ),
    ))
}

/// Serves one request with `trace` as its caller's trace id and `id` as its request id.
async fn traced(app: Router, path: &str, id: &str, trace: &str) -> u16 {
    app.oneshot(
        Request::get(path)
            .header(REQUEST_ID, id)
            .header("traceparent", format!("00-{trace}-00f067aa0ba902b7-01"))
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .unwrap()
    .status()
    .as_u16()
}

const TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";

/// The text log: a line logged inside the handler and the request's own line both carry
/// the request's method, path, request id, trace id and route; a 5xx is logged at `error`.
#[tokio::test]
async fn text_lines_carry_the_request_s_fields_from_inside_the_handler_too() {
    let (captured, _default) = capture(LogFormat::Text);
    assert_eq!(traced(logging(), "/inner/7", "req-1", TRACE).await, 200);
    assert_eq!(traced(logging(), "/failing", "req-2", TRACE).await, 500);
    let lines = captured.lines();
    assert_eq!(lines.len(), 3, "{lines:#?}");
    let fields = format!(
        "request{{method=GET path=/inner/7 request_id=req-1 trace_id={TRACE} route=/inner/{{id}}}}: "
    );
    assert!(
        lines[0].contains(&format!(
            "  WARN {fields}it::layers: inside the handler attempt=2"
        )),
        "{lines:#?}"
    );
    assert!(
        lines[1].contains(&format!(
            "  INFO {fields}chats_server::http: answered status=200 latency_us="
        )),
        "{lines:#?}"
    );
    assert!(
        lines[2].contains(" ERROR request{method=GET path=/failing request_id=req-2 ")
            && lines[2].contains("answered status=500"),
        "{lines:#?}"
    );
    // A line outside any request has no request fields.
    tracing::info!("outside");
    let outside = captured.lines().pop().unwrap();
    assert!(outside.ends_with("  INFO it::layers: outside"), "{outside}");
}

/// The JSON log: the same fields, under `span`, on both lines; without a `traceparent`
/// the trace id is the request id's hex digits.
#[tokio::test]
async fn json_lines_carry_the_request_s_fields_under_span() {
    let (captured, _default) = capture(LogFormat::Json);
    assert_eq!(traced(logging(), "/inner/7", "req-1", TRACE).await, 200);
    let id = "0e6f7a1c-5b2d-4e8f-9a3b-7c1d2e4f6a8b";
    let answer = logging()
        .oneshot(
            Request::get("/inner/8")
                .header(REQUEST_ID, id)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(answer.headers()[REQUEST_ID], id);
    let lines: Vec<serde_json::Value> = captured
        .lines()
        .iter()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 4, "{lines:#?}");
    let span = serde_json::json!({
        "method": "GET", "path": "/inner/7", "request_id": "req-1", "trace_id": TRACE,
        "route": "/inner/{id}", "name": "request",
    });
    assert_eq!(lines[0]["message"], "inside the handler");
    assert_eq!(lines[0]["attempt"], 2);
    assert_eq!(lines[0]["level"], "WARN");
    assert_eq!(lines[0]["span"], span);
    assert_eq!(lines[1]["message"], "answered");
    assert_eq!(lines[1]["status"], 200);
    assert_eq!(lines[1]["span"], span);
    assert_eq!(
        lines[3]["span"]["trace_id"],
        id.replace('-', ""),
        "{lines:#?}"
    );
    // A caller's request id longer than a UUID is its trace id whole, not cut at 36.
    let long = "caller-0123456789-0123456789-0123456789-0123456789";
    let answer = logging()
        .oneshot(
            Request::get("/inner/9")
                .header(REQUEST_ID, long)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(answer.headers()[REQUEST_ID], long);
    let last: serde_json::Value =
        serde_json::from_str(captured.lines().last().expect("a line")).expect("JSON");
    assert_eq!(last["span"]["trace_id"], long.replace('-', ""), "{last}");
}
