// @generated from crates/codegen/tests/specs/responses.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Failure`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
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
///The Reports as one trait: one method per operation. Implement it, then serve [`router`].
///
///Responses outside the happy path: no operationIds, `default` beside a success, a `4XX` range, two error schemas in one operation, an error without a body, a PDF, JSON by other names, documented response headers (required, optional, a list, a raw object, a `components/headers` reference, and `Content-Type`, which OpenAPI says to ignore).
pub trait ReportsApi: Send + Sync + 'static {
    /// A report as JSON (served as application/json; charset=utf-8).
    ///
    ///
    ///`GET /reports/{reportId}` (`getReportsByReportId`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_reports_by_report_id(&self, request: get_reports_by_report_id::Request) -> get_reports_by_report_id::Response {
     todo!()
 }
 ```*/
    fn get_reports_by_report_id(
        &self,
        request: get_reports_by_report_id::Request,
    ) -> impl ::std::future::Future<Output = get_reports_by_report_id::Response> + Send;
    /// Deletes a report.
    ///
    ///
    ///`DELETE /reports/{reportId}` (`deleteReportsByReportId`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn delete_reports_by_report_id(&self, request: delete_reports_by_report_id::Request) -> delete_reports_by_report_id::Response {
     todo!()
 }
 ```*/
    fn delete_reports_by_report_id(
        &self,
        request: delete_reports_by_report_id::Request,
    ) -> impl ::std::future::Future<
        Output = delete_reports_by_report_id::Response,
    > + Send;
    /// The report as a PDF.
    ///
    ///
    ///`GET /reports/{reportId}/pdf` (`getReportsByReportIdPdf`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_reports_by_report_id_pdf(&self, request: get_reports_by_report_id_pdf::Request) -> get_reports_by_report_id_pdf::Response {
     todo!()
 }
 ```*/
    fn get_reports_by_report_id_pdf(
        &self,
        request: get_reports_by_report_id_pdf::Request,
    ) -> impl ::std::future::Future<
        Output = get_reports_by_report_id_pdf::Response,
    > + Send;
    /// A job; its success and its error each an inline schema, which progenitor would name alike.
    ///
    ///
    ///`GET /jobs/{jobId}` (`getJob`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_job(&self, request: get_job::Request) -> get_job::Response {
     todo!()
 }
 ```*/
    fn get_job(
        &self,
        request: get_job::Request,
    ) -> impl ::std::future::Future<Output = get_job::Response> + Send;
    /// A job's log; its 400 documented in a shape of the API's own, which the router's own refusals take.
    ///
    ///
    ///`GET /jobs/{jobId}/log` (`getJobLog`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_job_log(&self, request: get_job_log::Request) -> get_job_log::Response {
     todo!()
 }
 ```*/
    fn get_job_log(
        &self,
        request: get_job_log::Request,
    ) -> impl ::std::future::Future<Output = get_job_log::Response> + Send;
    /// Done at once (200, JSON) or accepted (202, no body), as Azure writes long operations; raw bytes to the client, each status as written on the wire.
    ///
    ///
    ///`POST /jobs` (`startJob`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn start_job(&self, request: start_job::Request) -> start_job::Response {
     todo!()
 }
 ```*/
    fn start_job(
        &self,
        request: start_job::Request,
    ) -> impl ::std::future::Future<Output = start_job::Response> + Send;
}
///The `getReportsByReportId` operation: A report as JSON (served as application/json; charset=utf-8)..
pub mod get_reports_by_report_id {
    use super::types;
    ///A report as JSON (served as application/json; charset=utf-8).
    ///
    ///`GET /reports/{reportId}` (`getReportsByReportId`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`reportId` in the path.
        pub report_id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The report.
        Ok(types::Report, OkHeaders),
        /// 404: No such report.
        NotFound(::axum::body::Bytes),
        /// 429: Slow down (no body).
        TooManyRequests(TooManyRequestsHeaders),
        /// 4XX: Anything else.
        ///
        /// The status comes first.
        Status4XX(u16, ::axum::body::Bytes),
        /// 5XX: Anything else.
        ///
        /// The status comes first.
        Status5XX(u16, ::axum::body::Bytes),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 404u16, 429u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_, _) => 200u16,
                Self::NotFound(_) => 404u16,
                Self::TooManyRequests(_) => 429u16,
                Self::Status4XX(status, _) => *status,
                Self::Status5XX(status, _) => *status,
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
                Self::Ok(_, headers) => headers.check(),
                Self::NotFound(body) => {
                    rt::check_json_bytes(
                        &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_404,
                        body,
                    )
                }
                Self::TooManyRequests(headers) => headers.check(),
                Self::Status4XX(status, body) => {
                    rt::check_status(*status, Some(4u16), Self::STATUSES)
                        .and_then(|()| rt::check_json_bytes(
                            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_4XX,
                            body,
                        ))
                }
                Self::Status5XX(status, body) => {
                    rt::check_status(*status, Some(5u16), Self::STATUSES)
                        .and_then(|()| rt::check_json_bytes(
                            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_5XX,
                            body,
                        ))
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
                Self::Ok(body, headers) => {
                    rt::check_body(
                            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_200,
                            body,
                        )
                        .and_then(|()| headers.check())
                }
                Self::NotFound(body) => {
                    rt::check_json_bytes(
                        &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_404,
                        body,
                    )
                }
                Self::TooManyRequests(headers) => headers.check(),
                Self::Status4XX(status, body) => {
                    rt::check_status(*status, Some(4u16), Self::STATUSES)
                        .and_then(|()| rt::check_json_bytes(
                            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_4XX,
                            body,
                        ))
                }
                Self::Status5XX(status, body) => {
                    rt::check_status(*status, Some(5u16), Self::STATUSES)
                        .and_then(|()| rt::check_json_bytes(
                            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_5XX,
                            body,
                        ))
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body, headers) => {
                    let mut answer = rt::answer_as(
                        200u16,
                        "application/json; charset=utf-8",
                        &body,
                    );
                    headers.write(answer.headers_mut());
                    answer
                }
                Self::NotFound(body) => {
                    rt::raw_answer(404u16, "application/problem+json", body)
                }
                Self::TooManyRequests(headers) => {
                    let mut answer = rt::answer::<()>(429u16, None);
                    headers.write(answer.headers_mut());
                    answer
                }
                Self::Status4XX(status, body) => {
                    rt::raw_answer(status, "application/json", body)
                }
                Self::Status5XX(status, body) => {
                    rt::raw_answer(status, "application/json", body)
                }
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_404,
            "application/problem+json",
        ),
        (
            ::server_runtime::ErrorStatus::Range(4u16),
            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_4XX,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Range(5u16),
            &super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_5XX,
            "application/json",
        ),
    ];
    /// The headers of the 200 answer, as the spec documents them: the router writes each one present (a list comma-separated); with response validation on, each is checked against its schema first.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OkHeaders {
        /// `X-Rate-Limit-Remaining` (required): Requests left in this minute.
        pub x_rate_limit_remaining: i64,
        /// `Link`
        pub link: ::std::option::Option<::std::string::String>,
        /// `X-Tags`
        pub x_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        /// `X-Meta`
        pub x_meta: ::std::option::Option<::std::string::String>,
    }
    impl OkHeaders {
        fn write(&self, headers: &mut ::axum::http::HeaderMap) {
            use ::server_runtime as rt;
            rt::write_header(
                headers,
                "x-rate-limit-remaining",
                &self.x_rate_limit_remaining,
            );
            rt::write_header(headers, "link", &self.link);
            rt::write_header(headers, "x-tags", &self.x_tags);
            rt::write_header(headers, "x-meta", &self.x_meta);
        }
        /// Checks each header present: a writable value that satisfies its schema.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            let mut violations = ::std::vec::Vec::new();
            rt::check_header(
                &mut violations,
                "X-Rate-Limit-Remaining",
                Some(
                    &super::schemas::GET_REPORTS_BY_REPORT_ID__HEADER_200_X_RATE_LIMIT_REMAINING,
                ),
                &self.x_rate_limit_remaining,
            );
            rt::check_header(
                &mut violations,
                "Link",
                Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__HEADER_200_LINK),
                &self.link,
            );
            rt::check_header(
                &mut violations,
                "X-Tags",
                Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__HEADER_200_X_TAGS),
                &self.x_tags,
            );
            rt::check_header(&mut violations, "X-Meta", None, &self.x_meta);
            rt::header_violations(violations)
        }
    }
    /// The headers of the 429 answer, as the spec documents them: the router writes each one present (a list comma-separated); with response validation on, each is checked against its schema first.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TooManyRequestsHeaders {
        /// `Retry-After`
        pub retry_after: ::std::option::Option<i64>,
    }
    impl TooManyRequestsHeaders {
        fn write(&self, headers: &mut ::axum::http::HeaderMap) {
            use ::server_runtime as rt;
            rt::write_header(headers, "retry-after", &self.retry_after);
        }
        /// Checks each header present: a writable value that satisfies its schema.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            let mut violations = ::std::vec::Vec::new();
            rt::check_header(
                &mut violations,
                "Retry-After",
                Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__HEADER_429_RETRY_AFTER),
                &self.retry_after,
            );
            rt::header_violations(violations)
        }
    }
}
///The `deleteReportsByReportId` operation: Deletes a report..
pub mod delete_reports_by_report_id {
    use super::types;
    ///Deletes a report.
    ///
    ///`DELETE /reports/{reportId}` (`deleteReportsByReportId`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`reportId` in the path.
        pub report_id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 204: Deleted.
        NoContent,
        /// 4XX: Refused.
        ///
        /// The status comes first.
        Status4XX(u16, types::Problem, Status4XXHeaders),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[204u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::NoContent => 204u16,
                Self::Status4XX(status, _, _) => *status,
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
                Self::Status4XX(status, _, headers) => {
                    rt::check_status(*status, Some(4u16), Self::STATUSES)
                        .and_then(|()| headers.check())
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
                Self::NoContent => Ok(()),
                Self::Status4XX(status, body, headers) => {
                    rt::check_status(*status, Some(4u16), Self::STATUSES)
                        .and_then(|()| rt::check_body(
                            &super::schemas::DELETE_REPORTS_BY_REPORT_ID__ANSWER_4XX,
                            body,
                        ))
                        .and_then(|()| headers.check())
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
                Self::Status4XX(status, body, headers) => {
                    let mut answer = rt::answer(status, Some(&body));
                    headers.write(answer.headers_mut());
                    answer
                }
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "deleteReportsByReportId";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                status if status / 100 == 4u16 => {
                    Ok(Self::Status4XX(status, body, ::std::default::Default::default()))
                }
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::Status4XX(400u16, body, ::std::default::Default::default())
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Range(4u16),
            &super::schemas::DELETE_REPORTS_BY_REPORT_ID__ANSWER_4XX,
            "application/json",
        ),
    ];
    /// The headers of the 4XX answer, as the spec documents them: the router writes each one present (a list comma-separated); with response validation on, each is checked against its schema first.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Status4XXHeaders {
        /// `X-Reason`: Why, in a word.
        pub x_reason: ::std::option::Option<::std::string::String>,
    }
    impl Status4XXHeaders {
        fn write(&self, headers: &mut ::axum::http::HeaderMap) {
            use ::server_runtime as rt;
            rt::write_header(headers, "x-reason", &self.x_reason);
        }
        /// Checks each header present: a writable value that satisfies its schema.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            let mut violations = ::std::vec::Vec::new();
            rt::check_header(
                &mut violations,
                "X-Reason",
                Some(&super::schemas::DELETE_REPORTS_BY_REPORT_ID__HEADER_4XX_X_REASON),
                &self.x_reason,
            );
            rt::header_violations(violations)
        }
    }
}
///The `getReportsByReportIdPdf` operation: The report as a PDF..
pub mod get_reports_by_report_id_pdf {
    use super::types;
    ///The report as a PDF.
    ///
    ///`GET /reports/{reportId}/pdf` (`getReportsByReportIdPdf`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`reportId` in the path.
        pub report_id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The PDF.
        Ok(::axum::body::Bytes),
        /// 404: No such report.
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
                Self::Ok(_) => Ok(()),
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
                Self::Ok(_) => Ok(()),
                Self::NotFound(body) => {
                    rt::check_body(
                        &super::schemas::GET_REPORTS_BY_REPORT_ID_PDF__ANSWER_404,
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
                Self::Ok(body) => rt::raw_answer(200u16, "application/pdf", body),
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "getReportsByReportIdPdf";
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
            &super::schemas::GET_REPORTS_BY_REPORT_ID_PDF__ANSWER_404,
            "application/json",
        ),
    ];
}
///The `getJob` operation: A job; its success and its error each an inline schema, which progenitor would name alike..
pub mod get_job {
    use super::types;
    ///A job; its success and its error each an inline schema, which progenitor would name alike.
    ///
    ///`GET /jobs/{jobId}` (`getJob`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`jobId` in the path.
        pub job_id: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The job.
        Ok(types::GetJobResponse),
        /// 404: No such job.
        NotFound(types::GetJobError),
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
                Self::Ok(_) => Ok(()),
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
                    rt::check_body(&super::schemas::GET_JOB__ANSWER_200, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::GET_JOB__ANSWER_404, body)
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
    impl ::server_runtime::ErrorAnswer<types::GetJobError> for Response {
        const OPERATION_ID: &'static str = "getJob";
        fn error_answer(
            status: u16,
            body: types::GetJobError,
        ) -> ::std::result::Result<Self, types::GetJobError> {
            match status {
                404u16 => Ok(Self::NotFound(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::GetJobError) -> Self {
            Self::NotFound(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::GET_JOB__ANSWER_404,
            "application/json",
        ),
    ];
}
///The `getJobLog` operation: A job's log; its 400 documented in a shape of the API's own, which the router's own refusals take..
pub mod get_job_log {
    use super::types;
    ///A job's log; its 400 documented in a shape of the API's own, which the router's own refusals take.
    ///
    ///`GET /jobs/{jobId}/log` (`getJobLog`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        ///
        ///`jobId` in the path.
        pub job_id: i64,
        ///
        ///`lines` in the query.
        pub lines: i64,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The log.
        Ok(::axum::body::Bytes),
        /// 400: The request was refused.
        BadRequest(types::Refused),
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
                    rt::check_body(&super::schemas::GET_JOB_LOG__ANSWER_400, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::raw_answer(200u16, "text/plain", body),
                Self::BadRequest(body) => {
                    rt::answer_as(400u16, "application/problem+json", &body)
                }
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Refused> for Response {
        const OPERATION_ID: &'static str = "getJobLog";
        fn error_answer(
            status: u16,
            body: types::Refused,
        ) -> ::std::result::Result<Self, types::Refused> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Refused) -> Self {
            Self::BadRequest(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::GET_JOB_LOG__ANSWER_400,
            "application/problem+json",
        ),
    ];
}
///The `startJob` operation: Done at once (200, JSON) or accepted (202, no body), as Azure writes long operations; raw bytes to the client, each status as written on the wire..
pub mod start_job {
    use super::types;
    ///Done at once (200, JSON) or accepted (202, no body), as Azure writes long operations; raw bytes to the client, each status as written on the wire.
    ///
    ///`POST /jobs` (`startJob`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {}
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Done at once.
        Ok(::axum::body::Bytes),
        /// 202: Accepted; no body.
        Accepted,
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[200u16, 202u16];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::Accepted => 202u16,
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
                    rt::check_json_bytes(&super::schemas::START_JOB__ANSWER_200, body)
                }
                Self::Accepted => Ok(()),
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
                    rt::check_json_bytes(&super::schemas::START_JOB__ANSWER_200, body)
                }
                Self::Accepted => Ok(()),
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::raw_answer(200u16, "application/json", body),
                Self::Accepted => rt::answer::<()>(202u16, None),
            }
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[];
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("../../codegen/tests/specs/responses.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("responses_openapi.json");
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
        operation_id: "getReportsByReportId",
        method: "GET",
        path: "/reports/{reportId}",
        statuses: get_reports_by_report_id::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "deleteReportsByReportId",
        method: "DELETE",
        path: "/reports/{reportId}",
        statuses: delete_reports_by_report_id::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getReportsByReportIdPdf",
        method: "GET",
        path: "/reports/{reportId}/pdf",
        statuses: get_reports_by_report_id_pdf::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getJob",
        method: "GET",
        path: "/jobs/{jobId}",
        statuses: get_job::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getJobLog",
        method: "GET",
        path: "/jobs/{jobId}/log",
        statuses: get_job_log::Response::STATUSES,
        index: 4usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "startJob",
        method: "POST",
        path: "/jobs",
        statuses: start_job::Response::STATUSES,
        index: 5usize,
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
pub fn router<A: ReportsApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: ReportsApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route("/jobs", ::axum::routing::post(handle_start_job::<A>))
        .route("/jobs/{jobId}", ::axum::routing::get(handle_get_job::<A>))
        .route("/jobs/{jobId}/log", ::axum::routing::get(handle_get_job_log::<A>))
        .route(
            "/reports/{reportId}",
            ::axum::routing::get(handle_get_reports_by_report_id::<A>)
                .delete(handle_delete_reports_by_report_id::<A>),
        )
        .route(
            "/reports/{reportId}/pdf",
            ::axum::routing::get(handle_get_reports_by_report_id_pdf::<A>),
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
        .to_body::<types::Problem>(ERROR_MEMBERS)
        .and_then(|body| ::serde_json::to_value(&body).ok())
    {
        Some(body) => body,
        None => rejection.to_json(),
    };
    rt::fitted_answer(&rejection, body, bodies)
}
async fn handle_get_reports_by_report_id<A: ReportsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_reports_by_report_id::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let report_id = {
            let raw = rt::path_value(&__path_values, "reportId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.reportId",
                &raw,
                &schemas::GET_REPORTS_BY_REPORT_ID__PATH_REPORT_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(report_id),) = (report_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_reports_by_report_id::Request {
            report_id,
        };
        let __answer = __state.api.get_reports_by_report_id(request).await;
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
                        "getReportsByReportId",
                        __answer.status(),
                        &violations,
                    ),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
async fn handle_delete_reports_by_report_id<A: ReportsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            delete_reports_by_report_id::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let report_id = {
            let raw = rt::path_value(&__path_values, "reportId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.reportId",
                &raw,
                &schemas::DELETE_REPORTS_BY_REPORT_ID__PATH_REPORT_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(report_id),) = (report_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = delete_reports_by_report_id::Request {
            report_id,
        };
        let __answer = __state.api.delete_reports_by_report_id(request).await;
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
                        "deleteReportsByReportId",
                        __answer.status(),
                        &violations,
                    ),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
async fn handle_get_reports_by_report_id_pdf<A: ReportsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_reports_by_report_id_pdf::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let report_id = {
            let raw = rt::path_value(&__path_values, "reportId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.reportId",
                &raw,
                &schemas::GET_REPORTS_BY_REPORT_ID_PDF__PATH_REPORT_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(report_id),) = (report_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_reports_by_report_id_pdf::Request {
            report_id,
        };
        let __answer = __state.api.get_reports_by_report_id_pdf(request).await;
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
                        "getReportsByReportIdPdf",
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
    __response
}
async fn handle_get_job<A: ReportsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_job::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let job_id = {
            let raw = rt::path_value(&__path_values, "jobId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.jobId",
                &raw,
                &schemas::GET_JOB__PATH_JOB_ID,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(job_id),) = (job_id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_job::Request { job_id };
        let __answer = __state.api.get_job(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getJob", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
async fn handle_get_job_log<A: ReportsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_job_log::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let __query = rt::Query::parse(__parts.uri.query());
        let job_id = {
            let raw = rt::path_value(&__path_values, "jobId");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "path.jobId",
                &raw,
                &schemas::GET_JOB_LOG__PATH_JOB_ID,
                None,
            )
        };
        let lines = {
            let raw = __query.values("lines");
            rt::param::<
                i64,
            >(
                &mut __violations,
                "query.lines",
                &raw,
                &schemas::GET_JOB_LOG__QUERY_LINES,
                None,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(job_id), Some(lines)) = (job_id, lines) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_job_log::Request {
            job_id,
            lines,
        };
        let __answer = __state.api.get_job_log(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getJobLog", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[4usize]);
    __response
}
async fn handle_start_job<A: ReportsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            start_job::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let mut __violations = rt::Violations::default();
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let request = start_job::Request {};
        let __answer = __state.api.start_job(request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("startJob", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[5usize]);
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
    impl ReportsApi for Mock {
        async fn get_reports_by_report_id(
            &self,
            request: get_reports_by_report_id::Request,
        ) -> get_reports_by_report_id::Response {
            let __facts = rt::mock::Facts::new()
                .echo("reportId", &request.report_id)
                .echo("id", &request.report_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_reports_by_report_id::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                        get_reports_by_report_id::OkHeaders {
                            x_rate_limit_remaining: rt::mock::header(
                                &super::schemas::GET_REPORTS_BY_REPORT_ID__HEADER_200_X_RATE_LIMIT_REMAINING,
                            ),
                            link: ::std::option::Option::None,
                            x_tags: ::std::option::Option::None,
                            x_meta: ::std::option::Option::None,
                        },
                    )
                }
                404u16 => {
                    get_reports_by_report_id::Response::NotFound(
                        rt::mock::json_bytes(
                            Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_404),
                            &[],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                429u16 => {
                    get_reports_by_report_id::Response::TooManyRequests(get_reports_by_report_id::TooManyRequestsHeaders {
                        retry_after: ::std::option::Option::None,
                    })
                }
                __status if __status / 100 == 4u16 => {
                    get_reports_by_report_id::Response::Status4XX(
                        __status,
                        rt::mock::json_bytes(
                            Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_4XX),
                            &[],
                            __status,
                            &__facts,
                        ),
                    )
                }
                __status if __status / 100 == 5u16 => {
                    get_reports_by_report_id::Response::Status5XX(
                        __status,
                        rt::mock::json_bytes(
                            Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_5XX),
                            &[],
                            __status,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_reports_by_report_id::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_REPORTS_BY_REPORT_ID__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                        get_reports_by_report_id::OkHeaders {
                            x_rate_limit_remaining: rt::mock::header(
                                &super::schemas::GET_REPORTS_BY_REPORT_ID__HEADER_200_X_RATE_LIMIT_REMAINING,
                            ),
                            link: ::std::option::Option::None,
                            x_tags: ::std::option::Option::None,
                            x_meta: ::std::option::Option::None,
                        },
                    )
                }
            }
        }
        async fn delete_reports_by_report_id(
            &self,
            request: delete_reports_by_report_id::Request,
        ) -> delete_reports_by_report_id::Response {
            let __facts = rt::mock::Facts::new()
                .echo("reportId", &request.report_id)
                .echo("id", &request.report_id);
            match rt::mock::choice().code.unwrap_or(204u16) {
                204u16 => delete_reports_by_report_id::Response::NoContent,
                __status if __status / 100 == 4u16 => {
                    delete_reports_by_report_id::Response::Status4XX(
                        __status,
                        rt::mock::typed(
                            Some(
                                &super::schemas::DELETE_REPORTS_BY_REPORT_ID__ANSWER_4XX,
                            ),
                            &[],
                            __status,
                            &__facts,
                        ),
                        delete_reports_by_report_id::Status4XXHeaders {
                            x_reason: ::std::option::Option::None,
                        },
                    )
                }
                _ => delete_reports_by_report_id::Response::NoContent,
            }
        }
        async fn get_reports_by_report_id_pdf(
            &self,
            request: get_reports_by_report_id_pdf::Request,
        ) -> get_reports_by_report_id_pdf::Response {
            let __facts = rt::mock::Facts::new().echo("reportId", &request.report_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => get_reports_by_report_id_pdf::Response::Ok(rt::mock::raw(&[])),
                404u16 => {
                    get_reports_by_report_id_pdf::Response::NotFound(
                        rt::mock::typed(
                            Some(
                                &super::schemas::GET_REPORTS_BY_REPORT_ID_PDF__ANSWER_404,
                            ),
                            &[],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                _ => get_reports_by_report_id_pdf::Response::Ok(rt::mock::raw(&[])),
            }
        }
        async fn get_job(&self, request: get_job::Request) -> get_job::Response {
            let __facts = rt::mock::Facts::new()
                .echo("jobId", &request.job_id)
                .echo("id", &request.job_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_job::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_JOB__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    get_job::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::GET_JOB__ANSWER_404),
                            &[],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_job::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_JOB__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn get_job_log(
            &self,
            request: get_job_log::Request,
        ) -> get_job_log::Response {
            let __facts = rt::mock::Facts::new().echo("jobId", &request.job_id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => get_job_log::Response::Ok(rt::mock::raw(&[])),
                400u16 => {
                    get_job_log::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::GET_JOB_LOG__ANSWER_400),
                            &[],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                _ => get_job_log::Response::Ok(rt::mock::raw(&[])),
            }
        }
        async fn start_job(&self, _request: start_job::Request) -> start_job::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    start_job::Response::Ok(
                        rt::mock::json_bytes(
                            Some(&super::schemas::START_JOB__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                202u16 => start_job::Response::Accepted,
                _ => {
                    start_job::Response::Ok(
                        rt::mock::json_bytes(
                            Some(&super::schemas::START_JOB__ANSWER_200),
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
            path: "/reports/{reportId}",
            responses: &[
                ("200", &[]),
                ("404", &[]),
                ("429", &[]),
                ("4XX", &[]),
                ("5XX", &[]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "DELETE",
            path: "/reports/{reportId}",
            responses: &[("204", &[]), ("4XX", &[])],
            default_code: 204u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/reports/{reportId}/pdf",
            responses: &[("200", &[]), ("404", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/jobs/{jobId}",
            responses: &[("200", &[]), ("404", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/jobs/{jobId}/log",
            responses: &[("200", &[]), ("400", &[])],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/jobs",
            responses: &[("200", &[]), ("202", &[])],
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
    /// `Report`: values the spec allows (every constraint the router checks).
    pub fn report() -> impl ::proptest::strategy::Strategy<Value = types::Report> {
        rt::strategy::of(&schemas::REPORT)
    }
    /// `Problem`: values the spec allows (every constraint the router checks).
    pub fn problem() -> impl ::proptest::strategy::Strategy<Value = types::Problem> {
        rt::strategy::of(&schemas::PROBLEM)
    }
    /// `Refused`: values the spec allows (every constraint the router checks).
    pub fn refused() -> impl ::proptest::strategy::Strategy<Value = types::Refused> {
        rt::strategy::of(&schemas::REFUSED)
    }
    /// `Failure`: values the spec allows (every constraint the router checks).
    pub fn failure() -> impl ::proptest::strategy::Strategy<Value = types::Failure> {
        rt::strategy::of(&schemas::FAILURE)
    }
    /// `getJob-error`: values the spec allows (every constraint the router checks).
    pub fn get_job_error() -> impl ::proptest::strategy::Strategy<
        Value = types::GetJobError,
    > {
        rt::strategy::of(&schemas::GET_JOB_ERROR)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    pub static REPORT: Schema = Schema {
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
                    required: false,
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
    pub static REFUSED: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "category",
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
                        example: Some("\"VALIDATION_ERROR\""),
                    },
                },
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
                Property {
                    name: "status",
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
            additional: Additional::Deny,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static FAILURE: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "code",
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
    pub static GET_JOB_ERROR: Schema = Schema {
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
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static GET_REPORTS_BY_REPORT_ID__PATH_REPORT_ID: Schema = Schema {
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
    pub static GET_REPORTS_BY_REPORT_ID__HEADER_200_X_RATE_LIMIT_REMAINING: Schema = Schema {
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
    };
    pub static GET_REPORTS_BY_REPORT_ID__HEADER_200_LINK: Schema = Schema {
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
    pub static GET_REPORTS_BY_REPORT_ID__HEADER_200_X_TAGS: Schema = Schema {
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
    pub static GET_REPORTS_BY_REPORT_ID__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&REPORT),
        ..Schema::ANY
    };
    pub static GET_REPORTS_BY_REPORT_ID__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_REPORTS_BY_REPORT_ID__HEADER_429_RETRY_AFTER: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
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
    pub static GET_REPORTS_BY_REPORT_ID__ANSWER_4XX: Schema = Schema {
        kind: Kind::Ref(&FAILURE),
        ..Schema::ANY
    };
    pub static GET_REPORTS_BY_REPORT_ID__ANSWER_5XX: Schema = Schema {
        kind: Kind::Ref(&FAILURE),
        ..Schema::ANY
    };
    pub static DELETE_REPORTS_BY_REPORT_ID__PATH_REPORT_ID: Schema = Schema {
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
    pub static DELETE_REPORTS_BY_REPORT_ID__HEADER_4XX_X_REASON: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["referenced", "locked"],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static DELETE_REPORTS_BY_REPORT_ID__ANSWER_4XX: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_REPORTS_BY_REPORT_ID_PDF__PATH_REPORT_ID: Schema = Schema {
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
    pub static GET_REPORTS_BY_REPORT_ID_PDF__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_JOB__PATH_JOB_ID: Schema = Schema {
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
    pub static GET_JOB__ANSWER_200: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "state",
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
    pub static GET_JOB__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&GET_JOB_ERROR),
        ..Schema::ANY
    };
    pub static GET_JOB_LOG__PATH_JOB_ID: Schema = Schema {
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
    pub static GET_JOB_LOG__QUERY_LINES: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: Some(2f64),
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
    pub static GET_JOB_LOG__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&REFUSED),
        ..Schema::ANY
    };
    pub static START_JOB__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&REPORT),
        ..Schema::ANY
    };
}
