//! `corpus-wire`, the one program of the wire sample, written into the sample workspace and
//! built there: `corpus-wire <module> [--listen ADDR] [--seed N]` serves a sampled spec's
//! generated mock; `corpus-wire trip <module> <base-url>` drives the spec's generated client
//! against a mock at `base-url` with the driver `codegen::round_trip` writes (one module per
//! spec under `src/trips/`), printing one JSON line per operation.
//!
//! A driver that does not compile is left out (its spec's round trip is not run, with the
//! compiler's first error) and the program built again without it.

use std::{
    collections::BTreeMap,
    fmt::Write as _,
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use anyhow::{Context, Result, bail};

use super::{Run, SAMPLE, SPECS, compile::module};

/// The program, and for each spec whose driver was left out, why.
pub(super) struct Program {
    pub(super) path: PathBuf,
    pub(super) no_driver: BTreeMap<String, String>,
}

/// Writes and builds the program of the specs in `ready` (indices into `runs`).
pub(super) fn build_program(root: &Path, runs: &[Run], ready: &[usize]) -> Result<Program> {
    let sample = root.join(SAMPLE);
    let dir = sample.join("wire");
    let trips = dir.join("src/trips");
    if trips.exists() {
        std::fs::remove_dir_all(&trips)?;
    }
    std::fs::create_dir_all(&trips)?;
    let mut no_driver = BTreeMap::new();
    for &index in ready {
        let name = &runs[index].name;
        let module = module(name);
        let driver = (|| -> Result<String> {
            let text = std::fs::read_to_string(root.join(SPECS).join(name))?;
            let spec = codegen::Spec::parse(name, &text)?;
            let client =
                std::fs::read_to_string(sample.join(&module).join("client/src/generated.rs"))?;
            Ok(codegen::round_trip(
                &spec,
                &client,
                &format!("::{module}_client"),
                &format!("::{module}_server"),
            )?)
        })();
        match driver {
            Ok(driver) => std::fs::write(trips.join(format!("{module}.rs")), driver)?,
            Err(err) => {
                no_driver.insert(module, format!("{err:#}"));
            }
        }
    }
    let modules: Vec<String> = ready
        .iter()
        .map(|&index| module(&runs[index].name))
        .collect();
    write_manifest(&sample, &modules)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // At most twice: once with every driver, once without those that did not compile.
    for attempt in 0..2 {
        write_main(&dir, &modules, &no_driver)?;
        eprintln!(
            "$ cargo build -p corpus-wire (the mocks and round trips of {} sampled spec(s))",
            modules.len()
        );
        let started = Instant::now();
        let output = Command::new(&cargo)
            .args([
                "build",
                "--quiet",
                "--message-format=json",
                "-p",
                "corpus-wire",
                "--target-dir",
            ])
            .arg(root.join("target"))
            .current_dir(&sample)
            .env("CARGO_TERM_COLOR", "never")
            .output()
            .context("running cargo build on the wire program")?;
        eprintln!("built in {:.0} s", started.elapsed().as_secs_f64());
        if output.status.success() {
            return Ok(Program {
                path: root.join("target/debug/corpus-wire"),
                no_driver,
            });
        }
        let failing = driver_errors(&String::from_utf8_lossy(&output.stdout));
        if attempt == 1 || failing.is_empty() {
            bail!(
                "building the wire program failed:\n{}\n{}",
                failing.values().cloned().collect::<Vec<_>>().join("\n"),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        for (module, error) in failing {
            eprintln!("  the round-trip driver of {module} does not compile: {error}");
            std::fs::remove_file(trips.join(format!("{module}.rs")))?;
            no_driver.insert(module, format!("the driver does not compile: {error}"));
        }
    }
    unreachable!("the loop returns or fails")
}

/// The first compiler error of each driver, by module.
fn driver_errors(messages: &str) -> BTreeMap<String, String> {
    let mut errors = BTreeMap::new();
    for line in messages.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
            continue;
        }
        let file = message["message"]["spans"][0]["file_name"]
            .as_str()
            .unwrap_or("");
        if let Some(module) = file
            .strip_prefix("src/trips/")
            .and_then(|rest| rest.strip_suffix(".rs"))
        {
            let text = message["message"]["message"]
                .as_str()
                .unwrap_or("")
                .to_owned();
            errors.entry(module.to_owned()).or_insert(text);
        }
    }
    errors
}

fn write_manifest(sample: &Path, modules: &[String]) -> Result<()> {
    let mut dependencies = String::new();
    for module in modules {
        let package = module.replace('_', "-");
        for side in ["client", "server"] {
            writeln!(
                dependencies,
                "{package}-{side} = {{ path = \"../{module}/{side}\" }}"
            )?;
        }
    }
    std::fs::write(
        sample.join("wire/Cargo.toml"),
        format!(
            "[package]\nname = \"corpus-wire\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
             publish = false\n\n[dependencies]\nserver-runtime.workspace = true\n\
             client-runtime.workspace = true\naxum.workspace = true\n\
             tokio.workspace = true\nserde.workspace = true\nserde_json.workspace = true\n\
             uuid.workspace = true\nchrono.workspace = true\n{dependencies}"
        ),
    )?;
    let manifest_path = sample.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path)?;
    if !manifest.contains("\"wire\"") {
        std::fs::write(
            &manifest_path,
            manifest.replacen("members = [\n", "members = [\n  \"wire\",\n", 1),
        )?;
    }
    Ok(())
}

