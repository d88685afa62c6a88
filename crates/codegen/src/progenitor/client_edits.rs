//! Edits of progenitor's client output that only the client gets: its models sealed
//! (`#[non_exhaustive]`, built through builders) and its error type the runtime's.

/// Marks every model struct with named fields `#[non_exhaustive]` (in the client's copy of the
/// types; the server's stay open, so that a server builds its answers with literals and the
/// compiler names a property the spec adds). Code outside the client crate builds a model
/// with `X::builder()` (progenitor's) or `X::new(..)` and its setters (the three-state
/// structs'), so an optional property the spec adds breaks none of it.
pub(crate) fn seal_client_models(file: &mut syn::File) {
    let types = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => module.content.as_mut(),
        _ => None,
    });
    let Some((_, items)) = types else {
        return;
    };
    // The structs progenitor writes a builder for (`types::builder::X`).
    let builders: std::collections::BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref(),
            _ => None,
        })
        .flat_map(|(_, items)| items)
        .filter_map(|item| match item {
            syn::Item::Struct(item) => Some(item.ident.to_string()),
            _ => None,
        })
        .collect();
    for item in items.iter_mut() {
        if let syn::Item::Struct(item) = item
            && matches!(item.fields, syn::Fields::Named(_))
        {
            let built_by = if builders.contains(&item.ident.to_string()) {
                format!(
                    " Build one with `{}::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.",
                    item.ident
                )
            } else {
                format!(
                    " Build one with `{}::new(..)` and its setters: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.",
                    item.ident
                )
            };
            item.attrs.push(syn::parse_quote!(#[doc = #built_by]));
            item.attrs.push(syn::parse_quote!(#[non_exhaustive]));
        }
    }
}

/// Leaves `Error` out of progenitor's `pub use progenitor_client::{…}` (the client re-exports
/// `client_runtime::Error` in its place: the same variants, another display), and converts
/// the success arms that hand on progenitor's own result (`ResponseValue::from_response(…)
/// .await`) with `.map_err(Error::from)`; every `?` converts by itself.
pub(crate) fn use_runtime_error(file: &mut syn::File) {
    /// An expression without the invisible groups quoted tokens leave around it, nor the
    /// braces of a block that only holds it.
    fn bare(expr: &syn::Expr) -> &syn::Expr {
        match expr {
            syn::Expr::Group(group) => bare(&group.expr),
            syn::Expr::Block(block) if block.block.stmts.len() == 1 => {
                match &block.block.stmts[0] {
                    syn::Stmt::Expr(inner, None) => bare(inner),
                    _ => expr,
                }
            }
            other => other,
        }
    }
    struct Arms;
    impl syn::visit_mut::VisitMut for Arms {
        fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
            if let syn::Expr::Await(awaited) = bare(&arm.body)
                && let syn::Expr::Call(call) = bare(&awaited.base)
                && let syn::Expr::Path(function) = bare(&call.func)
                && function
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "from_response" || last.ident == "upgrade")
            {
                let body = bare(&arm.body).clone();
                *arm.body = syn::parse_quote!(#body.map_err(Error::from));
            }
            syn::visit_mut::visit_arm_mut(self, arm);
        }
    }
    syn::visit_mut::VisitMut::visit_file_mut(&mut Arms, file);
    for item in &mut file.items {
        if let syn::Item::Use(item) = item
            && let syn::UseTree::Path(path) = &mut item.tree
            && path.ident == "progenitor_client"
            && let syn::UseTree::Group(group) = path.tree.as_mut()
        {
            group.items = std::mem::take(&mut group.items)
                .into_iter()
                .filter(|tree| !matches!(tree, syn::UseTree::Name(name) if name.ident == "Error"))
                .collect();
        }
    }
}

/// typify checks a `pattern` with `::regress::Regex`, a crate the generated crates do not
/// depend on: in the `types` module, the path is rerooted under the side's runtime crate
/// (`::client_runtime::regress`, `::server_runtime::regress`), which re-exports it.
pub(crate) fn reroot_regress(types: &mut syn::ItemMod, runtime: &str) {
    struct Reroot(syn::Ident);
    impl syn::visit_mut::VisitMut for Reroot {
        fn visit_path_mut(&mut self, path: &mut syn::Path) {
            if path.leading_colon.is_some()
                && path
                    .segments
                    .first()
                    .is_some_and(|first| first.ident == "regress")
            {
                path.segments.insert(0, self.0.clone().into());
            }
            syn::visit_mut::visit_path_mut(self, path);
        }
    }
    let runtime = syn::Ident::new(runtime, proc_macro2::Span::call_site());
    syn::visit_mut::VisitMut::visit_item_mod_mut(&mut Reroot(runtime), types);
}
