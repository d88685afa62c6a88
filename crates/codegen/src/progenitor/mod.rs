//! progenitor, driven as a library: the one module that runs it and reads what it made.
//!
//! [`Progenitor::run`] generates the client's syntax (builder interface, `PartialEq` derived)
//! with the three-state structs progenitor lacks (`three_state.rs`), fields typify named alike
//! numbered apart (`field_names.rs`), refusing a type defined twice (`defined_twice.rs`); the rest reads it through the typed accessors here (the `types`
//! module, each builder's fields and its `send`'s success and error types) or rewires it here
//! (the client's fields, its hooks, the builder module), never by matching token strings: a
//! progenitor upgrade that moves one of these places fails here, saying which.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;

use crate::{CodegenError, Spec};

mod client_edits;
mod defaults;
mod defined_twice;
mod field_names;
mod locate;
mod open_enums;
mod three_state;
mod timestamps;
pub(crate) use client_edits::{reroot_regress, seal_client_models, use_runtime_error};
pub(crate) use timestamps::MODULE as TIMESTAMP_WRITER;

use self::three_state::{PATCH_TYPE, ThreeStateStruct};

/// What progenitor made of a spec, with the three-state structs in its `types` module.
pub(crate) struct Progenitor {
    file: syn::File,
}

/// An operation's builder: its fields' types and what its `send` answers.
pub(crate) struct Builder {
    /// Each field's type without the builder's `Result<_, String>` and an optional field's
    /// `Option` (`u64` for `page_size`), `types::builder::X` read as `types::X`.
    pub(crate) fields: BTreeMap<String, syn::Type>,
    /// The success body (`ResponseValue<T>`'s `T`; `()` for none).
    pub(crate) success: syn::Type,
    /// The error body (`Error<E>`'s `E`), unless it is `()`.
    pub(crate) error: Option<syn::Type>,
}

/// What an operation's error body is, as progenitor typed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorBody {
    /// A type of the spec (`types::Problem`), or no body.
    Typed,
    /// Any JSON (`serde_json::Value`): the error statuses document different JSON bodies.
    Json,
    /// Raw bytes (`ByteStream`): the error statuses mix bodies and media types.
    Bytes,
}

impl Progenitor {
    /// Runs progenitor on the spec's (lowered) document.
    pub(crate) fn run(spec: &Spec) -> Result<Self, CodegenError> {
        let mut file = client_syntax(spec).map_err(|err| match err {
            CodegenError::Generator { message, .. } if message.starts_with(FAILED) => {
                located_failure(spec, message)
            }
            other => other,
        })?;
        field_names::apart(spec, &mut file)?;
        defined_twice::check(spec, &file)?;
        open_enums::open(&mut file, &open_enums::extensible(spec));
        defaults::send(&mut file, &defaults::defaulted(spec));
        timestamps::write_directly(&mut file);
        Ok(Self { file })
    }

    /// progenitor's output, as syntax.
    pub(crate) fn file(&self) -> &syn::File {
        &self.file
    }

    /// The `types` module (the models both sides share).
    pub(crate) fn types_module(&self) -> Option<&syn::ItemMod> {
        module(&self.file.items, "types")
    }

    /// The structs, enums and type aliases the `types` module defines, by name.
    pub(crate) fn defined_types(&self) -> BTreeSet<String> {
        defined_types_of(&self.file)
    }

    /// Every operation builder, by struct name (`ListPets`).
    pub(crate) fn builders(&self) -> Option<BTreeMap<String, Builder>> {
        let (_, items) = module(&self.file.items, "builder")?.content.as_ref()?;
        let sends = send_outputs(items);
        let mut builders = BTreeMap::new();
        for item in items {
            let syn::Item::Struct(item) = item else {
                continue;
            };
            let mut fields = BTreeMap::new();
            for field in &item.fields {
                let Some(name) = &field.ident else { continue };
                if let Some((inner, _)) = result_types(&field.ty) {
                    let inner = generic_arg(&inner, "Option").unwrap_or(inner);
                    fields.insert(name.to_string(), model_type(inner));
                }
            }
            let (success, error) = match sends
                .get(&item.ident.to_string())
                .copied()
                .and_then(result_types)
            {
                Some((ok, err)) => (
                    generic_arg(&ok, "ResponseValue").unwrap_or_else(unit),
                    generic_arg(&err, "Error").filter(|ty| !is_unit(ty)),
                ),
                None => (unit(), None),
            };
            builders.insert(
                item.ident.to_string(),
                Builder {
                    fields,
                    success,
                    error,
                },
            );
        }
        Some(builders)
    }
}

