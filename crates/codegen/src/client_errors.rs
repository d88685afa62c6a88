//! Typed errors per status for the operations progenitor cannot type: when an operation's
//! error answers document different bodies, progenitor's one error type is lowered to any
//! JSON (`serde_json::Value`) or to raw bytes (`ByteStream`). For each such operation the
//! client gets `errors::<Operation>Error`, one variant per documented error status with the
//! body the spec documents for it (`types::X` for a component schema, any JSON for an inline
//! one, bytes for another media type, nothing for no body), and `from_error(err).await`,
//! which reads a failed `send()`'s answer into it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::{
    Spec, naming,
    openapi::{Status, is_json},
};

/// The `errors` module, when an operation needs one.
pub(crate) fn module(spec: &Spec, file: &syn::File) -> Option<syn::Item> {
    let defined = type_names(file);
    let mut enums = Vec::new();
    for (path, item) in &spec.document.paths.paths {
        let openapiv3::ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, operation) in item.iter() {
            let Some(operation_id) = &operation.operation_id else {
                continue;
            };
            let builder = naming::operation_builder(operation_id);
            let Some(error) = error_type(file, &builder) else {
                continue;
            };
            let raw = spec.raw.pointer(&format!(
                "/paths/{}/{method}/responses",
                path.replace('~', "~0").replace('/', "~1")
            ));
            let Some(Value::Object(responses)) = raw else {
                continue;
            };
            enums.push(typed_enum(
                spec,
                &builder,
                operation_id,
                &error,
                responses,
                &defined,
            ));
        }
    }
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

/// What a builder's `send` returns as its error: `Value` or `ByteStream`, else `None` (a
/// typed error already).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ErrorType {
    Json,
    Bytes,
}

fn error_type(file: &syn::File, builder: &str) -> Option<ErrorType> {
    let output = crate::client_hooks::send_output(file, builder)?;
    let text = quote! { #output }
        .to_string()
        .replace(' ', "")
        .replace(",>", ">");
    if text.ends_with("Error<::serde_json::Value>>") || text.ends_with("Error<serde_json::Value>>")
    {
        Some(ErrorType::Json)
    } else if text.ends_with("Error<ByteStream>>") {
        Some(ErrorType::Bytes)
    } else {
        None
    }
}

/// Every type the `types` module defines.
fn type_names(file: &syn::File) -> std::collections::BTreeSet<String> {
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "types" => module.content.as_ref(),
            _ => None,
        })
        .map(|(_, items)| defined_types(items))
        .unwrap_or_default()
}

/// The structs, enums and type aliases among `items`, by name.
pub(crate) fn defined_types(items: &[syn::Item]) -> std::collections::BTreeSet<String> {
    items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(item) => Some(item.ident.to_string()),
            syn::Item::Enum(item) => Some(item.ident.to_string()),
            syn::Item::Type(item) => Some(item.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// What an error status's body is read as.
enum Body {
    None,
    Typed(syn::Ident),
    Json,
    Bytes,
}

fn typed_enum(
    spec: &Spec,
    builder: &str,
    operation_id: &str,
    error: &ErrorType,
    responses: &serde_json::Map<String, Value>,
    defined: &std::collections::BTreeSet<String>,
) -> TokenStream {
    let name = format_ident!("{}Error", builder);
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut ranges = Vec::new();
    let mut default = None;
    for (status, response) in responses {
        let Some(parsed) = Status::parse(status).filter(|status| status.is_error()) else {
            continue;
        };
        let response = crate::resolve::follow(&spec.raw, response).0;
        let body = body_of(response, defined);
        let description = response
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("")
            .to_owned();
        let doc = format!(" {status}: {description}");
        let (field, read) = match &body {
            Body::None => (None, quote! {}),
            Body::Typed(ty) => (
                Some(quote! { types::#ty }),
                quote! { serde_json::from_slice(body) },
            ),
            Body::Json => (
                Some(quote! { ::serde_json::Value }),
                quote! { serde_json::from_slice(body) },
            ),
            Body::Bytes => (
                Some(quote! { ::std::vec::Vec<u8> }),
                quote! { Ok::<_, ::std::convert::Infallible>(body.to_vec()) },
            ),
        };
        let variant = format_ident!("{}", parsed.variant());
        match parsed {
            Status::Code(code) => match field {
                Some(field) => {
                    variants.push(quote! { #[doc = #doc] #variant(#field), });
                    arms.push(quote! {
                            #code => match #read { Ok(body) => Self::#variant(body), Err(_) => Self::Other(status, body.to_vec()) },
                        });
                }
                None => {
                    variants.push(quote! { #[doc = #doc] #variant, });
                    arms.push(quote! { #code => Self::#variant, });
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
                variants.push(decl);
                match parsed {
                    Status::Range(hundreds) => {
                        ranges.push(quote! { _ if status / 100 == #hundreds => #make, });
                    }
                    _ => default = Some(quote! { _ => #make, }),
                }
            }
        }
    }
    let fallback = default.unwrap_or_else(|| quote! { _ => Self::Other(status, body.to_vec()), });
    let doc = format!(
        " The error answers of `{operation_id}`, one variant per documented status, with the \
         body the spec documents for it."
    );
    let body_of_answer = match error {
        ErrorType::Json => quote! {
            Error::ErrorResponse(answer) => {
                let status = answer.status().as_u16();
                let body = ::serde_json::to_vec(&*answer).unwrap_or_default();
                Ok(Self::from_status(status, &body))
            }
        },
        ErrorType::Bytes => quote! {
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
    };
    let error_type = match error {
        ErrorType::Json => quote! { Error<::serde_json::Value> },
        ErrorType::Bytes => quote! { Error<ByteStream> },
    };
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
                    #(#arms)*
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

fn body_of(response: &Value, defined: &std::collections::BTreeSet<String>) -> Body {
    let Some(Value::Object(content)) = response.get("content") else {
        return Body::None;
    };
    let Some((_, media)) = content.iter().find(|(media, _)| is_json(media)) else {
        return if content.is_empty() {
            Body::None
        } else {
            Body::Bytes
        };
    };
    let component = media
        .pointer("/schema/$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
        .map(naming::type_name)
        .filter(|name| defined.contains(name));
    match component {
        Some(name) => Body::Typed(format_ident!("{}", name)),
        None => Body::Json,
    }
}
