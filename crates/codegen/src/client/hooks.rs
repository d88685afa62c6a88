//! What the client gets beyond progenitor's output: every request goes through
//! `client_runtime::execute` (retries under the client's `RetryPolicy`, a tracing span with
//! the `tracing` feature), and each operation marked
//! `x-pagination` (`{style: page-number, page: <param>, size: <param>}` or `{style: cursor,
//! cursor: <param>, size: <param>}`) gets a `stream()` on its builder and a
//! `<operation>_stream()` on the client. An operation that declares an
//! `Idempotency-Key` header gets a fresh key per call from the runtime, reused by its
//! retries, and is retried like an idempotent one.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::{
    CodegenError, Spec,
    model::{Api, Operation, PageParameter, PageStyle, Pagination},
    progenitor,
};

/// The header of the IETF Idempotency-Key draft, matched without regard to case.
const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// Rewrites progenitor's client in `file`: the retry policy on `Client`, `exec` through the
/// runtime, the operation table, and the page streams.
pub(super) fn wire(spec: &Spec, api: &Api<'_>, file: &mut syn::File) -> Result<(), CodegenError> {
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message,
    };
    // API keys in the query (`auth::Credentials`) are appended to each request's URL here:
    // a default header cannot carry them.
    let query_keys = super::auth::has_query_keys(api);
    let (mut fields, mut inits): (Vec<syn::Field>, Vec<syn::FieldValue>) = (
        vec![syn::parse_quote! { pub(crate) retry: ::client_runtime::RetryPolicy }],
        vec![syn::parse_quote! { retry: ::client_runtime::RetryPolicy::default() }],
    );
    let (request, append) = if query_keys {
        fields.push(syn::parse_quote! {
            pub(crate) query_credentials: ::std::vec::Vec<(&'static str, ::std::string::String)>
        });
        inits.push(syn::parse_quote! { query_credentials: ::std::vec::Vec::new() });
        let append = quote! {
            if !self.query_credentials.is_empty() {
                request.url_mut().query_pairs_mut().extend_pairs(
                    self.query_credentials.iter().map(|(name, value)| (*name, value.as_str())),
                );
            }
        };
        (quote! { mut request }, append)
    } else {
        (quote! { request }, quote! {})
    };
    progenitor::rewire_client(
        file,
        fields,
        inits,
        vec![syn::parse_quote! {
            async fn exec(
                &self,
                #request: reqwest::Request,
                info: &OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                #append
                ::client_runtime::execute(
                    &self.client,
                    &self.retry,
                    request,
                    operation(info.operation_id),
                )
                .await
            }
        }],
    )
    .map_err(fail)?;

    let arms = api.operations.iter().map(|op| {
        let name = &op.method_name;
        let (id, path) = (op.id, op.path);
        // A header parameter named `Idempotency-Key` (any case): the IETF draft's header.
        let key = match op.parameters.iter().find(|parameter| {
            parameter.location == crate::openapi::In::Header
                && parameter.name.eq_ignore_ascii_case(IDEMPOTENCY_KEY)
        }) {
            Some(parameter) => {
                let header = parameter.name;
                quote! { Some(#header) }
            }
            None => quote! { None },
        };
        let deprecated = op.deprecation.is_some();
        quote! {
            #name => Some(::client_runtime::Operation {
                operation_id: #id,
                path: #path,
                idempotency_key: #key,
                deprecated: #deprecated,
            }),
        }
    });
    let mut added: Vec<syn::Item> = vec![
        syn::parse_quote! {
            /// The spec's operationId and path template of a client method (as
            /// `OperationInfo` names it), for tracing.
            fn operation(name: &str) -> Option<::client_runtime::Operation> {
                match name {
                    #(#arms)*
                    _ => None,
                }
            }
        },
        syn::parse_quote! {
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
        },
    ];

    let mut streams = Vec::new();
    for op in &api.operations {
        if let Some(pagination) = &op.pagination {
            streams.push(page_stream(spec, file, op, pagination)?);
        }
    }
    let (mut builder_impls, client_methods): (Vec<_>, Vec<_>) = streams.into_iter().unzip();
    for op in &api.operations {
        builder_impls.extend(super::events::builder_impl(spec, file, op)?);
    }
    if !builder_impls.is_empty() {
        progenitor::module_items_mut(file, "builder")
            .ok_or_else(|| fail("progenitor's output has no `builder` module".into()))?
            .extend(builder_impls);
        if !client_methods.is_empty() {
            added.push(syn::parse_quote! {
                impl Client {
                    #(#client_methods)*
                }
            });
        }
    }
    added.extend(super::errors::module(api, file));
    file.items.extend(added);
    Ok(())
}

