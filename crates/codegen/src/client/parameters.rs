//! Parameters progenitor does not send as the spec says, rewritten in the `send` of their
//! builders:
//!
//! - path and header parameters that are arrays (`style: simple`: `a,b,c`): progenitor writes
//!   every path and header value as `value.to_string()`, which no `Vec` has; those calls
//!   become `client_runtime::path_list` (each item percent-encoded, commas between) and
//!   `client_runtime::header_list`;
//! - parameters lowering renamed so that their fields do not collide (`MaxResults (2)`, see
//!   `lower/names.rs`): the renamed name, which progenitor writes as the query key or header
//!   name, is written back as the wire name;
//! - cookie parameters, which progenitor was given as headers (`lower/cookies.rs`): each goes
//!   into the request's one `Cookie` header through `client_runtime::append_cookie`;
//! - required query arrays of a delimited style given no items: progenitor's repeated keys
//!   send nothing, which the server reads as missing; `client_runtime::empty_list` sends
//!   `name=`, OpenAPI's spelling of `[]`;
//! - query parameters described by a JSON `content` (any JSON to the Rust types): progenitor
//!   would write a `serde_json::Value` as form keys; their JSON text is sent instead (a path
//!   or header value is written with `to_string()`, which is a `Value`'s JSON text already);
//! - form bodies ([`forms`]): progenitor's `form_urlencoded` cannot write an array property
//!   and refuses the request; `client_runtime::form_values` writes it as repeated keys.

use std::collections::BTreeMap;

use syn::visit_mut::VisitMut;

use crate::{
    model::{Api, Style},
    openapi::In,
    progenitor,
};

/// Rewrites the builders of the operations with array path or header parameters.
pub(super) fn wire(api: &Api<'_>, file: &mut syn::File) {
    // Builder name → what to rewrite in its `send`.
    let mut lists: BTreeMap<&str, Lists> = BTreeMap::new();
    for op in &api.operations {
        for parameter in &op.parameters {
            if parameter.generated_name != parameter.name {
                lists
                    .entry(op.builder_name.as_str())
                    .or_default()
                    .renamed
                    .push((
                        parameter.generated_name.to_owned(),
                        parameter.name.to_owned(),
                    ));
            }
            if parameter.location == In::Cookie {
                lists
                    .entry(op.builder_name.as_str())
                    .or_default()
                    .cookies
                    .push(parameter.name.to_owned());
            }
            if parameter.location == In::Query && parameter.style == Style::Json {
                lists
                    .entry(op.builder_name.as_str())
                    .or_default()
                    .json_queries
                    .push((parameter.name.to_owned(), parameter.required));
            }
            if parameter.location == In::Query
                && parameter.required
                && matches!(parameter.style, Style::Delimited(_))
            {
                lists
                    .entry(op.builder_name.as_str())
                    .or_default()
                    .empty_lists
                    .push(parameter.name.to_owned());
            }
            if parameter.style != Style::Delimited(',') {
                continue;
            }
            let entry = lists.entry(op.builder_name.as_str()).or_default();
            match parameter.location {
                In::Path => entry.path_fields.push(parameter.field.clone()),
                In::Header => entry.headers.push(parameter.name.to_owned()),
                _ => {}
            }
        }
    }
    if lists.is_empty() {
        return;
    }
    let Some(items) = progenitor::module_items_mut(file, "builder") else {
        return;
    };
    for item in items {
        if let syn::Item::Impl(block) = item
            && let syn::Type::Path(ty) = &*block.self_ty
            && let Some(last) = ty.path.segments.last()
            && let Some(lists) = lists.get_mut(last.ident.to_string().as_str())
        {
            lists.visit_item_impl_mut(block);
        }
    }
}

/// `request.form_urlencoded(&body)` becomes `::client_runtime::form_values(request, &body)`.
pub(super) fn forms(file: &mut syn::File) {
    struct Forms;
    impl VisitMut for Forms {
        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            if let syn::Expr::MethodCall(call) = expr
                && call.method == "form_urlencoded"
                && call.args.len() == 1
            {
                let (receiver, body) = (&call.receiver, &call.args[0]);
                *expr = syn::parse_quote! { ::client_runtime::form_values(#receiver, #body) };
            }
        }
    }
    if let Some(items) = progenitor::module_items_mut(file, "builder") {
        for item in items {
            Forms.visit_item_mut(item);
        }
    }
}

#[derive(Default)]
struct Lists {
    path_fields: Vec<String>,
    /// Array headers, by wire name.
    headers: Vec<String>,
    /// (the name progenitor was given, the wire name).
    renamed: Vec<(String, String)>,
    /// Cookie parameters, by wire name.
    cookies: Vec<String>,
    /// Required query arrays of a delimited style, by wire name.
    empty_lists: Vec<String>,
    /// Query parameters sent as JSON text, by wire name, and whether each is required.
    json_queries: Vec<(String, bool)>,
}

/// `request.query(&progenitor_client::QueryParam::new("name", &value))`: the name and
/// `value`.
fn query_param(expr: &syn::Expr) -> Option<(String, &syn::Expr)> {
    let syn::Expr::MethodCall(call) = expr else {
        return None;
    };
    let (true, [syn::Expr::Reference(argument)]) = (
        call.method == "query",
        &call.args.iter().collect::<Vec<_>>()[..],
    ) else {
        return None;
    };
    let syn::Expr::Call(new) = &*argument.expr else {
        return None;
    };
    let syn::Expr::Path(function) = &*new.func else {
        return None;
    };
    let last = function.path.segments.last()?;
    let penultimate = function.path.segments.iter().rev().nth(1)?;
    if last.ident != "new" || penultimate.ident != "QueryParam" || new.args.len() != 2 {
        return None;
    }
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(name),
        ..
    }) = &new.args[0]
    else {
        return None;
    };
    let syn::Expr::Reference(value) = &new.args[1] else {
        return None;
    };
    Some((name.value(), &value.expr))
}

