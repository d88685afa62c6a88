//! Typed errors per status for the operations progenitor cannot type: when an operation's
//! error answers document different bodies, progenitor's one error type is lowered to any
//! JSON (`serde_json::Value`) or to raw bytes (`ByteStream`). For each such operation the
//! client gets `errors::<Operation>Error`, one variant per documented error status with the
//! body the spec documents for it (`types::X` for a component schema, any JSON for an inline
//! one, bytes for another media type, nothing for no body), and `from_error(err).await`,
//! which reads a failed `send()`'s answer into it.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::{
    model::{Api, Operation, WrittenBody, WrittenResponse},
    naming,
    openapi::Status,
    progenitor::{self, ErrorBody},
};

/// The `errors` module, when an operation needs one.
pub(super) fn module(api: &Api<'_>, file: &syn::File) -> Option<syn::Item> {
    let defined = progenitor::defined_types_of(file);
    let bodies = progenitor::error_bodies(file);
    let enums: Vec<TokenStream> = api
        .operations
        .iter()
        .filter_map(|op| match *bodies.get(&op.builder_name)? {
            ErrorBody::Typed => None,
            error => Some(typed_enum(op, error, &defined)),
        })
        .collect();
    if enums.is_empty() {
        return None;
    }
    syn::parse2(quote! {
        /// Typed errors per status, for the operations whose error answers document
        /// different bodies (progenitor's error type for them is any JSON or bytes).
        pub mod errors {
            #[allow(unused_imports)]
            use super::{types, Error, ByteStream};
            #(#enums)*
        }
    })
    .ok()
}

/// The arms of `from_status` and the variants, status by status.
#[derive(Default)]
struct Arms {
    variants: Vec<TokenStream>,
    codes: Vec<TokenStream>,
    ranges: Vec<TokenStream>,
    default: Option<TokenStream>,
}

fn typed_enum(op: &Operation<'_>, error: ErrorBody, defined: &BTreeSet<String>) -> TokenStream {
    let name = format_ident!("{}Error", op.builder_name);
    let mut arms = Arms::default();
    for response in op
        .written_responses
        .iter()
        .filter(|response| response.status.is_error())
    {
        status_arm(response, defined, &mut arms);
    }
    let Arms {
        variants,
        codes,
        ranges,
        default,
    } = arms;
    let fallback = default.unwrap_or_else(|| quote! { _ => Self::Other(status, body.to_vec()), });
    let doc = format!(
        " The error answers of `{}`, one variant per documented status, with the body the \
         spec documents for it.",
        op.id
    );
    let (body_of_answer, error_type) = answer_reading(error);
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name {
            #(#variants)*
            /// A status the operation does not document, or a body that is not the documented
            /// one: the status and the body's bytes.
            Other(u16, ::std::vec::Vec<u8>),
        }

        impl #name {
            /// Reads an error answer by its status.
            pub fn from_status(status: u16, body: &[u8]) -> Self {
                match status {
                    #(#codes)*
                    #(#ranges)*
                    #fallback
                }
            }

            /// The typed answer of a failed `send()`; the error itself when it is not an
            /// answer of the server (a connection failure, say).
            pub async fn from_error(error: #error_type) -> ::std::result::Result<Self, #error_type> {
                match error {
                    #body_of_answer
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
}

/// One error status's variant and its arm of `from_status`.
fn status_arm(response: &WrittenResponse<'_>, defined: &BTreeSet<String>, arms: &mut Arms) {
    let doc = format!(" {}: {}", response.key, response.summary);
    let (field, read) = match response.body {
        WrittenBody::None => (None, quote! {}),
        WrittenBody::Json(component) => {
            let ty = component
                .map(naming::type_name)
                .filter(|name| defined.contains(name))
                .map(|name| format_ident!("{}", name));
            let field = match ty {
                Some(ty) => quote! { types::#ty },
                None => quote! { ::serde_json::Value },
            };
            (Some(field), quote! { serde_json::from_slice(body) })
        }
        WrittenBody::Other => (
            Some(quote! { ::std::vec::Vec<u8> }),
            quote! { Ok::<_, ::std::convert::Infallible>(body.to_vec()) },
        ),
    };
    let variant = format_ident!("{}", response.status.variant());
    match response.status {
        Status::Code(code) => match field {
            Some(field) => {
                arms.variants
                    .push(quote! { #[doc = #doc] #variant(#field), });
                arms.codes.push(quote! {
                    #code => match #read { Ok(body) => Self::#variant(body), Err(_) => Self::Other(status, body.to_vec()) },
                });
            }
            None => {
                arms.variants.push(quote! { #[doc = #doc] #variant, });
                arms.codes.push(quote! { #code => Self::#variant, });
            }
        },
        Status::Range(_) | Status::Default => {
            let (decl, make) = match field {
                Some(field) => (
                    quote! { #[doc = #doc] #variant(u16, #field), },
                    quote! { match #read { Ok(body) => Self::#variant(status, body), Err(_) => Self::Other(status, body.to_vec()) } },
                ),
                None => (
                    quote! { #[doc = #doc] #variant(u16), },
                    quote! { Self::#variant(status) },
                ),
            };
            arms.variants.push(decl);
            match response.status {
                Status::Range(hundreds) => {
                    arms.ranges
                        .push(quote! { _ if status / 100 == #hundreds => #make, });
                }
                _ => arms.default = Some(quote! { _ => #make, }),
            }
        }
    }
}

/// How `from_error` reads an error answer's body, and the error type it takes.
fn answer_reading(error: ErrorBody) -> (TokenStream, TokenStream) {
    match error {
        ErrorBody::Json => (
            quote! {
                Error::ErrorResponse(answer) => {
                    let status = answer.status().as_u16();
                    let body = ::serde_json::to_vec(&*answer).unwrap_or_default();
                    Ok(Self::from_status(status, &body))
                }
            },
            quote! { Error<::serde_json::Value> },
        ),
        ErrorBody::Bytes | ErrorBody::Typed => (
            quote! {
                Error::ErrorResponse(answer) => {
                    let status = answer.status().as_u16();
                    let mut stream = answer.into_inner().into_inner();
                    let mut body = ::std::vec::Vec::new();
                    while let Some(chunk) = ::client_runtime::StreamExt::next(&mut stream).await {
                        body.extend_from_slice(&chunk.map_err(Error::ResponseBodyError)?);
                    }
                    Ok(Self::from_status(status, &body))
                }
            },
            quote! { Error<ByteStream> },
        ),
    }
}
