//! The collisions fixture, which did not compile before: a three-state schema with an inline
//! constrained string, pulled into another by `allOf` (typify named the string's type
//! differently in its second pass); and enum values that collide as Rust variants
//! (`FAILED`/`failed`, `e-`/`e+`), which made typify panic. Over a real socket, the pattern
//! and the lengths are still checked and the colliding values travel as strings. Component
//! schemas (`Timestamp`, `timestamp`) and parameters (`maxResults`, `MaxResults`) whose Rust
//! names are one, which defined a name twice: each is its own, and travels by its own name. An
//! operation's inline parameter type named like a component's inline property type
//! (`HolidayOptional`: the operation `holiday`'s `optional`, the schema `Holiday`'s), which
//! made the parameter an integer: the parameter has a type of its own. Properties of one
//! schema that are one Rust field (`id` and `_id`, `x-axis` and `xAxis`), which defined a
//! field twice: each is a field of its own (`id_2`, `x_axis_2`) and travels by its own name.
//! Two templates of one route and literals (`/holidays/{id}`, `/holidays/{name}`), told
//! apart by their parameters' schemas: a number is an id, anything else a name.

use std::sync::Arc;

use codegen_fixtures::{collisions_client as client, collisions_server as server};
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

    async fn holiday(&self, request: server::holiday::Request) -> server::holiday::Response {
        use server::types::HolidayOptionalParameter as Optional;
        let optional = match request.optional {
            Some(Optional::Yes) => Some(server::types::HolidayOptional::Half),
            Some(Optional::No) | None => None,
        };
        server::holiday::Response::Ok(server::types::Holiday {
            id: request.id,
            id_2: Some(format!("holiday-{}", request.id)),
            optional,
            level: None,
            x_axis: Some(true),
            x_axis_2: Some("across".to_owned()),
        })
    }

    async fn holiday_by_name(
        &self,
        request: server::holiday_by_name::Request,
    ) -> server::holiday_by_name::Response {
        server::holiday_by_name::Response::Ok(server::types::Holiday {
            id: 0,
            id_2: Some(request.name),
            optional: None,
            level: None,
            x_axis: None,
            x_axis_2: None,
        })
    }

    async fn list_events(
        &self,
        request: server::list_events::Request,
    ) -> server::list_events::Response {
        let read = format!(
            "maxResults={:?} MaxResults={:?} X-Trace={:?} x_trace={:?}",
            request.max_results, request.max_results_2, request.x_trace, request.x_trace_2
        );
        server::list_events::Response::Ok(server::types::Event {
            read,
            at: server::types::Timestamp2(chrono::DateTime::UNIX_EPOCH),
            written: server::types::Timestamp("yesterday".to_owned()),
        })
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
    let (code, body) = post(json!({"status": "e-", "tier": "latest"})).await;
    assert_eq!(code, 200, "{body}");
    for tier in [json!("2"), json!(2)] {
        let (code, body) = post(json!({"status": "e-", "tier": tier})).await;
        assert_eq!(code, 400, "a string enum's values are its strings: {body}");
    }
    let (code, body) = post(json!({"status": "e-", "code": "ab"})).await;
    assert_eq!(code, 400, "the pattern is checked: {body}");
    let (code, body) = post(json!({"status": "e-", "code": "ABCDEFGHI"})).await;
    assert_eq!(code, 400, "maxLength is checked: {body}");
}

#[tokio::test]
async fn names_one_in_rust_are_two_and_travel_by_their_own_names() {
    let base = super::support::serve(server::router(Arc::new(Profiles))).await;
    let event = client::Client::new(&base)
        .list_events()
        .max_results(1)
        .max_results_2(2)
        .x_trace("header")
        .x_trace_2("query")
        .send()
        .await
        .expect("listed")
        .into_inner();
    assert_eq!(
        event.read,
        r#"maxResults=Some(1) MaxResults=Some(2) X-Trace=Some("header") x_trace=Some("query")"#
    );
    assert_eq!(event.at.0, chrono::DateTime::UNIX_EPOCH);
    assert_eq!(event.written.0, "yesterday");
    // On the wire, by the spec's names: the renamed one is still checked (maximum: 10).
    let response = reqwest::get(format!("{base}/events?maxResults=50&MaxResults=11"))
        .await
        .expect("request");
    let (status, body) = super::support::status_and_json(response).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["errors"][0]["location"], "query.MaxResults", "{body}");
}

#[tokio::test]
async fn a_parameter_and_a_property_named_alike_in_rust_keep_their_own_types() {
    let base = super::support::serve(server::router(Arc::new(Profiles))).await;
    let holiday = client::Client::new(&base)
        .holiday()
        .id(3)
        .optional(client::types::HolidayOptionalParameter::Yes)
        .send()
        .await
        .expect("the holiday")
        .into_inner();
    assert_eq!(holiday.id, 3);
    assert_eq!(holiday.optional, Some(client::types::HolidayOptional::Half));
    assert_eq!(
        (
            holiday.id_2.as_deref(),
            holiday.x_axis,
            holiday.x_axis_2.as_deref()
        ),
        (Some("holiday-3"), Some(true), Some("across"))
    );
    // Each by its own name on the wire.
    let raw: Value = reqwest::get(format!("{base}/holidays/3"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (&raw["id"], &raw["_id"], &raw["x-axis"], &raw["xAxis"]),
        (
            &json!(3),
            &json!("holiday-3"),
            &json!(true),
            &json!("across")
        ),
        "{raw}"
    );
    // The builder sets each field apart.
    let built: client::types::Holiday = client::types::Holiday::builder()
        .id(4)
        .id_2(Some("four".to_owned()))
        .x_axis_2(Some("up".to_owned()))
        .try_into()
        .expect("a holiday");
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"id": 4, "_id": "four", "xAxis": "up"})
    );
    let wrong = reqwest::get(format!("{base}/holidays/3?optional=1"))
        .await
        .unwrap();
    assert_eq!(wrong.status(), 400);
}

#[tokio::test]
async fn templates_of_one_route_are_told_apart_by_their_parameters_schemas() {
    let base = super::support::serve(server::router(Arc::new(Profiles))).await;
    let client = client::Client::new(&base);
    let by_id = client
        .holiday()
        .id(7)
        .send()
        .await
        .expect("by id")
        .into_inner();
    assert_eq!((by_id.id, by_id.id_2.as_deref()), (7, Some("holiday-7")));
    let by_name = client
        .holiday_by_name()
        .name("christmas")
        .send()
        .await
        .expect("by name")
        .into_inner();
    assert_eq!(
        (by_name.id, by_name.id_2.as_deref()),
        (0, Some("christmas"))
    );
    // Past an integer's bounds, a number is a name too.
    let raw: Value = reqwest::get(format!("{base}/holidays/99999999999999999999"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(raw["_id"], "99999999999999999999", "{raw}");
}
