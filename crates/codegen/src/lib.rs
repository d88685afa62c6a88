//! Generates Rust source from an OpenAPI 3.0 (or 3.1) document.
//!
//! This crate is the generator behind `cargo xtask codegen`. It knows nothing about any
//! particular API: it takes a document, checks that it stays inside the supported subset (see
//! the crate README), and returns the text of generated files. Writing them, comparing them
//! with what is checked in, and choosing where they go is the caller's job, so that `codegen`
//! and `codegen --check` share one function that produces the bytes.
//!
//! The pipeline, one stage per module:
//!
//! ```text
//! text ──yaml/bundle──▶ Document (JSON + places) ──lower, subset──▶ Spec (lowered, checked)
//!      ──model──▶ Api (every fact, every name) ──progenitor──▶ client syntax and types
//!      ──client/, server/──▶ files ──render──▶ text
//! ```
//!
//! - [`Spec::parse`] reads a document, lowers it to the shapes the generators handle
//!   (`lower.rs`) and checks it; every refusal names the construct and its JSON pointer
//!   ([`CodegenError`]).
//! - [`client_file`] renders the client: progenitor's, with the three-state `Patch<T>` fields
//!   progenitor lacks for optional nullable properties, retries, page streams, typed errors.
//! - [`generate`] renders, from one progenitor run, the client and the axum server side
//!   ([`ServerFiles`]): the same models, one trait with a method per operation,
//!   per-operation request/response types, validation statics and a router (runtime support
//!   in the `server-runtime` crate).
//! - [`compare`] is the breaking-change check between two documents.
//! - [`unified_diff`] is what `--check` prints for a stale file.

mod breaking;
mod bundle;
mod client;
mod dates;
mod error;
mod examples;
mod lower;
mod model;
mod naming;
mod openapi;
mod pointer;
mod progenitor;
mod render;
mod resolve;
mod round_trip;
mod routes;
mod schema_value;
mod server;
mod spec;
mod subset;
mod yaml;

pub use breaking::{
    Approval, Breaks, Change, Level, Lifecycle, RULES, Report, Rule, Stability, compare,
    compare_with,
};
pub use bundle::Document;
pub use dates::today_utc;
pub use error::{CodegenError, ExampleProblem};
pub use pointer::Location;
pub use render::{GENERATED_MARKER, unified_diff};
pub use round_trip::round_trip;
pub use server::{AnswerChecks, ServerFiles, ServerOptions};
pub use spec::Spec;
pub use yaml::MAX_NESTING;

/// The client source file for `spec`: a progenitor client in the builder style
/// (`client.list_pets().limit(20).send()`) with its `types` module. `command` is named in the
/// header as the way to regenerate the file.
///
/// The file must be mounted as a module whose `types` submodule stays reachable as `types`
/// from the module itself (for example `mod generated; pub use generated::*;`).
pub fn client_file(spec: &Spec, command: &str) -> Result<String, CodegenError> {
    on_own_stack(|| {
        let api = model::Api::build(spec)?;
        let progenitor = progenitor::Progenitor::run(spec)?;
        client::render(spec, &api, &progenitor, command)
    })
}

/// `document` (the spec's JSON) with each schema without `type` given the type the generated
/// crates read it as (an object's keywords alone: an object, where JSON Schema would take any
/// value; a `format` or `enum` that implies one: that type), and each integer without bounds
/// the bounds of its Rust type (`i64`, `i32` for `int32`), and each `format: uuid` the
/// hyphenated form's pattern, each request body without the media types the router does not
/// read ([`notes`] reports them), and no `Accept`, `Content-Type` or `Authorization` header
/// parameter (OpenAPI ignores them), each path template's query part as query parameters and
/// each parameter's `content` that travels as its text as its `schema`; returns the JSON pointers of what it changed.
/// Tools that judge the generated crates against the document (the corpus's wire check,
/// schemathesis) take this reading; the README's subset table lists it.
pub fn as_read(document: &mut serde_json::Value) -> Vec<String> {
    let mut changed = lower::without_ignored_headers(document);
    changed.extend(lower::as_meant(document));
    changed.extend(lower::without_unread(document));
    changed.extend(lower::as_read(document));
    changed
}

