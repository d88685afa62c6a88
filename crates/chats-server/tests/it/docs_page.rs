//! `/docs` in a real browser: headless Chromium (Debian's `chromium` package) loads the page
//! from a running server, Swagger UI fetches our spec from the same server, and the seven
//! operations are on the page. No network beyond loopback is involved: the UI is served from
//! the binary.

use std::sync::Arc;

use chats_server::{storage::Sqlite, testing::Prerequisite};

/// Where Debian puts Chromium (`CHATS_TEST_CHROMIUM` overrides it); `None` when the test is
/// opted out. A missing browser fails the test.
fn chromium() -> Option<String> {
    let browser = Prerequisite::Browser;
    if browser.skipped() {
        browser.record_skip();
        return None;
    }
    let path = std::env::var("CHATS_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !std::path::Path::new(&path).exists() {
        browser.missing(
            &format!("Chromium is not at {path}"),
            "install it (apt-get install chromium) or set CHATS_TEST_CHROMIUM to its path",
        );
    }
    Some(path)
}

/// How long the browser may take before the test fails instead of hanging.
const BROWSER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_docs_page_shows_the_seven_operations_in_a_real_browser() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(Sqlite::open(&dir.path().join("chats.db")).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, chats_server::http::app(storage)).await });

    let profile = tempfile::tempdir().unwrap();
    let url = format!("http://{address}/docs/");
    let browser = tokio::process::Command::new(chromium)
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
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(BROWSER_TIMEOUT, browser)
        .await
        .unwrap_or_else(|_| panic!("Chromium did not finish within {BROWSER_TIMEOUT:?}"))
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

/// The page lists each operation's extensions (`x-stability`, `x-sunset`, `x-deprecated-by`)
/// under it: Swagger UI is configured with `showExtensions`.
#[tokio::test]
async fn the_docs_page_shows_the_lifecycle_extensions() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(Sqlite::open(&dir.path().join("chats.db")).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, chats_server::http::app(storage)).await });
    let script = reqwest::get(format!("http://{address}/docs/swagger-initializer.js"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let compact: String = script.split_whitespace().collect();
    assert!(compact.contains("\"showExtensions\":true"), "{script}");
}
