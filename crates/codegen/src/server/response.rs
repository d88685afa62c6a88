//! An operation's `Response`: one variant per documented status, how each answers, and how
//! each is checked against the spec.

use super::{
    headers::{Fields, HeadersCode},
    *,
};
use crate::openapi::{Class, JSON, is_json};

/// The response's part of an operation's generated code.
#[derive(Default)]
pub(super) struct ResponseCode {
    pub(super) variants: Vec<TokenStream>,
    /// `into_response`'s arms.
    pub(super) arms: Vec<TokenStream>,
    /// `status()`'s arms.
    pub(super) status_arms: Vec<TokenStream>,
    /// The documented codes (not ranges, not `default`).
    pub(super) codes: Vec<u16>,
    /// `check()`'s arms: what each body's type does not prove (`proof.rs`).
    pub(super) check_arms: Vec<TokenStream>,
    /// `check_serialized()`'s arms: each body serialized and checked whole.
    pub(super) serialized_arms: Vec<TokenStream>,
    pub(super) mock_answers: Vec<MockAnswer>,
    /// `ErrorAnswer::error_answer`'s arms: the error statuses that carry the error type.
    pub(super) error_arms: Vec<TokenStream>,
    /// `ErrorAnswer::internal_error`'s answer, best first (500, `5XX`, `default`, the last).
    pub(super) internal: Option<(u8, TokenStream)>,
    /// `checked_events()`'s arms: each event stream checked event by event as it leaves.
    pub(super) events_arms: Vec<TokenStream>,
    /// Items of the operation's module beside `Response`: each status's headers struct.
    pub(super) items: Vec<TokenStream>,
    /// `ERROR_BODIES`' entries: each error status's JSON schema, for the router's refusals.
    pub(super) error_bodies: Vec<TokenStream>,
}

/// A variant's body: its Rust type, and the media type when it is raw bytes.
type VariantBody<'r> = Option<(TokenStream, Option<&'r str>)>;

