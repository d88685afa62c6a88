//! What progenitor's builders say about each operation: the Rust type of every parameter,
//! body and response, read off the builder's fields and its `send` method.

use super::*;

/// A type read off a builder field: `Result<Option<T>, String>` or `Result<T, String>`.
#[derive(Clone)]
pub(super) struct FieldType {
    pub(super) inner: TokenStream,
}

pub(super) struct Builder {
    pub(super) fields: BTreeMap<String, FieldType>,
    pub(super) success: TokenStream,
    pub(super) error: Option<TokenStream>,
}

/// Reads, for every operation builder of progenitor's output, the type of each field and
/// the success and error types of `send`.
pub(super) fn builder_types(
    spec: &Spec,
    client: &syn::File,
) -> Result<BTreeMap<String, Builder>, CodegenError> {
    let builder_mod = client
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref(),
            _ => None,
        })
        .ok_or_else(|| fail(spec, "progenitor's output has no `builder` module".into()))?;
    let mut builders = BTreeMap::new();
    for item in &builder_mod.1 {
        let syn::Item::Struct(item) = item else {
            continue;
        };
        let mut fields = BTreeMap::new();
        for field in &item.fields {
            let Some(name) = &field.ident else { continue };
            if let Some(inner) = result_ok_type(&field.ty) {
                let inner = option_inner(&inner).unwrap_or(inner);
                fields.insert(
                    name.to_string(),
                    FieldType {
                        inner: quote! { #inner },
                    },
                );
            }
        }
        builders.insert(
            item.ident.to_string(),
            Builder {
                fields,
                success: quote! { () },
                error: None,
            },
        );
    }
    for item in &builder_mod.1 {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(self_ty) = &*block.self_ty else {
            continue;
        };
        let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for impl_item in &block.items {
            let syn::ImplItem::Fn(function) = impl_item else {
                continue;
            };
            if function.sig.ident != "send" {
                continue;
            }
            let syn::ReturnType::Type(_, ty) = &function.sig.output else {
                continue;
            };
            let Some((ok, err)) = result_types(ty) else {
                continue;
            };
            let success = generic_arg(&ok, "ResponseValue");
            let error = generic_arg(&err, "Error").filter(|ty| quote!(#ty).to_string() != "()");
            if let Some(builder) = builders.get_mut(&name) {
                builder.success = success
                    .map(|ty| quote! { #ty })
                    .unwrap_or_else(|| quote! { () });
                builder.error = error.map(|ty| quote! { #ty });
            }
        }
    }
    Ok(builders)
}

pub(super) fn result_types(ty: &syn::Type) -> Option<(syn::Type, syn::Type)> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut types = args.args.iter().filter_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    });
    Some((types.next()?, types.next()?))
}

pub(super) fn result_ok_type(ty: &syn::Type) -> Option<syn::Type> {
    result_types(ty).map(|(ok, _)| ok)
}

pub(super) fn option_inner(ty: &syn::Type) -> Option<syn::Type> {
    generic_arg(ty, "Option")
}

pub(super) fn generic_arg(ty: &syn::Type, wrapper: &str) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    })
}
