//! The client's error type: progenitor's `Error` re-export replaced by `client_runtime::Error`
//! (the same variants, displayed as the status and the problem's title and detail), and
//! `client_runtime::ErrorBody` for each of the spec's types an operation's errors carry, so
//! that its display can summarize them.

use std::collections::BTreeSet;

use quote::ToTokens;

use crate::progenitor::Progenitor;

/// Drops progenitor's `Error` re-export, adds `pub use ::client_runtime::Error;`, and
/// implements `ErrorBody` for every error body type
/// of the `types` module.
pub(super) fn wire(progenitor: &Progenitor, file: &mut syn::File) {
    crate::progenitor::use_runtime_error(file);
    file.items.push(syn::parse_quote! {
        /// What a call fails with: progenitor-client's variants, displayed as the status and
        /// the problem's title and detail (see `client_runtime::Error`).
        pub use ::client_runtime::Error;
    });
    let bodies: BTreeSet<String> = progenitor
        .builders()
        .into_iter()
        .flatten()
        .filter_map(|(_, builder)| builder.error)
        .filter(|ty| {
            matches!(ty, syn::Type::Path(path)
                if path.path.segments.first().is_some_and(|first| first.ident == "types"))
        })
        .map(|ty| ty.to_token_stream().to_string())
        .collect();
    for body in bodies {
        let Ok(ty) = syn::parse_str::<syn::Type>(&body) else {
            continue;
        };
        file.items.push(syn::parse_quote! {
            impl ::client_runtime::ErrorBody for #ty {
                fn summary(&self) -> ::std::option::Option<::std::string::String> {
                    ::client_runtime::summary(self)
                }
                fn debug(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    ::std::fmt::Debug::fmt(self, f)
                }
            }
        });
    }
}
