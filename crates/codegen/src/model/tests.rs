//! The model on small inline documents: each fact decided once, read back here.

use super::*;

fn spec(paths_and_components: &str) -> Spec {
    let text = format!(
        "openapi: 3.0.3\ninfo: {{title: Tiny store, version: '1'}}\n{paths_and_components}"
    );
    Spec::parse("t.yaml", &text).unwrap_or_else(|err| panic!("{err}"))
}

fn only<'a>(api: &'a Api<'a>) -> &'a Operation<'a> {
    let [op] = api.operations.as_slice() else {
        panic!("expected one operation, got {}", api.operations.len());
    };
    op
}

#[test]
fn names_are_decided_once() {
    let spec = spec(
        "paths:\n  /pets/{petId}:\n    get:\n      parameters:\n        - {name: petId, in: path, required: true, schema: {type: string}}\n        - {name: page-size, in: query, schema: {type: integer}}\n        - {name: type, in: query, schema: {type: string}}\n      responses: {'204': {description: ok}}\n",
    );
    let api = Api::build(&spec).unwrap();
    assert_eq!(api.trait_name, "TinyStoreApi");
    let op = only(&api);
    // A synthesized id, and every name made from it.
    assert_eq!(op.id, "getPetsByPetId");
    assert_eq!(op.method_name, "get_pets_by_pet_id");
    assert_eq!(op.builder_name, "GetPetsByPetId");
    assert_eq!(op.pointer, "/paths/~1pets~1{petId}/get");
    let fields: Vec<&str> = op.parameters.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["pet_id", "page_size", "type_"]);
}

#[test]
fn operations_follow_the_specifications_method_order() {
    let spec = spec(
        "paths:\n  /a:\n    patch: {operationId: p, responses: {'204': {description: ok}}}\n    options: {operationId: o, responses: {'204': {description: ok}}}\n    head: {operationId: h, responses: {'204': {description: ok}}}\n    get: {operationId: g, responses: {'204': {description: ok}}}\n",
    );
    let api = Api::build(&spec).unwrap();
    let order: Vec<&str> = api.operations.iter().map(|op| op.id).collect();
    assert_eq!(order, ["g", "o", "h", "p"]);
}