/// Every `example` and `examples` value of the spec checked against its schema, with the
/// validator the generated router runs on requests: `Err(CodegenError::Examples)` lists each
/// one that does not match, with its place. [`generate`] does not refuse a spec for them
/// (documentation errors are common in published specs; its mock answers only the examples
/// that match); `cargo xtask codegen` refuses the workspace's own spec.
pub fn check_examples(spec: &Spec) -> Result<(), CodegenError> {
    examples::check(spec)
}

/// What the generated crates leave of the document, each with its place
/// (`file:line:column: pointer: …`): the media types a request body offers beside the one the
/// generated client sends that the router does not read (it answers them 415; see the crate
/// README's subset table). [`generate`] does not refuse a spec for them; `cargo xtask codegen`
/// refuses the workspace's own spec.
pub fn notes(spec: &Spec) -> Vec<String> {
    model::notes(spec)
}

/// The lifecycle marks a workspace's own spec must carry beyond what [`generate`] needs: a
/// deprecated operation says since when (`x-deprecated-since`), the date of its answers'
/// `Deprecation` header. [`generate`] does not refuse an undated one (published specs rarely
/// date theirs): its answers carry `Sunset` and `Link`, not `Deprecation`.
pub fn check_lifecycle(spec: &Spec) -> Result<(), CodegenError> {
    model::check_dated(spec, &model::Api::build(spec)?)
}

/// Both crates from one progenitor run: the client's source and the server's files.
pub fn generate(
    spec: &Spec,
    options: &ServerOptions<'_>,
) -> Result<(String, ServerFiles), CodegenError> {
    on_own_stack(|| {
        let api = model::Api::build(spec)?;
        let progenitor = progenitor::Progenitor::run(spec)?;
        let server = server::render(spec, &api, &progenitor, options)?;
        let client = client::render(spec, &api, &progenitor, options.command)?;
        Ok((client, server))
    })
}

/// The stack the generators run on: progenitor and typify recurse once or more per level of
/// a schema, so a document nested [`MAX_NESTING`] deep needs more than a thread's default
/// (`tests/deep.rs` generates one at the limit in a debug build). Reserved, not used: the
/// pages a shallow document never touches cost nothing.
const STACK: usize = 256 << 20;

/// Runs `work` on a thread of its own with [`STACK`] bytes of stack, as if in place (a panic
/// goes on unwinding in the caller).
pub(crate) fn on_own_stack<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("codegen".to_owned())
            .stack_size(STACK)
            .spawn_scoped(scope, work)
            .expect("the system gives the generator a thread")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

#[cfg(test)]
mod reference_tests {
    #[test]
    fn a_property_named_ref_is_a_property() {
        let spec = crate::Spec::parse(
            "meta.yaml",
            r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /schemas:
    get:
      operationId: getSchema
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/JsonSchema'}
components:
  schemas:
    JsonSchema:
      type: object
      properties:
        $ref: {type: string}
        id: {type: string}
"##,
        )
        .expect("a schema's property named $ref is no reference");
        let options = crate::ServerOptions {
            command: "test",
            spec_include: "openapi.yaml",
            json_include: "openapi.json",
        };
        let (client, server) = crate::generate(&spec, &options).expect("generates");
        assert!(server.source.contains("\"$ref\""), "the router checks it");
        assert!(client.contains(r#"rename = "$ref""#), "{client}");
        let wrong = crate::Spec::parse(
            "meta.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 7}\n",
        );
        assert!(
            wrong.is_err(),
            "a reference that is not a string is still refused"
        );
    }
}
