// @generated from crates/codegen/tests/specs/responses.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Failure`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Failure::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Failure {
        pub code: ::std::string::String,
    }
    impl Failure {
        pub fn builder() -> builder::Failure {
            Default::default()
        }
    }
    ///`GetJobError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `GetJobError::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct GetJobError {
        pub reason: ::std::string::String,
    }
    impl GetJobError {
        pub fn builder() -> builder::GetJobError {
            Default::default()
        }
    }
    ///`GetJobResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `GetJobResponse::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct GetJobResponse {
        pub state: ::std::string::String,
    }
    impl GetJobResponse {
        pub fn builder() -> builder::GetJobResponse {
            Default::default()
        }
    }
    ///`Problem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Problem::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Problem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
        pub title: ::std::string::String,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }
    ///An error of the API's own shape; no member of it is a problem's but `message`, and `status` is a string.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    /// Build one with `Refused::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Refused {
        pub category: ::std::string::String,
        pub message: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl Refused {
        pub fn builder() -> builder::Refused {
            Default::default()
        }
    }
    ///`Report`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Report::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Report {
        pub id: i64,
        pub title: ::std::string::String,
    }
    impl Report {
        pub fn builder() -> builder::Report {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Failure {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Failure {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                }
            }
        }
        impl Failure {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Failure> for super::Failure {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Failure,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { code: value.code? })
            }
        }
        impl ::std::convert::From<super::Failure> for Failure {
            fn from(value: super::Failure) -> Self {
                Self { code: Ok(value.code) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetJobError {
            reason: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for GetJobError {
            fn default() -> Self {
                Self {
                    reason: Err("no value supplied for reason".to_string()),
                }
            }
        }
        impl GetJobError {
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetJobError> for super::GetJobError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetJobError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { reason: value.reason? })
            }
        }
        impl ::std::convert::From<super::GetJobError> for GetJobError {
            fn from(value: super::GetJobError) -> Self {
                Self { reason: Ok(value.reason) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetJobResponse {
            state: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for GetJobResponse {
            fn default() -> Self {
                Self {
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl GetJobResponse {
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetJobResponse> for super::GetJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { state: value.state? })
            }
        }
        impl ::std::convert::From<super::GetJobResponse> for GetJobResponse {
            fn from(value: super::GetJobResponse) -> Self {
                Self { state: Ok(value.state) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Problem {
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl Problem {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
        pub struct Refused {
            category: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Refused {
            fn default() -> Self {
                Self {
                    category: Err("no value supplied for category".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl Refused {
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Refused> for super::Refused {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Refused,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    category: value.category?,
                    message: value.message?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Refused> for Refused {
            fn from(value: super::Refused) -> Self {
                Self {
                    category: Ok(value.category),
                    message: Ok(value.message),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Report {
            id: ::std::result::Result<i64, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Report {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl Report {
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
        impl ::std::convert::TryFrom<Report> for super::Report {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Report,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::Report> for Report {
            fn from(value: super::Report) -> Self {
                Self {
                    id: Ok(value.id),
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
#[derive(Clone, Debug)]
/**Client for Reports

Responses outside the happy path: no operationIds, `default` beside a success, a `4XX` range, two error schemas in one operation, an error without a body, a PDF, JSON by other names, documented response headers (required, optional, a list, a raw object, a `components/headers` reference, and `Content-Type`, which OpenAPI says to ignore).

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
    /**A report as JSON (served as application/json; charset=utf-8)

Sends a `GET` request to `/reports/{reportId}`

```ignore
let response = client.get_reports_by_report_id()
    .report_id(report_id)
    .send()
    .await;
```*/
    pub fn get_reports_by_report_id(&self) -> builder::GetReportsByReportId<'_> {
        builder::GetReportsByReportId::new(self)
    }
    /**Deletes a report

Sends a `DELETE` request to `/reports/{reportId}`

```ignore
let response = client.delete_reports_by_report_id()
    .report_id(report_id)
    .send()
    .await;
```*/
    pub fn delete_reports_by_report_id(&self) -> builder::DeleteReportsByReportId<'_> {
        builder::DeleteReportsByReportId::new(self)
    }
    /**The report as a PDF

Sends a `GET` request to `/reports/{reportId}/pdf`

```ignore
let response = client.get_reports_by_report_id_pdf()
    .report_id(report_id)
    .send()
    .await;
```*/
    pub fn get_reports_by_report_id_pdf(&self) -> builder::GetReportsByReportIdPdf<'_> {
        builder::GetReportsByReportIdPdf::new(self)
    }
    /**A job; its success and its error each an inline schema, which progenitor would name alike

Sends a `GET` request to `/jobs/{jobId}`

```ignore
let response = client.get_job()
    .job_id(job_id)
    .send()
    .await;
```*/
    pub fn get_job(&self) -> builder::GetJob<'_> {
        builder::GetJob::new(self)
    }
    /**A job's log; its 400 documented in a shape of the API's own, which the router's own refusals take

Sends a `GET` request to `/jobs/{jobId}/log`

```ignore
let response = client.get_job_log()
    .job_id(job_id)
    .lines(lines)
    .send()
    .await;
```*/
    pub fn get_job_log(&self) -> builder::GetJobLog<'_> {
        builder::GetJobLog::new(self)
    }
    /**Done at once (200, JSON) or accepted (202, no body), as Azure writes long operations; raw bytes to the client, each status as written on the wire

Sends a `POST` request to `/jobs`

```ignore
let response = client.start_job()
    .send()
    .await;
```*/
    pub fn start_job(&self) -> builder::StartJob<'_> {
        builder::StartJob::new(self)
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
    /**Builder for [`Client::get_reports_by_report_id`]

[`Client::get_reports_by_report_id`]: super::Client::get_reports_by_report_id*/
    #[derive(Debug, Clone)]
    pub struct GetReportsByReportId<'a> {
        client: &'a super::Client,
        report_id: Result<i64, String>,
    }
    impl<'a> GetReportsByReportId<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                report_id: Err("report_id was not initialized".to_string()),
            }
        }
        pub fn report_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.report_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for report_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/reports/{reportId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Report>, Error<ByteStream>> {
            let Self { client, report_id } = self;
            let report_id = report_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reports/{}", client.baseurl, encode_path(& report_id.to_string()),
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
                operation_id: "get_reports_by_report_id",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(ResponseValue::stream(response)))
                }
                404u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                429u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(ResponseValue::stream(response)))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_reports_by_report_id`]

[`Client::delete_reports_by_report_id`]: super::Client::delete_reports_by_report_id*/
    #[derive(Debug, Clone)]
    pub struct DeleteReportsByReportId<'a> {
        client: &'a super::Client,
        report_id: Result<i64, String>,
    }
    impl<'a> DeleteReportsByReportId<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                report_id: Err("report_id was not initialized".to_string()),
            }
        }
        pub fn report_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.report_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for report_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/reports/{reportId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, report_id } = self;
            let report_id = report_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reports/{}", client.baseurl, encode_path(& report_id.to_string()),
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_reports_by_report_id",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
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
    /**Builder for [`Client::get_reports_by_report_id_pdf`]

[`Client::get_reports_by_report_id_pdf`]: super::Client::get_reports_by_report_id_pdf*/
    #[derive(Debug, Clone)]
    pub struct GetReportsByReportIdPdf<'a> {
        client: &'a super::Client,
        report_id: Result<i64, String>,
    }
    impl<'a> GetReportsByReportIdPdf<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                report_id: Err("report_id was not initialized".to_string()),
            }
        }
        pub fn report_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.report_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for report_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/reports/{reportId}/pdf`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Problem>> {
            let Self { client, report_id } = self;
            let report_id = report_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reports/{}/pdf", client.baseurl, encode_path(& report_id
                .to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_reports_by_report_id_pdf",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
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
    /**Builder for [`Client::get_job`]

[`Client::get_job`]: super::Client::get_job*/
    #[derive(Debug, Clone)]
    pub struct GetJob<'a> {
        client: &'a super::Client,
        job_id: Result<i64, String>,
    }
    impl<'a> GetJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
            }
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/jobs/{jobId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetJobResponse>, Error<types::GetJobError>> {
            let Self { client, job_id } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/jobs/{}", client.baseurl, encode_path(& job_id.to_string()),
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
                operation_id: "get_job",
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
    /**Builder for [`Client::get_job_log`]

[`Client::get_job_log`]: super::Client::get_job_log*/
    #[derive(Debug, Clone)]
    pub struct GetJobLog<'a> {
        client: &'a super::Client,
        job_id: Result<i64, String>,
        lines: Result<i64, String>,
    }
    impl<'a> GetJobLog<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
                lines: Err("lines was not initialized".to_string()),
            }
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        pub fn lines<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.lines = value
                .try_into()
                .map_err(|_| "conversion to `i64` for lines failed".to_string());
            self
        }
        ///Sends a `GET` request to `/jobs/{jobId}/log`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Refused>> {
            let Self { client, job_id, lines } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let lines = lines.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/jobs/{}/log", client.baseurl, encode_path(& job_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("lines", &lines))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_job_log",
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
    /**Builder for [`Client::start_job`]

[`Client::start_job`]: super::Client::start_job*/
    #[derive(Debug, Clone)]
    pub struct StartJob<'a> {
        client: &'a super::Client,
    }
    impl<'a> StartJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/jobs`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/jobs", client.baseurl,);
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
                operation_id: "start_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                202u16 => Ok(ResponseValue::stream(response)),
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
impl ::client_runtime::ErrorBody for types::GetJobError {
    fn summary(&self) -> ::std::option::Option<::std::string::String> {
        ::client_runtime::summary(self)
    }
    fn debug(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Debug::fmt(self, f)
    }
}
impl ::client_runtime::ErrorBody for types::Problem {
    fn summary(&self) -> ::std::option::Option<::std::string::String> {
        ::client_runtime::summary(self)
    }
    fn debug(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Debug::fmt(self, f)
    }
}
impl ::client_runtime::ErrorBody for types::Refused {
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
        "get_reports_by_report_id" => {
            Some(::client_runtime::Operation {
                operation_id: "getReportsByReportId",
                path: "/reports/{reportId}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "delete_reports_by_report_id" => {
            Some(::client_runtime::Operation {
                operation_id: "deleteReportsByReportId",
                path: "/reports/{reportId}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_reports_by_report_id_pdf" => {
            Some(::client_runtime::Operation {
                operation_id: "getReportsByReportIdPdf",
                path: "/reports/{reportId}/pdf",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_job" => {
            Some(::client_runtime::Operation {
                operation_id: "getJob",
                path: "/jobs/{jobId}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_job_log" => {
            Some(::client_runtime::Operation {
                operation_id: "getJobLog",
                path: "/jobs/{jobId}/log",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "start_job" => {
            Some(::client_runtime::Operation {
                operation_id: "startJob",
                path: "/jobs",
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
/// Typed errors per status, for the operations whose error answers document
/// different bodies (progenitor's error type for them is any JSON or bytes).
pub mod errors {
    #[allow(unused_imports)]
    use super::{types, Error, ByteStream};
    /// The error answers of `getReportsByReportId`, one variant per documented status, with the body the spec documents for it.
    #[derive(Clone, Debug, PartialEq)]
    pub enum GetReportsByReportIdError {
        /// 404: No such report.
        NotFound(types::Problem),
        /// 429: Slow down (no body).
        TooManyRequests,
        /// default: Anything else.
        Default(u16, types::Failure),
        /// A status the operation does not document, or a body that is not the documented
        /// one: the status and the body's bytes.
        Other(u16, ::std::vec::Vec<u8>),
    }
    impl GetReportsByReportIdError {
        /// Reads an error answer by its status.
        pub fn from_status(status: u16, body: &[u8]) -> Self {
            match status {
                404u16 => {
                    match serde_json::from_slice(body) {
                        Ok(body) => Self::NotFound(body),
                        Err(_) => Self::Other(status, body.to_vec()),
                    }
                }
                429u16 => Self::TooManyRequests,
                _ => {
                    match serde_json::from_slice(body) {
                        Ok(body) => Self::Default(status, body),
                        Err(_) => Self::Other(status, body.to_vec()),
                    }
                }
            }
        }
        /// The typed answer of a failed `send()`; the error itself when it is not an
        /// answer of the server (a connection failure, say).
        pub async fn from_error(
            error: Error<ByteStream>,
        ) -> ::std::result::Result<Self, Error<ByteStream>> {
            match error {
                Error::ErrorResponse(answer) => {
                    let status = answer.status().as_u16();
                    let mut stream = answer.into_inner().into_inner();
                    let mut body = ::std::vec::Vec::new();
                    while let Some(chunk) = ::client_runtime::StreamExt::next(
                            &mut stream,
                        )
                        .await
                    {
                        body.extend_from_slice(
                            &chunk.map_err(Error::ResponseBodyError)?,
                        );
                    }
                    Ok(Self::from_status(status, &body))
                }
                Error::UnexpectedResponse(response) => {
                    let status = response.status().as_u16();
                    let body = response.bytes().await.map_err(Error::ResponseBodyError)?;
                    Ok(Self::from_status(status, &body))
                }
                other => Err(other),
            }
        }
    }
}
