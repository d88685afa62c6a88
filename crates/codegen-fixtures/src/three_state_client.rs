// @generated from crates/codegen/tests/specs/three_state.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Color`
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
    pub enum Color {
        #[serde(rename = "red")]
        Red,
        #[serde(rename = "green")]
        Green,
    }
    impl ::std::fmt::Display for Color {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Red => f.write_str("red"),
                Self::Green => f.write_str("green"),
            }
        }
    }
    impl ::std::str::FromStr for Color {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "red" => Ok(Self::Red),
                "green" => Ok(Self::Green),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Color {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Color {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Note`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Note::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Note {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub color: ::std::option::Option<Color>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(serialize_with = "__rfc3339::serialize_option")]
        pub due: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub id: ::uuid::Uuid,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub text: ::std::option::Option<::std::string::String>,
    }
    impl Note {
        pub fn builder() -> builder::Note {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[allow(unused_imports)]
        use super::super::types;
        #[derive(Clone, Debug)]
        pub struct Note {
            color: ::std::result::Result<
                ::std::option::Option<super::Color>,
                ::std::string::String,
            >,
            due: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Note {
            fn default() -> Self {
                Self {
                    color: Err("no value supplied for color".to_string()),
                    due: Err("no value supplied for due".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }
        impl Note {
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Color>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn due<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Note> for super::Note {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Note,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    due: value.due?,
                    id: value.id?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::Note> for Note {
            fn from(value: super::Note) -> Self {
                Self {
                    color: Ok(value.color),
                    due: Ok(value.due),
                    id: Ok(value.id),
                    text: Ok(value.text),
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
    use super::types;
    /// One field of a partial update, in the three states the wire can say: leave the
    /// stored value unchanged (the field is absent from the JSON), clear it (`null`), or
    /// set it to a value.
    ///
    /// `Option<T>` converts into it: `None` clears and `Some(v)` sets.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub enum Patch<T> {
        /// Leave the field unchanged: it is not sent.
        Keep,
        /// Clear the field: it is sent as `null`.
        Clear,
        /// Set the field to this value.
        Set(T),
    }
    impl<T> ::std::default::Default for Patch<T> {
        fn default() -> Self {
            Self::Keep
        }
    }
    impl<T> Patch<T> {
        /// Whether the field is left unchanged (and so left out of the JSON).
        pub fn is_keep(&self) -> bool {
            matches!(self, Self::Keep)
        }
        /// `None` to keep the field, `Some(None)` to clear it, `Some(Some(v))` to set it.
        pub fn as_update(&self) -> ::std::option::Option<::std::option::Option<&T>> {
            match self {
                Self::Keep => None,
                Self::Clear => Some(None),
                Self::Set(value) => Some(Some(value)),
            }
        }
        /// Like [`Self::as_update`], by value.
        pub fn into_update(self) -> ::std::option::Option<::std::option::Option<T>> {
            match self {
                Self::Keep => None,
                Self::Clear => Some(None),
                Self::Set(value) => Some(Some(value)),
            }
        }
    }
    impl<T> ::std::convert::From<::std::option::Option<T>> for Patch<T> {
        fn from(value: ::std::option::Option<T>) -> Self {
            match value {
                None => Self::Clear,
                Some(value) => Self::Set(value),
            }
        }
    }
    impl<T: ::serde::Serialize> ::serde::Serialize for Patch<T> {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Keep | Self::Clear => serializer.serialize_none(),
                Self::Set(value) => serializer.serialize_some(value),
            }
        }
    }
    impl<'de, T: ::serde::Deserialize<'de>> ::serde::Deserialize<'de> for Patch<T> {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::option::Option::<T>::deserialize(deserializer).map(Self::from)
        }
    }
    ///Optional nullable fields are three-state; the others are not.
    ///
    /// Its optional nullable fields are [`Patch`]es: absent, `null` and a value are three
    /// different requests.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    /// Build one with `NotePatch::new(..)` and its setters: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct NotePatch {
        #[serde(
            rename = "color",
            default,
            skip_serializing_if = "types::Patch::is_keep"
        )]
        pub color: types::Patch<types::Color>,
        #[serde(rename = "due", default, skip_serializing_if = "types::Patch::is_keep")]
        pub due: types::Patch<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(
            rename = "labels",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub labels: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "pinned",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pinned: ::std::option::Option<bool>,
        ///An optional property with a default (typify: a `NonZeroU64`, which has no `Default`): absent, it is left as it is, not set to 3.
        #[serde(
            rename = "priority",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub priority: ::std::option::Option<::std::num::NonZeroU64>,
        ///Required, never null.
        #[serde(rename = "reason")]
        pub reason: ::std::string::String,
        ///Three states.
        #[serde(rename = "text", default, skip_serializing_if = "types::Patch::is_keep")]
        pub text: types::Patch<::std::string::String>,
    }
    impl NotePatch {
        /// A value with the required fields, every other one left out (`Keep`, `None`,
        /// empty): set those with the setters. Code that builds it this way compiles
        /// unchanged when the spec adds an optional property.
        pub fn new(reason: ::std::string::String) -> Self {
            Self {
                reason,
                color: ::std::default::Default::default(),
                due: ::std::default::Default::default(),
                labels: ::std::default::Default::default(),
                pinned: ::std::default::Default::default(),
                priority: ::std::default::Default::default(),
                text: ::std::default::Default::default(),
            }
        }
        ///Sets `color`.
        pub fn color(
            mut self,
            value: impl ::std::convert::Into<types::Patch<types::Color>>,
        ) -> Self {
            self.color = value.into();
            self
        }
        ///Sets `due`.
        pub fn due(
            mut self,
            value: impl ::std::convert::Into<
                types::Patch<::chrono::DateTime<::chrono::offset::Utc>>,
            >,
        ) -> Self {
            self.due = value.into();
            self
        }
        ///Sets `labels`.
        pub fn labels(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.labels = value.into();
            self
        }
        ///Sets `pinned`.
        pub fn pinned(
            mut self,
            value: impl ::std::convert::Into<::std::option::Option<bool>>,
        ) -> Self {
            self.pinned = value.into();
            self
        }
        ///Sets `priority`.
        pub fn priority(
            mut self,
            value: impl ::std::convert::Into<
                ::std::option::Option<::std::num::NonZeroU64>,
            >,
        ) -> Self {
            self.priority = value.into();
            self
        }
        ///Sets `reason`.
        pub fn reason(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.reason = value.into();
            self
        }
        ///Sets `text`.
        pub fn text(
            mut self,
            value: impl ::std::convert::Into<types::Patch<::std::string::String>>,
        ) -> Self {
            self.text = value.into();
            self
        }
    }
    /// `date-time` fields written as `chrono` writes them, in one piece
    /// (`serialize_with` on each field; generated).
    mod __rfc3339 {
        use ::chrono::{Datelike as _, Timelike as _};
        /// `at` in RFC 3339, as `chrono` writes it: `2026-11-20T14:03:11.123456Z`.
        pub(super) fn serialize<S: ::serde::Serializer>(
            at: &::chrono::DateTime<::chrono::offset::Utc>,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let year = at.year();
            if !(0..=9999).contains(&year) {
                return ::serde::Serialize::serialize(at, serializer);
            }
            let year = year.unsigned_abs();
            let (mut second, mut nano) = (at.second(), at.nanosecond());
            if nano >= 1_000_000_000 {
                second += 1;
                nano -= 1_000_000_000;
            }
            let mut text = *b"0000-00-00T00:00:00.000000000Z";
            let fields = [
                (year / 100, 0),
                (year % 100, 2),
                (at.month(), 5),
                (at.day(), 8),
                (at.hour(), 11),
                (at.minute(), 14),
                (second, 17),
            ];
            for (value, place) in fields {
                text[place] = b'0' + (value / 10 % 10) as u8;
                text[place + 1] = b'0' + (value % 10) as u8;
            }
            let (digits, mut fraction) = if nano == 0 {
                (0, 0)
            } else if nano % 1_000_000 == 0 {
                (3, nano / 1_000_000)
            } else if nano % 1_000 == 0 {
                (6, nano / 1_000)
            } else {
                (9, nano)
            };
            let mut length = 19;
            if digits > 0 {
                for place in (20..20 + digits).rev() {
                    text[place] = b'0' + (fraction % 10) as u8;
                    fraction /= 10;
                }
                length = 20 + digits;
            }
            text[length] = b'Z';
            match ::std::str::from_utf8(&text[..=length]) {
                ::std::result::Result::Ok(text) => serializer.serialize_str(text),
                ::std::result::Result::Err(_) => {
                    ::serde::Serialize::serialize(at, serializer)
                }
            }
        }
        /// An optional `at`, as [`serialize`] writes it.
        pub(super) fn serialize_option<S: ::serde::Serializer>(
            at: &::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            struct At<'a>(&'a ::chrono::DateTime<::chrono::offset::Utc>);
            impl ::serde::Serialize for At<'_> {
                fn serialize<S: ::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::std::result::Result<S::Ok, S::Error> {
                    serialize(self.0, serializer)
                }
            }
            match at {
                ::std::option::Option::Some(at) => serializer.serialize_some(&At(at)),
                ::std::option::Option::None => serializer.serialize_none(),
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Three states

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
    /**Sends a `PATCH` request to `/notes/{id}`

```ignore
let response = client.update_note()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_note(&self) -> builder::UpdateNote<'_> {
        builder::UpdateNote::new(self)
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
    /**Builder for [`Client::update_note`]

[`Client::update_note`]: super::Client::update_note*/
    #[derive(Debug, Clone)]
    pub struct UpdateNote<'a> {
        client: &'a super::Client,
        id: Result<::uuid::Uuid, String>,
        body: Result<types::NotePatch, String>,
    }
    impl<'a> UpdateNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotePatch>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `types :: NotePatch` for body failed".to_string()
                });
            self
        }
        ///Sends a `PATCH` request to `/notes/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Note>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/notes/{}", client.baseurl, encode_path(& id.to_string()),
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
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_note",
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
        "update_note" => {
            Some(::client_runtime::Operation {
                operation_id: "updateNote",
                path: "/notes/{id}",
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
