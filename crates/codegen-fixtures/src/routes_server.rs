// @generated from crates/codegen/tests/specs/routes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`CountThingsXTarget`
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
    pub enum CountThingsXTarget {
        #[serde(rename = "Store.CountThings")]
        StoreCountThings,
    }
    impl ::std::fmt::Display for CountThingsXTarget {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::StoreCountThings => f.write_str("Store.CountThings"),
            }
        }
    }
    impl ::std::str::FromStr for CountThingsXTarget {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Store.CountThings" => Ok(Self::StoreCountThings),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CountThingsXTarget {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CountThingsXTarget {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetFileName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetFileName(::std::string::String);
    impl ::std::ops::Deref for GetFileName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetFileName> for ::std::string::String {
        fn from(value: GetFileName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetFileName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetFileName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetFileName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetFileName {
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
    ///`ListThingsXTarget`
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
    pub enum ListThingsXTarget {
        #[serde(rename = "Store.ListThings")]
        StoreListThings,
    }
    impl ::std::fmt::Display for ListThingsXTarget {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::StoreListThings => f.write_str("Store.ListThings"),
            }
        }
    }
    impl ::std::str::FromStr for ListThingsXTarget {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Store.ListThings" => Ok(Self::StoreListThings),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListThingsXTarget {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListThingsXTarget {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PingAction`
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
    pub enum PingAction {
        Ping,
    }
    impl ::std::fmt::Display for PingAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ping => f.write_str("Ping"),
            }
        }
    }
    impl ::std::str::FromStr for PingAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Ping" => Ok(Self::Ping),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PingAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PingAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
