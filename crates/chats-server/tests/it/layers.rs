//! What every request goes through, as the service stacks it (`http::layers`, `http::serve`):
//! the whole-request timeout answers 408, the request id is echoed or made, and a shutdown
//! lets the requests in flight finish and accepts no new connection.

use std::time::Duration;

use axum::{Router, body::Body, http::Request, routing::get};
use chats_server::http::{REQUEST_ID, REQUEST_TIMEOUT, ServeLimits, layers, serve};
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
