//! Retries: an idempotent request (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) that met a 429, a
//! 503 or a failed connection (one that could not be made, or that broke before the whole
//! answer came) is sent again, at most `retries` more times, after the server's
//! `Retry-After` (seconds or an HTTP date, capped) or else a jittered exponential backoff.
//! POST and PATCH are sent once unless they carry an idempotency key (the operation's
//! [`Operation::idempotency_key`] header: the server answers a repeat with the first answer,
//! so a retry cannot create twice) or the caller opts in ([`RetryPolicy::non_idempotent`]: a
//! retried POST without a key may create twice).

use std::{
    sync::atomic::{AtomicU64, Ordering},
    time::{Duration, SystemTime},
};

use reqwest::{Method, StatusCode, header};

use crate::Operation;

/// The header the client adds to an answer that took more than one attempt: how many were
/// made (the server never sends it). `ResponseValue::headers()` and `Error`'s display show it.
pub const ATTEMPTS_HEADER: &str = "x-client-attempts";

/// How a client retries. The default: at most 2 retries of idempotent requests, backoff from
/// 200 ms, every wait (a `Retry-After` too) at most 30 s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    retries: u32,
    base: Duration,
    cap: Duration,
    non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            retries: 2,
            base: Duration::from_millis(200),
            cap: Duration::from_secs(30),
            non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// At most `retries` more attempts after the first (default 2).
    #[must_use]
    pub fn retries(mut self, retries: u32) -> Self {
        self.retries = retries;
        self
    }

    /// One attempt, never a retry.
    #[must_use]
    pub fn no_retries(self) -> Self {
        self.retries(0)
    }

    /// The longest wait between attempts, a server's `Retry-After` included (default 30 s).
    #[must_use]
    pub fn cap(mut self, cap: Duration) -> Self {
        self.cap = cap;
        self
    }

    /// The first backoff without `Retry-After` (default 200 ms); it doubles each attempt,
    /// and each wait is drawn between half of it and all of it.
    #[must_use]
    pub fn base_delay(mut self, base: Duration) -> Self {
        self.base = base;
        self
    }

    /// Retry POST and PATCH too. Only for requests that are safe to repeat (the server
    /// deduplicates them, or a duplicate does no harm).
    #[must_use]
    pub fn non_idempotent(mut self, retry: bool) -> Self {
        self.non_idempotent = retry;
        self
    }

    /// The most retries after the first attempt.
    pub fn max_retries(&self) -> u32 {
        self.retries
    }

    /// The retries a request of `method` may have.
    fn retries_for(&self, method: &Method, keyed: bool) -> u32 {
        let idempotent = matches!(
            *method,
            Method::GET
                | Method::HEAD
                | Method::PUT
                | Method::DELETE
                | Method::OPTIONS
                | Method::TRACE
        );
        if idempotent || keyed || self.non_idempotent {
            self.retries
        } else {
            0
        }
    }

    /// The wait before attempt `attempt + 1`: the server's `Retry-After`, else the backoff,
    /// either capped.
    pub(crate) fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(after) = retry_after {
            return after.min(self.cap);
        }
        let exponential = self
            .base
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
            .min(self.cap);
        exponential.mul_f64(0.5 + 0.5 * jitter())
    }
}

/// Sends `request` under `policy`: the answer of the last attempt (with [`ATTEMPTS_HEADER`]
/// when there was more than one), or the last attempt's error.
pub async fn execute(
    client: &reqwest::Client,
    policy: &RetryPolicy,
    request: reqwest::Request,
    operation: Option<Operation>,
) -> reqwest::Result<reqwest::Response> {
    let request = keyed(request, operation);
    let keyed = operation
        .and_then(|operation| operation.idempotency_key)
        .is_some_and(|name| request.headers().contains_key(name));
    #[cfg(feature = "tracing")]
    {
        traced(client, policy, request, keyed, operation).await
    }
    #[cfg(not(feature = "tracing"))]
    {
        attempts(client, policy, request, keyed).await.0
    }
}