/// The structs, enums and type aliases the `types` module of `file` defines, by name.
pub(crate) fn defined_types_of(file: &syn::File) -> BTreeSet<String> {
    module(&file.items, "types")
        .and_then(|module| module.content.as_ref())
        .map(|(_, items)| defined_types(items))
        .unwrap_or_default()
}

/// The Rust type of an event stream's data, the same on both sides: the type typify defines
/// for its component (`types::Order`), or any JSON where it defines none.
pub(crate) fn event_data_type(
    defined: &BTreeSet<String>,
    events: &crate::model::Events,
) -> proc_macro2::TokenStream {
    if defined.contains(&events.type_name) {
        let name = quote::format_ident!("{}", events.type_name);
        quote::quote! { types::#name }
    } else {
        quote::quote! { ::serde_json::Value }
    }
}

/// Whether a type is one of the spec's models (`types::Problem`).
pub(crate) fn is_model_type(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path)
        if path.qself.is_none()
            && path.path.leading_colon.is_none()
            && path.path.segments.first().is_some_and(|segment| segment.ident == "types"))
}

/// How an operation's `send` types its error body.
fn error_body_of(output: &syn::Type) -> Option<ErrorBody> {
    let (_, error) = result_types(output)?;
    let error = generic_arg(&error, "Error")?;
    let syn::Type::Path(path) = &error else {
        return Some(ErrorBody::Typed);
    };
    let names: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    Some(match names.as_slice() {
        [.., crate_name, value] if crate_name == "serde_json" && value == "Value" => {
            ErrorBody::Json
        }
        [only] if only == "ByteStream" => ErrorBody::Bytes,
        _ => ErrorBody::Typed,
    })
}

/// The item and error types of a builder's `send` when it answers
/// `Result<ResponseValue<Vec<Item>>, Error<E>>` (a list, for page streams).
pub(crate) fn list_send_types(file: &syn::File, builder: &str) -> Option<(syn::Type, syn::Type)> {
    let (ok, error) = send_output(file, builder).and_then(result_types)?;
    let list = generic_arg(&ok, "ResponseValue")?;
    let item = generic_arg(&list, "Vec")?;
    Some((item, error))
}

/// The error type of a builder's `send` when it answers raw bytes
/// (`Result<ResponseValue<ByteStream>, E>`), for an event stream's `events()`.
pub(crate) fn byte_stream_send_error(file: &syn::File, builder: &str) -> Option<syn::Type> {
    let (ok, error) = send_output(file, builder).and_then(result_types)?;
    let body = generic_arg(&ok, "ResponseValue")?;
    matches!(&body, syn::Type::Path(path)
        if path.path.segments.last().is_some_and(|segment| segment.ident == "ByteStream"))
    .then_some(error)
}

/// A top-level module's items (`builder`, `types`), to add to.
pub(crate) fn module_items_mut<'f>(
    file: &'f mut syn::File,
    name: &str,
) -> Option<&'f mut Vec<syn::Item>> {
    file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => {
            module.content.as_mut().map(|(_, items)| items)
        }
        _ => None,
    })
}

