//! The server crate's source: models, one trait, one module per operation, and an axum
//! router that authenticates, extracts, validates and answers for any implementation.
//!
//! Types are never invented here. The models are the client's `types` module, token for
//! token (same progenitor run, same typify settings), and the Rust type of every parameter,
//! body and response is read off progenitor's builder for that operation
//! (`crate::progenitor`), so client and server cannot disagree. Every other fact comes from
//! the model (`crate::model`). What this module adds is behaviour: the schema of every
//! parameter and body as `server_runtime::schema::Schema` statics, and the handlers.
//!
//! - `request.rs`: an operation's `Request` fields and how the handler extracts each;
//! - `response.rs`: its `Response` enum: variants, answers, checks;
//! - `handler.rs`: the operation's module, trait method and handler;
//! - `routing.rs`: the router's routes, and the dispatchers of templates that share one;
//! - `mock.rs`, `security.rs`, `statics.rs`, `strategies.rs`: as named.

use openapiv3::{OpenAPI, SchemaKind, Type};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::{
    CodegenError, Spec,
    model::{self, Api},
    naming::{self, component_static, ident},
    openapi::Status,
    progenitor::{self, Progenitor},
    render,
    resolve::{resolve, resolve_boxed},
};

mod handler;
mod headers;
mod lifecycle;
mod mock;
mod proof;
mod request;
mod response;
mod routing;
mod security;
mod statics;
mod strategies;

use self::{mock::*, statics::*};

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
    /// How the typed JSON answers are checked against the spec (`proof.rs`).
    pub answer_checks: AnswerChecks,
}

/// How many typed JSON answers the generated `Response::check` needs no run-time look at
/// (their Rust type proves the schema), looks at in part (what the type cannot carry), or
/// checks whole (a shape the proof does not model: serialized and walked).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AnswerChecks {
    pub proven: usize,
    pub in_part: usize,
    pub whole: usize,
}

impl std::fmt::Display for AnswerChecks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "answers checked against the spec: {} proven by their types, {} in part, {} whole",
            self.proven, self.in_part, self.whole
        )
    }
}

/// The server's files for the model, with progenitor's types.
pub(crate) fn render(
    spec: &Spec,
    api: &Api<'_>,
    progenitor: &Progenitor,
    options: &ServerOptions<'_>,
) -> Result<ServerFiles, CodegenError> {
    let arena = bumpalo::Bump::new();
    let examples = crate::examples::Checker::new(spec, &arena);
    let server = Server::new(spec, api, progenitor, &examples)?;
    let (tokens, answer_checks) = server.tokens(options)?;
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
        answer_checks,
    })
}

/// One operation of the model, with the Rust types progenitor gave it.
struct Op<'a> {
    model: &'a model::Operation<'a>,
    /// Its place in `OPERATIONS`.
    index: usize,
    params: Vec<Param<'a>>,
    body: Option<Body<'a>>,
    /// progenitor's success and error body types, from the builder's `send`.
    success_type: TokenStream,
    error_type: Option<TokenStream>,
}

/// The operations' parts of the server file, in the spec's order.
#[derive(Default)]
struct OperationsCode {
    modules: Vec<TokenStream>,
    methods: Vec<TokenStream>,
    handlers: Vec<TokenStream>,
    operation_infos: Vec<TokenStream>,
    mock_methods: Vec<TokenStream>,
    mock_documented: Vec<TokenStream>,
}

struct Param<'a> {
    model: &'a model::Parameter<'a>,
    /// progenitor's type for it (without the `Option` of an optional parameter).
    rust_type: TokenStream,
}

struct Body<'a> {
    model: &'a model::Body<'a>,
    rust_type: TokenStream,
}

struct Server<'a> {
    spec: &'a Spec,
    api: &'a Api<'a>,
    document: &'a OpenAPI,
    types_module: syn::ItemMod,
    defined_types: std::collections::BTreeSet<String>,
    /// The generated types, read back for the typed checks of answers.
    types: proof::Types,
    ops: Vec<Op<'a>>,
    schemes: Vec<security::Scheme>,
    trait_name: syn::Ident,
    error_type: Option<TokenStream>,
    /// Which examples the mock may answer with.
    examples: &'a crate::examples::Checker<'a>,
}

