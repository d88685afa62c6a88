//! The routes fixture over a real socket: templates axum cannot route as written are served
//! all the same (a parameter with literals around it, two parameters in one segment, two
//! templates of one shape answering different methods, text before a parameter, two templates
//! on one route and method told apart by their literals), and a request whose segment does not
//! fit the template's literals is a 404, as for any path outside the spec. Templates with a
//! fragment (`/rpc#X-Target=Store.ListThings`, `/rpc#Action=Ping`), which no request carries,
//! are told apart by the header or query parameter the fragment names.

use std::sync::Arc;

use codegen_fixtures::{routes_client as client, routes_server as server};
use server::RoutesApi;

struct Routes;

impl RoutesApi for Routes {
    async fn get_file(&self, request: server::get_file::Request) -> server::get_file::Response {
        server::get_file::Response::Ok(format!("file {}", request.name.as_str()))
    }

    async fn get_file_raw(
        &self,
        request: server::get_file_raw::Request,
    ) -> server::get_file_raw::Response {
        server::get_file_raw::Response::Ok(format!("raw {}", request.name))
    }

    async fn remove_file_raw(
        &self,
        request: server::remove_file_raw::Request,
    ) -> server::remove_file_raw::Response {
        server::remove_file_raw::Response::Ok(format!("removed {}", request.name))
    }

    async fn get_range(&self, request: server::get_range::Request) -> server::get_range::Response {
        server::get_range::Response::Ok(format!("range {}..{}", request.from, request.to))
    }

    async fn get_release(
        &self,
        request: server::get_release::Request,
    ) -> server::get_release::Response {
        server::get_release::Response::Ok(format!("release {}.{}", request.major, request.minor))
    }

    async fn get_pet(&self, request: server::get_pet::Request) -> server::get_pet::Response {
        server::get_pet::Response::Ok(format!("get {}", request.id))
    }

    async fn remove_pet(
        &self,
        request: server::remove_pet::Request,
    ) -> server::remove_pet::Response {
        server::remove_pet::Response::Ok(format!("remove {}", request.pet_id))
    }

    async fn list_things(
        &self,
        _request: server::list_things::Request,
    ) -> server::list_things::Response {
        server::list_things::Response::Ok("list".into())
    }

    async fn count_things(
        &self,
        _request: server::count_things::Request,
    ) -> server::count_things::Response {
        server::count_things::Response::Ok("count".into())
    }

    async fn ping(&self, _request: server::ping::Request) -> server::ping::Response {
        server::ping::Response::Ok("ping".into())
    }

    async fn rpc_index(&self, _request: server::rpc_index::Request) -> server::rpc_index::Response {
        server::rpc_index::Response::Ok("index".into())
    }
}

async fn start() -> String {
    super::support::serve(server::router(Arc::new(Routes))).await
}

#[tokio::test]
async fn the_generated_client_reaches_every_template() {
    let base = start().await;
    let client = client::Client::new(&base);
    let file = client
        .get_file()
        .name("report.v2")
        .send()
        .await
        .expect("file")
        .into_inner();
    assert_eq!(file, "file report.v2");
    let range = client
        .get_range()
        .from(3)
        .to(-7)
        .send()
        .await
        .expect("range")
        .into_inner();
    assert_eq!(range, "range 3..-7");
    let release = client
        .get_release()
        .major(2)
        .minor(10)
        .send()
        .await
        .expect("release")
        .into_inner();
    assert_eq!(release, "release 2.10");
    let got = client.get_pet().id("rex").send().await.expect("get");
    assert_eq!(got.into_inner(), "get rex");
    let removed = client
        .remove_pet()
        .pet_id("rex")
        .send()
        .await
        .expect("remove");
    assert_eq!(removed.into_inner(), "remove rex");
}

