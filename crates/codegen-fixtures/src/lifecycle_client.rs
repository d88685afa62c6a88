// @generated from crates/codegen/tests/specs/lifecycle.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`ListWidgetsCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListWidgetsCursor(::std::string::String);
    impl ::std::ops::Deref for ListWidgetsCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListWidgetsCursor> for ::std::string::String {
        fn from(value: ListWidgetsCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListWidgetsCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListWidgetsCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListWidgetsCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListWidgetsCursor {
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
    ///`ListWidgetsXLegacyTenant`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListWidgetsXLegacyTenant(::std::string::String);
    impl ::std::ops::Deref for ListWidgetsXLegacyTenant {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListWidgetsXLegacyTenant> for ::std::string::String {
        fn from(value: ListWidgetsXLegacyTenant) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListWidgetsXLegacyTenant {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListWidgetsXLegacyTenant {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListWidgetsXLegacyTenant {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListWidgetsXLegacyTenant {
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
    ///`NewWidget`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `NewWidget::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct NewWidget {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[deprecated(note = "deprecated by the API, no sunset announced")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finish: ::std::option::Option<NewWidgetFinish>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<NewWidgetLabel>,
        pub name: NewWidgetName,
    }
    impl NewWidget {
        pub fn builder() -> builder::NewWidget {
            Default::default()
        }
    }
    ///`NewWidgetFinish`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NewWidgetFinish(::std::string::String);
    impl ::std::ops::Deref for NewWidgetFinish {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewWidgetFinish> for ::std::string::String {
        fn from(value: NewWidgetFinish) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewWidgetFinish {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewWidgetFinish {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewWidgetFinish {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewWidgetFinish {
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
    ///`NewWidgetLabel`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    /// Build one with `NewWidgetLabel::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct NewWidgetLabel {
        #[serde(
            rename = "legacyText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub legacy_text: ::std::option::Option<NewWidgetLabelLegacyText>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<NewWidgetLabelText>,
    }
    impl NewWidgetLabel {
        pub fn builder() -> builder::NewWidgetLabel {
            Default::default()
        }
    }
    ///`NewWidgetLabelLegacyText`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NewWidgetLabelLegacyText(::std::string::String);
    impl ::std::ops::Deref for NewWidgetLabelLegacyText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewWidgetLabelLegacyText> for ::std::string::String {
        fn from(value: NewWidgetLabelLegacyText) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewWidgetLabelLegacyText {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewWidgetLabelLegacyText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewWidgetLabelLegacyText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewWidgetLabelLegacyText {
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
    ///`NewWidgetLabelText`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NewWidgetLabelText(::std::string::String);
    impl ::std::ops::Deref for NewWidgetLabelText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewWidgetLabelText> for ::std::string::String {
        fn from(value: NewWidgetLabelText) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewWidgetLabelText {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewWidgetLabelText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewWidgetLabelText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewWidgetLabelText {
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
    ///`NewWidgetName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NewWidgetName(::std::string::String);
    impl ::std::ops::Deref for NewWidgetName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewWidgetName> for ::std::string::String {
        fn from(value: NewWidgetName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewWidgetName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewWidgetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewWidgetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewWidgetName {
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
    ///`SearchWidgetsQ`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SearchWidgetsQ(::std::string::String);
    impl ::std::ops::Deref for SearchWidgetsQ {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchWidgetsQ> for ::std::string::String {
        fn from(value: SearchWidgetsQ) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchWidgetsQ {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchWidgetsQ {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchWidgetsQ {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchWidgetsQ {
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
    ///`Widget`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Widget::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Widget {
        ///The widget's color; its finish replaces it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[deprecated(note = "deprecated by the API, sunset 2027-06-30")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finish: ::std::option::Option<WidgetFinish>,
        pub id: ::uuid::Uuid,
        pub name: WidgetName,
    }
    impl Widget {
        pub fn builder() -> builder::Widget {
            Default::default()
        }
    }
    ///`WidgetFinish`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WidgetFinish(::std::string::String);
    impl ::std::ops::Deref for WidgetFinish {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WidgetFinish> for ::std::string::String {
        fn from(value: WidgetFinish) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WidgetFinish {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WidgetFinish {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WidgetFinish {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WidgetFinish {
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
    ///`WidgetName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WidgetName(::std::string::String);
    impl ::std::ops::Deref for WidgetName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WidgetName> for ::std::string::String {
        fn from(value: WidgetName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WidgetName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WidgetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WidgetName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WidgetName {
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
        pub struct NewWidget {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            finish: ::std::result::Result<
                ::std::option::Option<super::NewWidgetFinish>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<super::NewWidgetLabel>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::NewWidgetName, ::std::string::String>,
        }
        impl ::std::default::Default for NewWidget {
            fn default() -> Self {
                Self {
                    color: Ok(Default::default()),
                    finish: Ok(Default::default()),
                    label: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl NewWidget {
            #[deprecated(note = "deprecated by the API, no sunset announced")]
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn finish<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NewWidgetFinish>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.finish = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finish: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NewWidgetLabel>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NewWidgetName>,
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
        impl ::std::convert::TryFrom<NewWidget> for super::NewWidget {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewWidget,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    finish: value.finish?,
                    label: value.label?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::NewWidget> for NewWidget {
            fn from(value: super::NewWidget) -> Self {
                Self {
                    color: Ok(value.color),
                    finish: Ok(value.finish),
                    label: Ok(value.label),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NewWidgetLabel {
            legacy_text: ::std::result::Result<
                ::std::option::Option<super::NewWidgetLabelLegacyText>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::NewWidgetLabelText>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NewWidgetLabel {
            fn default() -> Self {
                Self {
                    legacy_text: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl NewWidgetLabel {
            pub fn legacy_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NewWidgetLabelLegacyText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.legacy_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for legacy_text: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NewWidgetLabelText>,
                >,
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
        impl ::std::convert::TryFrom<NewWidgetLabel> for super::NewWidgetLabel {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewWidgetLabel,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    legacy_text: value.legacy_text?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::NewWidgetLabel> for NewWidgetLabel {
            fn from(value: super::NewWidgetLabel) -> Self {
                Self {
                    legacy_text: Ok(value.legacy_text),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Widget {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            finish: ::std::result::Result<
                ::std::option::Option<super::WidgetFinish>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            name: ::std::result::Result<super::WidgetName, ::std::string::String>,
        }
        impl ::std::default::Default for Widget {
            fn default() -> Self {
                Self {
                    color: Ok(Default::default()),
                    finish: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Widget {
            #[deprecated(note = "deprecated by the API, sunset 2027-06-30")]
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn finish<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WidgetFinish>>,
                T::Error: ::std::fmt::Display,
            {
                self.finish = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finish: {e}")
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
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WidgetName>,
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
        impl ::std::convert::TryFrom<Widget> for super::Widget {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Widget,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    finish: value.finish?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Widget> for Widget {
            fn from(value: super::Widget) -> Self {
                Self {
                    color: Ok(value.color),
                    finish: Ok(value.finish),
                    id: Ok(value.id),
                    name: Ok(value.name),
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
/**Client for Lifecycle

The API's lifecycle: a deprecated operation with its dates and replacement, deprecated parameters and properties, and alpha and beta operations.

Version: 1.2.0*/
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
        "1.2.0"
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
    /**List widgets

Sends a `GET` request to `/widgets`

Arguments:
- `cursor`
- `page`: The page number; pages by cursor replace it.
- `x_legacy_tenant`
```ignore
let response = client.list_widgets()
    .cursor(cursor)
    .page(page)
    .x_legacy_tenant(x_legacy_tenant)
    .send()
    .await;
```*/
    pub fn list_widgets(&self) -> builder::ListWidgets<'_> {
        builder::ListWidgets::new(self)
    }
    /**Create a widget

Sends a `POST` request to `/widgets`

```ignore
let response = client.create_widget()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_widget(&self) -> builder::CreateWidget<'_> {
        builder::CreateWidget::new(self)
    }
    /**The first list of widgets

Sends a `GET` request to `/widgets/legacy`

```ignore
let response = client.list_legacy_widgets()
    .send()
    .await;
```*/
    #[deprecated(
        note = "deprecated by the API since 2026-12-01, sunset 2027-06-30, use listWidgets"
    )]
    pub fn list_legacy_widgets(&self) -> builder::ListLegacyWidgets<'_> {
        builder::ListLegacyWidgets::new(self)
    }
    /** **Beta**: this operation's `x-stability` is beta; it may change in a minor version of the API.
*/
    /**Search widgets by name

Sends a `GET` request to `/widgets/search`

```ignore
let response = client.search_widgets()
    .q(q)
    .send()
    .await;
```*/
    pub fn search_widgets(&self) -> builder::SearchWidgets<'_> {
        builder::SearchWidgets::new(self)
    }
    /** **Alpha**: this operation's `x-stability` is alpha; it may change in a minor version of the API.
*/
    /**Tune every widget

Sends a `POST` request to `/widgets/tune`

```ignore
let response = client.tune_widgets()
    .send()
    .await;
```*/
    pub fn tune_widgets(&self) -> builder::TuneWidgets<'_> {
        builder::TuneWidgets::new(self)
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
    /**Builder for [`Client::list_widgets`]

[`Client::list_widgets`]: super::Client::list_widgets*/
    #[derive(Debug, Clone)]
    pub struct ListWidgets<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::ListWidgetsCursor>, String>,
        page: Result<Option<::std::num::NonZeroU32>, String>,
        x_legacy_tenant: Result<Option<types::ListWidgetsXLegacyTenant>, String>,
    }
    impl<'a> ListWidgets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                page: Ok(None),
                x_legacy_tenant: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListWidgetsCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListWidgetsCursor` for cursor failed".to_string()
                });
            self
        }
        #[deprecated(note = "deprecated by the API, sunset 2027-06-30")]
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page failed"
                        .to_string()
                });
            self
        }
        #[deprecated(note = "deprecated by the API, no sunset announced")]
        pub fn x_legacy_tenant<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListWidgetsXLegacyTenant>,
        {
            self.x_legacy_tenant = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListWidgetsXLegacyTenant` for x_legacy_tenant failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/widgets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Widget>>, Error<()>> {
            let Self { client, cursor, page, x_legacy_tenant } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let x_legacy_tenant = x_legacy_tenant.map_err(Error::InvalidRequest)?;
            let url = format!("{}/widgets", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_legacy_tenant {
                header_map.append("X-Legacy-Tenant", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_widgets",
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
    /**Builder for [`Client::create_widget`]

[`Client::create_widget`]: super::Client::create_widget*/
    #[derive(Debug, Clone)]
    pub struct CreateWidget<'a> {
        client: &'a super::Client,
        body: Result<types::builder::NewWidget, String>,
    }
    impl<'a> CreateWidget<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewWidget>,
            <V as std::convert::TryInto<types::NewWidget>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `NewWidget` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewWidget) -> types::builder::NewWidget,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/widgets`
        pub async fn send(self) -> Result<ResponseValue<types::Widget>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::NewWidget::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/widgets", client.baseurl,);
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
                operation_id: "create_widget",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_legacy_widgets`]

[`Client::list_legacy_widgets`]: super::Client::list_legacy_widgets*/
    #[derive(Debug, Clone)]
    pub struct ListLegacyWidgets<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListLegacyWidgets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/widgets/legacy`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Widget>>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/widgets/legacy", client.baseurl,);
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
                operation_id: "list_legacy_widgets",
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
    /**Builder for [`Client::search_widgets`]

[`Client::search_widgets`]: super::Client::search_widgets*/
    #[derive(Debug, Clone)]
    pub struct SearchWidgets<'a> {
        client: &'a super::Client,
        q: Result<types::SearchWidgetsQ, String>,
    }
    impl<'a> SearchWidgets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                q: Err("q was not initialized".to_string()),
            }
        }
        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchWidgetsQ>,
        {
            self.q = value
                .try_into()
                .map_err(|_| "conversion to `SearchWidgetsQ` for q failed".to_string());
            self
        }
        ///Sends a `GET` request to `/widgets/search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Widget>>, Error<()>> {
            let Self { client, q } = self;
            let q = q.map_err(Error::InvalidRequest)?;
            let url = format!("{}/widgets/search", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("q", &q))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_widgets",
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
    /**Builder for [`Client::tune_widgets`]

[`Client::tune_widgets`]: super::Client::tune_widgets*/
    #[derive(Debug, Clone)]
    pub struct TuneWidgets<'a> {
        client: &'a super::Client,
    }
    impl<'a> TuneWidgets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/widgets/tune`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/widgets/tune", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "tune_widgets",
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
        "list_widgets" => {
            Some(::client_runtime::Operation {
                operation_id: "listWidgets",
                path: "/widgets",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "create_widget" => {
            Some(::client_runtime::Operation {
                operation_id: "createWidget",
                path: "/widgets",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "list_legacy_widgets" => {
            Some(::client_runtime::Operation {
                operation_id: "listLegacyWidgets",
                path: "/widgets/legacy",
                idempotency_key: None,
                deprecated: true,
            })
        }
        "search_widgets" => {
            Some(::client_runtime::Operation {
                operation_id: "searchWidgets",
                path: "/widgets/search",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "tune_widgets" => {
            Some(::client_runtime::Operation {
                operation_id: "tuneWidgets",
                path: "/widgets/tune",
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
