// @generated from crates/codegen/tests/specs/security.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
///The Vault as one trait: one method per operation. Implement it, then serve [`router`].
///
///Every kind of security scheme, alternatives, a combination and an open operation.
pub trait VaultApi: Send + Sync + 'static {
    /// What `authenticate` learns about the caller; every secured operation receives it.
    type Context: Send + 'static;
    /// Checks one credential a request presented for a security scheme (for an
    /// alternative that combines several schemes, each is checked in turn and the first
    /// one's context is kept). Called before anything else of a request is read: `Err`
    /// answers 401 (or 503, 500) and the operation never runs.
    fn authenticate(
        &self,
        credential: Credential,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<Self::Context, rt::AuthError>,
    > + Send;
    /// The document's requirements (a bearer token, or an API key in a header).
    ///
    ///
    ///`GET /secrets` (`listSecrets`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_secrets(&self, context: Self::Context, request: list_secrets::Request) -> list_secrets::Response {
     todo!()
 }
 ```*/
    fn list_secrets(
        &self,
        context: Self::Context,
        request: list_secrets::Request,
    ) -> impl ::std::future::Future<Output = list_secrets::Response> + Send;
    /// Basic, or an API key in the query and a session cookie together.
    ///
    ///
    ///`GET /admin` (`admin`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn admin(&self, context: Self::Context, request: admin::Request) -> admin::Response {
     todo!()
 }
 ```*/
    fn admin(
        &self,
        context: Self::Context,
        request: admin::Request,
    ) -> impl ::std::future::Future<Output = admin::Response> + Send;
    /// OAuth 2.0 or OpenID Connect access tokens.
    ///
    ///
    ///`GET /oauth` (`oauth`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn oauth(&self, context: Self::Context, request: oauth::Request) -> oauth::Response {
     todo!()
 }
 ```*/
    fn oauth(
        &self,
        context: Self::Context,
        request: oauth::Request,
    ) -> impl ::std::future::Future<Output = oauth::Response> + Send;
    /// Open to all.
    ///
    ///
    ///`GET /health` (`health`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn health(&self, request: health::Request) -> health::Response {
     todo!()
 }
 ```*/
    fn health(
        &self,
        request: health::Request,
    ) -> impl ::std::future::Future<Output = health::Response> + Send;
}
/// A credential a request presented, one variant per security scheme of the spec.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    ///`bearer`: The credentials of `Authorization: Bearer …`.
    Bearer(::std::string::String),
    ///`apiKey`: The API key sent in the `X-API-Key` header.
    ApiKey(::std::string::String),
    ///`basic`: The user and password of `Authorization: Basic …`.
    Basic(rt::Basic),
    ///`queryKey`: The API key sent in the `api_key` query parameter.
    QueryKey(::std::string::String),
    ///`session`: The API key sent in the `session` cookie.
    Session(::std::string::String),
    ///`oauth`: The access token of `Authorization: Bearer …` (OAuth 2.0 / OpenID Connect; scopes are the implementation's to check).
    Oauth(::std::string::String),
    ///`oidc`: The access token of `Authorization: Bearer …` (OAuth 2.0 / OpenID Connect; scopes are the implementation's to check).
    Oidc(::std::string::String),
}
impl ::std::fmt::Debug for Credential {
    /// Names the scheme, never the secret.
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(Credential::scheme(self))
    }
}
/// Every security scheme, by index: where its credential travels.
static SECURITY_SCHEMES: &[rt::Source] = &[
    rt::Source::Authorization("Bearer"),
    rt::Source::Header("X-API-Key"),
    rt::Source::Authorization("Basic"),
    rt::Source::Query("api_key"),
    rt::Source::Cookie("session"),
    rt::Source::Authorization("Bearer"),
    rt::Source::Authorization("Bearer"),
];
/// A scheme's raw credential as a [`Credential`]; `None` when malformed.
fn credential(
    scheme: usize,
    value: ::std::string::String,
) -> ::std::option::Option<Credential> {
    match scheme {
        0usize => Some(Credential::Bearer(value)),
        1usize => Some(Credential::ApiKey(value)),
        2usize => rt::basic(&value).map(Credential::Basic),
        3usize => Some(Credential::QueryKey(value)),
        4usize => Some(Credential::Session(value)),
        5usize => Some(Credential::Oauth(value)),
        6usize => Some(Credential::Oidc(value)),
        _ => None,
    }
}
impl Credential {
    /// The name of the security scheme in the spec.
    pub fn scheme(&self) -> &'static str {
        match self {
            Self::Bearer(_) => "bearer",
            Self::ApiKey(_) => "apiKey",
            Self::Basic(_) => "basic",
            Self::QueryKey(_) => "queryKey",
            Self::Session(_) => "session",
            Self::Oauth(_) => "oauth",
            Self::Oidc(_) => "oidc",
        }
    }
}
///The `listSecrets` operation: The document's requirements (a bearer token, or an API key in a header)..
pub mod list_secrets {
    use super::types;
    ///The document's requirements (a bearer token, or an API key in a header).
    ///
    ///`GET /secrets` (`listSecrets`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Which scheme the server saw.
        Ok(types::Seen),
        /// 401: No or bad credentials.
        Unauthorized(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 401u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::Unauthorized(_) => 401u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(_) => Ok(()),
                Self::Unauthorized(_) => Ok(()),
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::LIST_SECRETS__ANSWER_200, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::LIST_SECRETS__ANSWER_401, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "listSecrets";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                401u16 => Ok(Self::Unauthorized(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::Unauthorized(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::LIST_SECRETS__ANSWER_401,
            "application/json",
        ),
    ];
}
///The `admin` operation: Basic, or an API key in the query and a session cookie together..
pub mod admin {
    use super::types;
    ///Basic, or an API key in the query and a session cookie together.
    ///
    ///`GET /admin` (`admin`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Which schemes the server saw.
        Ok(types::Seen),
        /// 401: No or bad credentials.
        Unauthorized(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 401u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::Unauthorized(_) => 401u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(_) => Ok(()),
                Self::Unauthorized(_) => Ok(()),
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::ADMIN__ANSWER_200, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::ADMIN__ANSWER_401, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "admin";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                401u16 => Ok(Self::Unauthorized(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::Unauthorized(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::ADMIN__ANSWER_401,
            "application/json",
        ),
    ];
}
///The `oauth` operation: OAuth 2.0 or OpenID Connect access tokens..
pub mod oauth {
    use super::types;
    ///OAuth 2.0 or OpenID Connect access tokens.
    ///
    ///`GET /oauth` (`oauth`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Which scheme the server saw.
        Ok(types::Seen),
        /// 401: No or bad credentials.
        Unauthorized(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 401u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::Unauthorized(_) => 401u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(_) => Ok(()),
                Self::Unauthorized(_) => Ok(()),
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::OAUTH__ANSWER_200, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::OAUTH__ANSWER_401, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "oauth";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                401u16 => Ok(Self::Unauthorized(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::Unauthorized(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::OAUTH__ANSWER_401,
            "application/json",
        ),
    ];
}
///The `health` operation: Open to all..
pub mod health {
    use super::types;
    ///Open to all.
    ///
    ///`GET /health` (`health`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 204: Healthy.
        NoContent,
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[204u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::NoContent => 204u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::NoContent => Ok(()),
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::NoContent => Ok(()),
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::NoContent => rt::answer::<()>(204u16, None),
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[];
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/security.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("security_openapi.json");
/// An operation of the spec as the router serves it. Every answer of its route
/// carries it, as `&'static OperationInfo`, in the response's extensions: a layer
/// outside the router reads which operation answered without looking it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperationInfo {
    pub operation_id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    /// Every status the operation can answer, as documented.
    pub statuses: &'static [u16],
    /// Its place in [`OPERATIONS`].
    pub index: usize,
    /// `deprecated: true`: its dates, replacement and the headers its answers
    /// carry (`Deprecation`, `Sunset`, `Link`).
    pub deprecation: ::std::option::Option<rt::Deprecation>,
    /// `x-stability`: `alpha`, `beta` or `stable`.
    pub stability: &'static str,
}
/// Every operation, in the spec's order.
pub const OPERATIONS: &[OperationInfo] = &[
    OperationInfo {
        operation_id: "listSecrets",
        method: "GET",
        path: "/secrets",
        statuses: list_secrets::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "admin",
        method: "GET",
        path: "/admin",
        statuses: admin::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "oauth",
        method: "GET",
        path: "/oauth",
        statuses: oauth::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "health",
        method: "GET",
        path: "/health",
        statuses: health::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The members of the error schema the router fills from a rejection.
pub const ERROR_MEMBERS: &[&str] = &["message"];
impl ::std::convert::From<&rt::Rejection> for types::Error {
    /// The error body for a rejection; the generator checked that the error
    /// schema's members are exactly ones a rejection fills.
    fn from(rejection: &rt::Rejection) -> Self {
        rejection
            .to_body(ERROR_MEMBERS)
            .expect("the error schema was checked at generation time")
    }
}
/// The router for any implementation, with the default [`rt::RouterConfig`].
pub fn router<A: VaultApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: VaultApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/admin", ::axum::routing::get(handle_admin::<A>))
        .route("/health", ::axum::routing::get(handle_health::<A>))
        .route("/oauth", ::axum::routing::get(handle_oauth::<A>))
        .route("/secrets", ::axum::routing::get(handle_list_secrets::<A>))
        .route(
            "/openapi.yaml",
            ::axum::routing::get(|| async {
                rt::document_response("application/yaml", OPENAPI_YAML)
            }),
        )
        .route(
            "/openapi.json",
            ::axum::routing::get(|| async {
                rt::document_response("application/json", OPENAPI_JSON)
            }),
        )
        .fallback(|| async {
            reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
        })
        .method_not_allowed_fallback(|| async {
            reject(
                rt::Rejection::new(
                    rt::ProblemKind::MethodNotAllowed,
                    "This path does not answer this method.",
                ),
            )
        })
        .with_state(State { api, config })
}
/// Shared by every handler.
struct State<A> {
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
}
impl<A> Clone for State<A> {
    fn clone(&self) -> Self {
        Self {
            api: self.api.clone(),
            config: self.config,
        }
    }
}
/// Answers a rejection with the spec's error body.
fn reject(rejection: rt::Rejection) -> ::axum::response::Response {
    reject_as(rejection, &[])
}
/// Answers a rejection with the spec's error body, in the shape the operation
/// documents for its status (`bodies`) where that is another.
fn reject_as(
    rejection: rt::Rejection,
    bodies: &[rt::ErrorBody],
) -> ::axum::response::Response {
    let body: ::serde_json::Value = match rejection
        .to_body::<types::Error>(ERROR_MEMBERS)
        .and_then(|body| ::serde_json::to_value(&body).ok())
    {
        Some(body) => body,
        None => rejection.to_json(),
    };
    rt::fitted_answer(&rejection, body, bodies)
}
static LIST_SECRETS__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize], &[1usize]],
    missing: "Credentials are missing: send Authorization: Bearer credentials, or the X-API-Key header.",
};
async fn handle_list_secrets<A: VaultApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_secrets::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &LIST_SECRETS__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = list_secrets::Request {};
        let __answer = __state.api.list_secrets(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("listSecrets", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
static ADMIN__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[2usize], &[3usize, 4usize]],
    missing: "Credentials are missing: send Authorization: Basic credentials, or the api_key query parameter and the session cookie.",
};
async fn handle_admin<A: VaultApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            admin::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &ADMIN__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = admin::Request {};
        let __answer = __state.api.admin(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("admin", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
static OAUTH__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[5usize], &[6usize]],
    missing: "Credentials are missing: send an Authorization: Bearer token, or an Authorization: Bearer token.",
};
async fn handle_oauth<A: VaultApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            oauth::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &OAUTH__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = oauth::Request {};
        let __answer = __state.api.oauth(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("oauth", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
async fn handle_health<A: VaultApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            health::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = health::Request {};
        let __answer = __state.api.health(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("health", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
/// A mock of the whole API, from the spec alone: every operation answers its
/// first documented success with the response's first example, else a value made
/// from its schema (the same request, the same value). `Prefer: code=404` picks
/// another documented status and `Prefer: example=name` a named example; an
/// undocumented one answers 400 naming those documented. Requests go through the
/// same router as a real implementation's: validated, authenticated, and the
/// mock's answers checked against the spec.
pub mod mock {
    use super::*;
    /// The mock implementation; serve it with [`router`].
    #[derive(Clone, Copy, Debug, Default)]
    pub struct Mock;
    impl VaultApi for Mock {
        type Context = ();
        /// Any non-empty credential is accepted (the router answers 401 when a
        /// request has none), and `mutualTLS`'s empty one.
        async fn authenticate(
            &self,
            credential: Credential,
        ) -> ::std::result::Result<(), rt::AuthError> {
            #[allow(unreachable_patterns)]
            match &credential {
                Credential::Bearer(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                Credential::ApiKey(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                Credential::QueryKey(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                Credential::Session(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                Credential::Oauth(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                Credential::Oidc(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                _ => Ok(()),
            }
        }
        async fn list_secrets(
            &self,
            _context: Self::Context,
            _request: list_secrets::Request,
        ) -> list_secrets::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_secrets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_SECRETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    list_secrets::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_SECRETS__ANSWER_401),
                            &[],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_secrets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_SECRETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn admin(
            &self,
            _context: Self::Context,
            _request: admin::Request,
        ) -> admin::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    admin::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ADMIN__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    admin::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::ADMIN__ANSWER_401),
                            &[],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    admin::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ADMIN__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn oauth(
            &self,
            _context: Self::Context,
            _request: oauth::Request,
        ) -> oauth::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    oauth::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::OAUTH__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    oauth::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::OAUTH__ANSWER_401),
                            &[],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    oauth::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::OAUTH__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn health(&self, _request: health::Request) -> health::Response {
            match rt::mock::choice().code.unwrap_or(204u16) {
                204u16 => health::Response::NoContent,
                _ => health::Response::NoContent,
            }
        }
    }
    /// Every operation's documented answers and their examples.
    pub const DOCUMENTED: &[rt::mock::Documented] = &[
        rt::mock::Documented {
            method: "GET",
            path: "/secrets",
            responses: &[("200", &[]), ("401", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/admin",
            responses: &[("200", &[]), ("401", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/oauth",
            responses: &[("200", &[]), ("401", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/health",
            responses: &[("204", &[])],
            default_code: 204u16,
        },
    ];
    /// The mock behind the generated router, seed 0.
    pub fn router() -> ::axum::Router {
        router_with_seed(0)
    }
    /// The mock behind the generated router; `seed` varies the values made from
    /// schemas (examples stay as written).
    pub fn router_with_seed(seed: u64) -> ::axum::Router {
        rt::mock::layer(
            super::router(::std::sync::Arc::new(Mock)),
            seed,
            DOCUMENTED,
            super::reject,
        )
    }
}
/// Proptest strategies, one per schema of the spec with a type of its own: values
/// the spec allows, made from a seed (the mock's maker), for an implementation to
/// property-test itself with. Behind the crate's `proptest` feature.
#[cfg(feature = "proptest")]
pub mod strategies {
    use super::*;
    /// `Seen`: values the spec allows (every constraint the router checks).
    pub fn seen() -> impl ::proptest::strategy::Strategy<Value = types::Seen> {
        rt::strategy::of(&schemas::SEEN)
    }
    /// `Error`: values the spec allows (every constraint the router checks).
    pub fn error() -> impl ::proptest::strategy::Strategy<Value = types::Error> {
        rt::strategy::of(&schemas::ERROR)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    pub static SEEN: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "schemes",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Array(Items {
                            items: &Schema {
                                nullable: false,
                                kind: Kind::String(Text {
                                    format: None,
                                    min_length: None,
                                    max_length: None,
                                    pattern: None,
                                    enumeration: &[],
                                }),
                                all_of: &[],
                                any_of: &[],
                                example: None,
                            },
                            min_items: None,
                            max_items: None,
                            unique_items: false,
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static ERROR: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "message",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_SECRETS__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&SEEN),
        ..Schema::ANY
    };
    pub static LIST_SECRETS__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static ADMIN__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&SEEN),
        ..Schema::ANY
    };
    pub static ADMIN__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static OAUTH__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&SEEN),
        ..Schema::ANY
    };
    pub static OAUTH__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
}
