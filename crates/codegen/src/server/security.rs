//! Security schemes: the generated `Credential` enum, the `authenticate` hook, and each
//! operation's requirements as `rt::Requirements` statics.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{
    model::{Api, SchemeKind},
    naming,
    openapi::In,
};

/// One scheme of `components/securitySchemes`.
pub(super) struct Scheme {
    /// The scheme's name in the document.
    pub name: String,
    pub variant: syn::Ident,
    /// `rt::Source::…` for where its credential travels.
    source: TokenStream,
    /// What the request presents: a string, or for `basic` a user and a password.
    pub basic: bool,
    /// A line for the variant's documentation.
    doc: String,
    /// What a request must send, for the 401's message (`the X-API-Key header`).
    wants: String,
    /// The header of an `apiKey` in a header.
    header: Option<String>,
    /// `mutualTLS`: nothing in the request, an empty credential.
    pub transport: bool,
}

/// The model's schemes, as the server names and reads them.
pub(super) fn schemes(api: &Api<'_>) -> Vec<Scheme> {
    api.schemes
        .iter()
        .map(|scheme| {
            let name = scheme.name;
            let mut header = None;
            let (source, basic, doc, wants) = match scheme.kind {
                SchemeKind::ApiKey {
                    location,
                    name: key,
                } => {
                    let (source, place) = match location {
                        In::Header => {
                            header = Some(key.to_owned());
                            (quote! { Header(#key) }, "header")
                        }
                        In::Query => (quote! { Query(#key) }, "query parameter"),
                        In::Cookie | In::Path => (quote! { Cookie(#key) }, "cookie"),
                    };
                    let doc = format!("The API key sent in the `{key}` {place}.");
                    (source, false, doc, format!("the {key} {place}"))
                }
                SchemeKind::Basic => (
                    quote! { Authorization("Basic") },
                    true,
                    "The user and password of `Authorization: Basic …`.".to_owned(),
                    "Authorization: Basic credentials".to_owned(),
                ),
                SchemeKind::Http { scheme } => {
                    let doc = format!("The credentials of `Authorization: {scheme} …`.");
                    let wants = format!("Authorization: {scheme} credentials");
                    (quote! { Authorization(#scheme) }, false, doc, wants)
                }
                SchemeKind::MutualTls => (
                    quote! { Transport },
                    false,
                    "Nothing: the client's TLS certificate authenticated it in front of this \
                     router (a TLS terminator or proxy; the router sees no certificate). The \
                     credential is empty; `authenticate` accepts it when the deployment only \
                     routes verified connections here."
                        .to_owned(),
                    "a TLS client certificate".to_owned(),
                ),
                SchemeKind::OAuth => (
                    quote! { Authorization("Bearer") },
                    false,
                    "The access token of `Authorization: Bearer …` (OAuth 2.0 / OpenID Connect; \
                     scopes are the implementation's to check)."
                        .to_owned(),
                    "an Authorization: Bearer token".to_owned(),
                ),
            };
            Scheme {
                transport: matches!(scheme.kind, SchemeKind::MutualTls),
                name: name.to_owned(),
                variant: naming::ident(&scheme.variant),
                source: quote! { rt::Source::#source },
                basic,
                doc: format!("`{name}`: {doc}"),
                wants,
                header,
            }
        })
        .collect()
}

/// The trait's `Context` and `authenticate`, the `Credential` enum and its constructor, when
/// any operation is secured.
pub(super) fn items(schemes: &[Scheme]) -> (TokenStream, TokenStream, TokenStream) {
    let variants = schemes.iter().map(|scheme| {
        let variant = &scheme.variant;
        let doc = &scheme.doc;
        if scheme.basic {
            quote! { #[doc = #doc] #variant(rt::Basic), }
        } else {
            quote! { #[doc = #doc] #variant(::std::string::String), }
        }
    });
    let arms = schemes.iter().enumerate().map(|(index, scheme)| {
        let variant = &scheme.variant;
        if scheme.basic {
            quote! { #index => rt::basic(&value).map(Credential::#variant), }
        } else {
            quote! { #index => Some(Credential::#variant(value)), }
        }
    });
    let sources = schemes.iter().map(|scheme| &scheme.source);
    let context = quote! {
        /// What `authenticate` learns about the caller; every secured operation receives it.
        type Context: Send + 'static;
    };
    let authenticate = quote! {
        /// Checks one credential a request presented for a security scheme (for an
        /// alternative that combines several schemes, each is checked in turn and the first
        /// one's context is kept). Called before anything else of a request is read: `Err`
        /// answers 401 (or 503, 500) and the operation never runs.
        fn authenticate(
            &self,
            credential: Credential,
        ) -> impl ::std::future::Future<Output = ::std::result::Result<Self::Context, rt::AuthError>> + Send;
    };
    let credential = quote! {
        /// A credential a request presented, one variant per security scheme of the spec.
        #[derive(Clone, PartialEq, Eq)]
        pub enum Credential {
            #(#variants)*
        }

        impl ::std::fmt::Debug for Credential {
            /// Names the scheme, never the secret.
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(Credential::scheme(self))
            }
        }

        /// Every security scheme, by index: where its credential travels.
        static SECURITY_SCHEMES: &[rt::Source] = &[#(#sources),*];

        /// A scheme's raw credential as a [`Credential`]; `None` when malformed.
        fn credential(scheme: usize, value: ::std::string::String) -> ::std::option::Option<Credential> {
            match scheme {
                #(#arms)*
                _ => None,
            }
        }
    };
    let names = schemes.iter().map(|scheme| {
        let variant = &scheme.variant;
        let name = &scheme.name;
        quote! { Self::#variant(_) => #name, }
    });
    let credential = quote! {
        #credential

        impl Credential {
            /// The name of the security scheme in the spec.
            pub fn scheme(&self) -> &'static str {
                match self { #(#names)* }
            }
        }
    };
    (context, authenticate, credential)
}

/// The static of an operation's requirements and the code that authenticates in its handler.
pub(super) fn check(
    schemes: &[Scheme],
    alternatives: &[Vec<usize>],
    operation_id: &str,
) -> (TokenStream, TokenStream) {
    let ident = naming::ident(&format!(
        "{}__SECURITY",
        naming::operation_static_prefix(operation_id)
    ));
    let lists = alternatives
        .iter()
        .map(|alternative| quote! { &[#(#alternative),*] });
    let missing = missing_message(schemes, alternatives);
    let item = quote! {
        static #ident: rt::Requirements = rt::Requirements {
            schemes: SECURITY_SCHEMES,
            alternatives: &[#(#lists),*],
            missing: #missing,
        };
    };
    let code = quote! {
        let __context = match rt::authenticate(
            &__parts.headers,
            __parts.uri.query(),
            &#ident,
            credential,
            |credential| __state.api.authenticate(credential),
        ).await {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
    };
    (item, code)
}

/// The 401's detail when no alternative is complete: what to send.
fn missing_message(schemes: &[Scheme], alternatives: &[Vec<usize>]) -> String {
    if let [only] = alternatives
        && let [index] = only.as_slice()
        && let Some(header) = &schemes[*index].header
    {
        return format!("The {header} header is missing.");
    }
    let options: Vec<String> = alternatives
        .iter()
        .map(|alternative| {
            alternative
                .iter()
                .map(|&index| schemes[index].wants.as_str())
                .collect::<Vec<_>>()
                .join(" and ")
        })
        .collect();
    format!("Credentials are missing: send {}.", options.join(", or "))
}