impl<'a> Server<'a> {
    fn new(
        spec: &'a Spec,
        api: &'a Api<'a>,
        progenitor: &Progenitor,
        examples: &'a crate::examples::Checker<'a>,
    ) -> Result<Self, CodegenError> {
        let mut types_module = progenitor
            .types_module()
            .cloned()
            .ok_or_else(|| fail(spec, "progenitor's output has no `types` module".into()))?;
        crate::progenitor::reroot_regress(&mut types_module, "server_runtime");
        let builders = progenitor
            .builders()
            .ok_or_else(|| fail(spec, "progenitor's output has no `builder` module".into()))?;
        let mut ops = Vec::new();
        let mut error_type = None;
        for op in &api.operations {
            let (id, builder_name) = (op.id, &op.builder_name);
            let builder = builders.get(builder_name).ok_or_else(|| {
                fail(
                    spec,
                    format!(
                        "progenitor generated no builder {builder_name} for {id} ({})",
                        op.pointer
                    ),
                )
            })?;
            let field_type = |field: &str| {
                builder
                    .fields
                    .get(field)
                    .map(|ty| quote! { #ty })
                    .ok_or_else(|| {
                        fail(
                            spec,
                            format!("{id}: progenitor's builder has no field {field}"),
                        )
                    })
            };
            let params = op
                .parameters
                .iter()
                .map(|param| {
                    Ok(Param {
                        model: param,
                        rust_type: field_type(&param.field)?,
                    })
                })
                .collect::<Result<Vec<_>, CodegenError>>()?;
            let body = match &op.body {
                None => None,
                Some(body) => Some(Body {
                    model: body,
                    rust_type: field_type("body")?,
                }),
            };
            // The router's own rejections answer with the first operation's error model.
            if error_type.is_none() {
                error_type = builder
                    .error
                    .as_ref()
                    .filter(|ty| progenitor::is_model_type(ty))
                    .map(|ty| quote! { #ty });
            }
            let success = &builder.success;
            ops.push(Op {
                model: op,
                index: ops.len(),
                params,
                body,
                success_type: quote! { #success },
                error_type: builder.error.as_ref().map(|ty| quote! { #ty }),
            });
        }
        let types = proof::Types::new(&types_module);
        Ok(Self {
            spec,
            api,
            document: &spec.document,
            types_module,
            defined_types: progenitor.defined_types(),
            types,
            ops,
            schemes: security::schemes(api),
            trait_name: ident(&api.trait_name),
            error_type,
            examples,
        })
    }

    fn tokens(
        &self,
        options: &ServerOptions<'_>,
    ) -> Result<(TokenStream, AnswerChecks), CodegenError> {
        let mut statics = self.component_statics()?;
        let trait_name = &self.trait_name;
        let OperationsCode {
            modules,
            methods,
            handlers,
            operation_infos,
            mock_methods,
            mock_documented,
        } = self.operations_code(&mut statics)?;
        let (routes, dispatchers) = self.routes();
        let (context_type, authenticate, credential) = if self.api.secured() {
            security::items(&self.schemes)
        } else {
            (quote! {}, quote! {}, quote! {})
        };
        let mock_module =
            self.mock_module(!context_type.is_empty(), &mock_methods, &mock_documented);
        let strategies = self.strategies();
        let (error_conversion, reject_fns) = self.error_body()?;
        let schemas = schemas_module(&statics);
        let answers = answers_module(&statics);
        let spec_include = options.spec_include;
        let json_include = options.json_include;
        let trait_doc = format!(
            "The {} as one trait: one method per operation. Implement it, then serve [`router`].",
            self.api.title
        );
        let api_doc = self.api.description.unwrap_or_default();
        let checks = statics.proofs.answer_checks();
        let tokens = quote! {
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

            #answers

            /// The spec this server was generated from, byte for byte (for a spec written in
            /// several files, their bundle).
            pub const OPENAPI_YAML: &str = include_str!(#spec_include);
            /// The spec rendered as JSON.
            pub const OPENAPI_JSON: &str = include_str!(#json_include);

            /// An operation of the spec as the router serves it. Every answer of its route
            /// carries it, as `&'static OperationInfo`, in the response's extensions: a layer
            /// outside the router reads which operation answered without looking it up.
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub struct OperationInfo {
                pub operation_id: &'static str,
                pub method: &'static str,
                pub path: &'static str,
                /// Every status the operation can answer, as documented.
                pub statuses: &'static [u16],
                /// Its place in [`OPERATIONS`].
                pub index: usize,
                /// `deprecated: true`: its dates, replacement and the headers its answers
                /// carry (`Deprecation`, `Sunset`, `Link`).
                pub deprecation: ::std::option::Option<rt::Deprecation>,
                /// `x-stability`: `alpha`, `beta` or `stable`.
                pub stability: &'static str,
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

            #reject_fns

            #(#handlers)*

            #(#dispatchers)*

            #mock_module

            #strategies

            #schemas
        };
        Ok((tokens, checks))
    }

    /// Every operation's module, trait method, handler, `OPERATIONS` entry and mock.
    fn operations_code(&self, statics: &mut Statics) -> Result<OperationsCode, CodegenError> {
        let mut code = OperationsCode::default();
        for op in &self.ops {
            let operation = self.operation(op, statics)?;
            code.modules.push(operation.module);
            code.methods.push(operation.method);
            code.handlers.push(operation.handler);
            code.mock_methods.push(operation.mock_method);
            code.mock_documented.push(operation.mock_documented);
            let (id, method_name, path) = (op.model.id, op.model.method.upper(), op.model.path);
            let module = ident(&op.model.method_name);
            let index = op.index;
            let lifecycle = lifecycle::info_fields(self.api, op.model);
            code.operation_infos.push(quote! {
                OperationInfo {
                    operation_id: #id,
                    method: #method_name,
                    path: #path,
                    statuses: #module::Response::STATUSES,
                    index: #index,
                    #lifecycle
                }
            });
        }
        Ok(code)
    }

    /// The validation static of every component schema.
    fn component_statics(&self) -> Result<Statics, CodegenError> {
        let mut statics = Statics::default();
        for schema in &self.api.schemas {
            let ident = component_static(schema.name);
            let expression = statics.schema(self.spec, schema.schema)?;
            statics
                .items
                .push(quote! { pub static #ident: Schema = #expression; });
        }
        Ok(statics)
    }

    /// How router-level rejections become answers: `reject`, and `reject_as`, which fits
    /// the usual body to the shape an operation documents for the status.
    fn error_body(&self) -> Result<(TokenStream, TokenStream), CodegenError> {
        let (conversion, body) = self.rejection_value()?;
        let reject_fns = quote! {
            /// Answers a rejection with the spec's error body.
            fn reject(rejection: rt::Rejection) -> ::axum::response::Response {
                reject_as(rejection, &[])
            }

            /// Answers a rejection with the spec's error body, in the shape the operation
            /// documents for its status (`bodies`) where that is another.
            fn reject_as(
                rejection: rt::Rejection,
                bodies: &[rt::ErrorBody],
            ) -> ::axum::response::Response {
                let body: ::serde_json::Value = #body;
                rt::fitted_answer(&rejection, body, bodies)
            }
        };
        Ok((conversion, reject_fns))
    }

    /// The router's usual body of a rejection, as JSON: the spec's error type when it has
    /// the shape of problem details, else the runtime's problem.
    fn rejection_value(&self) -> Result<(TokenStream, TokenStream), CodegenError> {
        let fallback = quote! { rejection.to_json() };
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
            // Never the `From`'s `expect` here: a rejection's answer must not panic, whatever
            // the check above missed.
            quote! {
                match rejection
                    .to_body::<#error_type>(ERROR_MEMBERS)
                    .and_then(|body| ::serde_json::to_value(&body).ok())
                {
                    Some(body) => body,
                    None => rejection.to_json(),
                }
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
            op.model
                .responses
                .iter()
                .find(|response| response.status.class() == crate::openapi::Class::Error)
                .and_then(|response| response.content().get(crate::openapi::JSON))
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

fn doc_attr(text: &str) -> TokenStream {
    let lines = text.trim_end().lines().map(|line| format!(" {line}"));
    quote! { #(#[doc = #lines])* }
}

/// The `schemas` module: the `Schema` statics and the patterns they use.
fn schemas_module(statics: &Statics) -> TokenStream {
    let (patterns, items) = (&statics.patterns, &statics.items);
    quote! {
        /// The schema of every component, parameter and body, for validation.
        #[doc(hidden)]
        pub mod schemas {
            use ::server_runtime::schema::*;
            #(#patterns)*
            #(#items)*
        }
    }
}

/// The `answers` module: the typed checks of answers (`proof.rs`), when any answer needs one.
fn answers_module(statics: &Statics) -> TokenStream {
    if statics.proofs.items.is_empty() {
        return quote! {};
    }
    let helpers = &statics.proofs.items;
    quote! {
        /// The typed checks of answers: for each component an answer carries, what its Rust
        /// type does not prove of its schema, read on the value in place.
        pub mod answers {
            #![allow(unused_variables, clippy::needless_borrow)]
            use super::types;
            use ::server_runtime as rt;
            #(#helpers)*
        }
    }
}
