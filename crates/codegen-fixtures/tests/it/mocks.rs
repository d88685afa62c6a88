//! The mock the generator emits for every test spec, over a socket: each operation the mock
//! can be asked without knowing valid parameters answers every status it documents by its
//! code when `Prefer: code=…` asks for it, and its answers pass the router's response
//! validation (a body that broke its schema would be a 500).

use codegen_fixtures as fixtures;

/// Credentials for every scheme the test specs use: the router takes the first alternative
/// a request presents.
const HEADERS: &[(&str, &str)] = &[
    ("authorization", "Bearer mock-token"),
    ("x-api-key", "mock-key"),
    ("cookie", "session=mock-session"),
];

async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

/// Asks each operation for each status it documents by code; the statuses asked.
async fn exercise(
    name: &str,
    app: axum::Router,
    documented: &[server_runtime::mock::Documented],
) -> usize {
    let base = serve(app).await;
    let http = reqwest::Client::new();
    let mut asked = 0;
    for operation in documented {
        // Path parameters as `1`: an operation that refuses that (a UUID, say) is left out.
        let path: String = operation
            .path
            .split('/')
            .map(|segment| {
                if segment.starts_with('{') {
                    "1"
                } else {
                    segment
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let send = |prefer: Option<String>| {
            let method = reqwest::Method::from_bytes(operation.method.as_bytes()).unwrap();
            let mut request = http.request(method, format!("{base}{path}?api_key=mock-key"));
            for (header, value) in HEADERS {
                request = request.header(*header, *value);
            }
            if let Some(prefer) = prefer {
                request = request.header("prefer", prefer);
            }
            request.send()
        };
        let plain = send(None).await.unwrap().status().as_u16();
        assert_ne!(
            plain, 500,
            "{name}: {} {} answered 500",
            operation.method, operation.path
        );
        if (400..500).contains(&plain) && plain != operation.default_code {
            // Needs parameters or a body this test does not make.
            continue;
        }
        for (written, _) in operation.responses {
            let Ok(code) = written.parse::<u16>() else {
                continue;
            };
            let status = send(Some(format!("code={code}")))
                .await
                .unwrap()
                .status()
                .as_u16();
            assert_eq!(
                status, code,
                "{name}: {} {} with Prefer: code={code}",
                operation.method, operation.path
            );
            asked += 1;
        }
    }
    asked
}

#[tokio::test]
async fn every_test_spec_s_mock_answers_each_documented_status() {
    let mut asked = 0;
    asked += exercise(
        "petstore",
        fixtures::petstore_server::mock::router(),
        fixtures::petstore_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "responses",
        fixtures::responses_server::mock::router(),
        fixtures::responses_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "security",
        fixtures::security_server::mock::router(),
        fixtures::security_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "shapes",
        fixtures::shapes_server::mock::router(),
        fixtures::shapes_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "params",
        fixtures::params_server::mock::router(),
        fixtures::params_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "bodies",
        fixtures::bodies_server::mock::router(),
        fixtures::bodies_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "collisions",
        fixtures::collisions_server::mock::router(),
        fixtures::collisions_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "openapi31",
        fixtures::openapi31_server::mock::router(),
        fixtures::openapi31_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "one_or_many",
        fixtures::one_or_many_server::mock::router(),
        fixtures::one_or_many_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "routes",
        fixtures::routes_server::mock::router(),
        fixtures::routes_server::mock::DOCUMENTED,
    )
    .await;
    asked += exercise(
        "three_state",
        fixtures::three_state_server::mock::router(),
        fixtures::three_state_server::mock::DOCUMENTED,
    )
    .await;
    assert!(asked >= 25, "only {asked} statuses could be asked for");
}
