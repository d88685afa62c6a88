//! Extensible enums (`x-extensible-enum: true` on a component string enum): typify's closed
//! enum, rewritten so that a value the spec does not list reads as `Unknown(value)` and is
//! written back as it came. Applied to progenitor's output before anything reads it, so the
//! client and the server share the one type.

use std::collections::BTreeSet;

use quote::quote;
use serde_json::Value;
use syn::{punctuated::Punctuated, visit_mut::VisitMut};

use crate::{Spec, naming, openapi::EXTENSIBLE_ENUM};

/// The Rust names of the component schemas marked extensible (the subset check refused the
/// mark anywhere else).
pub(crate) fn extensible(spec: &Spec) -> BTreeSet<String> {
    spec.document
        .components
        .iter()
        .flat_map(|components| &components.schemas)
        .filter_map(|(name, schema)| match schema {
            openapiv3::ReferenceOr::Item(schema)
                if schema.schema_data.extensions.get(EXTENSIBLE_ENUM)
                    == Some(&Value::Bool(true)) =>
            {
                Some(naming::type_name(name))
            }
            _ => None,
        })
        .collect()
}

/// Rewrites each named enum of the `types` module: `Copy` dropped, an `Unknown(String)`
/// variant added (serde reads any other string into it), `Display` writing it as it came and
/// `FromStr` accepting any value.
pub(crate) fn open(file: &mut syn::File, names: &BTreeSet<String>) {
    if names.is_empty() {
        return;
    }
    Opener { names }.visit_file_mut(file);
}

struct Opener<'n> {
    names: &'n BTreeSet<String>,
}

impl Opener<'_> {
    fn named(&self, ty: &syn::Type) -> bool {
        matches!(ty, syn::Type::Path(path)
            if path.path.segments.len() == 1
                && self.names.contains(&path.path.segments[0].ident.to_string()))
    }
}

impl VisitMut for Opener<'_> {
    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        if !self.names.contains(&item.ident.to_string()) {
            return;
        }
        for attr in &mut item.attrs {
            if !attr.path().is_ident("derive") {
                continue;
            }
            if let Ok(derives) =
                attr.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            {
                let kept = derives
                    .into_iter()
                    .filter(|path| path.segments.last().is_none_or(|last| last.ident != "Copy"));
                *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
            }
        }
        let docs = item
            .attrs
            .iter()
            .take_while(|attr| attr.path().is_ident("doc"))
            .count();
        item.attrs.insert(docs, syn::parse_quote!(
            #[doc = " Extensible (`x-extensible-enum`): a value this version of the spec does not list reads as `Unknown(value)`, so a newer server's value breaks no client; match it with a `_` or `Unknown(_)` arm."]
        ));
        item.variants.push(syn::parse_quote!(
            /// A value the spec did not list when this code was generated, as it was sent.
            #[serde(untagged)]
            Unknown(::std::string::String)
        ));
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        let Some((trait_path, _)) = &item.trait_ else {
            return;
        };
        if !self.named(&item.self_ty) {
            return;
        }
        let Some(trait_name) = trait_path
            .segments
            .last()
            .map(|last| last.ident.to_string())
        else {
            return;
        };
        for member in &mut item.items {
            let syn::ImplItem::Fn(function) = member else {
                continue;
            };
            let mut arms = ArmEditor {
                trait_name: &trait_name,
            };
            arms.visit_block_mut(&mut function.block);
        }
    }
}

/// The `match` of typify's `Display::fmt` (gains the `Unknown` arm) and `FromStr::from_str`
/// (its refusing `_` arm accepts the value instead).
struct ArmEditor<'t> {
    trait_name: &'t str,
}

impl VisitMut for ArmEditor<'_> {
    fn visit_expr_match_mut(&mut self, expr: &mut syn::ExprMatch) {
        match self.trait_name {
            "Display" => expr.arms.push(syn::parse_quote!(
                Self::Unknown(ref value) => f.write_str(value),
            )),
            "FromStr" => {
                for arm in &mut expr.arms {
                    if matches!(arm.pat, syn::Pat::Wild(_)) {
                        let body = quote! { Ok(Self::Unknown(value.to_owned())) };
                        *arm.body = syn::parse_quote!(#body);
                    }
                }
            }
            _ => {}
        }
    }
}
