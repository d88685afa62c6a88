// @generated from crates/codegen/tests/specs/params.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AllowedMode`
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
    pub enum AllowedMode {
        #[serde(rename = "fast")]
        Fast,
        #[serde(rename = "slow")]
        Slow,
    }
    impl ::std::fmt::Display for AllowedMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Fast => f.write_str("fast"),
                Self::Slow => f.write_str("slow"),
            }
        }
    }
    impl ::std::str::FromStr for AllowedMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "fast" => Ok(Self::Fast),
                "slow" => Ok(Self::Slow),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AllowedMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AllowedMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for AllowedMode {
        fn default() -> Self {
            AllowedMode::Fast
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
    ///`LabelsGroup`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LabelsGroup(::std::string::String);
    impl ::std::ops::Deref for LabelsGroup {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<LabelsGroup> for ::std::string::String {
        fn from(value: LabelsGroup) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for LabelsGroup {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::server_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::server_runtime::regress::Regex::new("^[a-z]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for LabelsGroup {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LabelsGroup {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LabelsGroup {
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
    ///`LabelsNamesItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LabelsNamesItem(::std::string::String);
    impl ::std::ops::Deref for LabelsNamesItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<LabelsNamesItem> for ::std::string::String {
        fn from(value: LabelsNamesItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for LabelsNamesItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::server_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::server_runtime::regress::Regex::new("^[a-z /]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-z /]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for LabelsNamesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LabelsNamesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LabelsNamesItem {
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
    ///`LabelsTheme`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LabelsTheme(::std::string::String);
    impl ::std::ops::Deref for LabelsTheme {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<LabelsTheme> for ::std::string::String {
        fn from(value: LabelsTheme) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for LabelsTheme {
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
    impl ::std::convert::TryFrom<&str> for LabelsTheme {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LabelsTheme {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LabelsTheme {
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
    ///`SearchKindsItem`
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
    pub enum SearchKindsItem {
        #[serde(rename = "a")]
        A,
        #[serde(rename = "b")]
        B,
        #[serde(rename = "c")]
        C,
    }
    impl ::std::fmt::Display for SearchKindsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::A => f.write_str("a"),
                Self::B => f.write_str("b"),
                Self::C => f.write_str("c"),
            }
        }
    }
    impl ::std::str::FromStr for SearchKindsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "a" => Ok(Self::A),
                "b" => Ok(Self::B),
                "c" => Ok(Self::C),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchKindsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchKindsItem {
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
///The Search as one trait: one method per operation. Implement it, then serve [`router`].
///
///Query parameter styles (comma-separated, space- and pipe-delimited, deepObject, exploded objects), arrays in a path and a header, cookies, and a HEAD operation.
pub trait SearchApi: Send + Sync + 'static {
    /// search
    ///
    ///
    ///`GET /items` (`search`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn search(&self, request: search::Request) -> search::Response {
     todo!()
 }
 ```*/
    fn search(
        &self,
        request: search::Request,
    ) -> impl ::std::future::Future<Output = search::Response> + Send;
    /// allowed
    ///
    ///
    ///`OPTIONS /items` (`allowed`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn allowed(&self, request: allowed::Request) -> allowed::Response {
     todo!()
 }
 ```*/
    fn allowed(
        &self,
        request: allowed::Request,
    ) -> impl ::std::future::Future<Output = allowed::Response> + Send;
    /// probe
    ///
    ///
    ///`HEAD /items` (`probe`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn probe(&self, request: probe::Request) -> probe::Response {
     todo!()
 }
 ```*/
    fn probe(
        &self,
        request: probe::Request,
    ) -> impl ::std::future::Future<Output = probe::Response> + Send;
    /// batch
    ///
    /// Required arrays of delimited styles: `ids=` is the empty array, as OpenAPI writes `[]`; absent, the parameter is missing.
    ///
    ///`GET /batches` (`batch`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn batch(&self, request: batch::Request) -> batch::Response {
     todo!()
 }
 ```*/
    fn batch(
        &self,
        request: batch::Request,
    ) -> impl ::std::future::Future<Output = batch::Response> + Send;
    /// jsonParams
    ///
    /// Parameters described by a JSON `content`: each value is its JSON text (a string quoted), parsed and checked by the router.
    ///
    ///`GET /json/{key}` (`jsonParams`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn json_params(&self, request: json_params::Request) -> json_params::Response {
     todo!()
 }
 ```*/
    fn json_params(
        &self,
        request: json_params::Request,
    ) -> impl ::std::future::Future<Output = json_params::Response> + Send;
    /// labels
    ///
    /// Arrays in the path and in a header (`style: simple`, items between commas).
    ///
    ///`GET /labels/{group}/{names}` (`labels`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn labels(&self, request: labels::Request) -> labels::Response {
     todo!()
 }
 ```*/
    fn labels(
        &self,
        request: labels::Request,
    ) -> impl ::std::future::Future<Output = labels::Response> + Send;
}
///The `search` operation: search.
pub mod search {
    use super::types;
    ///search
    ///
    ///`GET /items` (`search`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`ids` in the query.
        pub ids: ::std::option::Option<::std::vec::Vec<i64>>,
        ///
        ///`tags` in the query.
        pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///
        ///`kinds` in the query.
        pub kinds: ::std::option::Option<::std::vec::Vec<types::SearchKindsItem>>,
        ///
        ///`filter` in the query (an object).
        pub filter: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///
        ///`page` in the query (an object).
        pub page: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(::std::string::String),
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
                    rt::check_body(&super::schemas::SEARCH__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::SEARCH__ANSWER_400, body)
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
        const OPERATION_ID: &'static str = "search";
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
            &super::schemas::SEARCH__ANSWER_400,
            "application/json",
        ),
    ];
}
///The `allowed` operation: allowed.
pub mod allowed {
    use super::types;
    ///allowed
    ///
    ///`OPTIONS /items` (`allowed`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Named like the handler's own locals once were.
        ///
        ///`query` in the query.
        pub query: ::std::option::Option<::std::string::String>,
        /// An empty value (`?mode=`) is no value, so the default.
        ///
        ///`mode` in the query.
        pub mode: types::AllowedMode,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(::std::string::String),
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
                    rt::check_body(&super::schemas::ALLOWED__ANSWER_200, body)
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
///The `probe` operation: probe.
pub mod probe {
    use super::types;
    ///probe
    ///
    ///`HEAD /items` (`probe`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Required with a default, as Azure writes `api-version`; the default has no meaning for a required parameter, which must be sent.
        ///
        ///`version` in the query.
        pub version: ::std::string::String,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 204: Items exist.
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
///The `batch` operation: batch.
pub mod batch {
    use super::types;
    ///batch
    ///
    ///`GET /batches` (`batch`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`ids` in the query.
        pub ids: ::std::vec::Vec<i64>,
        ///
        ///`marks` in the query.
        pub marks: ::std::vec::Vec<::std::string::String>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(::std::string::String),
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
                    rt::check_body(&super::schemas::BATCH__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::BATCH__ANSWER_400, body)
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
        const OPERATION_ID: &'static str = "batch";
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
            &super::schemas::BATCH__ANSWER_400,
            "application/json",
        ),
    ];
}
///The `jsonParams` operation: jsonParams.
pub mod json_params {
    use super::types;
    ///jsonParams
    ///
    ///`GET /json/{key}` (`jsonParams`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`key` in the path.
        pub key: ::serde_json::Value,
        ///
        ///`filter` in the query.
        pub filter: ::serde_json::Value,
        ///
        ///`X-Tags` in the header.
        pub x_tags: ::std::option::Option<::serde_json::Value>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(::std::string::String),
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
                    rt::check_body(&super::schemas::JSON_PARAMS__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::JSON_PARAMS__ANSWER_400, body)
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
        const OPERATION_ID: &'static str = "jsonParams";
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
            &super::schemas::JSON_PARAMS__ANSWER_400,
            "application/json",
        ),
    ];
}
///The `labels` operation: labels.
pub mod labels {
    use super::types;
    ///labels
    ///
    ///`GET /labels/{group}/{names}` (`labels`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`group` in the path.
        pub group: types::LabelsGroup,
        ///
        ///`names` in the path.
        pub names: ::std::vec::Vec<types::LabelsNamesItem>,
        ///
        ///`X-Ids` in the header.
        pub x_ids: ::std::option::Option<::std::vec::Vec<i64>>,
        ///
        ///`theme` in the cookie.
        pub theme: ::std::option::Option<types::LabelsTheme>,
        ///
        ///`visits` in the cookie.
        pub visits: ::std::option::Option<u64>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read.
        Ok(::std::string::String),
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
                    rt::check_body(&super::schemas::LABELS__ANSWER_200, body)
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
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/params.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("params_openapi.json");
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
        operation_id: "search",
        method: "GET",
        path: "/items",
        statuses: search::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "allowed",
        method: "OPTIONS",
        path: "/items",
        statuses: allowed::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "probe",
        method: "HEAD",
        path: "/items",
        statuses: probe::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "batch",
        method: "GET",
        path: "/batches",
        statuses: batch::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "jsonParams",
        method: "GET",
        path: "/json/{key}",
        statuses: json_params::Response::STATUSES,
        index: 4usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "labels",
        method: "GET",
        path: "/labels/{group}/{names}",
        statuses: labels::Response::STATUSES,
        index: 5usize,
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
pub fn router<A: SearchApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: SearchApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/batches", ::axum::routing::get(handle_batch::<A>))
        .route(
            "/items",
            ::axum::routing::get(handle_search::<A>)
                .options(handle_allowed::<A>)
                .head(handle_probe::<A>),
        )
        .route("/json/{key}", ::axum::routing::get(handle_json_params::<A>))
        .route("/labels/{group}/{names}", ::axum::routing::get(handle_labels::<A>))
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
async fn handle_search<A: SearchApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            search::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let ids = {
            let raw = __query.delimited("ids", ',');
            rt::optional_param::<
                ::std::vec::Vec<i64>,
            >(&mut __violations, "query.ids", &raw, &schemas::SEARCH__QUERY_IDS)
        };
        let tags = {
            let raw = __query.delimited("tags", ' ');
            rt::optional_param::<
                ::std::vec::Vec<::std::string::String>,
            >(&mut __violations, "query.tags", &raw, &schemas::SEARCH__QUERY_TAGS)
        };
        let kinds = {
            let raw = __query.delimited("kinds", '|');
            rt::optional_param::<
                ::std::vec::Vec<types::SearchKindsItem>,
            >(&mut __violations, "query.kinds", &raw, &schemas::SEARCH__QUERY_KINDS)
        };
        let filter = rt::object_param::<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >(
            &mut __violations,
            "query.filter",
            __query.object("filter", &schemas::SEARCH__QUERY_FILTER),
            &schemas::SEARCH__QUERY_FILTER,
            false,
        );
        let page = rt::object_param::<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >(
                &mut __violations,
                "query.page",
                __query.object("page", &schemas::SEARCH__QUERY_PAGE),
                &schemas::SEARCH__QUERY_PAGE,
                true,
            )
            .flatten();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(ids), Some(tags), Some(kinds), Some(filter), Some(page)) = (
            ids,
            tags,
            kinds,
            filter,
            page,
        ) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = search::Request {
            ids,
            tags,
            kinds,
            filter,
            page,
        };
        let __answer = __state.api.search(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("search", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_allowed<A: SearchApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            allowed::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let query = {
            let raw = __query.values("query");
            rt::optional_param::<
                ::std::string::String,
            >(&mut __violations, "query.query", &raw, &schemas::ALLOWED__QUERY_QUERY)
        };
        let mode = {
            let raw = __query.nonempty_values("mode");
            rt::param::<
                types::AllowedMode,
            >(
                &mut __violations,
                "query.mode",
                &raw,
                &schemas::ALLOWED__QUERY_MODE,
                Some("\"fast\""),
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(query), Some(mode)) = (query, mode) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = allowed::Request { query, mode };
        let __answer = __state.api.allowed(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("allowed", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_probe<A: SearchApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            probe::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let version = {
            let raw = __query.values("version");
            rt::param::<
                ::std::string::String,
            >(
                &mut __violations,
                "query.version",
                &raw,
                &schemas::PROBE__QUERY_VERSION,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(version),) = (version,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = probe::Request { version };
        let __answer = __state.api.probe(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("probe", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
async fn handle_batch<A: SearchApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            batch::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let ids = {
            let raw = __query.delimited("ids", ',');
            rt::delimited_param::<
                ::std::vec::Vec<i64>,
            >(
                &mut __violations,
                "query.ids",
                &raw,
                __query.given("ids"),
                &schemas::BATCH__QUERY_IDS,
            )
        };
        let marks = {
            let raw = __query.delimited("marks", '|');
            rt::delimited_param::<
                ::std::vec::Vec<::std::string::String>,
            >(
                &mut __violations,
                "query.marks",
                &raw,
                __query.given("marks"),
                &schemas::BATCH__QUERY_MARKS,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(ids), Some(marks)) = (ids, marks) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = batch::Request { ids, marks };
        let __answer = __state.api.batch(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("batch", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
async fn handle_json_params<A: SearchApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            json_params::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let __query = rt::Query::parse(__parts.uri.query());
        let key = {
            let raw = rt::path_value(&__path_values, "key");
            rt::json_param::<
                ::serde_json::Value,
            >(&mut __violations, "path.key", &raw, true, &schemas::JSON_PARAMS__PATH_KEY)
                .flatten()
        };
        let filter = {
            let raw = __query.values("filter");
            rt::json_param::<
                ::serde_json::Value,
            >(
                    &mut __violations,
                    "query.filter",
                    &raw,
                    true,
                    &schemas::JSON_PARAMS__QUERY_FILTER,
                )
                .flatten()
        };
        let x_tags = {
            let raw = rt::header_values(&__parts.headers, "X-Tags", &mut __violations);
            rt::json_param::<
                ::serde_json::Value,
            >(
                &mut __violations,
                "header.X-Tags",
                &raw,
                false,
                &schemas::JSON_PARAMS__HEADER_X_TAGS,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(key), Some(filter), Some(x_tags)) = (key, filter, x_tags) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = json_params::Request {
            key,
            filter,
            x_tags,
        };
        let __answer = __state.api.json_params(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("jsonParams", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[4usize]);
    __response
}
async fn handle_labels<A: SearchApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            labels::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let group = {
            let raw = rt::path_value(&__path_values, "group");
            rt::param::<
                types::LabelsGroup,
            >(&mut __violations, "path.group", &raw, &schemas::LABELS__PATH_GROUP, None)
        };
        let names = {
            let raw = rt::split_values(rt::path_value(&__path_values, "names"), ',');
            rt::param::<
                ::std::vec::Vec<types::LabelsNamesItem>,
            >(&mut __violations, "path.names", &raw, &schemas::LABELS__PATH_NAMES, None)
        };
        let x_ids = {
            let raw = rt::split_values(
                rt::header_values(&__parts.headers, "X-Ids", &mut __violations),
                ',',
            );
            rt::optional_param::<
                ::std::vec::Vec<i64>,
            >(&mut __violations, "header.X-Ids", &raw, &schemas::LABELS__HEADER_X_IDS)
        };
        let theme = {
            let __cookies = rt::cookie_values(&__parts.headers, "theme");
            let raw = __cookies
                .iter()
                .map(::std::string::String::as_str)
                .collect::<::std::vec::Vec<&str>>();
            rt::optional_param::<
                types::LabelsTheme,
            >(&mut __violations, "cookie.theme", &raw, &schemas::LABELS__COOKIE_THEME)
        };
        let visits = {
            let __cookies = rt::cookie_values(&__parts.headers, "visits");
            let raw = __cookies
                .iter()
                .map(::std::string::String::as_str)
                .collect::<::std::vec::Vec<&str>>();
            rt::optional_param::<
                u64,
            >(&mut __violations, "cookie.visits", &raw, &schemas::LABELS__COOKIE_VISITS)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(group), Some(names), Some(x_ids), Some(theme), Some(visits)) = (
            group,
            names,
            x_ids,
            theme,
            visits,
        ) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = labels::Request {
            group,
            names,
            x_ids,
            theme,
            visits,
        };
        let __answer = __state.api.labels(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("labels", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[5usize]);
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
    impl SearchApi for Mock {
        async fn search(&self, _request: search::Request) -> search::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    search::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::SEARCH__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    search::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::SEARCH__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    search::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::SEARCH__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn allowed(&self, _request: allowed::Request) -> allowed::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    allowed::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ALLOWED__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    allowed::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ALLOWED__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn probe(&self, _request: probe::Request) -> probe::Response {
            match rt::mock::choice().code.unwrap_or(204u16) {
                204u16 => probe::Response::NoContent,
                _ => probe::Response::NoContent,
            }
        }
        async fn batch(&self, _request: batch::Request) -> batch::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    batch::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::BATCH__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    batch::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::BATCH__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    batch::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::BATCH__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn json_params(
            &self,
            request: json_params::Request,
        ) -> json_params::Response {
            let __facts = rt::mock::Facts::new()
                .echo("key", &request.key)
                .echo("id", &request.key);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    json_params::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::JSON_PARAMS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    json_params::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::JSON_PARAMS__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    json_params::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::JSON_PARAMS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn labels(&self, request: labels::Request) -> labels::Response {
            let __facts = rt::mock::Facts::new()
                .echo("group", &request.group)
                .echo("names", &request.names)
                .echo("id", &request.names);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    labels::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LABELS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    labels::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LABELS__ANSWER_200),
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
            method: "GET",
            path: "/items",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "OPTIONS",
            path: "/items",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "HEAD",
            path: "/items",
            responses: &[("204", &[])],
            default_code: 204u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/batches",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/json/{key}",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/labels/{group}/{names}",
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
    /// `Error`: values the spec allows (every constraint the router checks).
    pub fn error() -> impl ::proptest::strategy::Strategy<Value = types::Error> {
        rt::strategy::of(&schemas::ERROR)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    static PATTERN_0: Pattern = Pattern::new("^[a-z]+$");
    static PATTERN_1: Pattern = Pattern::new("^[a-z /]+$");
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
    pub static SEARCH__QUERY_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::Integer(Numeric {
                    format: Some("int64"),
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
            },
            min_items: None,
            max_items: Some(5usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static SEARCH__QUERY_TAGS: Schema = Schema {
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
    };
    pub static SEARCH__QUERY_KINDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &["a", "b", "c"],
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
    };
    pub static SEARCH__QUERY_FILTER: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "owner",
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
                    name: "minAge",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: Some("int64"),
                            minimum: Some(0f64),
                            maximum: None,
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
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static SEARCH__QUERY_PAGE: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "size",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: Some("int64"),
                            minimum: None,
                            maximum: Some(100f64),
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
                    name: "number",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: Some("int64"),
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
    pub static SEARCH__ANSWER_200: Schema = Schema {
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
    };
    pub static SEARCH__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static ALLOWED__QUERY_QUERY: Schema = Schema {
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
    };
    pub static ALLOWED__QUERY_MODE: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["fast", "slow"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static ALLOWED__ANSWER_200: Schema = Schema {
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
    };
    pub static PROBE__QUERY_VERSION: Schema = Schema {
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
    };
    pub static BATCH__QUERY_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::Integer(Numeric {
                    format: Some("int64"),
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
            },
            min_items: None,
            max_items: None,
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static BATCH__QUERY_MARKS: Schema = Schema {
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
            min_items: Some(1usize),
            max_items: None,
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static BATCH__ANSWER_200: Schema = Schema {
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
    };
    pub static BATCH__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static JSON_PARAMS__PATH_KEY: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: Some(2usize),
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static JSON_PARAMS__QUERY_FILTER: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "owner",
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
                    name: "minAge",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: None,
                            minimum: Some(0f64),
                            maximum: None,
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
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static JSON_PARAMS__HEADER_X_TAGS: Schema = Schema {
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
    };
    pub static JSON_PARAMS__ANSWER_200: Schema = Schema {
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
    };
    pub static JSON_PARAMS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static LABELS__PATH_GROUP: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: Some(&PATTERN_0),
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LABELS__PATH_NAMES: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: Some(&PATTERN_1),
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: Some(1usize),
            max_items: None,
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LABELS__HEADER_X_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::Integer(Numeric {
                    format: Some("int64"),
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
            },
            min_items: None,
            max_items: Some(3usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LABELS__COOKIE_THEME: Schema = Schema {
        nullable: false,
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
    pub static LABELS__COOKIE_VISITS: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: Some(0f64),
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
    pub static LABELS__ANSWER_200: Schema = Schema {
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
    };
}
