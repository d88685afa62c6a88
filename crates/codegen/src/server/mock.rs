//! The `mock` module of a generated server: an implementation of the API's trait that answers
//! every operation from the spec (the preferred or first example, else a value made from the
//! answer's schema), behind the same generated router, with `Prefer: code=…, example=…`
//! read by `server_runtime::mock::layer`.

use super::*;
use crate::openapi::In;

/// One operation's generated pieces.
pub(super) struct OperationCode {
    pub(super) module: TokenStream,
    pub(super) method: TokenStream,
    pub(super) handler: TokenStream,
    pub(super) mock_method: TokenStream,
    pub(super) mock_documented: TokenStream,
}

/// One documented answer, as the mock makes it.
pub(super) struct MockAnswer {
    pub(super) variant: syn::Ident,
    pub(super) status: Status,
    pub(super) body: MockBody,
    /// Example name and JSON text.
    pub(super) examples: Vec<(String, String)>,
    /// The headers struct and the mock's value of each of its fields.
    pub(super) headers: Option<(syn::Ident, Vec<(syn::Ident, TokenStream)>)>,
}

pub(super) enum MockBody {
    None,
    /// A JSON body of the answer's type; the schema static it is checked against, if any.
    Typed(Option<syn::Ident>),
    /// Bytes of another media type.
    Raw,
    /// The bytes of a JSON body (a JSON media type progenitor reads as raw bytes); the schema
    /// static it is made from and checked against, if any.
    RawJson(Option<syn::Ident>),
    /// Server-sent events: the data's schema static, and the event names the spec lists.
    Events {
        schema: Option<syn::Ident>,
        names: Vec<String>,
    },
}

