//! The generated crates' dependency lists: codegen owns the lines of a `[dependencies]` table
//! that the generated code needs and the hand-written manifest lacks. When a spec starts to
//! need a crate (a `pattern` needs `regress`), `cargo xtask codegen` adds it, marked, to the
//! `Cargo.toml` of the crate holding the generated file; when no generated file of that crate
//! names it any more, the marked line goes. Unmarked lines are the author's and are never
//! touched. Only crates of `[workspace.dependencies]` are added (`name.workspace = true`), so
//! the workspace's one version of each holds.

use std::{collections::BTreeMap, path::Path};

use anyhow::{Result, bail};

use crate::Output;

/// The mark of a line codegen owns.
const MARK: &str = "# added by `cargo xtask codegen`: the generated code names it";

/// The mark of the `version` line of a crate generated from the spec.
const VERSION_MARK: &str = "# the spec's info.version, set by `cargo xtask codegen`";

/// The manifests whose owned lines differ from what the generated `.rs` outputs need: each
/// with its lines added or removed; and the crates generated from the spec (`versioned`, by
/// manifest path) at the spec's `info.version`, when it is a semantic version Cargo takes.
pub(crate) fn outputs(
    root: &Path,
    generated: &[Output],
    versioned: &[&str],
    version: &str,
) -> Result<Vec<Output>> {
    let workspace = std::fs::read_to_string(root.join("Cargo.toml"))?;
    // Each crate's manifest and the generated sources it holds.
    let mut crates: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for output in generated
        .iter()
        .filter(|output| output.path.ends_with(".rs"))
    {
        crates
            .entry(manifest_of(root, &output.path)?)
            .or_default()
            .push(&output.contents);
    }
    let mut outputs = Vec::new();
    for (manifest_path, sources) in crates {
        let manifest = std::fs::read_to_string(root.join(&manifest_path))?;
        let needed = sources
            .iter()
            .flat_map(|source| missing_dependencies(source, &unmarked(&manifest), &workspace))
            .collect::<std::collections::BTreeSet<_>>();
        let mut owned = with_owned(&manifest, &needed.into_iter().collect::<Vec<_>>())?;
        if versioned.contains(&manifest_path.as_str()) && is_semver(version) {
            owned = with_version(&owned, version);
        }
        if owned != manifest {
            outputs.push(Output {
                path: manifest_path,
                contents: owned,
            });
        }
    }
    Ok(outputs)
}

/// After a manifest was written: the lock files' entries of the workspace's own crates
/// (a generated crate's version follows the spec), offline, nothing else touched; so that a
/// `--locked` build (CI) takes what `cargo xtask codegen` wrote. The versions of `crates`
/// (name, version) are set in the text of each lock first, which needs nothing downloaded;
/// then `cargo update --workspace --offline` brings in a dependency a manifest gained. The
/// fuzz workspace's dependencies (libfuzzer-sys) may never have been fetched on this machine:
/// there a failed update is said, not fatal, since its versions are already set.
pub(crate) fn update_locks(root: &Path, crates: &[(&str, &str)]) -> Result<()> {
    for (manifest, lock, required) in [
        ("Cargo.toml", "Cargo.lock", true),
        (
            "crates/chats-server/fuzz/Cargo.toml",
            "crates/chats-server/fuzz/Cargo.lock",
            false,
        ),
    ] {
        let path = root.join(lock);
        if let Ok(text) = std::fs::read_to_string(&path) {
            let versioned = with_lock_versions(&text, crates);
            if versioned != text {
                std::fs::write(&path, versioned)?;
            }
        }
        let output = std::process::Command::new(env!("CARGO"))
            .args([
                "update",
                "--workspace",
                "--offline",
                "--quiet",
                "--manifest-path",
            ])
            .arg(root.join(manifest))
            .output()?;
        if !output.status.success() {
            if required {
                bail!(
                    "cargo update --workspace --manifest-path {manifest} failed:\n{}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            eprintln!(
                "note: {lock}: the versions are set, but `cargo update --workspace --offline \
                 --manifest-path {manifest}` failed (its dependencies are not downloaded here); \
                 if a generated crate gained a dependency, run it online"
            );
        }
    }
    println!("updated Cargo.lock (and the fuzz workspace's) for the crates' versions");
    Ok(())
}

/// A lock file's text with each path package of `crates` (an entry without `source`) at its
/// version.
fn with_lock_versions(lock: &str, crates: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(lock.len());
    let mut lines = lock.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(name) = line
            .trim_end()
            .strip_prefix("name = \"")
            .and_then(|rest| rest.strip_suffix('"'))
        else {
            continue;
        };
        let Some((_, version)) = crates.iter().find(|(crate_name, _)| *crate_name == name) else {
            continue;
        };
        if let Some(next) = lines.next_if(|next| next.starts_with("version = ")) {
            // A registry package of the same name has a `source` line next: kept as it is.
            if lines
                .peek()
                .is_some_and(|after| after.starts_with("source = "))
            {
                out.push_str(next);
            } else {
                out.push_str(&format!("version = \"{version}\"\n"));
            }
        }
    }
    out
}

