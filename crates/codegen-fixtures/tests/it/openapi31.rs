//! The OpenAPI 3.1 fixture over a real socket: the document is lowered to the 3.0 one that
//! means the same, so `type: [string, 'null']`, `const` and a numeric `exclusiveMinimum` are
//! typed in the client and checked by the router, an operation without `responses` succeeds
//! with no body, a `mutualTLS` requirement reaches `authenticate` with nothing to present,
//! and `/openapi.json` serves the 3.1 document as written.

use std::sync::Arc;

use codegen_fixtures::{openapi31_client as client, openapi31_server as server};
use serde_json::{Value, json};
use server::ReadingsApi;

struct Readings;

impl ReadingsApi for Readings {
    type Context = ();

    /// `mutualTLS`: the certificate was checked in front; the credential is empty.
    async fn authenticate(
        &self,
        credential: server::Credential,
    ) -> Result<(), server_runtime::AuthError> {
        match credential {
            server::Credential::ClientCert(value) if value.is_empty() => Ok(()),
            _ => Err(server_runtime::AuthError::Rejected),
        }
    }

    async fn record(&self, request: server::record::Request) -> server::record::Response {
        server::record::Response::Created(request.body)
    }

    async fn forget(&self, _: (), request: server::forget::Request) -> server::forget::Response {
        // Any success the implementation picks: the document names none.
        server::forget::Response::Status2XX(if request.id == 1 { 204 } else { 202 })
    }
}

async fn start() -> String {
    super::support::serve(server::router(Arc::new(Readings))).await
}

async fn post(base: &str, body: Value) -> (u16, Value) {
    super::support::post(base, "/readings", &body).await
}

#[tokio::test]
async fn a_3_1_document_is_typed_and_checked() {
    let base = start().await;
    let client = client::Client::new(&base);
    let recorded = client
        .record()
        .body_map(|body| {
            body.unit(client::types::ReadingUnit::Celsius)
                .value(21.5)
                .note(None)
        })
        .send()
        .await
        .expect("recorded")
        .into_inner();
    assert_eq!(recorded.value, 21.5);
    assert!(recorded.note.is_none(), "null, as the type list allows");

    let (status, body) = post(
        &base,
        json!({"unit": "kelvin", "value": -273.15, "note": "x".repeat(21)}),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    let codes: Vec<(&str, &str)> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| (e["location"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        codes,
        [
            ("body.unit", "enum"),
            ("body.value", "minimum"),
            ("body.note", "max_length")
        ],
        "{body}"
    );
    let document: Value = reqwest::get(format!("{base}/openapi.json"))
        .await
        .expect("document")
        .json()
        .await
        .expect("JSON");
    assert_eq!(document["openapi"], "3.1.0", "served as written");
}

#[tokio::test]
async fn an_operation_without_responses_succeeds_with_no_body() {
    let base = start().await;
    let client = client::Client::new(&base);
    for (id, status) in [(1, 204), (2, 202)] {
        let answer = client.forget().id(id).send().await.expect("forgotten");
        assert_eq!(answer.status().as_u16(), status);
    }
    // The router still reads the path parameter as the spec types it.
    let response = reqwest::Client::new()
        .delete(format!("{base}/readings/one"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 400);
}
