//! The compile check: a deterministic sample of the generated client and server pairs written
//! as the modules of one crate under `target/corpus/sample` and `cargo check`ed, each error
//! attributed to its spec.

use std::{collections::BTreeMap, fmt::Write as _, path::Path, process::Command, time::Instant};

use anyhow::{Context, Result, bail};

use super::{Compiled, Outcome, Run, SAMPLE, SAMPLE_MAX_BYTES, SPECS};

/// A stable hash (FNV-1a) that orders the sample.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The module name of a spec in the sample crate.
fn module(name: &str) -> String {
    let cleaned: String = name
        .trim_end_matches(".json")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("s_{cleaned}")
}

/// Writes the sample crate (the `count` generated specs first in hash order) and `cargo
/// check`s it, attributing each error to its spec by file.
pub(super) fn compile_sample(root: &Path, runs: &mut [Run], count: usize) -> Result<()> {
    let specs = root.join(SPECS);
    let mut chosen: Vec<usize> = (0..runs.len())
        .filter(|&index| {
            runs[index].outcome == Outcome::Generated
                && runs[index].output_bytes <= SAMPLE_MAX_BYTES
        })
        .collect();
    chosen.sort_by_key(|&index| (fnv(&runs[index].name), index));
    chosen.truncate(count);
    chosen.sort_unstable();
    let dir = root.join(SAMPLE);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).context("clearing the previous sample")?;
    }
    std::fs::create_dir_all(dir.join("src")).context("creating the sample crate")?;
    std::fs::write(dir.join("Cargo.toml"), sample_manifest(root)?)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).context("copying Cargo.lock")?;
    let mut lib = String::from(
        "//! The generator's output for a sample of the corpus (written by `cargo xtask corpus`).\n",
    );
    let mut by_module = BTreeMap::new();
    for &index in &chosen {
        let name = &runs[index].name;
        let text = std::fs::read_to_string(specs.join(name))?;
        let spec = codegen::Spec::parse(name, &text)?;
        let (client, server) = codegen::generate(
            &spec,
            &codegen::ServerOptions {
                command: "cargo xtask corpus",
                spec_include: "spec.json",
                json_include: "openapi.json",
            },
        )?;
        let module = module(name);
        let module_dir = dir.join("src").join(&module);
        std::fs::create_dir_all(&module_dir)?;
        std::fs::write(
            module_dir.join("mod.rs"),
            "#[rustfmt::skip]\npub mod client;\n#[rustfmt::skip]\npub mod server;\n",
        )?;
        std::fs::write(module_dir.join("client.rs"), client)?;
        std::fs::write(module_dir.join("server.rs"), server.source)?;
        std::fs::write(module_dir.join("openapi.json"), server.openapi_json)?;
        std::fs::write(module_dir.join("spec.json"), text)?;
        writeln!(lib, "pub mod {module};")?;
        by_module.insert(module, index);
    }
    std::fs::write(dir.join("src/lib.rs"), lib)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    eprintln!(
        "$ cargo check (a sample of {} spec(s), {})",
        chosen.len(),
        SAMPLE
    );
    let started = Instant::now();
    let output = Command::new(cargo)
        .args(["check", "--quiet", "--message-format=json", "--target-dir"])
        .arg(root.join("target"))
        .current_dir(&dir)
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .context("running cargo check on the sample")?;
    eprintln!("checked in {:.0} s", started.elapsed().as_secs_f64());
    let mut errors: BTreeMap<usize, String> = BTreeMap::new();
    let mut unattributed = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
            continue;
        }
        let text = message["message"]["message"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        let file = message["message"]["spans"][0]["file_name"]
            .as_str()
            .unwrap_or("");
        let module = file
            .strip_prefix("src/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|module| by_module.get(module));
        match module {
            Some(&index) => {
                errors.entry(index).or_insert(text);
            }
            None => unattributed.push(text),
        }
    }
    if !output.status.success() && errors.is_empty() {
        bail!(
            "cargo check of the sample failed outside any spec's module: {}\n{}",
            unattributed.join("; "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    for index in chosen {
        runs[index].compiled = match errors.remove(&index) {
            Some(error) => Compiled::No(error),
            None => Compiled::Yes,
        };
    }
    Ok(())
}

/// The sample crate's manifest: its own workspace whose dependency table is the root's (path
/// dependencies made absolute), so it builds with the versions `Cargo.lock` pins.
fn sample_manifest(root: &Path) -> Result<String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let start = manifest
        .find("[workspace.dependencies]")
        .context("the root manifest has no [workspace.dependencies]")?;
    let table = &manifest[start..];
    let end = table[1..].find("\n[").map_or(table.len(), |at| at + 1);
    let absolute = format!("path = \"{}/crates/", root.display());
    let table = table[..end].replace("path = \"crates/", &absolute);
    Ok(format!(
        "[package]\nname = \"corpus-sample\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [features]\nproptest = []\n\n\
         [dependencies]\n\
         progenitor-client.workspace = true\nclient-runtime.workspace = true\nreqwest.workspace = true\nserde.workspace = true\n\
         serde_json.workspace = true\nuuid.workspace = true\nchrono.workspace = true\n\
         regress.workspace = true\nserver-runtime.workspace = true\naxum.workspace = true\n\n\
         [workspace]\n\n{table}\n"
    ))
}