/// The rewiring the generated client gets (see `client/hooks.rs`), applied to progenitor's
/// items: fields added to `Client`, their initial values in `new_with_client`, and the body
/// of the `ClientHooks` impl replaced. Says which place is missing when one is.
pub(crate) fn rewire_client(
    file: &mut syn::File,
    field: Vec<syn::Field>,
    init: Vec<syn::FieldValue>,
    hooks: Vec<syn::ImplItem>,
) -> Result<(), String> {
    let (mut field, mut init, mut hooks) = (Some(field), Some(init), Some(hooks));
    for item in &mut file.items {
        match item {
            syn::Item::Struct(item) if item.ident == "Client" => {
                let syn::Fields::Named(fields) = &mut item.fields else {
                    return Err("progenitor's Client has no named fields".into());
                };
                fields.named.extend(field.take().into_iter().flatten());
            }
            syn::Item::Impl(block) if is_client_impl(block) => {
                for member in &mut block.items {
                    if let syn::ImplItem::Fn(function) = member
                        && function.sig.ident == "new_with_client"
                        && let Some(init) = init.take()
                    {
                        syn::visit_mut::VisitMut::visit_block_mut(
                            &mut AddField(init),
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
                block.items = hooks.take().unwrap_or_default();
            }
            _ => {}
        }
    }
    match (field, init, hooks) {
        (None, None, None) => Ok(()),
        (Some(_), _, _) => Err("progenitor's output has no `Client` struct".into()),
        (_, Some(_), _) => Err("progenitor's `Client` has no `new_with_client`".into()),
        (_, _, Some(_)) => Err("progenitor's output has no `ClientHooks` impl".into()),
    }
}

/// `impl Client { ... }` (inherent, not a trait's).
fn is_client_impl(block: &syn::ItemImpl) -> bool {
    block.trait_.is_none()
        && matches!(&*block.self_ty, syn::Type::Path(path) if path.path.is_ident("Client"))
}

/// Adds fields' values to `Self { .. }`.
struct AddField(Vec<syn::FieldValue>);

impl syn::visit_mut::VisitMut for AddField {
    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        if expr.path.is_ident("Self") {
            expr.fields.extend(self.0.iter().cloned());
        }
    }
}

/// What each builder's `send` returns, by builder: one pass over the builder module.
fn send_outputs(items: &[syn::Item]) -> BTreeMap<String, &syn::Type> {
    let mut out = BTreeMap::new();
    for item in items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(path) = &*block.self_ty else {
            continue;
        };
        let Some(name) = path.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for member in &block.items {
            if let syn::ImplItem::Fn(function) = member
                && function.sig.ident == "send"
                && let syn::ReturnType::Type(_, output) = &function.sig.output
            {
                out.insert(name.clone(), &**output);
            }
        }
    }
    out
}

/// Every builder's error body, by builder (one pass over the builder module).
pub(crate) fn error_bodies(file: &syn::File) -> BTreeMap<String, ErrorBody> {
    let Some((_, items)) = module(&file.items, "builder").and_then(|m| m.content.as_ref()) else {
        return BTreeMap::new();
    };
    send_outputs(items)
        .into_iter()
        .filter_map(|(name, output)| Some((name, error_body_of(output)?)))
        .collect()
}

/// What a builder's `send` returns (`Result<ResponseValue<T>, Error<E>>`), as progenitor
/// wrote it.
fn send_output<'a>(file: &'a syn::File, builder: &str) -> Option<&'a syn::Type> {
    let (_, items) = module(&file.items, "builder")?.content.as_ref()?;
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

fn module<'a>(items: &'a [syn::Item], name: &str) -> Option<&'a syn::ItemMod> {
    items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => Some(module),
        _ => None,
    })
}