///The Routes as one trait: one method per operation. Implement it, then serve [`router`].
///
///Path templates axum cannot route as written - a parameter with literals around it, two parameters in one segment, two templates of one shape, two on one route and method told apart by their literals (the most literal one the path fits is the resource a method is allowed on), templates with a fragment (as AWS writes its RPC operations, `/#X-Amz-Target=Service.Op` and `/#Action=Op`) told apart by the header or query parameter the fragment names - served all the same.
pub trait RoutesApi: Send + Sync + 'static {
    /// getFile
    ///
    ///
    ///`GET /files/{name}.json` (`getFile`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_file(&self, request: get_file::Request) -> get_file::Response {
     todo!()
 }
 ```*/
    fn get_file(
        &self,
        request: get_file::Request,
    ) -> impl ::std::future::Future<Output = get_file::Response> + Send;
    /// getFileRaw
    ///
    ///
    ///`GET /files/{name}` (`getFileRaw`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_file_raw(&self, request: get_file_raw::Request) -> get_file_raw::Response {
     todo!()
 }
 ```*/
    fn get_file_raw(
        &self,
        request: get_file_raw::Request,
    ) -> impl ::std::future::Future<Output = get_file_raw::Response> + Send;
    /// removeFileRaw
    ///
    /// Only the less literal template answers DELETE, so `/files/a.json` (the more literal one's resource) is 405 with its own Allow.
    ///
    ///`DELETE /files/{name}` (`removeFileRaw`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn remove_file_raw(&self, request: remove_file_raw::Request) -> remove_file_raw::Response {
     todo!()
 }
 ```*/
    fn remove_file_raw(
        &self,
        request: remove_file_raw::Request,
    ) -> impl ::std::future::Future<Output = remove_file_raw::Response> + Send;
    /// getRange
    ///
    ///
    ///`GET /ranges/{from},{to}` (`getRange`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_range(&self, request: get_range::Request) -> get_range::Response {
     todo!()
 }
 ```*/
    fn get_range(
        &self,
        request: get_range::Request,
    ) -> impl ::std::future::Future<Output = get_range::Response> + Send;
    /// getRelease
    ///
    ///
    ///`GET /releases/v{major}.{minor}` (`getRelease`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_release(&self, request: get_release::Request) -> get_release::Response {
     todo!()
 }
 ```*/
    fn get_release(
        &self,
        request: get_release::Request,
    ) -> impl ::std::future::Future<Output = get_release::Response> + Send;
    /// getPet
    ///
    ///
    ///`GET /pets/{id}` (`getPet`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_pet(&self, request: get_pet::Request) -> get_pet::Response {
     todo!()
 }
 ```*/
    fn get_pet(
        &self,
        request: get_pet::Request,
    ) -> impl ::std::future::Future<Output = get_pet::Response> + Send;
    /// removePet
    ///
    ///
    ///`DELETE /pets/{petId}` (`removePet`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn remove_pet(&self, request: remove_pet::Request) -> remove_pet::Response {
     todo!()
 }
 ```*/
    fn remove_pet(
        &self,
        request: remove_pet::Request,
    ) -> impl ::std::future::Future<Output = remove_pet::Response> + Send;
    /// listThings
    ///
    ///
    ///`POST /rpc#X-Target=Store.ListThings` (`listThings`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_things(&self, request: list_things::Request) -> list_things::Response {
     todo!()
 }
 ```*/
    fn list_things(
        &self,
        request: list_things::Request,
    ) -> impl ::std::future::Future<Output = list_things::Response> + Send;
    /// countThings
    ///
    ///
    ///`POST /rpc#X-Target=Store.CountThings` (`countThings`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn count_things(&self, request: count_things::Request) -> count_things::Response {
     todo!()
 }
 ```*/
    fn count_things(
        &self,
        request: count_things::Request,
    ) -> impl ::std::future::Future<Output = count_things::Response> + Send;
    /// ping
    ///
    ///
    ///`GET /rpc#Action=Ping` (`ping`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn ping(&self, request: ping::Request) -> ping::Response {
     todo!()
 }
 ```*/
    fn ping(
        &self,
        request: ping::Request,
    ) -> impl ::std::future::Future<Output = ping::Response> + Send;
    /// rpcIndex
    ///
    ///
    ///`GET /rpc` (`rpcIndex`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn rpc_index(&self, request: rpc_index::Request) -> rpc_index::Response {
     todo!()
 }
 ```*/
    fn rpc_index(
        &self,
        request: rpc_index::Request,
    ) -> impl ::std::future::Future<Output = rpc_index::Response> + Send;
}
///The `getFile` operation: getFile.
pub mod get_file {
    use super::types;
    ///getFile
    ///
    ///`GET /files/{name}.json` (`getFile`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`name` in the path.
        pub name: types::GetFileName,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The parameters as read.
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
                    rt::check_body(&super::schemas::GET_FILE__ANSWER_200, body)
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
///The `getFileRaw` operation: getFileRaw.
pub mod get_file_raw {
    use super::types;
    ///getFileRaw
    ///
    ///`GET /files/{name}` (`getFileRaw`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`name` in the path.
        pub name: ::std::string::String,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The parameters as read.
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
                    rt::check_body(&super::schemas::GET_FILE_RAW__ANSWER_200, body)
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
///The `removeFileRaw` operation: removeFileRaw.
pub mod remove_file_raw {
    use super::types;
    ///removeFileRaw
    ///
    ///`DELETE /files/{name}` (`removeFileRaw`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`name` in the path.
        pub name: ::std::string::String,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The parameters as read.
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
                    rt::check_body(&super::schemas::REMOVE_FILE_RAW__ANSWER_200, body)
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
///The `getRange` operation: getRange.
pub mod get_range {
    use super::types;
    ///getRange
    ///
    ///`GET /ranges/{from},{to}` (`getRange`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`from` in the path.
        pub from: i64,
        ///
        ///`to` in the path.
        pub to: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The parameters as read.
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
                    rt::check_body(&super::schemas::GET_RANGE__ANSWER_200, body)
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
///The `getRelease` operation: getRelease.
pub mod get_release {
    use super::types;
    ///getRelease
    ///
    ///`GET /releases/v{major}.{minor}` (`getRelease`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`major` in the path.
        pub major: i64,
        ///
        ///`minor` in the path.
        pub minor: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The parameters as read.
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
                    rt::check_body(&super::schemas::GET_RELEASE__ANSWER_200, body)
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
///The `getPet` operation: getPet.
pub mod get_pet {
    use super::types;
    ///getPet
    ///
    ///`GET /pets/{id}` (`getPet`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`id` in the path.
        pub id: ::std::string::String,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The parameters as read.
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
                    rt::check_body(&super::schemas::GET_PET__ANSWER_200, body)
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
///The `removePet` operation: removePet.
pub mod remove_pet {
    use super::types;
    ///removePet
    ///
    ///`DELETE /pets/{petId}` (`removePet`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`petId` in the path.
        pub pet_id: ::std::string::String,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The parameters as read.
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
                    rt::check_body(&super::schemas::REMOVE_PET__ANSWER_200, body)
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
///The `listThings` operation: listThings.
pub mod list_things {
    use super::types;
    ///listThings
    ///
    ///`POST /rpc#X-Target=Store.ListThings` (`listThings`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`X-Target` in the header.
        pub x_target: types::ListThingsXTarget,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Which operation answered.
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
                    rt::check_body(&super::schemas::LIST_THINGS__ANSWER_200, body)
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
///The `countThings` operation: countThings.
pub mod count_things {
    use super::types;
    ///countThings
    ///
    ///`POST /rpc#X-Target=Store.CountThings` (`countThings`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`X-Target` in the header.
        pub x_target: types::CountThingsXTarget,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Which operation answered.
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
                    rt::check_body(&super::schemas::COUNT_THINGS__ANSWER_200, body)
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
///The `ping` operation: ping.
pub mod ping {
    use super::types;
    ///ping
    ///
    ///`GET /rpc#Action=Ping` (`ping`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`Action` in the query.
        pub action: types::PingAction,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Which operation answered.
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
                Self::Ok(body) => rt::check_body(&super::schemas::PING__ANSWER_200, body),
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
///The `rpcIndex` operation: rpcIndex.
pub mod rpc_index {
    use super::types;
    ///rpcIndex
    ///
    ///`GET /rpc` (`rpcIndex`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Which operation answered.
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
                    rt::check_body(&super::schemas::RPC_INDEX__ANSWER_200, body)
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
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/routes.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("routes_openapi.json");
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
        operation_id: "getFile",
        method: "GET",
        path: "/files/{name}.json",
        statuses: get_file::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getFileRaw",
        method: "GET",
        path: "/files/{name}",
        statuses: get_file_raw::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "removeFileRaw",
        method: "DELETE",
        path: "/files/{name}",
        statuses: remove_file_raw::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getRange",
        method: "GET",
        path: "/ranges/{from},{to}",
        statuses: get_range::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getRelease",
        method: "GET",
        path: "/releases/v{major}.{minor}",
        statuses: get_release::Response::STATUSES,
        index: 4usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getPet",
        method: "GET",
        path: "/pets/{id}",
        statuses: get_pet::Response::STATUSES,
        index: 5usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "removePet",
        method: "DELETE",
        path: "/pets/{petId}",
        statuses: remove_pet::Response::STATUSES,
        index: 6usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "listThings",
        method: "POST",
        path: "/rpc#X-Target=Store.ListThings",
        statuses: list_things::Response::STATUSES,
        index: 7usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "countThings",
        method: "POST",
        path: "/rpc#X-Target=Store.CountThings",
        statuses: count_things::Response::STATUSES,
        index: 8usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "ping",
        method: "GET",
        path: "/rpc#Action=Ping",
        statuses: ping::Response::STATUSES,
        index: 9usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "rpcIndex",
        method: "GET",
        path: "/rpc",
        statuses: rpc_index::Response::STATUSES,
        index: 10usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The router for any implementation, with the default [`rt::RouterConfig`].
pub fn router<A: RoutesApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: RoutesApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route(
            "/files/{name}",
            ::axum::routing::get(dispatch_get_get_file::<A>)
                .delete(dispatch_delete_remove_file_raw::<A>)
                .fallback(fallback_get_file),
        )
        .route(
            "/pets/{id}",
            ::axum::routing::get(handle_get_pet::<A>).delete(handle_remove_pet::<A>),
        )
        .route("/ranges/{from}", ::axum::routing::get(handle_get_range::<A>))
        .route("/releases/v{major}", ::axum::routing::get(handle_get_release::<A>))
        .route(
            "/rpc",
            ::axum::routing::get(dispatch_get_ping::<A>)
                .post(dispatch_post_count_things::<A>),
        )
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
    let body: ::serde_json::Value = rejection.to_json();
    rt::fitted_answer(&rejection, body, bodies)
}
async fn handle_get_file<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_file::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        if !rt::path_fits(
                &mut __parts,
                &[("name", &[rt::Piece::Param, rt::Piece::Literal(".json")][..])],
            )
            .await
        {
            return reject(
                rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."),
            );
        }
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let name = {
            let raw = rt::path_piece(
                &__path_values,
                "name",
                &[rt::Piece::Param, rt::Piece::Literal(".json")],
                0usize,
            );
            rt::param::<
                types::GetFileName,
            >(&mut __violations, "path.name", &raw, &schemas::GET_FILE__PATH_NAME, None)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(name),) = (name,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_file::Request { name };
        let __answer = __state.api.get_file(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getFile", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_get_file_raw<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_file_raw::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let name = {
            let raw = rt::path_value(&__path_values, "name");
            rt::param::<
                ::std::string::String,
            >(
                &mut __violations,
                "path.name",
                &raw,
                &schemas::GET_FILE_RAW__PATH_NAME,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(name),) = (name,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_file_raw::Request { name };
        let __answer = __state.api.get_file_raw(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getFileRaw", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_remove_file_raw<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            remove_file_raw::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let name = {
            let raw = rt::path_value(&__path_values, "name");
            rt::param::<
                ::std::string::String,
            >(
                &mut __violations,
                "path.name",
                &raw,
                &schemas::REMOVE_FILE_RAW__PATH_NAME,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(name),) = (name,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = remove_file_raw::Request { name };
        let __answer = __state.api.remove_file_raw(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("removeFileRaw", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
async fn handle_get_range<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_range::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        if !rt::path_fits(
                &mut __parts,
                &[
                    (
                        "from",
                        &[
                            rt::Piece::Param,
                            rt::Piece::Literal(","),
                            rt::Piece::Param,
                        ][..],
                    ),
                ],
            )
            .await
        {
            return reject(
                rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."),
            );
        }
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let from = {
            let raw = rt::path_piece(
                &__path_values,
                "from",
                &[rt::Piece::Param, rt::Piece::Literal(","), rt::Piece::Param],
                0usize,
            );
            rt::param::<
                i64,
            >(&mut __violations, "path.from", &raw, &schemas::GET_RANGE__PATH_FROM, None)
        };
        let to = {
            let raw = rt::path_piece(
                &__path_values,
                "from",
                &[rt::Piece::Param, rt::Piece::Literal(","), rt::Piece::Param],
                1usize,
            );
            rt::param::<
                i64,
            >(&mut __violations, "path.to", &raw, &schemas::GET_RANGE__PATH_TO, None)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(from), Some(to)) = (from, to) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_range::Request { from, to };
        let __answer = __state.api.get_range(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getRange", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
async fn handle_get_release<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_release::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        if !rt::path_fits(
                &mut __parts,
                &[
                    (
                        "major",
                        &[
                            rt::Piece::Param,
                            rt::Piece::Literal("."),
                            rt::Piece::Param,
                        ][..],
                    ),
                ],
            )
            .await
        {
            return reject(
                rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."),
            );
        }
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let major = {
            let raw = rt::path_piece(
                &__path_values,
                "major",
                &[rt::Piece::Param, rt::Piece::Literal("."), rt::Piece::Param],
                0usize,
            );
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.major",
                &raw,
                &schemas::GET_RELEASE__PATH_MAJOR,
                None,
            )
        };
        let minor = {
            let raw = rt::path_piece(
                &__path_values,
                "major",
                &[rt::Piece::Param, rt::Piece::Literal("."), rt::Piece::Param],
                1usize,
            );
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.minor",
                &raw,
                &schemas::GET_RELEASE__PATH_MINOR,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(major), Some(minor)) = (major, minor) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_release::Request {
            major,
            minor,
        };
        let __answer = __state.api.get_release(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getRelease", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[4usize]);
    __response
}
async fn handle_get_pet<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_pet::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                ::std::string::String,
            >(&mut __violations, "path.id", &raw, &schemas::GET_PET__PATH_ID, None)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id),) = (id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_pet::Request { id };
        let __answer = __state.api.get_pet(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getPet", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[5usize]);
    __response
}
async fn handle_remove_pet<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            remove_pet::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        if !rt::path_fits(&mut __parts, &[("id", &[rt::Piece::Param][..])]).await {
            return reject(
                rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."),
            );
        }
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let pet_id = {
            let raw = rt::path_piece(&__path_values, "id", &[rt::Piece::Param], 0usize);
            rt::param::<
                ::std::string::String,
            >(
                &mut __violations,
                "path.petId",
                &raw,
                &schemas::REMOVE_PET__PATH_PET_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(pet_id),) = (pet_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = remove_pet::Request { pet_id };
        let __answer = __state.api.remove_pet(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("removePet", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[6usize]);
    __response
}
async fn handle_list_things<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_things::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let x_target = {
            let raw = rt::header_values(&__parts.headers, "X-Target", &mut __violations);
            rt::param::<
                types::ListThingsXTarget,
            >(
                &mut __violations,
                "header.X-Target",
                &raw,
                &schemas::LIST_THINGS__HEADER_X_TARGET,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(x_target),) = (x_target,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = list_things::Request { x_target };
        let __answer = __state.api.list_things(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("listThings", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[7usize]);
    __response
}
async fn handle_count_things<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            count_things::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let x_target = {
            let raw = rt::header_values(&__parts.headers, "X-Target", &mut __violations);
            rt::param::<
                types::CountThingsXTarget,
            >(
                &mut __violations,
                "header.X-Target",
                &raw,
                &schemas::COUNT_THINGS__HEADER_X_TARGET,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(x_target),) = (x_target,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = count_things::Request { x_target };
        let __answer = __state.api.count_things(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("countThings", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[8usize]);
    __response
}
async fn handle_ping<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(rejection, ping::ERROR_BODIES);
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let action = {
            let raw = __query.values("Action");
            rt::param::<
                types::PingAction,
            >(
                &mut __violations,
                "query.Action",
                &raw,
                &schemas::PING__QUERY_ACTION,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(action),) = (action,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = ping::Request { action };
        let __answer = __state.api.ping(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("ping", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[9usize]);
    __response
}
async fn handle_rpc_index<A: RoutesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            rpc_index::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = rpc_index::Request {};
        let __answer = __state.api.rpc_index(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("rpcIndex", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[10usize]);
    __response
}
/// `GET /files/{name}`: `/files/{name}.json`, `/files/{name}`, the most literal first (then the most constrained parameters).
async fn dispatch_get_get_file<A: RoutesApi>(
    __state: ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut __parts, __body) = request.into_parts();
    if rt::path_fits(
            &mut __parts,
            &[("name", &[rt::Piece::Param, rt::Piece::Literal(".json")][..])],
        )
        .await
    {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_get_file::<A>(__state, request).await;
    }
    if rt::path_fits(&mut __parts, &[]).await {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_get_file_raw::<A>(__state, request).await;
    }
    reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
}
/// `DELETE /files/{name}`: `/files/{name}`, 1 template(s) without DELETE (405), the most literal first (then the most constrained parameters).
async fn dispatch_delete_remove_file_raw<A: RoutesApi>(
    __state: ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut __parts, __body) = request.into_parts();
    if rt::path_fits(
            &mut __parts,
            &[("name", &[rt::Piece::Param, rt::Piece::Literal(".json")][..])],
        )
        .await
    {
        return not_allowed("GET,HEAD");
    }
    if rt::path_fits(&mut __parts, &[]).await {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_remove_file_raw::<A>(__state, request).await;
    }
    reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
}
/// `/files/{name}` for a method none of its templates answers: 405 with the methods of the most literal template the path fits.
async fn fallback_get_file(
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut __parts, _) = request.into_parts();
    if rt::path_fits(
            &mut __parts,
            &[("name", &[rt::Piece::Param, rt::Piece::Literal(".json")][..])],
        )
        .await
    {
        return not_allowed("GET,HEAD");
    }
    if rt::path_fits(&mut __parts, &[]).await {
        return not_allowed("GET,DELETE,HEAD");
    }
    reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
}
/// `GET /rpc`: `/rpc#Action=Ping`, `/rpc`, the most literal first (then the most constrained parameters).
async fn dispatch_get_ping<A: RoutesApi>(
    __state: ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut __parts, __body) = request.into_parts();
    let __query = rt::Query::parse(__parts.uri.query());
    if rt::path_fits(&mut __parts, &[]).await
        && rt::fragment_fits(&__parts.headers, &__query, "Action", Some("Ping"))
    {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_ping::<A>(__state, request).await;
    }
    if rt::path_fits(&mut __parts, &[]).await {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_rpc_index::<A>(__state, request).await;
    }
    let mut __violations = rt::Violations::default();
    __violations
        .push(
            rt::FieldError::new(
                "query.Action",
                "required",
                "is required, one of Ping: it names the operation",
            ),
        );
    reject(rt::Rejection::from(__violations))
}
/// `POST /rpc`: `/rpc#X-Target=Store.CountThings`, `/rpc#X-Target=Store.ListThings`, the most literal first (then the most constrained parameters).
async fn dispatch_post_count_things<A: RoutesApi>(
    __state: ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut __parts, __body) = request.into_parts();
    let __query = rt::Query::parse(__parts.uri.query());
    if rt::path_fits(&mut __parts, &[]).await
        && rt::fragment_fits(
            &__parts.headers,
            &__query,
            "X-Target",
            Some("Store.CountThings"),
        )
    {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_count_things::<A>(__state, request).await;
    }
    if rt::path_fits(&mut __parts, &[]).await
        && rt::fragment_fits(
            &__parts.headers,
            &__query,
            "X-Target",
            Some("Store.ListThings"),
        )
    {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_list_things::<A>(__state, request).await;
    }
    let mut __violations = rt::Violations::default();
    __violations
        .push(
            rt::FieldError::new(
                "header.X-Target",
                "required",
                "is required, one of Store.CountThings, Store.ListThings: it names the operation",
            ),
        );
    reject(rt::Rejection::from(__violations))
}
/// 405 with `allow` as the `Allow` header.
fn not_allowed(allow: &'static str) -> ::axum::response::Response {
    let mut response = reject(
        rt::Rejection::new(
            rt::ProblemKind::MethodNotAllowed,
            "This path does not answer this method.",
        ),
    );
    response
        .headers_mut()
        .insert(
            ::axum::http::header::ALLOW,
            ::axum::http::HeaderValue::from_static(allow),
        );
    response
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
    impl RoutesApi for Mock {
        async fn get_file(&self, request: get_file::Request) -> get_file::Response {
            let __facts = rt::mock::Facts::new().echo("name", &request.name);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_file::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_FILE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_file::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_FILE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn get_file_raw(
            &self,
            request: get_file_raw::Request,
        ) -> get_file_raw::Response {
            let __facts = rt::mock::Facts::new()
                .echo("name", &request.name)
                .echo("id", &request.name);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_file_raw::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_FILE_RAW__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_file_raw::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_FILE_RAW__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn remove_file_raw(
            &self,
            request: remove_file_raw::Request,
        ) -> remove_file_raw::Response {
            let __facts = rt::mock::Facts::new()
                .echo("name", &request.name)
                .echo("id", &request.name);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    remove_file_raw::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_FILE_RAW__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    remove_file_raw::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_FILE_RAW__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn get_range(&self, request: get_range::Request) -> get_range::Response {
            let __facts = rt::mock::Facts::new()
                .echo("from", &request.from)
                .echo("to", &request.to)
                .echo("id", &request.to);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_range::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_RANGE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_range::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_RANGE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn get_release(
            &self,
            request: get_release::Request,
        ) -> get_release::Response {
            let __facts = rt::mock::Facts::new()
                .echo("major", &request.major)
                .echo("minor", &request.minor)
                .echo("id", &request.minor);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_release::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_RELEASE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_release::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_RELEASE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn get_pet(&self, request: get_pet::Request) -> get_pet::Response {
            let __facts = rt::mock::Facts::new().echo("id", &request.id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn remove_pet(
            &self,
            request: remove_pet::Request,
        ) -> remove_pet::Response {
            let __facts = rt::mock::Facts::new()
                .echo("petId", &request.pet_id)
                .echo("id", &request.pet_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    remove_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    remove_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn list_things(
            &self,
            _request: list_things::Request,
        ) -> list_things::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_things::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_THINGS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_things::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_THINGS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn count_things(
            &self,
            _request: count_things::Request,
        ) -> count_things::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    count_things::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::COUNT_THINGS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    count_things::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::COUNT_THINGS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn ping(&self, _request: ping::Request) -> ping::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    ping::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::PING__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    ping::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::PING__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn rpc_index(&self, _request: rpc_index::Request) -> rpc_index::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    rpc_index::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::RPC_INDEX__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    rpc_index::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::RPC_INDEX__ANSWER_200),
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
            path: "/files/{name}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/files/{name}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "DELETE",
            path: "/files/{name}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/ranges/{from}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/releases/v{major}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/pets/{id}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "DELETE",
            path: "/pets/{id}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/rpc",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/rpc",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/rpc",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/rpc",
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
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    pub static GET_FILE__PATH_NAME: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(10usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static GET_FILE__ANSWER_200: Schema = Schema {
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
    pub static GET_FILE_RAW__PATH_NAME: Schema = Schema {
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
    pub static GET_FILE_RAW__ANSWER_200: Schema = Schema {
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
    pub static REMOVE_FILE_RAW__PATH_NAME: Schema = Schema {
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
    pub static REMOVE_FILE_RAW__ANSWER_200: Schema = Schema {
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
    pub static GET_RANGE__PATH_FROM: Schema = Schema {
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
    };
    pub static GET_RANGE__PATH_TO: Schema = Schema {
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
    };
    pub static GET_RANGE__ANSWER_200: Schema = Schema {
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
    pub static GET_RELEASE__PATH_MAJOR: Schema = Schema {
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
    };
    pub static GET_RELEASE__PATH_MINOR: Schema = Schema {
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
    };
    pub static GET_RELEASE__ANSWER_200: Schema = Schema {
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
    pub static GET_PET__PATH_ID: Schema = Schema {
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
    pub static GET_PET__ANSWER_200: Schema = Schema {
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
    pub static REMOVE_PET__PATH_PET_ID: Schema = Schema {
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
    pub static REMOVE_PET__ANSWER_200: Schema = Schema {
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
    pub static LIST_THINGS__HEADER_X_TARGET: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["Store.ListThings"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_THINGS__ANSWER_200: Schema = Schema {
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
    pub static COUNT_THINGS__HEADER_X_TARGET: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["Store.CountThings"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static COUNT_THINGS__ANSWER_200: Schema = Schema {
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
    pub static PING__QUERY_ACTION: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["Ping"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static PING__ANSWER_200: Schema = Schema {
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
    pub static RPC_INDEX__ANSWER_200: Schema = Schema {
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
