// @generated from crates/codegen/tests/specs/bodies.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Echo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Echo {
        pub summary: ::std::string::String,
    }
    impl Echo {
        pub fn builder() -> builder::Echo {
            Default::default()
        }
    }
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
    ///`IssueTokenBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct IssueTokenBody {
        pub grant_type: IssueTokenBodyGrantType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remember: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scope: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ttl: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl IssueTokenBody {
        pub fn builder() -> builder::IssueTokenBody {
            Default::default()
        }
    }
    ///`IssueTokenBodyGrantType`
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
    pub enum IssueTokenBodyGrantType {
        #[serde(rename = "password")]
        Password,
        #[serde(rename = "client_credentials")]
        ClientCredentials,
    }
    impl ::std::fmt::Display for IssueTokenBodyGrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Password => f.write_str("password"),
                Self::ClientCredentials => f.write_str("client_credentials"),
            }
        }
    }
    impl ::std::str::FromStr for IssueTokenBodyGrantType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "password" => Ok(Self::Password),
                "client_credentials" => Ok(Self::ClientCredentials),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IssueTokenBodyGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IssueTokenBodyGrantType {
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
        pub struct Echo {
            summary: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Echo {
            fn default() -> Self {
                Self {
                    summary: Err("no value supplied for summary".to_string()),
                }
            }
        }
        impl Echo {
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Echo> for super::Echo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Echo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { summary: value.summary? })
            }
        }
        impl ::std::convert::From<super::Echo> for Echo {
            fn from(value: super::Echo) -> Self {
                Self { summary: Ok(value.summary) }
            }
        }
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
        pub struct IssueTokenBody {
            grant_type: ::std::result::Result<
                super::IssueTokenBodyGrantType,
                ::std::string::String,
            >,
            remember: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            ttl: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IssueTokenBody {
            fn default() -> Self {
                Self {
                    grant_type: Err("no value supplied for grant_type".to_string()),
                    remember: Ok(Default::default()),
                    scope: Ok(Default::default()),
                    ttl: Ok(Default::default()),
                }
            }
        }
        impl IssueTokenBody {
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IssueTokenBodyGrantType>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
            pub fn remember<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.remember = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remember: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
            pub fn ttl<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ttl = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ttl: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IssueTokenBody> for super::IssueTokenBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IssueTokenBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    grant_type: value.grant_type?,
                    remember: value.remember?,
                    scope: value.scope?,
                    ttl: value.ttl?,
                })
            }
        }
        impl ::std::convert::From<super::IssueTokenBody> for IssueTokenBody {
            fn from(value: super::IssueTokenBody) -> Self {
                Self {
                    grant_type: Ok(value.grant_type),
                    remember: Ok(value.remember),
                    scope: Ok(value.scope),
                    ttl: Ok(value.ttl),
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
///The Uploads as one trait: one method per operation. Implement it, then serve [`router`].
///
///Request bodies that are not JSON - a form, a multipart upload, raw bytes and text - and JSON by another name.
pub trait UploadsApi: Send + Sync + 'static {
    /// issueToken
    ///
    ///
    ///`POST /tokens` (`issueToken`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn issue_token(&self, request: issue_token::Request) -> issue_token::Response {
     todo!()
 }
 ```*/
    fn issue_token(
        &self,
        request: issue_token::Request,
    ) -> impl ::std::future::Future<Output = issue_token::Response> + Send;
    /// upload
    ///
    ///
    ///`POST /files` (`upload`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn upload(&self, request: upload::Request) -> upload::Response {
     todo!()
 }
 ```*/
    fn upload(
        &self,
        request: upload::Request,
    ) -> impl ::std::future::Future<Output = upload::Response> + Send;
    /// putNote
    ///
    ///
    ///`PUT /notes` (`putNote`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn put_note(&self, request: put_note::Request) -> put_note::Response {
     todo!()
 }
 ```*/
    fn put_note(
        &self,
        request: put_note::Request,
    ) -> impl ::std::future::Future<Output = put_note::Response> + Send;
    /// postLegacy
    ///
    /// A JSON body documented by an older name of JSON, `text/json`.
    ///
    ///`POST /legacy` (`postLegacy`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn post_legacy(&self, request: post_legacy::Request) -> post_legacy::Response {
     todo!()
 }
 ```*/
    fn post_legacy(
        &self,
        request: post_legacy::Request,
    ) -> impl ::std::future::Future<Output = post_legacy::Response> + Send;
}
///The `issueToken` operation: issueToken.
pub mod issue_token {
    use super::types;
    ///issueToken
    ///
    ///`POST /tokens` (`issueToken`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The form body.
        pub body: types::IssueTokenBody,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(types::Echo),
        /// 400: Bad input.
        BadRequest(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 400u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
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
                Self::Ok(_) => Ok(()),
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
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::ISSUE_TOKEN__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::ISSUE_TOKEN__ANSWER_400, body)
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
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "issueToken";
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
            &super::schemas::ISSUE_TOKEN__ANSWER_400,
        ),
    ];
}
///The `upload` operation: upload.
pub mod upload {
    use super::types;
    ///upload
    ///
    ///`POST /files` (`upload`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The body's bytes (multipart/form-data, image/*).
        pub body: ::server_runtime::RawBody,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(types::Echo),
        /// 415: Not a documented media type.
        UnsupportedMediaType(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 415u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::UnsupportedMediaType(_) => 415u16,
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
                Self::UnsupportedMediaType(_) => Ok(()),
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
                    rt::check_body(&super::schemas::UPLOAD__ANSWER_200, body)
                }
                Self::UnsupportedMediaType(body) => {
                    rt::check_body(&super::schemas::UPLOAD__ANSWER_415, body)
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
                Self::UnsupportedMediaType(body) => rt::answer(415u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "upload";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                415u16 => Ok(Self::UnsupportedMediaType(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::UnsupportedMediaType(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(415u16),
            &super::schemas::UPLOAD__ANSWER_415,
        ),
    ];
}
///The `putNote` operation: putNote.
pub mod put_note {
    use super::types;
    ///putNote
    ///
    ///`PUT /notes` (`putNote`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The body's bytes (text/plain).
        pub body: ::std::option::Option<::server_runtime::RawBody>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(types::Echo),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
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
                    rt::check_body(&super::schemas::PUT_NOTE__ANSWER_200, body)
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
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[];
}
///The `postLegacy` operation: postLegacy.
pub mod post_legacy {
    use super::types;
    ///postLegacy
    ///
    ///`POST /legacy` (`postLegacy`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::Echo,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(types::Echo),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
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
                    rt::check_body(&super::schemas::POST_LEGACY__ANSWER_200, body)
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
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[];
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/bodies.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("bodies_openapi.json");
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
        operation_id: "issueToken",
        method: "POST",
        path: "/tokens",
        statuses: issue_token::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "upload",
        method: "POST",
        path: "/files",
        statuses: upload::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "putNote",
        method: "PUT",
        path: "/notes",
        statuses: put_note::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "postLegacy",
        method: "POST",
        path: "/legacy",
        statuses: post_legacy::Response::STATUSES,
        index: 3usize,
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
pub fn router<A: UploadsApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: UploadsApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/files", ::axum::routing::post(handle_upload::<A>))
        .route("/legacy", ::axum::routing::post(handle_post_legacy::<A>))
        .route("/notes", ::axum::routing::put(handle_put_note::<A>))
        .route("/tokens", ::axum::routing::post(handle_issue_token::<A>))
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
    let body = rt::fitted_body(&rejection, body, bodies);
    rt::json_response(rejection.status(), &body)
}
async fn handle_issue_token<A: UploadsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            issue_token::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::form_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::ISSUE_TOKEN__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::IssueTokenBody,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = issue_token::Request { body };
        let __answer = __state.api.issue_token(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("issueToken", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_upload<A: UploadsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            upload::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::raw_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &["multipart/form-data", "image/*"],
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body;
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = upload::Request { body };
        let __answer = __state.api.upload(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("upload", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_put_note<A: UploadsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            put_note::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::raw_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                false,
                &["text/plain"],
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = Some(body);
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = put_note::Request { body };
        let __answer = __state.api.put_note(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("putNote", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
async fn handle_post_legacy<A: UploadsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            post_legacy::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::POST_LEGACY__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<types::Echo>(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = post_legacy::Request { body };
        let __answer = __state.api.post_legacy(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("postLegacy", __answer.status(), &violations),
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
    impl UploadsApi for Mock {
        async fn issue_token(
            &self,
            _request: issue_token::Request,
        ) -> issue_token::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    issue_token::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ISSUE_TOKEN__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    issue_token::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::ISSUE_TOKEN__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    issue_token::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ISSUE_TOKEN__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn upload(&self, _request: upload::Request) -> upload::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    upload::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::UPLOAD__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                415u16 => {
                    upload::Response::UnsupportedMediaType(
                        rt::mock::typed(
                            Some(&super::schemas::UPLOAD__ANSWER_415),
                            &[],
                            415u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    upload::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::UPLOAD__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn put_note(&self, _request: put_note::Request) -> put_note::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    put_note::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::PUT_NOTE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    put_note::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::PUT_NOTE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn post_legacy(
            &self,
            _request: post_legacy::Request,
        ) -> post_legacy::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    post_legacy::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::POST_LEGACY__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    post_legacy::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::POST_LEGACY__ANSWER_200),
                            &[],
                            200u16,
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
            method: "POST",
            path: "/tokens",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/files",
            responses: &[("200", &[]), ("415", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "PUT",
            path: "/notes",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/legacy",
            responses: &[("200", &[])],
            default_code: 200u16,
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
    /// `Echo`: values the spec allows (every constraint the router checks).
    pub fn echo() -> impl ::proptest::strategy::Strategy<Value = types::Echo> {
        rt::strategy::of(&schemas::ECHO)
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
    pub static ECHO: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "summary",
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
    pub static ISSUE_TOKEN__BODY: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "grant_type",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &["password", "client_credentials"],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "ttl",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: None,
                            minimum: Some(1f64),
                            maximum: Some(3600f64),
                            exclusive_minimum: false,
                            exclusive_maximum: false,
                            multiple_of: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "scope",
                    required: false,
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
                Property {
                    name: "remember",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Boolean,
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
    pub static ISSUE_TOKEN__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ECHO),
        ..Schema::ANY
    };
    pub static ISSUE_TOKEN__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static UPLOAD__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ECHO),
        ..Schema::ANY
    };
    pub static UPLOAD__ANSWER_415: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static PUT_NOTE__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ECHO),
        ..Schema::ANY
    };
    pub static POST_LEGACY__BODY: Schema = Schema {
        kind: Kind::Ref(&ECHO),
        ..Schema::ANY
    };
    pub static POST_LEGACY__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ECHO),
        ..Schema::ANY
    };
}