/// The structs, enums and type aliases among `items`, by name.
fn defined_types(items: &[syn::Item]) -> BTreeSet<String> {
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

/// `Result<A, B>`: `(A, B)`.
fn result_types(ty: &syn::Type) -> Option<(syn::Type, syn::Type)> {
    let mut arguments = type_arguments(ty, "Result")?.into_iter();
    Some((arguments.next()?, arguments.next()?))
}

/// `Wrapper<T, …>`: `T`.
fn generic_arg(ty: &syn::Type, wrapper: &str) -> Option<syn::Type> {
    type_arguments(ty, wrapper)?.into_iter().next()
}

/// The type arguments of a path type whose last segment is `wrapper`.
fn type_arguments(ty: &syn::Type, wrapper: &str) -> Option<Vec<syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else {
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

fn unit() -> syn::Type {
    syn::parse_quote! { () }
}

fn is_unit(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Tuple(tuple) if tuple.elems.is_empty())
}

/// `types::builder::X` (progenitor keeps builders for body structs) → `types::X`, wherever it
/// appears in the type.
fn model_type(mut ty: syn::Type) -> syn::Type {
    struct DropBuilder;
    impl syn::visit_mut::VisitMut for DropBuilder {
        fn visit_path_mut(&mut self, path: &mut syn::Path) {
            let is_builder = |segments: &syn::punctuated::Punctuated<syn::PathSegment, _>,
                              at: usize| {
                at > 0
                    && segments[at - 1].ident == "types"
                    && segments[at].ident == "builder"
                    && at + 1 < segments.len()
            };
            if let Some(at) = (0..path.segments.len()).find(|&at| is_builder(&path.segments, at)) {
                let kept: syn::punctuated::Punctuated<syn::PathSegment, syn::Token![::]> = path
                    .segments
                    .iter()
                    .enumerate()
                    .filter(|(index, _)| *index != at)
                    .map(|(_, segment)| segment.clone())
                    .collect();
                path.segments = kept;
            }
            syn::visit_mut::visit_path_mut(self, path);
        }
    }
    syn::visit_mut::VisitMut::visit_type_mut(&mut DropBuilder, &mut ty);
    ty
}

/// progenitor's output with the three-state structs added.
fn client_syntax(spec: &Spec) -> Result<syn::File, CodegenError> {
    client_without_auth(spec)
}

fn client_without_auth(spec: &Spec) -> Result<syn::File, CodegenError> {
    let document = &spec.document;
    // A component named like the three-state type takes its name: no three-state fields then.
    let patch_taken = document.components.as_ref().is_some_and(|components| {
        components
            .schemas
            .keys()
            .any(|name| crate::naming::type_name(name) == PATCH_TYPE)
    });
    let three_state = if patch_taken {
        Vec::new()
    } else {
        three_state::find(document)
    };
    if three_state.is_empty() {
        return parse(spec, generate(spec, &settings(&[]))?);
    }

    // First pass: typify's own view of the structs we are about to replace. The component
    // types are all it needs, so the operations are left out (half the cost of a big spec).
    let mut first = Generator::new(&settings(&[]));
    let mut components_only = spec.document.clone();
    components_only.paths.paths.clear();
    let first_file = parse(spec, run_on(spec, &components_only, &mut first)?)?;
    // A component whose struct typify shapes otherwise (an `additionalProperties` map, `allOf`
    // parts, no struct of its name) keeps typify's own, `Option` for its nullable properties.
    let (three_state, structs): (Vec<_>, Vec<_>) = three_state
        .into_iter()
        .filter_map(|target| {
            three_state::struct_tokens(&spec.source_name, document, &target, first.get_type_space())
                .ok()
                .map(|tokens| (target, tokens))
        })
        .unzip();
    if three_state.is_empty() {
        return parse(spec, generate(spec, &settings(&[]))?);
    }

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
    let added_items = &added.items;
    let mentioned = quote! { #(#added_items)* }.to_string();
    types.1.extend(added.items);
    // The builders name the replaced structs `types::X` too.
    if let Some((_, builder_items)) = types.1.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "builder" => module.content.as_mut(),
        _ => None,
    }) {
        builder_items.insert(
            0,
            syn::parse_quote! {
                #[allow(unused_imports)]
                use super::super::types;
            },
        );
    }
    three_state::carry_over(types, &first_file, mentioned);
    Ok(file)
}

fn parse(spec: &Spec, tokens: TokenStream) -> Result<syn::File, CodegenError> {
    let mut file: syn::File = syn::parse2(tokens).map_err(|err| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("progenitor's output does not parse: {err}"),
    })?;
    syn::visit_mut::VisitMut::visit_file_mut(&mut MethodsReqwestLacks, &mut file);
    Ok(file)
}

/// progenitor calls `client.client.options(url)` and `.trace(url)`, which `reqwest::Client`
/// does not have: those become `.request(reqwest::Method::OPTIONS, url)`.
struct MethodsReqwestLacks;

