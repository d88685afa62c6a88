//! The security fixture over a real socket: a bearer token or an API key header (the
//! document's requirement), basic or a query key with a cookie (an operation's alternatives,
//! one of them a combination), OAuth 2.0 and OpenID Connect tokens, and an open operation.
//! The generated client's `auth` module sends them; the generated router finds them and
//! hands each to `authenticate` as the generated `Credential`.

use std::sync::{Arc, Mutex};

use codegen_fixtures::{security_client as client, security_server as server};
use server::{Credential, VaultApi, types};
use server_runtime::AuthError;

#[derive(Default)]
struct Vault {
    /// Every credential `authenticate` saw, as `scheme:value`.
    seen: Mutex<Vec<String>>,
}

impl VaultApi for Vault {
    type Context = ();

    async fn authenticate(&self, credential: Credential) -> Result<(), AuthError> {
        let value = match &credential {
            Credential::Basic(basic) => format!("{}/{}", basic.username, basic.password),
            Credential::Bearer(value)
            | Credential::ApiKey(value)
            | Credential::QueryKey(value)
            | Credential::Session(value)
            | Credential::Oauth(value)
            | Credential::Oidc(value) => value.clone(),
        };
        if value.contains("wrong") {
            return Err(AuthError::Rejected);
        }
        self.seen
            .lock()
            .unwrap()
            .push(format!("{}:{value}", credential.scheme()));
        Ok(())
    }

    async fn list_secrets(
        &self,
        _: (),
        _: server::list_secrets::Request,
    ) -> server::list_secrets::Response {
        server::list_secrets::Response::Ok(self.take())
    }

    async fn admin(&self, _: (), _: server::admin::Request) -> server::admin::Response {
        server::admin::Response::Ok(self.take())
    }

    async fn oauth(&self, _: (), _: server::oauth::Request) -> server::oauth::Response {
        server::oauth::Response::Ok(self.take())
    }

    async fn health(&self, _: server::health::Request) -> server::health::Response {
        server::health::Response::NoContent
    }
}

impl Vault {
    fn take(&self) -> types::Seen {
        types::Seen {
            schemes: std::mem::take(&mut *self.seen.lock().unwrap()),
        }
    }
}

async fn start() -> String {
    super::support::serve(server::router(Arc::new(Vault::default()))).await
}

fn with(
    base: &str,
    build: impl FnOnce(client::auth::Credentials) -> client::auth::Credentials,
) -> client::Client {
    build(client::auth::Credentials::new())
        .into_client(base)
        .expect("a client")
}

#[tokio::test]
async fn each_scheme_reaches_authenticate_as_its_variant() {
    let base = start().await;
    let bearer = with(&base, |c| c.bearer("t0k").unwrap());
    let seen = bearer
        .list_secrets()
        .send()
        .await
        .expect("bearer")
        .into_inner();
    assert_eq!(seen.schemes, ["bearer:t0k"]);

    let key = with(&base, |c| c.api_key("k1").unwrap());
    let seen = key
        .list_secrets()
        .send()
        .await
        .expect("api key")
        .into_inner();
    assert_eq!(seen.schemes, ["apiKey:k1"]);

    let basic = with(&base, |c| c.basic("ada", "pa:ss").unwrap());
    let seen = basic.admin().send().await.expect("basic").into_inner();
    assert_eq!(seen.schemes, ["basic:ada/pa:ss"]);

    // The query key travels in each request's URL, beside the cookie's default header; the
    // credentials' debug form names both, never their values.
    let credentials = client::auth::Credentials::new()
        .query_key("q2")
        .unwrap()
        .session("s4")
        .unwrap();
    let shown = format!("{credentials:?}");
    assert!(
        shown.contains("api_key") && shown.contains("cookie"),
        "{shown}"
    );
    assert!(!shown.contains("q2") && !shown.contains("s4"), "{shown}");
    let combined = credentials.into_client(&base).expect("a client");
    let seen = combined
        .admin()
        .send()
        .await
        .expect("query key")
        .into_inner();
    assert_eq!(seen.schemes, ["queryKey:q2", "session:s4"]);

    let token = with(&base, |c| c.oauth("acc3ss").unwrap());
    let seen = token.oauth().send().await.expect("oauth").into_inner();
    assert_eq!(
        seen.schemes,
        ["oauth:acc3ss"],
        "the first alternative that is present"
    );
}

#[tokio::test]
async fn a_combination_needs_every_scheme() {
    let base = start().await;
    let http = reqwest::Client::new();
    // The query key alone is not the combination: 401, naming what to send.
    let alone = http
        .get(format!("{base}/admin?api_key=q1"))
        .send()
        .await
        .expect("request");
    assert_eq!(alone.status(), 401);
    let body: serde_json::Value = alone.json().await.expect("a JSON error");
    let message = body["message"].as_str().expect("a message");
    assert!(
        message.contains("Authorization: Basic credentials, or the api_key query parameter and the session cookie"),
        "{message}"
    );
    // With the cookie, both reach authenticate.
    let seen: types::Seen = http
        .get(format!("{base}/admin?api_key=q1"))
        .header("cookie", "other=1; session=s3")
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("seen");
    assert_eq!(seen.schemes, ["queryKey:q1", "session:s3"]);
}

#[tokio::test]
async fn refused_missing_and_open() {
    let base = start().await;
    let wrong = with(&base, |c| c.bearer("wrong").unwrap());
    let err = wrong.list_secrets().send().await.expect_err("refused");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    let none = client::Client::new(&base);
    let err = none.list_secrets().send().await.expect_err("missing");
    let client::Error::ErrorResponse(body) = err else {
        panic!("a typed 401, got {err:?}");
    };
    assert_eq!(
        body.message,
        "Credentials are missing: send Authorization: Bearer credentials, or the X-API-Key header."
    );
    let open = none.health().send().await.expect("open to all");
    assert_eq!(open.status().as_u16(), 204);
    // A malformed basic credential is refused, not absent.
    let bad = reqwest::Client::new()
        .get(format!("{base}/admin"))
        .header("authorization", "Basic !!!")
        .send()
        .await
        .expect("request");
    assert_eq!(bad.status(), 401);
}
