//! What every module needs: a generated router on a socket, and raw JSON requests.

use serde_json::Value;

/// Serves `app` on a free port of 127.0.0.1; the base URL.
pub async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

/// A response's status and JSON body (`null` when it has none).
pub async fn status_and_json(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// POSTs `body` as JSON to `base` + `path`.
pub async fn post(base: &str, path: &str, body: &Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .json(body)
        .send()
        .await
        .expect("request");
    status_and_json(response).await
}

/// The `(location, code)` of each violation of a problem body.
pub fn violations(body: &Value) -> Vec<(String, String)> {
    body["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|error| {
            (
                error["location"].as_str().unwrap_or("").to_owned(),
                error["code"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}