/// The `[package]`'s name and version of a manifest's text.
pub(crate) fn package_of(manifest: &str) -> Option<(String, String)> {
    let mut in_package = false;
    let (mut name, mut version) = (None, None);
    for line in manifest.lines() {
        if line.starts_with('[') {
            in_package = line == "[package]";
        }
        let value = |key: &str| {
            let rest = line.strip_prefix(key)?.trim_start().strip_prefix('=')?;
            Some(rest.trim().strip_prefix('"')?.split('"').next()?.to_owned())
        };
        if in_package {
            name = name.or_else(|| value("name"));
            version = version.or_else(|| value("version"));
        }
    }
    Some((name?, version?))
}

#[test]
fn lock_versions_are_set_for_path_packages_only() {
    let lock = "[[package]]\nname = \"chats-api\"\nversion = \"1.0.0\"\ndependencies = []\n\n[[package]]\nname = \"chats-api\"\nversion = \"0.3.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n";
    assert_eq!(
        with_lock_versions(lock, &[("chats-api", "1.1.0")]),
        lock.replacen("1.0.0", "1.1.0", 1)
    );
    assert_eq!(
        package_of(
            "[package]\nname = \"chats-api\"\nversion = \"1.1.0\" # the spec's\n[dependencies]\nversion = \"x\"\n"
        ),
        Some(("chats-api".to_owned(), "1.1.0".to_owned()))
    );
}

