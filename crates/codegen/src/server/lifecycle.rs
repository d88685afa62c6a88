//! The lifecycle on the generated server's wire: a deprecated operation's `OperationInfo`
//! carries its [`rt::Deprecation`] (the headers every answer gets), and an operation with
//! deprecated parameters or body properties puts the ones a request used on the answer
//! ([`rt::DeprecatedUses`], nothing allocated when it used none).

use proc_macro2::TokenStream;
use quote::quote;

use super::Op;
use crate::{
    model::{self, BodyKind},
    openapi::In,
};

/// The `deprecation` and `stability` fields of an operation's `OperationInfo`.
pub(super) fn info_fields(api: &model::Api<'_>, op: &model::Operation<'_>) -> TokenStream {
    let stability = op.stability.as_str();
    let deprecation = match &op.deprecation {
        None => quote! { None },
        Some(deprecation) => {
            let mut headers = Vec::new();
            if let Some(value) = deprecation.header() {
                headers.push(quote! { ("deprecation", #value) });
            }
            if let Some(value) = deprecation.sunset_header() {
                headers.push(quote! { ("sunset", #value) });
            }
            let own = format!(
                "</openapi.json#{}>; rel=\"deprecation\"; type=\"application/json\"",
                fragment(&op.pointer)
            );
            headers.push(quote! { ("link", #own) });
            if let Some(replacement) = deprecation
                .replaced_by
                .and_then(|id| api.operations.iter().find(|other| other.id == id))
            {
                let successor = format!(
                    "</openapi.json#{}>; rel=\"successor-version\"; title=\"{}\"",
                    fragment(&replacement.pointer),
                    replacement.id
                );
                headers.push(quote! { ("link", #successor) });
            }
            let option = |value: Option<&str>| match value {
                Some(value) => quote! { Some(#value) },
                None => quote! { None },
            };
            let (since, sunset, by) = (
                option(deprecation.since),
                option(deprecation.sunset),
                option(deprecation.replaced_by),
            );
            quote! {
                Some(rt::Deprecation {
                    since: #since,
                    sunset: #sunset,
                    replaced_by: #by,
                    headers: &[#(#headers),*],
                })
            }
        }
    };
    quote! { deprecation: #deprecation, stability: #stability, }
}

/// A JSON pointer as a URI fragment: what a fragment may not hold, percent-encoded.
fn fragment(pointer: &str) -> String {
    let mut out = String::new();
    for byte in pointer.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// For an operation with deprecated parameters or body properties: the statement computing
/// which the request used (after the body is read, before it is typed), and the answer with
/// them on its extensions. `None` for every other operation: nothing is computed.
pub(super) fn uses(op: &Op<'_>) -> Option<(TokenStream, TokenStream)> {
    let mut labels: Vec<String> = Vec::new();
    let mut tests = Vec::new();
    for param in op.params.iter().filter(|p| p.model.deprecation.is_some()) {
        let name = param.model.name;
        let (place, test) = match param.model.location {
            In::Query => ("query", quote! { !__query.values(#name).is_empty() }),
            In::Header => ("header", quote! { __parts.headers.contains_key(#name) }),
            In::Path => ("path", quote! { true }),
            In::Cookie => ("cookie", quote! { false }),
        };
        labels.push(format!("{place}.{name}"));
        tests.push(test);
    }
    if let Some(body) = op.model.body.as_ref()
        && !matches!(body.kind, BodyKind::Raw(_))
    {
        for property in &body.deprecated {
            let pointer = &property.pointer;
            labels.push(property.label.clone());
            tests.push(quote! { rt::body_has(body.as_ref(), #pointer) });
        }
    }
    if labels.is_empty() {
        return None;
    }
    let compute = quote! {
        let mut __uses = rt::DeprecatedUses::default();
        #(__uses.note(#tests, #labels);)*
    };
    let answer = quote! {
        let mut __answered = __answer.into_response();
        __answered.extensions_mut().insert(__uses);
        __answered
    };
    Some((compute, answer))
}
