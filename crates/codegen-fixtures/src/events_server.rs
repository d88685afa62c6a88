// @generated from crates/codegen/tests/specs/events.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Order`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Order {
        pub id: i64,
        pub status: OrderStatus,
        pub total: f64,
    }
    impl Order {
        pub fn builder() -> builder::Order {
            Default::default()
        }
    }
    ///`OrderStatus`
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
    pub enum OrderStatus {
        #[serde(rename = "placed")]
        Placed,
        #[serde(rename = "shipped")]
        Shipped,
    }
    impl ::std::fmt::Display for OrderStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Placed => f.write_str("placed"),
                Self::Shipped => f.write_str("shipped"),
            }
        }
    }
    impl ::std::str::FromStr for OrderStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "placed" => Ok(Self::Placed),
                "shipped" => Ok(Self::Shipped),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrderStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrderStatus {
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
        pub status: i64,
        pub title: ::std::string::String,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }
    ///`WatchTicksEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchTicksEvent {
        pub count: u64,
    }
    impl WatchTicksEvent {
        pub fn builder() -> builder::WatchTicksEvent {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Order {
            id: ::std::result::Result<i64, ::std::string::String>,
            status: ::std::result::Result<super::OrderStatus, ::std::string::String>,
            total: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for Order {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl Order {
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrderStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
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
                    id: value.id?,
                    status: value.status?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::Order> for Order {
            fn from(value: super::Order) -> Self {
                Self {
                    id: Ok(value.id),
                    status: Ok(value.status),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Problem {
            status: ::std::result::Result<i64, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl Problem {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
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
                    status: value.status?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self {
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchTicksEvent {
            count: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for WatchTicksEvent {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                }
            }
        }
        impl WatchTicksEvent {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchTicksEvent> for super::WatchTicksEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchTicksEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { count: value.count? })
            }
        }
        impl ::std::convert::From<super::WatchTicksEvent> for WatchTicksEvent {
            fn from(value: super::WatchTicksEvent) -> Self {
                Self { count: Ok(value.count) }
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
///The Events as one trait: one method per operation. Implement it, then serve [`router`].
///
///Server-sent events: a success answered as `text/event-stream` whose `x-item-schema` describes one event as OpenAPI 3.2's `itemSchema` does (`data`, `event`, `id`, `retry`).
pub trait EventsApi: Send + Sync + 'static {
    /// Orders as they change
    ///
    ///
    ///`GET /orders/events` (`watchOrders`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn watch_orders(&self, request: watch_orders::Request) -> watch_orders::Response {
     todo!()
 }
 ```*/
    fn watch_orders(
        &self,
        request: watch_orders::Request,
    ) -> impl ::std::future::Future<Output = watch_orders::Response> + Send;
    /// A counter, with its data schema inline and the header declared
    ///
    ///
    ///`GET /ticks` (`watchTicks`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn watch_ticks(&self, request: watch_ticks::Request) -> watch_ticks::Response {
     todo!()
 }
 ```*/
    fn watch_ticks(
        &self,
        request: watch_ticks::Request,
    ) -> impl ::std::future::Future<Output = watch_ticks::Response> + Send;
    /// getOrder
    ///
    ///
    ///`GET /orders/{orderId}` (`getOrder`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_order(&self, request: get_order::Request) -> get_order::Response {
     todo!()
 }
 ```*/
    fn get_order(
        &self,
        request: get_order::Request,
    ) -> impl ::std::future::Future<Output = get_order::Response> + Send;
}
///The `watchOrders` operation: Orders as they change.
pub mod watch_orders {
    use super::types;
    ///Orders as they change
    ///
    ///`GET /orders/events` (`watchOrders`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Only orders of this status.
        ///
        ///`status` in the query.
        pub status: ::std::option::Option<types::OrderStatus>,
        /// The id of the last event the client received: the stream resumes after it (sent by a reconnecting client).
        ///
        ///`Last-Event-ID` in the header.
        pub last_event_id: ::std::option::Option<::std::string::String>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Debug)]
    pub enum Response {
        /// 200: One event per change of an order.
        ///
        /// Server-sent events, each carrying a `Order`; the router frames them, sends a keep-alive comment after `server_runtime::sse::KEEP_ALIVE` of silence and drops the stream when the client goes away. Event names the spec lists: `order.placed`, `order.shipped`.
        Ok(::server_runtime::sse::EventStream<types::Order>),
        /// 400: A filter the server does not take.
        BadRequest(types::Problem),
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
                Self::Ok(_) => Ok(()),
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
                Self::Ok(_) => Ok(()),
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::WATCH_ORDERS__ANSWER_400, body)
                }
            }
        }
        /// This answer with each event of a stream checked against the spec as it
        /// leaves (the router calls it when `RouterConfig::validate_responses` is
        /// on): the first event that breaks it is logged and ends the stream.
        pub fn checked_events(self) -> Self {
            #[allow(unreachable_patterns)]
            match self {
                Self::Ok(events) => {
                    Self::Ok(
                        events
                            .checked(
                                "watchOrders",
                                &super::schemas::WATCH_ORDERS__EVENT_200,
                            ),
                    )
                }
                other => other,
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(events) => rt::sse::answer(200u16, events),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "watchOrders";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::BadRequest(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::WATCH_ORDERS__ANSWER_400,
            "application/json",
        ),
    ];
}
///The `watchTicks` operation: A counter, with its data schema inline and the header declared.
pub mod watch_ticks {
    use super::types;
    ///A counter, with its data schema inline and the header declared
    ///
    ///`GET /ticks` (`watchTicks`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// The last tick the client saw.
        ///
        ///`Last-Event-ID` in the header.
        pub last_event_id: ::std::option::Option<::std::string::String>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Debug)]
    pub enum Response {
        /// 200: One event per tick.
        ///
        /// Server-sent events, each carrying a `WatchTicksEvent`; the router frames them, sends a keep-alive comment after `server_runtime::sse::KEEP_ALIVE` of silence and drops the stream when the client goes away.
        Ok(::server_runtime::sse::EventStream<types::WatchTicksEvent>),
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
                Self::Ok(_) => Ok(()),
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
                Self::Ok(_) => Ok(()),
            }
        }
        /// This answer with each event of a stream checked against the spec as it
        /// leaves (the router calls it when `RouterConfig::validate_responses` is
        /// on): the first event that breaks it is logged and ends the stream.
        pub fn checked_events(self) -> Self {
            #[allow(unreachable_patterns)]
            match self {
                Self::Ok(events) => {
                    Self::Ok(
                        events
                            .checked(
                                "watchTicks",
                                &super::schemas::WATCH_TICKS__EVENT_200,
                            ),
                    )
                }
                other => other,
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(events) => rt::sse::answer(200u16, events),
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[];
}
///The `getOrder` operation: getOrder.
pub mod get_order {
    use super::types;
    ///getOrder
    ///
    ///`GET /orders/{orderId}` (`getOrder`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`orderId` in the path.
        pub order_id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The order.
        Ok(types::Order),
        /// 404: No such order.
        NotFound(types::Problem),
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
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_1(body, c);
                    collect.finish()
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
                    rt::check_body(&super::schemas::GET_ORDER__ANSWER_200, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::GET_ORDER__ANSWER_404, body)
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
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "getOrder";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                404u16 => Ok(Self::NotFound(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::NotFound(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::GET_ORDER__ANSWER_404,
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
    /// What `Order`'s type does not prove of `Order`.
    pub fn check_1(value: &types::Order, c: &mut rt::Collect) {
        let __len6 = c.enter("total");
        let __field5 = &(value).total;
        c.value(&super::schemas::ANSWER_LEAF_0, &::serde_json::Value::from(*__field5));
        c.leave(__len6);
    }
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/events.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("events_openapi.json");
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
        operation_id: "watchOrders",
        method: "GET",
        path: "/orders/events",
        statuses: watch_orders::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "watchTicks",
        method: "GET",
        path: "/ticks",
        statuses: watch_ticks::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getOrder",
        method: "GET",
        path: "/orders/{orderId}",
        statuses: get_order::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The members of the error schema the router fills from a rejection.
pub const ERROR_MEMBERS: &[&str] = &["title", "status"];
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
pub fn router<A: EventsApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: EventsApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/orders/events", ::axum::routing::get(handle_watch_orders::<A>))
        .route("/orders/{orderId}", ::axum::routing::get(handle_get_order::<A>))
        .route("/ticks", ::axum::routing::get(handle_watch_ticks::<A>))
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
async fn handle_watch_orders<A: EventsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            watch_orders::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let status = {
            let raw = __query.values("status");
            rt::optional_param::<
                types::OrderStatus,
            >(
                &mut __violations,
                "query.status",
                &raw,
                &schemas::WATCH_ORDERS__QUERY_STATUS,
            )
        };
        let last_event_id = {
            let raw = rt::header_values(
                &__parts.headers,
                "Last-Event-ID",
                &mut __violations,
            );
            rt::optional_param::<
                ::std::string::String,
            >(
                &mut __violations,
                "header.Last-Event-ID",
                &raw,
                &schemas::WATCH_ORDERS__HEADER_LAST_EVENT_ID,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(status), Some(last_event_id)) = (status, last_event_id) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = watch_orders::Request {
            status,
            last_event_id,
        };
        let __answer = __state.api.watch_orders(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("watchOrders", __answer.status(), &violations),
                );
            }
        }
        let __answer = if __state.config.validate_responses {
            __answer.checked_events()
        } else {
            __answer
        };
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_watch_ticks<A: EventsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            watch_ticks::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let last_event_id = {
            let raw = rt::header_values(
                &__parts.headers,
                "Last-Event-ID",
                &mut __violations,
            );
            rt::optional_param::<
                ::std::string::String,
            >(
                &mut __violations,
                "header.Last-Event-ID",
                &raw,
                &schemas::WATCH_TICKS__HEADER_LAST_EVENT_ID,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(last_event_id),) = (last_event_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = watch_ticks::Request {
            last_event_id,
        };
        let __answer = __state.api.watch_ticks(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("watchTicks", __answer.status(), &violations),
                );
            }
        }
        let __answer = if __state.config.validate_responses {
            __answer.checked_events()
        } else {
            __answer
        };
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_get_order<A: EventsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_order::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let order_id = {
            let raw = rt::path_value(&__path_values, "orderId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.orderId",
                &raw,
                &schemas::GET_ORDER__PATH_ORDER_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(order_id),) = (order_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_order::Request { order_id };
        let __answer = __state.api.get_order(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getOrder", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
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
    impl EventsApi for Mock {
        async fn watch_orders(
            &self,
            request: watch_orders::Request,
        ) -> watch_orders::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    watch_orders::Response::Ok(
                        rt::mock::events(
                            Some(&super::schemas::WATCH_ORDERS__EVENT_200),
                            &["order.placed", "order.shipped"],
                            rt::sse::last_event_id(&request.last_event_id).as_deref(),
                        ),
                    )
                }
                400u16 => {
                    watch_orders::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::WATCH_ORDERS__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    watch_orders::Response::Ok(
                        rt::mock::events(
                            Some(&super::schemas::WATCH_ORDERS__EVENT_200),
                            &["order.placed", "order.shipped"],
                            rt::sse::last_event_id(&request.last_event_id).as_deref(),
                        ),
                    )
                }
            }
        }
        async fn watch_ticks(
            &self,
            request: watch_ticks::Request,
        ) -> watch_ticks::Response {
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    watch_ticks::Response::Ok(
                        rt::mock::events(
                            Some(&super::schemas::WATCH_TICKS__EVENT_200),
                            &[],
                            rt::sse::last_event_id(&request.last_event_id).as_deref(),
                        ),
                    )
                }
                _ => {
                    watch_ticks::Response::Ok(
                        rt::mock::events(
                            Some(&super::schemas::WATCH_TICKS__EVENT_200),
                            &[],
                            rt::sse::last_event_id(&request.last_event_id).as_deref(),
                        ),
                    )
                }
            }
        }
        async fn get_order(&self, request: get_order::Request) -> get_order::Response {
            let __facts = rt::mock::Facts::new()
                .echo("orderId", &request.order_id)
                .echo("id", &request.order_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_order::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_ORDER__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    get_order::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::GET_ORDER__ANSWER_404),
                            &[],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_order::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_ORDER__ANSWER_200),
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
            path: "/orders/events",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/ticks",
            responses: &[("200", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/orders/{orderId}",
            responses: &[("200", &[]), ("404", &[])],
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
    /// `OrderStatus`: values the spec allows (every constraint the router checks).
    pub fn order_status() -> impl ::proptest::strategy::Strategy<
        Value = types::OrderStatus,
    > {
        rt::strategy::of(&schemas::ORDER_STATUS)
    }
    /// `Order`: values the spec allows (every constraint the router checks).
    pub fn order() -> impl ::proptest::strategy::Strategy<Value = types::Order> {
        rt::strategy::of(&schemas::ORDER)
    }
    /// `Problem`: values the spec allows (every constraint the router checks).
    pub fn problem() -> impl ::proptest::strategy::Strategy<Value = types::Problem> {
        rt::strategy::of(&schemas::PROBLEM)
    }
    /// `watchTicks-event`: values the spec allows (every constraint the router checks).
    pub fn watch_ticks_event() -> impl ::proptest::strategy::Strategy<
        Value = types::WatchTicksEvent,
    > {
        rt::strategy::of(&schemas::WATCH_TICKS_EVENT)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    pub static ORDER_STATUS: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["placed", "shipped"],
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
                    name: "status",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        kind: Kind::Ref(&ORDER_STATUS),
                        ..Schema::ANY
                    },
                },
                Property {
                    name: "total",
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
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
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
                    name: "status",
                    required: true,
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
    pub static WATCH_TICKS_EVENT: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "count",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
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
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static WATCH_ORDERS__QUERY_STATUS: Schema = Schema {
        kind: Kind::Ref(&ORDER_STATUS),
        ..Schema::ANY
    };
    pub static WATCH_ORDERS__HEADER_LAST_EVENT_ID: Schema = Schema {
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
    pub static WATCH_ORDERS__EVENT_200: Schema = Schema {
        kind: Kind::Ref(&ORDER),
        ..Schema::ANY
    };
    pub static WATCH_ORDERS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static WATCH_TICKS__HEADER_LAST_EVENT_ID: Schema = Schema {
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
    pub static WATCH_TICKS__EVENT_200: Schema = Schema {
        kind: Kind::Ref(&WATCH_TICKS_EVENT),
        ..Schema::ANY
    };
    pub static GET_ORDER__PATH_ORDER_ID: Schema = Schema {
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
    pub static GET_ORDER__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&ORDER),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_0: Schema = Schema {
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
    };
    pub static GET_ORDER__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
}
