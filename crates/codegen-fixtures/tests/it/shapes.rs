//! The shapes fixture over a real socket: a `oneOf` with a discriminator (the router checks
//! the part the discriminator names), a `oneOf` without one (exactly one part must match), a
//! recursive schema and a map, client to generated server; and the keywords no Rust type
//! carries (`multipleOf`, `uniqueItems`, `minProperties`, `maxProperties`), checked by the
//! router; `readOnly` and `writeOnly` properties, required only the way they travel.

use std::{collections::HashMap, sync::Arc};

use codegen_fixtures::{shapes_client as client, shapes_server as server};
use serde_json::{Value, json};
use server::{ShapesApi, types};

struct Shapes;

impl ShapesApi for Shapes {
    async fn open_account(
        &self,
        request: server::open_account::Request,
    ) -> server::open_account::Response {
        let mut account = request.body;
        // The server gives the id and never echoes the password, unless told to break.
        account.id = (request.drop != Some(true)).then(|| "acc-1".to_owned());
        if request.echo != Some(true) {
            account.password = None;
        }
        server::open_account::Response::Created(account)
    }

    async fn place_order(
        &self,
        request: server::place_order::Request,
    ) -> server::place_order::Response {
        server::place_order::Response::Ok(request.body)
    }

    async fn add_pet(&self, request: server::add_pet::Request) -> server::add_pet::Response {
        server::add_pet::Response::Created(request.body)
    }

    async fn measure(&self, request: server::measure::Request) -> server::measure::Response {
        let area = match request.body {
            types::Shape::Radius(r) => std::f64::consts::PI * r * r,
            types::Shape::Side(s) => s * s,
        };
        let leaf = |name: &str| types::Node {
            name: name.into(),
            children: vec![],
        };
        server::measure::Response::Ok(types::Measured {
            area,
            tree: types::Node {
                name: "root".into(),
                children: vec![leaf("a"), leaf("b")],
            },
            labels: HashMap::from([("sides".to_owned(), 4)]),
        })
    }
}

async fn start() -> String {
    super::support::serve(server::router(Arc::new(Shapes))).await
}

#[tokio::test]
async fn a_discriminated_union_round_trips_as_its_variant() {
    let base = start().await;
    let client = client::Client::new(&base);
    // Client models are `#[non_exhaustive]`: built through their builders.
    let dog = client::types::Pet::Dog(
        client::types::Dog::builder()
            .pet_type("dog")
            .bark("woof")
            .try_into()
            .expect("a valid dog"),
    );
    let stored = client
        .add_pet()
        .body(dog.clone())
        .send()
        .await
        .expect("added");
    assert_eq!(stored.into_inner(), dog);
    let square = client
        .measure()
        .body(client::types::Shape::Side(3.0))
        .send()
        .await
        .expect("measured")
        .into_inner();
    assert_eq!(square.area, 9.0);
    assert_eq!(square.tree.children.len(), 2, "the recursive schema");
    assert_eq!(square.labels["sides"], 4);
}

async fn post(base: &str, path: &str, body: Value) -> (u16, Value) {
    super::support::post(base, path, &body).await
}

use super::support::violations as codes;

#[tokio::test]
async fn the_router_checks_the_part_the_discriminator_names() {
    let base = start().await;
    let (status, body) = post(&base, "/pets", json!({"petType": "cow"})).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        codes(&body),
        [("body.petType".into(), "discriminator".into())],
        "{body}"
    );
    // A dog is checked as a dog: its bark is too short; its missing `lives` is no matter.
    let (status, body) = post(&base, "/pets", json!({"petType": "dog", "bark": ""})).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        codes(&body),
        [("body.bark".into(), "min_length".into())],
        "{body}"
    );
    let (status, _) = post(&base, "/pets", json!({"petType": "cat", "lives": 9})).await;
    assert_eq!(status, 201);
}

#[tokio::test]
async fn without_a_discriminator_exactly_one_part_must_match() {
    let base = start().await;
    let (status, body) = post(&base, "/shapes", json!({"radius": 1, "side": 2})).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(codes(&body), [("body".into(), "one_of".into())], "{body}");
    let (status, body) = post(&base, "/shapes", json!({"radius": 2})).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn the_router_checks_the_keywords_no_type_carries() {
    let base = start().await;
    let order = json!({
        "amount": 19.99,
        "quantity": 15,
        "tags": ["gift", "rush"],
        "attributes": {"color": "red"}
    });
    let (status, body) = post(&base, "/orders", order.clone()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["amount"], 19.99);
    for (field, value, code) in [
        ("amount", json!(19.999), "multiple_of"),
        ("quantity", json!(12), "multiple_of"),
        ("tags", json!(["gift", "rush", "gift"]), "unique_items"),
        ("attributes", json!({}), "min_properties"),
        (
            "attributes",
            json!({"a": "1", "b": "2", "c": "3", "d": "4"}),
            "max_properties",
        ),
    ] {
        let mut bad = order.clone();
        bad[field] = value;
        let (status, body) = post(&base, "/orders", bad).await;
        assert_eq!(status, 400, "{field}: {body}");
        let codes: Vec<&str> = body["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .filter_map(|error| error["code"].as_str())
            .collect();
        assert_eq!(codes, [code], "{field}: {body}");
    }
}

#[tokio::test]
async fn read_only_and_write_only_are_required_the_way_they_travel() {
    let base = start().await;
    // The client sends no id (the server's to give) and must send the password.
    let account = client::Client::new(&base)
        .open_account()
        .body_map(|body| {
            let password = "correct horse".parse().expect("a password");
            body.owner("ada").password(Some(password))
        })
        .send()
        .await
        .expect("opened")
        .into_inner();
    assert_eq!(account.id.as_deref(), Some("acc-1"));
    assert!(account.password.is_none(), "never in an answer");

    // A request without the password is refused; one with an id is read (and checked).
    let (status, body) = post(&base, "/accounts", json!({"owner": "ada"})).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["errors"][0]["location"], "body.password", "{body}");
    let (status, body) = post(
        &base,
        "/accounts",
        json!({"id": "mine", "owner": "ada", "password": "12345678"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");

    // An answer without the id breaks the contract (checked in debug builds).
    let (status, body) = post(
        &base,
        "/accounts?drop=true",
        json!({"owner": "ada", "password": "12345678"}),
    )
    .await;
    assert_eq!(status, 500, "{body}");
    // An answer with the password is still checked against its schema, and passes.
    let (status, body) = post(
        &base,
        "/accounts?echo=true",
        json!({"owner": "ada", "password": "12345678"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
}
