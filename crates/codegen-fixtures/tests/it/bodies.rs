//! The bodies fixture over a real socket: a form body (typed on both sides, each field read as
//! its schema's type), a multipart or image upload and a text body (the documented media type
//! and the bytes reach the implementation; another type is a 415), and a JSON body documented
//! as `text/json` (the generator reads it as JSON, and so does the router).

use std::sync::Arc;

use codegen_fixtures::{bodies_client as client, bodies_server as server};
use server::{UploadsApi, types};

struct Uploads;

fn echo(summary: String) -> types::Echo {
    types::Echo { summary }
}

impl UploadsApi for Uploads {
    async fn issue_token(
        &self,
        request: server::issue_token::Request,
    ) -> server::issue_token::Response {
        let body = request.body;
        server::issue_token::Response::Ok(echo(format!(
            "{} ttl={:?} scope={:?} remember={:?}",
            body.grant_type,
            body.ttl.map(|ttl| ttl.get()),
            body.scope,
            body.remember
        )))
    }

    async fn upload(&self, request: server::upload::Request) -> server::upload::Response {
        let body = request.body;
        server::upload::Response::Ok(echo(format!(
            "{} {}",
            body.content_type,
            String::from_utf8_lossy(&body.bytes)
        )))
    }

    async fn put_note(&self, request: server::put_note::Request) -> server::put_note::Response {
        let summary = match request.body {
            Some(body) => format!(
                "{} {}",
                body.content_type,
                String::from_utf8_lossy(&body.bytes)
            ),
            None => "nothing".to_owned(),
        };
        server::put_note::Response::Ok(echo(summary))
    }

    async fn post_legacy(
        &self,
        request: server::post_legacy::Request,
    ) -> server::post_legacy::Response {
        server::post_legacy::Response::Ok(echo(format!("json {}", request.body.summary)))
    }
}

async fn start() -> String {
    super::support::serve(server::router(Arc::new(Uploads))).await
}

#[tokio::test]
async fn a_form_is_typed_on_both_sides() {
    let base = start().await;
    let client = client::Client::new(&base);
    let echo = client
        .issue_token()
        .body_map(|body| {
            body.grant_type(client::types::IssueTokenBodyGrantType::Password)
                .ttl(std::num::NonZeroU64::new(60))
                .remember(Some(true))
        })
        .send()
        .await
        .expect("issued")
        .into_inner();
    assert_eq!(
        echo.summary,
        "password ttl=Some(60) scope=[] remember=Some(true)"
    );

    // Repeated keys are an array; a value outside the schema is a 400 naming the field.
    let http = reqwest::Client::new();
    let form = |body: &'static str| {
        http.post(format!("{base}/tokens"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let echo: types::Echo = form("grant_type=client_credentials&scope=a&scope=b%20c")
        .await
        .expect("request")
        .json()
        .await
        .expect("echo");
    assert_eq!(
        echo.summary,
        r#"client_credentials ttl=None scope=["a", "b c"] remember=None"#
    );
    let refused = form("grant_type=password&ttl=0").await.expect("request");
    assert_eq!(refused.status(), 400);
    let body: serde_json::Value = refused.json().await.expect("error");
    assert_eq!(body["errors"][0]["location"], "body.ttl", "{body}");
    let wrong_type = http
        .post(format!("{base}/tokens"))
        .json(&serde_json::json!({"grant_type": "password"}))
        .send()
        .await
        .expect("request");
    assert_eq!(wrong_type.status(), 415);
}

#[tokio::test]
async fn raw_bodies_reach_the_implementation_with_their_media_type() {
    let base = start().await;
    let client = client::Client::new(&base);
    // The generated client sends raw bodies as application/octet-stream.
    let echo = client
        .upload()
        .body("bytes")
        .send()
        .await
        .expect("uploaded")
        .into_inner();
    assert_eq!(echo.summary, "application/octet-stream bytes");
    let http = reqwest::Client::new();
    let send = |content_type: &'static str| {
        http.post(format!("{base}/files"))
            .header("content-type", content_type)
            .body("--b\r\n\r\nx\r\n--b--")
            .send()
    };
    let echo: types::Echo = send("multipart/form-data; boundary=b")
        .await
        .expect("request")
        .json()
        .await
        .expect("echo");
    assert_eq!(
        echo.summary,
        "multipart/form-data; boundary=b --b\r\n\r\nx\r\n--b--"
    );
    assert_eq!(
        send("image/png").await.expect("request").status(),
        200,
        "image/* covers it"
    );
    assert_eq!(send("text/csv").await.expect("request").status(), 415);

    let note = client.put_note().body("hello").send().await.expect("note");
    assert_eq!(note.into_inner().summary, "application/octet-stream hello");
    // progenitor's builder insists on a body; the router lets an optional one be absent.
    let none: types::Echo = http
        .put(format!("{base}/notes"))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("echo");
    assert_eq!(none.summary, "nothing");
}

#[tokio::test]
async fn a_body_documented_as_text_json_is_json_on_both_sides() {
    let base = start().await;
    // The generated client sends it typed (as application/json).
    let echo = client::Client::new(&base)
        .post_legacy()
        .body_map(|body| body.summary("typed"))
        .send()
        .await
        .expect("sent")
        .into_inner();
    assert_eq!(echo.summary, "json typed");
    // A caller that sends the documented `text/json` is read as JSON, validated as JSON.
    let http = reqwest::Client::new();
    let send = |content_type: &'static str, body: &'static str| {
        http.post(format!("{base}/legacy"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    for content_type in ["text/json", "text/json; charset=utf-8", "application/json"] {
        let answer = send(content_type, r#"{"summary": "raw"}"#)
            .await
            .expect("request");
        assert_eq!(answer.status(), 200, "{content_type}");
        let echo: types::Echo = answer.json().await.expect("echo");
        assert_eq!(echo.summary, "json raw");
    }
    let invalid = send("text/json", r#"{"summary": 1}"#)
        .await
        .expect("request");
    assert_eq!(invalid.status(), 400);
    let not_json = send("text/plain", r#"{"summary": "raw"}"#)
        .await
        .expect("request");
    assert_eq!(not_json.status(), 415);
}
