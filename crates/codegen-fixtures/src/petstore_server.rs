// @generated from crates/codegen/tests/specs/petstore.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
            static PATTERN: ::std::sync::LazyLock<::server_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::server_runtime::regress::Regex::new("^[A-Za-z ]+$").unwrap() });
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
            static PATTERN: ::std::sync::LazyLock<::server_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::server_runtime::regress::Regex::new("^[A-Za-z ]+$").unwrap() });
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
///The Petstore as one trait: one method per operation. Implement it, then serve [`router`].
///
///A small pet store that exercises the supported subset.
pub trait PetstoreApi: Send + Sync + 'static {
    /// What `authenticate` learns about the caller; every secured operation receives it.
    type Context: Send + 'static;
    /// Checks one credential a request presented for a security scheme (for an
    /// alternative that combines several schemes, each is checked in turn and the first
    /// one's context is kept). Called before anything else of a request is read: `Err`
    /// answers 401 (or 503, 500) and the operation never runs.
    fn authenticate(
        &self,
        credential: Credential,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<Self::Context, rt::AuthError>,
    > + Send;
    /// List pets
    ///
    ///
    ///`GET /pets` (`listPets`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_pets(&self, context: Self::Context, request: list_pets::Request) -> list_pets::Response {
     todo!()
 }
 ```*/
    fn list_pets(
        &self,
        context: Self::Context,
        request: list_pets::Request,
    ) -> impl ::std::future::Future<Output = list_pets::Response> + Send;
    /// createPet
    ///
    ///
    ///`POST /pets` (`createPet`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn create_pet(&self, context: Self::Context, request: create_pet::Request) -> create_pet::Response {
     todo!()
 }
 ```*/
    fn create_pet(
        &self,
        context: Self::Context,
        request: create_pet::Request,
    ) -> impl ::std::future::Future<Output = create_pet::Response> + Send;
    /// getPet
    ///
    ///
    ///`GET /pets/{petId}` (`getPet`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_pet(&self, context: Self::Context, request: get_pet::Request) -> get_pet::Response {
     todo!()
 }
 ```*/
    fn get_pet(
        &self,
        context: Self::Context,
        request: get_pet::Request,
    ) -> impl ::std::future::Future<Output = get_pet::Response> + Send;
    /// replacePet
    ///
    ///
    ///`PUT /pets/{petId}` (`replacePet`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn replace_pet(&self, context: Self::Context, request: replace_pet::Request) -> replace_pet::Response {
     todo!()
 }
 ```*/
    fn replace_pet(
        &self,
        context: Self::Context,
        request: replace_pet::Request,
    ) -> impl ::std::future::Future<Output = replace_pet::Response> + Send;
    /// deletePet
    ///
    ///
    ///`DELETE /pets/{petId}` (`deletePet`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn delete_pet(&self, context: Self::Context, request: delete_pet::Request) -> delete_pet::Response {
     todo!()
 }
 ```*/
    fn delete_pet(
        &self,
        context: Self::Context,
        request: delete_pet::Request,
    ) -> impl ::std::future::Future<Output = delete_pet::Response> + Send;
}
/// A credential a request presented, one variant per security scheme of the spec.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    ///`apiKey`: The API key sent in the `x-api-key` header.
    ApiKey(::std::string::String),
}
impl ::std::fmt::Debug for Credential {
    /// Names the scheme, never the secret.
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(Credential::scheme(self))
    }
}
/// Every security scheme, by index: where its credential travels.
static SECURITY_SCHEMES: &[rt::Source] = &[rt::Source::Header("x-api-key")];
/// A scheme's raw credential as a [`Credential`]; `None` when malformed.
fn credential(
    scheme: usize,
    value: ::std::string::String,
) -> ::std::option::Option<Credential> {
    match scheme {
        0usize => Some(Credential::ApiKey(value)),
        _ => None,
    }
}
impl Credential {
    /// The name of the security scheme in the spec.
    pub fn scheme(&self) -> &'static str {
        match self {
            Self::ApiKey(_) => "apiKey",
        }
    }
}
///The `listPets` operation: List pets.
pub mod list_pets {
    use super::types;
    ///List pets
    ///
    ///`GET /pets` (`listPets`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// One kind or many.
        ///
        ///`kinds` in the query.
        pub kinds: ::std::option::Option<::std::vec::Vec<types::Kind>>,
        ///
        ///`limit` in the query.
        pub limit: ::std::num::NonZeroU32,
        ///
        ///`x-request-id` in the header.
        pub x_request_id: ::std::option::Option<::uuid::Uuid>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: A page of pets.
        Ok(::std::vec::Vec<types::Pet>),
        /// 400: Any error.
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
                    rt::check_body(&super::schemas::LIST_PETS__ANSWER_200, body)
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
                    rt::check_body(&super::schemas::LIST_PETS__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::LIST_PETS__ANSWER_400, body)
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
        const OPERATION_ID: &'static str = "listPets";
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
            &super::schemas::LIST_PETS__ANSWER_400,
            "application/json",
        ),
    ];
}
///The `createPet` operation: createPet.
pub mod create_pet {
    use super::types;
    ///createPet
    ///
    ///`POST /pets` (`createPet`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The JSON body.
        pub body: types::NewPet,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 201: Created.
        Created(types::Pet),
        /// 400: Any error.
        BadRequest(types::Error),
        /// 422: Any error.
        UnprocessableEntity(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[201u16, 400u16, 422u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Created(_) => 201u16,
                Self::BadRequest(_) => 400u16,
                Self::UnprocessableEntity(_) => 422u16,
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
                    rt::check_body(&super::schemas::CREATE_PET__ANSWER_201, body)
                }
                Self::BadRequest(_) => Ok(()),
                Self::UnprocessableEntity(_) => Ok(()),
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
                    rt::check_body(&super::schemas::CREATE_PET__ANSWER_201, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::CREATE_PET__ANSWER_400, body)
                }
                Self::UnprocessableEntity(body) => {
                    rt::check_body(&super::schemas::CREATE_PET__ANSWER_422, body)
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
                Self::UnprocessableEntity(body) => rt::answer(422u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "createPet";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                422u16 => Ok(Self::UnprocessableEntity(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::UnprocessableEntity(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::CREATE_PET__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(422u16),
            &super::schemas::CREATE_PET__ANSWER_422,
            "application/json",
        ),
    ];
}
///The `getPet` operation: getPet.
pub mod get_pet {
    use super::types;
    ///getPet
    ///
    ///`GET /pets/{petId}` (`getPet`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`petId` in the path.
        pub pet_id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The pet.
        Ok(types::Pet),
        /// 404: Any error.
        NotFound(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 404u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::NotFound(_) => 404u16,
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
                    rt::check_body(&super::schemas::GET_PET__ANSWER_200, body)
                }
                Self::NotFound(_) => Ok(()),
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
                    rt::check_body(&super::schemas::GET_PET__ANSWER_200, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::GET_PET__ANSWER_404, body)
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
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "getPet";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                404u16 => Ok(Self::NotFound(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::NotFound(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::GET_PET__ANSWER_404,
            "application/json",
        ),
    ];
}
///The `replacePet` operation: replacePet.
pub mod replace_pet {
    use super::types;
    ///replacePet
    ///
    ///`PUT /pets/{petId}` (`replacePet`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`petId` in the path.
        pub pet_id: i64,
        /// The JSON body.
        pub body: types::NewPet,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Replaced.
        Ok(types::Pet),
        /// 404: Any error.
        NotFound(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 404u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::NotFound(_) => 404u16,
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
                    rt::check_body(&super::schemas::REPLACE_PET__ANSWER_200, body)
                }
                Self::NotFound(_) => Ok(()),
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
                    rt::check_body(&super::schemas::REPLACE_PET__ANSWER_200, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::REPLACE_PET__ANSWER_404, body)
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
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "replacePet";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                404u16 => Ok(Self::NotFound(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::NotFound(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::REPLACE_PET__ANSWER_404,
            "application/json",
        ),
    ];
}
///The `deletePet` operation: deletePet.
pub mod delete_pet {
    use super::types;
    ///deletePet
    ///
    ///`DELETE /pets/{petId}` (`deletePet`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`petId` in the path.
        pub pet_id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 204: Deleted; no body.
        NoContent,
        /// 404: Any error.
        NotFound(types::Error),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[204u16, 404u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::NoContent => 204u16,
                Self::NotFound(_) => 404u16,
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
                Self::NotFound(_) => Ok(()),
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
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::DELETE_PET__ANSWER_404, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::NoContent => rt::answer::<()>(204u16, None),
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Error> for Response {
        const OPERATION_ID: &'static str = "deletePet";
        fn error_answer(
            status: u16,
            body: types::Error,
        ) -> ::std::result::Result<Self, types::Error> {
            match status {
                404u16 => Ok(Self::NotFound(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Error) -> Self {
            Self::NotFound(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::DELETE_PET__ANSWER_404,
            "application/json",
        ),
    ];
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/petstore.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("petstore_openapi.json");
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
        operation_id: "listPets",
        method: "GET",
        path: "/pets",
        statuses: list_pets::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "createPet",
        method: "POST",
        path: "/pets",
        statuses: create_pet::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getPet",
        method: "GET",
        path: "/pets/{petId}",
        statuses: get_pet::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "replacePet",
        method: "PUT",
        path: "/pets/{petId}",
        statuses: replace_pet::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "deletePet",
        method: "DELETE",
        path: "/pets/{petId}",
        statuses: delete_pet::Response::STATUSES,
        index: 4usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The members of the error schema the router fills from a rejection.
pub const ERROR_MEMBERS: &[&str] = &["message"];
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
pub fn router<A: PetstoreApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: PetstoreApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route(
            "/pets",
            ::axum::routing::get(handle_list_pets::<A>).post(handle_create_pet::<A>),
        )
        .route(
            "/pets/{petId}",
            ::axum::routing::get(handle_get_pet::<A>)
                .put(handle_replace_pet::<A>)
                .delete(handle_delete_pet::<A>),
        )
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
static LIST_PETS__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The x-api-key header is missing.",
};
async fn handle_list_pets<A: PetstoreApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_pets::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &LIST_PETS__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let kinds = {
            let raw = __query.values("kinds");
            rt::optional_param::<
                ::std::vec::Vec<types::Kind>,
            >(&mut __violations, "query.kinds", &raw, &schemas::LIST_PETS__QUERY_KINDS)
        };
        let limit = {
            let raw = __query.values("limit");
            rt::param::<
                ::std::num::NonZeroU32,
            >(
                &mut __violations,
                "query.limit",
                &raw,
                &schemas::LIST_PETS__QUERY_LIMIT,
                Some("20"),
            )
        };
        let x_request_id = {
            let raw = rt::header_values(
                &__parts.headers,
                "x-request-id",
                &mut __violations,
            );
            rt::optional_param::<
                ::uuid::Uuid,
            >(
                &mut __violations,
                "header.x-request-id",
                &raw,
                &schemas::LIST_PETS__HEADER_X_REQUEST_ID,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(kinds), Some(limit), Some(x_request_id)) = (kinds, limit, x_request_id)
        else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = list_pets::Request {
            kinds,
            limit,
            x_request_id,
        };
        let __answer = __state.api.list_pets(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("listPets", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
static CREATE_PET__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The x-api-key header is missing.",
};
async fn handle_create_pet<A: PetstoreApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            create_pet::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &CREATE_PET__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::CREATE_PET__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::NewPet,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(body),) = (body,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = create_pet::Request { body };
        let __answer = __state.api.create_pet(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("createPet", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
static GET_PET__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The x-api-key header is missing.",
};
async fn handle_get_pet<A: PetstoreApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_pet::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &GET_PET__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let pet_id = {
            let raw = rt::path_value(&__path_values, "petId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.petId",
                &raw,
                &schemas::GET_PET__PATH_PET_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(pet_id),) = (pet_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_pet::Request { pet_id };
        let __answer = __state.api.get_pet(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getPet", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
static REPLACE_PET__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The x-api-key header is missing.",
};
async fn handle_replace_pet<A: PetstoreApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            replace_pet::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &REPLACE_PET__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::REPLACE_PET__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let pet_id = {
            let raw = rt::path_value(&__path_values, "petId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.petId",
                &raw,
                &schemas::REPLACE_PET__PATH_PET_ID,
                None,
            )
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::NewPet,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(pet_id), Some(body)) = (pet_id, body) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = replace_pet::Request {
            pet_id,
            body,
        };
        let __answer = __state.api.replace_pet(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("replacePet", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
static DELETE_PET__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The x-api-key header is missing.",
};
async fn handle_delete_pet<A: PetstoreApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            delete_pet::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &DELETE_PET__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let pet_id = {
            let raw = rt::path_value(&__path_values, "petId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.petId",
                &raw,
                &schemas::DELETE_PET__PATH_PET_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(pet_id),) = (pet_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = delete_pet::Request { pet_id };
        let __answer = __state.api.delete_pet(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("deletePet", __answer.status(), &violations),
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
    impl PetstoreApi for Mock {
        type Context = ();
        /// Any non-empty credential is accepted (the router answers 401 when a
        /// request has none), and `mutualTLS`'s empty one.
        async fn authenticate(
            &self,
            credential: Credential,
        ) -> ::std::result::Result<(), rt::AuthError> {
            #[allow(unreachable_patterns)]
            match &credential {
                Credential::ApiKey(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                _ => Ok(()),
            }
        }
        async fn list_pets(
            &self,
            _context: Self::Context,
            _request: list_pets::Request,
        ) -> list_pets::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_pets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_PETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    list_pets::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_PETS__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_pets::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_PETS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn create_pet(
            &self,
            _context: Self::Context,
            _request: create_pet::Request,
        ) -> create_pet::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(201u16) {
                201u16 => {
                    create_pet::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_PET__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    create_pet::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_PET__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                422u16 => {
                    create_pet::Response::UnprocessableEntity(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_PET__ANSWER_422),
                            &[],
                            422u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    create_pet::Response::Created(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_PET__ANSWER_201),
                            &[],
                            201u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn get_pet(
            &self,
            _context: Self::Context,
            request: get_pet::Request,
        ) -> get_pet::Response {
            let __facts = rt::mock::Facts::new()
                .echo("petId", &request.pet_id)
                .echo("id", &request.pet_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    get_pet::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::GET_PET__ANSWER_404),
                            &[],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn replace_pet(
            &self,
            _context: Self::Context,
            request: replace_pet::Request,
        ) -> replace_pet::Response {
            let __facts = rt::mock::Facts::new()
                .echo("petId", &request.pet_id)
                .echo("id", &request.pet_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    replace_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REPLACE_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    replace_pet::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::REPLACE_PET__ANSWER_404),
                            &[],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    replace_pet::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REPLACE_PET__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn delete_pet(
            &self,
            _context: Self::Context,
            request: delete_pet::Request,
        ) -> delete_pet::Response {
            let __facts = rt::mock::Facts::new()
                .echo("petId", &request.pet_id)
                .echo("id", &request.pet_id);
            match rt::mock::choice().code.unwrap_or(204u16) {
                204u16 => delete_pet::Response::NoContent,
                404u16 => {
                    delete_pet::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::DELETE_PET__ANSWER_404),
                            &[],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                _ => delete_pet::Response::NoContent,
            }
        }
    }
    /// Every operation's documented answers and their examples.
    pub const DOCUMENTED: &[rt::mock::Documented] = &[
        rt::mock::Documented {
            method: "GET",
            path: "/pets",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/pets",
            responses: &[("201", &[]), ("400", &[]), ("422", &[])],
            default_code: 201u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/pets/{petId}",
            responses: &[("200", &[]), ("404", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "PUT",
            path: "/pets/{petId}",
            responses: &[("200", &[]), ("404", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "DELETE",
            path: "/pets/{petId}",
            responses: &[("204", &[]), ("404", &[])],
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
    /// `Kind`: values the spec allows (every constraint the router checks).
    pub fn kind() -> impl ::proptest::strategy::Strategy<Value = types::Kind> {
        rt::strategy::of(&schemas::KIND)
    }
    /// `NewPet`: values the spec allows (every constraint the router checks).
    pub fn new_pet() -> impl ::proptest::strategy::Strategy<Value = types::NewPet> {
        rt::strategy::of(&schemas::NEW_PET)
    }
    /// `Pet`: values the spec allows (every constraint the router checks).
    pub fn pet() -> impl ::proptest::strategy::Strategy<Value = types::Pet> {
        rt::strategy::of(&schemas::PET)
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
    static PATTERN_0: Pattern = Pattern::new("^[A-Za-z ]+$");
    pub static KIND: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["dog", "cat", "bird"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static NEW_PET: Schema = Schema {
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
                            min_length: Some(1usize),
                            max_length: Some(40usize),
                            pattern: Some(&PATTERN_0),
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "kind",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        kind: Kind::Ref(&KIND),
                        ..Schema::ANY
                    },
                },
                Property {
                    name: "birthday",
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
                Property {
                    name: "tags",
                    required: false,
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
    pub static PET: Schema = Schema {
        nullable: false,
        kind: Kind::Any,
        all_of: &[
            &Schema {
                kind: Kind::Ref(&NEW_PET),
                ..Schema::ANY
            },
            &Schema {
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
    pub static ERROR: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "message",
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
    pub static LIST_PETS__QUERY_KINDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&KIND),
                ..Schema::ANY
            },
            min_items: None,
            max_items: None,
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_PETS__QUERY_LIMIT: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: Some("int32"),
            minimum: Some(1f64),
            maximum: Some(50f64),
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_PETS__HEADER_X_REQUEST_ID: Schema = Schema {
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
    };
    pub static LIST_PETS__ANSWER_200: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&PET),
                ..Schema::ANY
            },
            min_items: None,
            max_items: None,
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_PETS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static CREATE_PET__BODY: Schema = Schema {
        kind: Kind::Ref(&NEW_PET),
        ..Schema::ANY
    };
    pub static CREATE_PET__ANSWER_201: Schema = Schema {
        kind: Kind::Ref(&PET),
        ..Schema::ANY
    };
    pub static CREATE_PET__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static CREATE_PET__ANSWER_422: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static GET_PET__PATH_PET_ID: Schema = Schema {
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
    pub static GET_PET__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&PET),
        ..Schema::ANY
    };
    pub static GET_PET__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static REPLACE_PET__PATH_PET_ID: Schema = Schema {
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
    pub static REPLACE_PET__BODY: Schema = Schema {
        kind: Kind::Ref(&NEW_PET),
        ..Schema::ANY
    };
    pub static REPLACE_PET__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&PET),
        ..Schema::ANY
    };
    pub static REPLACE_PET__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
    pub static DELETE_PET__PATH_PET_ID: Schema = Schema {
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
    pub static DELETE_PET__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&ERROR),
        ..Schema::ANY
    };
}
