//! The lifecycle in the client's code: a deprecated operation's methods (and its page
//! stream), a deprecated parameter's setter, and a deprecated property's field and builder
//! setter carry `#[deprecated(note = "deprecated since …, sunset …, use …")]`, so that client
//! teams see a compiler warning where they use them; an alpha or beta operation's method says
//! so first in its docs. The generated file allows `deprecated` for its own uses.

use serde_json::Value;

use crate::{
    Spec,
    model::{self, Api, Deprecation, Stability},
    naming,
    resolve::follow,
};

/// Marks the items of `file` as above.
pub(super) fn mark(spec: &Spec, api: &Api<'_>, file: &mut syn::File) {
    let mut client_methods = Vec::new();
    let mut setters: Vec<(String, String, String)> = Vec::new();
    for op in &api.operations {
        let stability = match op.stability {
            Stability::Stable => None,
            level => Some(format!(
                " **{}**: this operation's `x-stability` is {}; it may change in a minor version of the API.\n",
                capitalized(level.as_str()),
                level.as_str()
            )),
        };
        let note = op.deprecation.as_ref().map(Deprecation::note);
        if note.is_some() || stability.is_some() {
            client_methods.push((op.method_name.clone(), note, stability));
        }
        for param in &op.parameters {
            if let Some(deprecation) = &param.deprecation {
                setters.push((
                    op.builder_name.clone(),
                    param.field.clone(),
                    deprecation.note(),
                ));
            }
        }
    }
    for item in &mut file.items {
        match item {
            syn::Item::Impl(block) if is_type(&block.self_ty, "Client") => {
                for entry in &mut block.items {
                    let syn::ImplItem::Fn(function) = entry else {
                        continue;
                    };
                    let name = function.sig.ident.to_string();
                    let found = client_methods
                        .iter()
                        .find(|(method, ..)| name == *method || name == format!("{method}_stream"));
                    if let Some((_, note, stability)) = found {
                        if let Some(stability) = stability {
                            function
                                .attrs
                                .insert(0, syn::parse_quote!(#[doc = #stability]));
                        }
                        if let Some(note) = note {
                            function
                                .attrs
                                .push(syn::parse_quote!(#[deprecated(note = #note)]));
                        }
                    }
                }
            }
            syn::Item::Mod(module) if module.ident == "builder" => {
                mark_setters(module, |owner, setter| {
                    setters
                        .iter()
                        .find(|(builder, field, _)| builder == owner && field == setter)
                        .map(|(.., note)| note.clone())
                });
            }
            syn::Item::Mod(module) if module.ident == "types" => {
                mark_fields(module, &deprecated_fields(spec, api));
            }
            _ => {}
        }
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn is_type(ty: &syn::Type, name: &str) -> bool {
    matches!(ty, syn::Type::Path(path) if path.path.segments.last().is_some_and(|last| last.ident == name))
}

/// `#[deprecated]` on each `pub fn` of an `impl Owner` in `module` that `note_of(owner, fn)`
/// names.
fn mark_setters(module: &mut syn::ItemMod, note_of: impl Fn(&str, &str) -> Option<String>) {
    let Some((_, items)) = module.content.as_mut() else {
        return;
    };
    for item in items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(owner) = block.self_ty.as_ref() else {
            continue;
        };
        let Some(owner) = owner
            .path
            .segments
            .last()
            .map(|last| last.ident.to_string())
        else {
            continue;
        };
        for entry in &mut block.items {
            if let syn::ImplItem::Fn(function) = entry
                && let Some(note) = note_of(&owner, &function.sig.ident.to_string())
            {
                function
                    .attrs
                    .push(syn::parse_quote!(#[deprecated(note = #note)]));
            }
        }
    }
}

/// The deprecated properties of the component schemas, as (type, property name, note).
fn deprecated_fields(spec: &Spec, api: &Api<'_>) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for schema in &api.schemas {
        let pointer = format!(
            "/components/schemas/{}",
            crate::pointer::escape_token(schema.name)
        );
        let Some(written) = spec.raw.pointer(&pointer) else {
            continue;
        };
        let mut members = vec![follow(&spec.raw, written).0];
        while let Some(member) = members.pop() {
            for part in member
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                members.push(follow(&spec.raw, part).0);
            }
            for (name, property) in member
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if let Some(deprecation) = model::deprecation_of(&spec.raw, property) {
                    out.push((schema.type_name.clone(), name.clone(), deprecation.note()));
                }
            }
        }
    }
    out
}

/// `#[deprecated]` on each field of `types::X` (and its builder's setter) that `fields` names,
/// matched by the field's serde name.
fn mark_fields(module: &mut syn::ItemMod, fields: &[(String, String, String)]) {
    if fields.is_empty() {
        return;
    }
    let Some((_, items)) = module.content.as_mut() else {
        return;
    };
    let mut setters: Vec<(String, String, String)> = Vec::new();
    for item in items.iter_mut() {
        let syn::Item::Struct(item) = item else {
            continue;
        };
        let owner = item.ident.to_string();
        for field in item.fields.iter_mut() {
            let Some(ident) = &field.ident else { continue };
            let ident = ident.to_string();
            let wire = serde_name(&field.attrs).unwrap_or_else(|| ident.clone());
            if let Some((.., note)) = fields.iter().find(|(ty, name, _)| {
                *ty == owner
                    && (*name == wire
                        || naming::parameter_field(name) == ident
                            && serde_name(&field.attrs).is_none())
            }) {
                field
                    .attrs
                    .push(syn::parse_quote!(#[deprecated(note = #note)]));
                setters.push((owner.clone(), ident, note.clone()));
            }
        }
    }
    for item in items.iter_mut() {
        if let syn::Item::Mod(builder) = item
            && builder.ident == "builder"
        {
            mark_setters(builder, |owner, setter| {
                setters
                    .iter()
                    .find(|(ty, field, _)| ty == owner && field == setter)
                    .map(|(.., note)| note.clone())
            });
        }
    }
}

/// The name in `#[serde(rename = "…")]`, if any.
fn serde_name(attrs: &[syn::Attribute]) -> Option<String> {
    let mut name = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                name = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            } else if meta.input.peek(syn::token::Paren) {
                let _ = meta.parse_nested_meta(|_| Ok(()));
            }
            Ok(())
        });
    }
    name
}
