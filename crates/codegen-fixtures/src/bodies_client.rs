// @generated from crates/codegen/tests/specs/bodies.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Adoption`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Adoption::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `AdoptionOwner::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `AdoptionVisitsItem::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `Dated::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `Echo::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    ///`IssueTokenBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `IssueTokenBody::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `Pet::new(..)` and its setters: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
#[derive(Clone, Debug)]
/**Client for Uploads

Request bodies that are not JSON - a form, a multipart upload, raw bytes and text - JSON by another name, and JSON bodies also offered as a form and as XML.

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
    /**Sends a `POST` request to `/tokens`

```ignore
let response = client.issue_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn issue_token(&self) -> builder::IssueToken<'_> {
        builder::IssueToken::new(self)
    }
    /**Sends a `POST` request to `/files`

```ignore
let response = client.upload()
    .body(body)
    .send()
    .await;
```*/
    pub fn upload(&self) -> builder::Upload<'_> {
        builder::Upload::new(self)
    }
    /**Sends a `PUT` request to `/notes`

```ignore
let response = client.put_note()
    .body(body)
    .send()
    .await;
```*/
    pub fn put_note(&self) -> builder::PutNote<'_> {
        builder::PutNote::new(self)
    }
    /**A JSON body documented by an older name of JSON, `text/json`.

Sends a `POST` request to `/legacy`

```ignore
let response = client.post_legacy()
    .body(body)
    .send()
    .await;
```*/
    pub fn post_legacy(&self) -> builder::PostLegacy<'_> {
        builder::PostLegacy::new(self)
    }
    /**One schema offered as JSON (what the generated client sends), XML and a form, all read into the same typed body; a multipart upload of another schema beside them is not read (codegen reports it; the router answers it 415).

Sends a `POST` request to `/pets`

```ignore
let response = client.add_pet()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_pet(&self) -> builder::AddPet<'_> {
        builder::AddPet::new(self)
    }
    /**Nested objects, an allOf and a wrapped array of objects, as JSON or as XML.

Sends a `POST` request to `/adoptions`

```ignore
let response = client.adopt()
    .body(body)
    .send()
    .await;
```*/
    pub fn adopt(&self) -> builder::Adopt<'_> {
        builder::Adopt::new(self)
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
    /**Builder for [`Client::issue_token`]

[`Client::issue_token`]: super::Client::issue_token*/
    #[derive(Debug, Clone)]
    pub struct IssueToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::IssueTokenBody, String>,
    }
    impl<'a> IssueToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IssueTokenBody>,
            <V as std::convert::TryInto<
                types::IssueTokenBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `IssueTokenBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::IssueTokenBody,
            ) -> types::builder::IssueTokenBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/tokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Echo>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::IssueTokenBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/tokens", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = ::client_runtime::form_values(
                    client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            ::reqwest::header::HeaderValue::from_static(
                                "application/json",
                            ),
                        ),
                    &body,
                )?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "issue_token",
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
    /**Builder for [`Client::upload`]

[`Client::upload`]: super::Client::upload*/
    #[derive(Debug)]
    pub struct Upload<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
    }
    impl<'a> Upload<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<B>(mut self, value: B) -> Self
        where
            B: std::convert::TryInto<reqwest::Body>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/files`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Echo>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/files", client.baseurl,);
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
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/octet-stream",
                    ),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                415u16 => {
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
    /**Builder for [`Client::put_note`]

[`Client::put_note`]: super::Client::put_note*/
    #[derive(Debug)]
    pub struct PutNote<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
    }
    impl<'a> PutNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<B>(mut self, value: B) -> Self
        where
            B: std::convert::TryInto<reqwest::Body>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/notes`
        pub async fn send(self) -> Result<ResponseValue<types::Echo>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/notes", client.baseurl,);
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
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/octet-stream",
                    ),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_note",
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
    /**Builder for [`Client::post_legacy`]

[`Client::post_legacy`]: super::Client::post_legacy*/
    #[derive(Debug, Clone)]
    pub struct PostLegacy<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Echo, String>,
    }
    impl<'a> PostLegacy<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Echo>,
            <V as std::convert::TryInto<types::Echo>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Echo` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Echo) -> types::builder::Echo,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/legacy`
        pub async fn send(self) -> Result<ResponseValue<types::Echo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Echo::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/legacy", client.baseurl,);
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
                operation_id: "post_legacy",
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
    /**Builder for [`Client::add_pet`]

[`Client::add_pet`]: super::Client::add_pet*/
    #[derive(Debug, Clone)]
    pub struct AddPet<'a> {
        client: &'a super::Client,
        body: Result<types::Pet, String>,
    }
    impl<'a> AddPet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Pet>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `types :: Pet` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/pets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Echo>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
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
                operation_id: "add_pet",
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
    /**Builder for [`Client::adopt`]

[`Client::adopt`]: super::Client::adopt*/
    #[derive(Debug, Clone)]
    pub struct Adopt<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Adoption, String>,
    }
    impl<'a> Adopt<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Adoption>,
            <V as std::convert::TryInto<types::Adoption>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Adoption` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Adoption) -> types::builder::Adoption,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/adoptions`
        pub async fn send(self) -> Result<ResponseValue<types::Echo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Adoption::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/adoptions", client.baseurl,);
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
                operation_id: "adopt",
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
        "issue_token" => {
            Some(::client_runtime::Operation {
                operation_id: "issueToken",
                path: "/tokens",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "upload" => {
            Some(::client_runtime::Operation {
                operation_id: "upload",
                path: "/files",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "put_note" => {
            Some(::client_runtime::Operation {
                operation_id: "putNote",
                path: "/notes",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "post_legacy" => {
            Some(::client_runtime::Operation {
                operation_id: "postLegacy",
                path: "/legacy",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "add_pet" => {
            Some(::client_runtime::Operation {
                operation_id: "addPet",
                path: "/pets",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "adopt" => {
            Some(::client_runtime::Operation {
                operation_id: "adopt",
                path: "/adoptions",
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
