// @generated from crates/codegen/tests/specs/lifecycle.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
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
    pub struct NewWidget {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
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
    pub struct Widget {
        ///The widget's color; its finish replaces it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
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
///The Lifecycle as one trait: one method per operation. Implement it, then serve [`router`].
///
///The API's lifecycle: a deprecated operation with its dates and replacement, deprecated parameters and properties, and alpha and beta operations.
pub trait LifecycleApi: Send + Sync + 'static {
    /// List widgets.
    ///
    ///
    ///`GET /widgets` (`listWidgets`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_widgets(&self, request: list_widgets::Request) -> list_widgets::Response {
     todo!()
 }
 ```*/
    fn list_widgets(
        &self,
        request: list_widgets::Request,
    ) -> impl ::std::future::Future<Output = list_widgets::Response> + Send;
    /// Create a widget.
    ///
    ///
    ///`POST /widgets` (`createWidget`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn create_widget(&self, request: create_widget::Request) -> create_widget::Response {
     todo!()
 }
 ```*/
    fn create_widget(
        &self,
        request: create_widget::Request,
    ) -> impl ::std::future::Future<Output = create_widget::Response> + Send;
    /// The first list of widgets.
    ///
    ///
    ///`GET /widgets/legacy` (`listLegacyWidgets`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_legacy_widgets(&self, request: list_legacy_widgets::Request) -> list_legacy_widgets::Response {
     todo!()
 }
 ```*/
    fn list_legacy_widgets(
        &self,
        request: list_legacy_widgets::Request,
    ) -> impl ::std::future::Future<Output = list_legacy_widgets::Response> + Send;
    /// Search widgets by name.
    ///
    ///
    ///`GET /widgets/search` (`searchWidgets`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn search_widgets(&self, request: search_widgets::Request) -> search_widgets::Response {
     todo!()
 }
 ```*/
    fn search_widgets(
        &self,
        request: search_widgets::Request,
    ) -> impl ::std::future::Future<Output = search_widgets::Response> + Send;
    /// Tune every widget.
    ///
    ///
    ///`POST /widgets/tune` (`tuneWidgets`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn tune_widgets(&self, request: tune_widgets::Request) -> tune_widgets::Response {
     todo!()
 }
 ```*/
    fn tune_widgets(
        &self,
        request: tune_widgets::Request,
    ) -> impl ::std::future::Future<Output = tune_widgets::Response> + Send;
}
///The `listWidgets` operation: List widgets..
pub mod list_widgets {
    use super::types;
    ///List widgets.
    ///
    ///`GET /widgets` (`listWidgets`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The page number; pages by cursor replace it.
        ///
        ///`page` in the query.
        pub page: ::std::option::Option<::std::num::NonZeroU32>,
        ///
        ///`cursor` in the query.
        pub cursor: ::std::option::Option<types::ListWidgetsCursor>,
        ///
        ///`X-Legacy-Tenant` in the header.
        pub x_legacy_tenant: ::std::option::Option<types::ListWidgetsXLegacyTenant>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Widgets.
        Ok(::std::vec::Vec<types::Widget>),
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
                    rt::check_body(&super::schemas::LIST_WIDGETS__ANSWER_200, body)
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
                    rt::check_body(&super::schemas::LIST_WIDGETS__ANSWER_200, body)
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
///The `createWidget` operation: Create a widget..
pub mod create_widget {
    use super::types;
    ///Create a widget.
    ///
    ///`POST /widgets` (`createWidget`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::NewWidget,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 201: Created.
        Created(types::Widget),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[201u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Created(_) => 201u16,
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
                Self::Created(body) => {
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
                Self::Created(body) => {
                    rt::check_body(&super::schemas::CREATE_WIDGET__ANSWER_201, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Created(body) => rt::answer(201u16, Some(&body)),
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[];
}
///The `listLegacyWidgets` operation: The first list of widgets..
pub mod list_legacy_widgets {
    use super::types;
    ///The first list of widgets.
    ///
    ///`GET /widgets/legacy` (`listLegacyWidgets`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Widgets.
        Ok(::std::vec::Vec<types::Widget>),
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
                    rt::check_body(
                        &super::schemas::LIST_LEGACY_WIDGETS__ANSWER_200,
                        body,
                    )
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
                    rt::check_body(
                        &super::schemas::LIST_LEGACY_WIDGETS__ANSWER_200,
                        body,
                    )
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
///The `searchWidgets` operation: Search widgets by name..
pub mod search_widgets {
    use super::types;
    ///Search widgets by name.
    ///
    ///`GET /widgets/search` (`searchWidgets`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`q` in the query.
        pub q: types::SearchWidgetsQ,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Widgets.
        Ok(::std::vec::Vec<types::Widget>),
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
                    rt::check_body(&super::schemas::SEARCH_WIDGETS__ANSWER_200, body)
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
                    rt::check_body(&super::schemas::SEARCH_WIDGETS__ANSWER_200, body)
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
///The `tuneWidgets` operation: Tune every widget..
pub mod tune_widgets {
    use super::types;
    ///Tune every widget.
    ///
    ///`POST /widgets/tune` (`tuneWidgets`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 204: Tuned.
        NoContent,
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[204u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::NoContent => 204u16,
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
                Self::NoContent => Ok(()),
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
                Self::NoContent => Ok(()),
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::NoContent => rt::answer::<()>(204u16, None),
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
    /// What `Widget`'s type does not prove of `Widget`.
    pub fn check_0(value: &types::Widget, c: &mut rt::Collect) {
        let __len4 = c.enter("finish");
        if let Some(__field3) = &(value).finish {
            c.text(&super::schemas::ANSWER_LEAF_0, ::std::ops::Deref::deref(__field3));
        }
        c.leave(__len4);
        let __len8 = c.enter("name");
        let __field7 = &(value).name;
        c.text(&super::schemas::ANSWER_LEAF_1, ::std::ops::Deref::deref(__field7));
        c.leave(__len8);
    }
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/lifecycle.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("lifecycle_openapi.json");
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
        operation_id: "listWidgets",
        method: "GET",
        path: "/widgets",
        statuses: list_widgets::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "createWidget",
        method: "POST",
        path: "/widgets",
        statuses: create_widget::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "listLegacyWidgets",
        method: "GET",
        path: "/widgets/legacy",
        statuses: list_legacy_widgets::Response::STATUSES,
        index: 2usize,
        deprecation: Some(rt::Deprecation {
            since: Some("2026-12-01"),
            sunset: Some("2027-06-30"),
            replaced_by: Some("listWidgets"),
            headers: &[
                ("deprecation", "@1796083200"),
                ("sunset", "Wed, 30 Jun 2027 00:00:00 GMT"),
                (
                    "link",
                    "</openapi.json#/paths/~1widgets~1legacy/get>; rel=\"deprecation\"; type=\"application/json\"",
                ),
                (
                    "link",
                    "</openapi.json#/paths/~1widgets/get>; rel=\"successor-version\"; title=\"listWidgets\"",
                ),
            ],
        }),
        stability: "stable",
    },
    OperationInfo {
        operation_id: "searchWidgets",
        method: "GET",
        path: "/widgets/search",
        statuses: search_widgets::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "beta",
    },
    OperationInfo {
        operation_id: "tuneWidgets",
        method: "POST",
        path: "/widgets/tune",
        statuses: tune_widgets::Response::STATUSES,
        index: 4usize,
        deprecation: None,
        stability: "alpha",
    },
];
/// The router for any implementation, with the default [`rt::RouterConfig`].
pub fn router<A: LifecycleApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: LifecycleApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route(
            "/widgets",
            ::axum::routing::get(handle_list_widgets::<A>)
                .post(handle_create_widget::<A>),
        )
        .route("/widgets/legacy", ::axum::routing::get(handle_list_legacy_widgets::<A>))
        .route("/widgets/search", ::axum::routing::get(handle_search_widgets::<A>))
        .route("/widgets/tune", ::axum::routing::post(handle_tune_widgets::<A>))
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
async fn handle_list_widgets<A: LifecycleApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_widgets::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let mut __uses = rt::DeprecatedUses::default();
        __uses.note(!__query.values("page").is_empty(), "query.page");
        __uses
            .note(
                __parts.headers.contains_key("X-Legacy-Tenant"),
                "header.X-Legacy-Tenant",
            );
        let page = {
            let raw = __query.values("page");
            rt::optional_param::<
                ::std::num::NonZeroU32,
            >(&mut __violations, "query.page", &raw, &schemas::LIST_WIDGETS__QUERY_PAGE)
        };
        let cursor = {
            let raw = __query.values("cursor");
            rt::optional_param::<
                types::ListWidgetsCursor,
            >(
                &mut __violations,
                "query.cursor",
                &raw,
                &schemas::LIST_WIDGETS__QUERY_CURSOR,
            )
        };
        let x_legacy_tenant = {
            let raw = rt::header_values(
                &__parts.headers,
                "X-Legacy-Tenant",
                &mut __violations,
            );
            rt::optional_param::<
                types::ListWidgetsXLegacyTenant,
            >(
                &mut __violations,
                "header.X-Legacy-Tenant",
                &raw,
                &schemas::LIST_WIDGETS__HEADER_X_LEGACY_TENANT,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(page), Some(cursor), Some(x_legacy_tenant)) = (
            page,
            cursor,
            x_legacy_tenant,
        ) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = list_widgets::Request {
            page,
            cursor,
            x_legacy_tenant,
        };
        let __answer = __state.api.list_widgets(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("listWidgets", __answer.status(), &violations),
                );
            }
        }
        let mut __answered = __answer.into_response();
        __answered.extensions_mut().insert(__uses);
        __answered
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_create_widget<A: LifecycleApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            create_widget::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::CREATE_WIDGET__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let mut __uses = rt::DeprecatedUses::default();
        __uses.note(rt::body_has(body.as_ref(), "/color"), "body.color");
        __uses
            .note(
                rt::body_has(body.as_ref(), "/label/legacyText"),
                "body.label.legacyText",
            );
        let body = body
            .and_then(|body| rt::typed::<
                types::NewWidget,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = create_widget::Request { body };
        let __answer = __state.api.create_widget(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("createWidget", __answer.status(), &violations),
                );
            }
        }
        let mut __answered = __answer.into_response();
        __answered.extensions_mut().insert(__uses);
        __answered
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_list_legacy_widgets<A: LifecycleApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_legacy_widgets::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = list_legacy_widgets::Request {};
        let __answer = __state.api.list_legacy_widgets(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract(
                        "listLegacyWidgets",
                        __answer.status(),
                        &violations,
                    ),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    if let Some(deprecation) = &OPERATIONS[2usize].deprecation {
        rt::announce(&mut __response, deprecation);
    }
    __response
}
async fn handle_search_widgets<A: LifecycleApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            search_widgets::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let q = {
            let raw = __query.values("q");
            rt::param::<
                types::SearchWidgetsQ,
            >(
                &mut __violations,
                "query.q",
                &raw,
                &schemas::SEARCH_WIDGETS__QUERY_Q,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(q),) = (q,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = search_widgets::Request { q };
        let __answer = __state.api.search_widgets(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("searchWidgets", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
async fn handle_tune_widgets<A: LifecycleApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            tune_widgets::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = tune_widgets::Request {};
        let __answer = __state.api.tune_widgets(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("tuneWidgets", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[4usize]);
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
    impl LifecycleApi for Mock {
        async fn list_widgets(
            &self,
            _request: list_widgets::Request,
        ) -> list_widgets::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_widgets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_WIDGETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_widgets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_WIDGETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn create_widget(
            &self,
            _request: create_widget::Request,
        ) -> create_widget::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(201u16) {
                201u16 => {
                    create_widget::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_WIDGET__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    create_widget::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_WIDGET__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn list_legacy_widgets(
            &self,
            _request: list_legacy_widgets::Request,
        ) -> list_legacy_widgets::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_legacy_widgets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_LEGACY_WIDGETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_legacy_widgets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_LEGACY_WIDGETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn search_widgets(
            &self,
            _request: search_widgets::Request,
        ) -> search_widgets::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    search_widgets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::SEARCH_WIDGETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    search_widgets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::SEARCH_WIDGETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn tune_widgets(
            &self,
            _request: tune_widgets::Request,
        ) -> tune_widgets::Response {
            match rt::mock::choice().code.unwrap_or(204u16) {
                204u16 => tune_widgets::Response::NoContent,
                _ => tune_widgets::Response::NoContent,
            }
        }
    }
    /// Every operation's documented answers and their examples.
    pub const DOCUMENTED: &[rt::mock::Documented] = &[
        rt::mock::Documented {
            method: "GET",
            path: "/widgets",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/widgets",
            responses: &[("201", &[])],
            default_code: 201u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/widgets/legacy",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/widgets/search",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/widgets/tune",
            responses: &[("204", &[])],
            default_code: 204u16,
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
    /// `Widget`: values the spec allows (every constraint the router checks).
    pub fn widget() -> impl ::proptest::strategy::Strategy<Value = types::Widget> {
        rt::strategy::of(&schemas::WIDGET)
    }
    /// `NewWidget`: values the spec allows (every constraint the router checks).
    pub fn new_widget() -> impl ::proptest::strategy::Strategy<
        Value = types::NewWidget,
    > {
        rt::strategy::of(&schemas::NEW_WIDGET)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    pub static WIDGET: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "id",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
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
                    name: "name",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: Some(64usize),
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "color",
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
                    name: "finish",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: Some(32usize),
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
    pub static NEW_WIDGET: Schema = Schema {
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
                            max_length: Some(64usize),
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "color",
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
                    name: "finish",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: Some(32usize),
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "label",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Object(Object {
                            properties: &[
                                Property {
                                    name: "text",
                                    required: false,
                                    access: Access::ReadWrite,
                                    schema: &Schema {
                                        nullable: false,
                                        kind: Kind::String(Text {
                                            format: None,
                                            min_length: None,
                                            max_length: Some(64usize),
                                            pattern: None,
                                            enumeration: &[],
                                        }),
                                        all_of: &[],
                                        any_of: &[],
                                        example: None,
                                    },
                                },
                                Property {
                                    name: "legacyText",
                                    required: false,
                                    access: Access::ReadWrite,
                                    schema: &Schema {
                                        nullable: false,
                                        kind: Kind::String(Text {
                                            format: None,
                                            min_length: None,
                                            max_length: Some(64usize),
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
    pub static LIST_WIDGETS__QUERY_PAGE: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: Some("int32"),
            minimum: Some(1f64),
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
    pub static LIST_WIDGETS__QUERY_CURSOR: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(64usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_WIDGETS__HEADER_X_LEGACY_TENANT: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(64usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_WIDGETS__ANSWER_200: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&WIDGET),
                ..Schema::ANY
            },
            min_items: None,
            max_items: Some(10usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static CREATE_WIDGET__BODY: Schema = Schema {
        kind: Kind::Ref(&NEW_WIDGET),
        ..Schema::ANY
    };
    pub static CREATE_WIDGET__ANSWER_201: Schema = Schema {
        kind: Kind::Ref(&WIDGET),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_0: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(32usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static ANSWER_LEAF_1: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(64usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_LEGACY_WIDGETS__ANSWER_200: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&WIDGET),
                ..Schema::ANY
            },
            min_items: None,
            max_items: Some(10usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static SEARCH_WIDGETS__QUERY_Q: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: Some(1usize),
            max_length: Some(64usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static SEARCH_WIDGETS__ANSWER_200: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&WIDGET),
                ..Schema::ANY
            },
            min_items: None,
            max_items: Some(10usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
}
