//! Defaulted properties are sent: typify skips an optional array or map property when it is
//! empty (`skip_serializing_if = "Vec::is_empty"`), even when the spec gives it `default: []`.
//! A reader of the spec (openapi-typescript, by default) types a defaulted property as always
//! present, so an answer without it breaks that reader. For every property of a component
//! object schema that writes a `default`, the generated field is always serialized: the
//! server sends the default, and the client sends it too (the same value a server would fill
//! in). Applied to progenitor's output before anything reads it, so both sides share it.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{ReferenceOr, SchemaKind, Type};
use syn::{punctuated::Punctuated, visit_mut::VisitMut};

use crate::{Spec, naming};

/// Each component object schema's Rust name, with the JSON names of its properties that
/// write a `default`.
pub(crate) fn defaulted(spec: &Spec) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let schemas = spec
        .document
        .components
        .iter()
        .flat_map(|components| &components.schemas);
    for (name, schema) in schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            continue;
        };
        let properties: BTreeSet<String> = object
            .properties
            .iter()
            .filter(|(_, property)| match property {
                ReferenceOr::Item(property) => property.schema_data.default.is_some(),
                ReferenceOr::Reference { .. } => false,
            })
            .map(|(property, _)| property.clone())
            .collect();
        if !properties.is_empty() {
            out.insert(naming::type_name(name), properties);
        }
    }
    out
}

/// Drops `skip_serializing_if` from the fields `defaulted` names.
pub(crate) fn send(file: &mut syn::File, defaulted: &BTreeMap<String, BTreeSet<String>>) {
    if !defaulted.is_empty() {
        Sender { defaulted }.visit_file_mut(file);
    }
}

struct Sender<'d> {
    defaulted: &'d BTreeMap<String, BTreeSet<String>>,
}

impl VisitMut for Sender<'_> {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        let Some(properties) = self.defaulted.get(&item.ident.to_string()) else {
            return;
        };
        for field in &mut item.fields {
            let Some(ident) = &field.ident else {
                continue;
            };
            if properties.contains(&json_name(field, ident)) {
                for attr in &mut field.attrs {
                    drop_skip(attr);
                }
                field.attrs.retain(|attr| !is_empty_serde(attr));
            }
        }
    }

    fn visit_item_mod_mut(&mut self, module: &mut syn::ItemMod) {
        // `types::builder` holds the builders, whose fields are not serialized.
        if module.ident != "builder" {
            syn::visit_mut::visit_item_mod_mut(self, module);
        }
    }
}

/// The property a field stands for: its `#[serde(rename = "…")]`, else its name.
fn json_name(field: &syn::Field, ident: &syn::Ident) -> String {
    for attr in field
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("serde"))
    {
        let Ok(items) =
            attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        for item in items {
            if let syn::Meta::NameValue(pair) = item
                && pair.path.is_ident("rename")
                && let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(name),
                    ..
                }) = &pair.value
            {
                return name.value();
            }
        }
    }
    ident.to_string().trim_start_matches("r#").to_owned()
}

/// `#[serde()]`, what [`drop_skip`] leaves of `#[serde(skip_serializing_if = "…")]`.
fn is_empty_serde(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("serde")
        && matches!(&attr.meta, syn::Meta::List(list) if list.tokens.is_empty())
}

/// `#[serde(default, skip_serializing_if = "…::is_empty")]` without the
/// `skip_serializing_if` (an empty collection is the value sent; the three-state fields'
/// own skips are not touched).
fn drop_skip(attr: &mut syn::Attribute) {
    if !attr.path().is_ident("serde") {
        return;
    }
    let Ok(items) = attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
    else {
        return;
    };
    let kept: Vec<syn::Meta> = items
        .into_iter()
        .filter(|item| !skips_empty(item))
        .collect();
    *attr = syn::parse_quote!(#[serde(#(#kept),*)]);
}

/// `skip_serializing_if = "…::is_empty"`.
fn skips_empty(item: &syn::Meta) -> bool {
    match item {
        syn::Meta::NameValue(pair) if pair.path.is_ident("skip_serializing_if") => matches!(
            &pair.value,
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(path), .. })
                if path.value().ends_with("::is_empty")
        ),
        _ => false,
    }
}