#[test]
fn responses_are_ordered_and_classed_and_kept_as_written() {
    let spec = spec(
        "paths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        default: {description: 'Oops.\n\n          More.', content: {application/problem+json: {schema: {$ref: '#/components/schemas/P'}}}}\n        '304': {description: Same}\n        '200': {description: ok, content: {application/json: {schema: {type: string}}}}\n        '404': {description: Gone, content: {text/plain: {schema: {type: string}}}}\ncomponents:\n  schemas:\n    P: {type: object}\n",
    );
    let api = Api::build(&spec).unwrap();
    let op = only(&api);
    // Lowered: `default` beside a success answers errors, as 4XX and 5XX.
    let statuses: Vec<String> = op.responses.iter().map(|r| r.status.text()).collect();
    assert_eq!(statuses, ["200", "304", "404", "4XX", "5XX"]);
    let classes: Vec<_> = op.responses.iter().map(|r| r.status.class()).collect();
    use crate::openapi::Class::*;
    assert_eq!(classes, [Success, Other, Error, Error, Error]);
    // As written, in the document's order, with what each really carries.
    let written: Vec<(&str, &str, WrittenBody<'_>)> = op
        .written_responses
        .iter()
        .map(|r| (r.key, r.summary, r.body))
        .collect();
    assert_eq!(
        written,
        [
            ("default", "Oops.", WrittenBody::Json(Some("P"))),
            ("304", "Same", WrittenBody::None),
            ("200", "ok", WrittenBody::Json(None)),
            ("404", "Gone", WrittenBody::Other),
        ]
    );
}

#[test]
fn bodies_have_one_media_kind() {
    let body = |content: &str| {
        let spec = spec(&format!(
            "paths:\n  /a:\n    post:\n      operationId: a\n      requestBody: {{required: true, content: {content}}}\n      responses: {{'204': {{description: ok}}}}\n"
        ));
        let api = Api::build(&spec).unwrap();
        let body = only(&api).body.as_ref().expect("a body");
        (body.kind.clone(), body.required)
    };
    assert_eq!(
        body("{text/json: {schema: {type: object}}}").0,
        BodyKind::Json
    );
    assert_eq!(
        body("{'application/json; charset=utf-8': {schema: {type: object}}}").0,
        BodyKind::Json
    );
    assert_eq!(
        body("{application/x-www-form-urlencoded: {schema: {type: object}}}").0,
        BodyKind::Form
    );
    assert_eq!(
        body("{text/plain: {schema: {type: string}}, image/png: {}}"),
        (
            BodyKind::Raw(vec!["text/plain".to_owned(), "image/png".to_owned()]),
            true
        )
    );
}

#[test]
fn parameters_carry_their_style_default_and_checked_schema() {
    let spec = spec(
        "paths:\n  /a/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n      - {name: tags, in: query, schema: {type: string}}\n    get:\n      operationId: a\n      parameters:\n        - {name: tags, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}}\n        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}\n        - {name: size, in: query, schema: {type: integer, default: 20, nullable: true}}\n        - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {a: {type: integer}}}}\n        - {name: X-Trace, in: header, schema: {type: string}}\n        - {name: terms, in: query, required: true, schema: {type: string, properties: {link: {type: string}}, required: [terms]}}\n        - {name: X-Odd, in: header, schema: {type: string, properties: {a: {type: string}}}}\n      responses: {'204': {description: ok}}\n",
    );
    let api = Api::build(&spec).unwrap();
    let op = only(&api);
    let find = |name: &str| {
        op.parameters
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    // The operation's `tags` replaced the path item's.
    assert_eq!(op.parameters.iter().filter(|p| p.name == "tags").count(), 1);
    assert_eq!(find("tags").style, Style::Delimited('|'));
    assert_eq!(find("ids").style, Style::Delimited(','));
    assert_eq!(find("id").location, In::Path);
    assert_eq!(find("X-Trace").location, In::Header);
    assert_eq!(find("X-Trace").field, "x_trace");
    let size = find("size");
    assert_eq!((size.default.as_deref(), size.nullable), (Some("20"), true));
    // An object in the query: progenitor reads a map, the router checks the written schema.
    let filter = find("filter");
    assert!(filter.object);
    let checked = serde_json::to_value(&filter.checked_schema).unwrap();
    assert!(checked.pointer("/properties/a").is_some(), "{checked}");
    let read = serde_json::to_value(filter.schema).unwrap();
    assert!(read.pointer("/properties/a").is_none(), "{read}");
    // `type: string` beside object keywords is a string (in the query, and in a header,
    // where an object would be refused): `?terms=` is the empty string, not a missing object.
    assert!(!find("terms").object && !find("X-Odd").object);
}

#[test]
fn security_alternatives_index_the_schemes() {
    let spec = spec(
        "security: [{key: []}]\npaths:\n  /a:\n    get: {operationId: a, responses: {'204': {description: ok}}}\n  /b:\n    get: {operationId: b, security: [{}], responses: {'204': {description: ok}}}\n  /c:\n    get: {operationId: c, security: [{token: [], key: []}, {basic: []}], responses: {'204': {description: ok}}}\ncomponents:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n    token: {type: http, scheme: BEARER}\n    basic: {type: http, scheme: basic}\n    headers: {type: oauth2, flows: {}}\n",
    );
    let api = Api::build(&spec).unwrap();
    let alternatives: Vec<&Vec<Vec<usize>>> =
        api.operations.iter().map(|op| &op.security).collect();
    assert_eq!(
        alternatives,
        [&vec![vec![0]], &vec![], &vec![vec![1, 0], vec![2]]]
    );
    assert!(api.secured());
    let kinds: Vec<SchemeKind<'_>> = api.schemes.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SchemeKind::ApiKey {
                location: In::Header,
                name: "X-Key"
            },
            SchemeKind::Http { scheme: "Bearer" },
            SchemeKind::Basic,
            SchemeKind::OAuth,
        ]
    );
    // A scheme named like one of the client builder's own methods steps aside.
    let methods: Vec<&str> = api
        .schemes
        .iter()
        .map(|s| s.client_method.as_str())
        .collect();
    assert_eq!(methods, ["key", "token", "basic", "headers_"]);
}

