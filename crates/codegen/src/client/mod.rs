//! The client crate's source: progenitor's client (`crate::progenitor`) with what it lacks.
//!
//! - `auth.rs`: the `auth` module, a builder method per security scheme;
//! - `hooks.rs`: every request through `client_runtime::execute` (retries, tracing), the
//!   operation table, page streams;
//! - `errors.rs`: `errors::<Operation>Error`, typed per status, where progenitor's error type
//!   is any JSON or bytes;
//! - `parameters.rs`: path and header arrays sent as `style: simple` lists, renamed
//!   parameters sent by their wire names;
//! - `deprecations.rs`: `#[deprecated]` on what the spec deprecates, alpha and beta
//!   operations said in their docs;
//! - `error_body.rs`: `Error` is `client_runtime::Error` (a display a person reads), and the
//!   spec's error types summarize themselves for it.

use crate::{CodegenError, Spec, model::Api, progenitor::Progenitor, render};

mod auth;
mod deprecations;
mod error_body;
mod errors;
mod events;
mod hooks;
mod parameters;

/// The client source file: progenitor's client in the builder style
/// (`client.list_pets().limit(20).send()`), its `types` module (with `Patch<T>` for optional
/// nullable fields; every model struct `#[non_exhaustive]`, built through its builder), and
/// the additions above. `command` is named in the header as the way to
/// regenerate the file.
pub(crate) fn render(
    spec: &Spec,
    api: &Api<'_>,
    progenitor: &Progenitor,
    command: &str,
) -> Result<String, CodegenError> {
    let mut file = progenitor.file().clone();
    if let Some(types) = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => Some(module),
        _ => None,
    }) {
        crate::progenitor::reroot_regress(types, "client_runtime");
    }
    crate::progenitor::seal_client_models(&mut file);
    error_body::wire(progenitor, &mut file);
    if let Some(auth) = auth::auth_module(api) {
        file.items
            .push(syn::parse2(auth).map_err(|err| CodegenError::Generator {
                source_name: spec.source_name.clone(),
                message: format!("the auth module does not parse: {err}"),
            })?);
    }
    hooks::wire(spec, api, &mut file)?;
    parameters::wire(api, &mut file);
    parameters::forms(&mut file);
    deprecations::mark(spec, api, &mut file);
    Ok(render::syntax(
        &spec.source_name,
        command,
        "#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]",
        &file,
    ))
}
