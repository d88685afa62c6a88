//! An operation's `Request`: its fields, and how the handler extracts and checks each.

use super::*;
use crate::{model::BodyKind, model::Style, openapi::In};

/// The request's part of an operation's generated code.
#[derive(Default)]
pub(super) struct RequestCode {
    /// The `Request` struct's fields.
    pub(super) fields: Vec<TokenStream>,
    /// The handler's statements that read each field (an `Option`, `None` on a violation).
    pub(super) extractions: Vec<TokenStream>,
    /// The fields' names, in order.
    pub(super) names: Vec<syn::Ident>,
    /// The handler's statement that reads the body, before any parameter.
    pub(super) body_read: TokenStream,
}

impl Server<'_> {
    /// Every parameter and the body of `op`.
    pub(super) fn request(
        &self,
        op: &Op<'_>,
        statics: &mut Statics,
    ) -> Result<RequestCode, CodegenError> {
        let mut code = RequestCode::default();
        for param in &op.params {
            self.parameter(op, param, statics, &mut code)?;
        }
        if let Some(body) = &op.body {
            self.body(op, body, statics, &mut code)?;
        }
        Ok(code)
    }

    fn parameter(
        &self,
        op: &Op<'_>,
        param: &Param<'_>,
        statics: &mut Statics,
        code: &mut RequestCode,
    ) -> Result<(), CodegenError> {
        let model = param.model;
        let field = format_ident!("{}", model.field);
        let static_ident =
            naming::parameter_static(op.model.id, &model.location.to_string(), &model.field);
        let expression = statics.schema(self.spec, &model.checked_schema)?;
        statics
            .items
            .push(quote! { pub static #static_ident: Schema = #expression; });
        let location = format!("{}.{}", model.location, model.name);
        let name = model.name;
        let rust_type = &param.rust_type;
        let doc = doc_attr(model.description.unwrap_or(""));
        if model.location == In::Query && model.object {
            let required = model.required;
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
            let doc_location = format!("`{name}` in the query (an object).");
            code.fields
                .push(quote! { #doc #[doc = ""] #[doc = #doc_location] pub #field: #field_type, });
            code.extractions.push(quote! { let #field = #extraction; });
            code.names.push(field);
            return Ok(());
        }
        let raw = match model.location {
            In::Query => match model.style {
                Style::Delimited(separator) => quote! { __query.delimited(#name, #separator) },
                // `allowEmptyValue` on an optional parameter: `?name=` is no value.
                Style::Repeated if model.allow_empty && !model.required => {
                    quote! { __query.nonempty_values(#name) }
                }
                Style::Repeated | Style::Json => quote! { __query.values(#name) },
            },
            In::Header => {
                quote! { rt::header_values(&__parts.headers, #name, &mut __violations) }
            }
            In::Path => path_raw(model),
            // Decoded, so owned: borrowed below as the others are.
            In::Cookie => quote! {
                __cookies.iter().map(::std::string::String::as_str).collect::<::std::vec::Vec<&str>>()
            },
        };
        let cookies = (model.location == In::Cookie).then(|| {
            quote! { let __cookies = rt::cookie_values(&__parts.headers, #name); }
        });
        // A header array (`style: simple`): its one value split on commas.
        let raw = match (model.location, model.style) {
            (In::Header, Style::Delimited(separator)) => {
                quote! { rt::split_values(#raw, #separator) }
            }
            _ => raw,
        };
        let json = (model.style == Style::Json).then(|| {
            let required = model.required;
            quote! { rt::json_param::<#rust_type>(&mut __violations, #location, &raw, #required, &schemas::#static_ident) }
        });
        let (field_type, extraction) = match (model.required, &model.default, model.nullable) {
            // Its JSON text, parsed: `null` is a JSON value like any other.
            _ if let Some(json) = json => match model.required {
                true => (quote! { #rust_type }, quote! { #json.flatten() }),
                false => (quote! { ::std::option::Option<#rust_type> }, json),
            },
            (true, _, false) | (false, Some(_), false) => {
                // A required parameter must be sent: its default has no meaning (Swagger 2
                // says so; OpenAPI 3 defaults what is absent, which a required one is not).
                let default = match (&model.default, model.required) {
                    (Some(text), false) => quote! { Some(#text) },
                    _ => quote! { None },
                };
                let extraction = match (model.location, model.style, model.required) {
                    // `name=` is the empty array, not a missing parameter.
                    (In::Query, Style::Delimited(_), true) => quote! {
                        rt::delimited_param::<#rust_type>(&mut __violations, #location, &raw, __query.given(#name), &schemas::#static_ident)
                    },
                    _ => quote! {
                        rt::param::<#rust_type>(&mut __violations, #location, &raw, &schemas::#static_ident, #default)
                    },
                };
                (quote! { #rust_type }, extraction)
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
        let doc_location = format!("`{name}` in the {}.", model.location);
        code.fields
            .push(quote! { #doc #[doc = ""] #[doc = #doc_location] pub #field: #field_type, });
        code.extractions
            .push(quote! { let #field = { #cookies let raw = #raw; #extraction }; });
        code.names.push(field);
        Ok(())
    }

    fn body(
        &self,
        op: &Op<'_>,
        body: &Body<'_>,
        statics: &mut Statics,
        code: &mut RequestCode,
    ) -> Result<(), CodegenError> {
        let required = body.model.required;
        if let BodyKind::Raw(media_types) = &body.model.kind {
            // A `multipart/form-data` body's parts, checked as the object its schema says.
            let multipart = match &body.model.multipart {
                Some(schema) => {
                    let static_ident = ident(&format!(
                        "{}__MULTIPART",
                        naming::operation_static_prefix(op.model.id)
                    ));
                    let expression = statics.schema(self.spec, schema)?;
                    statics
                        .items
                        .push(quote! { pub static #static_ident: Schema = #expression; });
                    Some(quote! {
                        rt::check_multipart(&mut __violations, body.as_ref(), &schemas::#static_ident);
                    })
                }
                None => None,
            };
            code.body_read = quote! {
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
                #multipart
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
            code.fields
                .push(quote! { #[doc = #doc] pub body: #field_type, });
            code.extractions.push(quote! { let body = #extraction; });
            code.names.push(format_ident!("body"));
            return Ok(());
        }
        let static_ident = ident(&format!(
            "{}__BODY",
            naming::operation_static_prefix(op.model.id)
        ));
        let expression = statics.schema(self.spec, body.model.schema)?;
        statics
            .items
            .push(quote! { pub static #static_ident: Schema = #expression; });
        let rust_type = &body.rust_type;
        let (read, doc) = match body.model.kind {
            BodyKind::Form => (quote! { rt::form_body }, " The form body."),
            _ => (quote! { rt::json_body }, " The JSON body."),
        };
        let also = (!body.model.also.is_empty()).then(|| {
            let media_ident = ident(&format!(
                "{}__BODY_MEDIA",
                naming::operation_static_prefix(op.model.id)
            ));
            let (primary, primary_type) = match body.model.kind {
                BodyKind::Form => (quote! { Form }, crate::openapi::FORM),
                _ => (quote! { Json }, crate::openapi::JSON),
            };
            let mut readers = vec![quote! { ::server_runtime::BodyReader::#primary }];
            let mut media_types = vec![primary_type.to_owned()];
            for also in &body.model.also {
                media_types.push(also.media_type.clone());
                readers.push(match &also.xml {
                    None => quote! { ::server_runtime::BodyReader::Form },
                    Some(shape) => {
                        let shape = xml_shape(shape);
                        quote! { ::server_runtime::BodyReader::Xml(&#shape) }
                    }
                });
            }
            statics.items.push(quote! {
                pub static #media_ident: ::server_runtime::BodyMedia = ::server_runtime::BodyMedia {
                    readers: &[#(#readers),*],
                    documented: &[#(#media_types),*],
                };
            });
            quote! { &schemas::#media_ident }
        });
        let (read, also) = match also {
            Some(also) => (quote! { rt::body_of }, quote! { , #also }),
            None => (read, quote! {}),
        };
        code.body_read = quote! {
            let body = match #read(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                #required,
                &schemas::#static_ident
                #also
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
        code.fields
            .push(quote! { #[doc = #doc] pub body: #field_type, });
        code.extractions.push(quote! { let body = #extraction; });
        code.names.push(format_ident!("body"));
        Ok(())
    }
}

/// The `server_runtime::XmlShape` of a shape from lowering (`lower/media.rs`).
fn xml_shape(shape: &serde_json::Value) -> TokenStream {
    let name = match shape.get("name").and_then(serde_json::Value::as_str) {
        Some(name) => quote! { Some(#name) },
        None => quote! { None },
    };
    let wrapped = shape.get("wrapped") == Some(&serde_json::Value::Bool(true));
    let items = match shape.get("items") {
        Some(items) => {
            let items = xml_shape(items);
            quote! { Some(&#items) }
        }
        None => quote! { None },
    };
    let properties = shape
        .get("properties")
        .and_then(serde_json::Value::as_object)
        .into_iter()
        .flatten()
        .map(|(property, shape)| {
            let shape = xml_shape(shape);
            quote! { (#property, &#shape) }
        });
    quote! {
        ::server_runtime::XmlShape {
            name: #name,
            wrapped: #wrapped,
            items: #items,
            properties: &[#(#properties),*],
        }
    }
}

/// A segment's pieces as `rt::Piece`s.
pub(super) fn pieces_tokens(pieces: &[crate::routes::Piece]) -> Vec<TokenStream> {
    pieces
        .iter()
        .map(|piece| match piece {
            crate::routes::Piece::Literal(text) => quote! { rt::Piece::Literal(#text) },
            crate::routes::Piece::Param(_) => quote! { rt::Piece::Param },
        })
        .collect()
}

/// A path parameter's strings, from the route's `__path_values`: its segment, or its piece
/// of one; an array (`style: simple`) split on commas.
pub(super) fn path_raw(model: &crate::model::Parameter<'_>) -> TokenStream {
    let name = model.name;
    let raw = match &model.segment {
        None => quote! { rt::path_value(&__path_values, #name) },
        Some((carrier, pieces, index)) => {
            let pieces = pieces_tokens(pieces);
            quote! { rt::path_piece(&__path_values, #carrier, &[#(#pieces),*], #index) }
        }
    };
    match model.style {
        Style::Delimited(separator) => quote! { rt::split_values(#raw, #separator) },
        Style::Repeated | Style::Json => raw,
    }
}
