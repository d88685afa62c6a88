// @generated from crates/codegen/tests/specs/shapes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Account`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Account::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Account {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        pub owner: AccountOwner,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<AccountPassword>,
    }
    impl Account {
        pub fn builder() -> builder::Account {
            Default::default()
        }
    }
    ///`AccountOwner`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AccountOwner(::std::string::String);
    impl ::std::ops::Deref for AccountOwner {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AccountOwner> for ::std::string::String {
        fn from(value: AccountOwner) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AccountOwner {
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
    impl ::std::convert::TryFrom<&str> for AccountOwner {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AccountOwner {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AccountOwner {
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
    ///`AccountPassword`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AccountPassword(::std::string::String);
    impl ::std::ops::Deref for AccountPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AccountPassword> for ::std::string::String {
        fn from(value: AccountPassword) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AccountPassword {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 8usize {
                return Err("shorter than 8 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AccountPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AccountPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AccountPassword {
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
    ///`Cat`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Cat::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Cat {
        pub lives: i64,
        #[serde(rename = "petType")]
        pub pet_type: ::std::string::String,
    }
    impl Cat {
        pub fn builder() -> builder::Cat {
            Default::default()
        }
    }
    ///`Dog`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Dog::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Dog {
        pub bark: DogBark,
        #[serde(rename = "petType")]
        pub pet_type: ::std::string::String,
    }
    impl Dog {
        pub fn builder() -> builder::Dog {
            Default::default()
        }
    }
    ///`DogBark`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DogBark(::std::string::String);
    impl ::std::ops::Deref for DogBark {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DogBark> for ::std::string::String {
        fn from(value: DogBark) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DogBark {
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
    impl ::std::convert::TryFrom<&str> for DogBark {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DogBark {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DogBark {
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
    ///`Measured`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Measured::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Measured {
        pub area: f64,
        pub labels: ::std::collections::HashMap<::std::string::String, i64>,
        pub tree: Node,
    }
    impl Measured {
        pub fn builder() -> builder::Measured {
            Default::default()
        }
    }
    ///`Node`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Node::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Node {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub children: ::std::vec::Vec<Node>,
        pub name: ::std::string::String,
    }
    impl Node {
        pub fn builder() -> builder::Node {
            Default::default()
        }
    }
    ///`Order`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Order::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Order {
        pub amount: f64,
        pub attributes: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        pub quantity: i64,
        pub tags: ::std::vec::Vec<OrderTagsItem>,
    }
    impl Order {
        pub fn builder() -> builder::Order {
            Default::default()
        }
    }
    ///`OrderTagsItem`
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
    pub enum OrderTagsItem {
        #[serde(rename = "gift")]
        Gift,
        #[serde(rename = "rush")]
        Rush,
        #[serde(rename = "fragile")]
        Fragile,
        #[serde(rename = "bulk")]
        Bulk,
    }
    impl ::std::fmt::Display for OrderTagsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Gift => f.write_str("gift"),
                Self::Rush => f.write_str("rush"),
                Self::Fragile => f.write_str("fragile"),
                Self::Bulk => f.write_str("bulk"),
            }
        }
    }
    impl ::std::str::FromStr for OrderTagsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "gift" => Ok(Self::Gift),
                "rush" => Ok(Self::Rush),
                "fragile" => Ok(Self::Fragile),
                "bulk" => Ok(Self::Bulk),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrderTagsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrderTagsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Pet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum Pet {
        Cat(Cat),
        Dog(Dog),
    }
    impl ::std::convert::From<Cat> for Pet {
        fn from(value: Cat) -> Self {
            Self::Cat(value)
        }
    }
    impl ::std::convert::From<Dog> for Pet {
        fn from(value: Dog) -> Self {
            Self::Dog(value)
        }
    }
    ///`Shape`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub enum Shape {
        #[serde(rename = "radius")]
        Radius(f64),
        #[serde(rename = "side")]
        Side(f64),
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Account {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<super::AccountOwner, ::std::string::String>,
            password: ::std::result::Result<
                ::std::option::Option<super::AccountPassword>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Account {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    owner: Err("no value supplied for owner".to_string()),
                    password: Ok(Default::default()),
                }
            }
        }
        impl Account {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountOwner>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AccountPassword>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Account> for super::Account {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Account,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    owner: value.owner?,
                    password: value.password?,
                })
            }
        }
        impl ::std::convert::From<super::Account> for Account {
            fn from(value: super::Account) -> Self {
                Self {
                    id: Ok(value.id),
                    owner: Ok(value.owner),
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Cat {
            lives: ::std::result::Result<i64, ::std::string::String>,
            pet_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Cat {
            fn default() -> Self {
                Self {
                    lives: Err("no value supplied for lives".to_string()),
                    pet_type: Err("no value supplied for pet_type".to_string()),
                }
            }
        }
        impl Cat {
            pub fn lives<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.lives = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lives: {e}")
                    });
                self
            }
            pub fn pet_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.pet_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pet_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Cat> for super::Cat {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Cat,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    lives: value.lives?,
                    pet_type: value.pet_type?,
                })
            }
        }
        impl ::std::convert::From<super::Cat> for Cat {
            fn from(value: super::Cat) -> Self {
                Self {
                    lives: Ok(value.lives),
                    pet_type: Ok(value.pet_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Dog {
            bark: ::std::result::Result<super::DogBark, ::std::string::String>,
            pet_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Dog {
            fn default() -> Self {
                Self {
                    bark: Err("no value supplied for bark".to_string()),
                    pet_type: Err("no value supplied for pet_type".to_string()),
                }
            }
        }
        impl Dog {
            pub fn bark<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DogBark>,
                T::Error: ::std::fmt::Display,
            {
                self.bark = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bark: {e}")
                    });
                self
            }
            pub fn pet_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.pet_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pet_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Dog> for super::Dog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Dog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bark: value.bark?,
                    pet_type: value.pet_type?,
                })
            }
        }
        impl ::std::convert::From<super::Dog> for Dog {
            fn from(value: super::Dog) -> Self {
                Self {
                    bark: Ok(value.bark),
                    pet_type: Ok(value.pet_type),
                }
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
        pub struct Measured {
            area: ::std::result::Result<f64, ::std::string::String>,
            labels: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, i64>,
                ::std::string::String,
            >,
            tree: ::std::result::Result<super::Node, ::std::string::String>,
        }
        impl ::std::default::Default for Measured {
            fn default() -> Self {
                Self {
                    area: Err("no value supplied for area".to_string()),
                    labels: Err("no value supplied for labels".to_string()),
                    tree: Err("no value supplied for tree".to_string()),
                }
            }
        }
        impl Measured {
            pub fn area<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.area = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for area: {e}")
                    });
                self
            }
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, i64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            pub fn tree<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Node>,
                T::Error: ::std::fmt::Display,
            {
                self.tree = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tree: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Measured> for super::Measured {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Measured,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    area: value.area?,
                    labels: value.labels?,
                    tree: value.tree?,
                })
            }
        }
        impl ::std::convert::From<super::Measured> for Measured {
            fn from(value: super::Measured) -> Self {
                Self {
                    area: Ok(value.area),
                    labels: Ok(value.labels),
                    tree: Ok(value.tree),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Node {
            children: ::std::result::Result<
                ::std::vec::Vec<super::Node>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Node {
            fn default() -> Self {
                Self {
                    children: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Node {
            pub fn children<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Node>>,
                T::Error: ::std::fmt::Display,
            {
                self.children = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for children: {e}")
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
        impl ::std::convert::TryFrom<Node> for super::Node {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Node,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    children: value.children?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Node> for Node {
            fn from(value: super::Node) -> Self {
                Self {
                    children: Ok(value.children),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Order {
            amount: ::std::result::Result<f64, ::std::string::String>,
            attributes: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<i64, ::std::string::String>,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::OrderTagsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Order {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    attributes: Err("no value supplied for attributes".to_string()),
                    quantity: Err("no value supplied for quantity".to_string()),
                    tags: Err("no value supplied for tags".to_string()),
                }
            }
        }
        impl Order {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderTagsItem>>,
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
        impl ::std::convert::TryFrom<Order> for super::Order {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Order,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    attributes: value.attributes?,
                    quantity: value.quantity?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::Order> for Order {
            fn from(value: super::Order) -> Self {
                Self {
                    amount: Ok(value.amount),
                    attributes: Ok(value.attributes),
                    quantity: Ok(value.quantity),
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
/**Client for Shapes

oneOf with and without a discriminator, a recursive schema, a map, the keywords no type carries (multipleOf, uniqueItems, minProperties, maxProperties), and readOnly and writeOnly properties.

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
    /**The id is the server's to give (readOnly), the password the client's to send (writeOnly): both required, each only the way it travels.

Sends a `POST` request to `/accounts`

Arguments:
- `drop`: Answer without the id (a broken server).
- `echo`: Answer with the password too (a broken server).
- `body`
```ignore
let response = client.open_account()
    .drop(drop)
    .echo(echo)
    .body(body)
    .send()
    .await;
```*/
    pub fn open_account(&self) -> builder::OpenAccount<'_> {
        builder::OpenAccount::new(self)
    }
    /**Sends a `POST` request to `/pets`

```ignore
let response = client.add_pet()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_pet(&self) -> builder::AddPet<'_> {
        builder::AddPet::new(self)
    }
    /**Sends a `POST` request to `/shapes`

```ignore
let response = client.measure()
    .body(body)
    .send()
    .await;
```*/
    pub fn measure(&self) -> builder::Measure<'_> {
        builder::Measure::new(self)
    }
    /**Sends a `POST` request to `/orders`

```ignore
let response = client.place_order()
    .body(body)
    .send()
    .await;
```*/
    pub fn place_order(&self) -> builder::PlaceOrder<'_> {
        builder::PlaceOrder::new(self)
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
    /**Builder for [`Client::open_account`]

[`Client::open_account`]: super::Client::open_account*/
    #[derive(Debug, Clone)]
    pub struct OpenAccount<'a> {
        client: &'a super::Client,
        drop: Result<Option<bool>, String>,
        echo: Result<Option<bool>, String>,
        body: Result<types::builder::Account, String>,
    }
    impl<'a> OpenAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                drop: Ok(None),
                echo: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn drop<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.drop = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for drop failed".to_string());
            self
        }
        pub fn echo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.echo = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for echo failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Account>,
            <V as std::convert::TryInto<types::Account>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Account` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Account) -> types::builder::Account,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/accounts`
        pub async fn send(self) -> Result<ResponseValue<types::Account>, Error<()>> {
            let Self { client, drop, echo, body } = self;
            let drop = drop.map_err(Error::InvalidRequest)?;
            let echo = echo.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Account::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/accounts", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("drop", &drop))
                .query(&progenitor_client::QueryParam::new("echo", &echo))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "open_account",
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
                .map_err(|_| "conversion to `Pet` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/pets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Pet>, Error<types::Error>> {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::measure`]

[`Client::measure`]: super::Client::measure*/
    #[derive(Debug, Clone)]
    pub struct Measure<'a> {
        client: &'a super::Client,
        body: Result<types::Shape, String>,
    }
    impl<'a> Measure<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Shape>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `Shape` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/shapes`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Measured>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/shapes", client.baseurl,);
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
                operation_id: "measure",
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
    /**Builder for [`Client::place_order`]

[`Client::place_order`]: super::Client::place_order*/
    #[derive(Debug, Clone)]
    pub struct PlaceOrder<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Order, String>,
    }
    impl<'a> PlaceOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Order>,
            <V as std::convert::TryInto<types::Order>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Order` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Order) -> types::builder::Order,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Order::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders", client.baseurl,);
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
                operation_id: "place_order",
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
        "open_account" => {
            Some(::client_runtime::Operation {
                operation_id: "openAccount",
                path: "/accounts",
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
        "measure" => {
            Some(::client_runtime::Operation {
                operation_id: "measure",
                path: "/shapes",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "place_order" => {
            Some(::client_runtime::Operation {
                operation_id: "placeOrder",
                path: "/orders",
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
