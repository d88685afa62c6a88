//! The client crate's source: progenitor, driven as a library, plus our three-state structs.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;

use crate::{
    CodegenError, Spec,
    pointer::escape_token,
    render,
    three_state::{self, PATCH_TYPE, ThreeStateStruct},
};

/// Renders the client source file for `spec`: a progenitor client in the builder style
/// (`client.list_pets().limit(20).send()`), its `types` module, and a `Patch<T>` type
/// for optional nullable body fields. `command` is named in the header as the way to
/// regenerate the file.
///
/// The file must be mounted as a module whose `types` submodule stays reachable as `types`
/// from the module itself (for example `mod generated; pub use generated::*;`).
pub fn client_file(spec: &Spec, command: &str) -> Result<String, CodegenError> {
    render_client(spec, command, &client_syntax(spec)?)
}

pub(crate) fn render_client(
    spec: &Spec,
    command: &str,
    client: &syn::File,
) -> Result<String, CodegenError> {
    // Retries, tracing and page streams through `client_runtime` (the server generator reads
    // progenitor's syntax without them).
    let mut client = client.clone();
    crate::client_hooks::wire(spec, &mut client)?;
    let client = &client;
    Ok(render::syntax(
        &spec.source_name,
        command,
        "#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns)]",
        client,
    ))
}

/// progenitor's output with the three-state structs added, as syntax: the server generator
/// reads its `types` module and the builders' field types from it.
pub(crate) fn client_syntax(spec: &Spec) -> Result<syn::File, CodegenError> {
    let document = &spec.document;
    let clash = document.components.as_ref().and_then(|components| {
        components
            .schemas
            .keys()
            .find(|name| crate::naming::type_name(name) == PATCH_TYPE)
    });
    if let Some(name) = clash {
        return Err(CodegenError::Unsupported {
            source_name: spec.source_name.clone(),
            pointer: format!("/components/schemas/{}", escape_token(name)),
            location: None,
            construct: format!("schema name {name:?}"),
            reason: format!("{PATCH_TYPE} is the generated three-state field type"),
        }
        .located(&spec.locations));
    }
    let mut file = client_without_auth(spec)?;
    if let Some(auth) = auth_module(document) {
        file.items
            .push(syn::parse2(auth).map_err(|err| CodegenError::Generator {
                source_name: spec.source_name.clone(),
                message: format!("the auth module does not parse: {err}"),
            })?);
    }
    Ok(file)
}

fn client_without_auth(spec: &Spec) -> Result<syn::File, CodegenError> {
    let document = &spec.document;
    let three_state = three_state::find(document);
    if three_state.is_empty() {
        return parse(spec, generate(spec, &settings(&[]))?);
    }

    // First pass: typify's own view of the structs we are about to replace. The component
    // types are all it needs, so the operations are left out (half the cost of a big spec).
    let mut first = Generator::new(&settings(&[]));
    let mut components_only = spec.document.clone();
    components_only.paths.paths.clear();
    let first_file = parse(spec, run_on(spec, &components_only, &mut first)?)?;
    let structs = three_state
        .iter()
        .map(|target| {
            three_state::struct_tokens(&spec.source_name, document, target, first.get_type_space())
        })
        .collect::<Result<Vec<_>, _>>()?;

    let mut file = parse(spec, generate(spec, &settings(&three_state))?)?;
    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "types" => module.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| CodegenError::Generator {
            source_name: spec.source_name.clone(),
            message: "progenitor's output has no `types` module".to_owned(),
        })?;
    let patch = three_state::patch_type();
    let added: syn::File = syn::parse2(quote! {
        // The replaced structs are named `types::X` everywhere, here too.
        use super::types;
        #patch
        #(#structs)*
    })
    .map_err(|err| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("three-state structs do not parse: {err}"),
    })?;
    let added_items = &added.items;
    let mentioned = quote! { #(#added_items)* }.to_string();
    types.1.extend(added.items);
    // The builders name the replaced structs `types::X` too.
    if let Some((_, builder_items)) = types.1.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "builder" => module.content.as_mut(),
        _ => None,
    }) {
        builder_items.insert(
            0,
            syn::parse_quote! {
                #[allow(unused_imports)]
                use super::super::types;
            },
        );
    }
    carry_over(types, &first_file, mentioned);
    Ok(file)
}

