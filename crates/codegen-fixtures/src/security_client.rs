// @generated from crates/codegen/tests/specs/security.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Error::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Error {
        pub message: ::std::string::String,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`Seen`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Seen::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Seen {
        pub schemes: ::std::vec::Vec<::std::string::String>,
    }
    impl Seen {
        pub fn builder() -> builder::Seen {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Error {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl Error {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Seen {
            schemes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Seen {
            fn default() -> Self {
                Self {
                    schemes: Err("no value supplied for schemes".to_string()),
                }
            }
        }
        impl Seen {
            pub fn schemes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.schemes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schemes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Seen> for super::Seen {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Seen,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { schemes: value.schemes? })
            }
        }
        impl ::std::convert::From<super::Seen> for Seen {
            fn from(value: super::Seen) -> Self {
                Self { schemes: Ok(value.schemes) }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Vault

Every kind of security scheme, alternatives, a combination and an open operation.

Version: 1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) retry: ::client_runtime::RetryPolicy,
    pub(crate) query_credentials: ::std::vec::Vec<(&'static str, ::std::string::String)>,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            retry: ::client_runtime::RetryPolicy::default(),
            query_credentials: ::std::vec::Vec::new(),
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {
    async fn exec(
        &self,
        mut request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        if !self.query_credentials.is_empty() {
            request
                .url_mut()
                .query_pairs_mut()
                .extend_pairs(
                    self
                        .query_credentials
                        .iter()
                        .map(|(name, value)| (*name, value.as_str())),
                );
        }
        ::client_runtime::execute(
                &self.client,
                &self.retry,
                request,
                operation(info.operation_id),
            )
            .await
    }
}
impl Client {
    /**The document's requirements (a bearer token, or an API key in a header)

Sends a `GET` request to `/secrets`

```ignore
let response = client.list_secrets()
    .send()
    .await;
```*/
    pub fn list_secrets(&self) -> builder::ListSecrets<'_> {
        builder::ListSecrets::new(self)
    }
    /**Basic, or an API key in the query and a session cookie together

Sends a `GET` request to `/admin`

```ignore
let response = client.admin()
    .send()
    .await;
```*/
    pub fn admin(&self) -> builder::Admin<'_> {
        builder::Admin::new(self)
    }
    /**OAuth 2.0 or OpenID Connect access tokens

Sends a `GET` request to `/oauth`

```ignore
let response = client.oauth()
    .send()
    .await;
```*/
    pub fn oauth(&self) -> builder::Oauth<'_> {
        builder::Oauth::new(self)
    }
    /**Open to all

Sends a `GET` request to `/health`

```ignore
let response = client.health()
    .send()
    .await;
```*/
    pub fn health(&self) -> builder::Health<'_> {
        builder::Health::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_secrets`]

[`Client::list_secrets`]: super::Client::list_secrets*/
    #[derive(Debug, Clone)]
    pub struct ListSecrets<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListSecrets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/secrets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Seen>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/secrets", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_secrets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::admin`]

[`Client::admin`]: super::Client::admin*/
    #[derive(Debug, Clone)]
    pub struct Admin<'a> {
        client: &'a super::Client,
    }
    impl<'a> Admin<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/admin`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Seen>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/admin", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::oauth`]

[`Client::oauth`]: super::Client::oauth*/
    #[derive(Debug, Clone)]
    pub struct Oauth<'a> {
        client: &'a super::Client,
    }
    impl<'a> Oauth<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/oauth`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Seen>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/oauth", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "oauth",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::health`]

[`Client::health`]: super::Client::health*/
    #[derive(Debug, Clone)]
    pub struct Health<'a> {
        client: &'a super::Client,
    }
    impl<'a> Health<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/health`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/health", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "health",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// What a call fails with: progenitor-client's variants, displayed as the status and
