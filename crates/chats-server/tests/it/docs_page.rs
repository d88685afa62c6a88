//! `/docs` in a real browser: headless Chromium (Debian's `chromium` package) loads the page
//! from a running server, Swagger UI fetches our spec from the same server, and the seven
//! operations are on the page. No network beyond loopback is involved: the UI is served from
//! the binary.

use std::{process::Command, sync::Arc};

use chats_server::storage::Sqlite;

/// Where Debian puts Chromium; `CHATS_TEST_CHROMIUM` overrides it.
fn chromium() -> Option<String> {
    let path = std::env::var("CHATS_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    std::path::Path::new(&path).exists().then_some(path)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_docs_page_shows_the_seven_operations_in_a_real_browser() {
    let Some(chromium) = chromium() else {
        let message = "Chromium is not installed (apt-get install chromium): \
                       the_docs_page_shows_the_seven_operations_in_a_real_browser DID NOT RUN";
        // CI installs it and must run this test; elsewhere, say so loudly.
        assert!(std::env::var_os("CI").is_none(), "{message}");
        eprintln!("WARNING: {message}");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(Sqlite::open(&dir.path().join("chats.db")).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, chats_server::http::app(storage)).await });

    let profile = tempfile::tempdir().unwrap();
    let url = format!("http://{address}/docs/");
    let output = tokio::task::spawn_blocking(move || {
        Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--virtual-time-budget=15000",
                &format!("--user-data-dir={}", profile.path().display()),
                "--dump-dom",
                &url,
            ])
            .output()
    })
    .await
    .unwrap()
    .expect("chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        dom.contains("swagger-ui"),
        "the page is Swagger UI: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    for (method, path) in [
        ("GET", "/api/v1/chats/{id}/details"),
        ("GET", "/api/v1/chats/details"),
        ("GET", "/api/v1/chats"),
        ("POST", "/api/v1/chats"),
        ("GET", "/api/v1/chats/{id}"),
        ("DELETE", "/api/v1/chats/{id}"),
        ("PATCH", "/api/v1/chats/{id}"),
    ] {
        let rendered = dom.contains(&format!("data-path=\"{path}\""))
            && dom
                .to_lowercase()
                .contains(&format!("opblock-{}", method.to_lowercase()));
        assert!(rendered, "{method} {path} is not on the page");
    }
    assert!(dom.contains("Authorize"), "the Authorize button is there");
}
