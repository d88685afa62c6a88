//! What is refused before anything is read or written: another workspace's chats, a
//! missing, unknown or revoked key (never echoed), and input the spec forbids.

use chats_client::types::{Patch, UpdateChatRequest};
use chats_tests::{TestServer, fixture, on_both_backends};
use serde_json::json;
use uuid::Uuid;

use super::{create, ids, problem};

async fn workspaces_never_see_each_others_chats(server: TestServer) {
    let a = server.workspace("a").await;
    let b = server.workspace("b").await;
    let theirs = create(&b, fixture::USER, Some(fixture::WHATSAPP), Some("secret")).await;
    let ours = create(&a, fixture::USER, Some(fixture::WHATSAPP), Some("secret")).await;

    assert_eq!(
        problem(a.client.get_chat().id(theirs.id).send().await.unwrap_err()).status,
        404
    );
    assert_eq!(
        problem(
            a.client
                .get_chat_details()
                .id(theirs.id)
                .send()
                .await
                .unwrap_err()
        )
        .status,
        404
    );
    let patch = a
        .client
        .update_chat()
        .id(theirs.id)
        .body(UpdateChatRequest::new().title(Patch::Clear))
        .send()
        .await;
    assert_eq!(problem(patch.unwrap_err()).status, 404);
    assert_eq!(
        problem(
            a.client
                .remove_chat()
                .id(theirs.id)
                .send()
                .await
                .unwrap_err()
        )
        .status,
        404
    );
    let listed = a.client.list_chats().search("secret").send().await.unwrap();
    assert_eq!(ids(&listed), vec![ours.id]);
    let details = a.client.list_chat_details().send().await.unwrap();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].workspace_id, a.id);
    let theirs_now = b
        .client
        .get_chat()
        .id(theirs.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(theirs_now, theirs, "B's chat is untouched");
}

async fn keys_authenticate_as_is_or_as_bearer_and_revocation_is_immediate(server: TestServer) {
    let ws = server.workspace("a").await;
    let (status, _) = server
        .raw(Some(&ws.key), "GET", "/api/v1/chats", None)
        .await;
    assert_eq!(status, 200);
    let (status, _) = server
        .raw(
            Some(&format!("Bearer {}", ws.key)),
            "GET",
            "/api/v1/chats",
            None,
        )
        .await;
    assert_eq!(status, 200);
    for key in [None, Some("ck_unknown"), Some("Bearer "), Some("")] {
        let (status, body) = server.raw(key, "GET", "/api/v1/chats", None).await;
        assert_eq!(status, 401, "{key:?}");
        assert_eq!(body["type"], "/problems/unauthorized");
        assert!(
            !body.to_string().contains("ck_unknown"),
            "a presented key is never echoed: {body}"
        );
    }
    // The real key on requests refused for every other reason: no error body carries it.
    let key = Some(ws.key.as_str());
    let refused = [
        ("GET", "/api/v1/chats?pageSize=101".to_owned(), None, 400),
        ("GET", format!("/api/v1/chats/{}", Uuid::nil()), None, 404),
        (
            "POST",
            "/api/v1/chats".to_owned(),
            Some(json!({"ownerId": Uuid::nil(), "channelId": Uuid::nil(), "title": "t"})),
            422,
        ),
        (
            "PATCH",
            format!("/api/v1/chats/{}", Uuid::nil()),
            Some(json!({"title": 5})),
            400,
        ),
    ];
    for (method, path, body, expected) in refused {
        let (status, answer) = server.raw(key, method, &path, body).await;
        assert_eq!(status, expected, "{method} {path}");
        assert!(
            !answer.to_string().contains(&ws.key),
            "{method} {path}: the key is in the error body {answer}"
        );
    }
    use chats_server::storage::Storage;
    let keys = server.storage.list_api_keys(ws.id).await.unwrap();
    let revoked_at = tokio::time::Instant::now();
    assert!(server.storage.revoke_api_key(keys[0].id).await.unwrap());
    // A checked key is trusted for at most `key_cache::DEFAULT_TTL` (a second): from then on,
    // on every replica, the revoked key is refused.
    tokio::time::sleep_until(revoked_at + chats_server::key_cache::DEFAULT_TTL).await;
    let (status, body) = server
        .raw(Some(&ws.key), "GET", "/api/v1/chats", None)
        .await;
    assert_eq!(status, 401, "a revoked key stops working within a second");
    assert!(
        !body.to_string().contains(&ws.key),
        "a revoked key is not echoed: {body}"
    );
}

async fn bad_input_is_4xx_with_the_problem_body(server: TestServer) {
    let ws = server.workspace("a").await;
    let key = Some(ws.key.as_str());
    let (status, body) = server
        .raw(
            key,
            "GET",
            "/api/v1/chats?pageSize=101&channelTypes=sms",
            None,
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"].as_array().unwrap().len(), 2);
    let (status, _) = server.raw(key, "GET", "/api/v1/chats/nope", None).await;
    assert_eq!(status, 400);
    let (status, body) = server
        .raw(
            key,
            "POST",
            "/api/v1/chats",
            Some(json!({"ownerId": fixture::USER, "title": null})),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["location"], "body.channelId");
    let (status, _) = server
        .raw(
            key,
            "PATCH",
            &format!("/api/v1/chats/{}", Uuid::new_v4()),
            Some(json!({"titel": "x"})),
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = server.raw(key, "DELETE", "/api/v1/chats", None).await;
    assert_eq!(status, 405);
    let big = json!({"ownerId": fixture::USER, "channelId": null, "title": "x".repeat(70_000)});
    let (status, body) = server.raw(key, "POST", "/api/v1/chats", Some(big)).await;
    assert_eq!(status, 413);
    assert_eq!(body["type"], "/problems/payload-too-large");
    let text = reqwest::Client::new()
        .post(format!("{}/api/v1/chats", server.base))
        .header("authorization", &ws.key)
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(text.status().as_u16(), 415);
    assert!(
        ws.client.list_chats().send().await.unwrap().is_empty(),
        "nothing was written"
    );
    let (status, _) = server.raw(key, "GET", "/api/v1/nothing", None).await;
    assert_eq!(status, 404);
    let (status, body) = server.raw(None, "GET", "/healthz", None).await;
    assert_eq!((status, body), (200, json!("ok")));
    let (status, body) = server.raw(None, "GET", "/readyz", None).await;
    assert_eq!((status, body), (200, json!("ready")));
}

on_both_backends!(
    workspaces_never_see_each_others_chats,
    keys_authenticate_as_is_or_as_bearer_and_revocation_is_immediate,
    bad_input_is_4xx_with_the_problem_body,
);