#[test]
fn pagination_reads_its_parameters() {
    let spec = spec(
        "paths:\n  /a:\n    get:\n      operationId: a\n      x-pagination: {style: page-number, page: pageNumber, size: pageSize}\n      parameters:\n        - {name: pageNumber, in: query, schema: {type: integer, default: 1}}\n        - {name: pageSize, in: query, required: true, schema: {type: integer, default: 50}}\n      responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}\n",
    );
    let api = Api::build(&spec).unwrap();
    let pagination = only(&api).pagination.as_ref().expect("pagination");
    let crate::model::PageStyle::PageNumber { page } = &pagination.style else {
        panic!("page-number style");
    };
    assert_eq!(
        (page.field.as_str(), page.required, page.default),
        ("page_number", false, Some(1))
    );
    assert_eq!(
        (
            pagination.size.field.as_str(),
            pagination.size.required,
            pagination.size.default
        ),
        ("page_size", true, Some(50))
    );
}

#[test]
fn cursor_pagination_reads_its_parameters_and_an_unreadable_one_is_refused_where_it_is() {
    let with = |pagination: &str| {
        spec(&format!(
            "paths:\n  /a:\n    get:\n      operationId: a\n      x-pagination: {pagination}\n      parameters:\n        - {{name: after, in: query, schema: {{type: string}}}}\n        - {{name: limit, in: query, schema: {{type: integer, default: 20}}}}\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{type: array, items: {{type: string}}}}}}}}}}}}\n"
        ))
    };
    let spec_ok = with("{style: cursor, cursor: after, size: limit}");
    let api = Api::build(&spec_ok).unwrap();
    let pagination = only(&api).pagination.as_ref().expect("pagination");
    let crate::model::PageStyle::Cursor { cursor } = &pagination.style else {
        panic!("cursor style");
    };
    assert_eq!(
        (cursor.name.as_str(), cursor.field.as_str()),
        ("after", "after")
    );
    assert_eq!(pagination.size.default, Some(20));
    for (pagination, expected) in [
        (
            "{style: offset, page: after, size: limit}",
            "style `offset` is not one",
        ),
        (
            "{style: cursor, cursor: next, size: limit}",
            "`cursor: next` names no query parameter",
        ),
        ("{style: cursor, cursor: after}", "has no `size`"),
    ] {
        let spec = with(pagination);
        let err = Api::build(&spec).err().expect("refused").to_string();
        assert!(
            err.contains("/paths/~1a/get: x-pagination") && err.contains(expected),
            "{pagination}: {err}"
        );
    }
}

#[test]
fn named_schemas_get_typify_names() {
    let spec = spec(
        "paths: {}\ncomponents:\n  schemas:\n    pet-store: {type: object}\n    3ds: {type: string}\n",
    );
    let api = Api::build(&spec).unwrap();
    let names: Vec<(&str, &str, &str)> = api
        .schemas
        .iter()
        .map(|s| (s.name, s.type_name.as_str(), s.function_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("pet-store", "PetStore", "pet_store"),
            ("3ds", "X3ds", "_3ds")
        ]
    );
}

#[test]
fn a_path_parameter_knows_its_segment_when_the_route_is_not_the_template() {
    let spec = spec(
        "paths:\n  /files/{name}.json:\n    get:\n      operationId: f\n      parameters:\n        - {name: name, in: path, required: true, schema: {type: string}}\n      responses: {'204': {description: ok}}\n  /pets/{id}:\n    get:\n      operationId: g\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n      responses: {'204': {description: ok}}\n",
    );
    let api = Api::build(&spec).unwrap();
    let file = &api.operations[0];
    assert_eq!(
        (file.path, file.route.as_str()),
        ("/files/{name}.json", "/files/{name}")
    );
    let (carrier, pieces, index) = file.parameters[0].segment.clone().expect("a segment");
    assert_eq!((carrier.as_str(), index), ("name", 0));
    assert_eq!(
        pieces,
        [Piece::Param("name".into()), Piece::Literal(".json".into())]
    );
    let pet = &api.operations[1];
    assert_eq!(pet.route, "/pets/{id}");
    assert!(
        pet.parameters[0].segment.is_none(),
        "a whole segment is read by name"
    );
}
