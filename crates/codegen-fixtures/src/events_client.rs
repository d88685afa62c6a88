// @generated from crates/codegen/tests/specs/events.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Order`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Order::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `Problem::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
    /// Build one with `WatchTicksEvent::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
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
#[derive(Clone, Debug)]
/**Client for Events

Server-sent events: a success answered as `text/event-stream` whose `x-item-schema` describes one event as OpenAPI 3.2's `itemSchema` does (`data`, `event`, `id`, `retry`).

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
    /**Orders as they change

Sends a `GET` request to `/orders/events`

Arguments:
- `status`: Only orders of this status.
- `last_event_id`: The id of the last event the client received: the stream resumes after it (sent by a reconnecting client).
```ignore
let response = client.watch_orders()
    .status(status)
    .last_event_id(last_event_id)
    .send()
    .await;
```*/
    pub fn watch_orders(&self) -> builder::WatchOrders<'_> {
        builder::WatchOrders::new(self)
    }
    /**A counter, with its data schema inline and the header declared

Sends a `GET` request to `/ticks`

Arguments:
- `last_event_id`: The last tick the client saw.
```ignore
let response = client.watch_ticks()
    .last_event_id(last_event_id)
    .send()
    .await;
```*/
    pub fn watch_ticks(&self) -> builder::WatchTicks<'_> {
        builder::WatchTicks::new(self)
    }
    /**Sends a `GET` request to `/orders/{orderId}`

```ignore
let response = client.get_order()
    .order_id(order_id)
    .send()
    .await;
```*/
    pub fn get_order(&self) -> builder::GetOrder<'_> {
        builder::GetOrder::new(self)
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
    /**Builder for [`Client::watch_orders`]

[`Client::watch_orders`]: super::Client::watch_orders*/
    #[derive(Debug, Clone)]
    pub struct WatchOrders<'a> {
        client: &'a super::Client,
        status: Result<Option<types::OrderStatus>, String>,
        last_event_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> WatchOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                status: Ok(None),
                last_event_id: Ok(None),
            }
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrderStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `OrderStatus` for status failed".to_string()
                });
            self
        }
        pub fn last_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_event_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_event_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/orders/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Problem>> {
            let Self { client, status, last_event_id } = self;
            let status = status.map_err(Error::InvalidRequest)?;
            let last_event_id = last_event_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders/events", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = last_event_id {
                header_map.append("Last-Event-ID", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "watch_orders",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
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
    /**Builder for [`Client::watch_ticks`]

[`Client::watch_ticks`]: super::Client::watch_ticks*/
    #[derive(Debug, Clone)]
    pub struct WatchTicks<'a> {
        client: &'a super::Client,
        last_event_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> WatchTicks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                last_event_id: Ok(None),
            }
        }
        pub fn last_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_event_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_event_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/ticks`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client, last_event_id } = self;
            let last_event_id = last_event_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ticks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = last_event_id {
                header_map.append("Last-Event-ID", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "watch_ticks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_order`]

[`Client::get_order`]: super::Client::get_order*/
    #[derive(Debug, Clone)]
    pub struct GetOrder<'a> {
        client: &'a super::Client,
        order_id: Result<i64, String>,
    }
    impl<'a> GetOrder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_id: Err("order_id was not initialized".to_string()),
            }
        }
        pub fn order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for order_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/orders/{orderId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<types::Problem>> {
            let Self { client, order_id } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& order_id.to_string()),
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
                operation_id: "get_order",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                404u16 => {
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
    impl<'a> WatchOrders<'a> {
        /// The events this request answers, each `data` read as a `types :: Order`, as a `Stream`: a connection that breaks or ends is opened again with the last event id as `Last-Event-ID` (after the server's `retry:`, else the retry policy's backoff), until the policy's retries pass without an event. An event whose data is not a `types :: Order` is an `Err` item and the stream goes on; an error answer ends it. The spec lists the event names `order.placed`, `order.shipped`; any other name is passed on as it comes.
        pub fn events(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::client_runtime::Stream<
                    Item = Result<
                        ::client_runtime::Event<types::Order>,
                        Error<types::Problem>,
                    >,
                > + Send + 'a,
            >,
        > {
            let policy = self.client.retry_policy().clone();
            ::client_runtime::events(
                policy,
                move |last_event_id| {
                    let request = match last_event_id {
                        Some(id) => self.clone().last_event_id(id),
                        None => self.clone(),
                    };
                    async move { request.send().await.map(ResponseValue::into_inner) }
                },
            )
        }
    }
    impl<'a> WatchTicks<'a> {
        /// The events this request answers, each `data` read as a `types :: WatchTicksEvent`, as a `Stream`: a connection that breaks or ends is opened again with the last event id as `Last-Event-ID` (after the server's `retry:`, else the retry policy's backoff), until the policy's retries pass without an event. An event whose data is not a `types :: WatchTicksEvent` is an `Err` item and the stream goes on; an error answer ends it.
        pub fn events(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::client_runtime::Stream<
                    Item = Result<
                        ::client_runtime::Event<types::WatchTicksEvent>,
                        Error<()>,
                    >,
                > + Send + 'a,
            >,
        > {
            let policy = self.client.retry_policy().clone();
            ::client_runtime::events(
                policy,
                move |last_event_id| {
                    let request = match last_event_id {
                        Some(id) => self.clone().last_event_id(id),
                        None => self.clone(),
                    };
                    async move { request.send().await.map(ResponseValue::into_inner) }
                },
            )
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
impl ::client_runtime::ErrorBody for types::Problem {
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
        "watch_orders" => {
            Some(::client_runtime::Operation {
                operation_id: "watchOrders",
                path: "/orders/events",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "watch_ticks" => {
            Some(::client_runtime::Operation {
                operation_id: "watchTicks",
                path: "/ticks",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_order" => {
            Some(::client_runtime::Operation {
                operation_id: "getOrder",
                path: "/orders/{orderId}",
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
