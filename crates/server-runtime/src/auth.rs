//! Security schemes: where each credential travels, the check of an operation's
//! requirements (alternatives of combinations, as OpenAPI's `security` lists them), and what
//! the implementation's hook says of a credential ([`AuthError`]).

use base64::Engine as _;
use http::{HeaderMap, header};

use crate::{ProblemKind, Query, Rejection};

/// Where a security scheme's credential travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// `apiKey` in a header: its raw value.
    Header(&'static str),
    /// `apiKey` in the query: its decoded value.
    Query(&'static str),
    /// `apiKey` in a cookie: its value.
    Cookie(&'static str),
    /// `http` (and `oauth2`, `openIdConnect` as `Bearer`): the `Authorization` header's
    /// credentials after the scheme name (compared case-insensitively, RFC 9110 §11.1).
    Authorization(&'static str),
    /// `mutualTLS`: nothing in the request (the certificate was checked in front of the
    /// router); always presented, as an empty credential.
    Transport,
}

/// The user and password of an `http` `basic` credential.
#[derive(Clone, PartialEq, Eq)]
pub struct Basic {
    pub username: String,
    pub password: String,
}

impl std::fmt::Debug for Basic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Basic")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// Decodes `base64(user:password)`; `None` when it is not that.
pub fn basic(credentials: &str) -> Option<Basic> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(credentials.trim())
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (username, password) = text.split_once(':')?;
    Some(Basic {
        username: username.to_owned(),
        password: password.to_owned(),
    })
}

/// What a request presents for one scheme.
#[derive(Debug, PartialEq, Eq)]
enum Presented {
    Absent,
    /// Present but not visible ASCII, or blank: refused like an unknown credential.
    Malformed,
    Value(String),
}

fn presented(headers: &HeaderMap, query: Option<&str>, source: Source) -> Presented {
    let text = |value: &http::HeaderValue| match value.to_str() {
        Ok(text) if !text.trim().is_empty() => Presented::Value(text.to_owned()),
        _ => Presented::Malformed,
    };
    match source {
        Source::Header(name) => headers.get(name).map_or(Presented::Absent, text),
        Source::Query(name) => match Query::parse(query).values(name).first() {
            None => Presented::Absent,
            Some(value) if value.trim().is_empty() => Presented::Malformed,
            Some(value) => Presented::Value((*value).to_owned()),
        },
        Source::Cookie(name) => crate::extract::cookie_pairs(headers)
            .find_map(|(key, value)| (key == name).then(|| value.to_owned()))
            .map_or(Presented::Absent, |value| {
                if value.is_empty() {
                    Presented::Malformed
                } else {
                    Presented::Value(value)
                }
            }),
        Source::Transport => Presented::Value(String::new()),
        Source::Authorization(scheme) => {
            let Some(value) = headers.get(header::AUTHORIZATION) else {
                return Presented::Absent;
            };
            let Ok(value) = value.to_str() else {
                return Presented::Malformed;
            };
            match value.split_once(' ') {
                Some((given, rest)) if given.eq_ignore_ascii_case(scheme) => {
                    let rest = rest.trim();
                    if rest.is_empty() {
                        Presented::Malformed
                    } else {
                        Presented::Value(rest.to_owned())
                    }
                }
                // Another scheme's credentials: absent for this one.
                _ => Presented::Absent,
            }
        }
    }
}

/// What an implementation's authentication hook says of a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthError {
    /// Unknown, revoked or malformed: 401.
    Rejected,
    /// The store of keys cannot be reached: 503.
    Unavailable,
    /// Anything else: 500 (the detail goes to the log, never to the client).
    Internal,
}

impl From<AuthError> for Rejection {
    fn from(err: AuthError) -> Self {
        match err {
            AuthError::Rejected => Rejection::new(
                ProblemKind::Unauthorized,
                "The API key is unknown or revoked.",
            ),
            AuthError::Unavailable => Rejection::new(
                ProblemKind::Unavailable,
                "The service cannot check API keys right now; retry later.",
            ),
            AuthError::Internal => {
                Rejection::new(ProblemKind::Internal, "An unexpected error occurred.")
            }
        }
    }
}

/// An operation's security: the schemes of the document (by index), the alternatives it
/// accepts (each a combination of schemes, all of which must be presented), and the 401's
/// message when no alternative is complete.
#[derive(Clone, Copy, Debug)]
pub struct Requirements {
    pub schemes: &'static [Source],
    pub alternatives: &'static [&'static [usize]],
    pub missing: &'static str,
}

