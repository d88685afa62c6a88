// @generated from crates/codegen/tests/specs/petstore.yaml by `cargo xtask codegen`. Do not edit by hand:
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
    ///`Kind`
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
    pub enum Kind {
        #[serde(rename = "dog")]
        Dog,
        #[serde(rename = "cat")]
        Cat,
        #[serde(rename = "bird")]
        Bird,
    }
    impl ::std::fmt::Display for Kind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Dog => f.write_str("dog"),
                Self::Cat => f.write_str("cat"),
                Self::Bird => f.write_str("bird"),
            }
        }
    }
    impl ::std::str::FromStr for Kind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dog" => Ok(Self::Dog),
                "cat" => Ok(Self::Cat),
                "bird" => Ok(Self::Bird),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Kind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Kind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`NewPet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `NewPet::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct NewPet {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub birthday: ::std::option::Option<::chrono::naive::NaiveDate>,
        pub kind: Kind,
        pub name: NewPetName,
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub tags: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl NewPet {
        pub fn builder() -> builder::NewPet {
            Default::default()
        }
    }
    ///`NewPetName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NewPetName(::std::string::String);
    impl ::std::ops::Deref for NewPetName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewPetName> for ::std::string::String {
        fn from(value: NewPetName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewPetName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 40usize {
                return Err("longer than 40 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::client_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::client_runtime::regress::Regex::new("^[A-Za-z ]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z ]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewPetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewPetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewPetName {
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
    ///`Pet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Pet::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Pet {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub birthday: ::std::option::Option<::chrono::naive::NaiveDate>,
        pub id: i64,
        pub kind: Kind,
        pub name: PetName,
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub tags: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl Pet {
        pub fn builder() -> builder::Pet {
            Default::default()
        }
    }
    ///`PetName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct PetName(::std::string::String);
    impl ::std::ops::Deref for PetName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PetName> for ::std::string::String {
        fn from(value: PetName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PetName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 40usize {
                return Err("longer than 40 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::client_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::client_runtime::regress::Regex::new("^[A-Za-z ]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z ]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PetName {
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
        pub struct NewPet {
            birthday: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::Kind, ::std::string::String>,
            name: ::std::result::Result<super::NewPetName, ::std::string::String>,
            tags: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NewPet {
            fn default() -> Self {
                Self {
                    birthday: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl NewPet {
            pub fn birthday<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.birthday = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthday: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Kind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NewPetName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NewPet> for super::NewPet {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewPet,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    birthday: value.birthday?,
                    kind: value.kind?,
                    name: value.name?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::NewPet> for NewPet {
            fn from(value: super::NewPet) -> Self {
                Self {
                    birthday: Ok(value.birthday),
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pet {
            birthday: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            kind: ::std::result::Result<super::Kind, ::std::string::String>,
            name: ::std::result::Result<super::PetName, ::std::string::String>,
            tags: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Pet {
            fn default() -> Self {
                Self {
                    birthday: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl Pet {
            pub fn birthday<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.birthday = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthday: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Kind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PetName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Pet> for super::Pet {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pet,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    birthday: value.birthday?,
                    id: value.id?,
                    kind: value.kind?,
                    name: value.name?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::Pet> for Pet {
            fn from(value: super::Pet) -> Self {
                Self {
                    birthday: Ok(value.birthday),
                    id: Ok(value.id),
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                    tags: Ok(value.tags),
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
/**Client for Petstore

A small pet store that exercises the supported subset.

Version: 2.1.0*/
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
        "2.1.0"
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
    /**List pets

Sends a `GET` request to `/pets`

Arguments:
- `kinds`: One kind or many.
- `limit`
- `x_request_id`
```ignore
let response = client.list_pets()
    .kinds(kinds)
    .limit(limit)
    .x_request_id(x_request_id)
    .send()
    .await;
```*/
    pub fn list_pets(&self) -> builder::ListPets<'_> {
        builder::ListPets::new(self)
    }
    /**Sends a `POST` request to `/pets`

```ignore
let response = client.create_pet()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_pet(&self) -> builder::CreatePet<'_> {
        builder::CreatePet::new(self)
    }
    /**Sends a `GET` request to `/pets/{petId}`

```ignore
let response = client.get_pet()
    .pet_id(pet_id)
    .send()
    .await;
```*/
    pub fn get_pet(&self) -> builder::GetPet<'_> {
        builder::GetPet::new(self)
    }
    /**Sends a `PUT` request to `/pets/{petId}`

```ignore
let response = client.replace_pet()
    .pet_id(pet_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn replace_pet(&self) -> builder::ReplacePet<'_> {
        builder::ReplacePet::new(self)
    }
    /**Sends a `DELETE` request to `/pets/{petId}`

```ignore
let response = client.delete_pet()
    .pet_id(pet_id)
    .send()
    .await;
```*/
    pub fn delete_pet(&self) -> builder::DeletePet<'_> {
        builder::DeletePet::new(self)
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
    /**Builder for [`Client::list_pets`]

[`Client::list_pets`]: super::Client::list_pets*/
    #[derive(Debug, Clone)]
    pub struct ListPets<'a> {
        client: &'a super::Client,
        kinds: Result<Option<::std::vec::Vec<types::Kind>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        x_request_id: Result<Option<::uuid::Uuid>, String>,
    }
    impl<'a> ListPets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                kinds: Ok(None),
                limit: Ok(None),
                x_request_id: Ok(None),
            }
        }
        pub fn kinds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::Kind>>,
        {
            self.kinds = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < Kind >` for kinds failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn x_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.x_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for x_request_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/pets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Pet>>, Error<types::Error>> {
            let Self { client, kinds, limit, x_request_id } = self;
            let kinds = kinds.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let x_request_id = x_request_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/pets", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_request_id {
                header_map.append("x-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("kinds", &kinds))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_pets",
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
    /**Builder for [`Client::create_pet`]

[`Client::create_pet`]: super::Client::create_pet*/
    #[derive(Debug, Clone)]
    pub struct CreatePet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::NewPet, String>,
    }
    impl<'a> CreatePet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewPet>,
            <V as std::convert::TryInto<types::NewPet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewPet` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewPet) -> types::builder::NewPet,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/pets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Pet>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::NewPet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/pets", client.baseurl,);
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
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
    /**Builder for [`Client::get_pet`]

[`Client::get_pet`]: super::Client::get_pet*/
    #[derive(Debug, Clone)]
    pub struct GetPet<'a> {
        client: &'a super::Client,
        pet_id: Result<i64, String>,
    }
    impl<'a> GetPet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
            }
        }
        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for pet_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/pets/{petId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Pet>, Error<types::Error>> {
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
                404u16 => {
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
    /**Builder for [`Client::replace_pet`]

[`Client::replace_pet`]: super::Client::replace_pet*/
    #[derive(Debug, Clone)]
    pub struct ReplacePet<'a> {
        client: &'a super::Client,
        pet_id: Result<i64, String>,
        body: Result<types::builder::NewPet, String>,
    }
    impl<'a> ReplacePet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for pet_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewPet>,
            <V as std::convert::TryInto<types::NewPet>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewPet` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewPet) -> types::builder::NewPet,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/pets/{petId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Pet>, Error<types::Error>> {
            let Self { client, pet_id, body } = self;
            let pet_id = pet_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewPet::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "replace_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                404u16 => {
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
    /**Builder for [`Client::delete_pet`]

[`Client::delete_pet`]: super::Client::delete_pet*/
    #[derive(Debug, Clone)]
    pub struct DeletePet<'a> {
        client: &'a super::Client,
        pet_id: Result<i64, String>,
    }
    impl<'a> DeletePet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pet_id: Err("pet_id was not initialized".to_string()),
            }
        }
        pub fn pet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.pet_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for pet_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/pets/{petId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
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
                operation_id: "delete_pet",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                404u16 => {
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
    }
    impl std::fmt::Debug for Credentials {
        /// Names the headers (and query parameters), never their values.
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_list().entries(self.headers.keys()).finish()
        }
    }
    impl Credentials {
        /// No credentials yet.
        pub fn new() -> Self {
            Self::default()
        }
        ///`apiKey`: the API key, sent in the `x-api-key` header.
        pub fn api_key(self, key: &str) -> Result<Self, InvalidHeaderValue> {
            self.header("x-api-key", key)
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
            Ok(super::Client::new_with_client(baseurl, http))
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
        "list_pets" => {
            Some(::client_runtime::Operation {
                operation_id: "listPets",
                path: "/pets",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "create_pet" => {
            Some(::client_runtime::Operation {
                operation_id: "createPet",
                path: "/pets",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_pet" => {
            Some(::client_runtime::Operation {
                operation_id: "getPet",
                path: "/pets/{petId}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "replace_pet" => {
            Some(::client_runtime::Operation {
                operation_id: "replacePet",
                path: "/pets/{petId}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "delete_pet" => {
            Some(::client_runtime::Operation {
                operation_id: "deletePet",
                path: "/pets/{petId}",
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
