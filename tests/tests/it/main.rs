//! The workspace-level tests, one binary (each test binary links the whole service again):
//! the spec against the reference text, the end-to-end suite, time-range windows against
//! their plain definition, and the security suite, each service test on both backends.

mod client;
mod e2e;
mod registry;
mod security;
mod spec_matches_seed;
mod timestamps;
mod windows;
