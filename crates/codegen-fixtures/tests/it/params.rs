//! The params fixture over a real socket: query arrays written comma-separated,
//! space- and pipe-delimited, objects as `deepObject` and exploded `form`, arrays in a path
//! and a header (`style: simple`), cookies, and a HEAD operation. The router reads each spelling the spec names and the repeated keys and
//! flattened properties the generated client sends.

use std::sync::Arc;

use codegen_fixtures::{params_client as client, params_server as server};
use serde_json::{Value, json};
use server::SearchApi;

struct Search;

impl SearchApi for Search {
    async fn search(&self, request: server::search::Request) -> server::search::Response {
        server::search::Response::Ok(format!(
            "ids={:?} tags={:?} kinds={:?} filter={} page={}",
            request.ids,
            request.tags,
            request
                .kinds
                .map(|kinds| kinds.iter().map(ToString::to_string).collect::<Vec<_>>()),
            request
                .filter
                .map_or("-".to_owned(), |filter| Value::Object(filter).to_string()),
            Value::Object(request.page),
        ))
    }

    async fn labels(&self, request: server::labels::Request) -> server::labels::Response {
        let names: Vec<&str> = request.names.iter().map(|name| name.as_str()).collect();
        server::labels::Response::Ok(format!(
            "group={} names={names:?} ids={:?} theme={:?} visits={:?}",
            request.group.as_str(),
            request.x_ids,
            request.theme.as_ref().map(|theme| theme.as_str()),
            request.visits
        ))
    }

    async fn batch(&self, request: server::batch::Request) -> server::batch::Response {
        server::batch::Response::Ok(format!("ids={:?} marks={:?}", request.ids, request.marks))
    }

    async fn json_params(
        &self,
        request: server::json_params::Request,
    ) -> server::json_params::Response {
        server::json_params::Response::Ok(format!(
            "key={} filter={} tags={:?}",
            request.key,
            request.filter,
            request.x_tags.map(|tags| tags.to_string())
        ))
    }

    async fn probe(&self, _: server::probe::Request) -> server::probe::Response {
        server::probe::Response::NoContent
    }

    async fn allowed(&self, request: server::allowed::Request) -> server::allowed::Response {
        server::allowed::Response::Ok(format!("query={:?} mode={}", request.query, request.mode))
    }
}

async fn start() -> String {
    super::support::serve(server::router(Arc::new(Search))).await
}

async fn get(base: &str, query: &str) -> (u16, Value) {
    let response = reqwest::get(format!("{base}/items?{query}"))
        .await
        .expect("request");
    super::support::status_and_json(response).await
}

#[tokio::test]
async fn each_style_reads_as_the_spec_writes_it() {
    let base = start().await;
    let (status, body) = get(
        &base,
        "ids=1,2,3&tags=x%20y&kinds=a|c&filter[owner]=ada&filter[minAge]=3&size=10&number=2",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        r#"ids=Some([1, 2, 3]) tags=Some(["x", "y"]) kinds=Some(["a", "c"]) filter={"owner":"ada","minAge":3} page={"size":10,"number":2}"#
    );
}