/// The builder's `stream()` and the client's `<name>_stream()` for one paginated operation.
fn page_stream(
    spec: &Spec,
    file: &syn::File,
    op: &Operation<'_>,
    pagination: &Pagination,
) -> Result<(syn::Item, TokenStream), CodegenError> {
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("x-pagination of {}: {message}", op.id),
    };
    let builder_name = &op.builder_name;
    let (item, error) = progenitor::list_send_types(file, builder_name)
        .ok_or_else(|| fail("its success answer is not a JSON array".into()))?;
    let builder = format_ident!("{}", builder_name);
    let method = format_ident!("{}", op.method_name);
    let stream_method = format_ident!("{}_stream", op.method_name);
    let size_field = format_ident!("{}", pagination.size.field);
    let value = |param: &PageParameter, field: &syn::Ident| {
        let default = match param.default {
            Some(default) => quote! { Some(#default) },
            None => quote! { None },
        };
        if param.required {
            quote! { self.#field.as_ref().ok().and_then(::client_runtime::page_value) }
        } else {
            quote! {
                match &self.#field {
                    Ok(Some(value)) => ::client_runtime::page_value(value),
                    Ok(None) => #default,
                    Err(_) => None,
                }
            }
        }
    };
    let stream_type = quote! {
        ::std::pin::Pin<::std::boxed::Box<
            dyn ::client_runtime::Stream<Item = Result<#item, #error>> + Send + 'a
        >>
    };
    let (doc, body) = match &pagination.style {
        PageStyle::PageNumber { page } => {
            let page_field = format_ident!("{}", page.field);
            let size = value(&pagination.size, &size_field);
            let first = value(page, &page_field);
            let doc = format!(
                " Every item of every page (`{}` from this builder's, else the first), one \
                 page request at a time, stopping after a page shorter than `{}` (or an empty \
                 one when the size is unknown); an error ends the stream.",
                page.field, pagination.size.field
            );
            let body = quote! {
                let size: Option<u64> = #size;
                let first: u64 = #first.unwrap_or(1);
                ::client_runtime::pages(first, size, move |page| {
                    let request = self.clone().#page_field(page);
                    async move { request.send().await.map(ResponseValue::into_inner) }
                })
            };
            (doc, body)
        }
        PageStyle::Cursor { cursor } => {
            let cursor_field = format_ident!("{}", cursor.field);
            let name = &cursor.name;
            let doc = format!(
                " Every item of every page, from this builder's request on, one page request at \
                 a time: each next request is this one with the `{name}` of the answer's \
                 `Link: <…>; rel=\"next\"` header, until an answer has none (or no item); an \
                 error ends the stream."
            );
            let body = quote! {
                ::client_runtime::cursor_pages(move |cursor: Option<String>| {
                    let request = match cursor {
                        Some(cursor) => self.clone().#cursor_field(cursor),
                        None => self.clone(),
                    };
                    async move {
                        request.send().await.map(|answer| {
                            let next = ::client_runtime::next_cursor(answer.headers(), #name);
                            (answer.into_inner(), next)
                        })
                    }
                })
            };
            (doc, body)
        }
    };
    let builder_impl = syn::parse2(quote! {
        impl<'a> #builder<'a> {
            #[doc = #doc]
            pub fn stream(self) -> #stream_type {
                #body
            }
        }
    })
    .map_err(|err| fail(format!("the stream does not parse: {err}")))?;
    let stream_doc = format!(
        " Every item of `{}` across all its pages (`{}().stream()` with the defaults).",
        op.id, op.method_name
    );
    let client_method = quote! {
        #[doc = #stream_doc]
        pub fn #stream_method<'a>(&'a self) -> #stream_type {
            self.#method().stream()
        }
    };
    Ok((builder_impl, client_method))
}
