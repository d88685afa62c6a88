// @generated from crates/codegen/tests/specs/openapi31.yaml by `cargo xtask codegen`. Do not edit by hand:
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
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<ErrorErrorsItem>,
        pub title: ::std::string::String,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`ErrorErrorsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ErrorErrorsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorErrorsItem {
        pub fn builder() -> builder::ErrorErrorsItem {
            Default::default()
        }
    }
    ///`Reading`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Reading {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub note: ::std::option::Option<ReadingNote>,
        pub unit: ReadingUnit,
        pub value: f64,
    }
    impl Reading {
        pub fn builder() -> builder::Reading {
            Default::default()
        }
    }
    ///`ReadingNote`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReadingNote(::std::string::String);
    impl ::std::ops::Deref for ReadingNote {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReadingNote> for ::std::string::String {
        fn from(value: ReadingNote) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReadingNote {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 20usize {
                return Err("longer than 20 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReadingNote {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReadingNote {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReadingNote {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ReadingUnit`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ReadingUnit {
        #[serde(rename = "celsius")]
        Celsius,
    }
    impl ::std::fmt::Display for ReadingUnit {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Celsius => f.write_str("celsius"),
            }
        }
    }
    impl ::std::str::FromStr for ReadingUnit {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "celsius" => Ok(Self::Celsius),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReadingUnit {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReadingUnit {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Error {
            errors: ::std::result::Result<
                ::std::vec::Vec<super::ErrorErrorsItem>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    errors: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl Error {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorErrorsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    errors: value.errors?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    errors: Ok(value.errors),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorErrorsItem {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorErrorsItem {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    location: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorErrorsItem {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<ErrorErrorsItem> for super::ErrorErrorsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorErrorsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    location: value.location?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorErrorsItem> for ErrorErrorsItem {
            fn from(value: super::ErrorErrorsItem) -> Self {
                Self {
                    code: Ok(value.code),
                    location: Ok(value.location),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Reading {
            note: ::std::result::Result<
                ::std::option::Option<super::ReadingNote>,
                ::std::string::String,
            >,
            unit: ::std::result::Result<super::ReadingUnit, ::std::string::String>,
            value: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for Reading {
            fn default() -> Self {
                Self {
                    note: Err("no value supplied for note".to_string()),
                    unit: Err("no value supplied for unit".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl Reading {
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ReadingNote>>,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note: {e}")
                    });
                self
            }
            pub fn unit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReadingUnit>,
                T::Error: ::std::fmt::Display,
            {
                self.unit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Reading> for super::Reading {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Reading,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    note: value.note?,
                    unit: value.unit?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Reading> for Reading {
            fn from(value: super::Reading) -> Self {
                Self {
                    note: Ok(value.note),
                    unit: Ok(value.unit),
                    value: Ok(value.value),
                }
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
///The Readings as one trait: one method per operation. Implement it, then serve [`router`].
///
///An OpenAPI 3.1 document - type lists with null, const, numeric exclusive bounds, examples, an operation without responses, a mutualTLS scheme.
pub trait ReadingsApi: Send + Sync + 'static {
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
    /// forget
    ///
    /// Authenticated by the client's TLS certificate, in front of the router.
    ///
    ///`DELETE /readings/{id}` (`forget`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn forget(&self, context: Self::Context, request: forget::Request) -> forget::Response {
     todo!()
 }
 ```*/
    fn forget(
        &self,
        context: Self::Context,
        request: forget::Request,
    ) -> impl ::std::future::Future<Output = forget::Response> + Send;
    /// record
    ///
    ///
    ///`POST /readings` (`record`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn record(&self, request: record::Request) -> record::Response {
     todo!()
 }
 ```*/
    fn record(
        &self,
        request: record::Request,
    ) -> impl ::std::future::Future<Output = record::Response> + Send;
}
/// A credential a request presented, one variant per security scheme of the spec.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    ///`clientCert`: Nothing: the client's TLS certificate authenticated it in front of this router (a TLS terminator or proxy; the router sees no certificate). The credential is empty; `authenticate` accepts it when the deployment only routes verified connections here.
    ClientCert(::std::string::String),
}
impl ::std::fmt::Debug for Credential {
    /// Names the scheme, never the secret.
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(Credential::scheme(self))
    }
}
/// Every security scheme, by index: where its credential travels.
static SECURITY_SCHEMES: &[rt::Source] = &[rt::Source::Transport];
/// A scheme's raw credential as a [`Credential`]; `None` when malformed.
fn credential(
    scheme: usize,
    value: ::std::string::String,
) -> ::std::option::Option<Credential> {
    match scheme {
        0usize => Some(Credential::ClientCert(value)),
        _ => None,
    }
}
impl Credential {
    /// The name of the security scheme in the spec.
    pub fn scheme(&self) -> &'static str {
        match self {
            Self::ClientCert(_) => "clientCert",
        }
    }
}
///The `forget` operation: forget.
pub mod forget {
    use super::types;
    ///forget
    ///
    ///`DELETE /readings/{id}` (`forget`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`id` in the path.
        pub id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 2XX: Success (the document lists no responses).
        ///
        /// The status comes first.
        Status2XX(u16),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Status2XX(status) => *status,
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
                Self::Status2XX(status) => {
                    rt::check_status(*status, Some(2u16), Self::STATUSES)
                }
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
                Self::Status2XX(status) => {
                    rt::check_status(*status, Some(2u16), Self::STATUSES)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Status2XX(status) => rt::answer::<()>(status, None),
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[];
}
///The `record` operation: record.
pub mod record {
    use super::types;
    ///record
    ///
    ///`POST /readings` (`record`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::Reading,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 201: Recorded.
        Created(types::Reading),
        /// 400: Bad input.
        BadRequest(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[201u16, 400u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Created(_) => 201u16,
                Self::BadRequest(_) => 400u16,
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
                Self::Created(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_0(body, c);
                    collect.finish()
                }
                Self::BadRequest(_) => Ok(()),
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
                Self::Created(body) => {
                    rt::check_body(&super::schemas::RECORD__ANSWER_201, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::RECORD__ANSWER_400, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Created(body) => rt::answer(201u16, Some(&body)),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "record";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::BadRequest(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::RECORD__ANSWER_400,
            "application/json",
        ),
    ];
}
/// The typed checks of answers: for each component an answer carries, what its Rust
/// type does not prove of its schema, read on the value in place.
pub mod answers {
    #![allow(unused_variables, clippy::needless_borrow)]
    use super::types;
    use ::server_runtime as rt;
    /// What `Reading`'s type does not prove of `Reading`.
    pub fn check_0(value: &types::Reading, c: &mut rt::Collect) {
        let __len2 = c.enter("note");
        let __field1 = &(value).note;
        if let Some(__some3) = __field1 {
            c.text(&super::schemas::ANSWER_LEAF_0, ::std::ops::Deref::deref(__some3));
        }
        c.leave(__len2);
        let __len7 = c.enter("value");
        let __field6 = &(value).value;
        c.value(&super::schemas::ANSWER_LEAF_1, &::serde_json::Value::from(*__field6));
        c.leave(__len7);
    }
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/openapi31.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("openapi31_openapi.json");
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
        operation_id: "forget",
        method: "DELETE",
        path: "/readings/{id}",
        statuses: forget::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "record",
        method: "POST",
        path: "/readings",
        statuses: record::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The members of the error schema the router fills from a rejection.
pub const ERROR_MEMBERS: &[&str] = &["title", "errors"];
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
pub fn router<A: ReadingsApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: ReadingsApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/readings", ::axum::routing::post(handle_record::<A>))
        .route("/readings/{id}", ::axum::routing::delete(handle_forget::<A>))
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
static FORGET__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "Credentials are missing: send a TLS client certificate.",
};
async fn handle_forget<A: ReadingsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            forget::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &FORGET__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                i64,
            >(&mut __violations, "path.id", &raw, &schemas::FORGET__PATH_ID, None)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id),) = (id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = forget::Request { id };
        let __answer = __state.api.forget(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("forget", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_record<A: ReadingsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            record::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::RECORD__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::Reading,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = record::Request { body };
        let __answer = __state.api.record(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("record", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
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
    impl ReadingsApi for Mock {
        type Context = ();
        /// Any non-empty credential is accepted (the router answers 401 when a
        /// request has none), and `mutualTLS`'s empty one.
        async fn authenticate(
            &self,
            credential: Credential,
        ) -> ::std::result::Result<(), rt::AuthError> {
            #[allow(unreachable_patterns)]
            match &credential {
                _ => Ok(()),
            }
        }
        async fn forget(
            &self,
            _context: Self::Context,
            _request: forget::Request,
        ) -> forget::Response {
            match rt::mock::choice().code.unwrap_or(200u16) {
                __status if __status / 100 == 2u16 => {
                    forget::Response::Status2XX(__status)
                }
                _ => forget::Response::Status2XX(200u16),
            }
        }
        async fn record(&self, _request: record::Request) -> record::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(201u16) {
                201u16 => {
                    record::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::RECORD__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    record::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::RECORD__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    record::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::RECORD__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
    }
    /// Every operation's documented answers and their examples.
    pub const DOCUMENTED: &[rt::mock::Documented] = &[
        rt::mock::Documented {
            method: "DELETE",
            path: "/readings/{id}",
            responses: &[("2XX", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/readings",
            responses: &[("201", &[]), ("400", &[])],
            default_code: 201u16,
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
    /// `Reading`: values the spec allows (every constraint the router checks).
    pub fn reading() -> impl ::proptest::strategy::Strategy<Value = types::Reading> {
        rt::strategy::of(&schemas::READING)
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
    pub static READING: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "unit",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &["celsius"],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "value",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Number(Numeric {
                            format: None,
                            minimum: Some(-273.15f64),
                            maximum: None,
                            exclusive_minimum: true,
                            exclusive_maximum: false,
                            multiple_of: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("21.5"),
                    },
                },
                Property {
                    name: "note",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: Some(20usize),
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
    pub static ERROR: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "title",
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
                Property {
                    name: "errors",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Array(Items {
                            items: &Schema {
                                nullable: false,
                                kind: Kind::Object(Object {
                                    properties: &[
                                        Property {
                                            name: "location",
                                            required: false,
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
                                        Property {
                                            name: "code",
                                            required: false,
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
                                        Property {
                                            name: "message",
                                            required: false,
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
    pub static FORGET__PATH_ID: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: None,
            maximum: None,
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static RECORD__BODY: Schema = Schema {
        kind: Kind::Ref(&READING),
        ..Schema::ANY
    };
    pub static RECORD__ANSWER_201: Schema = Schema {
        kind: Kind::Ref(&READING),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_0: Schema = Schema {
        nullable: true,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(20usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static ANSWER_LEAF_1: Schema = Schema {
        nullable: false,
        kind: Kind::Number(Numeric {
            format: None,
            minimum: Some(-273.15f64),
            maximum: None,
            exclusive_minimum: true,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("21.5"),
    };
    pub static RECORD__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
}