/// `request` with the operation's idempotency key header: the caller's when set, else a fresh
/// UUID v4, made once per call so that every retry of the call sends the same.
fn keyed(mut request: reqwest::Request, operation: Option<Operation>) -> reqwest::Request {
    if let Some(name) = operation.and_then(|operation| operation.idempotency_key)
        && !request.headers().contains_key(name)
        && let (Ok(name), Ok(value)) = (
            header::HeaderName::from_bytes(name.as_bytes()),
            header::HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()),
        )
    {
        request.headers_mut().insert(name, value);
    }
    request
}

/// The attempts, and how many were made.
async fn attempts(
    client: &reqwest::Client,
    policy: &RetryPolicy,
    mut request: reqwest::Request,
    keyed: bool,
) -> (reqwest::Result<reqwest::Response>, u32) {
    let retries = policy.retries_for(request.method(), keyed);
    let mut attempt = 1;
    loop {
        // A body that cannot be replayed (a stream) is sent once.
        let next = if attempt <= retries {
            request.try_clone()
        } else {
            None
        };
        let result = client.execute(request).await;
        let retry = match &result {
            Ok(response)
                if matches!(
                    response.status(),
                    StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
                ) =>
            {
                Some(retry_after(response.headers(), SystemTime::now()))
            }
            // Not made, or broken before the whole answer: safe to send again only because
            // the request is idempotent or keyed (`retries` is 0 otherwise).
            Err(err) if err.is_connect() || err.is_request() || err.is_timeout() => Some(None),
            _ => None,
        };
        match (retry, next) {
            (Some(after), Some(next)) => {
                let wait = policy.delay(attempt, after);
                #[cfg(feature = "tracing")]
                tracing::debug!(
                    attempt,
                    wait_ms = wait.as_millis() as u64,
                    status = result.as_ref().ok().map(|r| r.status().as_u16()),
                    "retrying"
                );
                tokio::time::sleep(wait).await;
                request = next;
                attempt += 1;
            }
            _ => {
                let result = result.map(|mut response| {
                    if attempt > 1 {
                        response
                            .headers_mut()
                            .insert(ATTEMPTS_HEADER, header::HeaderValue::from(attempt));
                    }
                    response
                });
                return (result, attempt);
            }
        }
    }
}

/// The attempts inside a span for the operation: `operation_id`, `http.request.method`,
/// `url.template`, then `http.response.status_code`, `attempts` and `latency_ms`.
#[cfg(feature = "tracing")]
async fn traced(
    client: &reqwest::Client,
    policy: &RetryPolicy,
    request: reqwest::Request,
    keyed: bool,
    operation: Option<Operation>,
) -> reqwest::Result<reqwest::Response> {
    use tracing::{Instrument, field::Empty};
    let method = request.method().as_str().to_owned();
    let (operation_id, template) = operation.map_or(("", ""), |op| (op.operation_id, op.path));
    let span = tracing::info_span!(
        "http_client_request",
        otel.kind = "client",
        operation_id,
        http.request.method = %method,
        url.template = template,
        http.response.status_code = Empty,
        attempts = Empty,
        latency_ms = Empty,
    );
    let started = std::time::Instant::now();
    let (result, attempts) = attempts(client, policy, request, keyed)
        .instrument(span.clone())
        .await;
    span.record("attempts", attempts);
    span.record("latency_ms", started.elapsed().as_secs_f64() * 1e3);
    match &result {
        Ok(response) => {
            span.record("http.response.status_code", response.status().as_u16());
            if let Some(operation) = operation
                && !operation.deprecated
                && response.headers().contains_key("deprecation")
                && first_notice(operation.operation_id)
            {
                let _entered = span.enter();
                tracing::warn!(
                    operation_id = operation.operation_id,
                    deprecation = ?response.headers().get("deprecation"),
                    sunset = ?response.headers().get("sunset"),
                    "the server says this operation is deprecated, which the spec this client \
                     was generated from does not: regenerate the client from the newer spec \
                     (said once per operation and process)"
                );
            }
        }
        Err(err) => {
            let _entered = span.enter();
            tracing::warn!(error = %err, attempts, "the request failed");
        }
    }
    result
}