/// The types of the first pass that the three-state structs name and the second pass did not
/// generate (typify names an inline type after the schema it meets it in first, which the
/// replacement changes), copied with their impls: every `types::X` the structs name exists.
fn carry_over(
    types: &mut (syn::token::Brace, Vec<syn::Item>),
    first: &syn::File,
    mentioned: String,
) {
    use std::collections::BTreeSet;
    let Some(first_types) = first.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => module.content.as_ref(),
        _ => None,
    }) else {
        return;
    };
    let name_of = |item: &syn::Item| -> Option<String> {
        match item {
            syn::Item::Struct(item) => Some(item.ident.to_string()),
            syn::Item::Enum(item) => Some(item.ident.to_string()),
            syn::Item::Type(item) => Some(item.ident.to_string()),
            _ => None,
        }
    };
    let impl_of = |item: &syn::Item| -> Option<String> {
        let syn::Item::Impl(block) = item else {
            return None;
        };
        let syn::Type::Path(path) = &*block.self_ty else {
            return None;
        };
        path.path
            .segments
            .last()
            .map(|segment| segment.ident.to_string())
    };
    let defined: BTreeSet<String> = types.1.iter().filter_map(name_of).collect();
    let available: BTreeSet<String> = first_types.1.iter().filter_map(name_of).collect();
    // Names the three-state structs mention as `types :: X`, resolved to a fixed point.
    let mut wanted: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    let mentions = |tokens: String, out: &mut Vec<String>| {
        let mut words = tokens.split_whitespace().peekable();
        while let Some(word) = words.next() {
            if word == "types" && words.peek() == Some(&"::") {
                words.next();
                if let Some(name) = words.next() {
                    out.push(name.to_owned());
                }
            }
        }
    };
    mentions(mentioned, &mut wanted);
    let mut copied = Vec::new();
    let mut copied_names = BTreeSet::new();
    while let Some(name) = wanted.pop() {
        if defined.contains(&name) || !available.contains(&name) || !seen.insert(name.clone()) {
            continue;
        }
        for item in &first_types.1 {
            if name_of(item).as_deref() == Some(name.as_str())
                || impl_of(item).as_deref() == Some(name.as_str())
            {
                mentions(quote! { #item }.to_string(), &mut wanted);
                // Inside `types`, the copies name their neighbours unqualified.
                mentions_plain(item, &available, &mut wanted);
                copied.push(item.clone());
                copied_names.insert(name.clone());
            }
        }
    }
    // A copied struct's builder (`types::builder::X`, named by its `builder()`) comes along.
    let builder_of = |items: &[syn::Item]| -> Option<usize> {
        items
            .iter()
            .position(|item| matches!(item, syn::Item::Mod(module) if module.ident == "builder"))
    };
    let first_builders = builder_of(&first_types.1)
        .and_then(|at| match &first_types.1[at] {
            syn::Item::Mod(module) => module.content.as_ref().map(|(_, items)| items.clone()),
            _ => None,
        })
        .unwrap_or_default();
    types.1.extend(copied);
    if let Some(at) = builder_of(&types.1)
        && let syn::Item::Mod(module) = &mut types.1[at]
        && let Some((_, builders)) = module.content.as_mut()
    {
        let present: BTreeSet<String> = builders.iter().filter_map(name_of).collect();
        for item in &first_builders {
            let named = name_of(item).or_else(|| impl_of(item));
            if let Some(named) = named
                && copied_names.contains(&named)
                && !present.contains(&named)
            {
                builders.push(item.clone());
            }
        }
    }
}

/// Bare identifiers of types the first pass defined, as an item names them from inside the
/// `types` module.
fn mentions_plain(
    item: &syn::Item,
    available: &std::collections::BTreeSet<String>,
    out: &mut Vec<String>,
) {
    for token in quote! { #item }
        .to_string()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
    {
        if available.contains(token) {
            out.push(token.to_owned());
        }
    }
}

fn parse(spec: &Spec, tokens: TokenStream) -> Result<syn::File, CodegenError> {
    let mut file: syn::File = syn::parse2(tokens).map_err(|err| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("progenitor's output does not parse: {err}"),
    })?;
    syn::visit_mut::VisitMut::visit_file_mut(&mut MethodsReqwestLacks, &mut file);
    Ok(file)
}

/// progenitor calls `client.client.options(url)` and `.trace(url)`, which `reqwest::Client`
/// does not have: those become `.request(reqwest::Method::OPTIONS, url)`.
struct MethodsReqwestLacks;

impl syn::visit_mut::VisitMut for MethodsReqwestLacks {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        syn::visit_mut::visit_expr_method_call_mut(self, call);
        let method = match call.method.to_string().as_str() {
            "options" => quote! { OPTIONS },
            "trace" => quote! { TRACE },
            _ => return,
        };
        let receiver = &call.receiver;
        if quote! { #receiver }.to_string() != "client . client" || call.args.len() != 1 {
            return;
        }
        call.method = syn::Ident::new("request", call.method.span());
        call.args
            .insert(0, syn::parse_quote! { ::reqwest::Method::#method });
    }
}

/// The settings every generated crate shares, so that client and server types agree.
pub(crate) fn settings(three_state: &[ThreeStateStruct]) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq");
    for target in three_state {
        settings.with_replacement(
            &target.rust_name,
            format!("types::{}", target.rust_name),
            std::iter::empty::<TypeImpl>(),
        );
    }
    settings
}

fn generate(spec: &Spec, settings: &GenerationSettings) -> Result<TokenStream, CodegenError> {
    let mut generator = Generator::new(settings);
    run(spec, &mut generator)
}

/// Runs progenitor, turning its errors and panics into ours.
fn run(spec: &Spec, generator: &mut Generator) -> Result<TokenStream, CodegenError> {
    run_on(spec, &spec.document, generator)
}

fn run_on(
    spec: &Spec,
    document: &openapiv3::OpenAPI,
    generator: &mut Generator,
) -> Result<TokenStream, CodegenError> {
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message,
    };
    match catch_unwind(AssertUnwindSafe(|| generator.generate_tokens(document))) {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(err)) => Err(fail(err.to_string())),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(fail(format!("progenitor panicked: {message}")))
        }
    }
}

