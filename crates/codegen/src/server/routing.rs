//! The router's routes (`routes.rs` decides how each template is served) and the handlers of
//! routes that several templates share.
//!
//! A request is matched by its path first, then by its method, as HTTP's `405` and `Allow`
//! mean: of the templates on one route whose literals the request's path fits, the most
//! literal one is the resource it names (`/v1/{name}:cancel` before `/v1/{name}` for
//! `/v1/abc:cancel`). A method that resource does not answer is `405` with the resource's own
//! `Allow` (`POST`), even when a less literal template of the route answers that method; a
//! method no template of the route answers is the same `405` from the route's fallback.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Op, Server, handler};
use crate::openapi::Method;

/// Templates of one route with the same literals (they differ in fragment or method only):
/// one resource to `Allow`.
struct Resource {
    /// The literals each parameter's segment must fit (`rt::path_fits`).
    fits: Vec<TokenStream>,
    /// The template without its fragment and parameter names (`/files/{}.json`), to group
    /// templates by.
    key: String,
    specificity: usize,
    methods: BTreeSet<Method>,
}

impl Resource {
    /// The `Allow` header's value: its methods, and `HEAD` where it answers `GET` (axum
    /// answers `HEAD` with the `GET` handler).
    fn allow(&self) -> String {
        let mut methods: Vec<String> = self.methods.iter().map(|method| method.upper()).collect();
        if self.methods.contains(&Method::Get) && !self.methods.contains(&Method::Head) {
            methods.push("HEAD".to_owned());
        }
        methods.join(",")
    }

    /// `if the path fits { return 405 with its Allow }`.
    fn not_allowed(&self) -> TokenStream {
        let fits = &self.fits;
        let allow = self.allow();
        quote! {
            if rt::path_fits(&mut __parts, &[#(#fits),*]).await {
                return not_allowed(#allow);
            }
        }
    }
}

/// The resources of a route's operations, the most literal first.
fn resources(methods: &BTreeMap<Method, Vec<&Op<'_>>>) -> Vec<Resource> {
    let mut out: Vec<Resource> = Vec::new();
    for (method, ops) in methods {
        for op in ops {
            let key = shape(op.model.path);
            match out.iter_mut().find(|known| known.key == key) {
                Some(known) => {
                    known.methods.insert(*method);
                    known.specificity = known.specificity.max(op.model.specificity);
                }
                None => out.push(Resource {
                    fits: handler::fits(op),
                    key,
                    specificity: op.model.specificity,
                    methods: BTreeSet::from([*method]),
                }),
            }
        }
    }
    out.sort_by_key(|resource| std::cmp::Reverse(resource.specificity));
    out
}

/// A template without its fragment and with its parameters unnamed: `/pets/{id}` and
/// `/pets/{petId}` are one resource, `/files/{name}.json` another than `/files/{name}`.
fn shape(template: &str) -> String {
    let path = template.split('#').next().unwrap_or(template);
    let mut out = String::with_capacity(path.len());
    let mut in_name = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_name = true;
                out.push_str("{}");
            }
            '}' => in_name = false,
            _ if in_name => {}
            c => out.push(c),
        }
    }
    out
}

