// @generated from crates/codegen/tests/specs/three_state.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
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
///The Three states as one trait: one method per operation. Implement it, then serve [`router`].
///
///
pub trait ThreeStatesApi: Send + Sync + 'static {
    /// updateNote
    ///
    ///
    ///`PATCH /notes/{id}` (`updateNote`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn update_note(&self, request: update_note::Request) -> update_note::Response {
     todo!()
 }
 ```*/
    fn update_note(
        &self,
        request: update_note::Request,
    ) -> impl ::std::future::Future<Output = update_note::Response> + Send;
}
///The `updateNote` operation: updateNote.
pub mod update_note {
    use super::types;
    ///updateNote
    ///
    ///`PATCH /notes/{id}` (`updateNote`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`id` in the path.
        pub id: ::uuid::Uuid,
        /// The JSON body.
        pub body: types::NotePatch,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Updated.
        Ok(types::Note),
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
                    rt::check_body(&super::schemas::UPDATE_NOTE__ANSWER_200, body)
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
    /// What `Note`'s type does not prove of `Note`.
    pub fn check_0(value: &types::Note, c: &mut rt::Collect) {
        let __len5 = c.enter("due");
        let __field4 = &(value).due;
        if let Some(__some6) = __field4 {
            c.year(
                &super::schemas::ANSWER_LEAF_0,
                ::chrono::Datelike::year(__some6),
                __some6,
            );
        }
        c.leave(__len5);
    }
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!(
    "../../codegen/tests/specs/three_state.yaml"
);
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("three_state_openapi.json");
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
        operation_id: "updateNote",
        method: "PATCH",
        path: "/notes/{id}",
        statuses: update_note::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The router for any implementation, with the default [`rt::RouterConfig`].
pub fn router<A: ThreeStatesApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: ThreeStatesApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/notes/{id}", ::axum::routing::patch(handle_update_note::<A>))
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
async fn handle_update_note<A: ThreeStatesApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            update_note::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::UPDATE_NOTE__BODY,
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
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                ::uuid::Uuid,
            >(&mut __violations, "path.id", &raw, &schemas::UPDATE_NOTE__PATH_ID, None)
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::NotePatch,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id), Some(body)) = (id, body) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = update_note::Request { id, body };
        let __answer = __state.api.update_note(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("updateNote", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
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
    impl ThreeStatesApi for Mock {
        async fn update_note(
            &self,
            request: update_note::Request,
        ) -> update_note::Response {
            let __facts = rt::mock::Facts::new().echo("id", &request.id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    update_note::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_NOTE__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    update_note::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_NOTE__ANSWER_200),
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
            method: "PATCH",
            path: "/notes/{id}",
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
    /// `Color`: values the spec allows (every constraint the router checks).
    pub fn color() -> impl ::proptest::strategy::Strategy<Value = types::Color> {
        rt::strategy::of(&schemas::COLOR)
    }
    /// `Note`: values the spec allows (every constraint the router checks).
    pub fn note() -> impl ::proptest::strategy::Strategy<Value = types::Note> {
        rt::strategy::of(&schemas::NOTE)
    }
    /// `NotePatch`: values the spec allows (every constraint the router checks).
    pub fn note_patch() -> impl ::proptest::strategy::Strategy<
        Value = types::NotePatch,
    > {
        rt::strategy::of(&schemas::NOTE_PATCH)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    pub static COLOR: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["red", "green"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static NOTE: Schema = Schema {
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
                    name: "text",
                    required: true,
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
                    name: "color",
                    required: true,
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
                        all_of: &[
                            &Schema {
                                kind: Kind::Ref(&COLOR),
                                ..Schema::ANY
                            },
                        ],
                        any_of: &[],
                        example: None,
                    },
                },
                Property {
                    name: "due",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
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
    pub static NOTE_PATCH: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "reason",
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
                    name: "text",
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
                    name: "due",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
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
                    },
                },
                Property {
                    name: "labels",
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
                    name: "pinned",
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
                    name: "priority",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: None,
                            minimum: Some(1f64),
                            maximum: Some(5f64),
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
                    name: "color",
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
                        all_of: &[
                            &Schema {
                                kind: Kind::Ref(&COLOR),
                                ..Schema::ANY
                            },
                        ],
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
    };
    pub static UPDATE_NOTE__PATH_ID: Schema = Schema {
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
    pub static UPDATE_NOTE__BODY: Schema = Schema {
        kind: Kind::Ref(&NOTE_PATCH),
        ..Schema::ANY
    };
    pub static UPDATE_NOTE__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&NOTE),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_0: Schema = Schema {
        nullable: true,
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
}