#[tokio::test]
async fn the_generated_client_is_read_too() {
    let base = start().await;
    let client = client::Client::new(&base);
    let page = json!({"size": 5}).as_object().cloned().unwrap();
    let filter = json!({"owner": "bo"}).as_object().cloned().unwrap();
    let answer = client
        .search()
        .ids(vec![4, 5])
        .filter(filter)
        .page(page)
        .send()
        .await
        .expect("searched")
        .into_inner();
    assert_eq!(
        answer,
        r#"ids=Some([4, 5]) tags=None kinds=None filter={"owner":"bo"} page={"size":5}"#
    );
    let probed = client.probe().version("2").send().await.expect("HEAD");
    assert_eq!(probed.status().as_u16(), 204);
    // Required with a default: still required.
    let unversioned = reqwest::Client::new()
        .head(format!("{base}/items"))
        .send()
        .await
        .unwrap();
    assert_eq!(unversioned.status(), 400);
    let allowed = client.allowed().query("q").send().await.expect("OPTIONS");
    assert_eq!(allowed.into_inner(), r#"query=Some("q") mode=fast"#);
    // `allowEmptyValue`: `?mode=` is no value, so the default; a value is still checked.
    let options = |query: &str| {
        reqwest::Client::new()
            .request(reqwest::Method::OPTIONS, format!("{base}/items?{query}"))
            .send()
    };
    let empty = options("mode=&query=").await.unwrap();
    assert_eq!(empty.status(), 200);
    assert_eq!(
        empty.json::<String>().await.unwrap(),
        r#"query=Some("") mode=fast"#,
        "an empty value of a parameter without allowEmptyValue is still a value"
    );
    let slow = options("mode=slow").await.unwrap();
    assert_eq!(slow.json::<String>().await.unwrap(), "query=None mode=slow");
    assert_eq!(options("mode=medium").await.unwrap().status(), 400);
}

#[tokio::test]
async fn object_properties_and_delimited_items_are_checked() {
    let base = start().await;
    let (status, body) = get(&base, "ids=1,x&kinds=a|z&filter[minAge]=-1&size=101").await;
    assert_eq!(status, 400, "{body}");
    let locations: Vec<&str> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|error| error["location"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        locations,
        [
            "query.ids[1]",
            "query.kinds[1]",
            "query.filter.minAge",
            "query.page.size"
        ],
        "{body}"
    );
    let (status, body) = get(&base, "ids=1,2,3,4,5,6&size=1").await;
    assert_eq!(status, 400, "maxItems counts the split values: {body}");
    let (status, body) = get(&base, "").await;
    assert_eq!(status, 400, "the page is required: {body}");
}

#[tokio::test]
async fn arrays_in_a_path_and_a_header_are_lists_between_commas_and_cookies_travel() {
    let base = start().await;
    let client = client::Client::new(&base);
    // Items with a space and a slash: each percent-encoded as a segment, commas between.
    let names = ["a b", "c/d", "e"].map(|name| {
        name.parse::<client::types::LabelsNamesItem>()
            .expect("a name")
    });
    let answer = client
        .labels()
        .group("g")
        .names(names.to_vec())
        .x_ids(vec![7, 8])
        .theme("dark; blue")
        .visits(3)
        .send()
        .await
        .expect("labels")
        .into_inner();
    assert_eq!(
        answer,
        r#"group=g names=["a b", "c/d", "e"] ids=Some([7, 8]) theme=Some("dark; blue") visits=Some(3)"#
    );

    // As other clients write them: whitespace around a header's commas is allowed.
    let response = reqwest::Client::new()
        .get(format!("{base}/labels/g/x,y"))
        .header("X-Ids", "1, 2")
        .header("Cookie", "other=1; visits=12")
        .send()
        .await
        .expect("request");
    let (status, body) = super::support::status_and_json(response).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body,
        r#"group=g names=["x", "y"] ids=Some([1, 2]) theme=None visits=Some(12)"#
    );

    // An empty header is an empty list, as schemathesis sends one: no item to check.
    let response = reqwest::Client::new()
        .get(format!("{base}/labels/g/x"))
        .header("X-Ids", "")
        .send()
        .await
        .expect("request");
    let (status, body) = super::support::status_and_json(response).await;
    assert_eq!(status, 200, "{body}");

    // Each item is checked: its pattern, the header's maxItems, its type.
    let response = reqwest::Client::new()
        .get(format!("{base}/labels/G/x,Y1"))
        .header("X-Ids", "1,2,3,4")
        .header("Cookie", "visits=-1")
        .send()
        .await
        .expect("request");
    let (status, body) = super::support::status_and_json(response).await;
    assert_eq!(status, 400, "{body}");
    let locations: Vec<&str> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|error| error["location"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        locations,
        [
            "path.group",
            "path.names[1]",
            "header.X-Ids",
            "cookie.visits"
        ],
        "{body}"
    );
}

