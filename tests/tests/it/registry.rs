//! The crates a client team depends on by version, from a registry: `cargo package` packages
//! the five publishable crates for a registry named `local`, this test serves them as a Cargo
//! sparse registry over HTTP (an index built from the packaged manifests, the `.crate` files as
//! downloads), and `tests/consumer` (a crate outside the workspace that names
//! `chats-client = { version = "1", registry = "local" }` and nothing here by path) is built
//! from it and run against the running service. Cargo reads crates.io's index for the
//! consumer's other dependencies (not `--offline`: offline, Cargo reads no registry at all,
//! this one included); their versions are the workspace's, from its lock file.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Command,
};

use axum::{Router, body::Body, http::StatusCode, http::Uri, response::Response};
use chats_tests::{TestServer, fixture};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// What a consumer needs, in an order in which each crate's dependencies come first.
const PUBLISHED: [&str; 5] = [
    "schema-check",
    "server-runtime",
    "client-runtime",
    "chats-client",
    "chats-api",
];

const CRATES_IO: &str = "https://github.com/rust-lang/crates.io-index";

#[tokio::test(flavor = "multi_thread")]
async fn an_outside_crate_depends_on_the_client_by_version_and_calls_the_service() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned();
    let registry = tempfile::tempdir().unwrap();
    let base = serve(registry.path().to_owned()).await;
    let index = format!("sparse+{base}/index/");
    std::fs::create_dir_all(registry.path().join("index")).unwrap();
    std::fs::create_dir_all(registry.path().join("dl")).unwrap();
    std::fs::write(
        registry.path().join("index/config.json"),
        json!({ "dl": format!("{base}/dl/{{crate}}-{{version}}.crate"), "api": null }).to_string(),
    )
    .unwrap();

    // Package, as CI does (the crates resolved together).
    let target = root.join("target");
    let root_ = root.clone();
    tokio::task::spawn_blocking(move || {
        let mut package = cargo(&root_);
        package.args(["package", "--no-verify", "--quiet"]);
        for name in PUBLISHED {
            package.args(["-p", name]);
        }
        run(&mut package);
    })
    .await
    .unwrap();

    // The index: one line per crate, from its manifest as Cargo reads it.
    let metadata = metadata(&root);
    let mut versions = BTreeMap::new();
    for name in PUBLISHED {
        let package = metadata["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|package| package["name"] == name)
            .unwrap_or_else(|| panic!("{name} is a workspace package"));
        let version = package["version"].as_str().unwrap();
        versions.insert(name, version.to_owned());
        let file = format!("{name}-{version}.crate");
        let bytes = std::fs::read(target.join("package").join(&file))
            .unwrap_or_else(|err| panic!("cargo package wrote {file}: {err}"));
        std::fs::write(registry.path().join("dl").join(&file), &bytes).unwrap();
        let line = index_line(package, &format!("{:x}", Sha256::digest(&bytes)));
        let path = registry.path().join("index").join(index_path(name));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, format!("{line}\n")).unwrap();
    }

    let server = TestServer::start().await;
    let ws = server.workspace("consumer").await;

    // The consumer, copied out of the workspace, with the registry configured and the
    // workspace's lock file as its start (the same versions of what both depend on).
    let consumer = tempfile::tempdir().unwrap();
    copy_tree(&root.join("tests/consumer"), consumer.path());
    std::fs::copy(root.join("Cargo.lock"), consumer.path().join("Cargo.lock")).unwrap();
    std::fs::create_dir_all(consumer.path().join(".cargo")).unwrap();
    std::fs::write(
        consumer.path().join(".cargo/config.toml"),
        format!("[registries.local]\nindex = \"{index}\"\n"),
    )
    .unwrap();
    let (dir, key, owner) = (
        consumer.path().to_owned(),
        ws.key.clone(),
        fixture::USER.to_string(),
    );
    let base_url = server.base.clone();
    let output = tokio::task::spawn_blocking(move || {
        let mut build = cargo(&dir);
        build
            .args(["run", "--quiet", "--"])
            .args([&base_url, &key, &owner])
            // Shares the workspace's target directory: what both build the same way is
            // built once.
            .env("CARGO_TARGET_DIR", &target);
        run(&mut build)
    })
    .await
    .unwrap();

    let lines: Vec<&str> = output.lines().collect();
    let created = lines[0]
        .strip_prefix("created ")
        .unwrap_or_else(|| panic!("{output}"));
    let chat = ws
        .client
        .get_chat()
        .id(created.parse::<uuid::Uuid>().unwrap())
        .send()
        .await
        .expect("the consumer's chat is in the service");
    assert_eq!(chat.title.as_deref(), Some("from the registry"));
    assert_eq!(lines[1], format!("listed {created}"), "{output}");
    assert_eq!(lines[2], "missing 404", "{output}");
    let lock = std::fs::read_to_string(consumer.path().join("Cargo.lock")).unwrap();
    assert!(
        lock.contains(&format!(
            "name = \"chats-client\"\nversion = \"{}\"\nsource = \"sparse+{base}/index/\"",
            versions["chats-client"]
        )),
        "chats-client comes from the registry:\n{lock}"
    );
}