impl Server<'_> {
    /// Every documented status of `op`.
    pub(super) fn response(&self, op: &Op<'_>, statics: &mut Statics) -> ResponseCode {
        let mut code = ResponseCode::default();
        for response in &op.model.responses {
            self.status(op, response, statics, &mut code);
        }
        code
    }

    /// The body one status answers with.
    fn variant_body<'r>(op: &Op<'_>, model_response: &'r model::Response<'_>) -> VariantBody<'r> {
        let status = model_response.status;
        let content = model_response.content();
        if model_response.lowered_to_bytes() {
            // Raw bytes to the client (progenitor's one success or error type); the router
            // answers the content as written: none, or the first media type's bytes.
            return content.keys().next().map(|media| {
                let media = if media.contains('*') {
                    "application/octet-stream"
                } else {
                    media.as_str()
                };
                (quote! { ::axum::body::Bytes }, Some(media))
            });
        }
        // The operation's success or error type, as the client reads the status; a status
        // the client does not expect (`3xx`, say) travels as bytes.
        let body_type = match status.class() {
            Class::Success | Class::Default => Some(op.success_type.clone()),
            Class::Error => op.error_type.clone(),
            Class::Other => None,
        };
        let raw_type = content.keys().next().map(|media| {
            if media.contains('*') {
                "application/octet-stream"
            } else {
                media.as_str()
            }
        });
        let json = content.contains_key(JSON);
        match (json, body_type, raw_type) {
            (true, Some(body_type), _) => Some((body_type, None)),
            (_, None, Some(media)) if !json || status.class() == Class::Other => {
                Some((quote! { ::axum::body::Bytes }, Some(media)))
            }
            (false, _, Some(media)) => Some((quote! { ::axum::body::Bytes }, Some(media))),
            _ => None,
        }
    }

    fn status(
        &self,
        op: &Op<'_>,
        model_response: &model::Response<'_>,
        statics: &mut Statics,
        code: &mut ResponseCode,
    ) {
        if let Some(events) = &model_response.events {
            self.event_stream(op, model_response, events, statics, code);
            return;
        }
        let model::Response {
            status, response, ..
        } = model_response;
        let content = model_response.content();
        let op_prefix = naming::operation_static_prefix(op.model.id);
        let variant = ident(&status.variant());
        let doc = doc_attr(&format!("{}: {}", status.text(), response.description));
        let body = Self::variant_body(op, model_response);
        let json_media = model_response.json_media();
        let answer = |status: TokenStream, media: Option<&str>| match (media, json_media) {
            (None, None) => quote! { rt::answer(#status, Some(&body)) },
            (None, Some(json)) => quote! { rt::answer_as(#status, #json, &body) },
            (Some(media), _) => quote! { rt::raw_answer(#status, #media, body) },
        };
        let headers = self.headers(op, *status, &model_response.headers, statics);
        Self::error_arm(op, *status, &variant, &body, headers.as_ref(), code);
        let fixed = status.code();
        let fields = Fields {
            status: fixed.is_none(),
            body: body.is_some(),
            headers: headers.is_some(),
        };
        // Response validation: the JSON body against its documented schema, and a range's or
        // `default`'s status against what it may be. A typed body is `application/json`'s; a
        // raw one in a JSON media type (`application/problem+json`) is parsed from its bytes
        // to be checked.
        let checked_media = match &body {
            Some((_, None)) => content
                .iter()
                .find(|(media, _)| is_json(media))
                .map(|(_, media)| media)
                .map(|media| (media, quote! { rt::check_body })),
            Some((_, Some(raw))) if is_json(raw) => content
                .get(*raw)
                .map(|media| (media, quote! { rt::check_json_bytes })),
            _ => None,
        };
        let examples = checked_media
            .as_ref()
            .map(|(media, _)| self.examples(media, true))
            .or_else(|| {
                let raw = body.as_ref().and_then(|(_, raw)| *raw)?;
                content.get(raw).map(|media| self.examples(media, false))
            })
            .unwrap_or_default();
        let mut answer_static = None;
        let checked_media_schema = match (&body, &checked_media) {
            (Some((_, None)), Some((media, _))) => media.schema.as_ref(),
            _ => None,
        };
        let body_check = match checked_media
            .and_then(|(media, check)| media.schema.as_ref().map(|schema| (schema, check)))
        {
            // A schema the validator cannot be written for (a `$ref` to something that is not
            // a schema, say) leaves this answer unchecked: response validation is a net, never
            // a reason to refuse a spec.
            Some((schema, check)) => match statics.schema(self.spec, schema) {
                Ok(expression) => {
                    let static_ident = ident(&format!(
                        "{op_prefix}__ANSWER_{}",
                        status.text().to_uppercase()
                    ));
                    statics
                        .items
                        .push(quote! { pub static #static_ident: Schema = #expression; });
                    answer_static = Some(static_ident.clone());
                    Some(quote! { #check(&super::schemas::#static_ident, body) })
                }
                Err(_) => None,
            },
            None => None,
        };
        if status.is_error() {
            self.refusal_shape(
                &op_prefix,
                *status,
                (content, model_response.json_media()),
                answer_static.clone(),
                statics,
                code,
            );
        }
        code.mock_answers.push(MockAnswer {
            variant: variant.clone(),
            status: *status,
            body: match &body {
                None => MockBody::None,
                Some((_, None)) => MockBody::Typed(answer_static),
                Some((_, Some(raw))) if is_json(raw) => MockBody::RawJson(answer_static),
                Some((_, Some(_))) => MockBody::Raw,
            },
            examples,
            headers: headers
                .as_ref()
                .map(|headers| (headers.name.clone(), headers.mock_fields.clone())),
        });
        let status_check = match status {
            Status::Code(_) => None,
            Status::Range(hundreds) => {
                Some(quote! { rt::check_status(*status, Some(#hundreds), Self::STATUSES) })
            }
            Status::Default => Some(quote! { rt::check_status(*status, None, Self::STATUSES) }),
        };
        // What the body's Rust type proves needs no look at run time (`proof.rs`).
        let typed_body_check = match (&body, &body_check, &checked_media_schema) {
            (Some((body_type, None)), Some(whole), Some(schema)) => {
                self.typed_check(body_type, whole, schema, statics)
            }
            _ => body_check.clone(),
        };
        let check_arm = |body_check: &Option<TokenStream>| {
            check_arm(&variant, fields, &status_check, body_check)
        };
        code.check_arms.push(check_arm(&typed_body_check));
        code.serialized_arms.push(check_arm(&body_check));
        let answer_status = fixed.map_or_else(|| quote! { status }, |fixed| quote! { #fixed });
        let body = body.map(|(body_type, media)| (body_type, answer(answer_status, media)));
        emit_variant(&variant, doc, fixed, body, headers, code);
    }

    /// `ERROR_BODIES`' entry of an error status: its JSON body's schema (`answer`, the
    /// answer's validation static), else that of a media range JSON falls in (`*/*`,
    /// `application/*`: Swagger 2's conversions write errors so), and the JSON media type's
    /// name, for the router's own refusals, which are JSON.
    fn refusal_shape(
        &self,
        op_prefix: &str,
        status: Status,
        (content, json_media): (
            &indexmap::IndexMap<String, openapiv3::MediaType>,
            Option<&str>,
        ),
        answer: Option<syn::Ident>,
        statics: &mut Statics,
        code: &mut ResponseCode,
    ) {
        let Some(schema) = answer.or_else(|| {
            let media = ["*/*", "application/*"]
                .iter()
                .find_map(|range| content.get(*range))?;
            let expression = statics.schema(self.spec, media.schema.as_ref()?).ok()?;
            let static_ident = ident(&format!(
                "{op_prefix}__REFUSAL_{}",
                status.text().to_uppercase()
            ));
            statics
                .items
                .push(quote! { pub static #static_ident: Schema = #expression; });
            Some(static_ident)
        }) else {
            return;
        };
        let status = match status {
            Status::Code(code) => quote! { ::server_runtime::ErrorStatus::Code(#code) },
            Status::Range(hundreds) => quote! { ::server_runtime::ErrorStatus::Range(#hundreds) },
            Status::Default => quote! { ::server_runtime::ErrorStatus::Default },
        };
        // Answered as the documented JSON media type (`application/problem+json`, say).
        let media_type = json_media.unwrap_or_else(|| {
            content
                .keys()
                .find(|media| is_json(media))
                .map_or(JSON, String::as_str)
        });
        code.error_bodies
            .push(quote! { (#status, &super::schemas::#schema, #media_type) });
    }

    /// The check of a typed body: none where its type proves the schema, the generated look
    /// at the rest, or `whole` where the walk does not model the shape.
    fn typed_check(
        &self,
        body_type: &TokenStream,
        whole: &TokenStream,
        schema: &openapiv3::ReferenceOr<openapiv3::Schema>,
        statics: &mut Statics,
    ) -> Option<TokenStream> {
        Some(
            match super::proof::prove(self.spec, &self.types, statics, body_type, schema) {
                super::proof::Verdict::Proven => return None,
                super::proof::Verdict::Typed(code) => quote! {
                    {
                        let mut collect = rt::Collect::default();
                        let c = &mut collect;
                        #code
                        collect.finish()
                    }
                },
                super::proof::Verdict::Whole => whole.clone(),
            },
        )
    }

    /// A success answered as server-sent events: its variant holds the implementation's
    /// `EventStream` of the data type, the router frames it, and with response validation on
    /// each event's data is checked against the data's schema as it leaves.
    fn event_stream(
        &self,
        op: &Op<'_>,
        model_response: &model::Response<'_>,
        events: &model::Events,
        statics: &mut Statics,
        code: &mut ResponseCode,
    ) {
        let status = model_response.status;
        let variant = ident(&status.variant());
        let doc = doc_attr(&format!(
            "{}: {}",
            status.text(),
            model_response.response.description
        ));
        let names = if events.names.is_empty() {
            String::new()
        } else {
            format!(" Event names the spec lists: {}.", events.listed_names())
        };
        let stream_doc = format!(
            " Server-sent events, each carrying a `{}`; the router frames them, sends a \
             keep-alive comment after `server_runtime::sse::KEEP_ALIVE` of silence and drops \
             the stream when the client goes away.{names}",
            events.type_name
        );
        let data_type = progenitor::event_data_type(&self.defined_types, events);
        let stream_type = quote! { ::server_runtime::sse::EventStream<#data_type> };
        let op_prefix = naming::operation_static_prefix(op.model.id);
        let schema = statics
            .schema(self.spec, &events.data)
            .ok()
            .map(|expression| {
                let static_ident = ident(&format!(
                    "{op_prefix}__EVENT_{}",
                    status.text().to_uppercase()
                ));
                statics
                    .items
                    .push(quote! { pub static #static_ident: Schema = #expression; });
                static_ident
            });
        let op_id = op.model.id;
        let (pattern, answer_code, status_arm, check) = match status.code() {
            Some(fixed) => (
                quote! { Self::#variant },
                quote! { #fixed },
                quote! { Self::#variant(_) => #fixed, },
                quote! { Self::#variant(_) => Ok(()), },
            ),
            None => (
                quote! { Self::#variant },
                quote! { status },
                quote! { Self::#variant(status, _) => *status, },
                quote! { Self::#variant(status, _) => rt::check_status(*status, Some(2), Self::STATUSES), },
            ),
        };
        match status.code() {
            Some(fixed) => {
                code.variants
                    .push(quote! { #doc #[doc = ""] #[doc = #stream_doc] #variant(#stream_type), });
                code.arms
                    .push(quote! { #pattern(events) => rt::sse::answer(#answer_code, events), });
                code.codes.push(fixed);
                if let Some(schema) = &schema {
                    code.events_arms.push(quote! {
                        #pattern(events) => #pattern(events.checked(#op_id, &super::schemas::#schema)),
                    });
                }
            }
            None => {
                code.variants.push(quote! {
                    #doc #[doc = ""] #[doc = #stream_doc] #[doc = ""] #[doc = " The status comes first."]
                    #variant(u16, #stream_type),
                });
                code.arms.push(
                    quote! { #pattern(status, events) => rt::sse::answer(#answer_code, events), },
                );
                if let Some(schema) = &schema {
                    code.events_arms.push(quote! {
                        #pattern(status, events) => #pattern(status, events.checked(#op_id, &super::schemas::#schema)),
                    });
                }
            }
        }
        code.status_arms.push(status_arm);
        code.serialized_arms.push(check.clone());
        code.check_arms.push(check);
        code.mock_answers.push(MockAnswer {
            variant,
            status,
            body: MockBody::Events {
                schema,
                names: events.names.clone(),
            },
            examples: Vec::new(),
            headers: None,
        });
    }

    /// The arms by which an error status and the error type's body become this variant (see
    /// `server_runtime::ErrorAnswer`).
    fn error_arm(
        op: &Op<'_>,
        status: Status,
        variant: &syn::Ident,
        body: &VariantBody<'_>,
        headers: Option<&HeadersCode>,
        code: &mut ResponseCode,
    ) {
        let Some(error_type) = &op.error_type else {
            return;
        };
        // An error answer made from the error type alone has no header: only a status whose
        // headers are all optional can be one.
        let no_headers = match headers {
            None => quote! {},
            Some(headers) if headers.defaultable => {
                quote! { , ::std::default::Default::default() }
            }
            Some(_) => return,
        };
        let carries_error = match body {
            Some((body_type, None)) => body_type.to_string() == error_type.to_string(),
            _ => false,
        };
        if !carries_error || !matches!(status.class(), Class::Error | Class::Default) {
            return;
        }
        let (arm, rank, internal) = match status {
            Status::Code(fixed) => (
                quote! { #fixed => Ok(Self::#variant(body #no_headers)), },
                if fixed == 500 { 3 } else { 0 },
                quote! { Self::#variant(body #no_headers) },
            ),
            Status::Range(hundreds) => (
                quote! { status if status / 100 == #hundreds => Ok(Self::#variant(status, body #no_headers)), },
                if hundreds == 5 { 2 } else { 0 },
                {
                    let status = hundreds * 100;
                    quote! { Self::#variant(#status, body #no_headers) }
                },
            ),
            Status::Default => (
                quote! { status @ 400..=599 => Ok(Self::#variant(status, body #no_headers)), },
                1,
                quote! { Self::#variant(500u16, body #no_headers) },
            ),
        };
        code.error_arms.push(arm);
        if code.internal.as_ref().is_none_or(|(best, _)| rank >= *best) {
            code.internal = Some((rank, internal));
        }
    }
}

/// A variant's declaration, `into_response` arm and `status()` arm; `body` is the body's type
/// and the answer made from it (with `status` and `body` bound).
fn emit_variant(
    variant: &syn::Ident,
    doc: TokenStream,
    fixed: Option<u16>,
    body: Option<(TokenStream, TokenStream)>,
    headers: Option<HeadersCode>,
    code: &mut ResponseCode,
) {
    let fields = Fields {
        status: fixed.is_none(),
        body: body.is_some(),
        headers: headers.is_some(),
    };
    let (status_type, answer_status) = match fixed {
        Some(fixed) => (quote! {}, quote! { #fixed }),
        None => (quote! { u16 }, quote! { status }),
    };
    let (body_type, mut answer) =
        body.unwrap_or_else(|| (quote! {}, quote! { rt::answer::<()>(#answer_status, None) }));
    let headers_type = match &headers {
        Some(headers) => {
            answer = quote! {
                {
                    let mut answer = #answer;
                    headers.write(answer.headers_mut());
                    answer
                }
            };
            let name = &headers.name;
            quote! { #name }
        }
        None => quote! {},
    };
    let declared = fields.tuple(status_type, body_type, headers_type);
    let status_doc = if fixed.is_none() {
        quote! { #[doc = ""] #[doc = " The status comes first."] }
    } else {
        quote! {}
    };
    code.variants
        .push(quote! { #doc #status_doc #variant #declared, });
    let bound = fields.tuple(quote! { status }, quote! { body }, quote! { headers });
    code.arms.push(quote! { Self::#variant #bound => #answer, });
    let status_arm = match fixed {
        Some(fixed) => {
            let any = fields.tuple(quote! { _ }, quote! { _ }, quote! { _ });
            quote! { Self::#variant #any => #fixed, }
        }
        None => {
            let status = fields.tuple(quote! { status }, quote! { _ }, quote! { _ });
            quote! { Self::#variant #status => *status, }
        }
    };
    code.status_arms.push(status_arm);
    if let Some(headers) = headers {
        code.items.push(headers.item);
    }
    if let Some(fixed) = fixed {
        code.codes.push(fixed);
    }
}

/// One arm of `check()` or `check_serialized()`: the status's check, then the body's, then
/// the headers'.
fn check_arm(
    variant: &syn::Ident,
    fields: Fields,
    status_check: &Option<TokenStream>,
    body_check: &Option<TokenStream>,
) -> TokenStream {
    let headers_check = fields.headers.then(|| quote! { headers.check() });
    let mut checks = [status_check, body_check, &headers_check]
        .into_iter()
        .flatten()
        .cloned();
    let first = checks.next().unwrap_or_else(|| quote! { Ok(()) });
    let all = checks.fold(first, |all, next| quote! { #all.and_then(|()| #next) });
    let bind = |checked: bool, name: TokenStream| {
        if checked {
            name
        } else {
            quote! { _ }
        }
    };
    let pattern = fields.tuple(
        bind(status_check.is_some(), quote! { status }),
        bind(body_check.is_some(), quote! { body }),
        quote! { headers },
    );
    quote! { Self::#variant #pattern => #all, }
}
