//! The server crate's source: models, one trait, one module per operation, and an axum
//! router that authenticates, extracts, validates and answers for any implementation.
//!
//! Types are never invented here. The models are the client's `types` module, token for
//! token (same progenitor run, same typify settings), and the Rust type of every parameter,
//! body and response is read off progenitor's builder for that operation, so client and
//! server cannot disagree. What this module adds is behaviour: the schema of every
//! parameter and body as `server_runtime::schema::Schema` statics, and the handlers.

use std::collections::BTreeMap;

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, OpenAPI, Operation, Parameter,
    ParameterSchemaOrContent, PathItem, ReferenceOr, Response, Schema, SchemaKind, StatusCode,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::{
    CodegenError, Spec,
    client::client_syntax,
    naming::{self, component_static, ident},
    openapi::{In, Method, Status},
    render,
    resolve::{resolve, resolve_boxed},
};

mod builders;
mod handler;
mod mock;
mod resolve;
mod security;
mod statics;

use self::{builders::*, mock::*, resolve::*, statics::*};

/// Where the generated server finds what it serves besides code.
#[derive(Clone, Debug)]
pub struct ServerOptions<'a> {
    /// Named in the header as the way to regenerate.
    pub command: &'a str,
    /// The spec's path relative to the generated source file, for `include_str!` (served
    /// byte for byte at `/openapi.yaml`).
    pub spec_include: &'a str,
    /// The path of the generated JSON rendering of the spec relative to the generated source
    /// file (served at `/openapi.json`).
    pub json_include: &'a str,
}

/// The generated server: its Rust source and the JSON rendering of the spec it serves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerFiles {
    pub source: String,
    pub openapi_json: String,
}

/// Both crates from one progenitor run: the client's source and the server's files.
pub fn generate(
    spec: &Spec,
    options: &ServerOptions<'_>,
) -> Result<(String, ServerFiles), CodegenError> {
    let client = client_syntax(spec)?;
    let server = server_files_from(spec, &client, options)?;
    Ok((
        crate::client::render_client(spec, options.command, &client)?,
        server,
    ))
}

fn server_files_from(
    spec: &Spec,
    client: &syn::File,
    options: &ServerOptions<'_>,
) -> Result<ServerFiles, CodegenError> {
    let server = Server::new(spec, client)?;
    let tokens = server.tokens(options)?;
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|err| fail(spec, format!("the generated server does not parse: {err}")))?;
    // The models are the client's, as syntax already: placed after the two `use`s, not
    // printed and parsed again.
    file.items
        .insert(2, syn::Item::Mod(server.types_module.clone()));
    let source = render::syntax(
        &spec.source_name,
        options.command,
        "#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]",
        &file,
    );
    let mut openapi_json =
        serde_json::to_string_pretty(&spec.raw).map_err(|err| CodegenError::Generator {
            source_name: spec.source_name.clone(),
            message: format!("the spec does not render as JSON: {err}"),
        })?;
    openapi_json.push('\n');
    Ok(ServerFiles {
        source,
        openapi_json,
    })
}

/// One operation, with everything the handler needs.
struct Op<'a> {
    id: &'a str,
    method: Method,
    path: &'a str,
    operation: &'a Operation,
    params: Vec<Param<'a>>,
    body: Option<Body<'a>>,
    responses: Vec<(Status, &'a Response)>,
    /// The security alternatives (indexes into the document's schemes); empty when open.
    security: Vec<Vec<usize>>,
    /// progenitor's success and error body types, from the builder's `send`.
    success_type: TokenStream,
    error_type: Option<TokenStream>,
}

struct Param<'a> {
    data: &'a openapiv3::ParameterData,
    location: In,
    schema: &'a ReferenceOr<Schema>,
    /// progenitor's type for it (without the `Option` of an optional parameter).
    rust_type: TokenStream,
    field: String,
}

