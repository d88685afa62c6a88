//! One operation's generated code: its module (`Request`, `Response`), its trait method, and
//! the handler that authenticates, extracts, validates and calls the implementation.

use super::{request::RequestCode, response::ResponseCode, *};
use crate::openapi::In;

impl Server<'_> {
    /// The module, trait method and handler of one operation, and its mock.
    pub(super) fn operation(
        &self,
        op: &Op<'_>,
        statics: &mut Statics,
    ) -> Result<OperationCode, CodegenError> {
        let request = self.request(op, statics)?;
        let response = self.response(op, statics);
        let (mock_method, mock_documented) = self.mock_method(op, &response.mock_answers);
        Ok(OperationCode {
            module: module(op, &request, &response),
            method: self.trait_method(op),
            handler: self.handler(op, request)?,
            mock_method,
            mock_documented,
        })
    }

    /// The trait's method for `op`.
    fn trait_method(&self, op: &Op<'_>) -> TokenStream {
        let module = ident(&op.model.method_name);
        let method = ident(&op.model.method_name);
        let summary = summary(op);
        let context_param = if op.model.security.is_empty() {
            quote! {}
        } else {
            quote! { context: Self::Context, }
        };
        let method_doc = doc_attr(&summary);
        let description_doc = doc_attr(op.model.description.unwrap_or_default());
        let route = route(op);
        let context_text = if op.model.security.is_empty() {
            ""
        } else {
            " context: Self::Context,"
        };
        let written = format!(
            " ```text\n async fn {method}(&self,{context_text} request: {module}::Request) -> {module}::Response {{\n     todo!()\n }}\n ```"
        );
        quote! {
            #method_doc
            ///
            #description_doc
            ///
            #[doc = #route]
            ///
            /// An implementation writes it as an `async fn`:
            ///
            #[doc = #written]
            fn #method(
                &self,
                #context_param
                request: #module::Request,
            ) -> impl ::std::future::Future<Output = #module::Response> + Send;
        }
    }

    /// The handler: authenticate, read the body, every parameter, answer 400 with every
    /// violation, call the implementation, check its answer.
    fn handler(&self, op: &Op<'_>, request: RequestCode) -> Result<TokenStream, CodegenError> {
        let trait_name = &self.trait_name;
        let module = ident(&op.model.method_name);
        let method = ident(&op.model.method_name);
        let handler = format_ident!("handle_{}", op.model.method_name);
        let secured = !op.model.security.is_empty();
        let (security_item, authenticate) = if secured {
            security::check(&self.schemes, &op.model.security, op.model.id)
        } else {
            (quote! {}, quote! {})
        };
        let call_context = if secured {
            quote! { __context, }
        } else {
            quote! {}
        };
        let located = |location| op.params.iter().any(|p| p.model.location == location);
        let path_params = if located(In::Path) {
            quote! {
                let __path_values = match rt::path_values(&mut __parts).await {
                    Ok(values) => values,
                    Err(rejection) => return reject(rejection),
                };
            }
        } else {
            quote! {}
        };
        let query = if located(In::Query) {
            quote! { let __query = rt::Query::parse(__parts.uri.query()); }
        } else {
            quote! {}
        };
        let RequestCode {
            extractions,
            names,
            body_read,
            ..
        } = request;
        let destructure = if names.is_empty() {
            quote! {}
        } else {
            quote! {
                let (#(Some(#names),)*) = (#(#names,)*) else {
                    return reject(rt::Rejection::from(__violations));
                };
            }
        };
        let body_binding = if op.body.is_some() {
            quote! { body }
        } else {
            quote! { _body }
        };
        let op_id_text = op.model.id;
        let index = op.index;
        // Segments the route shares with literals: a request whose segment does not fit them
        // is no path of the spec (404), before anything else.
        let fits = fits(op);
        let fit_check = if fits.is_empty() {
            quote! {}
        } else {
            quote! {
                if !rt::path_fits(&mut __parts, &[#(#fits),*]).await {
                    return reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."));
                }
            }
        };
        let (uses, answer) = match super::lifecycle::uses(op) {
            Some((uses, answer)) => (uses, answer),
            None => (quote! {}, quote! { __answer.into_response() }),
        };
        let announce = if op.model.deprecation.is_some() {
            quote! {
                if let Some(deprecation) = &OPERATIONS[#index].deprecation {
                    rt::announce(&mut __response, deprecation);
                }
            }
        } else {
            quote! {}
        };
        let checked_events = if op.model.responses.iter().any(|each| each.events.is_some()) {
            quote! {
                let __answer = if __state.config.validate_responses {
                    __answer.checked_events()
                } else {
                    __answer
                };
            }
        } else {
            quote! {}
        };
        let body = quote! {
            // The router's own refusals in the shapes this operation documents.
            let reject = |rejection: rt::Rejection| reject_as(rejection, #module::ERROR_BODIES);
            let (mut __parts, #body_binding) = request.into_parts();
            #fit_check
            #authenticate
            let mut __violations = rt::Violations::default();
            #body_read
            #path_params
            #query
            #uses
            #(#extractions)*
            if !__violations.is_empty() {
                return reject(rt::Rejection::from(__violations));
            }
            #destructure
            let request = #module::Request { #(#names),* };
            let __answer = __state.api.#method(#call_context request).await;
            if __state.config.validate_responses {
                let __checked = __answer.check();
                // Debug builds also check the serialized answer whole: a typed check that
                // proves too much fails the tests that answer such a value.
                #[cfg(debug_assertions)]
                let __checked = __checked.and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
                if let Err(violations) = __checked {
                    return reject(rt::broken_contract(#op_id_text, __answer.status(), &violations));
                }
            }
            #checked_events
            #answer
        };
        Ok(quote! {
            #security_item

            async fn #handler<A: #trait_name>(
                ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
                request: ::axum::extract::Request,
            ) -> ::axum::response::Response {
                let mut __response: ::axum::response::Response = async move { #body }.await;
                __response.extensions_mut().insert(&OPERATIONS[#index]);
                #announce
                __response
            }
        })
    }
}

/// The segments of `op`'s route its template reads by literals, as `(carrier, &[pieces])`.
pub(super) fn fits(op: &Op<'_>) -> Vec<TokenStream> {
    let mut fits: Vec<TokenStream> = Vec::new();
    for param in &op.params {
        if let Some((carrier, pieces, _)) = &param.model.segment {
            let pieces = super::request::pieces_tokens(pieces);
            let fit = quote! { (#carrier, &[#(#pieces),*][..]) };
            if !fits
                .iter()
                .any(|known| known.to_string() == fit.to_string())
            {
                fits.push(fit);
            }
        }
    }
    fits
}

/// The operation's module: `Request` and `Response`.
fn module(op: &Op<'_>, request: &RequestCode, response: &ResponseCode) -> TokenStream {
    let module = ident(&op.model.method_name);
    let summary = summary(op);
    let route = route(op);
    let module_doc = format!("The `{}` operation: {summary}.", op.model.id);
    let fields = &request.fields;
    let ResponseCode {
        variants,
        arms,
        status_arms,
        codes,
        check_arms,
        serialized_arms,
        error_arms,
        internal,
        events_arms,
        items,
        error_bodies,
        ..
    } = response;
    // An event stream is neither cloned nor compared; its events are checked as they leave.
    let streams = op.model.responses.iter().any(|each| each.events.is_some());
    let (derive, checked_events) = if !streams {
        (quote! { #[derive(Clone, Debug, PartialEq)] }, quote! {})
    } else {
        (
            quote! { #[derive(Debug)] },
            quote! {
                /// This answer with each event of a stream checked against the spec as it
                /// leaves (the router calls it when `RouterConfig::validate_responses` is
                /// on): the first event that breaks it is logged and ends the stream.
                pub fn checked_events(self) -> Self {
                    #[allow(unreachable_patterns)]
                    match self {
                        #(#events_arms)*
                        other => other,
                    }
                }
            },
        )
    };
    let error_answer = match (&op.error_type, internal) {
        (Some(error_type), Some((_, internal))) => {
            let id = op.model.id;
            quote! {
                impl ::server_runtime::ErrorAnswer<#error_type> for Response {
                    const OPERATION_ID: &'static str = #id;

                    fn error_answer(status: u16, body: #error_type) -> ::std::result::Result<Self, #error_type> {
                        match status {
                            #(#error_arms)*
                            _ => Err(body),
                        }
                    }

                    fn internal_error(body: #error_type) -> Self {
                        #internal
                    }
                }
            }
        }
        _ => quote! {},
    };
    quote! {
        #[doc = #module_doc]
        pub mod #module {
            use super::types;

            #[doc = #summary]
            ///
            #[doc = #route]
            #[derive(Clone, Debug, PartialEq)]
            pub struct Request {
                #(#fields)*
            }

            /// Every answer the spec documents for this operation, one variant per status.
            #derive
            pub enum Response {
                #(#variants)*
            }

            impl Response {
                /// The documented statuses, in order.
                pub const STATUSES: &'static [u16] = &[#(#codes),*];

                /// This answer's status.
                pub fn status(&self) -> u16 {
                    match self { #(#status_arms)* }
                }

                /// Checks this answer against the spec: its body against the schema
                /// documented for its status (what the body's Rust type does not already
                /// prove: lengths, patterns, bounds, formats a plain type does not carry),
                /// and a range's or `default`'s status. The router calls it when
                /// `RouterConfig::validate_responses` is on.
                pub fn check(&self) -> ::std::result::Result<(), ::std::vec::Vec<::server_runtime::ContractViolation>> {
                    use ::server_runtime as rt;
                    match self { #(#check_arms)* }
                }

                /// [`Response::check`] the slow way: the body serialized to JSON and
                /// checked against its schema whole. Debug builds run both.
                pub fn check_serialized(&self) -> ::std::result::Result<(), ::std::vec::Vec<::server_runtime::ContractViolation>> {
                    use ::server_runtime as rt;
                    match self { #(#serialized_arms)* }
                }

                #checked_events
            }

            impl ::axum::response::IntoResponse for Response {
                fn into_response(self) -> ::axum::response::Response {
                    use ::server_runtime as rt;
                    use ::axum::response::IntoResponse as _;
                    match self { #(#arms)* }
                }
            }

            #error_answer

            /// The JSON body each error status documents: the router's own refusals (400,
            /// 401, 404, 415, …) take its shape where the spec's error body is another.
            pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[#(#error_bodies),*];

            #(#items)*
        }
    }
}

/// The operation's summary, else its id.
fn summary(op: &Op<'_>) -> String {
    op.model.summary.unwrap_or(op.model.id).to_owned()
}

/// `` `GET /pets` (`listPets`) ``.
fn route(op: &Op<'_>) -> String {
    format!(
        "`{} {}` (`{}`)",
        op.model.method.upper(),
        op.model.path,
        op.model.id
    )
}
