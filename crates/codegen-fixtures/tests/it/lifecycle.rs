//! The lifecycle spec's generated crates (`crates/codegen/tests/specs/lifecycle.yaml`): a
//! deprecated operation announces itself on the wire (`Deprecation`, `Sunset`, `Link`), every
//! answer says which deprecated parameters and properties its request used, and the generated
//! client warns, at compile time, exactly where a user touches something deprecated.

use std::{
    collections::BTreeSet,
    path::Path,
    process::Command,
    sync::{Arc, Mutex},
};

use axum::response::Response;
use codegen_fixtures::{lifecycle_client as client, lifecycle_server as server};
use server::{LifecycleApi, types};

use crate::support::serve;

struct Workshop;

fn widget(name: &str, color: Option<&str>) -> types::Widget {
    types::Widget {
        id: uuid::Uuid::nil(),
        name: name.parse().unwrap(),
        color: color.map(str::to_owned),
        finish: None,
    }
}

impl LifecycleApi for Workshop {
    async fn list_widgets(
        &self,
        _: server::list_widgets::Request,
    ) -> server::list_widgets::Response {
        server::list_widgets::Response::Ok(vec![widget("new", None)])
    }

    async fn create_widget(
        &self,
        request: server::create_widget::Request,
    ) -> server::create_widget::Response {
        server::create_widget::Response::Created(widget(
            &request.body.name,
            request.body.color.as_deref(),
        ))
    }

    async fn list_legacy_widgets(
        &self,
        _: server::list_legacy_widgets::Request,
    ) -> server::list_legacy_widgets::Response {
        server::list_legacy_widgets::Response::Ok(vec![widget("old", Some("red"))])
    }

    async fn search_widgets(
        &self,
        _: server::search_widgets::Request,
    ) -> server::search_widgets::Response {
        server::search_widgets::Response::Ok(vec![])
    }

    async fn tune_widgets(
        &self,
        _: server::tune_widgets::Request,
    ) -> server::tune_widgets::Response {
        server::tune_widgets::Response::NoContent
    }
}

/// The router, behind a layer that keeps what each answer says of deprecated uses (as an
/// operator's metrics layer reads it).
async fn start() -> (String, Arc<Mutex<Vec<Vec<&'static str>>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = seen.clone();
    let app = server::router(Arc::new(Workshop)).layer(axum::middleware::map_response(
        move |response: Response| {
            let kept = kept.clone();
            async move {
                let uses = response
                    .extensions()
                    .get::<server_runtime::DeprecatedUses>()
                    .map(|uses| uses.iter().collect())
                    .unwrap_or_default();
                kept.lock().unwrap().push(uses);
                response
            }
        },
    ));
    (serve(app).await, seen)
}