/// Authenticates a request: the first alternative whose every credential is present is
/// checked, scheme by scheme, by `check` (the implementation's hook; `make` turns a scheme's
/// raw credential into the generated credential type, `None` when malformed). The context of
/// the first scheme is the result. A 401 when no alternative is complete, or when a presented
/// credential is malformed or refused.
pub async fn authenticate<K, C, Fut>(
    headers: &HeaderMap,
    query: Option<&str>,
    requirements: &Requirements,
    make: fn(usize, String) -> Option<K>,
    mut check: impl FnMut(K) -> Fut,
) -> Result<C, Rejection>
where
    Fut: std::future::Future<Output = Result<C, AuthError>>,
{
    'alternatives: for alternative in requirements.alternatives {
        let mut credentials = Vec::with_capacity(alternative.len());
        for &scheme in *alternative {
            match presented(headers, query, requirements.schemes[scheme]) {
                Presented::Absent => continue 'alternatives,
                Presented::Malformed => return Err(AuthError::Rejected.into()),
                Presented::Value(value) => match make(scheme, value) {
                    Some(credential) => credentials.push(credential),
                    None => return Err(AuthError::Rejected.into()),
                },
            }
        }
        let mut context = None;
        for credential in credentials {
            let checked = check(credential).await?;
            context.get_or_insert(checked);
        }
        if let Some(context) = context {
            return Ok(context);
        }
    }
    Err(Rejection::new(
        ProblemKind::Unauthorized,
        requirements.missing,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().expect("a valid header value"));
        }
        map
    }

    #[test]
    fn each_source_finds_its_credential() {
        let h = headers(&[
            ("x-api-key", "k1"),
            ("authorization", "bEaReR t0k"),
            ("cookie", "a=1; session=s3; b=2"),
        ]);
        let value = |source| presented(&h, Some("api_key=q%20k&x=1"), source);
        assert_eq!(
            value(Source::Header("x-api-key")),
            Presented::Value("k1".into())
        );
        assert_eq!(
            value(Source::Query("api_key")),
            Presented::Value("q k".into())
        );
        assert_eq!(
            value(Source::Cookie("session")),
            Presented::Value("s3".into())
        );
        assert_eq!(
            value(Source::Authorization("Bearer")),
            Presented::Value("t0k".into())
        );
        assert_eq!(value(Source::Authorization("Basic")), Presented::Absent);
        assert_eq!(value(Source::Cookie("other")), Presented::Absent);
        assert_eq!(
            presented(
                &headers(&[("x-api-key", "  ")]),
                None,
                Source::Header("x-api-key")
            ),
            Presented::Malformed
        );
    }

    #[test]
    fn basic_decodes_user_and_password() {
        let decoded = basic("YWxhZGRpbjpvcGVuc2VzYW1l").expect("valid basic credentials");
        assert_eq!(decoded.username, "aladdin");
        assert_eq!(decoded.password, "opensesame");
        assert!(basic("not base64!").is_none());
        assert!(!format!("{decoded:?}").contains("opensesame"));
    }

    static SCHEMES: &[Source] = &[Source::Header("x-api-key"), Source::Authorization("Bearer")];

    fn make(scheme: usize, value: String) -> Option<(usize, String)> {
        Some((scheme, value))
    }

    async fn run(
        h: &HeaderMap,
        alternatives: &'static [&'static [usize]],
    ) -> Result<Vec<(usize, String)>, Rejection> {
        let requirements = Requirements {
            schemes: SCHEMES,
            alternatives,
            missing: "no credentials",
        };
        let seen = std::sync::Mutex::new(Vec::new());
        authenticate(h, None, &requirements, make, |credential| {
            seen.lock().unwrap().push(credential);
            async { Ok::<_, AuthError>(()) }
        })
        .await?;
        Ok(seen.into_inner().unwrap())
    }

    #[tokio::test]
    async fn the_first_complete_alternative_is_checked() {
        let both = headers(&[("x-api-key", "k"), ("authorization", "Bearer t")]);
        let bearer = headers(&[("authorization", "Bearer t")]);
        assert_eq!(
            run(&both, &[&[0], &[1]]).await.unwrap(),
            vec![(0, "k".into())]
        );
        assert_eq!(
            run(&bearer, &[&[0], &[1]]).await.unwrap(),
            vec![(1, "t".into())]
        );
        // A combination needs every scheme.
        assert_eq!(run(&both, &[&[0, 1]]).await.unwrap().len(), 2);
        let err = run(&bearer, &[&[0, 1]]).await.unwrap_err();
        assert_eq!(err.kind, ProblemKind::Unauthorized);
        assert_eq!(err.detail, "no credentials");
    }
}
