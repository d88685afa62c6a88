//! The round trip's driver: a module that calls every operation of a spec's generated client
//! against the spec's own generated mock, with inputs the mock's maker makes from the
//! router's schemas (the values the spec allows, the generated strategies' source), and
//! reports for each operation whether the answer came back and deserialized. It proves that
//! the client and server generators agree on every parameter style, media type and status,
//! on specs unlike the fixtures (`cargo xtask corpus --wire`).
//!
//! The value for each setter of progenitor's builder is made as JSON from the router's
//! validation static of the parameter (or body) and read into the setter's own type, which
//! the driver takes from the generated client's source (the `V: TryInto<T>` bound).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::{
    CodegenError, Spec,
    model::{self, BodyKind, SchemeKind},
    naming,
};

/// The driver module for `spec`, whose client (`client_source`) is at the path `client_path`
/// (`::pets_client`, `crate::pets_client`) and whose server is at `server_path`: `pub async
/// fn run(base, seed)` yields each operation's id and outcome (`Ok`, or why not; `not driven:
/// …` when the driver cannot call it).
pub fn round_trip(
    spec: &Spec,
    client_source: &str,
    client_path: &str,
    server_path: &str,
) -> Result<String, CodegenError> {
    let api = model::Api::build(spec)?;
    let setters = setters(client_source).map_err(|err| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("reading the generated client: {err}"),
    })?;
    let mut calls = Vec::new();
    let mut functions = Vec::new();
    for op in &api.operations {
        let id = op.id;
        let function = format_ident!("op_{}", op.method_name);
        calls.push(quote! { out.push((#id, #function(base, seed).await)); });
        let body = match operation(&api, op, &setters) {
            Ok(body) => body,
            Err(why) => {
                let why = format!("not driven: {why}");
                quote! { Err(#why.to_owned()) }
            }
        };
        functions.push(quote! {
            async fn #function(base: &str, seed: u64) -> Result<(), String> {
                #body
            }
        });
    }
    let path = |path: &str| {
        syn::parse_str::<syn::Path>(path).map_err(|err| CodegenError::Generator {
            source_name: spec.source_name.clone(),
            message: format!("{path:?} is no Rust path: {err}"),
        })
    };
    let (client_path, server_path) = (path(client_path)?, path(server_path)?);
    let tokens = quote! {
        #![allow(unused_imports, unused_mut, unused_variables, dead_code, deprecated, clippy::all)]
        use #client_path as client;
        use #server_path as server;
        use client::types;

        /// Each operation's id and outcome against the mock at `base`.
        pub async fn run(base: &str, seed: u64) -> Vec<(&'static str, Result<(), String>)> {
            let mut out = Vec::new();
            #(#calls)*
            out
        }

        /// A value of the setter's type made from the router's schema.
        fn made<T: ::serde::de::DeserializeOwned>(
            maker: &mut ::server_runtime::mock::Maker,
            schema: &::server_runtime::schema::Schema,
            what: &str,
        ) -> Result<T, String> {
            let value = maker.value(schema, 0);
            ::serde_json::from_value(value.clone())
                .map_err(|err| format!("not driven: {what} {value} is no value of the client's type: {err}"))
        }

        /// Why a call failed, in a few words.
        async fn failed<E>(err: ::client_runtime::Error<E>) -> String {
            use ::client_runtime::Error;
            match err {
                Error::InvalidRequest(why) => format!("invalid request: {why}"),
                Error::CommunicationError(err) => format!("communication: {err}"),
                Error::InvalidUpgrade(err) => format!("invalid upgrade: {err}"),
                Error::ErrorResponse(answer) => format!("documented error {}", answer.status()),
                Error::ResponseBodyError(err) => format!("answer body unreadable: {err}"),
                Error::InvalidResponsePayload(bytes, err) => {
                    let text: String = String::from_utf8_lossy(&bytes).chars().take(300).collect();
                    format!("answer does not deserialize: {err}: {text}")
                }
                Error::UnexpectedResponse(response) => {
                    let status = response.status();
                    let text = response.text().await.unwrap_or_default();
                    let text: String = text.chars().take(300).collect();
                    format!("undocumented answer {status}: {text}")
                }
                Error::Custom(why) => format!("hook: {why}"),
            }
        }

        #(#functions)*
    };
    let file = syn::parse2(tokens).map_err(|err| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("the round-trip driver does not parse: {err}"),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// The body of one operation's function, or why the driver cannot call it.
fn operation(
    api: &model::Api<'_>,
    op: &model::Operation<'_>,
    setters: &BTreeMap<String, BTreeMap<String, TokenStream>>,
) -> Result<TokenStream, String> {
    let builder = naming::operation_builder(op.id);
    // A builder without setters (an operation without parameters or body) is not listed.
    let none = BTreeMap::new();
    let own = setters.get(&builder).unwrap_or(&none);
    let method = format_ident!("{}", op.method_name);
    let client = credentials(api, op)?;
    let mut steps = Vec::new();
    // An event stream's `Last-Event-ID` is the stream's own to send when it reconnects.
    let streams = op.last_event_id.is_some();
    for param in &op.parameters {
        if streams && op.last_event_id.as_deref() == Some(param.field.as_str()) {
            continue;
        }
        let ty = own
            .get(&param.field)
            .ok_or_else(|| format!("no setter {builder}::{}", param.field))?;
        let setter = format_ident!("{}", param.field);
        let schema = naming::parameter_static(op.id, &param.location.to_string(), &param.field);
        let what = format!("{}.{}", param.location, param.name);
        steps.push(quote! {
            let request = request.#setter(made::<#ty>(&mut maker, &server::schemas::#schema, #what)?);
        });
    }
    if let Some(body) = &op.body
        && let Some(ty) = own.get("body")
    {
        match body.kind {
            BodyKind::Raw(_) => steps.push(quote! {
                let request = request.body(::std::vec::Vec::<u8>::from(&b"mock"[..]));
            }),
            BodyKind::Json | BodyKind::Form => {
                let schema = format_ident!("{}__BODY", naming::operation_static_prefix(op.id));
                steps.push(quote! {
                    let request = request.body(made::<#ty>(&mut maker, &server::schemas::#schema, "body")?);
                });
            }
        }
    }
    // An event stream: two connections' worth of the mock's events, whose ids must run on
    // across the reconnection (the client resumed from the last one).
    let send = if streams {
        quote! {
            let wanted = 2 * ::server_runtime::mock::EVENTS_PER_STREAM;
            let mut events = request.events();
            let mut ids = ::std::vec::Vec::new();
            while (ids.len() as u64) < wanted {
                match ::client_runtime::StreamExt::next(&mut events).await {
                    Some(Ok(event)) => ids.push(event.id.unwrap_or_default()),
                    Some(Err(err)) => return Err(failed(err).await),
                    None => return Err(format!("the event stream ended after {} events", ids.len())),
                }
            }
            let expected: ::std::vec::Vec<String> = (1..=wanted).map(|id| id.to_string()).collect();
            if ids == expected {
                Ok(())
            } else {
                Err(format!("event ids {ids:?} across a reconnection, not {expected:?}"))
            }
        }
    } else {
        quote! {
            match request.send().await {
                Ok(_) => Ok(()),
                Err(err) => Err(failed(err).await),
            }
        }
    };
    Ok(quote! {
        let client = #client;
        let mut maker = ::server_runtime::mock::Maker::for_requests(seed);
        let request = client.#method();
        #(#steps)*
        #send
    })
}

/// The client for `op`: with a credential for each scheme of its first alternative.
fn credentials(api: &model::Api<'_>, op: &model::Operation<'_>) -> Result<TokenStream, String> {
    let Some(alternative) = op.security.first().filter(|schemes| !schemes.is_empty()) else {
        return Ok(quote! { client::Client::new(base) });
    };
    let mut calls = Vec::new();
    for &index in alternative {
        let scheme = &api.schemes[index];
        let method = format_ident!("{}", scheme.client_method);
        calls.push(match scheme.kind {
            // The client's certificate goes on its `reqwest` builder; the mock takes any.
            SchemeKind::MutualTls => continue,
            SchemeKind::Basic => quote! { .#method("mock", "mock") },
            SchemeKind::ApiKey { .. } | SchemeKind::Http { .. } | SchemeKind::OAuth => {
                quote! { .#method("mock-credential") }
            }
        });
    }
    if calls.is_empty() {
        return Ok(quote! { client::Client::new(base) });
    }
    Ok(quote! {
        client::auth::Credentials::new()
            #(#calls.map_err(|err| format!("not driven: {err}"))?)*
            .into_client(base)
            .map_err(|err| format!("not driven: {err}"))?
    })
}

/// For each builder of progenitor's `builder` module, each setter's value type (`T` of its
/// `V: TryInto<T>` bound).
fn setters(source: &str) -> syn::Result<BTreeMap<String, BTreeMap<String, TokenStream>>> {
    let file = syn::parse_file(source)?;
    let mut out: BTreeMap<String, BTreeMap<String, TokenStream>> = BTreeMap::new();
    let builder = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref(),
        _ => None,
    });
    for item in builder.map(|(_, items)| items.as_slice()).unwrap_or(&[]) {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(self_type) = &*block.self_ty else {
            continue;
        };
        let Some(name) = self_type.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for member in &block.items {
            let syn::ImplItem::Fn(function) = member else {
                continue;
            };
            if let Some(ty) = try_into_target(&function.sig) {
                out.entry(name.clone())
                    .or_default()
                    .insert(function.sig.ident.to_string(), ty);
            }
        }
    }
    Ok(out)
}

/// `T` of a setter's `where V: std::convert::TryInto<T>`.
fn try_into_target(signature: &syn::Signature) -> Option<TokenStream> {
    let clause = signature.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(predicate) = predicate else {
            return None;
        };
        predicate.bounds.iter().find_map(|bound| {
            let syn::TypeParamBound::Trait(bound) = bound else {
                return None;
            };
            let last = bound.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else {
                return None;
            };
            arguments.args.iter().find_map(|argument| match argument {
                syn::GenericArgument::Type(ty) => Some(quote! { #ty }),
                _ => None,
            })
        })
    })
}
