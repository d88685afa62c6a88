//! The responses fixture over a real socket: operations without `operationId` (named from
//! method and path), `default` beside a success (its errors as `4XX`/`5XX` variants that carry
//! their status), a `4XX` range, several error schemas and an error without a body in one
//! operation (raw bytes on both sides, typed per status by the client's generated `errors`), a
//! PDF, JSON under another media type name, and an operation whose success and error are
//! each an inline schema (two types, though progenitor would name both `GetJobResponse`),
//! and documented response headers: typed fields of each variant's headers struct, written
//! by the router, checked against their schemas before they leave.

use std::sync::Arc;

use codegen_fixtures::{responses_client as client, responses_server as server};
use server::{ReportsApi, types};

struct Reports;

impl ReportsApi for Reports {
    async fn get_reports_by_report_id(
        &self,
        request: server::get_reports_by_report_id::Request,
    ) -> server::get_reports_by_report_id::Response {
        use server::get_reports_by_report_id::{OkHeaders, Response, TooManyRequestsHeaders};
        let headers = OkHeaders {
            x_rate_limit_remaining: 9,
            link: Some(r#"</reports/2>; rel="next""#.into()),
            x_tags: Some(vec!["a".into(), "b".into()]),
            x_meta: Some("k=1".into()),
        };
        let report = types::Report {
            id: request.report_id,
            title: "Q3".into(),
        };
        match request.report_id {
            1 => Response::Ok(report, headers),
            // Below the header's `minimum`, and a value no header can carry.
            5 => Response::Ok(
                report,
                OkHeaders {
                    x_rate_limit_remaining: -1,
                    ..headers
                },
            ),
            6 => Response::Ok(
                report,
                OkHeaders {
                    link: Some("a\nb".into()),
                    ..headers
                },
            ),
            2 => Response::NotFound(r#"{"title":"No report 2"}"#.into()),
            3 => Response::TooManyRequests(TooManyRequestsHeaders {
                retry_after: Some(7),
            }),
            _ => Response::Status5XX(503, r#"{"code":"maintenance"}"#.into()),
        }
    }

    async fn delete_reports_by_report_id(
        &self,
        request: server::delete_reports_by_report_id::Request,
    ) -> server::delete_reports_by_report_id::Response {
        use server::delete_reports_by_report_id::{Response, Status4XXHeaders};
        if request.report_id == 1 {
            Response::NoContent
        } else {
            Response::Status4XX(
                409,
                types::Problem {
                    title: "Still referenced".into(),
                    status: Some(409),
                },
                Status4XXHeaders {
                    // Not one of the header's `enum` values.
                    x_reason: Some(
                        if request.report_id == 2 {
                            "referenced"
                        } else {
                            "other"
                        }
                        .into(),
                    ),
                },
            )
        }
    }

    async fn get_reports_by_report_id_pdf(
        &self,
        _: server::get_reports_by_report_id_pdf::Request,
    ) -> server::get_reports_by_report_id_pdf::Response {
        server::get_reports_by_report_id_pdf::Response::Ok("%PDF-1.7 …".into())
    }

    async fn start_job(&self, _: server::start_job::Request) -> server::start_job::Response {
        server::start_job::Response::Ok(r#"{"id":7,"title":"done"}"#.into())
    }

    async fn get_job_log(
        &self,
        request: server::get_job_log::Request,
    ) -> server::get_job_log::Response {
        if request.job_id == 9 {
            // The implementation's own 400, typed.
            return server::get_job_log::Response::BadRequest(types::Refused {
                category: "NO_LOG".into(),
                message: "Job 9 keeps no log.".into(),
                status: None,
            });
        }
        server::get_job_log::Response::Ok("started\n".into())
    }

    async fn get_job(&self, request: server::get_job::Request) -> server::get_job::Response {
        use server::get_job::Response;
        if request.job_id == 1 {
            Response::Ok(types::GetJobResponse {
                state: "running".into(),
            })
        } else {
            Response::NotFound(types::GetJobError {
                reason: format!("no job {}", request.job_id),
            })
        }
    }
}

#[tokio::test]
async fn a_success_group_of_json_and_no_body_answers_each_as_written() {
    // Raw bytes to the client (`Accepted` has no body), `application/json` on the wire.
    let client = start().await;
    let done = client.start_job().send().await.expect("done");
    assert_eq!(done.status(), 200);
    assert_eq!(done.headers()["content-type"], "application/json");
    assert_eq!(
        bytes(done.into_inner()).await,
        br#"{"id":7,"title":"done"}"#
    );
    let _accepted_has_no_body = server::start_job::Response::Accepted;
}

#[tokio::test]
async fn inline_success_and_error_schemas_are_two_types() {
    let client = start().await;
    let job = client.get_job().job_id(1).send().await.expect("the job");
    assert_eq!(job.state, "running");
    let err = client
        .get_job()
        .job_id(2)
        .send()
        .await
        .expect_err("no job 2");
    let client::Error::ErrorResponse(answer) = err else {
        panic!("a documented error, got {err:?}");
    };
    assert_eq!(answer.status().as_u16(), 404);
    assert_eq!(answer.into_inner().reason, "no job 2");
}

#[tokio::test]
async fn the_routers_own_refusal_takes_the_shape_the_status_documents() {
    let base = super::support::serve(server::router(Arc::new(Reports))).await;
    let http = reqwest::Client::new();
    // `lines` missing: the router's 400, as `Refused` (no `type`, `title`, `errors`, and no
    // integer `status` where the schema has a string), `category` from its example.
    let refused = http.get(format!("{base}/jobs/1/log")).send().await.unwrap();
    // As the JSON media type the status documents.
    assert_eq!(
        refused.headers()["content-type"],
        "application/problem+json"
    );
    let (status, body) = super::support::status_and_json(refused).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        serde_json::json!({"category": "VALIDATION_ERROR", "message": "The request has 1 invalid field."})
    );
    // The generated client reads it as the documented error.
    let client = client::Client::new(&base);
    let Err(err) = client.get_job_log().job_id(1).lines(1).send().await else {
        panic!("lines below its minimum answered a success");
    };
    let client::Error::ErrorResponse(answer) = err else {
        panic!("the documented 400, got {err:?}");
    };
    assert_eq!(answer.into_inner().category, "VALIDATION_ERROR");
    // The implementation's typed 400 goes out under the same documented media type.
    let typed = http
        .get(format!("{base}/jobs/9/log?lines=3"))
        .send()
        .await
        .unwrap();
    assert_eq!(typed.headers()["content-type"], "application/problem+json");
    assert_eq!(typed.status(), 400);
    // Undocumented statuses keep the problem: a 404 of no route.
    let unknown = http.get(format!("{base}/nowhere")).send().await.unwrap();
    let (status, body) = super::support::status_and_json(unknown).await;
    assert_eq!((status, body["status"].as_u64()), (404, Some(404)));
    let log = client
        .get_job_log()
        .job_id(1)
        .lines(3)
        .send()
        .await
        .unwrap();
    assert_eq!(log.status(), 200);
}

async fn start() -> client::Client {
    let base = super::support::serve(server::router(Arc::new(Reports))).await;
    client::Client::new(&base)
}

async fn bytes(stream: client::ByteStream) -> Vec<u8> {
    use futures_util::TryStreamExt as _;
    stream
        .into_inner()
        .try_fold(Vec::new(), |mut all, chunk| async move {
            all.extend_from_slice(&chunk);
            Ok(all)
        })
        .await
        .expect("the body")
}

#[tokio::test]
async fn typed_success_and_raw_errors_of_several_schemas() {
    let client = start().await;
    let report = client
        .get_reports_by_report_id()
        .report_id(1)
        .send()
        .await
        .expect("the report");
    // Each documented header the implementation set, as the spec writes it (a list
    // comma-separated, a raw one as given); `Content-Type` is the router's.
    let headers = report.headers();
    assert_eq!(headers["x-rate-limit-remaining"], "9");
    assert_eq!(headers["link"], r#"</reports/2>; rel="next""#);
    assert_eq!(headers["x-tags"], "a,b");
    assert_eq!(headers["x-meta"], "k=1");
    // The JSON media type as the spec writes it for the 200, not JSON's plain name.
    assert_eq!(headers["content-type"], "application/json; charset=utf-8");
    assert_eq!(report.title, "Q3");
    for (id, status, body) in [
        (2, 404, &br#"{"title":"No report 2"}"#[..]),
        (3, 429, &b""[..]),
        (5, 500, &b""[..]),
        (6, 500, &b""[..]),
        (4, 503, &br#"{"code":"maintenance"}"#[..]),
    ] {
        let err = client
            .get_reports_by_report_id()
            .report_id(id)
            .send()
            .await
            .expect_err("an error status");
        let client::Error::ErrorResponse(response) = err else {
            panic!("a documented error, got {err:?}");
        };
        assert_eq!(response.status().as_u16(), status);
        // Raw bytes to the client, the media type the spec writes on the wire.
        let media = response.headers().get("content-type").cloned();
        let expected_media = match status {
            404 => Some("application/problem+json"),
            503 | 500 => Some("application/json"),
            _ => None,
        };
        if status == 500 {
            // The header broke its schema: the contract's 500, with the spec's error body.
            continue;
        }
        if status == 429 {
            assert_eq!(response.headers()["retry-after"], "7");
        }
        assert_eq!(
            media.as_ref().map(|media| media.to_str().unwrap()),
            expected_media,
            "{status}"
        );
        assert_eq!(bytes(response.into_inner()).await, body);
    }
}

#[tokio::test]
async fn several_error_schemas_are_typed_per_status_by_the_generated_errors() {
    use client::errors::GetReportsByReportIdError as Typed;
    let client = start().await;
    let typed = |id: i64| {
        let client = client.clone();
        async move {
            let err = client
                .get_reports_by_report_id()
                .report_id(id)
                .send()
                .await
                .expect_err("an error status");
            Typed::from_error(err)
                .await
                .expect("an answer of the server")
        }
    };
    match typed(2).await {
        Typed::NotFound(problem) => assert_eq!(problem.title, "No report 2"),
        other => panic!("404 is the Problem: {other:?}"),
    }
    assert_eq!(typed(3).await, Typed::TooManyRequests);
    match typed(4).await {
        Typed::Default(503, failure) => assert_eq!(failure.code, "maintenance"),
        other => panic!("default is the Failure, with its status: {other:?}"),
    }
    assert_eq!(
        Typed::from_status(404, b"not json"),
        Typed::Other(404, b"not json".to_vec()),
        "a body that is not the documented one is kept as bytes"
    );
}

#[tokio::test]
async fn a_range_carries_its_status_and_a_pdf_its_bytes() {
    let client = start().await;
    let deleted = client
        .delete_reports_by_report_id()
        .report_id(1)
        .send()
        .await
        .expect("deleted");
    assert_eq!(deleted.status().as_u16(), 204);
    let err = client
        .delete_reports_by_report_id()
        .report_id(2)
        .send()
        .await
        .expect_err("refused");
    let client::Error::ErrorResponse(problem) = err else {
        panic!("a typed 4XX, got {err:?}");
    };
    assert_eq!(problem.status().as_u16(), 409);
    assert_eq!(problem.headers()["x-reason"], "referenced");
    assert_eq!(problem.title, "Still referenced");
    let err = client
        .delete_reports_by_report_id()
        .report_id(3)
        .send()
        .await
        .expect_err("refused");
    assert_eq!(
        err.status().map(|status| status.as_u16()),
        Some(500),
        "a header outside its enum breaks the contract"
    );

    let pdf = client
        .get_reports_by_report_id_pdf()
        .report_id(1)
        .send()
        .await
        .expect("the pdf");
    assert_eq!(
        pdf.headers()["content-type"],
        "application/pdf",
        "the documented media type"
    );
    assert_eq!(bytes(pdf.into_inner()).await, "%PDF-1.7 …".as_bytes());
}
