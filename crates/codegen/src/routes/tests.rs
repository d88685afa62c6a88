use super::*;
use serde_json::json;

fn refused(paths: Value) -> Option<String> {
    routes("t.yaml", &json!({ "paths": paths }))
        .err()
        .map(|err| err.to_string())
}

fn get(parameters: Value) -> Value {
    json!({"get": {"parameters": parameters, "responses": {}}})
}

fn path(name: &str) -> Value {
    json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}})
}

#[test]
fn templates_the_router_serves_pass() {
    assert_eq!(
        refused(json!({
            "/a/{id}": get(json!([path("id")])),
            "/a/b": get(json!([])),
            "/a/{id}/c": get(json!([path("id")])),
            "/files/x{name}": get(json!([path("name")])),
            "/movies/{id}.json": get(json!([path("id")])),
            "/ranges/{from},{to}": get(json!([path("from"), path("to")])),
            "/document.{format}": get(json!([path("format")])),
            "/docket.{format}": get(json!([path("format")])),
        })),
        None
    );
    let raw = json!({"paths": {"/v{major}.{minor}": get(json!([path("major"), path("minor")]))}});
    let route = &routes("t.yaml", &raw).expect("served")["/v{major}.{minor}"];
    assert_eq!(route.path, "/v{major}");
    let (carrier, pieces, index) = route.place("minor").expect("placed");
    assert_eq!((carrier, index), ("major", 1));
    assert_eq!(
        pieces,
        [
            Piece::Param("major".into()),
            Piece::Literal(".".into()),
            Piece::Param("minor".into())
        ]
    );
}

#[test]
fn a_template_is_routed_by_whole_segments_and_read_by_its_literals() {
    let raw = json!({"paths": {
        "/pets/{id}": get(json!([path("id")])),
        "/pets/{petId}": {"delete": {"parameters": [path("petId")], "responses": {}}},
        "/ranges/{from},{to}.csv": get(json!([path("from"), path("to")])),
    }});
    let routes = routes("t.yaml", &raw).expect("served");
    let pets = &routes["/pets/{petId}"];
    assert_eq!(pets.path, "/pets/{id}", "the shape's first names");
    let whole = &routes["/pets/{id}"];
    assert_eq!(whole.place("id"), Some(("id", &[][..], 0)));
    let (carrier, pieces, index) = pets.place("petId").expect("placed");
    assert_eq!((carrier, index), ("id", 0));
    assert_eq!(pieces, [Piece::Param("petId".into())]);
    let ranges = &routes["/ranges/{from},{to}.csv"];
    assert_eq!(ranges.path, "/ranges/{from}");
    let (carrier, pieces, index) = ranges.place("to").expect("placed");
    assert_eq!((carrier, index), ("from", 1));
    assert_eq!(
        pieces,
        [
            Piece::Param("from".into()),
            Piece::Literal(",".into()),
            Piece::Param("to".into()),
            Piece::Literal(".csv".into())
        ]
    );
}

#[test]
fn a_fragment_naming_a_parameter_leaves_the_route_and_one_holding_a_path_stays() {
    let raw = json!({"paths": {
        "/#Action=List": get(json!([])),
        "/send/#env/v1/{id}": get(json!([path("id")])),
    }});
    let routes = routes("t.yaml", &raw).expect("served");
    let action = &routes["/#Action=List"];
    assert_eq!(action.path, "/");
    let fragment = action.fragment.as_ref().expect("a fragment");
    assert_eq!(
        (fragment.key.as_str(), fragment.value.as_deref()),
        ("Action", Some("List"))
    );
    let kept = &routes["/send/#env/v1/{id}"];
    assert_eq!(
        (kept.path.as_str(), kept.fragment.is_none()),
        ("/send/#env/v1/{id}", true)
    );
}

#[test]
fn templates_of_one_shape_answering_one_method_are_refused_with_both() {
    let message = refused(json!({
        "/pets/{id}": get(json!([path("id")])),
        "/pets/{petId}": get(json!([path("petId")])),
    }))
    .expect("refused");
    assert!(
        message.starts_with("t.yaml: /paths/~1pets~1{petId}/get: unsupported path \"/pets/{petId}\": the generated router cannot tell it from \"/pets/{id}\": both answer GET on the route \"/pets/{id}\", their literals are the same and so are their path parameters' schemas"),
        "{message}"
    );
    // A default or a description constrains nothing: still the same.
    let described = json!({"name": "petId", "in": "path", "required": true,
        "schema": {"type": "string", "default": "rex", "description": "Its name."}});
    assert!(
        refused(json!({
            "/pets/{id}": get(json!([path("id")])),
            "/pets/{petId}": get(json!([described])),
        }))
        .is_some()
    );
    // Told apart by their parameters' schemas, they share the route, the most
    // constrained counted so.
    let number = json!({"name": "id", "in": "path", "required": true,
        "schema": {"type": "integer", "format": "int64"}});
    let routes = routes(
        "t.yaml",
        &json!({"paths": {
            "/pets/{name}": get(json!([path("name")])),
            "/pets/{id}": get(json!([number])),
        }}),
    )
    .expect("served");
    assert_eq!(
        (
            routes["/pets/{id}"].constraints["get"],
            routes["/pets/{name}"].constraints["get"]
        ),
        (2, 0)
    );
    // Told apart by their literals, they share the route.
    assert_eq!(
        refused(json!({
            "/movies/{id}.json": get(json!([path("id")])),
            "/movies/{id}.xml": get(json!([path("id")])),
            "/movies/{id}": get(json!([path("id")])),
        })),
        None
    );
}

#[test]
fn what_axum_or_matchit_refuse_is_refused() {
    for (template, reason) in [
        (
            "/a/{x}{y}",
            "follows another parameter with nothing between them",
        ),
        ("a/b", "starts with `/`"),
        ("/a/:id", "may not start with `:`"),
        ("/a/*x", "may not start with `*`"),
        ("/a/{}", "not a parameter the router can read"),
        ("/a/{id}/{id}", "names `{id}` twice"),
        ("/openapi.json", "serves the spec at /openapi.json"),
    ] {
        let message = refused(json!({ template: get(json!([])) })).expect(template);
        assert!(message.contains(reason), "{template}: {message}");
    }
}

#[test]
fn path_parameters_must_be_the_templates() {
    let missing = refused(json!({"/a/{id}": get(json!([]))})).expect("refused");
    assert!(
        missing.contains("/paths/~1a~1{id}/get: unsupported path parameter \"id\""),
        "{missing}"
    );
    let extra = refused(json!({"/a": get(json!([path("id")]))})).expect("refused");
    assert!(extra.contains("/paths/~1a/get/parameters/0: unsupported path parameter \"id\": the path template has no `{id}`"), "{extra}");
    // Declared on the path item serves every operation.
    assert_eq!(
        refused(json!({"/a/{id}": {"parameters": [path("id")], "get": {"responses": {}}}})),
        None
    );
    let twice = refused(json!({"/a/{id}": get(json!([path("id"), path("id")]))})).expect("refused");
    assert!(twice.contains("/paths/~1a~1{id}/get/parameters/1: unsupported path parameter \"id\": it is declared twice in one list (first at /paths/~1a~1{id}/get/parameters/0)"), "{twice}");
    let headers = refused(json!({"/a": get(json!([
        {"name": "X-A", "in": "header", "schema": {"type": "string"}},
        {"name": "x-a", "in": "header", "schema": {"type": "string"}},
    ]))}))
    .expect("refused");
    assert!(headers.contains("declared twice"), "{headers}");
}
