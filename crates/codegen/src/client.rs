//! The client crate's source: progenitor, driven as a library, plus our three-state structs.

use std::panic::{AssertUnwindSafe, catch_unwind};

use heck::ToPascalCase;
use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;

use crate::{
    CodegenError, Spec,
    error::escape_token,
    render,
    three_state::{self, PATCH_TYPE, ThreeStateStruct},
};

/// Renders the client source file for `spec`: a progenitor client in the builder style
/// (`client.list_pets().limit(20).send()`), its `types` module, and a `Patch<T>` type
/// for optional nullable body fields. `command` is named in the header as the way to
/// regenerate the file.
///
/// The file must be mounted as a module whose `types` submodule stays reachable as `types`
/// from the module itself (for example `mod generated; pub use generated::*;`).
pub fn client_file(spec: &Spec, command: &str) -> Result<String, CodegenError> {
    render_client(spec, command, &client_syntax(spec)?)
}

pub(crate) fn render_client(
    spec: &Spec,
    command: &str,
    client: &syn::File,
) -> Result<String, CodegenError> {
    render::file(
        &spec.source_name,
        command,
        "#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports)]",
        quote! { #client },
    )
}

/// progenitor's output with the three-state structs added, as syntax: the server generator
/// reads its `types` module and the builders' field types from it.
pub(crate) fn client_syntax(spec: &Spec) -> Result<syn::File, CodegenError> {
    let document = &spec.document;
    let clash = document.components.as_ref().and_then(|components| {
        components
            .schemas
            .keys()
            .find(|name| name.to_pascal_case() == PATCH_TYPE)
    });
    if let Some(name) = clash {
        return Err(CodegenError::Unsupported {
            source_name: spec.source_name.clone(),
            pointer: format!("/components/schemas/{}", escape_token(name)),
            location: None,
            construct: format!("schema name {name:?}"),
            reason: format!("{PATCH_TYPE} is the generated three-state field type"),
        }
        .located(&spec.locations));
    }
    let three_state = three_state::find(document);
    if three_state.is_empty() {
        return parse(spec, generate(spec, &settings(&[]))?);
    }

    // First pass: typify's own view of the structs we are about to replace.
    let mut first = Generator::new(&settings(&[]));
    run(spec, &mut first)?;
    let structs = three_state
        .iter()
        .map(|target| {
            three_state::struct_tokens(&spec.source_name, document, target, first.get_type_space())
        })
        .collect::<Result<Vec<_>, _>>()?;

    let mut file = parse(spec, generate(spec, &settings(&three_state))?)?;
    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "types" => module.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| CodegenError::Generator {
            source_name: spec.source_name.clone(),
            message: "progenitor's output has no `types` module".to_owned(),
        })?;
    let patch = three_state::patch_type();
    let added: syn::File = syn::parse2(quote! {
        // The replaced structs are named `types::X` everywhere, here too.
        use super::types;
        #patch
        #(#structs)*
    })
    .map_err(|err| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("three-state structs do not parse: {err}"),
    })?;
    types.1.extend(added.items);
    Ok(file)
}

fn parse(spec: &Spec, tokens: TokenStream) -> Result<syn::File, CodegenError> {
    syn::parse2(tokens).map_err(|err| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("progenitor's output does not parse: {err}"),
    })
}

/// The settings every generated crate shares, so that client and server types agree.
pub(crate) fn settings(three_state: &[ThreeStateStruct]) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq");
    for target in three_state {
        settings.with_replacement(
            &target.rust_name,
            format!("types::{}", target.rust_name),
            std::iter::empty::<TypeImpl>(),
        );
    }
    settings
}

fn generate(spec: &Spec, settings: &GenerationSettings) -> Result<TokenStream, CodegenError> {
    let mut generator = Generator::new(settings);
    run(spec, &mut generator)
}

/// Runs progenitor, turning its errors and panics into ours.
fn run(spec: &Spec, generator: &mut Generator) -> Result<TokenStream, CodegenError> {
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message,
    };
    match catch_unwind(AssertUnwindSafe(|| {
        generator.generate_tokens(&spec.document)
    })) {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(err)) => Err(fail(err.to_string())),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(fail(format!("progenitor panicked: {message}")))
        }
    }
}