#[tokio::test]
async fn a_deprecated_operation_announces_its_dates_and_replacement() {
    let (base, _) = start().await;
    let legacy = reqwest::get(format!("{base}/widgets/legacy"))
        .await
        .unwrap();
    assert_eq!(legacy.status(), 200);
    let headers = legacy.headers();
    // 2026-12-01T00:00:00Z, RFC 9745's structured date.
    assert_eq!(headers["deprecation"], "@1796083200");
    assert_eq!(headers["sunset"], "Wed, 30 Jun 2027 00:00:00 GMT");
    let links: Vec<&str> = headers
        .get_all("link")
        .iter()
        .map(|value| value.to_str().unwrap())
        .collect();
    assert_eq!(
        links,
        [
            "</openapi.json#/paths/~1widgets~1legacy/get>; rel=\"deprecation\"; type=\"application/json\"",
            "</openapi.json#/paths/~1widgets/get>; rel=\"successor-version\"; title=\"listWidgets\"",
        ]
    );
    // Each link's target is in the spec the router serves.
    let spec: serde_json::Value = reqwest::get(format!("{base}/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for link in links {
        let pointer = link
            .split_once('#')
            .and_then(|(_, rest)| rest.split_once('>'))
            .unwrap()
            .0;
        assert!(spec.pointer(pointer).is_some(), "{pointer}");
    }

    // An operation that is not deprecated says nothing of it.
    let current = reqwest::get(format!("{base}/widgets")).await.unwrap();
    assert_eq!(current.status(), 200);
    for name in ["deprecation", "sunset", "link"] {
        assert!(!current.headers().contains_key(name), "{name}");
    }
}

#[tokio::test]
async fn each_answer_names_the_deprecated_parameters_and_properties_its_request_used() {
    let (base, seen) = start().await;
    let http = reqwest::Client::new();
    http.get(format!("{base}/widgets?page=2"))
        .header("x-legacy-tenant", "acme")
        .send()
        .await
        .unwrap();
    http.get(format!("{base}/widgets?cursor=abc"))
        .send()
        .await
        .unwrap();
    for body in [
        serde_json::json!({"name": "a", "color": "red", "label": {"legacyText": "x"}}),
        serde_json::json!({"name": "a", "finish": "matte", "label": {"text": "x"}}),
    ] {
        let response = http
            .post(format!("{base}/widgets"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
    }
    assert_eq!(
        *seen.lock().unwrap(),
        [
            vec!["query.page", "header.X-Legacy-Tenant"],
            vec![],
            vec!["body.color", "body.label.legacyText"],
            vec![],
        ]
    );
}

#[tokio::test]
#[allow(deprecated)]
async fn the_generated_client_still_calls_what_is_deprecated() {
    let (base, _) = start().await;
    let client = client::Client::new(&base);
    let widgets = client.list_legacy_widgets().send().await.unwrap();
    assert_eq!(widgets[0].color.as_deref(), Some("red"));
    let created = client
        .create_widget()
        .body(
            client::types::NewWidget::builder()
                .name("b")
                .color("blue".to_owned()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(created.color.as_deref(), Some("blue"));
}

/// A user of the generated client, outside its crate: one line uses each deprecated item
/// (the operation's method, two parameters' setters, a property's field and builder setter)
/// and the items beside them that are not deprecated.
const USER: &str = r#"
use codegen_fixtures::lifecycle_client::{Client, types};

pub async fn calls(client: &Client) {
    let _ = client.list_legacy_widgets().send().await;
    let _ = client.list_widgets().cursor("a").page(2).send().await;
    let _ = client.list_widgets().x_legacy_tenant("acme").send().await;
    let _ = client.search_widgets().q("a").send().await;
    let _ = client.tune_widgets().send().await;
    let new = types::NewWidget::builder().name("a").finish("matte".parse::<types::NewWidgetFinish>().unwrap()).color("red".to_owned());
    let _ = client.create_widget().body(new).send().await;
}

pub fn read(widget: &types::Widget) -> usize {
    widget.name.len() + widget.finish.as_ref().map_or(0, |f| f.len()) + widget.color.as_ref().map_or(0, |c| c.len())
}

fn main() {}
"#;

/// Compiles [`USER`] (`cargo check`, the workspace's target directory) and reads the
/// compiler's warnings: one `deprecated` warning for each deprecated item used, and none for
/// the rest.
#[test]
fn the_compiler_warns_exactly_where_a_user_touches_something_deprecated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap();
    let dir = std::env::temp_dir().join(format!("lifecycle-user-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"lifecycle-user\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[workspace]\n\n[dependencies]\ncodegen-fixtures = {{ path = {:?} }}\n",
            root.join("crates/codegen-fixtures")
        ),
    )
    .unwrap();
    std::fs::write(dir.join("src/main.rs"), USER).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("CARGO_") && name != "CARGO_HOME" {
            cargo.env_remove(&*name);
        }
    }
    let output = cargo
        .current_dir(&dir)
        .args(["check", "--offline", "--quiet", "--message-format", "json"])
        .env("CARGO_TARGET_DIR", root.join("target"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let warnings: BTreeSet<String> = stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-message")
        .filter(|message| message["target"]["name"] == "lifecycle-user")
        .map(|message| message["message"].clone())
        .filter(|message| message["level"] == "warning")
        .map(|message| {
            let line = message["spans"][0]["line_start"].as_u64().unwrap();
            format!("{line}: {}", message["message"].as_str().unwrap())
        })
        .collect();
    let expected: BTreeSet<String> = [
        "5: use of deprecated method `codegen_fixtures::lifecycle_client::Client::list_legacy_widgets`: deprecated by the API since 2026-12-01, sunset 2027-06-30, use listWidgets",
        "6: use of deprecated method `codegen_fixtures::lifecycle_client::builder::ListWidgets::<'a>::page`: deprecated by the API, sunset 2027-06-30",
        "7: use of deprecated method `codegen_fixtures::lifecycle_client::builder::ListWidgets::<'a>::x_legacy_tenant`: deprecated by the API, no sunset announced",
        "10: use of deprecated method `codegen_fixtures::lifecycle_client::types::builder::NewWidget::color`: deprecated by the API, no sunset announced",
        "15: use of deprecated field `codegen_fixtures::lifecycle_client::types::Widget::color`: deprecated by the API, sunset 2027-06-30",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    assert_eq!(warnings, expected);
    std::fs::remove_dir_all(&dir).unwrap();
}
