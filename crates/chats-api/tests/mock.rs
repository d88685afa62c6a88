//! The generated mock (`chats_api::mock`), in process and over a socket, driven by the
//! generated client and raw HTTP: answers from the spec (its examples, else values made from
//! the schemas, checked by the router like any implementation's), the same answer for the
//! same request, `Prefer: code=…` and `example=…`, and the real router's validation and
//! authentication in front.

use chats_client::Client;
use serde_json::Value;

async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

async fn get(base: &str, path: &str, prefer: Option<&str>) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .get(format!("{base}{path}"))
        .header("authorization", "any-key-will-do");
    if let Some(prefer) = prefer {
        request = request.header("prefer", prefer);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

const CHAT: &str = "/api/v1/chats/3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21";

#[tokio::test]
async fn every_operation_answers_schema_valid_values_through_the_generated_client() {
    let base = serve(chats_api::mock::router()).await;
    let client = Client::with_api_key(&base, "any-key-will-do").unwrap();
    let page = client.list_chats().send().await.expect("a page of chats");
    assert!(!page.is_empty());
    let details = client.list_chat_details().send().await.expect("details");
    assert!(!details.is_empty());
    let id = page[0].id;
    client.get_chat().id(id).send().await.expect("a chat");
    client
        .get_chat_details()
        .id(id)
        .send()
        .await
        .expect("its details");
    let created = client
        .create_chat()
        .body(
            chats_client::types::CreateChatRequest::builder()
                .channel_id(None)
                .owner_id(uuid::Uuid::new_v4())
                .title(Some("From the mock".into())),
        )
        .send()
        .await
        .expect("created");
    assert!(created.status().is_success());
    client
        .update_chat()
        .id(id)
        .body(chats_client::types::UpdateChatRequest::default())
        .send()
        .await
        .expect("patched");
    client.remove_chat().id(id).send().await.expect("removed");
}

#[tokio::test]
async fn the_same_request_gets_the_same_answer_and_the_seed_varies_it() {
    let base = serve(chats_api::mock::router()).await;
    let again = serve(chats_api::mock::router()).await;
    let other = serve(chats_api::mock::router_with_seed(7)).await;
    let first = get(&base, "/api/v1/chats?pageSize=5", None).await;
    assert_eq!(first.0, 200);
    assert_eq!(first, get(&base, "/api/v1/chats?pageSize=5", None).await);
    assert_eq!(first, get(&again, "/api/v1/chats?pageSize=5", None).await);
    assert_ne!(
        first.1,
        get(&other, "/api/v1/chats?pageSize=5", None).await.1
    );
    assert_ne!(
        first.1,
        get(&base, "/api/v1/chats?pageSize=6", None).await.1
    );
}

#[tokio::test]
async fn prefer_picks_a_documented_status_and_a_named_example() {
    let base = serve(chats_api::mock::router()).await;
    let (status, body) = get(&base, CHAT, Some("code=404")).await;
    assert_eq!(status, 404);
    assert_eq!(
        body["detail"], "No chat with this id exists.",
        "the spec's example"
    );
    let (status, body) = get(&base, CHAT, Some("code=404, example=notFound")).await;
    assert_eq!((status, &body["status"]), (404, &Value::from(404)));
    let (status, body) = get(&base, CHAT, Some("code=503")).await;
    assert_eq!(
        (status, &body["type"]),
        (503, &Value::from("/problems/unavailable"))
    );

    let (status, body) = get(&base, CHAT, Some("code=418")).await;
    assert_eq!(status, 400, "{body}");
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("418") && detail.contains("200, 400, 401, 404, 500, 503"),
        "names the documented statuses: {detail}"
    );
    let (status, body) = get(&base, CHAT, Some("code=404, example=nope")).await;
    assert_eq!(status, 400);
    assert!(
        body["detail"].as_str().unwrap().contains("notFound"),
        "names the examples: {body}"
    );
}

#[tokio::test]
async fn requests_are_validated_and_authenticated_as_the_real_router_does() {
    let base = serve(chats_api::mock::router()).await;
    let (status, body) = get(&base, "/api/v1/chats?pageSize=0", None).await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["location"], "query.pageSize");
    let anonymous = reqwest::get(format!("{base}/api/v1/chats")).await.unwrap();
    assert_eq!(anonymous.status().as_u16(), 401);
    let problem: Value = anonymous.json().await.unwrap();
    assert_eq!(
        problem["errors"],
        serde_json::json!([]),
        "a defaulted property is sent, empty or not: {problem}"
    );
    let (status, _) = get(&base, "/api/v1/chats/not-a-uuid", Some("code=200")).await;
    assert_eq!(status, 400, "validation comes before the mock's answer");
}