/// the problem's title and detail (see `client_runtime::Error`).
pub use ::client_runtime::Error;
impl ::client_runtime::ErrorBody for types::Error {
    fn summary(&self) -> ::std::option::Option<::std::string::String> {
        ::client_runtime::summary(self)
    }
    fn debug(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Debug::fmt(self, f)
    }
}
/// Credentials for the spec's security schemes, sent as default headers of the
/// underlying `reqwest::Client`: `auth::Credentials::new().bearer(token)?.into_client(url)?`.
#[allow(dead_code)]
pub mod auth {
    use reqwest::header::{HeaderMap, HeaderName, HeaderValue, InvalidHeaderValue};
    /// Headers and cookies to send with every request.
    #[derive(Clone, Default)]
    pub struct Credentials {
        headers: HeaderMap,
        cookies: Vec<String>,
        query: Vec<(&'static str, String)>,
    }
    impl std::fmt::Debug for Credentials {
        /// Names the headers (and query parameters), never their values.
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_list()
                .entries(self.headers.keys())
                .entries(self.query.iter().map(|(name, _)| name))
                .finish()
        }
    }
    impl Credentials {
        /// No credentials yet.
        pub fn new() -> Self {
            Self::default()
        }
        ///`bearer`: `Authorization: Bearer <credentials>`.
        pub fn bearer(self, credentials: &str) -> Result<Self, InvalidHeaderValue> {
            self.header("authorization", &format!("{} {credentials}", "Bearer"))
        }
        ///`apiKey`: the API key, sent in the `x-api-key` header.
        pub fn api_key(self, key: &str) -> Result<Self, InvalidHeaderValue> {
            self.header("x-api-key", key)
        }
        ///`basic`: HTTP basic authentication.
        pub fn basic(
            self,
            username: &str,
            password: &str,
        ) -> Result<Self, InvalidHeaderValue> {
            let encoded = base64(format!("{username}:{password}").as_bytes());
            self.header("authorization", &format!("Basic {encoded}"))
        }
        ///`queryKey`: the API key, sent as the `api_key` query parameter of every request.
        pub fn query_key(mut self, key: &str) -> Result<Self, InvalidHeaderValue> {
            self.query.push(("api_key", key.to_owned()));
            Ok(self)
        }
        ///`session`: the API key, sent as the `session` cookie.
        pub fn session(self, key: &str) -> Result<Self, InvalidHeaderValue> {
            self.cookie("session", key)
        }
        ///`oauth`: an access token, as `Authorization: Bearer <token>`.
        pub fn oauth(self, token: &str) -> Result<Self, InvalidHeaderValue> {
            self.header("authorization", &format!("Bearer {token}"))
        }
        ///`oidc`: an access token, as `Authorization: Bearer <token>`.
        pub fn oidc(self, token: &str) -> Result<Self, InvalidHeaderValue> {
            self.header("authorization", &format!("Bearer {token}"))
        }
        fn header(
            mut self,
            name: &'static str,
            value: &str,
        ) -> Result<Self, InvalidHeaderValue> {
            let mut value = HeaderValue::from_str(value)?;
            value.set_sensitive(true);
            self.headers.insert(HeaderName::from_static(name), value);
            Ok(self)
        }
        fn cookie(
            mut self,
            name: &str,
            value: &str,
        ) -> Result<Self, InvalidHeaderValue> {
            self.cookies.push(format!("{name}={value}"));
            let mut cookie = HeaderValue::from_str(&self.cookies.join("; "))?;
            cookie.set_sensitive(true);
            self.headers.insert(reqwest::header::COOKIE, cookie);
            Ok(self)
        }
        /// The headers every request will carry.
        pub fn headers(&self) -> HeaderMap {
            self.headers.clone()
        }
        /// A client for `baseurl` that sends these credentials.
        pub fn into_client(
            self,
            baseurl: &str,
        ) -> Result<super::Client, reqwest::Error> {
            let http = reqwest::Client::builder().default_headers(self.headers).build()?;
            let mut client = super::Client::new_with_client(baseurl, http);
            client.query_credentials = self.query;
            Ok(client)
        }
    }
    /// Standard base64 with padding (RFC 4648 §4).
    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}
/// The spec's operationId and path template of a client method (as
/// `OperationInfo` names it), for tracing.
fn operation(name: &str) -> Option<::client_runtime::Operation> {
    match name {
        "list_secrets" => {
            Some(::client_runtime::Operation {
                operation_id: "listSecrets",
                path: "/secrets",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "admin" => {
            Some(::client_runtime::Operation {
                operation_id: "admin",
                path: "/admin",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "oauth" => {
            Some(::client_runtime::Operation {
                operation_id: "oauth",
                path: "/oauth",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "health" => {
            Some(::client_runtime::Operation {
                operation_id: "health",
                path: "/health",
                idempotency_key: None,
                deprecated: false,
            })
        }
        _ => None,
    }
}
impl Client {
    /// This client with another retry policy (the default: at most 2 retries of
    /// an idempotent request that met a 429, a 503 or a failed connection,
    /// honouring `Retry-After`; POST and PATCH once).
    pub fn with_retry_policy(mut self, policy: ::client_runtime::RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// The retry policy of this client.
    pub fn retry_policy(&self) -> &::client_runtime::RetryPolicy {
        &self.retry
    }
}
