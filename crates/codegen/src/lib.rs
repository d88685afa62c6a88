//! Generates Rust source from an OpenAPI 3.0 (or 3.1) document.
//!
//! This crate is the generator behind `cargo xtask codegen`. It knows nothing about any
//! particular API: it takes a document, checks that it stays inside the supported subset (see
//! the crate README), and returns the text of generated files. Writing them, comparing them
//! with what is checked in, and choosing where they go is the caller's job, so that `codegen`
//! and `codegen --check` share one function that produces the bytes.
//!
//! - [`Spec::parse`] reads a document, lowers it to the shapes the generators handle
//!   (`lower.rs`) and checks it; every refusal names the construct and its JSON pointer
//!   ([`CodegenError`]).
//! - [`client_file`] renders a progenitor client, with the three-state `Patch<T>` fields that
//!   progenitor lacks for optional nullable properties.
//! - [`generate`] renders, from one progenitor run, the client and the axum server side
//!   ([`ServerFiles`]): the same models, one trait with a method per operation,
//!   per-operation request/response types, validation statics and a router (runtime support
//!   in the `server-runtime` crate).
//! - [`unified_diff`] is what `--check` prints for a stale file.

mod breaking;
mod bundle;
mod client;
mod client_errors;
mod client_hooks;
mod error;
mod lower;
mod naming;
mod openapi;
mod pointer;
mod render;
mod resolve;
mod server;
mod spec;
mod subset;
mod three_state;
mod yaml;

pub use breaking::{Breaks, Change, Level, RULES, Report, Rule, compare};
pub use bundle::Document;
pub use client::client_file;
pub use error::CodegenError;
pub use pointer::Location;
pub use render::{GENERATED_MARKER, unified_diff};
pub use server::{ServerFiles, ServerOptions, generate};
pub use spec::Spec;