#[tokio::test]
async fn a_required_delimited_array_given_no_items_is_the_empty_array_not_missing() {
    let base = start().await;
    let read = |query: &'static str| {
        let base = base.clone();
        async move {
            let response = reqwest::get(format!("{base}/batches?{query}"))
                .await
                .expect("request");
            super::support::status_and_json(response).await
        }
    };
    // `ids=` is `[]` (OpenAPI's style table); `marks=` is written the same as `[""]`, which is
    // what it is where `minItems: 1` refuses `[]`.
    assert_eq!(
        read("ids=&marks=a|b").await,
        (200, json!(r#"ids=[] marks=["a", "b"]"#))
    );
    assert_eq!(
        read("ids=1,2&marks=").await,
        (200, json!(r#"ids=[1, 2] marks=[""]"#))
    );
    // Absent, each is missing.
    let (status, body) = read("marks=a").await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["location"], "query.ids", "{body}");
    let (status, body) = read("ids=1").await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["location"], "query.marks", "{body}");
    // The generated client sends an empty required list as `ids=`, not as nothing.
    let client = client::Client::new(&base);
    let answer = client
        .batch()
        .ids(Vec::<i64>::new())
        .marks(vec!["x".to_owned()])
        .send()
        .await
        .expect("an empty list is a value");
    assert_eq!(answer.into_inner(), r#"ids=[] marks=["x"]"#);
}

#[tokio::test]
async fn parameters_described_by_json_content_travel_as_their_json_text() {
    let base = start().await;
    let http = reqwest::Client::new();
    let read = |path: &str, query: &str, tags: Option<&str>| {
        let mut request = http.get(format!("{base}/json/{path}?{query}"));
        if let Some(tags) = tags {
            request = request.header("X-Tags", tags);
        }
        async move { super::support::status_and_json(request.send().await.unwrap()).await }
    };
    // The path's string travels quoted, the query's object and the header's array as JSON.
    assert_eq!(
        read(
            "%22ab%22",
            "filter=%7B%22owner%22%3A%22ann%22%2C%22minAge%22%3A3%7D",
            Some(r#"["x","y"]"#)
        )
        .await,
        (
            200,
            json!(r#"key="ab" filter={"owner":"ann","minAge":3} tags=Some("[\"x\",\"y\"]")"#)
        )
    );
    // Each is checked against its schema, and text that is no JSON is refused, located.
    for (path, query, tags, location) in [
        ("ab", "filter=%7B%22owner%22%3A%22a%22%7D", None, "path.key"),
        (
            "%22a%22",
            "filter=%7B%22owner%22%3A%22a%22%7D",
            None,
            "path.key",
        ),
        (
            "%22ab%22",
            "filter=%7B%22minAge%22%3A1%7D",
            None,
            "query.filter.owner",
        ),
        ("%22ab%22", "", None, "query.filter"),
        (
            "%22ab%22",
            "filter=%7B%22owner%22%3A%22a%22%7D",
            Some("[1]"),
            "header.X-Tags[0]",
        ),
    ] {
        let (status, body) = read(path, query, tags).await;
        assert_eq!(status, 400, "{path} {query}: {body}");
        assert_eq!(body["errors"][0]["location"], location, "{body}");
    }
    // The generated client writes each value's JSON text where it goes.
    let client = client::Client::new(&base);
    let answer = client
        .json_params()
        .key(json!("ab"))
        .filter(json!({"owner": "bo"}))
        .x_tags(json!(["t"]))
        .send()
        .await
        .expect("the server reads what the client writes");
    assert_eq!(
        answer.into_inner(),
        r#"key="ab" filter={"owner":"bo"} tags=Some("[\"t\"]")"#
    );
}