struct Body<'a> {
    required: bool,
    schema: &'a ReferenceOr<Schema>,
    rust_type: TokenStream,
    kind: BodyKind,
}

/// How a request body travels.
enum BodyKind {
    Json,
    Form,
    /// Raw bytes of one of these documented media types.
    Raw(Vec<String>),
}

struct Server<'a> {
    spec: &'a Spec,
    document: &'a OpenAPI,
    types_module: syn::ItemMod,
    ops: Vec<Op<'a>>,
    schemes: Vec<security::Scheme>,
    trait_name: syn::Ident,
    error_type: Option<TokenStream>,
}

impl<'a> Server<'a> {
    fn new(spec: &'a Spec, client: &syn::File) -> Result<Self, CodegenError> {
        let document = &spec.document;
        let types_module = client
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(module) if module.ident == "types" => Some(module.clone()),
                _ => None,
            })
            .ok_or_else(|| fail(spec, "progenitor's output has no `types` module".into()))?;
        let builders = builder_types(spec, client)?;

        let schemes = security::schemes(document);

        let mut ops = Vec::new();
        for (path, item) in document.paths.paths.iter() {
            let ReferenceOr::Item(item) = item else {
                return Err(fail(spec, format!("path {path} is a reference")));
            };
            for (method, operation) in methods(item) {
                let id = operation.operation_id.as_deref().unwrap_or_default();
                let builder_name = naming::operation_builder(id);
                let builder = builders.get(&builder_name).ok_or_else(|| {
                    fail(
                        spec,
                        format!("progenitor generated no builder {builder_name} for {id}"),
                    )
                })?;
                let params = params(spec, document, item, operation, builder)?;
                let body = match &operation.request_body {
                    None => None,
                    Some(body) => {
                        let body = resolve(document, body)
                            .ok_or_else(|| fail(spec, format!("{id}: unresolved request body")))?;
                        let Some((media_type, media)) = body.content.first() else {
                            return Err(fail(spec, format!("{id}: a body without content")));
                        };
                        let schema = media
                            .schema
                            .as_ref()
                            .ok_or_else(|| fail(spec, format!("{id}: a body without a schema")))?;
                        let kind = match media_type.as_str() {
                            "application/json" => BodyKind::Json,
                            "application/x-www-form-urlencoded" => BodyKind::Form,
                            _ => BodyKind::Raw(
                                body.extensions
                                    .get("x-codegen-raw-media-types")
                                    .and_then(|types| types.as_array())
                                    .map(|types| {
                                        types
                                            .iter()
                                            .filter_map(|t| t.as_str().map(str::to_owned))
                                            .collect()
                                    })
                                    .unwrap_or_else(|| vec![media_type.clone()]),
                            ),
                        };
                        let rust_type = builder.fields.get("body").cloned().ok_or_else(|| {
                            fail(spec, format!("{id}: progenitor's builder has no body"))
                        })?;
                        Some(Body {
                            required: body.required,
                            schema,
                            rust_type: model_type(rust_type.inner),
                            kind,
                        })
                    }
                };
                let mut responses = Vec::new();
                let listed = operation
                    .responses
                    .responses
                    .iter()
                    .map(|(status, response)| {
                        let status = match status {
                            StatusCode::Code(code) => Status::Code(*code),
                            StatusCode::Range(range) => Status::Range(*range),
                        };
                        (status, response)
                    });
                let default = operation
                    .responses
                    .default
                    .iter()
                    .map(|response| (Status::Default, response));
                for (status, response) in listed.chain(default) {
                    let response = resolve(document, response).ok_or_else(|| {
                        fail(spec, format!("{id}: unresolved response {status:?}"))
                    })?;
                    responses.push((status, response));
                }
                responses.sort_by_key(|(status, _)| status.order());
                let security = security::alternatives(
                    &schemes,
                    operation.security.as_ref().or(document.security.as_ref()),
                );
                ops.push(Op {
                    id,
                    method,
                    path,
                    operation,
                    params,
                    body,
                    responses,
                    security,
                    success_type: builder.success.clone(),
                    error_type: builder.error.clone(),
                });
            }
        }
        // The router's own rejections answer with the first operation's error model.
        let error_type = ops.iter().find_map(|op| {
            op.error_type
                .clone()
                .filter(|ty| ty.to_string().starts_with("types ::"))
        });
        let trait_name = ident(&naming::trait_name(&document.info.title));
        Ok(Self {
            spec,
            document,
            types_module,
            ops,
            schemes,
            trait_name,
            error_type,
        })
    }

    fn tokens(&self, options: &ServerOptions<'_>) -> Result<TokenStream, CodegenError> {
        let mut statics = Statics::default();
        if let Some(components) = &self.document.components {
            for (name, schema) in &components.schemas {
                let ident = component_static(name);
                let expression = statics.schema(self.spec, schema)?;
                statics
                    .items
                    .push(quote! { pub static #ident: Schema = #expression; });
            }
        }
        let trait_name = &self.trait_name;
        let mut modules = Vec::new();
        let mut methods = Vec::new();
        let mut handlers = Vec::new();
        let mut routes: BTreeMap<&str, Vec<(syn::Ident, syn::Ident)>> = BTreeMap::new();
        let mut operation_infos = Vec::new();
        let mut mock_methods = Vec::new();
        let mut mock_documented = Vec::new();
        for op in &self.ops {
            let operation = self.operation(op, &mut statics)?;
            modules.push(operation.module);
            methods.push(operation.method);
            handlers.push(operation.handler);
            mock_methods.push(operation.mock_method);
            mock_documented.push(operation.mock_documented);
            let method_fn = format_ident!("{}", op.method.lower());
            let handler_fn = format_ident!("handle_{}", naming::operation_method(op.id));
            routes
                .entry(op.path)
                .or_default()
                .push((method_fn, handler_fn));
            let (id, method_name, path) = (op.id, op.method.upper(), op.path);
            let module = ident(&naming::operation_method(op.id));
            operation_infos.push(quote! {
                OperationInfo {
                    operation_id: #id,
                    method: #method_name,
                    path: #path,
                    statuses: #module::Response::STATUSES,
                }
            });
        }
        let routes: Vec<TokenStream> = routes
            .iter()
            .map(|(path, methods)| {
                let calls = methods
                    .iter()
                    .enumerate()
                    .map(|(index, (method, handler))| {
                        if index == 0 {
                            quote! { ::axum::routing::#method(#handler::<A>) }
                        } else {
                            quote! { .#method(#handler::<A>) }
                        }
                    });
                quote! { .route(#path, #(#calls)*) }
            })
            .collect();

        let (context_type, authenticate, credential) =
            if self.ops.iter().any(|op| !op.security.is_empty()) {
                security::items(&self.schemes)
            } else {
                (quote! {}, quote! {}, quote! {})
            };
        let mock_module =
            self.mock_module(!context_type.is_empty(), &mock_methods, &mock_documented);
        let strategies = self.strategies();
        let (error_conversion, reject_body) = self.error_body()?;
        let statics_items = &statics.items;
        let patterns = &statics.patterns;
        let spec_include = options.spec_include;
        let json_include = options.json_include;
        let trait_doc = format!(
            "The {} as one trait: one method per operation. Implement it, then serve [`router`].",
            self.document.info.title
        );
        let api_doc = self.document.info.description.clone().unwrap_or_default();
        Ok(quote! {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;


            #[doc = #trait_doc]
            ///
            #[doc = #api_doc]
            pub trait #trait_name: Send + Sync + 'static {
                #context_type
                #authenticate
                #(#methods)*
            }

            #credential

            #(#modules)*

            /// The spec this server was generated from, byte for byte.
            pub const OPENAPI_YAML: &str = include_str!(#spec_include);
            /// The spec rendered as JSON.
            pub const OPENAPI_JSON: &str = include_str!(#json_include);

            /// An operation of the spec as the router serves it.
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct OperationInfo {
                pub operation_id: &'static str,
                pub method: &'static str,
                pub path: &'static str,
                /// Every status the operation can answer, as documented.
                pub statuses: &'static [u16],
            }

            /// Every operation, in the spec's order.
            pub const OPERATIONS: &[OperationInfo] = &[#(#operation_infos),*];

            #error_conversion

            /// The router for any implementation, with the default [`rt::RouterConfig`].
            pub fn router<A: #trait_name>(api: ::std::sync::Arc<A>) -> ::axum::Router {
                router_with_config(api, rt::RouterConfig::default())
            }

            /// The router: every path and method of the spec, `/openapi.yaml` and
            /// `/openapi.json`; 404 for other paths and 405 for other methods, with the
            /// error body.
            pub fn router_with_config<A: #trait_name>(
                api: ::std::sync::Arc<A>,
                config: rt::RouterConfig,
            ) -> ::axum::Router {
                ::axum::Router::new()
                    #(#routes)*
                    .route("/openapi.yaml", ::axum::routing::get(|| async {
                        rt::document_response("application/yaml", OPENAPI_YAML)
                    }))
                    .route("/openapi.json", ::axum::routing::get(|| async {
                        rt::document_response("application/json", OPENAPI_JSON)
                    }))
                    .fallback(|| async {
                        reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
                    })
                    .method_not_allowed_fallback(|| async {
                        reject(rt::Rejection::new(
                            rt::ProblemKind::MethodNotAllowed,
                            "This path does not answer this method.",
                        ))
                    })
                    .with_state(State { api, config })
            }

            /// Shared by every handler.
            struct State<A> {
                api: ::std::sync::Arc<A>,
                config: rt::RouterConfig,
            }

            impl<A> Clone for State<A> {
                fn clone(&self) -> Self {
                    Self { api: self.api.clone(), config: self.config }
                }
            }

            /// Answers a rejection with the spec's error body.
            fn reject(rejection: rt::Rejection) -> ::axum::response::Response {
                #reject_body
            }

            #(#handlers)*

            #mock_module

            #strategies

            /// The schema of every component, parameter and body, for validation.
            #[doc(hidden)]
            pub mod schemas {
                use ::server_runtime::schema::*;
                #(#patterns)*
                #(#statics_items)*
            }
        })
    }

    /// The `strategies` module (behind the crate's `proptest` feature): for every component
    /// schema with a type of its own, a proptest strategy of the values the schema allows.
    fn strategies(&self) -> TokenStream {
        let defined = self
            .types_module
            .content
            .as_ref()
            .map(|(_, items)| crate::client_errors::defined_types(items))
            .unwrap_or_default();
        let mut taken = std::collections::BTreeSet::new();
        let mut functions = Vec::new();
        for name in self
            .document
            .components
            .iter()
            .flat_map(|components| components.schemas.keys())
        {
            let type_name = naming::type_name(name);
            let function = naming::function_name(name);
            if !defined.contains(&type_name) || !taken.insert(function.clone()) {
                continue;
            }
            let (ty, function) = (
                format_ident!("{}", type_name),
                format_ident!("{}", function),
            );
            let schema = component_static(name);
            let doc =
                format!(" `{name}`: values the spec allows (every constraint the router checks).");
            functions.push(quote! {
                #[doc = #doc]
                pub fn #function() -> impl ::proptest::strategy::Strategy<Value = types::#ty> {
                    rt::strategy::of(&schemas::#schema)
                }
            });
        }
        quote! {
            /// Proptest strategies, one per schema of the spec with a type of its own: values
            /// the spec allows, made from a seed (the mock's maker), for an implementation to
            /// property-test itself with. Behind the crate's `proptest` feature.
            #[cfg(feature = "proptest")]
            pub mod strategies {
                use super::*;
                #(#functions)*
            }
        }
    }

    /// How router-level rejections become bodies: the spec's error type when it has the
    /// shape of problem details (or a lone `message`), else the runtime's JSON.
    fn error_body(&self) -> Result<(TokenStream, TokenStream), CodegenError> {
        let fallback = quote! { rt::json_response(rejection.status(), &rejection.to_json()) };
        let (Some(error_type), Some(members)) = (&self.error_type, self.error_members()) else {
            return Ok((quote! {}, fallback));
        };
        Ok((
            quote! {
                /// The members of the error schema the router fills from a rejection.
                pub const ERROR_MEMBERS: &[&str] = &[#(#members),*];

                impl ::std::convert::From<&rt::Rejection> for #error_type {
                    /// The error body for a rejection; the generator checked that the error
                    /// schema's members are exactly ones a rejection fills.
                    fn from(rejection: &rt::Rejection) -> Self {
                        rejection
                            .to_body(ERROR_MEMBERS)
                            .expect("the error schema was checked at generation time")
                    }
                }
            },
            quote! {
                let body = <#error_type>::from(&rejection);
                rt::json_response(rejection.status(), &body)
            },
        ))
    }

    /// The error schema's members when every required one can be filled from a rejection
    /// with the right JSON type and no constraint.
    fn error_members(&self) -> Option<Vec<String>> {
        let error_type = self.error_type.as_ref()?.to_string();
        let schema = self.ops.iter().find_map(|op| {
            if op.error_type.as_ref()?.to_string() != error_type {
                return None;
            }
            op.responses
                .iter()
                .find(|(status, _)| status.class() == crate::openapi::Class::Error)
                .and_then(|(_, response)| response.content.get("application/json"))
                .and_then(|media| media.schema.as_ref())
        })?;
        let schema = resolve(self.document, schema)?;
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            return None;
        };
        let mut members = Vec::new();
        for (name, property) in &object.properties {
            let property = resolve_boxed(self.document, property)?;
            let fits = match (name.as_str(), &property.schema_kind) {
                ("type" | "title" | "detail" | "message", SchemaKind::Type(Type::String(s))) => {
                    s.enumeration.is_empty() && s.pattern.is_none() && s.max_length.is_none()
                }
                ("status", SchemaKind::Type(Type::Integer(_))) => true,
                ("errors", SchemaKind::Type(Type::Array(array))) => array
                    .items
                    .as_ref()
                    .and_then(|items| resolve_boxed(self.document, items))
                    .is_some_and(|items| match &items.schema_kind {
                        SchemaKind::Type(Type::Object(item)) => item
                            .properties
                            .keys()
                            .all(|key| matches!(key.as_str(), "location" | "code" | "message")),
                        _ => false,
                    }),
                _ => false,
            };
            if fits {
                members.push(name.clone());
            } else if object.required.contains(name) {
                return None;
            }
        }
        Some(members)
    }
}

fn fail(spec: &Spec, message: String) -> CodegenError {
    CodegenError::Server {
        source_name: spec.source_name.clone(),
        message,
    }
}

fn methods(item: &PathItem) -> Vec<(Method, &Operation)> {
    let operations = [
        &item.get,
        &item.put,
        &item.post,
        &item.delete,
        &item.patch,
        &item.head,
        &item.options,
        &item.trace,
    ];
    Method::ALL
        .into_iter()
        .zip(operations)
        .filter_map(|(method, operation)| operation.as_ref().map(|op| (method, op)))
        .collect()
}

/// `types::builder::X` (progenitor keeps builders for body structs) → `types::X`.
fn model_type(tokens: TokenStream) -> TokenStream {
    let text = tokens
        .to_string()
        .replace("types :: builder :: ", "types :: ");
    text.parse().unwrap_or(tokens)
}

fn doc_attr(text: &str) -> TokenStream {
    let lines = text.trim_end().lines().map(|line| format!(" {line}"));
    quote! { #(#[doc = #lines])* }
}
