//! What the client gets beyond progenitor's output: every request goes through
//! `client_runtime::execute` (retries under the client's `RetryPolicy`, a tracing span with
//! the `tracing` feature), and each operation marked
//! `x-pagination: {style: page-number, page: <param>, size: <param>}` gets a `stream()` on its
//! builder and a `<operation>_stream()` on the client.

use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::{CodegenError, Spec, naming};

/// Rewrites progenitor's client in `file`: the retry policy on `Client`, `exec` through the
/// runtime, the operation table, and the page streams.
pub(crate) fn wire(spec: &Spec, file: &mut syn::File) -> Result<(), CodegenError> {
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message,
    };
    let operations = operations(&spec.document);
    for item in &mut file.items {
        match item {
            syn::Item::Struct(item) if item.ident == "Client" => {
                let syn::Fields::Named(fields) = &mut item.fields else {
                    return Err(fail("progenitor's Client has no named fields".into()));
                };
                fields.named.push(syn::parse_quote! {
                    pub(crate) retry: ::client_runtime::RetryPolicy
                });
            }
            syn::Item::Impl(block) if is_client_impl(block) => {
                for member in &mut block.items {
                    if let syn::ImplItem::Fn(function) = member
                        && function.sig.ident == "new_with_client"
                    {
                        syn::visit_mut::VisitMut::visit_block_mut(
                            &mut AddRetryField,
                            &mut function.block,
                        );
                    }
                }
            }
            syn::Item::Impl(block)
                if block.trait_.as_ref().is_some_and(|(path, _)| {
                    path.segments
                        .last()
                        .is_some_and(|segment| segment.ident == "ClientHooks")
                }) =>
            {
                block.items = vec![syn::parse_quote! {
                    async fn exec(
                        &self,
                        request: reqwest::Request,
                        info: &OperationInfo,
                    ) -> reqwest::Result<reqwest::Response> {
                        ::client_runtime::execute(
                            &self.client,
                            &self.retry,
                            request,
                            operation(info.operation_id),
                        )
                        .await
                    }
                }];
            }
            _ => {}
        }
    }

    let arms = operations.iter().map(|op| {
        let name = &op.method_name;
        let (id, path) = (&op.operation_id, &op.path);
        quote! {
            #name => Some(::client_runtime::Operation { operation_id: #id, path: #path }),
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
    for op in operations
        .iter()
        .filter_map(|op| op.pagination.as_ref().map(|p| (op, p)))
    {
        streams.push(page_stream(spec, file, op.0, op.1)?);
    }
    let (builder_impls, client_methods): (Vec<_>, Vec<_>) = streams.into_iter().unzip();
    if !builder_impls.is_empty() {
        let builder = file
            .items
            .iter_mut()
            .find_map(|item| match item {
                syn::Item::Mod(module) if module.ident == "builder" => module.content.as_mut(),
                _ => None,
            })
            .ok_or_else(|| fail("progenitor's output has no `builder` module".into()))?;
        builder.1.extend(builder_impls);
        added.push(syn::parse_quote! {
            impl Client {
                #(#client_methods)*
            }
        });
    }
    added.extend(crate::client_errors::module(spec, file));
    file.items.extend(added);
    Ok(())
}

/// `impl Client { ... }` (inherent, not a trait's).
fn is_client_impl(block: &syn::ItemImpl) -> bool {
    block.trait_.is_none()
        && matches!(&*block.self_ty, syn::Type::Path(path) if path.path.is_ident("Client"))
}

/// Adds `retry: Default::default()` to `Self { .. }` in `new_with_client`.
struct AddRetryField;

impl syn::visit_mut::VisitMut for AddRetryField {
    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        if expr.path.is_ident("Self") {
            expr.fields.push(syn::parse_quote! {
                retry: ::client_runtime::RetryPolicy::default()
            });
        }
    }
}

/// An operation as the client names it.
struct ClientOp {
    /// progenitor's method name (`list_pets`).
    method_name: String,
    operation_id: String,
    path: String,
    pagination: Option<Pagination>,
}

/// `x-pagination: {style: page-number, page, size}`, with what the parameters say.
struct Pagination {
    page: Param,
    size: Param,
}

struct Param {
    /// The builder's field and setter (`page_number`).
    field: String,
    required: bool,
    default: Option<u64>,
}

fn operations(document: &OpenAPI) -> Vec<ClientOp> {
    let mut out = Vec::new();
    for (path, item) in &document.paths.paths {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, operation) in item.iter() {
            let Some(operation_id) = &operation.operation_id else {
                continue;
            };
            let parameters: Vec<&Parameter> = item
                .parameters
                .iter()
                .chain(&operation.parameters)
                .filter_map(|parameter| crate::resolve::resolve(document, parameter))
                .collect();
            let pagination = operation
                .extensions
                .get("x-pagination")
                .and_then(|extension| pagination(extension, &parameters));
            out.push(ClientOp {
                method_name: naming::operation_method(operation_id),
                operation_id: operation_id.clone(),
                path: path.clone(),
                pagination,
            });
        }
    }
    out
}

