// @generated from crates/codegen/tests/specs/one_or_many.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`ListItemsStatesItem`
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
    pub enum ListItemsStatesItem {
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "closed")]
        Closed,
    }
    impl ::std::fmt::Display for ListItemsStatesItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("open"),
                Self::Closed => f.write_str("closed"),
            }
        }
    }
    impl ::std::str::FromStr for ListItemsStatesItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "open" => Ok(Self::Open),
                "closed" => Ok(Self::Closed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListItemsStatesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListItemsStatesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Problem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Problem {
        #[serde(default)]
        pub errors: ::std::vec::Vec<::std::string::String>,
        pub title: ::std::string::String,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Problem {
            errors: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    errors: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl Problem {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
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
        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    errors: value.errors?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self {
                    errors: Ok(value.errors),
                    title: Ok(value.title),
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
///The One or many as one trait: one method per operation. Implement it, then serve [`router`].
///
///
pub trait OneOrManyApi: Send + Sync + 'static {
    /// listItems
    ///
    ///
    ///`GET /items` (`listItems`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_items(&self, request: list_items::Request) -> list_items::Response {
     todo!()
 }
 ```*/
    fn list_items(
        &self,
        request: list_items::Request,
    ) -> impl ::std::future::Future<Output = list_items::Response> + Send;
}
///The `listItems` operation: listItems.
pub mod list_items {
    use super::types;
    ///listItems
    ///
    ///`GET /items` (`listItems`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Repeated keys (?ids=a&ids=b) or one (?ids=a).
        ///
        ///`ids` in the query.
        pub ids: ::std::vec::Vec<::uuid::Uuid>,
        ///
        ///`states` in the query.
        pub states: ::std::vec::Vec<types::ListItemsStatesItem>,
        ///
        ///`since` in the query.
        pub since: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Items.
        Ok(::std::vec::Vec<::std::string::String>),
        /// 400: Bad input.
        BadRequest(types::Problem),
        /// 500: Failure.
        InternalServerError(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 400u16, 500u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::InternalServerError(_) => 500u16,
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
                Self::InternalServerError(_) => Ok(()),
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
                    rt::check_body(&super::schemas::LIST_ITEMS__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::LIST_ITEMS__ANSWER_400, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::LIST_ITEMS__ANSWER_500, body)
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
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "listItems";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::LIST_ITEMS__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::LIST_ITEMS__ANSWER_500,
            "application/json",
        ),
    ];
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!(
    "../../codegen/tests/specs/one_or_many.yaml"
);
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("one_or_many_openapi.json");
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
        operation_id: "listItems",
        method: "GET",
        path: "/items",
        statuses: list_items::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The members of the error schema the router fills from a rejection.
pub const ERROR_MEMBERS: &[&str] = &["title"];
impl ::std::convert::From<&rt::Rejection> for types::Problem {
    /// The error body for a rejection; the generator checked that the error
    /// schema's members are exactly ones a rejection fills.
    fn from(rejection: &rt::Rejection) -> Self {
        rejection
            .to_body(ERROR_MEMBERS)
            .expect("the error schema was checked at generation time")
    }
}
/// The router for any implementation, with the default [`rt::RouterConfig`].
pub fn router<A: OneOrManyApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: OneOrManyApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/items", ::axum::routing::get(handle_list_items::<A>))
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
        .to_body::<types::Problem>(ERROR_MEMBERS)
        .and_then(|body| ::serde_json::to_value(&body).ok())
    {
        Some(body) => body,
        None => rejection.to_json(),
    };
    rt::fitted_answer(&rejection, body, bodies)
}
async fn handle_list_items<A: OneOrManyApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_items::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let ids = {
            let raw = __query.values("ids");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.ids",
                &raw,
                &schemas::LIST_ITEMS__QUERY_IDS,
                Some("[]"),
            )
        };
        let states = {
            let raw = __query.values("states");
            rt::param::<
                ::std::vec::Vec<types::ListItemsStatesItem>,
            >(
                &mut __violations,
                "query.states",
                &raw,
                &schemas::LIST_ITEMS__QUERY_STATES,
                Some("[\"open\",\"closed\"]"),
            )
        };
        let since = {
            let raw = __query.values("since");
            rt::optional_param::<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            >(&mut __violations, "query.since", &raw, &schemas::LIST_ITEMS__QUERY_SINCE)
                .map(::std::option::Option::flatten)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(ids), Some(states), Some(since)) = (ids, states, since) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = list_items::Request {
            ids,
            states,
            since,
        };
        let __answer = __state.api.list_items(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("listItems", __answer.status(), &violations),
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
    impl OneOrManyApi for Mock {
        async fn list_items(
            &self,
            _request: list_items::Request,
        ) -> list_items::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_items::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_ITEMS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    list_items::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_ITEMS__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    list_items::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_ITEMS__ANSWER_500),
                            &[],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_items::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_ITEMS__ANSWER_200),
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
            path: "/items",
            responses: &[("200", &[]), ("400", &[]), ("500", &[])],
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
    /// `Problem`: values the spec allows (every constraint the router checks).
    pub fn problem() -> impl ::proptest::strategy::Strategy<Value = types::Problem> {
        rt::strategy::of(&schemas::PROBLEM)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    pub static PROBLEM: Schema = Schema {
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
    pub static LIST_ITEMS__QUERY_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
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
            min_items: None,
            max_items: Some(10usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_ITEMS__QUERY_STATES: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: None,
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &["open", "closed"],
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
    };
    pub static LIST_ITEMS__QUERY_SINCE: Schema = Schema {
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
    pub static LIST_ITEMS__ANSWER_200: Schema = Schema {
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
    };
    pub static LIST_ITEMS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_ITEMS__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
}
