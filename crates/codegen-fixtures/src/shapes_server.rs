// @generated from crates/codegen/tests/specs/shapes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Account`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
    ///`Measured`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
///The Shapes as one trait: one method per operation. Implement it, then serve [`router`].
///
///oneOf with and without a discriminator, a recursive schema, a map, the keywords no type carries (multipleOf, uniqueItems, minProperties, maxProperties), and readOnly and writeOnly properties.
pub trait ShapesApi: Send + Sync + 'static {
    /// openAccount
    ///
    /// The id is the server's to give (readOnly), the password the client's to send (writeOnly): both required, each only the way it travels.
    ///
    ///`POST /accounts` (`openAccount`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn open_account(&self, request: open_account::Request) -> open_account::Response {
     todo!()
 }
 ```*/
    fn open_account(
        &self,
        request: open_account::Request,
    ) -> impl ::std::future::Future<Output = open_account::Response> + Send;
    /// addPet
    ///
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
    /// measure
    ///
    ///
    ///`POST /shapes` (`measure`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn measure(&self, request: measure::Request) -> measure::Response {
     todo!()
 }
 ```*/
    fn measure(
        &self,
        request: measure::Request,
    ) -> impl ::std::future::Future<Output = measure::Response> + Send;
    /// placeOrder
    ///
    ///
    ///`POST /orders` (`placeOrder`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn place_order(&self, request: place_order::Request) -> place_order::Response {
     todo!()
 }
 ```*/
    fn place_order(
        &self,
        request: place_order::Request,
    ) -> impl ::std::future::Future<Output = place_order::Response> + Send;
}
///The `openAccount` operation: openAccount.
pub mod open_account {
    use super::types;
    ///openAccount
    ///
    ///`POST /accounts` (`openAccount`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Answer with the password too (a broken server).
        ///
        ///`echo` in the query.
        pub echo: ::std::option::Option<bool>,
        /// Answer without the id (a broken server).
        ///
        ///`drop` in the query.
        pub drop: ::std::option::Option<bool>,
        /// The JSON body.
        pub body: types::Account,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 201: The account opened.
        Created(types::Account),
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
                    rt::check_body(&super::schemas::OPEN_ACCOUNT__ANSWER_201, body)
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
                    rt::check_body(&super::schemas::OPEN_ACCOUNT__ANSWER_201, body)
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
        /// 201: The pet as stored.
        Created(types::Pet),
        /// 400: Bad input.
        BadRequest(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[201u16, 400u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Created(_) => 201u16,
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
                Self::Created(body) => {
                    rt::check_body(&super::schemas::ADD_PET__ANSWER_201, body)
                }
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
                Self::Created(body) => {
                    rt::check_body(&super::schemas::ADD_PET__ANSWER_201, body)
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
                Self::Created(body) => rt::answer(201u16, Some(&body)),
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
///The `measure` operation: measure.
pub mod measure {
    use super::types;
    ///measure
    ///
    ///`POST /shapes` (`measure`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::Shape,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The area, and a tree and a map to echo.
        Ok(types::Measured),
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
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_3(body, c);
                    collect.finish()
                }
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
                    rt::check_body(&super::schemas::MEASURE__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::MEASURE__ANSWER_400, body)
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
        const OPERATION_ID: &'static str = "measure";
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
            &super::schemas::MEASURE__ANSWER_400,
            "application/json",
        ),
    ];
}
///The `placeOrder` operation: placeOrder.
pub mod place_order {
    use super::types;
    ///placeOrder
    ///
    ///`POST /orders` (`placeOrder`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::Order,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The order as read.
        Ok(types::Order),
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
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::PLACE_ORDER__ANSWER_200, body)
                }
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
                    rt::check_body(&super::schemas::PLACE_ORDER__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::PLACE_ORDER__ANSWER_400, body)
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
        const OPERATION_ID: &'static str = "placeOrder";
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
            &super::schemas::PLACE_ORDER__ANSWER_400,
            "application/json",
        ),
    ];
}
/// The typed checks of answers: for each component an answer carries, what its Rust
/// type does not prove of its schema, read on the value in place.
pub mod answers {
    #![allow(unused_variables, clippy::needless_borrow)]
    use super::types;
    use ::server_runtime as rt;
    /// What `Measured`'s type does not prove of `Measured`.
    pub fn check_3(value: &types::Measured, c: &mut rt::Collect) {
        let __len2 = c.enter("area");
        let __field1 = &(value).area;
        c.value(&super::schemas::ANSWER_LEAF_0, &::serde_json::Value::from(*__field1));
        c.leave(__len2);
    }
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/shapes.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("shapes_openapi.json");
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
        operation_id: "openAccount",
        method: "POST",
        path: "/accounts",
        statuses: open_account::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "addPet",
        method: "POST",
        path: "/pets",
        statuses: add_pet::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "measure",
        method: "POST",
        path: "/shapes",
        statuses: measure::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "placeOrder",
        method: "POST",
        path: "/orders",
        statuses: place_order::Response::STATUSES,
        index: 3usize,
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
pub fn router<A: ShapesApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: ShapesApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/accounts", ::axum::routing::post(handle_open_account::<A>))
        .route("/orders", ::axum::routing::post(handle_place_order::<A>))
        .route("/pets", ::axum::routing::post(handle_add_pet::<A>))
        .route("/shapes", ::axum::routing::post(handle_measure::<A>))
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
async fn handle_open_account<A: ShapesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            open_account::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::OPEN_ACCOUNT__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let __query = rt::Query::parse(__parts.uri.query());
        let echo = {
            let raw = __query.values("echo");
            rt::optional_param::<
                bool,
            >(&mut __violations, "query.echo", &raw, &schemas::OPEN_ACCOUNT__QUERY_ECHO)
        };
        let drop = {
            let raw = __query.values("drop");
            rt::optional_param::<
                bool,
            >(&mut __violations, "query.drop", &raw, &schemas::OPEN_ACCOUNT__QUERY_DROP)
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::Account,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(echo), Some(drop), Some(body)) = (echo, drop, body) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = open_account::Request {
            echo,
            drop,
            body,
        };
        let __answer = __state.api.open_account(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("openAccount", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_add_pet<A: ShapesApi>(
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
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::ADD_PET__BODY,
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
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_measure<A: ShapesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            measure::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::MEASURE__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<types::Shape>(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = measure::Request { body };
        let __answer = __state.api.measure(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("measure", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
async fn handle_place_order<A: ShapesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            place_order::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::PLACE_ORDER__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<types::Order>(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = place_order::Request { body };
        let __answer = __state.api.place_order(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("placeOrder", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
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
    impl ShapesApi for Mock {
        async fn open_account(
            &self,
            _request: open_account::Request,
        ) -> open_account::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(201u16) {
                201u16 => {
                    open_account::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::OPEN_ACCOUNT__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    open_account::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::OPEN_ACCOUNT__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn add_pet(&self, _request: add_pet::Request) -> add_pet::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(201u16) {
                201u16 => {
                    add_pet::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::ADD_PET__ANSWER_201),
                            &[],
                            201u16,
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
                    add_pet::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::ADD_PET__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn measure(&self, _request: measure::Request) -> measure::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    measure::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::MEASURE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    measure::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::MEASURE__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    measure::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::MEASURE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn place_order(
            &self,
            _request: place_order::Request,
        ) -> place_order::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    place_order::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::PLACE_ORDER__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    place_order::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::PLACE_ORDER__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    place_order::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::PLACE_ORDER__ANSWER_200),
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
            path: "/accounts",
            responses: &[("201", &[])],
            default_code: 201u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/pets",
            responses: &[("201", &[]), ("400", &[])],
            default_code: 201u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/shapes",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/orders",
            responses: &[("200", &[]), ("400", &[])],
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
    /// `Account`: values the spec allows (every constraint the router checks).
    pub fn account() -> impl ::proptest::strategy::Strategy<Value = types::Account> {
        rt::strategy::of(&schemas::ACCOUNT)
    }
    /// `Order`: values the spec allows (every constraint the router checks).
    pub fn order() -> impl ::proptest::strategy::Strategy<Value = types::Order> {
        rt::strategy::of(&schemas::ORDER)
    }
    /// `Pet`: values the spec allows (every constraint the router checks).
    pub fn pet() -> impl ::proptest::strategy::Strategy<Value = types::Pet> {
        rt::strategy::of(&schemas::PET)
    }
    /// `Cat`: values the spec allows (every constraint the router checks).
    pub fn cat() -> impl ::proptest::strategy::Strategy<Value = types::Cat> {
        rt::strategy::of(&schemas::CAT)
    }
    /// `Dog`: values the spec allows (every constraint the router checks).
    pub fn dog() -> impl ::proptest::strategy::Strategy<Value = types::Dog> {
        rt::strategy::of(&schemas::DOG)
    }
    /// `Shape`: values the spec allows (every constraint the router checks).
    pub fn shape() -> impl ::proptest::strategy::Strategy<Value = types::Shape> {
        rt::strategy::of(&schemas::SHAPE)
    }
    /// `Measured`: values the spec allows (every constraint the router checks).
    pub fn measured() -> impl ::proptest::strategy::Strategy<Value = types::Measured> {
        rt::strategy::of(&schemas::MEASURED)
    }
    /// `Node`: values the spec allows (every constraint the router checks).
    pub fn node() -> impl ::proptest::strategy::Strategy<Value = types::Node> {
        rt::strategy::of(&schemas::NODE)
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
    pub static ACCOUNT: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "id",
                    required: true,
                    access: Access::ReadOnly,
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
                    name: "owner",
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
                    name: "password",
                    required: true,
                    access: Access::WriteOnly,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: Some(8usize),
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
    pub static ORDER: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "amount",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Number(Numeric {
                            format: None,
                            minimum: Some(0f64),
                            maximum: Some(1000f64),
                            exclusive_minimum: false,
                            exclusive_maximum: false,
                            multiple_of: Some(0.01f64),
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "quantity",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: None,
                            minimum: Some(5f64),
                            maximum: Some(100f64),
                            exclusive_minimum: false,
                            exclusive_maximum: false,
                            multiple_of: Some(5f64),
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "tags",
                    required: true,
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
                                    enumeration: &["gift", "rush", "fragile", "bulk"],
                                }),
                                all_of: &[],
                                any_of: &[],
                                example: None,
                            },
                            min_items: None,
                            max_items: Some(4usize),
                            unique_items: true,
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "attributes",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Object(Object {
                            properties: &[],
                            additional: Additional::Schema(
                                &Schema {
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
                            ),
                            min_properties: Some(1usize),
                            max_properties: Some(3usize),
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
    pub static PET: Schema = Schema {
        nullable: false,
        kind: Kind::OneOf(OneOf {
            parts: &[
                &Schema {
                    kind: Kind::Ref(&CAT),
                    ..Schema::ANY
                },
                &Schema {
                    kind: Kind::Ref(&DOG),
                    ..Schema::ANY
                },
            ],
            discriminator: Some(Discriminator {
                property: "petType",
                mapping: &[("cat", &CAT), ("dog", &DOG)],
            }),
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static CAT: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "petType",
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
                    name: "lives",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: None,
                            minimum: Some(0f64),
                            maximum: Some(9f64),
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
    };
    pub static DOG: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "petType",
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
                    name: "bark",
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
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static SHAPE: Schema = Schema {
        nullable: false,
        kind: Kind::OneOf(OneOf {
            parts: &[
                &Schema {
                    nullable: false,
                    kind: Kind::Object(Object {
                        properties: &[
                            Property {
                                name: "radius",
                                required: true,
                                access: Access::ReadWrite,
                                schema: &Schema {
                                    nullable: false,
                                    kind: Kind::Number(Numeric {
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
                        ],
                        additional: Additional::Deny,
                        min_properties: None,
                        max_properties: None,
                    }),
                    all_of: &[],
                    any_of: &[],
                    example: None,
                },
                &Schema {
                    nullable: false,
                    kind: Kind::Object(Object {
                        properties: &[
                            Property {
                                name: "side",
                                required: true,
                                access: Access::ReadWrite,
                                schema: &Schema {
                                    nullable: false,
                                    kind: Kind::Number(Numeric {
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
                        ],
                        additional: Additional::Deny,
                        min_properties: None,
                        max_properties: None,
                    }),
                    all_of: &[],
                    any_of: &[],
                    example: None,
                },
            ],
            discriminator: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static MEASURED: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "area",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Number(Numeric {
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
                    name: "tree",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        kind: Kind::Ref(&NODE),
                        ..Schema::ANY
                    },
                },
                Property {
                    name: "labels",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Object(Object {
                            properties: &[],
                            additional: Additional::Schema(
                                &Schema {
                                    nullable: false,
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
                            ),
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
    pub static NODE: Schema = Schema {
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
                    name: "children",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Array(Items {
                            items: &Schema {
                                kind: Kind::Ref(&NODE),
                                ..Schema::ANY
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
    pub static OPEN_ACCOUNT__QUERY_ECHO: Schema = Schema {
        nullable: false,
        kind: Kind::Boolean,
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static OPEN_ACCOUNT__QUERY_DROP: Schema = Schema {
        nullable: false,
        kind: Kind::Boolean,
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static OPEN_ACCOUNT__BODY: Schema = Schema {
        kind: Kind::Ref(&ACCOUNT),
        ..Schema::ANY
    };
    pub static OPEN_ACCOUNT__ANSWER_201: Schema = Schema {
        kind: Kind::Ref(&ACCOUNT),
        ..Schema::ANY
    };
    pub static ADD_PET__BODY: Schema = Schema {
        kind: Kind::Ref(&PET),
        ..Schema::ANY
    };
    pub static ADD_PET__ANSWER_201: Schema = Schema {
        kind: Kind::Ref(&PET),
        ..Schema::ANY
    };
    pub static ADD_PET__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static MEASURE__BODY: Schema = Schema {
        kind: Kind::Ref(&SHAPE),
        ..Schema::ANY
    };
    pub static MEASURE__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&MEASURED),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_0: Schema = Schema {
        nullable: false,
        kind: Kind::Number(Numeric {
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
    };
    pub static MEASURE__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static PLACE_ORDER__BODY: Schema = Schema {
        kind: Kind::Ref(&ORDER),
        ..Schema::ANY
    };
    pub static PLACE_ORDER__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ORDER),
        ..Schema::ANY
    };
    pub static PLACE_ORDER__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
}
