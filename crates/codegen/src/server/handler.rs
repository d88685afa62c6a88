//! One operation's generated code: its module (`Request`, `Response`), its trait method, and
//! the handler that authenticates, extracts, validates and calls the implementation.

use super::*;
use crate::openapi::{Class, JSON, is_json};

impl Server<'_> {
    /// The module, trait method and handler of one operation.
    pub(super) fn operation(
        &self,
        op: &Op<'_>,
        statics: &mut Statics,
    ) -> Result<OperationCode, CodegenError> {
        let trait_name = &self.trait_name;
        let module = ident(&naming::operation_method(op.id));
        let method = ident(&naming::operation_method(op.id));
        let handler = format_ident!("handle_{}", naming::operation_method(op.id));
        let op_prefix = naming::operation_static_prefix(op.id);

        // Request fields and their extraction.
        let mut fields = Vec::new();
        let mut extractions = Vec::new();
        let mut names = Vec::new();
        for param in &op.params {
            let field = format_ident!("{}", param.field);
            let static_ident =
                naming::parameter_static(op.id, &param.location.to_string(), &param.data.name);
            // An object parameter's own schema (lowering kept it for the router).
            let kept: Option<ReferenceOr<Schema>> = param
                .data
                .extensions
                .get("x-codegen-schema")
                .and_then(|schema| serde_json::from_value(schema.clone()).ok());
            let expression = statics.schema(self.spec, kept.as_ref().unwrap_or(param.schema))?;
            statics
                .items
                .push(quote! { pub static #static_ident: Schema = #expression; });
            let location = format!("{}.{}", param.location, param.data.name);
            let name = &param.data.name;
            let style = param
                .data
                .extensions
                .get("x-codegen-style")
                .and_then(|style| style.as_str());
            let separator = match style {
                Some("spaceDelimited") => Some(' '),
                Some("pipeDelimited") => Some('|'),
                Some("commaSeparated") => Some(','),
                _ => None,
            };
            let rust_type = &param.rust_type;
            let is_object = resolve(self.document, param.schema).is_some_and(|schema| {
                matches!(&schema.schema_kind, SchemaKind::Type(Type::Object(_)))
            });
            if param.location == In::Query && is_object {
                let required = param.data.required;
                let (field_type, extraction) = if required {
                    (
                        quote! { #rust_type },
                        quote! { rt::object_param::<#rust_type>(&mut __violations, #location, __query.object(#name, &schemas::#static_ident), &schemas::#static_ident, true).flatten() },
                    )
                } else {
                    (
                        quote! { ::std::option::Option<#rust_type> },
                        quote! { rt::object_param::<#rust_type>(&mut __violations, #location, __query.object(#name, &schemas::#static_ident), &schemas::#static_ident, false) },
                    )
                };
                let doc = doc_attr(param.data.description.as_deref().unwrap_or(""));
                let doc_location = format!("`{}` in the query (an object).", param.data.name);
                fields.push(
                    quote! { #doc #[doc = ""] #[doc = #doc_location] pub #field: #field_type, },
                );
                extractions.push(quote! { let #field = #extraction; });
                names.push(field);
                continue;
            }
            let raw = match param.location {
                In::Query => match separator {
                    Some(separator) => quote! { __query.delimited(#name, #separator) },
                    None => quote! { __query.values(#name) },
                },
                In::Header => {
                    quote! { rt::header_values(&__parts.headers, #name, &mut __violations) }
                }
                In::Path => quote! { rt::path_value(&__path_values, #name) },
                In::Cookie => {
                    return Err(fail(self.spec, format!("{}: a cookie parameter", op.id)));
                }
            };
            let default = param_default(param, self.document);
            let nullable = resolve(self.document, param.schema)
                .is_some_and(|schema| schema.schema_data.nullable);
            let (field_type, extraction) = match (param.data.required, &default, nullable) {
                (true, _, false) | (false, Some(_), false) => {
                    let default = match &default {
                        Some(text) => quote! { Some(#text) },
                        None => quote! { None },
                    };
                    (
                        quote! { #rust_type },
                        quote! { rt::param::<#rust_type>(&mut __violations, #location, &raw, &schemas::#static_ident, #default) },
                    )
                }
                (true, _, true) => (
                    quote! { ::std::option::Option<#rust_type> },
                    quote! { rt::param::<::std::option::Option<#rust_type>>(&mut __violations, #location, &raw, &schemas::#static_ident, None) },
                ),
                (false, _, true) => (
                    quote! { ::std::option::Option<#rust_type> },
                    quote! { rt::optional_param::<::std::option::Option<#rust_type>>(&mut __violations, #location, &raw, &schemas::#static_ident).map(::std::option::Option::flatten) },
                ),
                (false, _, false) => (
                    quote! { ::std::option::Option<#rust_type> },
                    quote! { rt::optional_param::<#rust_type>(&mut __violations, #location, &raw, &schemas::#static_ident) },
                ),
            };
            let doc = doc_attr(param.data.description.as_deref().unwrap_or(""));
            let doc_location = format!("`{}` in the {}.", param.data.name, param.location);
            fields
                .push(quote! { #doc #[doc = ""] #[doc = #doc_location] pub #field: #field_type, });
            extractions.push(quote! { let #field = { let raw = #raw; #extraction }; });
            names.push(field);
        }
        let mut body_read = quote! {};
        if let Some(body) = &op.body
            && let BodyKind::Raw(media_types) = &body.kind
        {
            let required = body.required;
            body_read = quote! {
                let body = match rt::raw_body(
                    &mut __violations,
                    &__parts.headers,
                    body,
                    __state.config.max_body_bytes,
                    #required,
                    &[#(#media_types),*],
                ).await {
                    Ok(body) => body,
                    Err(rejection) => return reject(rejection),
                };
            };
            let (field_type, extraction) = if required {
                (quote! { ::server_runtime::RawBody }, quote! { body })
            } else {
                (
                    quote! { ::std::option::Option<::server_runtime::RawBody> },
                    quote! { Some(body) },
                )
            };
            let doc = format!(" The body's bytes ({}).", media_types.join(", "));
            fields.push(quote! { #[doc = #doc] pub body: #field_type, });
            extractions.push(quote! { let body = #extraction; });
            names.push(format_ident!("body"));
        } else if let Some(body) = &op.body {
            let static_ident = ident(&format!("{op_prefix}__BODY"));
            let expression = statics.schema(self.spec, body.schema)?;
            statics
                .items
                .push(quote! { pub static #static_ident: Schema = #expression; });
            let rust_type = &body.rust_type;
            let required = body.required;
            let (read, doc) = match body.kind {
                BodyKind::Form => (quote! { rt::form_body }, " The form body."),
                _ => (quote! { rt::json_body }, " The JSON body."),
            };
            body_read = quote! {
                let body = match #read(
                    &mut __violations,
                    &__parts.headers,
                    body,
                    __state.config.max_body_bytes,
                    #required,
                    &schemas::#static_ident,
                ).await {
                    Ok(body) => body,
                    Err(rejection) => return reject(rejection),
                };
            };
            let (field_type, extraction) = if required {
                (
                    quote! { #rust_type },
                    quote! { body.and_then(|body| rt::typed::<#rust_type>(&mut __violations, "body", body)) },
                )
            } else {
                (
                    quote! { ::std::option::Option<#rust_type> },
                    quote! { match body { None => Some(None), Some(body) => rt::typed::<#rust_type>(&mut __violations, "body", body).map(Some) } },
                )
            };
            fields.push(quote! { #[doc = #doc] pub body: #field_type, });
            extractions.push(quote! { let body = #extraction; });
            names.push(format_ident!("body"));
        }

        // Response variants.
        let mut variants = Vec::new();
        let mut arms = Vec::new();
        let mut status_arms = Vec::new();
        let mut codes = Vec::new();
        let mut check_arms = Vec::new();
        let mut mock_answers = Vec::new();
        for (status, response) in &op.responses {
            let variant = ident(&status.variant());
            let doc = doc_attr(&format!("{}: {}", status.text(), response.description));
            // The operation's success or error type, as the client reads the status; a
            // status the client does not expect (`3xx`, say) travels as bytes.
            let body_type = match status.class() {
                Class::Success | Class::Default => Some(op.success_type.clone()),
                Class::Error => op.error_type.clone(),
                Class::Other => None,
            };
            let raw_type = response.content.keys().next().map(|media| {
                if media.contains('*') {
                    "application/octet-stream"
                } else {
                    media.as_str()
                }
            });
            // The body's type, and how it answers for a status expression.
            let json = response.content.contains_key(JSON);
            let body = match (json, body_type, raw_type) {
                (true, Some(body_type), _) => Some((body_type, None)),
                (_, None, Some(media)) if !json || status.class() == Class::Other => {
                    Some((quote! { ::axum::body::Bytes }, Some(media)))
                }
                (false, _, Some(media)) => Some((quote! { ::axum::body::Bytes }, Some(media))),
                _ => None,
            };
            let answer = |status: TokenStream, media: Option<&str>| match media {
                None => quote! { rt::answer(#status, Some(&body)) },
                Some(media) => quote! { rt::raw_answer(#status, #media, body) },
            };
            let fixed = status.code();
            // Response validation: the JSON body against its documented schema, and a range's
            // or `default`'s status against what it may be.
            // A typed body is `application/json`'s; a raw one in another JSON media type
            // (`application/problem+json`) is parsed from its bytes to be checked.
            let checked_media = match &body {
                Some((_, None)) => response
                    .content
                    .get(JSON)
                    .map(|media| (media, quote! { rt::check_body })),
                Some((_, Some(raw))) if is_json(raw) => response
                    .content
                    .get(*raw)
                    .map(|media| (media, quote! { rt::check_json_bytes })),
                _ => None,
            };
            let examples = checked_media
                .as_ref()
                .map(|(media, _)| self.examples(media))
                .or_else(|| {
                    let raw = body.as_ref().and_then(|(_, raw)| *raw)?;
                    response.content.get(raw).map(|media| self.examples(media))
                })
                .unwrap_or_default();
            let mut answer_static = None;
            let body_check = match checked_media
                .and_then(|(media, check)| media.schema.as_ref().map(|schema| (schema, check)))
            {
                // A schema the validator cannot be written for (a `$ref` to something that is
                // not a schema, say) leaves this answer unchecked: response validation is a
                // net, never a reason to refuse a spec.
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
            mock_answers.push(MockAnswer {
                variant: variant.clone(),
                status: *status,
                body: match &body {
                    None => MockBody::None,
                    Some((_, None)) => MockBody::Typed(answer_static),
                    Some((_, Some(_))) => MockBody::Raw,
                },
                examples,
            });
            let status_check = match status {
                Status::Code(_) => None,
                Status::Range(hundreds) => {
                    Some(quote! { rt::check_status(*status, Some(#hundreds), Self::STATUSES) })
                }
                Status::Default => Some(quote! { rt::check_status(*status, None, Self::STATUSES) }),
            };
            let both_checks = match (&status_check, &body_check) {
                (Some(status), Some(body)) => quote! { #status.and_then(|()| #body) },
                (Some(only), None) | (None, Some(only)) => only.clone(),
                (None, None) => quote! { Ok(()) },
            };
            let body_pattern = if body_check.is_some() {
                quote! { body }
            } else {
                quote! { _ }
            };
            let status_pattern = if status_check.is_some() {
                quote! { status }
            } else {
                quote! { _ }
            };
            match (body, fixed) {
                (Some((body_type, media)), Some(code)) => {
                    let answer = answer(quote! { #code }, media);
                    variants.push(quote! { #doc #variant(#body_type), });
                    arms.push(quote! { Self::#variant(body) => #answer, });
                    status_arms.push(quote! { Self::#variant(_) => #code, });
                    check_arms.push(quote! { Self::#variant(#body_pattern) => #both_checks, });
                }
                (Some((body_type, media)), None) => {
                    let answer = answer(quote! { status }, media);
                    variants.push(quote! { #doc #[doc = ""] #[doc = " The status comes first."] #variant(u16, #body_type), });
                    arms.push(quote! { Self::#variant(status, body) => #answer, });
                    status_arms.push(quote! { Self::#variant(status, _) => *status, });
                    check_arms.push(
                        quote! { Self::#variant(#status_pattern, #body_pattern) => #both_checks, },
                    );
                }
                (None, Some(code)) => {
                    variants.push(quote! { #doc #variant, });
                    arms.push(quote! { Self::#variant => rt::answer::<()>(#code, None), });
                    status_arms.push(quote! { Self::#variant => #code, });
                    check_arms.push(quote! { Self::#variant => Ok(()), });
                }
                (None, None) => {
                    variants.push(quote! { #doc #variant(u16), });
                    arms.push(quote! { Self::#variant(status) => rt::answer::<()>(status, None), });
                    status_arms.push(quote! { Self::#variant(status) => *status, });
                    check_arms.push(quote! { Self::#variant(#status_pattern) => #both_checks, });
                }
            }
            if let Some(code) = fixed {
                codes.push(code);
            }
        }

        let summary = op
            .operation
            .summary
            .clone()
            .unwrap_or_else(|| op.id.to_owned());
        let description = op.operation.description.clone().unwrap_or_default();
        let method_upper = op.method.upper();
        let route = format!("`{method_upper} {}` (`{}`)", op.path, op.id);
        let module_doc = format!("The `{}` operation: {summary}.", op.id);
        let module_tokens = quote! {
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
                #[derive(Clone, Debug, PartialEq)]
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
                    /// documented for its status, and a range's or `default`'s status.
                    /// The router calls it when `RouterConfig::validate_responses` is on.
                    pub fn check(&self) -> ::std::result::Result<(), ::std::vec::Vec<::server_runtime::ContractViolation>> {
                        use ::server_runtime as rt;
                        match self { #(#check_arms)* }
                    }
                }

                impl ::axum::response::IntoResponse for Response {
                    fn into_response(self) -> ::axum::response::Response {
                        use ::server_runtime as rt;
                        use ::axum::response::IntoResponse as _;
                        match self { #(#arms)* }
                    }
                }
            }
        };

        let secured = !op.security.is_empty();
        let context_param = if secured {
            quote! { context: Self::Context, }
        } else {
            quote! {}
        };
        let method_doc = doc_attr(&summary);
        let description_doc = doc_attr(&description);
        let method_tokens = quote! {
            #method_doc
            ///
            #description_doc
            ///
            #[doc = #route]
            fn #method(
                &self,
                #context_param
                request: #module::Request,
            ) -> impl ::std::future::Future<Output = #module::Response> + Send;
        };

        let (security_item, authenticate) = if secured {
            security::check(&self.schemes, &op.security, op.id)
        } else {
            (quote! {}, quote! {})
        };
        let call_context = if secured {
            quote! { __context, }
        } else {
            quote! {}
        };
        let has_path_params = op.params.iter().any(|p| p.location == In::Path);
        let path_params = if has_path_params {
            quote! {
                let __path_values = match rt::path_values(&mut __parts).await {
                    Ok(values) => values,
                    Err(rejection) => return reject(rejection),
                };
            }
        } else {
            quote! {}
        };
        let has_query = op.params.iter().any(|p| p.location == In::Query);
        let query = if has_query {
            quote! { let __query = rt::Query::parse(__parts.uri.query()); }
        } else {
            quote! {}
        };
        let destructure = if names.is_empty() {
            quote! {}
        } else {
            quote! {
                let (#(Some(#names),)*) = (#(#names,)*) else {
                    return reject(__violations.into_rejection());
                };
            }
        };
        let body_binding = if op.body.is_some() {
            quote! { body }
        } else {
            quote! { _body }
        };
        let op_id_text = op.id;
        let handler_tokens = quote! {
            #security_item

            async fn #handler<A: #trait_name>(
                ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
                request: ::axum::extract::Request,
            ) -> ::axum::response::Response {
                let (mut __parts, #body_binding) = request.into_parts();
                #authenticate
                let mut __violations = rt::Violations::default();
                #body_read
                #path_params
                #query
                #(#extractions)*
                if !__violations.is_empty() {
                    return reject(__violations.into_rejection());
                }
                #destructure
                let request = #module::Request { #(#names),* };
                let __answer = __state.api.#method(#call_context request).await;
                if __state.config.validate_responses {
                    if let Err(violations) = __answer.check() {
                        return reject(rt::broken_contract(#op_id_text, __answer.status(), &violations));
                    }
                }
                __answer.into_response()
            }
        };
        let (mock_method, mock_documented) = self.mock_method(op, &mock_answers);
        Ok(OperationCode {
            module: module_tokens,
            method: method_tokens,
            handler: handler_tokens,
            mock_method,
            mock_documented,
        })
    }
}