#[tokio::test]
async fn segments_that_do_not_fit_are_no_path_and_parameters_are_still_checked() {
    let base = start().await;
    let http = reqwest::Client::new();
    let get = |path: &'static str| http.get(format!("{base}{path}")).send();
    // Two templates on one route and method: the most literal that fits answers.
    for (path, read) in [
        ("/files/a.json", "file a"),
        ("/files/a", "raw a"),
        ("/files/a.xml", "raw a.xml"),
    ] {
        let answer = get(path).await.unwrap();
        assert_eq!(answer.status(), 200, "{path}");
        assert_eq!(answer.json::<String>().await.unwrap(), read, "{path}");
    }
    for no_path in ["/ranges/1-2", "/ranges/1", "/releases/v2", "/releases/2.1"] {
        let answer = get(no_path).await.unwrap();
        assert_eq!(answer.status(), 404, "{no_path}");
        let body: serde_json::Value = answer.json().await.unwrap();
        assert_eq!(body["detail"], "No such path.", "{no_path}: {body}");
    }
    // The captures are checked against their schemas like any parameter.
    let too_long = get("/files/eleven-char.json").await.unwrap();
    assert_eq!(too_long.status(), 400);
    let not_integer = get("/ranges/1,x").await.unwrap();
    assert_eq!(not_integer.status(), 400);
    let body: serde_json::Value = not_integer.json().await.unwrap();
    assert_eq!(body["errors"][0]["location"], "path.to", "{body}");
    // One route, two templates: each method reaches its own operation; others are 405.
    let put = http.put(format!("{base}/pets/rex")).send().await.unwrap();
    assert_eq!(put.status(), 405);
}

/// The path names the resource (the most literal template it fits), then the method: a
/// method that resource does not answer is 405 with that resource's `Allow`, even where a
/// less literal template of the route answers it, and the route's other methods likewise.
#[tokio::test]
async fn a_method_is_allowed_on_the_most_literal_template_the_path_fits() {
    let base = start().await;
    let http = reqwest::Client::new();
    let send = |method: &str, path: &str| {
        http.request(method.parse().unwrap(), format!("{base}{path}"))
            .send()
    };
    let allow = |answer: &reqwest::Response| {
        answer
            .headers()
            .get("allow")
            .map(|value| value.to_str().unwrap().to_owned())
    };
    let removed = send("DELETE", "/files/a").await.unwrap();
    assert_eq!(removed.status(), 200);
    assert_eq!(removed.json::<String>().await.unwrap(), "removed a");
    for method in ["DELETE", "OPTIONS", "PUT"] {
        let answer = send(method, "/files/a.json").await.unwrap();
        assert_eq!(answer.status(), 405, "{method} /files/a.json");
        assert_eq!(allow(&answer).as_deref(), Some("GET,HEAD"), "{method}");
        let body: serde_json::Value = answer.json().await.unwrap();
        assert_eq!(body["status"], 405, "{body}");
    }
    for method in ["OPTIONS", "PUT"] {
        let answer = send(method, "/files/a").await.unwrap();
        assert_eq!(answer.status(), 405, "{method} /files/a");
        assert_eq!(
            allow(&answer).as_deref(),
            Some("GET,DELETE,HEAD"),
            "{method}"
        );
    }
    // Templates of one shape with other parameter names are one resource: its methods.
    let put = send("PUT", "/pets/rex").await.unwrap();
    assert_eq!(put.status(), 405);
    let methods: std::collections::BTreeSet<String> = allow(&put)
        .unwrap_or_default()
        .split(',')
        .map(|method| method.trim().to_owned())
        .collect();
    assert_eq!(methods, ["DELETE", "GET", "HEAD"].map(String::from).into());
}

#[tokio::test]
async fn templates_with_a_fragment_are_told_apart_by_the_parameter_it_names() {
    let base = start().await;
    let client = client::Client::new(&base);
    let list = client.list_things().x_target("Store.ListThings");
    assert_eq!(list.send().await.expect("list").into_inner(), "list");
    let count = client.count_things().x_target("Store.CountThings");
    assert_eq!(count.send().await.expect("count").into_inner(), "count");
    let ping = client.ping().action("Ping").send().await.expect("ping");
    assert_eq!(ping.into_inner(), "ping");
    let index = client.rpc_index().send().await.expect("index");
    assert_eq!(index.into_inner(), "index");
    // A request naming none of the route's operations lacks the parameter that names one.
    let http = reqwest::Client::new();
    let other = http
        .post(format!("{base}/rpc"))
        .header("x-target", "Store.Other")
        .send()
        .await
        .unwrap();
    let (status, body) = super::support::status_and_json(other).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["errors"][0]["location"], "header.X-Target", "{body}");
}
