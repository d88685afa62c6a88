// @generated from crates/codegen/tests/specs/collisions.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Event`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Event::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Event {
        pub at: Timestamp2,
        pub read: ::std::string::String,
        pub written: Timestamp,
    }
    impl Event {
        pub fn builder() -> builder::Event {
            Default::default()
        }
    }
    ///`Holiday`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Holiday::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Holiday {
        ///The field id_2 (id is its wire name's).
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id_2: ::std::option::Option<::std::string::String>,
        pub id: i64,
        ///An integer enum (checked and made by the mock like a string one).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub level: ::std::option::Option<HolidayLevel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub optional: ::std::option::Option<HolidayOptional>,
        #[serde(
            rename = "x-axis",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub x_axis: ::std::option::Option<bool>,
        #[serde(
            rename = "xAxis",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub x_axis_2: ::std::option::Option<::std::string::String>,
    }
    impl Holiday {
        pub fn builder() -> builder::Holiday {
            Default::default()
        }
    }
    ///An integer enum (checked and made by the mock like a string one).
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct HolidayLevel(i64);
    impl ::std::ops::Deref for HolidayLevel {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<HolidayLevel> for i64 {
        fn from(value: HolidayLevel) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for HolidayLevel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: i64,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![1_i64, 2_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for HolidayLevel {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///`HolidayOptional`
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
    pub enum HolidayOptional {
        #[serde(rename = "full")]
        Full,
        #[serde(rename = "half")]
        Half,
    }
    impl ::std::fmt::Display for HolidayOptional {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Full => f.write_str("full"),
                Self::Half => f.write_str("half"),
            }
        }
    }
    impl ::std::str::FromStr for HolidayOptional {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "full" => Ok(Self::Full),
                "half" => Ok(Self::Half),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for HolidayOptional {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for HolidayOptional {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`HolidayOptionalParameter`
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
    pub enum HolidayOptionalParameter {
        #[serde(rename = "yes")]
        Yes,
        #[serde(rename = "no")]
        No,
    }
    impl ::std::fmt::Display for HolidayOptionalParameter {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Yes => f.write_str("yes"),
                Self::No => f.write_str("no"),
            }
        }
    }
    impl ::std::str::FromStr for HolidayOptionalParameter {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "yes" => Ok(Self::Yes),
                "no" => Ok(Self::No),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for HolidayOptionalParameter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for HolidayOptionalParameter {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Profile`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Profile::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Profile {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<ProfileCode>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<ProfileLimits>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nickname: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
        ///An enum of a string type that holds numbers too (as remove.bg's type_level does); only its strings are strings.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tier: ::std::option::Option<::std::string::String>,
    }
    impl Profile {
        pub fn builder() -> builder::Profile {
            Default::default()
        }
    }
    ///`ProfileCode`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProfileCode(::std::string::String);
    impl ::std::ops::Deref for ProfileCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProfileCode> for ::std::string::String {
        fn from(value: ProfileCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProfileCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8usize {
                return Err("longer than 8 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::client_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::client_runtime::regress::Regex::new("^[A-Z]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ProfileCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProfileCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProfileCode {
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
    ///`ProfileLimits`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    /// Build one with `ProfileLimits::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct ProfileLimits {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max: ::std::option::Option<i64>,
    }
    impl ProfileLimits {
        pub fn builder() -> builder::ProfileLimits {
            Default::default()
        }
    }
    ///A time as the client wrote it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct Timestamp(pub ::std::string::String);
    impl ::std::ops::Deref for Timestamp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Timestamp> for ::std::string::String {
        fn from(value: Timestamp) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for Timestamp {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Timestamp {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Timestamp {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`Timestamp2`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Timestamp2(pub ::chrono::DateTime<::chrono::offset::Utc>);
    impl ::std::ops::Deref for Timestamp2 {
        type Target = ::chrono::DateTime<::chrono::offset::Utc>;
        fn deref(&self) -> &::chrono::DateTime<::chrono::offset::Utc> {
            &self.0
        }
    }
    impl ::std::convert::From<Timestamp2> for ::chrono::DateTime<::chrono::offset::Utc> {
        fn from(value: Timestamp2) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::chrono::DateTime<::chrono::offset::Utc>> for Timestamp2 {
        fn from(value: ::chrono::DateTime<::chrono::offset::Utc>) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Timestamp2 {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Timestamp2 {
        type Err = <::chrono::DateTime<
            ::chrono::offset::Utc,
        > as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for Timestamp2 {
        type Error = <::chrono::DateTime<
            ::chrono::offset::Utc,
        > as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for Timestamp2 {
        type Error = <::chrono::DateTime<
            ::chrono::offset::Utc,
        > as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[allow(unused_imports)]
        use super::super::types;
        #[derive(Clone, Debug)]
        pub struct Event {
            at: ::std::result::Result<super::Timestamp2, ::std::string::String>,
            read: ::std::result::Result<::std::string::String, ::std::string::String>,
            written: ::std::result::Result<super::Timestamp, ::std::string::String>,
        }
        impl ::std::default::Default for Event {
            fn default() -> Self {
                Self {
                    at: Err("no value supplied for at".to_string()),
                    read: Err("no value supplied for read".to_string()),
                    written: Err("no value supplied for written".to_string()),
                }
            }
        }
        impl Event {
            pub fn at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Timestamp2>,
                T::Error: ::std::fmt::Display,
            {
                self.at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for at: {e}"));
                self
            }
            pub fn read<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.read = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for read: {e}")
                    });
                self
            }
            pub fn written<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.written = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for written: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Event> for super::Event {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Event,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    at: value.at?,
                    read: value.read?,
                    written: value.written?,
                })
            }
        }
        impl ::std::convert::From<super::Event> for Event {
            fn from(value: super::Event) -> Self {
                Self {
                    at: Ok(value.at),
                    read: Ok(value.read),
                    written: Ok(value.written),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Holiday {
            id_2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            level: ::std::result::Result<
                ::std::option::Option<super::HolidayLevel>,
                ::std::string::String,
            >,
            optional: ::std::result::Result<
                ::std::option::Option<super::HolidayOptional>,
                ::std::string::String,
            >,
            x_axis: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            x_axis_2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Holiday {
            fn default() -> Self {
                Self {
                    id_2: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    level: Ok(Default::default()),
                    optional: Ok(Default::default()),
                    x_axis: Ok(Default::default()),
                    x_axis_2: Ok(Default::default()),
                }
            }
        }
        impl Holiday {
            pub fn id_2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_2 = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
            pub fn level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::HolidayLevel>>,
                T::Error: ::std::fmt::Display,
            {
                self.level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for level: {e}")
                    });
                self
            }
            pub fn optional<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::HolidayOptional>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.optional = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for optional: {e}")
                    });
                self
            }
            pub fn x_axis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.x_axis = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for x_axis: {e}")
                    });
                self
            }
            pub fn x_axis_2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.x_axis_2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for x_axis: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Holiday> for super::Holiday {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Holiday,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id_2: value.id_2?,
                    id: value.id?,
                    level: value.level?,
                    optional: value.optional?,
                    x_axis: value.x_axis?,
                    x_axis_2: value.x_axis_2?,
                })
            }
        }
        impl ::std::convert::From<super::Holiday> for Holiday {
            fn from(value: super::Holiday) -> Self {
                Self {
                    id_2: Ok(value.id_2),
                    id: Ok(value.id),
                    level: Ok(value.level),
                    optional: Ok(value.optional),
                    x_axis: Ok(value.x_axis),
                    x_axis_2: Ok(value.x_axis_2),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Profile {
            code: ::std::result::Result<
                ::std::option::Option<super::ProfileCode>,
                ::std::string::String,
            >,
            limits: ::std::result::Result<
                ::std::option::Option<super::ProfileLimits>,
                ::std::string::String,
            >,
            nickname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            tier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Profile {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    limits: Ok(Default::default()),
                    nickname: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    tier: Ok(Default::default()),
                }
            }
        }
        impl Profile {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ProfileCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ProfileLimits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limits: {e}")
                    });
                self
            }
            pub fn nickname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.nickname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nickname: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tier: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Profile> for super::Profile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Profile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    limits: value.limits?,
                    nickname: value.nickname?,
                    status: value.status?,
                    tier: value.tier?,
                })
            }
        }
        impl ::std::convert::From<super::Profile> for Profile {
            fn from(value: super::Profile) -> Self {
                Self {
                    code: Ok(value.code),
                    limits: Ok(value.limits),
                    nickname: Ok(value.nickname),
                    status: Ok(value.status),
                    tier: Ok(value.tier),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProfileLimits {
            max: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProfileLimits {
            fn default() -> Self {
                Self {
                    max: Ok(Default::default()),
                }
            }
        }
        impl ProfileLimits {
            pub fn max<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProfileLimits> for super::ProfileLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProfileLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { max: value.max? })
            }
        }
        impl ::std::convert::From<super::ProfileLimits> for ProfileLimits {
            fn from(value: super::ProfileLimits) -> Self {
                Self { max: Ok(value.max) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BaseLimits {
            max: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BaseLimits {
            fn default() -> Self {
                Self {
                    max: Ok(Default::default()),
                }
            }
        }
        impl BaseLimits {
            pub fn max<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BaseLimits> for super::BaseLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BaseLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { max: value.max? })
            }
        }
        impl ::std::convert::From<super::BaseLimits> for BaseLimits {
            fn from(value: super::BaseLimits) -> Self {
                Self { max: Ok(value.max) }
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
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    /// Build one with `Base::new(..)` and its setters: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Base {
        #[serde(
            rename = "code",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub code: ::std::option::Option<types::BaseCode>,
        #[serde(
            rename = "limits",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub limits: ::std::option::Option<types::BaseLimits>,
        #[serde(
            rename = "nickname",
            default,
            skip_serializing_if = "types::Patch::is_keep"
        )]
        pub nickname: types::Patch<::std::string::String>,
    }
    impl Base {
        /// A value with the required fields, every other one left out (`Keep`, `None`,
        /// empty): set those with the setters. Code that builds it this way compiles
        /// unchanged when the spec adds an optional property.
        pub fn new() -> Self {
            Self {
                code: ::std::default::Default::default(),
                limits: ::std::default::Default::default(),
                nickname: ::std::default::Default::default(),
            }
        }
        ///Sets `code`.
        pub fn code(
            mut self,
            value: impl ::std::convert::Into<::std::option::Option<types::BaseCode>>,
        ) -> Self {
            self.code = value.into();
            self
        }
        ///Sets `limits`.
        pub fn limits(
            mut self,
            value: impl ::std::convert::Into<::std::option::Option<types::BaseLimits>>,
        ) -> Self {
            self.limits = value.into();
            self
        }
        ///Sets `nickname`.
        pub fn nickname(
            mut self,
            value: impl ::std::convert::Into<types::Patch<::std::string::String>>,
        ) -> Self {
            self.nickname = value.into();
            self
        }
    }
    ///`BaseLimits`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    /// Build one with `BaseLimits::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct BaseLimits {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max: ::std::option::Option<i64>,
    }
    impl BaseLimits {
        pub fn builder() -> builder::BaseLimits {
            Default::default()
        }
    }
    ///`BaseCode`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BaseCode(::std::string::String);
    impl ::std::ops::Deref for BaseCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::str::FromStr for BaseCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8usize {
                return Err("longer than 8 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::client_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::client_runtime::regress::Regex::new("^[A-Z]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BaseCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BaseCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BaseCode {
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
/**Client for Collisions

Names that collide in Rust and the bugs they caused - a three-state (Patch) schema with an inline constrained string, pulled into another schema by allOf; a pattern; enum values that differ only in case or punctuation; component schemas (Timestamp, timestamp) and parameters of one operation (maxResults, MaxResults, and X-Trace, x_trace) whose Rust names are one; an operation's inline parameter type and a component's inline property type that progenitor and typify name alike (holiday + optional, Holiday + optional); properties of one schema that are one Rust field (id and _id, x-axis and xAxis); two templates of one route, method and literals told apart by their parameters' schemas (an integer id, a name).

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
    /**Sends a `GET` request to `/events`

```ignore
let response = client.list_events()
    .max_results_2(max_results_2)
    .max_results(max_results)
    .x_trace_2(x_trace_2)
    .x_trace(x_trace)
    .send()
    .await;
```*/
    pub fn list_events(&self) -> builder::ListEvents<'_> {
        builder::ListEvents::new(self)
    }
    /**Sends a `POST` request to `/profiles`

```ignore
let response = client.save_profile()
    .body(body)
    .send()
    .await;
```*/
    pub fn save_profile(&self) -> builder::SaveProfile<'_> {
        builder::SaveProfile::new(self)
    }
    /**Sends a `GET` request to `/holidays/{id}`

```ignore
let response = client.holiday()
    .id(id)
    .optional(optional)
    .send()
    .await;
```*/
    pub fn holiday(&self) -> builder::Holiday<'_> {
        builder::Holiday::new(self)
    }
    /**Sends a `GET` request to `/holidays/{name}`

```ignore
let response = client.holiday_by_name()
    .name(name)
    .send()
    .await;
```*/
    pub fn holiday_by_name(&self) -> builder::HolidayByName<'_> {
        builder::HolidayByName::new(self)
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
    /**Builder for [`Client::list_events`]

[`Client::list_events`]: super::Client::list_events*/
    #[derive(Debug, Clone)]
    pub struct ListEvents<'a> {
        client: &'a super::Client,
        max_results_2: Result<Option<i64>, String>,
        max_results: Result<Option<i64>, String>,
        x_trace_2: Result<Option<::std::string::String>, String>,
        x_trace: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                max_results_2: Ok(None),
                max_results: Ok(None),
                x_trace_2: Ok(None),
                x_trace: Ok(None),
            }
        }
        pub fn max_results_2<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.max_results_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for max_results_2 failed".to_string());
            self
        }
        pub fn max_results<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.max_results = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for max_results failed".to_string());
            self
        }
        pub fn x_trace_2<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_trace_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_trace_2 failed"
                        .to_string()
                });
            self
        }
        pub fn x_trace<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_trace = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for x_trace failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/events`
        pub async fn send(self) -> Result<ResponseValue<types::Event>, Error<()>> {
            let Self { client, max_results_2, max_results, x_trace_2, x_trace } = self;
            let max_results_2 = max_results_2.map_err(Error::InvalidRequest)?;
            let max_results = max_results.map_err(Error::InvalidRequest)?;
            let x_trace_2 = x_trace_2.map_err(Error::InvalidRequest)?;
            let x_trace = x_trace.map_err(Error::InvalidRequest)?;
            let url = format!("{}/events", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_trace {
                header_map.append("X-Trace", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("MaxResults", &max_results_2))
                .query(&progenitor_client::QueryParam::new("maxResults", &max_results))
                .query(&progenitor_client::QueryParam::new("x_trace", &x_trace_2))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_events",
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
    /**Builder for [`Client::save_profile`]

[`Client::save_profile`]: super::Client::save_profile*/
    #[derive(Debug, Clone)]
    pub struct SaveProfile<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Profile, String>,
    }
    impl<'a> SaveProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Profile>,
            <V as std::convert::TryInto<types::Profile>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Profile` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Profile) -> types::builder::Profile,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/profiles`
        pub async fn send(self) -> Result<ResponseValue<types::Profile>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Profile::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/profiles", client.baseurl,);
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
                operation_id: "save_profile",
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
    /**Builder for [`Client::holiday`]

[`Client::holiday`]: super::Client::holiday*/
    #[derive(Debug, Clone)]
    pub struct Holiday<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        optional: Result<Option<types::HolidayOptionalParameter>, String>,
    }
    impl<'a> Holiday<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                optional: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn optional<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::HolidayOptionalParameter>,
        {
            self.optional = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `HolidayOptionalParameter` for optional failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/holidays/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Holiday>, Error<()>> {
            let Self { client, id, optional } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let optional = optional.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/holidays/{}", client.baseurl, encode_path(& id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("optional", &optional))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "holiday",
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
    /**Builder for [`Client::holiday_by_name`]

[`Client::holiday_by_name`]: super::Client::holiday_by_name*/
    #[derive(Debug, Clone)]
    pub struct HolidayByName<'a> {
        client: &'a super::Client,
        name: Result<::std::string::String, String>,
    }
    impl<'a> HolidayByName<'a> {
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
        ///Sends a `GET` request to `/holidays/{name}`
        pub async fn send(self) -> Result<ResponseValue<types::Holiday>, Error<()>> {
            let Self { client, name } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/holidays/{}", client.baseurl, encode_path(& name.to_string()),
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
                operation_id: "holiday_by_name",
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
        "list_events" => {
            Some(::client_runtime::Operation {
                operation_id: "listEvents",
                path: "/events",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "save_profile" => {
            Some(::client_runtime::Operation {
                operation_id: "saveProfile",
                path: "/profiles",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "holiday" => {
            Some(::client_runtime::Operation {
                operation_id: "holiday",
                path: "/holidays/{id}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "holiday_by_name" => {
            Some(::client_runtime::Operation {
                operation_id: "holidayByName",
                path: "/holidays/{name}",
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
