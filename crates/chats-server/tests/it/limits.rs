//! Resource limits of the server, each exercised over a real socket: slow and idle clients are
//! cut off, over-long headers are refused, idle connections do not starve others, a
//! connection past the limit waits for a slot, a body over its limit is refused without
//! reading the rest, and a flood of filter values is refused before any query (the limit on
//! `search` is in the router's tests).

use std::{
    io::{Read, Write},
    net::TcpStream,
    time::{Duration, Instant},
};

use chats_server::http::ServeLimits;

struct Running {
    address: std::net::SocketAddr,
    key: String,
    _dir: tempfile::TempDir,
}

async fn start(limits: ServeLimits) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let (storage, key) = crate::support::sqlite_workspace(dir.path(), None).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let app = chats_server::http::app(storage);
    tokio::spawn(chats_server::http::serve(
        listener,
        app,
        limits,
        std::future::pending(),
    ));
    Running {
        address,
        key,
        _dir: dir,
    }
}

fn short() -> ServeLimits {
    ServeLimits {
        header_read_timeout: Duration::from_millis(500),
        max_connections: 16,
        ..ServeLimits::default()
    }
}

/// Reads until the server closes the connection (or 10 s pass); what it sent.
fn read_until_closed(stream: &mut TcpStream) -> (String, Duration) {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let started = Instant::now();
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            Err(err) => panic!("the server kept the connection open: {err}"),
        }
    }
    (
        String::from_utf8_lossy(&received).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_trickles_its_headers_is_cut_off() {
    let running = start(short()).await;
    let address = running.address;
    let (_, waited) = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: a")
            .unwrap();
        read_until_closed(&mut stream)
    })
    .await
    .unwrap();
    assert!(
        waited < Duration::from_secs(9),
        "closed by the header timeout, not by the test"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_connection_is_closed_and_does_not_block_others() {
    let limits = ServeLimits {
        max_connections: 4,
        ..short()
    };
    let running = start(limits).await;
    let address = running.address;
    let outcome = tokio::task::spawn_blocking(move || {
        // Fill every slot with idle connections, then ask for something.
        let idle: Vec<TcpStream> = (0..4)
            .map(|_| TcpStream::connect(address).unwrap())
            .collect();
        let mut asking = TcpStream::connect(address).unwrap();
        asking
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .unwrap();
        let answer = read_until_closed(&mut asking);
        drop(idle);
        answer
    })
    .await
    .unwrap();
    assert!(outcome.0.starts_with("HTTP/1.1 200"), "{}", outcome.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_long_headers_are_refused_with_431() {
    let running = start(short()).await;
    let address = running.address;
    let (answer, _) = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        let header = "a".repeat(80 * 1024);
        let request = format!("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Long: {header}\r\n\r\n");
        let _ = stream.write_all(request.as_bytes());
        read_until_closed(&mut stream)
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_filter_values_is_refused_before_any_query() {
    let running = start(ServeLimits::default()).await;
    // 101 values reach the application and are refused by count, before any conversion.
    let ids: Vec<String> = (0..101)
        .map(|_| format!("channelIds={}", uuid::Uuid::nil()))
        .collect();
    let url = format!("http://{}/api/v1/chats?{}", running.address, ids.join("&"));
    let response = reqwest::Client::new()
        .get(url)
        .header("authorization", &running.key)
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status().as_u16(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["errors"][0]["location"], "query.channelIds");
    assert_eq!(
        body["errors"][0]["code"], "max_items",
        "refused by count, before conversion"
    );

    // 100,000 values (a 5 MB request line) never reach it: the server refuses the line.
    let address = running.address;
    let key = running.key.clone();
    let (answer, _) = tokio::task::spawn_blocking(move || {
        let ids = vec![format!("channelIds={}", uuid::Uuid::nil()); 100_000].join("&");
        let mut stream = TcpStream::connect(address).unwrap();
        let request =
            format!("GET /api/v1/chats?{ids} HTTP/1.1\r\nHost: x\r\nauthorization: {key}\r\n\r\n");
        let _ = stream.write_all(request.as_bytes());
        read_until_closed(&mut stream)
    })
    .await
    .unwrap();
    // 414/431 come from the HTTP layer; the application's own refusal would be a 400.
    let status = answer.get(9..12).unwrap_or("none").to_owned();
    assert!(["414", "431"].contains(&status.as_str()), "status {status}");
}

/// Sends a keep-alive `GET /healthz` on `stream` and reads its whole answer.
fn ask_health(stream: &mut TcpStream) -> String {
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut received = Vec::new();
    let mut buffer = [0u8; 1024];
    while !received.ends_with(b"\r\n\r\nok") {
        let n = stream.read(&mut buffer).expect("an answer");
        assert!(n > 0, "the server closed the connection");
        received.extend_from_slice(&buffer[..n]);
    }
    String::from_utf8_lossy(&received).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_past_the_limit_waits_for_a_slot() {
    let limits = ServeLimits {
        max_connections: 4,
        header_read_timeout: Duration::from_secs(5),
        ..ServeLimits::default()
    };
    let running = start(limits).await;
    let address = running.address;
    tokio::task::spawn_blocking(move || {
        // Four served connections, kept alive: every slot is taken.
        let mut held: Vec<TcpStream> = (0..4)
            .map(|_| {
                let mut stream = TcpStream::connect(address).unwrap();
                assert!(ask_health(&mut stream).starts_with("HTTP/1.1 200"));
                stream
            })
            .collect();
        // A fifth is not served while they are there...
        let mut fifth = TcpStream::connect(address).unwrap();
        fifth
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        fifth
            .set_read_timeout(Some(Duration::from_millis(800)))
            .unwrap();
        let mut buffer = [0u8; 1024];
        let early = fifth.read(&mut buffer);
        assert!(
            early.is_err(),
            "answered past the limit: {:?}",
            early.map(|n| String::from_utf8_lossy(&buffer[..n]).into_owned())
        );
        // ...and is as soon as one of them goes.
        drop(held.pop());
        fifth
            .set_read_timeout(Some(Duration::from_secs(3)))
            .unwrap();
        let n = fifth.read(&mut buffer).expect("served once a slot is free");
        assert!(buffer[..n].starts_with(b"HTTP/1.1 200"));
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_over_the_limit_is_refused_without_reading_the_rest() {
    let running = start(ServeLimits::default()).await;
    let (address, key) = (running.address, running.key.clone());
    let answer = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        // Announce 10 MB, send a little over the 64 KiB limit, then nothing more: an answer
        // can only come from a server that stopped reading at the limit.
        let head = format!(
            "POST /api/v1/chats HTTP/1.1\r\nHost: x\r\nauthorization: {key}\r\n\
             content-type: application/json\r\ncontent-length: 10000000\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).unwrap();
        let _ = stream.write_all(&[b' '; 65 * 1024]);
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut buffer = [0u8; 4096];
        let n = stream
            .read(&mut buffer)
            .expect("answered before the body ended");
        String::from_utf8_lossy(&buffer[..n]).into_owned()
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}
