//! A status's documented response headers: the `<Variant>Headers` struct its variant holds
//! beside the body, how the router writes it, how it is checked, and what the mock puts in it.

use super::*;
use crate::model::{HeaderKind, ResponseHeader, Scalar};

/// One status's headers struct, as the rest of its variant's code needs it.
pub(super) struct HeadersCode {
    /// The struct's name in the operation's module (`TooManyRequestsHeaders`).
    pub(super) name: syn::Ident,
    /// Whether every header is optional: the struct is `Default`, and an error answer can be
    /// made with no header.
    pub(super) defaultable: bool,
    /// The struct and its `impl`, for the operation's module.
    pub(super) item: TokenStream,
    /// The mock's value of each field.
    pub(super) mock_fields: Vec<(syn::Ident, TokenStream)>,
}

impl Server<'_> {
    /// The headers struct of `status`'s variant, or `None` when it documents no header.
    pub(super) fn headers(
        &self,
        op: &Op<'_>,
        status: Status,
        headers: &[ResponseHeader<'_>],
        statics: &mut Statics,
    ) -> Option<HeadersCode> {
        if headers.is_empty() {
            return None;
        }
        let name = ident(&format!("{}Headers", status.variant()));
        let op_prefix = naming::operation_static_prefix(op.model.id);
        let defaultable = headers.iter().all(|header| !header.required);
        let (mut fields, mut writes, mut checks, mut mock_fields) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for header in headers {
            let field = ident(&header.field);
            let rust = rust_type(header.kind);
            let (written, lower) = (header.name, header.name.to_ascii_lowercase());
            let doc = doc_attr(&format!(
                "`{written}`{}{}",
                if header.required { " (required)" } else { "" },
                header
                    .description
                    .map(|text| format!(": {}", text.trim()))
                    .unwrap_or_default()
            ));
            let schema = header.schema.and_then(|schema| {
                let expression = statics.schema(self.spec, schema).ok()?;
                let static_ident = ident(&format!(
                    "{op_prefix}__HEADER_{}_{}",
                    status.text().to_uppercase(),
                    header.field.to_uppercase()
                ));
                statics
                    .items
                    .push(quote! { pub static #static_ident: Schema = #expression; });
                Some(static_ident)
            });
            let schema_arg = match &schema {
                Some(schema) => quote! { Some(&super::schemas::#schema) },
                None => quote! { None },
            };
            if header.required {
                fields.push(quote! { #doc pub #field: #rust, });
                mock_fields.push((
                    field.clone(),
                    match (&schema, header.kind) {
                        (Some(schema), _) => {
                            quote! { rt::mock::header(&super::schemas::#schema) }
                        }
                        (None, HeaderKind::Raw) => quote! { ::std::string::String::from("mock") },
                        (None, _) => quote! { ::std::default::Default::default() },
                    },
                ));
            } else {
                fields.push(quote! { #doc pub #field: ::std::option::Option<#rust>, });
                mock_fields.push((field.clone(), mock_optional(op, status, header)));
            }
            writes.push(quote! { rt::write_header(headers, #lower, &self.#field); });
            checks.push(
                quote! { rt::check_header(&mut violations, #written, #schema_arg, &self.#field); },
            );
        }
        let derive = if defaultable {
            quote! { #[derive(Clone, Debug, Default, PartialEq)] }
        } else {
            quote! { #[derive(Clone, Debug, PartialEq)] }
        };
        let doc = format!(
            " The headers of the {} answer, as the spec documents them: the router writes \
             each one present (a list comma-separated); with response validation on, each is \
             checked against its schema first.",
            status.text()
        );
        let item = quote! {
            #[doc = #doc]
            #derive
            pub struct #name {
                #(#fields)*
            }

            impl #name {
                fn write(&self, headers: &mut ::axum::http::HeaderMap) {
                    use ::server_runtime as rt;
                    #(#writes)*
                }

                /// Checks each header present: a writable value that satisfies its schema.
                pub fn check(&self) -> ::std::result::Result<(), ::std::vec::Vec<::server_runtime::ContractViolation>> {
                    use ::server_runtime as rt;
                    let mut violations = ::std::vec::Vec::new();
                    #(#checks)*
                    rt::header_violations(violations)
                }
            }
        };
        Some(HeadersCode {
            name,
            defaultable,
            item,
            mock_fields,
        })
    }
}

/// The mock's value of an optional header: the next page's link of a cursor-paginated list's
/// success (`Link`, a string), else none.
fn mock_optional(op: &Op<'_>, status: Status, header: &ResponseHeader<'_>) -> TokenStream {
    let cursor = op
        .model
        .pagination
        .as_ref()
        .and_then(|pagination| match &pagination.style {
            crate::model::PageStyle::Cursor { cursor } => Some(cursor.name.as_str()),
            crate::model::PageStyle::PageNumber { .. } => None,
        });
    match cursor {
        Some(param)
            if status.code().is_some_and(|code| (200..300).contains(&code))
                && header.name.eq_ignore_ascii_case("link")
                && header.kind == HeaderKind::One(Scalar::Text) =>
        {
            let path = op.model.path;
            quote! { __facts.next_link(#path, #param) }
        }
        _ => quote! { ::std::option::Option::None },
    }
}

fn rust_type(kind: HeaderKind) -> TokenStream {
    let scalar = |scalar: Scalar| match scalar {
        Scalar::Text => quote! { ::std::string::String },
        Scalar::Integer => quote! { i64 },
        Scalar::Number => quote! { f64 },
        Scalar::Boolean => quote! { bool },
    };
    match kind {
        HeaderKind::One(one) => scalar(one),
        HeaderKind::List(item) => {
            let item = scalar(item);
            quote! { ::std::vec::Vec<#item> }
        }
        HeaderKind::Raw => quote! { ::std::string::String },
    }
}

/// Which fields a variant holds, in order: a range's or `default`'s status, the body, the
/// headers.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    pub(super) status: bool,
    pub(super) body: bool,
    pub(super) headers: bool,
}

impl Fields {
    /// `(status, body, headers)` with only the fields this variant holds; nothing for none.
    pub(super) fn tuple(
        self,
        status: TokenStream,
        body: TokenStream,
        headers: TokenStream,
    ) -> TokenStream {
        let parts: Vec<TokenStream> = [
            (self.status, status),
            (self.body, body),
            (self.headers, headers),
        ]
        .into_iter()
        .filter_map(|(held, part)| held.then_some(part))
        .collect();
        if parts.is_empty() {
            quote! {}
        } else {
            quote! { (#(#parts),*) }
        }
    }
}
