// @generated from crates/codegen/tests/specs/params.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
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
    /// Build one with `Error::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `ErrorErrorsItem::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
            static PATTERN: ::std::sync::LazyLock<::client_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::client_runtime::regress::Regex::new("^[a-z]+$").unwrap() });
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
            static PATTERN: ::std::sync::LazyLock<::client_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::client_runtime::regress::Regex::new("^[a-z /]+$").unwrap() });
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
#[derive(Clone, Debug)]
/**Client for Search

Query parameter styles (comma-separated, space- and pipe-delimited, deepObject, exploded objects), arrays in a path and a header, cookies, and a HEAD operation.

Version: 1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) retry: ::client_runtime::RetryPolicy,
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
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
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
    /**Sends a `GET` request to `/items`

```ignore
let response = client.search()
    .filter(filter)
    .ids(ids)
    .kinds(kinds)
    .page(page)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn search(&self) -> builder::Search<'_> {
        builder::Search::new(self)
    }
    /**Sends a `OPTIONS` request to `/items`

Arguments:
- `mode`: An empty value (`?mode=`) is no value, so the default.
- `query`: Named like the handler's own locals once were.
```ignore
let response = client.allowed()
    .mode(mode)
    .query(query)
    .send()
    .await;
```*/
    pub fn allowed(&self) -> builder::Allowed<'_> {
        builder::Allowed::new(self)
    }
    /**Sends a `HEAD` request to `/items`

Arguments:
- `version`: Required with a default, as Azure writes `api-version`; the default has no meaning for a required parameter, which must be sent.
```ignore
let response = client.probe()
    .version(version)
    .send()
    .await;
```*/
    pub fn probe(&self) -> builder::Probe<'_> {
        builder::Probe::new(self)
    }
    /**Required arrays of delimited styles: `ids=` is the empty array, as OpenAPI writes `[]`; absent, the parameter is missing.

Sends a `GET` request to `/batches`

```ignore
let response = client.batch()
    .ids(ids)
    .marks(marks)
    .send()
    .await;
```*/
    pub fn batch(&self) -> builder::Batch<'_> {
        builder::Batch::new(self)
    }
    /**Parameters described by a JSON `content`: each value is its JSON text (a string quoted), parsed and checked by the router.

Sends a `GET` request to `/json/{key}`

```ignore
let response = client.json_params()
    .key(key)
    .filter(filter)
    .x_tags(x_tags)
    .send()
    .await;
```*/
    pub fn json_params(&self) -> builder::JsonParams<'_> {
        builder::JsonParams::new(self)
    }
    /**Arrays in the path and in a header (`style: simple`, items between commas).

Sends a `GET` request to `/labels/{group}/{names}`

```ignore
let response = client.labels()
    .group(group)
    .names(names)
    .x_ids(x_ids)
    .theme(theme)
    .visits(visits)
    .send()
    .await;
```*/
    pub fn labels(&self) -> builder::Labels<'_> {
        builder::Labels::new(self)
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
    /**Builder for [`Client::search`]

[`Client::search`]: super::Client::search*/
    #[derive(Debug, Clone)]
    pub struct Search<'a> {
        client: &'a super::Client,
        filter: Result<
            Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
            String,
        >,
        ids: Result<Option<::std::vec::Vec<i64>>, String>,
        kinds: Result<Option<::std::vec::Vec<types::SearchKindsItem>>, String>,
        page: Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            String,
        >,
        tags: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    }
    impl<'a> Search<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                ids: Ok(None),
                kinds: Ok(None),
                page: Err("page was not initialized".to_string()),
                tags: Ok(None),
            }
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        {
            self.filter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: serde_json :: Map < :: std :: string :: String , :: serde_json :: Value >` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<i64>>,
        {
            self.ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < i64 >` for ids failed"
                        .to_string()
                });
            self
        }
        pub fn kinds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::SearchKindsItem>>,
        {
            self.kinds = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < SearchKindsItem >` for kinds failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        {
            self.page = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: serde_json :: Map < :: std :: string :: String , :: serde_json :: Value >` for page failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/items`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<types::Error>> {
            let Self { client, filter, ids, kinds, page, tags } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let kinds = kinds.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!("{}/items", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(&progenitor_client::QueryParam::new("kinds", &kinds))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
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
    /**Builder for [`Client::allowed`]

[`Client::allowed`]: super::Client::allowed*/
    #[derive(Debug, Clone)]
    pub struct Allowed<'a> {
        client: &'a super::Client,
        mode: Result<Option<types::AllowedMode>, String>,
        query: Result<Option<::std::string::String>, String>,
    }
    impl<'a> Allowed<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                mode: Ok(None),
                query: Ok(None),
            }
        }
        pub fn mode<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AllowedMode>,
        {
            self.mode = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `AllowedMode` for mode failed".to_string());
            self
        }
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.query = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for query failed"
                        .to_string()
                });
            self
        }
        ///Sends a `OPTIONS` request to `/items`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, mode, query } = self;
            let mode = mode.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!("{}/items", client.baseurl,);
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
                .request(::reqwest::Method::OPTIONS, url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("mode", &mode))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "allowed",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::probe`]

