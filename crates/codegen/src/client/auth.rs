//! The client's `auth` module: a builder of default headers, one method per security scheme.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::{
    model::{Api, Scheme, SchemeKind},
    openapi::In,
};

/// The client's `auth` module: one builder method per security scheme of the document that
/// travels in a header, cookie or query parameter, setting the default headers of the
/// underlying `reqwest::Client` (marked sensitive), or for `apiKey`s in the query the pairs
/// the client's `exec` hook appends to every request's URL (`hooks.rs`). Not covered:
/// `mutualTLS`, whose client certificate goes on the `reqwest::ClientBuilder`
/// (`.identity(reqwest::Identity::from_pem(..)?)`) the client is made from
/// (`Client::new_with_client`).
pub(super) fn auth_module(api: &Api<'_>) -> Option<TokenStream> {
    let methods: Vec<TokenStream> = api.schemes.iter().filter_map(method).collect();
    if methods.is_empty() {
        return None;
    }
    // Only a client with query keys has the field to hand them to.
    let (query_field, query_names, query_into) = if has_query_keys(api) {
        (
            quote! { query: Vec<(&'static str, String)>, },
            quote! { .entries(self.query.iter().map(|(name, _)| name)) },
            quote! {
                let mut client = super::Client::new_with_client(baseurl, http);
                client.query_credentials = self.query;
                Ok(client)
            },
        )
    } else {
        (
            quote! {},
            quote! {},
            quote! { Ok(super::Client::new_with_client(baseurl, http)) },
        )
    };
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
                #query_field
            }

            impl std::fmt::Debug for Credentials {
                /// Names the headers (and query parameters), never their values.
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_list().entries(self.headers.keys()) #query_names .finish()
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
                    let http = reqwest::Client::builder().default_headers(self.headers).build()?;
                    #query_into
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

/// A scheme's method on `Credentials`, unless its credential travels where a default header
/// cannot carry it.
fn method(scheme: &Scheme<'_>) -> Option<TokenStream> {
    let method = format_ident!("{}", scheme.client_method);
    let name = scheme.name;
    Some(match scheme.kind {
        SchemeKind::ApiKey {
            location: In::Header,
            name: header,
        } => {
            let header = header.to_ascii_lowercase();
            if http::HeaderName::from_bytes(header.as_bytes()).is_err() {
                return None;
            }
            let doc = format!("`{name}`: the API key, sent in the `{header}` header.");
            quote! {
                #[doc = #doc]
                pub fn #method(self, key: &str) -> Result<Self, InvalidHeaderValue> {
                    self.header(#header, key)
                }
            }
        }
        SchemeKind::ApiKey {
            location: In::Cookie,
            name: cookie,
        } => {
            let doc = format!("`{name}`: the API key, sent as the `{cookie}` cookie.");
            quote! {
                #[doc = #doc]
                pub fn #method(self, key: &str) -> Result<Self, InvalidHeaderValue> {
                    self.cookie(#cookie, key)
                }
            }
        }
        SchemeKind::ApiKey {
            location: In::Query,
            name: parameter,
        } => {
            let doc = format!(
                "`{name}`: the API key, sent as the `{parameter}` query parameter of every request."
            );
            quote! {
                #[doc = #doc]
                pub fn #method(mut self, key: &str) -> Result<Self, InvalidHeaderValue> {
                    self.query.push((#parameter, key.to_owned()));
                    Ok(self)
                }
            }
        }
        // Certificates go on reqwest's `ClientBuilder` (`identity`), not in a header.
        SchemeKind::ApiKey { .. } | SchemeKind::MutualTls => return None,
        SchemeKind::Basic => {
            let doc = format!("`{name}`: HTTP basic authentication.");
            quote! {
                #[doc = #doc]
                pub fn #method(self, username: &str, password: &str) -> Result<Self, InvalidHeaderValue> {
                    let encoded = base64(format!("{username}:{password}").as_bytes());
                    self.header("authorization", &format!("Basic {encoded}"))
                }
            }
        }
        SchemeKind::Http { scheme } => {
            let doc = format!("`{name}`: `Authorization: {scheme} <credentials>`.");
            quote! {
                #[doc = #doc]
                pub fn #method(self, credentials: &str) -> Result<Self, InvalidHeaderValue> {
                    self.header("authorization", &format!("{} {credentials}", #scheme))
                }
            }
        }
        SchemeKind::OAuth => {
            let doc = format!("`{name}`: an access token, as `Authorization: Bearer <token>`.");
            quote! {
                #[doc = #doc]
                pub fn #method(self, token: &str) -> Result<Self, InvalidHeaderValue> {
                    self.header("authorization", &format!("Bearer {token}"))
                }
            }
        }
    })
}

/// Whether any scheme of the document is an API key in the query (the client then carries
/// the pairs to append).
pub(super) fn has_query_keys(api: &Api<'_>) -> bool {
    api.schemes.iter().any(|scheme| {
        matches!(
            scheme.kind,
            SchemeKind::ApiKey {
                location: In::Query,
                ..
            }
        )
    })
}
