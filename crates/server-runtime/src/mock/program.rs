//! The mock as a program of its own: a generated server crate's `mock` binary is one call to
//! [`main`], so the mock builds from the generated crate and this runtime alone (a service
//! that does not compile does not stop it) and serves any spec the generator took.

use std::{net::SocketAddr, process::ExitCode};

/// `<crate>-mock [--listen ADDR] [--seed N]`: serves `router(seed)` on `ADDR` (default
/// `127.0.0.1:4010`, seed 0) until SIGTERM or Ctrl-C, then lets requests in flight finish.
/// Prints `mock listening on http://ADDR` once bound (port 0 picks a free one).
pub fn main(router: fn(u64) -> axum::Router) -> ExitCode {
    run(router, std::env::args().skip(1).collect())
}

/// [`main`] with the arguments given (a program that reads some of its own first).
pub fn run(router: fn(u64) -> axum::Router, args: Vec<String>) -> ExitCode {
    let (listen, seed) = match options(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\nusage: mock [--listen ADDR] [--seed N]");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: starting the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(serve(router(seed), listen)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The listen address and seed the arguments ask for.
fn options(args: &[String]) -> Result<(SocketAddr, u64), String> {
    let mut listen = SocketAddr::from(([127, 0, 0, 1], 4010));
    let mut seed = 0;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--listen" => {
                listen = value
                    .parse()
                    .map_err(|_| format!("--listen {value}: not an address like 127.0.0.1:4010"))?;
            }
            "--seed" => {
                seed = value
                    .parse()
                    .map_err(|_| format!("--seed {value}: not a whole number"))?;
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok((listen, seed))
}

/// Serves `app` on `listen` until SIGTERM or Ctrl-C.
pub async fn serve(app: axum::Router, listen: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|err| std::io::Error::new(err.kind(), format!("listening on {listen}: {err}")))?;
    let address = listener.local_addr()?;
    println!("mock listening on http://{address}");
    axum::serve(listener, app)
        .with_graceful_shutdown(stopped())
        .await
}

/// Resolves on SIGTERM or Ctrl-C (SIGINT).
async fn stopped() {
    let interrupt = async {
        // Without a handler, Ctrl-C still ends the process: nothing to wait for then.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

#[cfg(test)]
mod tests {
    use super::options;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn options_are_read_and_mistakes_named() {
        assert_eq!(
            options(&args("")).unwrap(),
            ("127.0.0.1:4010".parse().unwrap(), 0)
        );
        assert_eq!(
            options(&args("--seed 7 --listen 0.0.0.0:9")).unwrap(),
            ("0.0.0.0:9".parse().unwrap(), 7)
        );
        assert_eq!(
            options(&args("--seed")).unwrap_err(),
            "--seed needs a value"
        );
        assert_eq!(
            options(&args("--port 1")).unwrap_err(),
            "unknown option --port"
        );
        assert!(
            options(&args("--listen localhost"))
                .unwrap_err()
                .contains("not an address")
        );
    }
}