[`Client::probe`]: super::Client::probe*/
    #[derive(Debug, Clone)]
    pub struct Probe<'a> {
        client: &'a super::Client,
        version: Result<::std::string::String, String>,
    }
    impl<'a> Probe<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                version: Err("version was not initialized".to_string()),
            }
        }
        pub fn version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for version failed"
                        .to_string()
                });
            self
        }
        ///Sends a `HEAD` request to `/items`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, version } = self;
            let version = version.map_err(Error::InvalidRequest)?;
            let url = format!("{}/items", client.baseurl,);
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
                .head(url)
                .query(&progenitor_client::QueryParam::new("version", &version))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "probe",
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
    /**Builder for [`Client::batch`]

[`Client::batch`]: super::Client::batch*/
    #[derive(Debug, Clone)]
    pub struct Batch<'a> {
        client: &'a super::Client,
        ids: Result<::std::vec::Vec<i64>, String>,
        marks: Result<::std::vec::Vec<::std::string::String>, String>,
    }
    impl<'a> Batch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
                marks: Err("marks was not initialized".to_string()),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<i64>>,
        {
            self.ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < i64 >` for ids failed"
                        .to_string()
                });
            self
        }
        pub fn marks<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.marks = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for marks failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/batches`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<types::Error>> {
            let Self { client, ids, marks } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let marks = marks.map_err(Error::InvalidRequest)?;
            let url = format!("{}/batches", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = ::client_runtime::empty_list(
                    ::client_runtime::empty_list(
                            client
                                .client
                                .get(url)
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    ::reqwest::header::HeaderValue::from_static(
                                        "application/json",
                                    ),
                                )
                                .query(&progenitor_client::QueryParam::new("ids", &ids)),
                            "ids",
                            &ids,
                        )
                        .query(&progenitor_client::QueryParam::new("marks", &marks)),
                    "marks",
                    &marks,
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "batch",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
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
    /**Builder for [`Client::json_params`]

[`Client::json_params`]: super::Client::json_params*/
    #[derive(Debug, Clone)]
    pub struct JsonParams<'a> {
        client: &'a super::Client,
        key: Result<::serde_json::Value, String>,
        filter: Result<::serde_json::Value, String>,
        x_tags: Result<Option<::serde_json::Value>, String>,
    }
    impl<'a> JsonParams<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key: Err("key was not initialized".to_string()),
                filter: Err("filter was not initialized".to_string()),
                x_tags: Ok(None),
            }
        }
        pub fn key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::serde_json::Value>,
        {
            self.key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: serde_json :: Value` for key failed".to_string()
                });
            self
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::serde_json::Value>,
        {
            self.filter = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: serde_json :: Value` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn x_tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::serde_json::Value>,
        {
            self.x_tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: serde_json :: Value` for x_tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/json/{key}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<types::Error>> {
            let Self { client, key, filter, x_tags } = self;
            let key = key.map_err(Error::InvalidRequest)?;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let x_tags = x_tags.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/json/{}", client.baseurl, encode_path(& key.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_tags {
                header_map.append("X-Tags", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("filter", &filter.to_string()),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "json_params",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
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
    /**Builder for [`Client::labels`]

[`Client::labels`]: super::Client::labels*/
    #[derive(Debug, Clone)]
    pub struct Labels<'a> {
        client: &'a super::Client,
        group: Result<types::LabelsGroup, String>,
        names: Result<::std::vec::Vec<types::LabelsNamesItem>, String>,
        x_ids: Result<Option<::std::vec::Vec<i64>>, String>,
        theme: Result<Option<types::LabelsTheme>, String>,
        visits: Result<Option<u64>, String>,
    }
    impl<'a> Labels<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group: Err("group was not initialized".to_string()),
                names: Err("names was not initialized".to_string()),
                x_ids: Ok(None),
                theme: Ok(None),
                visits: Ok(None),
            }
        }
        pub fn group<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LabelsGroup>,
        {
            self.group = value
                .try_into()
                .map_err(|_| "conversion to `LabelsGroup` for group failed".to_string());
            self
        }
        pub fn names<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::LabelsNamesItem>>,
        {
            self.names = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < LabelsNamesItem >` for names failed"
                        .to_string()
                });
            self
        }
        pub fn x_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<i64>>,
        {
            self.x_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < i64 >` for x_ids failed"
                        .to_string()
                });
            self
        }
        pub fn theme<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LabelsTheme>,
        {
            self.theme = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `LabelsTheme` for theme failed".to_string());
            self
        }
        pub fn visits<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.visits = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for visits failed".to_string());
            self
        }
        ///Sends a `GET` request to `/labels/{group}/{names}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, group, names, x_ids, theme, visits } = self;
            let group = group.map_err(Error::InvalidRequest)?;
            let names = names.map_err(Error::InvalidRequest)?;
            let x_ids = x_ids.map_err(Error::InvalidRequest)?;
            let theme = theme.map_err(Error::InvalidRequest)?;
            let visits = visits.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/labels/{}/{}", client.baseurl, encode_path(& group.to_string()),
                ::client_runtime::path_list(& names),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(4usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_ids {
                header_map
                    .append("X-Ids", ::client_runtime::header_list(&value).try_into()?);
            }
            if let Some(value) = theme {
                ::client_runtime::append_cookie(
                    &mut header_map,
                    "theme",
                    &value.to_string(),
                )?;
            }
            if let Some(value) = visits {
                ::client_runtime::append_cookie(
                    &mut header_map,
                    "visits",
                    &value.to_string(),
                )?;
            }
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
                operation_id: "labels",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
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
/// The spec's operationId and path template of a client method (as
/// `OperationInfo` names it), for tracing.
fn operation(name: &str) -> Option<::client_runtime::Operation> {
    match name {
        "search" => {
            Some(::client_runtime::Operation {
                operation_id: "search",
                path: "/items",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "allowed" => {
            Some(::client_runtime::Operation {
                operation_id: "allowed",
                path: "/items",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "probe" => {
            Some(::client_runtime::Operation {
                operation_id: "probe",
                path: "/items",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "batch" => {
            Some(::client_runtime::Operation {
                operation_id: "batch",
                path: "/batches",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "json_params" => {
            Some(::client_runtime::Operation {
                operation_id: "jsonParams",
                path: "/json/{key}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "labels" => {
            Some(::client_runtime::Operation {
                operation_id: "labels",
                path: "/labels/{group}/{names}",
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