impl Server<'_> {
    /// The router's `.route(path, method(handler)…)` calls, one per route, and the
    /// dispatchers and fallbacks of the routes several templates share.
    pub(super) fn routes(&self) -> (Vec<TokenStream>, Vec<TokenStream>) {
        // Route → method → its operations, the most literal first.
        let mut routes: BTreeMap<&str, BTreeMap<Method, Vec<&Op<'_>>>> = BTreeMap::new();
        for op in &self.ops {
            routes
                .entry(op.model.route.as_str())
                .or_default()
                .entry(op.model.method)
                .or_default()
                .push(op);
        }
        let mut items = Vec::new();
        let mut shared = false;
        let mut calls = Vec::new();
        for (route, methods) in &routes {
            let resources = resources(methods);
            let mut method_calls = Vec::new();
            for (index, (method, ops)) in methods.iter().enumerate() {
                // The more literal resources of the route that do not answer this method.
                let others: Vec<&Resource> = resources
                    .iter()
                    .filter(|resource| !resource.methods.contains(method))
                    .collect();
                let handler = match ops.as_slice() {
                    [only] if others.is_empty() => {
                        format_ident!("handle_{}", only.model.method_name)
                    }
                    several => {
                        let (name, dispatcher) = self.dispatcher(*method, several, &others);
                        items.push(dispatcher);
                        name
                    }
                };
                let method = format_ident!("{}", method.lower());
                method_calls.push(if index == 0 {
                    quote! { ::axum::routing::#method(#handler::<A>) }
                } else {
                    quote! { .#method(#handler::<A>) }
                });
            }
            let fallback = (resources.len() > 1).then(|| {
                shared = true;
                let first = methods.values().flatten().next().expect("a route has operations");
                let name = format_ident!("fallback_{}", first.model.method_name);
                let branches = resources.iter().map(Resource::not_allowed);
                let doc = format!(
                    " `{route}` for a method none of its templates answers: 405 with the \
                     methods of the most literal template the path fits."
                );
                items.push(quote! {
                    #[doc = #doc]
                    async fn #name(request: ::axum::extract::Request) -> ::axum::response::Response {
                        let (mut __parts, _) = request.into_parts();
                        #(#branches)*
                        reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
                    }
                });
                quote! { .fallback(#name) }
            });
            calls.push(quote! { .route(#route, #(#method_calls)* #fallback) });
        }
        if shared {
            items.push(quote! {
                /// 405 with `allow` as the `Allow` header.
                fn not_allowed(allow: &'static str) -> ::axum::response::Response {
                    let mut response = reject(rt::Rejection::new(
                        rt::ProblemKind::MethodNotAllowed,
                        "This path does not answer this method.",
                    ));
                    response.headers_mut().insert(
                        ::axum::http::header::ALLOW,
                        ::axum::http::HeaderValue::from_static(allow),
                    );
                    response
                }
            });
        }
        (calls, items)
    }

    /// The handler of a route and method that several templates share, or that more literal
    /// templates of the route without this method (`others`) shadow: the first whose literals
    /// the request's segments fit answers (most literal first; a shadowing one with 405),
    /// else 404.
    fn dispatcher(
        &self,
        method: Method,
        ops: &[&Op<'_>],
        others: &[&Resource],
    ) -> (syn::Ident, TokenStream) {
        let route = |op: &Op<'_>| self.spec.routes.get(op.model.path);
        let constraints = |op: &Op<'_>| {
            route(op)
                .and_then(|route| route.constraints.get(method.lower()))
                .copied()
                .unwrap_or(0)
        };
        let literals = |op: &Op<'_>| route(op).map(crate::routes::Route::literals);
        let mut ops = ops.to_vec();
        ops.sort_by_key(|op| {
            (
                std::cmp::Reverse(op.model.specificity),
                std::cmp::Reverse(constraints(op)),
            )
        });
        let name = format_ident!("dispatch_{}_{}", method.lower(), ops[0].model.method_name);
        let trait_name = &self.trait_name;
        // (specificity, operations before shadows at a tie, the branch)
        let mut branches: Vec<(usize, bool, TokenStream)> = ops
            .iter()
            .enumerate()
            .map(|(index, op)| {
                let handler = format_ident!("handle_{}", op.model.method_name);
                let fits = handler::fits(op);
                // Templates with the same literals are told apart by their path parameters'
                // schemas: each but the last is taken only when its parameters fit them.
                let told_by_schemas = ops[index + 1..]
                    .iter()
                    .any(|other| literals(other) == literals(op));
                let schemas = told_by_schemas.then(|| path_params_fit(op));
                let fragment = op.model.fragment.as_ref().map(|fragment| {
                    let key = &fragment.key;
                    let value = match &fragment.value {
                        Some(value) => quote! { Some(#value) },
                        None => quote! { None },
                    };
                    quote! { && rt::fragment_fits(&__parts.headers, &__query, #key, #value) }
                });
                let branch = quote! {
                    if rt::path_fits(&mut __parts, &[#(#fits),*]).await #fragment #schemas {
                        let request = ::axum::extract::Request::from_parts(__parts, __body);
                        return #handler::<A>(__state, request).await;
                    }
                };
                (op.model.specificity, false, branch)
            })
            .collect();
        branches.extend(
            others
                .iter()
                .map(|resource| (resource.specificity, true, resource.not_allowed())),
        );
        branches.sort_by_key(|(specificity, shadow, _)| (std::cmp::Reverse(*specificity), *shadow));
        let branches = branches.into_iter().map(|(_, _, branch)| branch);
        // Templates told apart by a fragment: a request that names none of them lacks the
        // parameter that names the operation (400, as a missing required parameter is).
        let mut named: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for op in &ops {
            if let Some(fragment) = &op.model.fragment {
                let location = op
                    .params
                    .iter()
                    .find(|param| param.model.name.eq_ignore_ascii_case(&fragment.key))
                    .map_or_else(
                        || fragment.key.clone(),
                        |param| format!("{}.{}", param.model.location, param.model.name),
                    );
                named
                    .entry(location)
                    .or_default()
                    .extend(fragment.value.clone());
            }
        }
        // The query, read once for all the fragments the branches look for.
        let query = (!named.is_empty())
            .then(|| quote! { let __query = rt::Query::parse(__parts.uri.query()); });
        let fallback =
            if named.is_empty() {
                quote! { reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path.")) }
            } else {
                let pushes = named.iter().map(|(location, values)| {
                let message = if values.is_empty() {
                    "is required: it names the operation".to_owned()
                } else {
                    format!("is required, one of {}: it names the operation", values.join(", "))
                };
                quote! { __violations.push(rt::FieldError::new(#location, "required", #message)); }
            });
                quote! {
                    let mut __violations = rt::Violations::default();
                    #(#pushes)*
                    reject(rt::Rejection::from(__violations))
                }
            };
        let mut templates: Vec<String> = ops
            .iter()
            .map(|op| format!("`{}`", op.model.path))
            .collect();
        if !others.is_empty() {
            templates.push(format!(
                "{} template(s) without {} (405)",
                others.len(),
                method.upper()
            ));
        }
        let doc = format!(
            " `{} {}`: {}, the most literal first (then the most constrained parameters).",
            method.upper(),
            ops[0].model.route,
            templates.join(", ")
        );
        let tokens = quote! {
            #[doc = #doc]
            async fn #name<A: #trait_name>(
                __state: ::axum::extract::State<State<A>>,
                request: ::axum::extract::Request,
            ) -> ::axum::response::Response {
                let (mut __parts, __body) = request.into_parts();
                #query
                #(#branches)*
                #fallback
            }
        };
        (name, tokens)
    }
}

/// `&& every path parameter of op's is a value of its schema`.
fn path_params_fit(op: &Op<'_>) -> TokenStream {
    let checks = op
        .params
        .iter()
        .filter(|param| param.model.location == crate::openapi::In::Path)
        .map(|param| {
            let raw = super::request::path_raw(param.model);
            let schema = crate::naming::parameter_static(
                op.model.id,
                &param.model.location.to_string(),
                &param.model.field,
            );
            quote! { rt::param_fits(&#raw, &schemas::#schema) }
        });
    quote! {
        && {
            let __path_values = rt::path_values(&mut __parts).await.unwrap_or_default();
            true #(&& #checks)*
        }
    }
}
