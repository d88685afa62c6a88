//! Validation: every invalid parameter and body is answered 400, 413 or 415 with the fields
//! named, a missing or wrong key is 401 before anything is validated, and nothing invalid
//! reaches the implementation.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    memory::KEY,
    running::{RawBody, locations, set, start},
};

#[tokio::test]
async fn every_invalid_query_parameter_is_named_at_once_and_nothing_reaches_the_implementation() {
    let running = start().await;
    let long = "x".repeat(201);
    let query = format!(
        "/api/v1/chats?pageSize=0&pageNumber=x&channelIds=nope&channelTypes=sms\
         &lastChatMessageCreatedAtStart=yesterday&search={long}&ownerIds={}",
        vec![Uuid::nil().to_string(); 101].join("&ownerIds=")
    );
    let (status, body) = running.raw("GET", &query, None).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["type"], "/problems/invalid-input");
    assert_eq!(body["status"], 400);
    assert_eq!(
        locations(&body),
        set(&[
            "query.pageSize",
            "query.pageNumber",
            "query.channelIds[0]",
            "query.channelTypes[0]",
            "query.lastChatMessageCreatedAtStart",
            "query.search",
            "query.ownerIds",
        ])
    );
    let (status, body) = running
        .raw(
            "GET",
            "/api/v1/chats?pageSize=5&pageSize=6&pageNumber=1.5",
            None,
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        locations(&body),
        set(&["query.pageSize", "query.pageNumber"])
    );
    let (status, body) = running.raw("GET", "/api/v1/chats/not-a-uuid", None).await;
    assert_eq!(status, 400);
    assert_eq!(locations(&body), set(&["path.id"]));
    assert_eq!(running.calls(), 0);
}

#[tokio::test]
async fn every_invalid_body_answers_400_413_or_415_and_nothing_reaches_the_implementation() {
    let running = start().await;
    let json = |value: Value| Some(("application/json", value.to_string().into_bytes()));
    let owner = Uuid::new_v4().to_string();

    let cases: Vec<(RawBody, &[&str])> = vec![
        (
            Some(("application/json", b"{\"ownerId\": ".to_vec())),
            &["body"],
        ),
        (
            json(json!({ "channelId": null, "title": null })),
            &["body.ownerId"],
        ),
        (
            json(json!({ "channelId": null, "ownerId": null, "title": null })),
            &["body.ownerId"],
        ),
        (
            json(json!({ "channelId": "x", "ownerId": owner, "title": 5 })),
            &["body.channelId", "body.title"],
        ),
        (
            json(json!({ "channelId": null, "ownerId": owner, "title": null, "extra": 1 })),
            &["body.extra"],
        ),
        (
            json(json!({ "ownerId": owner, "title": null })),
            &["body.channelId"],
        ),
        (json(json!([1, 2])), &["body"]),
        (
            Some((
                "application/json",
                format!(
                    r#"{{"channelId": null, "ownerId": "{owner}", "title": null, "title": "x"}}"#
                )
                .into_bytes(),
            )),
            &["body"],
        ),
        (None, &["body"]),
    ];
    for (body, expected) in cases {
        let shown = format!(
            "{:?}",
            body.as_ref()
                .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        );
        let (status, answer) = running.raw("POST", "/api/v1/chats", body).await;
        assert_eq!(status, 400, "{shown}: {answer}");
        assert_eq!(locations(&answer), set(expected), "{shown}: {answer}");
    }

    let big = vec![b' '; 64 * 1024 + 1];
    let (status, answer) = running
        .raw("POST", "/api/v1/chats", Some(("application/json", big)))
        .await;
    assert_eq!(status, 413);
    assert_eq!(answer["type"], "/problems/payload-too-large");

    let (status, answer) = running
        .raw(
            "POST",
            "/api/v1/chats",
            Some(("text/plain", b"{}".to_vec())),
        )
        .await;
    assert_eq!(status, 415);
    assert_eq!(answer["type"], "/problems/unsupported-media-type");

    let id = Uuid::new_v4();
    let (status, answer) = running
        .raw(
            "PATCH",
            &format!("/api/v1/chats/{id}"),
            json(json!({ "title": [] , "lastChatMessageCreatedAt": "soon" })),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        locations(&answer),
        set(&["body.title", "body.lastChatMessageCreatedAt"])
    );
    assert_eq!(running.calls(), 0);
}

#[tokio::test]
async fn a_request_without_a_valid_key_is_401_before_anything_is_validated() {
    let running = start().await;
    for key in [None, Some("wrong"), Some("")] {
        let mut request = running
            .http
            .get(format!("{}/api/v1/chats?pageSize=0", running.base));
        if let Some(key) = key {
            request = request.header("authorization", key);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), 401, "{key:?}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["type"], "/problems/unauthorized");
        // `errors` is left out when empty (its default is []): no input rule is revealed.
        assert!(
            body.get("errors").is_none_or(|errors| errors == &json!([])),
            "{body}"
        );
    }
    let bearer = running
        .http
        .get(format!("{}/api/v1/chats", running.base))
        .header("authorization", format!("Bearer {KEY}"))
        .send()
        .await
        .unwrap();
    assert_eq!(bearer.status().as_u16(), 200);
    assert_eq!(running.calls(), 1);
}