/// `header_map.append("name", <value>.try_into()?)`: the name and `<value>`.
fn header_append(expr: &syn::Expr) -> Option<(String, &syn::Expr)> {
    let syn::Expr::MethodCall(call) = expr else {
        return None;
    };
    let syn::Expr::Path(receiver) = &*call.receiver else {
        return None;
    };
    if call.method != "append" || !receiver.path.is_ident("header_map") || call.args.len() != 2 {
        return None;
    }
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(name),
        ..
    }) = &call.args[0]
    else {
        return None;
    };
    let syn::Expr::Try(tried) = &call.args[1] else {
        return None;
    };
    let syn::Expr::MethodCall(into) = &*tried.expr else {
        return None;
    };
    (into.method == "try_into").then(|| (name.value(), &*into.receiver))
}

/// `receiver.to_string()`'s receiver, when the call is that.
fn to_string_receiver(expr: &syn::Expr) -> Option<&syn::Expr> {
    match expr {
        syn::Expr::MethodCall(call) if call.method == "to_string" && call.args.is_empty() => {
            Some(&call.receiver)
        }
        syn::Expr::Group(group) => to_string_receiver(&group.expr),
        _ => None,
    }
}

impl VisitMut for Lists {
    fn visit_lit_str_mut(&mut self, literal: &mut syn::LitStr) {
        if let Some((_, wire)) = self
            .renamed
            .iter()
            .find(|(generated, _)| *generated == literal.value())
        {
            *literal = syn::LitStr::new(wire, literal.span());
        }
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let Some((name, value)) = query_param(expr) {
            let value = value.clone();
            if let Some((_, required)) = self.json_queries.iter().find(|(json, _)| *json == name) {
                let text: syn::Expr = if *required {
                    syn::parse_quote! { #value.to_string() }
                } else {
                    syn::parse_quote! { #value.as_ref().map(::std::string::ToString::to_string) }
                };
                if let syn::Expr::MethodCall(call) = expr
                    && let Some(syn::Expr::Reference(argument)) = call.args.first_mut()
                    && let syn::Expr::Call(new) = &mut *argument.expr
                {
                    new.args[1] = syn::parse_quote! { &#text };
                }
            } else if self.empty_lists.contains(&name) {
                let call = expr.clone();
                *expr = syn::parse_quote! { ::client_runtime::empty_list(#call, #name, &#value) };
            }
            return;
        }
        // A cookie given to progenitor as a header: into the `Cookie` header instead.
        if let Some((name, value)) = header_append(expr)
            && self.cookies.contains(&name)
        {
            let value = value.clone();
            *expr = syn::parse_quote! {
                ::client_runtime::append_cookie(&mut header_map, #name, &#value)?
            };
            return;
        }
        // `encode_path(&field.to_string())`
        if let syn::Expr::Call(call) = expr
            && let syn::Expr::Path(function) = &*call.func
            && function.path.is_ident("encode_path")
            && let Some(syn::Expr::Reference(reference)) = call.args.first()
            && let Some(receiver) = to_string_receiver(&reference.expr)
            && let syn::Expr::Path(field) = receiver
            && self
                .path_fields
                .iter()
                .any(|name| field.path.is_ident(name.as_str()))
        {
            *expr = syn::parse_quote! { ::client_runtime::path_list(&#field) };
        }
    }

    /// The URL is `format!("{}/items/{}", client.baseurl, encode_path(..))`: its arguments
    /// are read as expressions to be visited, and written back.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        use syn::{Token, parse::Parser, punctuated::Punctuated};
        if !mac.path.is_ident("format") {
            return;
        }
        let Ok(mut arguments) =
            Punctuated::<syn::Expr, Token![,]>::parse_terminated.parse2(mac.tokens.clone())
        else {
            return;
        };
        for argument in arguments.iter_mut() {
            self.visit_expr_mut(argument);
        }
        mac.tokens = quote::quote! { #arguments };
    }

    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        syn::visit_mut::visit_expr_method_call_mut(self, call);
        // `header_map.append("Name", value.to_string().try_into()?)`
        let named = call.method == "append"
            && matches!(call.args.first(), Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(name), ..
            })) if self.headers.iter().any(|header| *header == name.value()));
        if !named {
            return;
        }
        struct Value;
        impl VisitMut for Value {
            fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
                if let Some(receiver) = to_string_receiver(expr) {
                    let receiver = receiver.clone();
                    *expr = syn::parse_quote! { ::client_runtime::header_list(&#receiver) };
                    return;
                }
                syn::visit_mut::visit_expr_mut(self, expr);
            }
        }
        if let Some(value) = call.args.iter_mut().nth(1) {
            Value.visit_expr_mut(value);
        }
    }
}
