//! The load generator: keep-alive HTTP/1.1 connections over loopback, one task each, sending
//! requests drawn from a [`Source`] back to back (closed loop) or on a fixed schedule (open
//! loop, to measure latency at a given rate without coordinated omission).

use std::{
    net::SocketAddr,
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::{Context, Result};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Method, StatusCode, header};
use hyper_util::rt::TokioIo;

pub use chats_server::demo::Rng;

/// One request to send: method, path with query, and an optional JSON body.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: Method,
    pub target: String,
    pub body: Option<Bytes>,
}

impl Request {
    pub fn get(target: impl Into<String>) -> Self {
        Self {
            method: Method::GET,
            target: target.into(),
            body: None,
        }
    }

    pub fn with_json(method: Method, target: impl Into<String>, body: String) -> Self {
        Self {
            method,
            target: target.into(),
            body: Some(Bytes::from(body)),
        }
    }
}

/// Where requests come from: called once per request with the connection's own generator.
/// `None` ends the connection early (a pool of ids ran out).
pub type Source = Arc<dyn Fn(&mut Rng) -> Option<Request> + Send + Sync>;

/// How to drive a server.
#[derive(Clone, Debug)]
pub struct Load {
    /// The servers' addresses; connection `i` goes to `addresses[i % len]`.
    pub addresses: Vec<SocketAddr>,
    /// Sent as the `authorization` header when set.
    pub api_key: Option<String>,
    pub connections: usize,
    /// Requests answered during the warm-up are not counted.
    pub warmup: Duration,
    pub measure: Duration,
    /// Open loop: the total requests per second, spread evenly over the connections. Latency
    /// counts from sending; how late each send was against its schedule is kept as its lag
    /// (a send waits for the answer before it, so a service that falls behind shows as lag,
    /// not hidden). tokio's timer ticks in milliseconds: a lag under about 1 ms is the timer.
    pub rate: Option<f64>,
    /// The status every answer must have; any other is counted as an error.
    pub expect: StatusCode,
    /// Keep the bodies of measured answers (for ids a later scenario needs).
    pub keep_bodies: bool,
}

/// What a run measured.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Latencies of measured answers, in microseconds, sorted.
    pub latencies_us: Vec<u32>,
    /// Open loop: how late each measured request was sent against its schedule, sorted.
    pub lags_us: Vec<u32>,
    /// Measured answers with another status than expected.
    pub errors: u64,
    /// The first unexpected answer, for the report.
    pub first_error: Option<String>,
    /// From the end of the warm-up to the last measured answer.
    pub measured: Duration,
    pub bodies: Vec<Bytes>,
}

impl Outcome {
    pub fn count(&self) -> usize {
        self.latencies_us.len()
    }

    pub fn per_second(&self) -> f64 {
        let seconds = self.measured.as_secs_f64();
        if seconds == 0.0 {
            0.0
        } else {
            self.count() as f64 / seconds
        }
    }

    /// The latency at quantile `q` (0..=1), in milliseconds (nearest rank).
    pub fn quantile_ms(&self, q: f64) -> f64 {
        quantile_ms(&self.latencies_us, q)
    }

    /// The schedule lag at quantile `q` (open loop only), in milliseconds.
    pub fn lag_ms(&self, q: f64) -> Option<f64> {
        (!self.lags_us.is_empty()).then(|| quantile_ms(&self.lags_us, q))
    }
}

fn quantile_ms(sorted_us: &[u32], q: f64) -> f64 {
    if sorted_us.is_empty() {
        return 0.0;
    }
    let rank = ((q * sorted_us.len() as f64).ceil() as usize).clamp(1, sorted_us.len());
    f64::from(sorted_us[rank - 1]) / 1_000.0
}

/// Drives `load` with requests from `source`.
pub async fn run(load: &Load, source: Source, seed: u64) -> Result<Outcome> {
    let start = tokio::time::Instant::now();
    let measure_from = start + load.warmup;
    let end = measure_from + load.measure;
    let mut tasks = tokio::task::JoinSet::new();
    for index in 0..load.connections {
        let load = load.clone();
        let source = source.clone();
        tasks.spawn(async move {
            connection(&load, &source, index, start, measure_from, end, seed).await
        });
    }
    let mut total = Outcome::default();
    let mut last = measure_from.into_std();
    while let Some(joined) = tasks.join_next().await {
        let (outcome, done) = joined.context("a load connection panicked")??;
        total.latencies_us.extend(outcome.latencies_us);
        total.lags_us.extend(outcome.lags_us);
        total.errors += outcome.errors;
        if total.first_error.is_none() {
            total.first_error = outcome.first_error;
        }
        total.bodies.extend(outcome.bodies);
        last = last.max(done);
    }
    total.latencies_us.sort_unstable();
    total.lags_us.sort_unstable();
    total.measured = last.saturating_duration_since(measure_from.into_std());
    Ok(total)
}