/// `MAJOR.MINOR.PATCH`, with an optional `-pre` and `+build` (what Cargo takes as a version).
fn is_semver(version: &str) -> bool {
    let core = version.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// `manifest` with its `[package]`'s `version` line set to `version` (marked).
fn with_version(manifest: &str, version: &str) -> String {
    let mut in_package = false;
    let mut done = false;
    manifest
        .lines()
        .map(|line| {
            if line.starts_with('[') {
                in_package = line == "[package]";
            }
            if in_package && !done && line.starts_with("version") && line.contains('=') {
                done = true;
                format!("version = \"{version}\" {VERSION_MARK}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

/// The `Cargo.toml` of the crate holding `path`, relative to `root`.
fn manifest_of(root: &Path, path: &str) -> Result<String> {
    let mut dir = Path::new(path).to_path_buf();
    while dir.pop() {
        let manifest = dir.join("Cargo.toml");
        if root.join(&manifest).exists() {
            return Ok(manifest.to_string_lossy().into_owned());
        }
    }
    bail!("{path} is in no crate")
}

/// `manifest` without the lines codegen owns.
fn unmarked(manifest: &str) -> String {
    manifest
        .lines()
        .filter(|line| !line.ends_with(MARK))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// `manifest` with exactly `needed` as its owned lines, at the end of `[dependencies]`.
fn with_owned(manifest: &str, needed: &[String]) -> Result<String> {
    let plain = unmarked(manifest);
    let Some(start) = plain.find("[dependencies]\n") else {
        if needed.is_empty() {
            return Ok(manifest.to_owned());
        }
        bail!("a generated crate's Cargo.toml has no [dependencies] table to add to");
    };
    let body = start + "[dependencies]\n".len();
    // The table ends at the next header; owned lines go after its last non-blank line.
    let table_end = plain[body..]
        .find("\n[")
        .map_or(plain.len(), |at| body + at + 1);
    let table = &plain[body..table_end];
    let last = body + table.trim_end().len();
    let last = if table.trim().is_empty() {
        body
    } else {
        last + 1
    };
    let lines: String = needed
        .iter()
        .map(|name| format!("{name}.workspace = true {MARK}\n"))
        .collect();
    Ok(format!("{}{lines}{}", &plain[..last], &plain[last..]))
}

/// The workspace dependencies that `source` names as `name::` and `manifest`'s
/// `[dependencies]` lacks.
fn missing_dependencies(source: &str, manifest: &str, workspace: &str) -> Vec<String> {
    let table = |text: &str, header: &str| -> Vec<String> {
        let Some(start) = text.find(header) else {
            return Vec::new();
        };
        text[start + header.len()..]
            .lines()
            .take_while(|line| !line.starts_with('['))
            .filter_map(|line| line.split(['=', '.']).next())
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty() && !name.starts_with('#'))
            .collect()
    };
    let declared = table(manifest, "[dependencies]\n");
    let mut missing: Vec<String> = table(workspace, "[workspace.dependencies]\n")
        .into_iter()
        .filter(|name| !declared.contains(name))
        .filter(|name| {
            let path = format!("{}::", name.replace('-', "_"));
            // A path's first segment (`regress::`, `::regress::`), not a later one
            // (`axum::http::` names axum's re-export).
            let ident = |c: char| c.is_alphanumeric() || c == '_';
            source.match_indices(&path).any(|(at, _)| {
                let before = &source[..at];
                match before.strip_suffix("::") {
                    Some(rest) => !rest.ends_with(ident),
                    None => !before.ends_with(|c: char| ident(c) || c == ':'),
                }
            })
        })
        .collect();
    missing.sort();
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKSPACE: &str =
        "[workspace.dependencies]\nserde = \"1\"\nregress = \"0.10\"\nreqwest = \"0.13\"\n";

    #[test]
    fn the_generated_crates_take_the_specs_version_when_cargo_can() {
        let manifest = "[package]\nname = \"x\"\nversion = \"0.1.0\"\n\n[dependencies]\nversion-check.workspace = true\n";
        let set = with_version(manifest, "1.2.0");
        assert_eq!(
            set,
            format!(
                "[package]\nname = \"x\"\nversion = \"1.2.0\" {VERSION_MARK}\n\n[dependencies]\nversion-check.workspace = true\n"
            )
        );
        assert_eq!(with_version(&set, "1.2.0"), set, "stable");
        assert!(is_semver("1.0.0") && is_semver("2.1.0-beta.1+exp"));
        assert!(!is_semver("2023-01-01") && !is_semver("v1") && !is_semver("1.0"));
    }

    #[test]
    fn generated_code_may_name_only_declared_crates() {
        let manifest = "[dependencies]\nserde.workspace = true\nreqwest.workspace = true\n";
        let source = "let r = ::regress::Regex::new(p); let v: serde::Value; reqwest::get(u);";
        assert_eq!(
            missing_dependencies(source, manifest, WORKSPACE),
            ["regress"]
        );
        // A path that merely ends in a crate's name is not that crate.
        assert!(missing_dependencies("my_regress::x", manifest, WORKSPACE).is_empty());
        // Nor is a later segment of a path (a crate's re-export).
        assert!(missing_dependencies("::axum::regress::x", manifest, WORKSPACE).is_empty());
        assert!(missing_dependencies("axum::regress::x", manifest, WORKSPACE).is_empty());
    }

    #[test]
    fn a_needed_crate_is_added_marked_and_removed_when_no_longer_needed() {
        let manifest = "[package]\nname = \"x\"\n\n[dependencies]\nserde.workspace = true\n\n[dev-dependencies]\ntokio.workspace = true\n";
        let added = with_owned(manifest, &["regress".to_owned()]).unwrap();
        assert_eq!(
            added,
            format!(
                "[package]\nname = \"x\"\n\n[dependencies]\nserde.workspace = true\nregress.workspace = true {MARK}\n\n[dev-dependencies]\ntokio.workspace = true\n"
            )
        );
        assert_eq!(
            with_owned(&added, &["regress".to_owned()]).unwrap(),
            added,
            "stable"
        );
        assert_eq!(with_owned(&added, &[]).unwrap(), manifest, "removed again");
        let last_table = "[dependencies]\nserde.workspace = true\n";
        assert_eq!(
            with_owned(last_table, &["regress".to_owned()]).unwrap(),
            format!("[dependencies]\nserde.workspace = true\nregress.workspace = true {MARK}\n")
        );
    }
}
