// @generated from crates/codegen/tests/specs/bodies.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Adoption`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Adoption {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on: ::std::option::Option<::chrono::naive::NaiveDate>,
        pub owner: AdoptionOwner,
        pub pet: types::Pet,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub visits: ::std::vec::Vec<AdoptionVisitsItem>,
    }
    impl Adoption {
        pub fn builder() -> builder::Adoption {
            Default::default()
        }
    }
    ///`AdoptionOwner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AdoptionOwner {
        #[serde(
            rename = "contact-email",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contact_email: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
    }
    impl AdoptionOwner {
        pub fn builder() -> builder::AdoptionOwner {
            Default::default()
        }
    }
    ///`AdoptionVisitsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AdoptionVisitsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day: ::std::option::Option<::chrono::naive::NaiveDate>,
    }
    impl AdoptionVisitsItem {
        pub fn builder() -> builder::AdoptionVisitsItem {
            Default::default()
        }
    }
    ///`Dated`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Dated {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on: ::std::option::Option<::chrono::naive::NaiveDate>,
    }
    impl Dated {
        pub fn builder() -> builder::Dated {
            Default::default()
        }
    }
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
        #[allow(unused_imports)]
        use super::super::types;
        #[derive(Clone, Debug)]
        pub struct Adoption {
            on: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<super::AdoptionOwner, ::std::string::String>,
            pet: ::std::result::Result<types::Pet, ::std::string::String>,
            visits: ::std::result::Result<
                ::std::vec::Vec<super::AdoptionVisitsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Adoption {
            fn default() -> Self {
                Self {
                    on: Ok(Default::default()),
                    owner: Err("no value supplied for owner".to_string()),
                    pet: Err("no value supplied for pet".to_string()),
                    visits: Ok(Default::default()),
                }
            }
        }
        impl Adoption {
            pub fn on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.on = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for on: {e}"));
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AdoptionOwner>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn pet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<types::Pet>,
                T::Error: ::std::fmt::Display,
            {
                self.pet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pet: {e}")
                    });
                self
            }
            pub fn visits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AdoptionVisitsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.visits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visits: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Adoption> for super::Adoption {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Adoption,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    on: value.on?,
                    owner: value.owner?,
                    pet: value.pet?,
                    visits: value.visits?,
                })
            }
        }
        impl ::std::convert::From<super::Adoption> for Adoption {
            fn from(value: super::Adoption) -> Self {
                Self {
                    on: Ok(value.on),
                    owner: Ok(value.owner),
                    pet: Ok(value.pet),
                    visits: Ok(value.visits),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdoptionOwner {
            contact_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdoptionOwner {
            fn default() -> Self {
                Self {
                    contact_email: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl AdoptionOwner {
            pub fn contact_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact_email: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdoptionOwner> for super::AdoptionOwner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdoptionOwner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact_email: value.contact_email?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::AdoptionOwner> for AdoptionOwner {
            fn from(value: super::AdoptionOwner) -> Self {
                Self {
                    contact_email: Ok(value.contact_email),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdoptionVisitsItem {
            day: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdoptionVisitsItem {
            fn default() -> Self {
                Self {
                    day: Ok(Default::default()),
                }
            }
        }
        impl AdoptionVisitsItem {
            pub fn day<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.day = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for day: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdoptionVisitsItem> for super::AdoptionVisitsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdoptionVisitsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { day: value.day? })
            }
        }
        impl ::std::convert::From<super::AdoptionVisitsItem> for AdoptionVisitsItem {
            fn from(value: super::AdoptionVisitsItem) -> Self {
                Self { day: Ok(value.day) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Dated {
            on: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Dated {
            fn default() -> Self {
                Self { on: Ok(Default::default()) }
            }
        }
        impl Dated {
            pub fn on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.on = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for on: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Dated> for super::Dated {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Dated,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { on: value.on? })
            }
        }
        impl ::std::convert::From<super::Dated> for Dated {
            fn from(value: super::Dated) -> Self {
                Self { on: Ok(value.on) }
            }
        }
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
    ///
    /// Its optional nullable fields are [`Patch`]es: absent, `null` and a value are three
    /// different requests.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Pet {
        #[serde(rename = "age", default, skip_serializing_if = "types::Patch::is_keep")]
        pub age: types::Patch<i64>,
        #[serde(
            rename = "id",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub id: ::std::option::Option<i64>,
        #[serde(rename = "name")]
        pub name: types::PetName,
        #[serde(
            rename = "photoUrls",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub photo_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "tags",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "vaccinated",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vaccinated: ::std::option::Option<bool>,
    }
    impl Pet {
        /// A value with the required fields, every other one left out (`Keep`, `None`,
        /// empty): set those with the setters. Code that builds it this way compiles
        /// unchanged when the spec adds an optional property.
        pub fn new(name: types::PetName) -> Self {
            Self {
                name,
                age: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                photo_urls: ::std::default::Default::default(),
                tags: ::std::default::Default::default(),
                vaccinated: ::std::default::Default::default(),
            }
        }
        ///Sets `age`.
        pub fn age(
            mut self,
            value: impl ::std::convert::Into<types::Patch<i64>>,
        ) -> Self {
            self.age = value.into();
            self
        }
        ///Sets `id`.
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::option::Option<i64>>,
        ) -> Self {
            self.id = value.into();
            self
        }
        ///Sets `name`.
        pub fn name(mut self, value: impl ::std::convert::Into<types::PetName>) -> Self {
            self.name = value.into();
            self
        }
        ///Sets `photoUrls`.
        pub fn photo_urls(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.photo_urls = value.into();
            self
        }
        ///Sets `tags`.
        pub fn tags(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.tags = value.into();
            self
        }
        ///Sets `vaccinated`.
        pub fn vaccinated(
            mut self,
            value: impl ::std::convert::Into<::std::option::Option<bool>>,
        ) -> Self {
            self.vaccinated = value.into();
            self
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
    impl ::std::str::FromStr for PetName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
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
}
///The Uploads as one trait: one method per operation. Implement it, then serve [`router`].
///
///Request bodies that are not JSON - a form, a multipart upload, raw bytes and text - JSON by another name, and JSON bodies also offered as a form and as XML.
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
    /// addPet
    ///
    /// One schema offered as JSON (what the generated client sends), XML and a form, all read into the same typed body; a multipart upload of another schema beside them is not read (codegen reports it; the router answers it 415).
    ///
    ///`POST /pets` (`addPet`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn add_pet(&self, request: add_pet::Request) -> add_pet::Response {
     todo!()
 }
 ```*/
    fn add_pet(
        &self,
        request: add_pet::Request,
    ) -> impl ::std::future::Future<Output = add_pet::Response> + Send;
    /// adopt
    ///
    /// Nested objects, an allOf and a wrapped array of objects, as JSON or as XML.
    ///
    ///`POST /adoptions` (`adopt`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn adopt(&self, request: adopt::Request) -> adopt::Response {
     todo!()
 }
 ```*/
    fn adopt(
        &self,
        request: adopt::Request,
    ) -> impl ::std::future::Future<Output = adopt::Response> + Send;
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
            "application/json",
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
            "application/json",
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
///The `addPet` operation: addPet.
pub mod add_pet {
    use super::types;
    ///addPet
    ///
    ///`POST /pets` (`addPet`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::Pet,
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
                    rt::check_body(&super::schemas::ADD_PET__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::ADD_PET__ANSWER_400, body)
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
        const OPERATION_ID: &'static str = "addPet";
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
            &super::schemas::ADD_PET__ANSWER_400,
            "application/json",
        ),
    ];
}
///The `adopt` operation: adopt.
pub mod adopt {
    use super::types;
    ///adopt
    ///
    ///`POST /adoptions` (`adopt`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::Adoption,
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
                    rt::check_body(&super::schemas::ADOPT__ANSWER_200, body)
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
    OperationInfo {
        operation_id: "addPet",
        method: "POST",
        path: "/pets",
        statuses: add_pet::Response::STATUSES,
        index: 4usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "adopt",
        method: "POST",
        path: "/adoptions",
        statuses: adopt::Response::STATUSES,
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
        .route("/adoptions", ::axum::routing::post(handle_adopt::<A>))
        .route("/files", ::axum::routing::post(handle_upload::<A>))
        .route("/legacy", ::axum::routing::post(handle_post_legacy::<A>))
        .route("/notes", ::axum::routing::put(handle_put_note::<A>))
        .route("/pets", ::axum::routing::post(handle_add_pet::<A>))
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
    rt::fitted_answer(&rejection, body, bodies)
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
        rt::check_multipart(
            &mut __violations,
            body.as_ref(),
            &schemas::UPLOAD__MULTIPART,
        );
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
async fn handle_add_pet<A: UploadsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            add_pet::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::body_of(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::ADD_PET__BODY,
                &schemas::ADD_PET__BODY_MEDIA,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<types::Pet>(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = add_pet::Request { body };
        let __answer = __state.api.add_pet(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("addPet", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[4usize]);
    __response
}
async fn handle_adopt<A: UploadsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            adopt::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::body_of(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::ADOPT__BODY,
                &schemas::ADOPT__BODY_MEDIA,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::Adoption,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = adopt::Request { body };
        let __answer = __state.api.adopt(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("adopt", __answer.status(), &violations),
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
        async fn add_pet(&self, _request: add_pet::Request) -> add_pet::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    add_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ADD_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    add_pet::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::ADD_PET__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    add_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ADD_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn adopt(&self, _request: adopt::Request) -> adopt::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    adopt::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ADOPT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    adopt::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::ADOPT__ANSWER_200),
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
        rt::mock::Documented {
            method: "POST",
            path: "/pets",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/adoptions",
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
    /// `Pet`: values the spec allows (every constraint the router checks).
    pub fn pet() -> impl ::proptest::strategy::Strategy<Value = types::Pet> {
        rt::strategy::of(&schemas::PET)
    }
    /// `Adoption`: values the spec allows (every constraint the router checks).
    pub fn adoption() -> impl ::proptest::strategy::Strategy<Value = types::Adoption> {
        rt::strategy::of(&schemas::ADOPTION)
    }
    /// `Dated`: values the spec allows (every constraint the router checks).
    pub fn dated() -> impl ::proptest::strategy::Strategy<Value = types::Dated> {
        rt::strategy::of(&schemas::DATED)
    }
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
    pub static PET: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "id",
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
                Property {
                    name: "name",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: Some(1usize),
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
                    name: "age",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
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
                    },
                },
                Property {
                    name: "vaccinated",
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
                Property {
                    name: "photoUrls",
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
                    name: "tags",
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
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static ADOPTION: Schema = Schema {
        nullable: false,
        kind: Kind::Any,
        all_of: &[
            &Schema {
                kind: Kind::Ref(&DATED),
                ..Schema::ANY
            },
            &Schema {
                nullable: false,
                kind: Kind::Object(Object {
                    properties: &[
                        Property {
                            name: "pet",
                            required: true,
                            access: Access::ReadWrite,
                            schema: &Schema {
                                kind: Kind::Ref(&PET),
                                ..Schema::ANY
                            },
                        },
                        Property {
                            name: "owner",
                            required: true,
                            access: Access::ReadWrite,
                            schema: &Schema {
                                nullable: false,
                                kind: Kind::Object(Object {
                                    properties: &[
                                        Property {
                                            name: "name",
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
                                            name: "contact-email",
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
                        },
                        Property {
                            name: "visits",
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
                                                    name: "day",
                                                    required: false,
                                                    access: Access::ReadWrite,
                                                    schema: &Schema {
                                                        nullable: false,
                                                        kind: Kind::String(Text {
                                                            format: Some("date"),
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
            },
        ],
        any_of: &[],
        example: None,
    };
    pub static DATED: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "on",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("date"),
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
    pub static UPLOAD__MULTIPART: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "file",
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
                    name: "title",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
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
                    },
                },
                Property {
                    name: "count",
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
                Property {
                    name: "tags",
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
                    name: "meta",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Object(Object {
                            properties: &[
                                Property {
                                    name: "k",
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
    pub static ADD_PET__BODY: Schema = Schema {
        kind: Kind::Ref(&PET),
        ..Schema::ANY
    };
    pub static ADD_PET__BODY_MEDIA: ::server_runtime::BodyMedia = ::server_runtime::BodyMedia {
        readers: &[
            ::server_runtime::BodyReader::Json,
            ::server_runtime::BodyReader::Xml(
                &::server_runtime::XmlShape {
                    name: Some("pet"),
                    wrapped: false,
                    items: None,
                    properties: &[
                        (
                            "photoUrls",
                            &::server_runtime::XmlShape {
                                name: Some("photoUrl"),
                                wrapped: false,
                                items: None,
                                properties: &[],
                            },
                        ),
                        (
                            "tags",
                            &::server_runtime::XmlShape {
                                name: None,
                                wrapped: true,
                                items: Some(
                                    &::server_runtime::XmlShape {
                                        name: Some("tag"),
                                        wrapped: false,
                                        items: None,
                                        properties: &[],
                                    },
                                ),
                                properties: &[],
                            },
                        ),
                    ],
                },
            ),
            ::server_runtime::BodyReader::Form,
        ],
        documented: &[
            "application/json",
            "application/xml",
            "application/x-www-form-urlencoded",
        ],
    };
    pub static ADD_PET__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ECHO),
        ..Schema::ANY
    };
    pub static ADD_PET__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static ADOPT__BODY: Schema = Schema {
        kind: Kind::Ref(&ADOPTION),
        ..Schema::ANY
    };
    pub static ADOPT__BODY_MEDIA: ::server_runtime::BodyMedia = ::server_runtime::BodyMedia {
        readers: &[
            ::server_runtime::BodyReader::Json,
            ::server_runtime::BodyReader::Xml(
                &::server_runtime::XmlShape {
                    name: None,
                    wrapped: false,
                    items: None,
                    properties: &[
                        (
                            "pet",
                            &::server_runtime::XmlShape {
                                name: Some("pet"),
                                wrapped: false,
                                items: None,
                                properties: &[
                                    (
                                        "photoUrls",
                                        &::server_runtime::XmlShape {
                                            name: Some("photoUrl"),
                                            wrapped: false,
                                            items: None,
                                            properties: &[],
                                        },
                                    ),
                                    (
                                        "tags",
                                        &::server_runtime::XmlShape {
                                            name: None,
                                            wrapped: true,
                                            items: Some(
                                                &::server_runtime::XmlShape {
                                                    name: Some("tag"),
                                                    wrapped: false,
                                                    items: None,
                                                    properties: &[],
                                                },
                                            ),
                                            properties: &[],
                                        },
                                    ),
                                ],
                            },
                        ),
                        (
                            "visits",
                            &::server_runtime::XmlShape {
                                name: Some("history"),
                                wrapped: true,
                                items: Some(
                                    &::server_runtime::XmlShape {
                                        name: Some("visit"),
                                        wrapped: false,
                                        items: None,
                                        properties: &[],
                                    },
                                ),
                                properties: &[],
                            },
                        ),
                    ],
                },
            ),
        ],
        documented: &["application/json", "text/xml"],
    };
    pub static ADOPT__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ECHO),
        ..Schema::ANY
    };
}