/// The extension read: page-number style, both parameters in the query of the operation.
fn pagination(extension: &serde_json::Value, parameters: &[&Parameter]) -> Option<Pagination> {
    if extension.get("style")?.as_str()? != "page-number" {
        return None;
    }
    let find = |key: &str| -> Option<Param> {
        let name = extension.get(key)?.as_str()?;
        let parameter = parameters.iter().find(|parameter| {
            matches!(parameter, Parameter::Query { .. })
                && parameter.parameter_data_ref().name == name
        })?;
        let data = parameter.parameter_data_ref();
        let default = match &data.format {
            openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => schema
                .schema_data
                .default
                .as_ref()
                .and_then(serde_json::Value::as_u64),
            _ => None,
        };
        Some(Param {
            field: naming::parameter_field(name),
            required: data.required,
            default,
        })
    };
    Some(Pagination {
        page: find("page")?,
        size: find("size")?,
    })
}

/// The builder's `stream()` and the client's `<name>_stream()` for one paginated operation.
fn page_stream(
    spec: &Spec,
    file: &syn::File,
    op: &ClientOp,
    pagination: &Pagination,
) -> Result<(syn::Item, TokenStream), CodegenError> {
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("x-pagination of {}: {message}", op.operation_id),
    };
    let builder_name = naming::operation_builder(&op.operation_id);
    let (item, error) = send_types(file, &builder_name)
        .ok_or_else(|| fail("its success answer is not a JSON array".into()))?;
    let builder = format_ident!("{}", builder_name);
    let method = format_ident!("{}", op.method_name);
    let stream_method = format_ident!("{}_stream", op.method_name);
    let page_field = format_ident!("{}", pagination.page.field);
    let size_field = format_ident!("{}", pagination.size.field);
    let value = |param: &Param, field: &syn::Ident| {
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
    let size = value(&pagination.size, &size_field);
    let first = value(&pagination.page, &page_field);
    let doc = format!(
        " Every item of every page (`{}` from this builder's, else the first), one page \
         request at a time, stopping after a page shorter than `{}` (or an empty one when \
         the size is unknown); an error ends the stream.",
        pagination.page.field, pagination.size.field
    );
    let stream_type = quote! {
        ::std::pin::Pin<::std::boxed::Box<
            dyn ::client_runtime::Stream<Item = Result<#item, #error>> + Send + 'a
        >>
    };
    let builder_impl = syn::parse2(quote! {
        impl<'a> #builder<'a> {
            #[doc = #doc]
            pub fn stream(self) -> #stream_type {
                let size: Option<u64> = #size;
                let first: u64 = #first.unwrap_or(1);
                ::client_runtime::pages(first, size, move |page| {
                    let request = self.clone().#page_field(page);
                    async move { request.send().await.map(ResponseValue::into_inner) }
                })
            }
        }
    })
    .map_err(|err| fail(format!("the stream does not parse: {err}")))?;
    let stream_doc = format!(
        " Every item of `{}` across all its pages (`{}().stream()` with the defaults).",
        op.operation_id, op.method_name
    );
    let client_method = quote! {
        #[doc = #stream_doc]
        pub fn #stream_method<'a>(&'a self) -> #stream_type {
            self.#method().stream()
        }
    };
    Ok((builder_impl, client_method))
}

/// What a builder's `send` returns (`Result<ResponseValue<T>, Error<E>>`), as progenitor
/// wrote it.
pub(crate) fn send_output<'a>(file: &'a syn::File, builder: &str) -> Option<&'a syn::Type> {
    let (_, items) = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref(),
        _ => None,
    })?;
    let send = items.iter().find_map(|item| match item {
        syn::Item::Impl(block)
            if matches!(&*block.self_ty, syn::Type::Path(path)
                if path.path.segments.last().is_some_and(|s| s.ident == builder)) =>
        {
            block.items.iter().find_map(|member| match member {
                syn::ImplItem::Fn(function) if function.sig.ident == "send" => Some(function),
                _ => None,
            })
        }
        _ => None,
    })?;
    match &send.sig.output {
        syn::ReturnType::Type(_, output) => Some(output),
        syn::ReturnType::Default => None,
    }
}

/// The item type and the error type of a builder's `send`, when it answers
/// `Result<ResponseValue<Vec<Item>>, Error<E>>`.
fn send_types(file: &syn::File, builder: &str) -> Option<(syn::Type, syn::Type)> {
    let output = send_output(file, builder)?;
    let outer = generic_arguments(output)?;
    let [ok, error] = outer.as_slice() else {
        return None;
    };
    let value = generic_arguments(ok)?;
    let [list] = value.as_slice() else {
        return None;
    };
    let items = generic_arguments(list)?;
    let [item] = items.as_slice() else {
        return None;
    };
    let is_vec = matches!(list, syn::Type::Path(path)
        if path.path.segments.last().is_some_and(|s| s.ident == "Vec"));
    is_vec.then(|| (item.clone(), error.clone()))
}

/// The type arguments of a path type's last segment (`Result<A, B>`: `[A, B]`).
fn generic_arguments(ty: &syn::Type) -> Option<Vec<syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(arguments) = &path.path.segments.last()?.arguments
    else {
        return None;
    };
    Some(
        arguments
            .args
            .iter()
            .filter_map(|argument| match argument {
                syn::GenericArgument::Type(ty) => Some(ty.clone()),
                _ => None,
            })
            .collect(),
    )
}