impl syn::visit_mut::VisitMut for MethodsReqwestLacks {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        syn::visit_mut::visit_expr_method_call_mut(self, call);
        let method = match call.method.to_string().as_str() {
            "options" => quote! { OPTIONS },
            "trace" => quote! { TRACE },
            _ => return,
        };
        let receiver = &call.receiver;
        if quote! { #receiver }.to_string() != "client . client" || call.args.len() != 1 {
            return;
        }
        call.method = syn::Ident::new("request", call.method.span());
        call.args
            .insert(0, syn::parse_quote! { ::reqwest::Method::#method });
    }
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
    run_on(spec, &spec.document, generator)
}

/// How the message of a failure of progenitor itself starts.
const FAILED: &str = "progenitor ";

fn run_on(
    spec: &Spec,
    document: &openapiv3::OpenAPI,
    generator: &mut Generator,
) -> Result<TokenStream, CodegenError> {
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message,
    };
    match locate::quietly(|| generator.generate_tokens(document)) {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(err)) => Err(fail(format!("{FAILED}failed: {err}"))),
        Err(panic) => Err(fail(format!(
            "{FAILED}panicked: {}",
            locate::panic_message(&*panic)
        ))),
    }
}

/// A failure of progenitor, pinned on the component schema or operation it fails on by
/// itself when there is one (a located refusal), else said as it came.
fn located_failure(spec: &Spec, message: String) -> CodegenError {
    match locate::culprit(&spec.document, &settings(&[])) {
        Some(culprit) => CodegenError::Unsupported {
            source_name: spec.source_name.clone(),
            pointer: culprit.pointer,
            location: None,
            construct: format!("{} progenitor cannot generate", culprit.construct),
            reason: format!(
                "{message} (progenitor and typify, which write the Rust types, fail on it by \
                 itself; simplify its schema, or leave it out of the document the generator \
                 reads)"
            ),
        }
        .located(&spec.locations),
        None => CodegenError::Generator {
            source_name: spec.source_name.clone(),
            message,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str) -> syn::Type {
        syn::parse_str(text).expect("a type")
    }

    fn text(ty: &syn::Type) -> String {
        quote! { #ty }.to_string()
    }

    #[test]
    fn builder_types_are_model_types() {
        assert_eq!(text(&model_type(ty("types::builder::Pet"))), "types :: Pet");
        assert_eq!(
            text(&model_type(ty("Vec<super::types::builder::Pet>"))),
            "Vec < super :: types :: Pet >"
        );
        assert_eq!(text(&model_type(ty("types::Pet"))), "types :: Pet");
        assert_eq!(text(&model_type(ty("builder::Pet"))), "builder :: Pet");
    }

    #[test]
    fn wrappers_are_read_by_their_arguments() {
        let (ok, err) = result_types(&ty(
            "Result<ResponseValue<Vec<types::Pet>>, Error<::serde_json::Value>>",
        ))
        .expect("a result");
        assert_eq!(
            text(&generic_arg(&ok, "ResponseValue").unwrap()),
            "Vec < types :: Pet >"
        );
        assert_eq!(
            text(&generic_arg(&err, "Error").unwrap()),
            ":: serde_json :: Value"
        );
        assert!(generic_arg(&ok, "Option").is_none());
        assert!(is_unit(&ty("()")) && !is_unit(&ty("(u8,)")));
    }

    #[test]
    fn error_bodies_are_told_apart_by_their_paths() {
        let file = |error: &str| -> syn::File {
            syn::parse_str(&format!(
                "pub mod builder {{ pub struct Op; impl Op {{ pub async fn send(self) -> Result<ResponseValue<()>, Error<{error}>> {{ todo!() }} }} }}"
            ))
            .expect("a file")
        };
        assert_eq!(
            error_bodies(&file("::serde_json::Value"))
                .get("Op")
                .copied(),
            Some(ErrorBody::Json)
        );
        assert_eq!(
            error_bodies(&file("serde_json::Value")).get("Op").copied(),
            Some(ErrorBody::Json)
        );
        assert_eq!(
            error_bodies(&file("ByteStream")).get("Op").copied(),
            Some(ErrorBody::Bytes)
        );
        assert_eq!(
            error_bodies(&file("types::Problem")).get("Op").copied(),
            Some(ErrorBody::Typed)
        );
        assert_eq!(
            error_bodies(&file("types::Value")).get("Op").copied(),
            Some(ErrorBody::Typed)
        );
        assert_eq!(
            error_bodies(&file("()")).get("Op").copied(),
            Some(ErrorBody::Typed)
        );
        assert_eq!(error_bodies(&file("()")).get("Other").copied(), None);
    }
}
