// @generated from crates/codegen/tests/specs/collisions.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Event`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
            static PATTERN: ::std::sync::LazyLock<::server_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::server_runtime::regress::Regex::new("^[A-Z]+$").unwrap() });
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
            static PATTERN: ::std::sync::LazyLock<::server_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::server_runtime::regress::Regex::new("^[A-Z]+$").unwrap() });
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
///The Collisions as one trait: one method per operation. Implement it, then serve [`router`].
///
///Names that collide in Rust and the bugs they caused - a three-state (Patch) schema with an inline constrained string, pulled into another schema by allOf; a pattern; enum values that differ only in case or punctuation; component schemas (Timestamp, timestamp) and parameters of one operation (maxResults, MaxResults, and X-Trace, x_trace) whose Rust names are one; an operation's inline parameter type and a component's inline property type that progenitor and typify name alike (holiday + optional, Holiday + optional); properties of one schema that are one Rust field (id and _id, x-axis and xAxis); two templates of one route, method and literals told apart by their parameters' schemas (an integer id, a name).
pub trait CollisionsApi: Send + Sync + 'static {
    /// listEvents
    ///
    ///
    ///`GET /events` (`listEvents`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_events(&self, request: list_events::Request) -> list_events::Response {
     todo!()
 }
 ```*/
    fn list_events(
        &self,
        request: list_events::Request,
    ) -> impl ::std::future::Future<Output = list_events::Response> + Send;
    /// saveProfile
    ///
    ///
    ///`POST /profiles` (`saveProfile`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn save_profile(&self, request: save_profile::Request) -> save_profile::Response {
     todo!()
 }
 ```*/
    fn save_profile(
        &self,
        request: save_profile::Request,
    ) -> impl ::std::future::Future<Output = save_profile::Response> + Send;
    /// holiday
    ///
    ///
    ///`GET /holidays/{id}` (`holiday`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn holiday(&self, request: holiday::Request) -> holiday::Response {
     todo!()
 }
 ```*/
    fn holiday(
        &self,
        request: holiday::Request,
    ) -> impl ::std::future::Future<Output = holiday::Response> + Send;
    /// holidayByName
    ///
    ///
    ///`GET /holidays/{name}` (`holidayByName`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn holiday_by_name(&self, request: holiday_by_name::Request) -> holiday_by_name::Response {
     todo!()
 }
 ```*/
    fn holiday_by_name(
        &self,
        request: holiday_by_name::Request,
    ) -> impl ::std::future::Future<Output = holiday_by_name::Response> + Send;
}
///The `listEvents` operation: listEvents.
pub mod list_events {
    use super::types;
    ///listEvents
    ///
    ///`GET /events` (`listEvents`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`maxResults` in the query.
        pub max_results: ::std::option::Option<i64>,
        ///
        ///`MaxResults` in the query.
        pub max_results_2: ::std::option::Option<i64>,
        ///
        ///`X-Trace` in the header.
        pub x_trace: ::std::option::Option<::std::string::String>,
        ///
        ///`x_trace` in the query.
        pub x_trace_2: ::std::option::Option<::std::string::String>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: What the server read, and an event.
        Ok(types::Event),
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
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_0(body, c);
                    collect.finish()
                }
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
                    rt::check_body(&super::schemas::LIST_EVENTS__ANSWER_200, body)
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
///The `saveProfile` operation: saveProfile.
pub mod save_profile {
    use super::types;
    ///saveProfile
    ///
    ///`POST /profiles` (`saveProfile`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::Profile,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The profile as stored.
        Ok(types::Profile),
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
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::SAVE_PROFILE__ANSWER_200, body)
                }
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
                    rt::check_body(&super::schemas::SAVE_PROFILE__ANSWER_200, body)
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
///The `holiday` operation: holiday.
pub mod holiday {
    use super::types;
    ///holiday
    ///
    ///`GET /holidays/{id}` (`holiday`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`id` in the path.
        pub id: i64,
        ///
        ///`optional` in the query.
        pub optional: ::std::option::Option<types::HolidayOptionalParameter>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The holiday.
        Ok(types::Holiday),
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
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_3(body, c);
                    collect.finish()
                }
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
                    rt::check_body(&super::schemas::HOLIDAY__ANSWER_200, body)
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
///The `holidayByName` operation: holidayByName.
pub mod holiday_by_name {
    use super::types;
    ///holidayByName
    ///
    ///`GET /holidays/{name}` (`holidayByName`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`name` in the path.
        pub name: ::std::string::String,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The holiday of that name.
        Ok(types::Holiday),
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
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_3(body, c);
                    collect.finish()
                }
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
                    rt::check_body(&super::schemas::HOLIDAY_BY_NAME__ANSWER_200, body)
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
/// The typed checks of answers: for each component an answer carries, what its Rust
/// type does not prove of its schema, read on the value in place.
pub mod answers {
    #![allow(unused_variables, clippy::needless_borrow)]
    use super::types;
    use ::server_runtime as rt;
    /// What `Timestamp2`'s type does not prove of `timestamp_2`.
    pub fn check_1(value: &types::Timestamp2, c: &mut rt::Collect) {
        c.year(
            &super::schemas::ANSWER_LEAF_0,
            ::chrono::Datelike::year(::std::ops::Deref::deref(value)),
            ::std::ops::Deref::deref(value),
        );
    }
    /// What `Event`'s type does not prove of `Event`.
    pub fn check_0(value: &types::Event, c: &mut rt::Collect) {
        let __len2 = c.enter("at");
        let __field1 = &(value).at;
        super::answers::check_1(__field1, c);
        c.leave(__len2);
    }
    /// What `Holiday`'s type does not prove of `Holiday`.
    pub fn check_3(value: &types::Holiday, c: &mut rt::Collect) {
        let __len6 = c.enter("level");
        if let Some(__field5) = &(value).level {
            c.value(
                &super::schemas::ANSWER_LEAF_1,
                &::serde_json::Value::from(*::std::ops::Deref::deref(__field5)),
            );
        }
        c.leave(__len6);
    }
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/collisions.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("collisions_openapi.json");
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
        operation_id: "listEvents",
        method: "GET",
        path: "/events",
        statuses: list_events::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "saveProfile",
        method: "POST",
        path: "/profiles",
        statuses: save_profile::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "holiday",
        method: "GET",
        path: "/holidays/{id}",
        statuses: holiday::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "holidayByName",
        method: "GET",
        path: "/holidays/{name}",
        statuses: holiday_by_name::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The router for any implementation, with the default [`rt::RouterConfig`].
pub fn router<A: CollisionsApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: CollisionsApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/events", ::axum::routing::get(handle_list_events::<A>))
        .route("/holidays/{id}", ::axum::routing::get(dispatch_get_holiday::<A>))
        .route("/profiles", ::axum::routing::post(handle_save_profile::<A>))
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
async fn handle_list_events<A: CollisionsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_events::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let max_results = {
            let raw = __query.values("maxResults");
            rt::optional_param::<
                i64,
            >(
                &mut __violations,
                "query.maxResults",
                &raw,
                &schemas::LIST_EVENTS__QUERY_MAX_RESULTS,
            )
        };
        let max_results_2 = {
            let raw = __query.values("MaxResults");
            rt::optional_param::<
                i64,
            >(
                &mut __violations,
                "query.MaxResults",
                &raw,
                &schemas::LIST_EVENTS__QUERY_MAX_RESULTS_2,
            )
        };
        let x_trace = {
            let raw = rt::header_values(&__parts.headers, "X-Trace", &mut __violations);
            rt::optional_param::<
                ::std::string::String,
            >(
                &mut __violations,
                "header.X-Trace",
                &raw,
                &schemas::LIST_EVENTS__HEADER_X_TRACE,
            )
        };
        let x_trace_2 = {
            let raw = __query.values("x_trace");
            rt::optional_param::<
                ::std::string::String,
            >(
                &mut __violations,
                "query.x_trace",
                &raw,
                &schemas::LIST_EVENTS__QUERY_X_TRACE_2,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(max_results), Some(max_results_2), Some(x_trace), Some(x_trace_2)) = (
            max_results,
            max_results_2,
            x_trace,
            x_trace_2,
        ) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = list_events::Request {
            max_results,
            max_results_2,
            x_trace,
            x_trace_2,
        };
        let __answer = __state.api.list_events(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("listEvents", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_save_profile<A: CollisionsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            save_profile::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::SAVE_PROFILE__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::Profile,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = save_profile::Request { body };
        let __answer = __state.api.save_profile(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("saveProfile", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_holiday<A: CollisionsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            holiday::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let __query = rt::Query::parse(__parts.uri.query());
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                i64,
            >(&mut __violations, "path.id", &raw, &schemas::HOLIDAY__PATH_ID, None)
        };
        let optional = {
            let raw = __query.values("optional");
            rt::optional_param::<
                types::HolidayOptionalParameter,
            >(
                &mut __violations,
                "query.optional",
                &raw,
                &schemas::HOLIDAY__QUERY_OPTIONAL,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id), Some(optional)) = (id, optional) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = holiday::Request { id, optional };
        let __answer = __state.api.holiday(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("holiday", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
async fn handle_holiday_by_name<A: CollisionsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            holiday_by_name::ERROR_BODIES,
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
        let name = {
            let raw = rt::path_piece(&__path_values, "id", &[rt::Piece::Param], 0usize);
            rt::param::<
                ::std::string::String,
            >(
                &mut __violations,
                "path.name",
                &raw,
                &schemas::HOLIDAY_BY_NAME__PATH_NAME,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(name),) = (name,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = holiday_by_name::Request { name };
        let __answer = __state.api.holiday_by_name(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("holidayByName", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
/// `GET /holidays/{id}`: `/holidays/{id}`, `/holidays/{name}`, the most literal first (then the most constrained parameters).
async fn dispatch_get_holiday<A: CollisionsApi>(
    __state: ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (mut __parts, __body) = request.into_parts();
    if rt::path_fits(&mut __parts, &[]).await
        && {
            let __path_values = rt::path_values(&mut __parts).await.unwrap_or_default();
            true
                && rt::param_fits(
                    &rt::path_value(&__path_values, "id"),
                    &schemas::HOLIDAY__PATH_ID,
                )
        }
    {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_holiday::<A>(__state, request).await;
    }
    if rt::path_fits(&mut __parts, &[("id", &[rt::Piece::Param][..])]).await {
        let request = ::axum::extract::Request::from_parts(__parts, __body);
        return handle_holiday_by_name::<A>(__state, request).await;
    }
    reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
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
    impl CollisionsApi for Mock {
        async fn list_events(
            &self,
            _request: list_events::Request,
        ) -> list_events::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_events::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_EVENTS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_events::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_EVENTS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn save_profile(
            &self,
            _request: save_profile::Request,
        ) -> save_profile::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    save_profile::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::SAVE_PROFILE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    save_profile::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::SAVE_PROFILE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn holiday(&self, request: holiday::Request) -> holiday::Response {
            let __facts = rt::mock::Facts::new().echo("id", &request.id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    holiday::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::HOLIDAY__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    holiday::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::HOLIDAY__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn holiday_by_name(
            &self,
            request: holiday_by_name::Request,
        ) -> holiday_by_name::Response {
            let __facts = rt::mock::Facts::new()
                .echo("name", &request.name)
                .echo("id", &request.name);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    holiday_by_name::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::HOLIDAY_BY_NAME__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    holiday_by_name::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::HOLIDAY_BY_NAME__ANSWER_200),
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
            path: "/events",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/profiles",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/holidays/{id}",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/holidays/{id}",
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
    /// `Holiday`: values the spec allows (every constraint the router checks).
    pub fn holiday() -> impl ::proptest::strategy::Strategy<Value = types::Holiday> {
        rt::strategy::of(&schemas::HOLIDAY)
    }
    /// `Timestamp`: values the spec allows (every constraint the router checks).
    pub fn timestamp() -> impl ::proptest::strategy::Strategy<Value = types::Timestamp> {
        rt::strategy::of(&schemas::TIMESTAMP)
    }
    /// `timestamp_2`: values the spec allows (every constraint the router checks).
    pub fn timestamp_2() -> impl ::proptest::strategy::Strategy<
        Value = types::Timestamp2,
    > {
        rt::strategy::of(&schemas::TIMESTAMP_2)
    }
    /// `Event`: values the spec allows (every constraint the router checks).
    pub fn event() -> impl ::proptest::strategy::Strategy<Value = types::Event> {
        rt::strategy::of(&schemas::EVENT)
    }
    /// `Base`: values the spec allows (every constraint the router checks).
    pub fn base() -> impl ::proptest::strategy::Strategy<Value = types::Base> {
        rt::strategy::of(&schemas::BASE)
    }
    /// `Profile`: values the spec allows (every constraint the router checks).
    pub fn profile() -> impl ::proptest::strategy::Strategy<Value = types::Profile> {
        rt::strategy::of(&schemas::PROFILE)
    }
    /// `holiday-optional-parameter`: values the spec allows (every constraint the router checks).
    pub fn holiday_optional_parameter() -> impl ::proptest::strategy::Strategy<
        Value = types::HolidayOptionalParameter,
    > {
        rt::strategy::of(&schemas::HOLIDAY_OPTIONAL_PARAMETER)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    static PATTERN_0: Pattern = Pattern::new("^[A-Z]+$");
    pub static HOLIDAY: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "id",
                    required: true,
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
                    name: "optional",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &["full", "half"],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "level",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: None,
                            minimum: None,
                            maximum: None,
                            exclusive_minimum: false,
                            exclusive_maximum: false,
                            multiple_of: None,
                            enumeration: &[1f64, 2f64],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "_id",
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
                    name: "x-axis",
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
                    name: "xAxis",
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
    };
    pub static TIMESTAMP: Schema = Schema {
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
    pub static TIMESTAMP_2: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static EVENT: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "read",
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
                    name: "at",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        kind: Kind::Ref(&TIMESTAMP_2),
                        ..Schema::ANY
                    },
                },
                Property {
                    name: "written",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        kind: Kind::Ref(&TIMESTAMP),
                        ..Schema::ANY
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
    pub static BASE: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "nickname",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
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
                    name: "limits",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Object(Object {
                            properties: &[
                                Property {
                                    name: "max",
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
                            min_length: Some(2usize),
                            max_length: Some(8usize),
                            pattern: Some(&PATTERN_0),
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
    pub static PROFILE: Schema = Schema {
        nullable: false,
        kind: Kind::Any,
        all_of: &[
            &Schema {
                kind: Kind::Ref(&BASE),
                ..Schema::ANY
            },
            &Schema {
                nullable: false,
                kind: Kind::Object(Object {
                    properties: &[
                        Property {
                            name: "status",
                            required: true,
                            access: Access::ReadWrite,
                            schema: &Schema {
                                nullable: false,
                                kind: Kind::String(Text {
                                    format: None,
                                    min_length: None,
                                    max_length: None,
                                    pattern: None,
                                    enumeration: &["FAILED", "failed", "e-", "e+"],
                                }),
                                all_of: &[],
                                any_of: &[],
                                example: None,
                            },
                        },
                        Property {
                            name: "tier",
                            required: false,
                            access: Access::ReadWrite,
                            schema: &Schema {
                                nullable: false,
                                kind: Kind::String(Text {
                                    format: None,
                                    min_length: None,
                                    max_length: None,
                                    pattern: None,
                                    enumeration: &["none", "latest"],
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
    pub static HOLIDAY_OPTIONAL_PARAMETER: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["yes", "no"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_EVENTS__QUERY_MAX_RESULTS: Schema = Schema {
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
    pub static LIST_EVENTS__QUERY_MAX_RESULTS_2: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: Some("int64"),
            minimum: None,
            maximum: Some(10f64),
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_EVENTS__HEADER_X_TRACE: Schema = Schema {
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
    pub static LIST_EVENTS__QUERY_X_TRACE_2: Schema = Schema {
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
    pub static LIST_EVENTS__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&EVENT),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_0: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static SAVE_PROFILE__BODY: Schema = Schema {
        kind: Kind::Ref(&PROFILE),
        ..Schema::ANY
    };
    pub static SAVE_PROFILE__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&PROFILE),
        ..Schema::ANY
    };
    pub static HOLIDAY__PATH_ID: Schema = Schema {
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
    pub static HOLIDAY__QUERY_OPTIONAL: Schema = Schema {
        kind: Kind::Ref(&HOLIDAY_OPTIONAL_PARAMETER),
        ..Schema::ANY
    };
    pub static HOLIDAY__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&HOLIDAY),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_1: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: None,
            maximum: None,
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[1f64, 2f64],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static HOLIDAY_BY_NAME__PATH_NAME: Schema = Schema {
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
    pub static HOLIDAY_BY_NAME__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&HOLIDAY),
        ..Schema::ANY
    };
}
