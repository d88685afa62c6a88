// @generated from crates/codegen/tests/specs/routes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
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
#[derive(Clone, Debug)]
/**Client for Routes

Path templates axum cannot route as written - a parameter with literals around it, two parameters in one segment, two templates of one shape, two on one route and method told apart by their literals (the most literal one the path fits is the resource a method is allowed on), templates with a fragment (as AWS writes its RPC operations, `/#X-Amz-Target=Service.Op` and `/#Action=Op`) told apart by the header or query parameter the fragment names - served all the same.

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
    /**Sends a `GET` request to `/files/{name}.json`

```ignore
let response = client.get_file()
    .name(name)
    .send()
    .await;
```*/
    pub fn get_file(&self) -> builder::GetFile<'_> {
        builder::GetFile::new(self)
    }
    /**Sends a `GET` request to `/files/{name}`

```ignore
let response = client.get_file_raw()
    .name(name)
    .send()
    .await;
```*/
    pub fn get_file_raw(&self) -> builder::GetFileRaw<'_> {
        builder::GetFileRaw::new(self)
    }
    /**Only the less literal template answers DELETE, so `/files/a.json` (the more literal one's resource) is 405 with its own Allow.

Sends a `DELETE` request to `/files/{name}`

```ignore
let response = client.remove_file_raw()
    .name(name)
    .send()
    .await;
```*/
    pub fn remove_file_raw(&self) -> builder::RemoveFileRaw<'_> {
        builder::RemoveFileRaw::new(self)
    }
    /**Sends a `GET` request to `/ranges/{from},{to}`

```ignore
let response = client.get_range()
    .from(from)
    .to(to)
    .send()
    .await;
```*/
    pub fn get_range(&self) -> builder::GetRange<'_> {
        builder::GetRange::new(self)
    }
    /**Sends a `GET` request to `/releases/v{major}.{minor}`

```ignore
let response = client.get_release()
    .major(major)
    .minor(minor)
    .send()
    .await;
```*/
    pub fn get_release(&self) -> builder::GetRelease<'_> {
        builder::GetRelease::new(self)
    }
    /**Sends a `GET` request to `/pets/{id}`

```ignore
let response = client.get_pet()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_pet(&self) -> builder::GetPet<'_> {
        builder::GetPet::new(self)
    }
    /**Sends a `DELETE` request to `/pets/{petId}`

```ignore
let response = client.remove_pet()
    .pet_id(pet_id)
    .send()
    .await;
```*/
    pub fn remove_pet(&self) -> builder::RemovePet<'_> {
        builder::RemovePet::new(self)
    }
    /**Sends a `POST` request to `/rpc#X-Target=Store.ListThings`

```ignore
let response = client.list_things()
    .x_target(x_target)
    .send()
    .await;
```*/
    pub fn list_things(&self) -> builder::ListThings<'_> {
        builder::ListThings::new(self)
    }
    /**Sends a `POST` request to `/rpc#X-Target=Store.CountThings`

```ignore
let response = client.count_things()
    .x_target(x_target)
    .send()
    .await;
```*/
    pub fn count_things(&self) -> builder::CountThings<'_> {
        builder::CountThings::new(self)
    }
    /**Sends a `GET` request to `/rpc#Action=Ping`

```ignore
let response = client.ping()
    .action(action)
    .send()
    .await;
```*/
    pub fn ping(&self) -> builder::Ping<'_> {
        builder::Ping::new(self)
    }
    /**Sends a `GET` request to `/rpc`

```ignore
let response = client.rpc_index()
    .send()
    .await;
```*/
    pub fn rpc_index(&self) -> builder::RpcIndex<'_> {
        builder::RpcIndex::new(self)
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
    /**Builder for [`Client::get_file`]

[`Client::get_file`]: super::Client::get_file*/
    #[derive(Debug, Clone)]
    pub struct GetFile<'a> {
        client: &'a super::Client,
        name: Result<types::GetFileName, String>,
    }
    impl<'a> GetFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetFileName>,
        {
            self.name = value
                .try_into()
                .map_err(|_| "conversion to `GetFileName` for name failed".to_string());
            self
        }
        ///Sends a `GET` request to `/files/{name}.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, name } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/{}.json", client.baseurl, encode_path(& name.to_string()),
            );
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
                operation_id: "get_file",
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
    /**Builder for [`Client::get_file_raw`]

[`Client::get_file_raw`]: super::Client::get_file_raw*/
    #[derive(Debug, Clone)]
    pub struct GetFileRaw<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
    }
    impl<'a> GetFileRaw<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/files/{name}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, name } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/{}", client.baseurl, encode_path(& name.to_string()),
            );
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
                operation_id: "get_file_raw",
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
    /**Builder for [`Client::remove_file_raw`]

[`Client::remove_file_raw`]: super::Client::remove_file_raw*/
    #[derive(Debug, Clone)]
    pub struct RemoveFileRaw<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
    }
    impl<'a> RemoveFileRaw<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Err("name was not initialized".to_string()),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/files/{name}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, name } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/{}", client.baseurl, encode_path(& name.to_string()),
            );
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_file_raw",
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
    /**Builder for [`Client::get_range`]

[`Client::get_range`]: super::Client::get_range*/
    #[derive(Debug, Clone)]
    pub struct GetRange<'a> {
        client: &'a super::Client,
        from: Result<i64, String>,
        to: Result<i64, String>,
    }
    impl<'a> GetRange<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                from: Err("from was not initialized".to_string()),
                to: Err("to was not initialized".to_string()),
            }
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.from = value
                .try_into()
                .map_err(|_| "conversion to `i64` for from failed".to_string());
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.to = value
                .try_into()
                .map_err(|_| "conversion to `i64` for to failed".to_string());
            self
        }
        ///Sends a `GET` request to `/ranges/{from},{to}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, from, to } = self;
            let from = from.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/ranges/{},{}", client.baseurl, encode_path(& from.to_string()),
                encode_path(& to.to_string()),
            );
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
                operation_id: "get_range",
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
    /**Builder for [`Client::get_release`]

[`Client::get_release`]: super::Client::get_release*/
    #[derive(Debug, Clone)]
    pub struct GetRelease<'a> {
        client: &'a super::Client,
        major: Result<i64, String>,
        minor: Result<i64, String>,
    }
    impl<'a> GetRelease<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                major: Err("major was not initialized".to_string()),
                minor: Err("minor was not initialized".to_string()),
            }
        }
        pub fn major<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.major = value
                .try_into()
                .map_err(|_| "conversion to `i64` for major failed".to_string());
            self
        }
        pub fn minor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.minor = value
                .try_into()
                .map_err(|_| "conversion to `i64` for minor failed".to_string());
            self
        }
        ///Sends a `GET` request to `/releases/v{major}.{minor}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, major, minor } = self;
            let major = major.map_err(Error::InvalidRequest)?;
            let minor = minor.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/releases/v{}.{}", client.baseurl, encode_path(& major.to_string()),
                encode_path(& minor.to_string()),
            );
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
                operation_id: "get_release",
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
    /**Builder for [`Client::get_pet`]

[`Client::get_pet`]: super::Client::get_pet*/
    #[derive(Debug, Clone)]
    pub struct GetPet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetPet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/pets/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pets/{}", client.baseurl, encode_path(& id.to_string()),
            );
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
                operation_id: "get_pet",
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
    /**Builder for [`Client::remove_pet`]

[`Client::remove_pet`]: super::Client::remove_pet*/
    #[derive(Debug, Clone)]
    pub struct RemovePet<'a> {
        client: &'a super::Client,
        pet_id: Result<::std::string::String, String>,
    }
    impl<'a> RemovePet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
            }
        }
        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pet_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/pets/{petId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, pet_id } = self;
            let pet_id = pet_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/pets/{}", client.baseurl, encode_path(& pet_id.to_string()),
            );
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_pet",
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
    /**Builder for [`Client::list_things`]

[`Client::list_things`]: super::Client::list_things*/
    #[derive(Debug, Clone)]
    pub struct ListThings<'a> {
        client: &'a super::Client,
        x_target: Result<types::ListThingsXTarget, String>,
    }
    impl<'a> ListThings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_target: Err("x_target was not initialized".to_string()),
            }
        }
        pub fn x_target<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListThingsXTarget>,
        {
            self.x_target = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListThingsXTarget` for x_target failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/rpc#X-Target=Store.ListThings`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, x_target } = self;
            let x_target = x_target.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rpc#X-Target=Store.ListThings", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map.append("X-Target", x_target.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_things",
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
    /**Builder for [`Client::count_things`]

[`Client::count_things`]: super::Client::count_things*/
    #[derive(Debug, Clone)]
    pub struct CountThings<'a> {
        client: &'a super::Client,
        x_target: Result<types::CountThingsXTarget, String>,
    }
    impl<'a> CountThings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_target: Err("x_target was not initialized".to_string()),
            }
        }
        pub fn x_target<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CountThingsXTarget>,
        {
            self.x_target = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CountThingsXTarget` for x_target failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/rpc#X-Target=Store.CountThings`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, x_target } = self;
            let x_target = x_target.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rpc#X-Target=Store.CountThings", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map.append("X-Target", x_target.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "count_things",
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
    /**Builder for [`Client::ping`]

[`Client::ping`]: super::Client::ping*/
    #[derive(Debug, Clone)]
    pub struct Ping<'a> {
        client: &'a super::Client,
        action: Result<types::PingAction, String>,
    }
    impl<'a> Ping<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                action: Err("action was not initialized".to_string()),
            }
        }
        pub fn action<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PingAction>,
        {
            self.action = value
                .try_into()
                .map_err(|_| "conversion to `PingAction` for action failed".to_string());
            self
        }
        ///Sends a `GET` request to `/rpc#Action=Ping`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client, action } = self;
            let action = action.map_err(Error::InvalidRequest)?;
            let url = format!("{}/rpc#Action=Ping", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("Action", &action))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ping",
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
    /**Builder for [`Client::rpc_index`]

[`Client::rpc_index`]: super::Client::rpc_index*/
    #[derive(Debug, Clone)]
    pub struct RpcIndex<'a> {
        client: &'a super::Client,
    }
    impl<'a> RpcIndex<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/rpc`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::string::String>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/rpc", client.baseurl,);
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
                operation_id: "rpc_index",
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
/// The spec's operationId and path template of a client method (as
/// `OperationInfo` names it), for tracing.
fn operation(name: &str) -> Option<::client_runtime::Operation> {
    match name {
        "get_file" => {
            Some(::client_runtime::Operation {
                operation_id: "getFile",
                path: "/files/{name}.json",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_file_raw" => {
            Some(::client_runtime::Operation {
                operation_id: "getFileRaw",
                path: "/files/{name}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "remove_file_raw" => {
            Some(::client_runtime::Operation {
                operation_id: "removeFileRaw",
                path: "/files/{name}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_range" => {
            Some(::client_runtime::Operation {
                operation_id: "getRange",
                path: "/ranges/{from},{to}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_release" => {
            Some(::client_runtime::Operation {
                operation_id: "getRelease",
                path: "/releases/v{major}.{minor}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_pet" => {
            Some(::client_runtime::Operation {
                operation_id: "getPet",
                path: "/pets/{id}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "remove_pet" => {
            Some(::client_runtime::Operation {
                operation_id: "removePet",
                path: "/pets/{petId}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "list_things" => {
            Some(::client_runtime::Operation {
                operation_id: "listThings",
                path: "/rpc#X-Target=Store.ListThings",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "count_things" => {
            Some(::client_runtime::Operation {
                operation_id: "countThings",
                path: "/rpc#X-Target=Store.CountThings",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "ping" => {
            Some(::client_runtime::Operation {
                operation_id: "ping",
                path: "/rpc#Action=Ping",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "rpc_index" => {
            Some(::client_runtime::Operation {
                operation_id: "rpcIndex",
                path: "/rpc",
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
