//! The compile check: a deterministic sample of the generated client and server pairs, each
//! built the way a user gets it: the client as its own crate and the server as its own, with
//! the dependencies and features of the workspace's `chats-client` and `chats-api` (read from
//! their manifests) and the generated file as `src/generated.rs` re-exported by a one-line
//! `lib.rs`, exactly as those crates hold theirs. The crates are members of one workspace
//! under `target/corpus/sample`, `cargo check`ed with `--keep-going`; each error is
//! attributed to its spec by file.

use std::{collections::BTreeMap, fmt::Write as _, path::Path, process::Command, time::Instant};

use anyhow::{Context, Result, bail};

use super::{Compiled, Outcome, Run, SAMPLE, SPECS};

/// A stable hash (FNV-1a) that orders the sample.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The directory (and package name stem) of a spec in the sample workspace.
pub(super) fn module(name: &str) -> String {
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

/// The lib.rs of a sampled crate: what `crates/chats-client` and `crates/chats-api` do with
/// their generated file, without their hand-written additions.
const LIB: &str = "#[rustfmt::skip]\nmod generated;\n\npub use generated::*;\n";

/// The first `count` generated specs in the seeded (FNV) order, of those whose generated
/// client and server are within `max_kib` when given; in corpus order.
pub(super) fn sample(runs: &[Run], count: usize, max_kib: Option<usize>) -> Vec<usize> {
    let mut chosen: Vec<usize> = (0..runs.len())
        .filter(|&index| {
            runs[index].outcome == Outcome::Generated
                && max_kib.is_none_or(|kib| runs[index].output_bytes <= kib * 1024)
        })
        .collect();
    chosen.sort_by_key(|&index| (fnv(&runs[index].name), index));
    chosen.truncate(count);
    chosen.sort_unstable();
    chosen
}

/// Writes the sample workspace (the specs `chosen`, indices into `runs` in corpus order) and
/// `cargo check`s it, attributing each error to its spec by file.
pub(super) fn compile_sample(root: &Path, runs: &mut [Run], chosen: &[usize]) -> Result<()> {
    let specs = root.join(SPECS);
    if chosen.is_empty() {
        return Ok(());
    }
    for &index in chosen {
        eprintln!(
            "  sampled: {} ({} KiB generated)",
            runs[index].name,
            runs[index].output_bytes / 1024
        );
    }
    if std::env::var_os("XTASK_CORPUS_LIST_ONLY").is_some() {
        bail!("listed only");
    }
    let dir = root.join(SAMPLE);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).context("clearing the previous sample")?;
    }
    std::fs::create_dir_all(&dir).context("creating the sample workspace")?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).context("copying Cargo.lock")?;
    let client_manifest = crate_manifest(root, "chats-client")?;
    let server_manifest = crate_manifest(root, "chats-api")?;
    let mut members = String::new();
    let mut by_module = BTreeMap::new();
    for &index in chosen {
        let name = &runs[index].name;
        let text = std::fs::read_to_string(specs.join(name))?;
        let spec = codegen::Spec::parse(name, &text)?;
        let (client, server) = codegen::generate(
            &spec,
            &codegen::ServerOptions {
                command: "cargo xtask corpus",
                spec_include: "openapi.yaml",
                json_include: "openapi.json",
            },
        )?;
        let module = module(name);
        let package = module.replace('_', "-");
        for (side, manifest, source) in [
            ("client", &client_manifest, &client),
            ("server", &server_manifest, &server.source),
        ] {
            let src = dir.join(&module).join(side).join("src");
            std::fs::create_dir_all(&src)?;
            std::fs::write(
                src.parent().expect("a crate directory").join("Cargo.toml"),
                format!(
                    "[package]\nname = \"{package}-{side}\"\nversion = \"0.0.0\"\n\
                     edition = \"2024\"\npublish = false\n\n{manifest}"
                ),
            )?;
            std::fs::write(src.join("lib.rs"), LIB)?;
            std::fs::write(src.join("generated.rs"), source)?;
            writeln!(members, "  \"{module}/{side}\",")?;
        }
        let server_src = dir.join(&module).join("server/src");
        std::fs::write(server_src.join("openapi.json"), server.openapi_json)?;
        std::fs::write(server_src.join("openapi.yaml"), text)?;
        by_module.insert(module, index);
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [\n{members}]\n\n{}\n",
            workspace_dependencies(root)?
        ),
    )?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    eprintln!(
        "$ cargo check --workspace --keep-going (a sample of {} spec(s), each a client and a \
         server crate, {SAMPLE})",
        chosen.len(),
    );
    let started = Instant::now();
    let output = Command::new(cargo)
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--quiet",
            "--message-format=json",
            "--target-dir",
        ])
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
            .split('/')
            .next()
            .and_then(|module| by_module.get(module));
        match module {
            Some(&index) => {
                let side = file.split('/').nth(1).unwrap_or("");
                errors
                    .entry(index)
                    .or_insert_with(|| format!("{side}: {text}"));
            }
            None => unattributed.push(text),
        }
    }
    if !output.status.success() && errors.is_empty() {
        bail!(
            "cargo check of the sample failed outside any spec's crates: {}\n{}",
            unattributed.join("; "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    for &index in chosen {
        runs[index].compiled = match errors.remove(&index) {
            Some(error) => Compiled::No(error),
            None => Compiled::Yes,
        };
    }
    Ok(())
}

/// A workspace crate's `[features]` and `[dependencies]` tables, as its manifest writes them
/// (`dependency.workspace = true` resolves in the sample's workspace, whose table is the
/// root's).
fn crate_manifest(root: &Path, name: &str) -> Result<String> {
    let path = root.join("crates").join(name).join("Cargo.toml");
    let manifest =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut tables = String::new();
    for table in ["[features]", "[dependencies]"] {
        tables.push_str(
            section(&manifest, table)
                .with_context(|| format!("{} has no {table} table", path.display()))?,
        );
        tables.push('\n');
    }
    Ok(tables)
}

/// The root manifest's `[workspace.dependencies]`, path dependencies made absolute, so the
/// sample builds with the versions `Cargo.lock` pins.
fn workspace_dependencies(root: &Path) -> Result<String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let table = section(&manifest, "[workspace.dependencies]")
        .context("the root manifest has no [workspace.dependencies]")?;
    let absolute = format!("path = \"{}/crates/", root.display());
    Ok(table.replace("path = \"crates/", &absolute))
}

/// A table of a manifest, from its header to the next header.
fn section<'a>(manifest: &'a str, header: &str) -> Option<&'a str> {
    let start = manifest.find(&format!("\n{header}\n"))? + 1;
    let table = &manifest[start..];
    let end = table[1..].find("\n[").map_or(table.len(), |at| at + 2);
    Some(&table[..end])
}
