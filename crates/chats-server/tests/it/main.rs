//! The service's integration tests, one binary with a module per concern (each test binary
//! links the whole service again, so one binary builds in a fraction of the time ten did).
//!
//! Tests that load the machine (SIGKILLs under load, the soak, two replicas, the browser,
//! the hostile-input run) take turns through the `heavy` group of `.config/nextest.toml`,
//! matched by module path.

mod cli;
mod crash;
mod docs_page;
mod full_disk;
mod fuzz_corpus;
mod hostile_input;
mod key_cache;
mod layers;
mod limits;
#[cfg(feature = "otel")]
mod otel;
mod query_plans;
mod scale_out;
mod soak;
mod support;
mod telemetry;