fn write_main(dir: &Path, modules: &[String], no_driver: &BTreeMap<String, String>) -> Result<()> {
    let mut mocks = String::new();
    let mut trips = String::new();
    let mut declared = String::new();
    for module in modules {
        writeln!(
            mocks,
            "        \"{module}\" => {module}_server::mock::router_with_seed,"
        )?;
        if !no_driver.contains_key(module) {
            writeln!(declared, "    pub mod {module};")?;
            writeln!(
                trips,
                "            \"{module}\" => Some(trips::{module}::run(&base, 0).await),"
            )?;
        }
    }
    std::fs::write(
        dir.join("src/main.rs"),
        format!(
            "//! `corpus-wire <module> [--listen ADDR] [--seed N]`: the generated mock of one \
             sampled spec; `corpus-wire trip <module> <base-url>`: its generated client's \
             round trip against a mock there.\n\n\
             mod trips {{\n{declared}}}\n\n\
             fn main() -> std::process::ExitCode {{\n    \
                 let mut args = std::env::args().skip(1);\n    \
                 let module = args.next().unwrap_or_default();\n    \
                 if module == \"trip\" {{\n        \
                     let module = args.next().unwrap_or_default();\n        \
                     let base = args.next().unwrap_or_default();\n        \
                     return trip(&module, base);\n    \
                 }}\n    \
                 let router: fn(u64) -> axum::Router = match module.as_str() {{\n\
                 {mocks}        _ => {{\n            \
                     eprintln!(\"error: no sampled spec {{module:?}}\");\n            \
                     return std::process::ExitCode::from(2);\n        }}\n    }};\n    \
                 server_runtime::mock::run(router, args.collect())\n}}\n\n\
             fn trip(module: &str, base: String) -> std::process::ExitCode {{\n    \
                 let runtime = tokio::runtime::Runtime::new().expect(\"a runtime\");\n    \
                 let outcomes: Option<Vec<(&str, Result<(), String>)>> = \
                 runtime.block_on(async {{\n        \
                     match module {{\n\
                 {trips}            _ => None,\n        }}\n    }});\n    \
                 let Some(outcomes) = outcomes else {{\n        \
                     eprintln!(\"error: no round trip for {{module:?}}\");\n        \
                     return std::process::ExitCode::from(2);\n    }};\n    \
                 for (operation, outcome) in outcomes {{\n        \
                     let line = serde_json::json!({{\"operation\": operation, \"outcome\": \
                     outcome.err().unwrap_or_else(|| \"ok\".to_owned())}});\n        \
                     println!(\"{{line}}\");\n    }}\n    \
                 std::process::ExitCode::SUCCESS\n}}\n"
        ),
    )?;
    Ok(())
}