/// Whether this is the first `Deprecation` notice of `operation_id` in this process.
#[cfg(feature = "tracing")]
fn first_notice(operation_id: &'static str) -> bool {
    static NOTICED: std::sync::Mutex<std::collections::BTreeSet<&'static str>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    NOTICED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(operation_id)
}

/// A `Retry-After` header's wait: delay-seconds or an HTTP date (a date past is no wait).
fn retry_after(headers: &header::HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A number in [0, 1), different on each call (splitmix64 over the clock and a counter): a
/// backoff's jitter, not a secret.
fn jitter() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let clock = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos() as u64);
    let mut z = clock
        ^ COUNTER
            .fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
            .wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let with = |value: &str| {
            let mut headers = header::HeaderMap::new();
            headers.insert(header::RETRY_AFTER, value.parse().unwrap());
            retry_after(&headers, now)
        };
        assert_eq!(with("3"), Some(Duration::from_secs(3)));
        assert_eq!(
            with("Sun, 06 Nov 1994 08:49:47 GMT"),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            with("Sun, 06 Nov 1994 08:49:00 GMT"),
            Some(Duration::ZERO),
            "a date past"
        );
        assert_eq!(with("soon"), None);
        assert_eq!(retry_after(&header::HeaderMap::new(), now), None);
    }

    #[test]
    fn waits_are_capped_and_backoff_doubles_with_jitter() {
        let policy = RetryPolicy::default()
            .base_delay(Duration::from_millis(100))
            .cap(Duration::from_secs(1));
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(120))),
            Duration::from_secs(1),
            "Retry-After capped"
        );
        for attempt in 1..=3 {
            let full = Duration::from_millis(100 * 2u64.pow(attempt - 1));
            for _ in 0..100 {
                let wait = policy.delay(attempt, None);
                assert!(wait >= full / 2 && wait <= full, "{attempt}: {wait:?}");
            }
        }
        assert!(
            policy.delay(20, None) <= Duration::from_secs(1),
            "backoff capped"
        );
    }

    #[test]
    fn only_idempotent_or_keyed_requests_are_retried_unless_asked() {
        let policy = RetryPolicy::default();
        for method in [Method::GET, Method::HEAD, Method::PUT, Method::DELETE] {
            assert_eq!(policy.retries_for(&method, false), 2, "{method}");
        }
        for method in [Method::POST, Method::PATCH] {
            assert_eq!(policy.retries_for(&method, false), 0, "{method}");
            assert_eq!(policy.retries_for(&method, true), 2, "{method} with a key");
        }
        let opted = policy.clone().non_idempotent(true);
        assert_eq!(opted.retries_for(&Method::POST, false), 2);
        assert_eq!(
            policy.clone().no_retries().retries_for(&Method::GET, false),
            0
        );
        assert_eq!(policy.no_retries().retries_for(&Method::POST, true), 0);
    }

    #[test]
    fn a_keyed_operation_gets_a_fresh_key_unless_the_caller_set_one() {
        let create = Operation {
            operation_id: "createThing",
            path: "/things",
            idempotency_key: Some("Idempotency-Key"),
            deprecated: false,
        };
        let operation = Some(create);
        let request =
            || reqwest::Request::new(Method::POST, "http://127.0.0.1/things".parse().unwrap());
        let first = keyed(request(), operation);
        let second = keyed(request(), operation);
        let key = |request: &reqwest::Request| {
            request.headers()["idempotency-key"]
                .to_str()
                .unwrap()
                .to_owned()
        };
        assert_eq!(key(&first).len(), 36, "a UUID");
        assert_ne!(key(&first), key(&second), "one per call");
        let mut own = request();
        own.headers_mut()
            .insert("idempotency-key", header::HeaderValue::from_static("mine"));
        assert_eq!(key(&keyed(own, operation)), "mine", "the caller's kept");
        let plain = keyed(
            request(),
            Some(Operation {
                idempotency_key: None,
                ..create
            }),
        );
        assert!(!plain.headers().contains_key("idempotency-key"));
    }
}