impl Server<'_> {
    /// A media type's examples: `example` (named `example`), then `examples` by name, as
    /// JSON text; references to `components/examples` resolved. For a JSON body (`checked`),
    /// only those that match the schema: the mock never answers what its own router would
    /// call a broken contract (codegen reports the others, `codegen::check_examples`).
    pub(super) fn examples(
        &self,
        media: &openapiv3::MediaType,
        checked: bool,
    ) -> Vec<(String, String)> {
        let matches = |value: &serde_json::Value| match (&media.schema, checked) {
            (Some(schema), true) => self.examples.matches(schema, value),
            _ => true,
        };
        let mut out = Vec::new();
        if let Some(value) = media.example.as_ref().filter(|value| matches(value)) {
            out.push(("example".to_owned(), value.to_string()));
        }
        for (name, example) in &media.examples {
            let example = resolve(self.document, example);
            if let Some(value) = example
                .and_then(|example| example.value.as_ref())
                .filter(|value| matches(value))
            {
                out.push((name.clone(), value.to_string()));
            }
        }
        out
    }

    /// The mock's trait method for `op`, and its entry of the documented answers.
    pub(super) fn mock_method(
        &self,
        op: &Op<'_>,
        answers: &[MockAnswer],
    ) -> (TokenStream, TokenStream) {
        let module = ident(&op.model.method_name);
        let method = ident(&op.model.method_name);
        let context = if op.model.security.is_empty() {
            quote! {}
        } else {
            quote! { _context: Self::Context, }
        };
        let default_code = default_code(answers);
        let answer = |answer: &MockAnswer, status: TokenStream| {
            let variant = &answer.variant;
            let names = answer.examples.iter().map(|(name, _)| name);
            let texts = answer.examples.iter().map(|(_, text)| text);
            let examples = quote! { &[#((#names, #texts)),*] };
            let body = match &answer.body {
                MockBody::None => None,
                MockBody::Typed(schema) | MockBody::RawJson(schema) => {
                    let schema = match schema {
                        Some(schema) => quote! { Some(&super::schemas::#schema) },
                        None => quote! { None },
                    };
                    Some(match &answer.body {
                        MockBody::RawJson(_) => quote! {
                            rt::mock::json_bytes(#schema, #examples, #status, &__facts)
                        },
                        _ => quote! { rt::mock::typed(#schema, #examples, #status, &__facts) },
                    })
                }
                MockBody::Raw => Some(quote! { rt::mock::raw(#examples) }),
                MockBody::Events { schema, names } => {
                    let schema = match schema {
                        Some(schema) => quote! { Some(&super::schemas::#schema) },
                        None => quote! { None },
                    };
                    let last = match &op.model.last_event_id {
                        Some(field) => {
                            let field = ident(field);
                            quote! { rt::sse::last_event_id(&request.#field).as_deref() }
                        }
                        None => quote! { None },
                    };
                    Some(quote! { rt::mock::events(#schema, &[#(#names),*], #last) })
                }
            };
            let headers = match &answer.headers {
                Some((name, fields)) => {
                    let (fields, values): (Vec<_>, Vec<_>) = fields.iter().cloned().unzip();
                    quote! { #module::#name { #(#fields: #values),* } }
                }
                None => quote! {},
            };
            let fields = super::headers::Fields {
                status: !matches!(answer.status, Status::Code(_)),
                body: body.is_some(),
                headers: answer.headers.is_some(),
            };
            let made = fields.tuple(status, body.unwrap_or_default(), headers);
            quote! { #module::Response::#variant #made }
        };
        let mut arms = Vec::new();
        let mut catch_all = None;
        for each in answers {
            match each.status {
                Status::Code(code) => {
                    let made = answer(each, quote! { #code });
                    arms.push(quote! { #code => #made, });
                }
                Status::Range(hundreds) => {
                    let made = answer(each, quote! { __status });
                    arms.push(quote! { __status if __status / 100 == #hundreds => #made, });
                }
                Status::Default => {
                    let made = answer(each, quote! { __status });
                    catch_all = Some(quote! { __status => #made, });
                }
            }
        }
        // A status the layer let through is documented; the last arm is `default`'s, or the
        // default answer again.
        let catch_all = catch_all.unwrap_or_else(|| {
            let fallback = answers
                .iter()
                .find(|each| matches!(each.status, Status::Code(code) if code == default_code))
                .or_else(|| answers.first());
            match fallback {
                Some(each) => {
                    let made = answer(each, quote! { #default_code });
                    quote! { _ => #made, }
                }
                None => quote! { _ => unreachable!("an operation documents an answer"), },
            }
        });
        let facts = facts(op);
        let typed = answers
            .iter()
            .any(|each| matches!(each.body, MockBody::Typed(_) | MockBody::RawJson(_)));
        let streams = answers
            .iter()
            .any(|each| matches!(each.body, MockBody::Events { .. }));
        let (request, facts) = match (typed, facts.is_empty()) {
            (false, _) => (quote! { _request }, quote! {}),
            (true, true) => (
                quote! { _request },
                quote! { let __facts = rt::mock::Facts::new(); },
            ),
            (true, false) => (
                quote! { request },
                quote! { let __facts = rt::mock::Facts::new() #(#facts)*; },
            ),
        };
        // An event stream resumes after the request's `Last-Event-ID`.
        let request = if streams {
            quote! { request }
        } else {
            request
        };
        let method_tokens = quote! {
            async fn #method(&self, #context #request: #module::Request) -> #module::Response {
                #facts
                match rt::mock::choice().code.unwrap_or(#default_code) {
                    #(#arms)*
                    #catch_all
                }
            }
        };
        // The route the router matched (the layer finds the operation by it).
        let (method_name, path) = (op.model.method.upper(), op.model.route.as_str());
        let responses = answers.iter().map(|each| {
            let written = each.status.text();
            let names = each.examples.iter().map(|(name, _)| name);
            quote! { (#written, &[#(#names),*]) }
        });
        let documented = quote! {
            rt::mock::Documented {
                method: #method_name,
                path: #path,
                responses: &[#(#responses),*],
                default_code: #default_code,
            }
        };
        (method_tokens, documented)
    }

    /// The `mock` module: the implementation, the documented answers and its routers.
    pub(super) fn mock_module(
        &self,
        secured: bool,
        methods: &[TokenStream],
        documented: &[TokenStream],
    ) -> TokenStream {
        let trait_name = &self.trait_name;
        let empty = self.schemes.iter().filter(|scheme| !scheme.basic && !scheme.transport).map(|scheme| {
            let variant = &scheme.variant;
            quote! { Credential::#variant(value) if value.is_empty() => Err(rt::AuthError::Rejected), }
        });
        let authenticate = if secured {
            quote! {
                type Context = ();

                /// Any non-empty credential is accepted (the router answers 401 when a
                /// request has none), and `mutualTLS`'s empty one.
                async fn authenticate(&self, credential: Credential) -> ::std::result::Result<(), rt::AuthError> {
                    #[allow(unreachable_patterns)]
                    match &credential {
                        #(#empty)*
                        _ => Ok(()),
                    }
                }
            }
        } else {
            quote! {}
        };
        quote! {
            /// A mock of the whole API, from the spec alone: every operation answers its
            /// first documented success with the response's first example, else a value made
            /// from its schema (the same request, the same value). `Prefer: code=404` picks
            /// another documented status and `Prefer: example=name` a named example; an
            /// undocumented one answers 400 naming those documented. Requests go through the
            /// same router as a real implementation's: validated, authenticated, and the
            /// mock's answers checked against the spec.
            pub mod mock {
                use super::*;

                /// The mock implementation; serve it with [`router`].
                #[derive(Clone, Copy, Debug, Default)]
                pub struct Mock;

                impl #trait_name for Mock {
                    #authenticate
                    #(#methods)*
                }

                /// Every operation's documented answers and their examples.
                pub const DOCUMENTED: &[rt::mock::Documented] = &[#(#documented),*];

                /// The mock behind the generated router, seed 0.
                pub fn router() -> ::axum::Router {
                    router_with_seed(0)
                }

                /// The mock behind the generated router; `seed` varies the values made from
                /// schemas (examples stay as written).
                pub fn router_with_seed(seed: u64) -> ::axum::Router {
                    rt::mock::layer(
                        super::router(::std::sync::Arc::new(Mock)),
                        seed,
                        DOCUMENTED,
                        super::reject,
                    )
                }
            }
        }
    }
}

/// The status answered without `Prefer: code`: the first success documented by its code,
/// else 200 for a `2XX` or `default`, else the first code documented.
/// The calls that build the operation's `rt::mock::Facts`: each path parameter echoed by its
/// name (and as `id`, when the template ends with it), and the page a paginated list asks for.
fn facts(op: &Op<'_>) -> Vec<TokenStream> {
    let mut calls = Vec::new();
    for parameter in &op.model.parameters {
        if parameter.location != In::Path {
            continue;
        }
        let (name, field) = (parameter.name, ident(&parameter.field));
        calls.push(quote! { .echo(#name, &request.#field) });
        let last = op.model.path.ends_with(&format!("{{{name}}}"));
        if last && name != "id" {
            calls.push(quote! { .echo("id", &request.#field) });
        }
    }
    if let Some(pagination) = &op.model.pagination {
        let size = ident(&pagination.size.field);
        let default_size = match pagination.size.default {
            Some(size) => quote! { Some(#size) },
            None => quote! { None },
        };
        calls.push(match &pagination.style {
            crate::model::PageStyle::PageNumber { page } => {
                let (page_field, first) = (ident(&page.field), page.default.unwrap_or(1));
                quote! { .page(&request.#page_field, &request.#size, #first, #default_size) }
            }
            // The mock's cursors are offsets; its success's `Link` names the next one
            // (`headers.rs`).
            crate::model::PageStyle::Cursor { cursor } => {
                let cursor = ident(&cursor.field);
                quote! { .cursor_page(&request.#cursor, &request.#size, #default_size) }
            }
        });
    }
    calls
}

fn default_code(answers: &[MockAnswer]) -> u16 {
    let codes = || {
        answers.iter().filter_map(|each| match each.status {
            Status::Code(code) => Some(code),
            _ => None,
        })
    };
    codes()
        .find(|code| (200..300).contains(code))
        .or_else(|| {
            answers
                .iter()
                .any(|each| matches!(each.status, Status::Range(2) | Status::Default))
                .then_some(200)
        })
        .or_else(|| codes().next())
        .unwrap_or(200)
}
