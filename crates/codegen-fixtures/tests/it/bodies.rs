//! The bodies fixture over a real socket: a form body (typed on both sides, each field read as
//! its schema's type), a multipart or image upload and a text body (the documented media type
//! and the bytes reach the implementation; another type is a 415), and a JSON body documented
//! as `text/json` (the generator reads it as JSON, and so does the router); a JSON body also
//! offered as XML and as a form is one typed body whichever way it comes.

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

    async fn add_pet(&self, request: server::add_pet::Request) -> server::add_pet::Response {
        let read = serde_json::to_string(&request.body).expect("serializes");
        server::add_pet::Response::Ok(echo(read))
    }

    async fn adopt(&self, request: server::adopt::Request) -> server::adopt::Response {
        let read = serde_json::to_string(&request.body).expect("serializes");
        server::adopt::Response::Ok(echo(read))
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
    let file = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nx\r\n--b--";
    let send = |content_type: &'static str| {
        http.post(format!("{base}/files"))
            .header("content-type", content_type)
            .body(file)
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
        format!("multipart/form-data; boundary=b {file}")
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

/// What the implementation got from `body` sent as `content_type` to `path`: the typed body
/// as JSON text, or the refusal's status and problem.
async fn typed_as(
    base: &str,
    path: &str,
    content_type: &str,
    body: &str,
) -> Result<String, (u16, serde_json::Value)> {
    let answer = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .expect("request");
    let status = answer.status().as_u16();
    if status != 200 {
        return Err((status, answer.json().await.expect("a problem")));
    }
    Ok(answer.json::<types::Echo>().await.expect("echo").summary)
}

#[tokio::test]
async fn one_schema_offered_as_json_xml_and_a_form_is_one_typed_body() {
    let base = start().await;
    let json = r#"{"id": 7, "name": "Rex", "age": 3, "vaccinated": true,
        "photoUrls": ["a.png", "b.png"], "tags": ["good", "small"]}"#;
    let from_json = typed_as(&base, "/pets", "application/json", json)
        .await
        .expect("JSON is read");
    assert!(from_json.contains(r#""name":"Rex""#), "{from_json}");
    // The `xml` objects: `pet` is the root's name (not checked), `id` an attribute,
    // `photoUrls` repeated as `photoUrl`, `tags` wrapped around `tag` items.
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
        <pet id="7"><name>Rex</name><age> 3 </age><vaccinated>true</vaccinated>
          <photoUrl>a.png</photoUrl><photoUrl>b.png</photoUrl>
          <tags><tag>good</tag><tag>small</tag></tags></pet>"#;
    let form = "id=7&name=Rex&age=3&vaccinated=true&photoUrls=a.png&photoUrls=b.png\
        &tags=good&tags=small";
    for (content_type, body) in [
        ("application/xml", xml),
        ("application/xml; charset=utf-8", xml),
        ("application/x-www-form-urlencoded", form),
    ] {
        let read = typed_as(&base, "/pets", content_type, body).await;
        assert_eq!(read.as_deref(), Ok(from_json.as_str()), "{content_type}");
    }
    // `null` where the schema admits it; the generated client's JSON is the same body.
    let nulls = typed_as(
        &base,
        "/pets",
        "application/json",
        r#"{"name": "Rex", "age": null}"#,
    )
    .await;
    let xml_nulls = typed_as(
        &base,
        "/pets",
        "text/xml",
        "<pet><name>Rex</name><age>null</age></pet>",
    )
    .await;
    assert_eq!(xml_nulls, nulls);

    // Refused as a JSON body is: the schema's violations located in the body, malformed
    // XML (a DTD too: no entity is expanded) a `malformed` violation, another media type a 415
    // that lists the documented ones.
    let (status, problem) = typed_as(
        &base,
        "/pets",
        "application/xml",
        "<pet><name></name><age>x</age></pet>",
    )
    .await
    .expect_err("violations");
    assert_eq!(status, 400);
    let locations: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|error| error["location"].as_str())
        .collect();
    assert_eq!(locations, ["body.name", "body.age"], "{problem}");
    for malformed in [
        "<pet><name>Rex</name>",
        r#"<!DOCTYPE pet [<!ENTITY x "Rex">]><pet><name>&x;</name></pet>"#,
    ] {
        let (status, problem) = typed_as(&base, "/pets", "application/xml", malformed)
            .await
            .expect_err("malformed");
        assert_eq!(status, 400, "{malformed}");
        assert_eq!(problem["errors"][0]["code"], "malformed", "{problem}");
    }
    let (status, problem) = typed_as(&base, "/pets", "multipart/form-data; boundary=b", "--b--")
        .await
        .expect_err("not read");
    // The spec's errors have a `title` and no `detail` (the router's answer takes their
    // shape): server_runtime's `body_of` tests hold the detail that lists the media types.
    assert_eq!(status, 415);
    assert_eq!(problem["title"], "Unsupported media type", "{problem}");
}

#[tokio::test]
async fn a_multipart_body_s_parts_are_checked_as_the_object_its_schema_describes() {
    let base = start().await;
    let http = reqwest::Client::new();
    let part = |name: &str, media: Option<&str>, text: &str| {
        let media = media.map_or(String::new(), |media| format!("Content-Type: {media}\r\n"));
        format!("--b\r\nContent-Disposition: form-data; name=\"{name}\"\r\n{media}\r\n{text}\r\n")
    };
    let send = |parts: Vec<String>| {
        let body = format!("{}--b--\r\n", parts.concat());
        let request = http
            .post(format!("{base}/files"))
            .header("content-type", "multipart/form-data; boundary=b")
            .body(body);
        async move { super::support::status_and_json(request.send().await.unwrap()).await }
    };
    // Every part as its property reads it: an integer's text, an array's repeated parts, an
    // object's JSON.
    let (status, _) = send(vec![
        part("file", Some("application/octet-stream"), "\u{0}bytes"),
        part("title", None, "Q3"),
        part("count", None, "7"),
        part("tags", None, "a"),
        part("tags", None, "b"),
        part("meta", Some("application/json"), r#"{"k": "v"}"#),
    ])
    .await;
    assert_eq!(status, 200);
    // What the schema refuses is refused, each located, and nothing reaches the implementation.
    for (parts, location, code) in [
        (vec![part("title", None, "Q3")], "body.file", "required"),
        (
            vec![part("file", None, "x"), part("count", None, "many")],
            "body.count",
            "type",
        ),
        (
            vec![part("file", None, "x"), part("count", None, "-1")],
            "body.count",
            "minimum",
        ),
        (
            vec![
                part("file", None, "x"),
                part("title", None, "far too long a title"),
            ],
            "body.title",
            "max_length",
        ),
        (
            vec![
                part("file", None, "x"),
                part("meta", Some("application/json"), "{}"),
            ],
            "body.meta.k",
            "required",
        ),
    ] {
        let (status, body) = send(parts).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(body["errors"][0]["location"], location, "{body}");
        assert_eq!(body["errors"][0]["code"], code, "{body}");
    }
    // A body that is not multipart at all says so.
    let (status, body) = send(vec!["--b\r\n\r\nno name\r\n".to_owned()]).await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["code"], "malformed", "{body}");
}

#[tokio::test]
async fn nested_objects_all_of_and_wrapped_arrays_of_objects_read_from_xml() {
    let base = start().await;
    let json = r#"{"on": "2026-01-02", "pet": {"id": 1, "name": "Rex", "tags": ["a"]},
        "owner": {"name": "Ann", "contact-email": "ann@example.com"},
        "visits": [{"day": "2026-02-03"}, {"day": "2026-03-04"}]}"#;
    let from_json = typed_as(&base, "/adoptions", "application/json", json)
        .await
        .expect("JSON is read");
    let xml = r#"<Adoption><on>2026-01-02</on>
        <pet id="1"><name>Rex</name><tags><tag>a</tag></tags></pet>
        <owner><name>Ann</name><contact-email>ann@example.com</contact-email></owner>
        <history><visit><day>2026-02-03</day></visit><visit><day>2026-03-04</day></visit></history>
        </Adoption>"#;
    let read = typed_as(&base, "/adoptions", "text/xml", xml).await;
    assert_eq!(read.as_deref(), Ok(from_json.as_str()));
    // A required member missing from the XML is missing from the value.
    let (status, problem) = typed_as(
        &base,
        "/adoptions",
        "text/xml",
        "<Adoption><owner><name>Ann</name></owner></Adoption>",
    )
    .await
    .expect_err("no pet");
    assert_eq!(status, 400);
    assert_eq!(problem["errors"][0]["location"], "body.pet", "{problem}");
}
