//! The generator's test specs made crates: `crates/codegen-fixtures` holds each spec's client,
//! server and served JSON, the `lib.rs` that mounts them, and `fixture-mock`, the program
//! that serves any one fixture's generated mock (what CI runs schemathesis against).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::{COMMAND, FIXTURES, Output, TEST_SPECS};

/// One client module per test spec, and the `lib.rs` that mounts them.
pub(crate) fn fixtures(root: &Path) -> Result<Vec<Output>> {
    let dir = root.join(TEST_SPECS);
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("listing {TEST_SPECS}"))?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<_, _>>()
        .with_context(|| format!("listing {TEST_SPECS}"))?;
    specs.retain(|path| path.extension().is_some_and(|ext| ext == "yaml"));
    specs.sort();
    let mut outputs = Vec::new();
    let mut modules = String::new();
    let mut stems = Vec::new();
    for path in specs {
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .context("a test spec's name is not UTF-8")?;
        stems.push(stem.to_owned());
        let source_name = format!("{TEST_SPECS}/{stem}.yaml");
        let text =
            std::fs::read_to_string(&path).with_context(|| format!("reading {source_name}"))?;
        let spec = codegen::Spec::parse(&source_name, &text)?;
        let (client, server) = codegen::generate(
            &spec,
            &codegen::ServerOptions {
                command: COMMAND,
                spec_include: &format!("../../codegen/tests/specs/{stem}.yaml"),
                json_include: &format!("{stem}_openapi.json"),
            },
        )?;
        let trip = codegen::round_trip(
            &spec,
            &client,
            &format!("crate::{stem}_client"),
            &format!("crate::{stem}_server"),
        )?;
        outputs.push(Output {
            path: format!("{FIXTURES}/{stem}_client.rs"),
            contents: client,
        });
        outputs.push(Output {
            path: format!("{FIXTURES}/{stem}_server.rs"),
            contents: server.source,
        });
        outputs.push(Output {
            path: format!("{FIXTURES}/{stem}_trip.rs"),
            contents: format!(
                "// {} by `{COMMAND}` from {source_name}. Do not edit by hand.\n\
                 //! The round trip: the generated client calls every operation of the mock.\n{}",
                codegen::GENERATED_MARKER,
                trip
            ),
        });
        outputs.push(Output {
            path: format!("{FIXTURES}/{stem}_openapi.json"),
            contents: server.openapi_json,
        });
        modules.push_str(&format!(
            "\n/// The client generated from `{source_name}`.\n#[rustfmt::skip]\npub mod {stem}_client;\n\
             \n/// The server generated from `{source_name}`.\n#[rustfmt::skip]\npub mod {stem}_server;\n\
             \n/// The round trip of `{source_name}`: its client against its mock.\n#[rustfmt::skip]\npub mod {stem}_trip;\n"
        ));
    }
    outputs.push(mock_program(&stems));
    let names: String = stems
        .iter()
        .map(|stem| format!("    {stem:?},\n"))
        .collect();
    let mocks: String = stems
        .iter()
        .map(|stem| format!("        {stem:?} => {stem}_server::mock::router_with_seed(seed),\n"))
        .collect();
    let trips: String = stems
        .iter()
        .map(|stem| format!("        {stem:?} => {stem}_trip::run(base, seed).await,\n"))
        .collect();
    outputs.push(Output {
        path: format!("{FIXTURES}/lib.rs"),
        contents: format!(
            "// {} by `{COMMAND}` from the specs in {TEST_SPECS}. Do not edit by hand.\n\
             //! Compiles the generator's output for each of its test specs.\n{modules}\n\
             /// The test specs, by name.\n\
             pub const FIXTURES: &[&str] = &[\n{names}];\n\n\
             /// A test spec's generated mock.\n\
             pub fn mock(name: &str, seed: u64) -> Option<axum::Router> {{\n    \
                 Some(match name {{\n{mocks}        _ => return None,\n    }})\n}}\n\n\
             /// A test spec's round trip against its mock at `base`: each operation's id \
             and outcome.\n\
             pub async fn round_trip(\n    name: &str,\n    base: &str,\n    seed: u64,\n\
             ) -> Option<Vec<(&'static str, Result<(), String>)>> {{\n    \
                 Some(match name {{\n{trips}        _ => return None,\n    }})\n}}\n",
            codegen::GENERATED_MARKER,
        ),
    });
    Ok(outputs)
}

/// `src/bin/fixture-mock.rs`: `fixture-mock <fixture> [--listen ADDR] [--seed N]`.
fn mock_program(stems: &[String]) -> Output {
    let arms: String = stems
        .iter()
        .map(|stem| {
            format!(
                "        \"{stem}\" => codegen_fixtures::{stem}_server::mock::router_with_seed,\n"
            )
        })
        .collect();
    let names = stems.join(", ");
    Output {
        path: format!("{FIXTURES}/bin/fixture-mock.rs"),
        contents: format!(
            "// {marker} by `{COMMAND}` from the specs in {TEST_SPECS}. Do not edit by hand.\n\
             //! `cargo run -p codegen-fixtures --bin fixture-mock -- <fixture> [--listen ADDR] \
             [--seed N]`:\n\
             //! the generated mock of one test spec (`{TEST_SPECS}/<fixture>.yaml`).\n\
             \n\
             const FIXTURES: &str = \"{names}\";\n\
             \n\
             fn main() -> std::process::ExitCode {{\n\
             \x20   let mut args = std::env::args().skip(1);\n\
             \x20   let name = args.next().unwrap_or_default();\n\
             \x20   let router: fn(u64) -> axum::Router = match name.as_str() {{\n\
             {arms}\
             \x20       _ => {{\n\
             \x20           eprintln!(\"error: no fixture named {{name:?}}; the fixtures: {{FIXTURES}}\");\n\
             \x20           return std::process::ExitCode::from(2);\n\
             \x20       }}\n\
             \x20   }};\n\
             \x20   server_runtime::mock::run(router, args.collect())\n\
             }}\n",
            marker = codegen::GENERATED_MARKER
        ),
    }
}
