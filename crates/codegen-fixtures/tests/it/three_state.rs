//! The three_state fixture over a real socket: a PATCH body whose optional properties are
//! left as they are when absent, including one with a `default` (typify's `NonZeroU64`,
//! which once made the struct's `Default` fail to compile): absent, it reaches the
//! implementation as absent, not as its default.

use std::sync::Arc;

use codegen_fixtures::{three_state_client as client, three_state_server as server};
use server::{ThreeStatesApi, types};

struct Notes;

impl ThreeStatesApi for Notes {
    async fn update_note(
        &self,
        request: server::update_note::Request,
    ) -> server::update_note::Response {
        // What the implementation read of `priority`, in the text.
        let text = format!("priority={:?}", request.body.priority.map(|p| p.get()));
        server::update_note::Response::Ok(types::Note {
            color: None,
            due: None,
            id: request.id,
            text: Some(text),
        })
    }
}

#[tokio::test]
async fn an_absent_property_with_a_default_is_left_absent_in_a_patch() {
    let base = super::support::serve(server::router(Arc::new(Notes))).await;
    let client = client::Client::new(&base);
    let id = uuid::Uuid::nil();
    let read = |body: client::types::NotePatch| {
        let client = &client;
        async move {
            let note = client
                .update_note()
                .id(id)
                .body(body)
                .send()
                .await
                .expect("updated");
            note.into_inner().text
        }
    };
    let absent = client::types::NotePatch::new("why".to_owned());
    assert_eq!(absent.priority, None);
    assert_eq!(read(absent).await.as_deref(), Some("priority=None"));
    let given = client::types::NotePatch::new("why".to_owned())
        .priority(std::num::NonZeroU64::new(5).unwrap());
    assert_eq!(read(given).await.as_deref(), Some("priority=Some(5)"));
    // Out of its bounds, refused by the router.
    let answer = reqwest::Client::new()
        .patch(format!("{base}/notes/{id}"))
        .json(&serde_json::json!({"reason": "why", "priority": 9}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
}