async fn connection(
    load: &Load,
    source: &Source,
    index: usize,
    start: tokio::time::Instant,
    measure_from: tokio::time::Instant,
    end: tokio::time::Instant,
    seed: u64,
) -> Result<(Outcome, Instant)> {
    let address = load.addresses[index % load.addresses.len()];
    let (mut sender, driver) = handshake(address).await?;
    let driver = tokio::spawn(driver);
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut ticker = load.rate.map(|rate| {
        let period = Duration::from_secs_f64(load.connections as f64 / rate);
        // Connections start a fraction of a period apart, so the schedule is even.
        let offset = period.mul_f64(index as f64 / load.connections as f64);
        let mut ticker = tokio::time::interval_at(start + offset, period);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
        ticker
    });
    let mut outcome = Outcome::default();
    let mut last = measure_from.into_std();
    loop {
        let due = match &mut ticker {
            Some(ticker) => ticker.tick().await,
            None => tokio::time::Instant::now(),
        };
        if due >= end {
            break;
        }
        let Some(request) = source(&mut rng) else {
            break;
        };
        let sent = Instant::now();
        let (status, body) = exchange(&mut sender, request, load.api_key.as_deref()).await?;
        let done = Instant::now();
        if due < measure_from {
            continue;
        }
        let micros = |d: Duration| u32::try_from(d.as_micros()).unwrap_or(u32::MAX);
        outcome
            .latencies_us
            .push(micros(done.saturating_duration_since(sent)));
        if ticker.is_some() {
            outcome
                .lags_us
                .push(micros(sent.saturating_duration_since(due.into_std())));
        }
        last = done;
        if status != load.expect {
            outcome.errors += 1;
            if outcome.first_error.is_none() {
                outcome.first_error = Some(format!(
                    "{status}: {}",
                    String::from_utf8_lossy(&body[..body.len().min(300)])
                ));
            }
        } else if load.keep_bodies {
            outcome.bodies.push(body);
        }
    }
    drop(sender);
    driver.abort();
    Ok((outcome, last))
}

/// Sends one request on a connection and reads the whole answer.
async fn exchange(
    sender: &mut hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    request: Request,
    api_key: Option<&str>,
) -> Result<(StatusCode, Bytes)> {
    let mut builder = hyper::Request::builder()
        .method(request.method)
        .uri(request.target)
        .header(header::HOST, "bench");
    if let Some(key) = api_key {
        builder = builder.header(header::AUTHORIZATION, key);
    }
    if request.body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    let request = builder.body(Full::new(request.body.unwrap_or_default()))?;
    sender.ready().await.context("connection closed")?;
    let response = sender
        .send_request(request)
        .await
        .context("sending a request")?;
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .context("reading an answer")?
        .to_bytes();
    Ok((status, body))
}

/// One request on a connection of its own (setup, readiness, verification).
pub async fn fetch(
    address: SocketAddr,
    api_key: Option<&str>,
    request: Request,
) -> Result<(StatusCode, Bytes)> {
    let (mut sender, driver) = handshake(address).await?;
    let driver = tokio::spawn(driver);
    let answer = exchange(&mut sender, request, api_key).await;
    driver.abort();
    answer
}

pub(crate) async fn handshake(
    address: SocketAddr,
) -> Result<(
    hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    hyper::client::conn::http1::Connection<TokioIo<tokio::net::TcpStream>, Full<Bytes>>,
)> {
    let stream = tokio::net::TcpStream::connect(address)
        .await
        .with_context(|| format!("connecting to {address}"))?;
    stream.set_nodelay(true)?;
    hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .context("HTTP handshake")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_nearest_rank() {
        let outcome = Outcome {
            latencies_us: (1..=100).map(|ms| ms * 1_000).collect(),
            measured: Duration::from_secs(2),
            ..Outcome::default()
        };
        assert_eq!(outcome.quantile_ms(0.5), 50.0);
        assert_eq!(outcome.quantile_ms(0.99), 99.0);
        assert_eq!(outcome.quantile_ms(1.0), 100.0);
        assert_eq!(outcome.per_second(), 50.0);
    }
}