/// Cargo, as the one running this test, in `dir`, without this test's environment of
/// cargo's (a consumer's build is its own).
fn cargo(dir: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(dir);
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("CARGO_") && name != "CARGO_HOME" && name != "CARGO_TERM_COLOR" {
            command.env_remove(&*name);
        }
    }
    command
}

/// Runs `command` to success: its stdout.
fn run(command: &mut Command) -> String {
    let output = command.output().expect("cargo runs");
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn metadata(root: &Path) -> Value {
    let output = run(cargo(root).args(["metadata", "--no-deps", "--format-version", "1"]));
    serde_json::from_str(&output).unwrap()
}

/// A package's index line: its dependencies on other published crates of this workspace (path
/// dependencies) are in this registry, the rest on crates.io. Dev-dependencies are left out
/// (a consumer never resolves them), as crates.io leaves them in but Cargo ignores them.
fn index_line(package: &Value, checksum: &str) -> Value {
    let deps: Vec<Value> = package["dependencies"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|dep| dep["kind"] != "dev")
        .map(|dep| {
            let mut line = json!({
                "name": dep["rename"].as_str().unwrap_or(dep["name"].as_str().unwrap()),
                "req": dep["req"],
                "features": dep["features"],
                "optional": dep["optional"],
                "default_features": dep["uses_default_features"],
                "target": dep["target"],
                "kind": dep["kind"].as_str().unwrap_or("normal"),
            });
            if dep["rename"].is_string() {
                line["package"] = dep["name"].clone();
            }
            if dep["path"].is_null() {
                line["registry"] = json!(dep["registry"].as_str().unwrap_or(CRATES_IO));
            }
            line
        })
        .collect();
    let features: BTreeMap<&str, &Value> = package["features"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, list)| (name.as_str(), list))
        .collect();
    json!({
        "name": package["name"],
        "vers": package["version"],
        "deps": deps,
        "cksum": checksum,
        "features": features,
        "yanked": false,
        "links": package["links"],
        "rust_version": package["rust_version"],
        "v": 2,
    })
}

/// Where a crate's index file lives in a registry (Cargo's layout).
fn index_path(name: &str) -> String {
    let name = name.to_lowercase();
    match name.len() {
        1 => format!("1/{name}"),
        2 => format!("2/{name}"),
        3 => format!("3/{}/{name}", &name[..1]),
        _ => format!("{}/{}/{name}", &name[..2], &name[2..4]),
    }
}

/// Serves `dir` over HTTP on an ephemeral port: its base URL.
async fn serve(dir: PathBuf) -> String {
    let app = Router::new().fallback(move |uri: Uri| {
        let dir = dir.clone();
        async move {
            let path = dir.join(uri.path().trim_start_matches('/'));
            match std::fs::read(&path) {
                Ok(bytes) if !uri.path().contains("..") => Response::new(Body::from(bytes)),
                _ => Response::builder()
                    .status(StatusCode::NOT_FOUND)
                    .body(Body::empty())
                    .unwrap(),
            }
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
