//! The generator's insta snapshots (`crates/codegen/tests/snapshots/`) as outputs of the plan:
//! `cargo xtask codegen` brings them up to date with every other derived file, and `--check`
//! fails on a stale one, so one command serves an edit of a spec and `cargo xtask test`
//! agrees. The snapshot tests still run (`INSTA_UPDATE=no`) and guard the generator: a change
//! of its code that changes output fails them until `cargo xtask codegen` is run and the diff
//! reviewed.
//!
//! Each file is written exactly as insta writes it for the test in
//! `crates/codegen/tests/snapshots.rs` that asserts it (same expression, same input file).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::{COMMAND, Output, SPEC};

const TESTS: &str = "crates/codegen/tests";
const SOURCE: &str = "crates/codegen/tests/snapshots.rs";

/// Every snapshot the generator's snapshot tests assert.
pub(super) fn outputs(root: &Path) -> Result<Vec<Output>> {
    let mut outputs = Vec::new();
    for path in yaml_files(root, "specs")? {
        let file = file_name(&path)?;
        let (client, server) = generate(&path)?;
        let input = Some(format!("{TESTS}/specs/{file}"));
        outputs.push(snapshot(
            &format!("client_of_each_test_spec@{file}"),
            "client_for(path)",
            input.as_deref(),
            &client,
        ));
        outputs.push(snapshot(
            &format!("server_of_each_test_spec@{file}"),
            "generate(path).1.source",
            input.as_deref(),
            &server,
        ));
    }
    outputs.extend(chats(root)?);
    for path in yaml_files(root, "invalid")? {
        let file = file_name(&path)?;
        let refusal = match codegen::Spec::parse(&file, &read(&path)?)
            .and_then(|spec| codegen::client_file(&spec, COMMAND))
        {
            Ok(_) => anyhow::bail!("{TESTS}/invalid/{file} is accepted: it must be refused"),
            Err(err) => err.to_string(),
        };
        outputs.push(snapshot(
            &format!("each_refused_spec_names_the_construct_and_its_pointer@{file}"),
            "err.to_string()",
            Some(&format!("{TESTS}/invalid/{file}")),
            &refusal,
        ));
    }
    Ok(outputs)
}

/// The snapshots of the workspace's own spec (what an edit of it changes; watch writes them).
pub(super) fn chats(root: &Path) -> Result<Vec<Output>> {
    let (client, server) = generate(&root.join(SPEC))?;
    Ok(vec![
        snapshot(
            "client_of_the_chats_spec",
            "client_for(&path)",
            None,
            &client,
        ),
        snapshot(
            "server_of_the_chats_spec",
            "generate(&path).1.source",
            None,
            &server,
        ),
    ])
}

/// The client and the server source, as the snapshot tests generate them (a spec may
/// reference files beside it, as a split chats.yaml does).
fn generate(path: &Path) -> Result<(String, String)> {
    let file = file_name(path)?;
    let dir = path.parent().context("a spec has a directory")?;
    let spec = codegen::Spec::load(&file, &mut |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|err| format!("{name}: {err}"))
    })?;
    let (client, server) = codegen::generate(
        &spec,
        &codegen::ServerOptions {
            command: COMMAND,
            spec_include: "spec.yaml",
            json_include: "openapi.json",
        },
    )?;
    Ok((client, server.source))
}

/// One `.snap` file as insta writes it.
fn snapshot(name: &str, expression: &str, input: Option<&str>, contents: &str) -> Output {
    let input = input.map_or_else(String::new, |input| format!("input_file: {input}\n"));
    Output {
        path: format!("{TESTS}/snapshots/snapshots__{name}.snap"),
        contents: format!(
            "---\nsource: {SOURCE}\nexpression: {expression}\n{input}---\n{}\n",
            contents.trim_end()
        ),
    }
}

fn yaml_files(root: &Path, dir: &str) -> Result<Vec<PathBuf>> {
    let dir = root.join(TESTS).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|path| path.extension().is_some_and(|ext| ext == "yaml"));
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> Result<String> {
    path.file_name()
        .and_then(|name| name.to_str())
        .map(str::to_owned)
        .with_context(|| format!("{} has no UTF-8 name", path.display()))
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}
