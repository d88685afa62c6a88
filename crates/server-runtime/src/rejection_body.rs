//! A rejection's body in the shape the operation documents for its status.
//!
//! The router answers its own refusals (400, 401, 404, 415, …) with the problem of
//! [`Rejection::to_json`], or with the spec's error type where the generator found one that
//! a rejection fills. An operation may document another body for that status (`code` and
//! `category` required, `status` a string, `additionalProperties: false`): then the answer
//! is made to fit it, so that the router never answers against its own spec. The members the
//! problem fills and the schema takes are kept (`message`, `detail`, `errors`, …); a required
//! member the problem cannot fill is made from its schema (its example first, as the mock
//! makes values).

use http::StatusCode;
use serde_json::Value;

use crate::{
    mock::{Maker, answer::satisfies},
    rejection::Rejection,
    schema::{Kind, Schema},
};

/// A status an operation documents an error body for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorStatus {
    Code(u16),
    /// `4XX`, `5XX`: the hundreds.
    Range(u16),
    Default,
}

/// An operation's documented error body: its status, the schema of its JSON and the JSON
/// media type's name (`application/problem+json`, say).
pub type ErrorBody = (ErrorStatus, &'static Schema<'static>, &'static str);

/// The body an operation documents for `status` (by its code, else its range, else
/// `default`): its schema and media type.
fn documented(
    bodies: &[ErrorBody],
    status: StatusCode,
) -> Option<(&'static Schema<'static>, &'static str)> {
    let code = status.as_u16();
    let find = |wanted: ErrorStatus| {
        bodies
            .iter()
            .find(|(status, _, _)| *status == wanted)
            .map(|(_, schema, media)| (*schema, *media))
    };
    find(ErrorStatus::Code(code))
        .or_else(|| find(ErrorStatus::Range(code / 100)))
        .or_else(|| find(ErrorStatus::Default))
}

/// The body to answer `rejection` with: `body` (the router's usual one) when the operation
/// documents no JSON body for the status or `body` satisfies it; else the body made to fit
/// (see the module), or `body` when no fitting value could be made.
pub fn fitted_body(rejection: &Rejection, body: Value, bodies: &[ErrorBody]) -> Value {
    match documented(bodies, rejection.status()) {
        Some((schema, _)) if !satisfies(schema, &body) => {
            fit(&rejection.to_json(), schema).unwrap_or(body)
        }
        _ => body,
    }
}

/// The answer to `rejection`: [`fitted_body`], as the JSON media type the operation
/// documents for the status (`application/json` where it documents none).
pub fn fitted_answer(
    rejection: &Rejection,
    body: Value,
    bodies: &[ErrorBody],
) -> axum::response::Response {
    let media =
        documented(bodies, rejection.status()).map_or("application/json", |(_, media)| media);
    let body = fitted_body(rejection, body, bodies);
    crate::json_response_as(rejection.status(), media, &body)
}

/// A value of `schema` holding what of `problem` it takes.
fn fit(problem: &Value, schema: &Schema) -> Option<Value> {
    let mut made = Maker::new(0).value(schema, 0);
    let (Value::Object(members), Some(Kind::Object(object))) = (&mut made, schema.primitive())
    else {
        return satisfies(schema, &made).then_some(made);
    };
    let whole = members.clone();
    for property in object.properties {
        match problem.get(property.name) {
            Some(value) if satisfies(property.schema, value) => {
                members.insert(property.name.to_owned(), value.clone());
            }
            // A made value of an optional member says nothing: left out.
            _ if !property.required => {
                members.remove(property.name);
            }
            _ => {}
        }
    }
    if satisfies(schema, &made) {
        return Some(made);
    }
    // Whatever the schema asks beyond its members (`minProperties`, a `oneOf`): the made
    // value whole.
    let whole = Value::Object(whole);
    satisfies(schema, &whole).then_some(whole)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::{
        ProblemKind,
        schema::{Access, Additional, Object, Property, Text},
    };

    const STRING: Text<'static> = Text {
        format: None,
        min_length: None,
        max_length: None,
        pattern: None,
        enumeration: &[],
    };
    const TEXT: Schema<'static> = Schema {
        kind: Kind::String(STRING),
        ..Schema::ANY
    };
    static CODE: Schema<'static> = Schema {
        kind: Kind::String(STRING),
        example: Some("\"VALIDATION_ERROR\""),
        ..Schema::ANY
    };
    static MESSAGE: Schema<'static> = TEXT;
    static NOTE: Schema<'static> = TEXT;
    /// `{code, message}` both required, `note` optional, nothing else.
    static ERROR: Schema<'static> = Schema {
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "code",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &CODE,
                },
                Property {
                    name: "message",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &MESSAGE,
                },
                Property {
                    name: "note",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &NOTE,
                },
            ],
            additional: Additional::Deny,
            min_properties: None,
            max_properties: None,
        }),
        ..Schema::ANY
    };

    fn rejection() -> Rejection {
        Rejection::new(ProblemKind::NotFound, "No pet 7.")
    }

    #[test]
    fn a_body_the_status_documents_otherwise_is_made_to_fit() {
        let problem = rejection().to_json();
        let bodies = [(ErrorStatus::Range(4), &ERROR, "application/json")];
        let body = fitted_body(&rejection(), problem, &bodies);
        assert_eq!(
            body,
            json!({"code": "VALIDATION_ERROR", "message": "No pet 7."})
        );
        assert!(satisfies(&ERROR, &body));
    }

    #[test]
    fn the_code_before_the_range_before_default_and_an_undocumented_status_untouched() {
        let problem = rejection().to_json();
        let any: &'static Schema<'static> = &MESSAGE;
        // 404 documented as a string by its code: the object is not one, so a string is made.
        let by_code = [
            (ErrorStatus::Default, &ERROR, "application/json"),
            (ErrorStatus::Code(404), any, "application/json"),
        ];
        assert!(fitted_body(&rejection(), problem.clone(), &by_code).is_string());
        // Only 5XX documented: the 404's problem stays as it is.
        let other = [(ErrorStatus::Range(5), &ERROR, "application/json")];
        assert_eq!(fitted_body(&rejection(), problem.clone(), &other), problem);
        // A body that already satisfies the documented one is answered as it is.
        let fits = json!({"code": "x", "message": "y"});
        let bodies = [(ErrorStatus::Default, &ERROR, "application/json")];
        assert_eq!(fitted_body(&rejection(), fits.clone(), &bodies), fits);
    }

    #[test]
    fn the_answer_takes_the_documented_json_media_type() {
        let bodies = [(ErrorStatus::Range(4), &ERROR, "application/problem+json")];
        let answer = fitted_answer(&rejection(), rejection().to_json(), &bodies);
        assert_eq!(
            answer.headers()[http::header::CONTENT_TYPE],
            "application/problem+json"
        );
        assert_eq!(answer.status(), 404);
        let undocumented = fitted_answer(&rejection(), rejection().to_json(), &[]);
        assert_eq!(
            undocumented.headers()[http::header::CONTENT_TYPE],
            "application/json"
        );
    }
}
