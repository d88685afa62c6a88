//! The collisions fixture, which did not compile before: a three-state schema with an inline
//! constrained string, pulled into another by `allOf` (typify named the string's type
//! differently in its second pass); and enum values that collide as Rust variants
//! (`FAILED`/`failed`, `e-`/`e+`), which made typify panic. Over a real socket, the pattern
//! and the lengths are still checked and the colliding values travel as strings.

use std::sync::Arc;

use codegen_fixtures::collisions_server as server;
use serde_json::{Value, json};
use server::CollisionsApi;

struct Profiles;

impl CollisionsApi for Profiles {
    async fn save_profile(
        &self,
        request: server::save_profile::Request,
    ) -> server::save_profile::Response {
        server::save_profile::Response::Ok(request.body)
    }
}

async fn post(body: Value) -> (u16, Value) {
    let base = super::support::serve(server::router(Arc::new(Profiles))).await;
    super::support::post(&base, "/profiles", &body).await
}

#[tokio::test]
async fn colliding_values_travel_and_constraints_hold() {
    for status in ["FAILED", "failed", "e-", "e+"] {
        let (code, body) = post(json!({"status": status, "code": "AB", "nickname": null})).await;
        assert_eq!(code, 200, "{body}");
        assert_eq!(body["status"], status);
    }
    let (code, body) = post(json!({"status": "E-"})).await;
    assert_eq!(code, 400, "the values are still checked: {body}");
    let (code, body) = post(json!({"status": "e-", "code": "ab"})).await;
    assert_eq!(code, 400, "the pattern is checked: {body}");
    let (code, body) = post(json!({"status": "e-", "code": "ABCDEFGHI"})).await;
    assert_eq!(code, 400, "maxLength is checked: {body}");
}
