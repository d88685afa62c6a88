//! The server generated from the generator's petstore spec, over a real socket: a spec that is
//! not chats-shaped (201 and 204 statuses, an integer path parameter declared on the path
//! item, a header parameter, a `pattern`, `allOf`, an API key in `x-api-key`, an error schema
//! with only `message`) works the same way.

use std::sync::{Arc, Mutex};

use codegen_fixtures::{petstore_client as client, petstore_server as server};
use server::{PetstoreApi, types};

#[derive(Default)]
struct Shop {
    last_list: Mutex<Option<server::list_pets::Request>>,
}

fn pet(id: i64, new: &types::NewPet) -> types::Pet {
    types::Pet {
        birthday: new.birthday,
        id,
        kind: new.kind,
        name: new.name.to_string().parse().expect("the same pattern"),
        tags: new.tags.clone(),
    }
}

impl PetstoreApi for Shop {
    type Context = ();

    async fn authenticate(
        &self,
        credential: server::Credential,
    ) -> Result<(), server_runtime::AuthError> {
        let server::Credential::ApiKey(api_key) = credential;
        if api_key == "secret" {
            Ok(())
        } else {
            Err(server_runtime::AuthError::Rejected)
        }
    }

    async fn list_pets(
        &self,
        _: (),
        request: server::list_pets::Request,
    ) -> server::list_pets::Response {
        *self.last_list.lock().unwrap() = Some(request);
        server::list_pets::Response::Ok(vec![])
    }

    async fn create_pet(
        &self,
        _: (),
        request: server::create_pet::Request,
    ) -> server::create_pet::Response {
        server::create_pet::Response::Created(pet(7, &request.body))
    }

    async fn get_pet(&self, _: (), request: server::get_pet::Request) -> server::get_pet::Response {
        let rejection = server_runtime::Rejection::new(
            server_runtime::ProblemKind::NotFound,
            format!("No pet {}.", request.pet_id),
        );
        server::get_pet::Response::NotFound(types::Error::from(&rejection))
    }

    async fn replace_pet(
        &self,
        _: (),
        request: server::replace_pet::Request,
    ) -> server::replace_pet::Response {
        server::replace_pet::Response::Ok(pet(request.pet_id, &request.body))
    }

    async fn delete_pet(
        &self,
        _: (),
        _request: server::delete_pet::Request,
    ) -> server::delete_pet::Response {
        server::delete_pet::Response::NoContent
    }
}

async fn start() -> (String, Arc<Shop>) {
    let shop = Arc::new(Shop::default());
    let base = super::support::serve(server::router(shop.clone())).await;
    (base, shop)
}

fn client(base: &str) -> client::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-api-key", "secret".parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    client::Client::new_with_client(base, http)
}

#[tokio::test]
async fn created_is_201_and_deleted_is_204_without_a_body() {
    let (base, _) = start().await;
    let client = client(&base);
    let created = client
        .create_pet()
        .body_map(|body| body.name("Rex").kind(client::types::Kind::Dog))
        .send()
        .await
        .expect("create");
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.id, 7);
    let deleted = client.delete_pet().pet_id(7).send().await.expect("delete");
    assert_eq!(deleted.status().as_u16(), 204);
    let replaced = client
        .replace_pet()
        .pet_id(9)
        .body_map(|body| body.name("Rex").kind(client::types::Kind::Cat))
        .send()
        .await
        .expect("replace");
    assert_eq!(replaced.id, 9);
}

#[tokio::test]
async fn header_parameters_defaults_and_enum_arrays_reach_the_implementation() {
    let (base, shop) = start().await;
    let id = uuid::Uuid::new_v4();
    client(&base)
        .list_pets()
        .kinds(vec![client::types::Kind::Dog, client::types::Kind::Bird])
        .x_request_id(id)
        .send()
        .await
        .expect("list");
    let request = shop.last_list.lock().unwrap().clone().expect("a request");
    assert_eq!(request.limit.get(), 20, "the default applies");
    assert_eq!(request.x_request_id, Some(id));
    assert_eq!(
        request.kinds,
        Some(vec![types::Kind::Dog, types::Kind::Bird])
    );
}

#[tokio::test]
async fn violations_use_the_specs_own_error_schema() {
    let (base, _) = start().await;
    let http = reqwest::Client::new();
    let answer = http
        .post(format!("{base}/pets"))
        .header("x-api-key", "secret")
        .header("content-type", "application/json")
        .body(r#"{"name": "R3x!", "kind": "fish"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 400);
    let body: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({ "message": "The request has 2 invalid fields." })
    );

    let answer = http
        .get(format!("{base}/pets/x"))
        .header("x-api-key", "secret")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 400, "an int64 path parameter");
    let answer = http
        .get(format!("{base}/pets"))
        .header("x-api-key", "secret")
        .header("x-request-id", "nope")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 400, "a uuid header parameter");
    let answer = http.get(format!("{base}/pets")).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 401);
    let body: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({ "message": "The x-api-key header is missing." })
    );
}

#[tokio::test]
async fn implementation_errors_come_back_typed_to_the_client() {
    let (base, _) = start().await;
    let err = client(&base)
        .get_pet()
        .pet_id(3)
        .send()
        .await
        .expect_err("404");
    let client::Error::ErrorResponse(error) = err else {
        panic!("typed error, got {err:?}")
    };
    assert_eq!(error.status().as_u16(), 404);
    assert_eq!(error.message, "No pet 3.");
}