/// The client's `auth` module: one builder method per security scheme of the document that
/// travels in a header or cookie, setting the default headers of the underlying
/// `reqwest::Client` (marked sensitive). `apiKey`s in the query are not covered: progenitor's
/// requests have no hook for them here.
fn auth_module(document: &openapiv3::OpenAPI) -> Option<TokenStream> {
    use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme};
    let schemes = &document.components.as_ref()?.security_schemes;
    let mut methods = Vec::new();
    let mut taken: std::collections::BTreeSet<String> =
        ["new", "headers", "into_client", "header", "cookie"]
            .into_iter()
            .map(str::to_owned)
            .collect();
    for (name, scheme) in schemes {
        let ReferenceOr::Item(scheme) = scheme else {
            continue;
        };
        let method = crate::naming::unique(crate::naming::function_name(name), &mut taken);
        let method = quote::format_ident!("{}", method);
        let tokens = match scheme {
            SecurityScheme::APIKey {
                location: APIKeyLocation::Header,
                name: header,
                ..
            } => {
                let header = header.to_ascii_lowercase();
                if http::HeaderName::from_bytes(header.as_bytes()).is_err() {
                    continue;
                }
                let doc = format!("`{name}`: the API key, sent in the `{header}` header.");
                quote! {
                    #[doc = #doc]
                    pub fn #method(self, key: &str) -> Result<Self, InvalidHeaderValue> {
                        self.header(#header, key)
                    }
                }
            }
            SecurityScheme::APIKey {
                location: APIKeyLocation::Cookie,
                name: cookie,
                ..
            } => {
                let doc = format!("`{name}`: the API key, sent as the `{cookie}` cookie.");
                quote! {
                    #[doc = #doc]
                    pub fn #method(self, key: &str) -> Result<Self, InvalidHeaderValue> {
                        self.cookie(#cookie, key)
                    }
                }
            }
            SecurityScheme::APIKey { .. } => continue,
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                let doc = format!("`{name}`: HTTP basic authentication.");
                quote! {
                    #[doc = #doc]
                    pub fn #method(self, username: &str, password: &str) -> Result<Self, InvalidHeaderValue> {
                        let encoded = base64(format!("{username}:{password}").as_bytes());
                        self.header("authorization", &format!("Basic {encoded}"))
                    }
                }
            }
            SecurityScheme::HTTP { scheme, .. } => {
                let scheme = if scheme.eq_ignore_ascii_case("bearer") {
                    "Bearer".to_owned()
                } else {
                    scheme.clone()
                };
                let doc = format!("`{name}`: `Authorization: {scheme} <credentials>`.");
                quote! {
                    #[doc = #doc]
                    pub fn #method(self, credentials: &str) -> Result<Self, InvalidHeaderValue> {
                        self.header("authorization", &format!("{} {credentials}", #scheme))
                    }
                }
            }
            SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => {
                let doc = format!("`{name}`: an access token, as `Authorization: Bearer <token>`.");
                quote! {
                    #[doc = #doc]
                    pub fn #method(self, token: &str) -> Result<Self, InvalidHeaderValue> {
                        self.header("authorization", &format!("Bearer {token}"))
                    }
                }
            }
        };
        methods.push(tokens);
    }
    if methods.is_empty() {
        return None;
    }
    Some(quote! {
        /// Credentials for the spec's security schemes, sent as default headers of the
        /// underlying `reqwest::Client`: `auth::Credentials::new().bearer(token)?.into_client(url)?`.
        #[allow(dead_code)]
        pub mod auth {
            use reqwest::header::{HeaderMap, HeaderName, HeaderValue, InvalidHeaderValue};

            /// Headers and cookies to send with every request.
            #[derive(Clone, Default)]
            pub struct Credentials {
                headers: HeaderMap,
                cookies: Vec<String>,
            }

            impl std::fmt::Debug for Credentials {
                /// Names the headers, never their values.
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_list().entries(self.headers.keys()).finish()
                }
            }

            impl Credentials {
                /// No credentials yet.
                pub fn new() -> Self {
                    Self::default()
                }

                #(#methods)*

                fn header(mut self, name: &'static str, value: &str) -> Result<Self, InvalidHeaderValue> {
                    let mut value = HeaderValue::from_str(value)?;
                    value.set_sensitive(true);
                    self.headers.insert(HeaderName::from_static(name), value);
                    Ok(self)
                }

                fn cookie(mut self, name: &str, value: &str) -> Result<Self, InvalidHeaderValue> {
                    self.cookies.push(format!("{name}={value}"));
                    let mut cookie = HeaderValue::from_str(&self.cookies.join("; "))?;
                    cookie.set_sensitive(true);
                    self.headers.insert(reqwest::header::COOKIE, cookie);
                    Ok(self)
                }

                /// The headers every request will carry.
                pub fn headers(&self) -> HeaderMap {
                    self.headers.clone()
                }

                /// A client for `baseurl` that sends these credentials.
                pub fn into_client(self, baseurl: &str) -> Result<super::Client, reqwest::Error> {
                    let client = reqwest::Client::builder().default_headers(self.headers).build()?;
                    Ok(super::Client::new_with_client(baseurl, client))
                }
            }

            /// Standard base64 with padding (RFC 4648 §4).
            fn base64(bytes: &[u8]) -> String {
                const ALPHABET: &[u8; 64] =
                    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
                for chunk in bytes.chunks(3) {
                    let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
                    for i in 0..4 {
                        if i <= chunk.len() {
                            out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
                        } else {
                            out.push('=');
                        }
                    }
                }
                out
            }
        }
    })
}