#[tokio::test]
async fn a_client_with_a_default_prefer_header_gets_the_documented_error_typed() {
    let base = serve(chats_api::mock::router()).await;
    let client = Client::builder(&base, "any-key-will-do")
        .default_header("Prefer", "code=404")
        .unwrap()
        .build()
        .unwrap();
    let err = client
        .get_chat()
        .id(uuid::Uuid::new_v4())
        .send()
        .await
        .expect_err("the mock's 404");
    // What a person reads: the status, the problem's title and detail; no headers.
    assert_eq!(
        err.to_string(),
        "404 Not Found: Not found: No chat with this id exists."
    );
    assert_eq!(
        err.status(),
        Some(reqwest::StatusCode::NOT_FOUND),
        "the HTTP status, typed"
    );
    assert_eq!(
        err.body().map(|problem| problem.status),
        Some(404),
        "the body's own field"
    );
    match err {
        chats_client::Error::ErrorResponse(problem) => {
            assert_eq!(problem.status(), 404);
            assert_eq!(problem.status, 404);
        }
        other => panic!("not the mock's 404: {other:?}"),
    }
    // The API key's header is not a default header's to set.
    let err = Client::builder(&base, "k")
        .default_header("authorization", "other")
        .unwrap_err();
    assert!(err.to_string().contains("\"authorization\""), "{err}");
}

#[tokio::test]
async fn a_success_repeats_the_path_id_takes_the_schemas_examples_and_keeps_time_in_order() {
    let base = serve(chats_api::mock::router()).await;
    let client = Client::with_api_key(&base, "any-key-will-do").unwrap();
    let id = uuid::Uuid::parse_str("0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e").unwrap();
    let chat = client.get_chat().id(id).send().await.expect("a chat");
    assert_eq!(chat.id, id, "the path's id is the chat's");
    assert_eq!(
        chat.title.as_deref(),
        Some("Refund for order 1042"),
        "the property's example, before a made-up title"
    );
    assert!(chat.updated_at >= chat.created_at, "{chat:?}");
    let details = client
        .get_chat_details()
        .id(id)
        .send()
        .await
        .expect("its details");
    assert_eq!(details.id, id);
    let updated = client
        .update_chat()
        .id(id)
        .body(chats_client::types::UpdateChatRequest::default())
        .send()
        .await
        .expect("patched");
    assert_eq!(updated.id, id);
    // An error answer is the spec's example, untouched.
    let (status, problem) = get(&base, CHAT, Some("code=404")).await;
    assert_eq!(
        (status, &problem["detail"]),
        (404, &Value::from("No chat with this id exists."))
    );
}

#[tokio::test]
async fn a_paginated_list_has_two_and_a_half_pages_linked_by_cursor_the_same_items_at_any_size() {
    use chats_client::StreamExt as _;
    let base = serve(chats_api::mock::router()).await;
    let client = Client::with_api_key(&base, "any-key-will-do").unwrap();
    // The list is paged by cursor (`x-pagination: {style: cursor}`): each page's `Link`
    // names the next, the mock's cursors being offsets; the last page names none.
    let (mut pages, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let mut request = client.list_chats();
        if let Some(cursor) = &cursor {
            request = request.cursor(cursor.as_str());
        }
        let answer = request.send().await.expect("a page");
        let link = answer
            .headers()
            .get("link")
            .map(|link| link.to_str().unwrap().to_owned());
        pages.push((answer.into_inner().len(), link.clone()));
        match link.and_then(|link| {
            link.split_once("cursor=")
                .map(|(_, rest)| rest.trim_end_matches(">; rel=\"next\"").to_owned())
        }) {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(
        pages,
        [
            (
                10,
                Some(r#"</api/v1/chats?cursor=10>; rel="next""#.to_owned())
            ),
            (
                10,
                Some(r#"</api/v1/chats?cursor=20>; rel="next""#.to_owned())
            ),
            (5, None),
        ],
        "full pages that link on, then a short last page without a link"
    );
    let walk = |size: u64| {
        let client = &client;
        async move {
            client
                .list_chats()
                .page_size(std::num::NonZeroU64::new(size).unwrap())
                .stream()
                .map(|chat| chat.expect("a chat").id)
                .collect::<Vec<_>>()
                .await
        }
    };
    let at_ten = walk(10).await;
    assert_eq!(at_ten.len(), 25);
    let distinct: std::collections::BTreeSet<_> = at_ten.iter().collect();
    assert_eq!(distinct.len(), 25, "every item its own id");
    assert_eq!(walk(7).await, at_ten, "the same list, paged otherwise");
    // A filter does not change the mock's list, and items are made, not the list's example.
    let filtered = get(&base, "/api/v1/chats?pageSize=100&search=refund", None).await;
    assert_eq!(filtered.1.as_array().map(Vec::len), Some(25));
}
