//! `cargo xtask changelog`: the changes between two versions of the spec, for client teams
//! (`codegen::Report::to_changelog`), and the section `cargo xtask release` adds to
//! `openapi/CHANGELOG.md`.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{approvals, load_base, load_files, released};
use crate::{SPEC, workspace_root};

/// Where released versions' sections are kept, newest first.
pub(crate) const CHANGELOG: &str = "openapi/CHANGELOG.md";

const USAGE: &str = "usage: cargo xtask changelog [--from <version|git-rev|file>] [--to <version|git-rev|file>] [--format markdown|json]
  --from defaults to the latest released version, --to to the working spec";

/// A side of the comparison: a released version (`1.0.0`), a git revision or a file; the
/// working spec when `None`. Its document and how it is named.
fn side(root: &Path, value: Option<&str>) -> Result<(codegen::Document, String)> {
    let Some(value) = value else {
        return Ok((load_files(root, SPEC)?, "the working spec".to_owned()));
    };
    if let Some((_, path)) = released(root, SPEC)?
        .into_iter()
        .find(|(version, _)| version.to_string() == value)
    {
        return Ok((load_files(root, &path)?, value.to_owned()));
    }
    Ok((load_base(root, value, SPEC)?, value.to_owned()))
}

pub(crate) fn changelog(args: &[&str]) -> Result<bool> {
    let (mut from, mut to, mut json) = (None, None, false);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .copied()
                .with_context(|| format!("{arg} needs a value\n{USAGE}"))
        };
        match *arg {
            "--from" => from = Some(value()?),
            "--to" => to = Some(value()?),
            "--format" => {
                json = match value()? {
                    "markdown" => false,
                    "json" => true,
                    other => bail!("unknown format {other:?}\n{USAGE}"),
                }
            }
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(true);
            }
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    let root = workspace_root();
    let from = match from {
        Some(from) => from.to_owned(),
        None => released(&root, SPEC)?
            .pop()
            .map(|(version, _)| version.to_string())
            .context("no released version to start from: pass --from")?,
    };
    let (base, base_name) = side(&root, Some(&from))?;
    let (current, _) = side(&root, to)?;
    let version = current
        .value
        .pointer("/info/version")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("unversioned")
        .to_owned();
    let report = codegen::compare_with(
        &base,
        &current,
        &approvals::lifecycle(&root, SPEC, &current)?,
    )?;
    let date = codegen::today_utc();
    if json {
        print!("{}", report.to_changelog_json(&version, &date, &base_name));
    } else {
        print!("{}", report.to_changelog(&version, &date, &base_name));
    }
    Ok(true)
}

/// Adds `section` to the changelog above the newest section there (the file is made, with
/// its heading, when there is none).
pub(crate) fn add_section(root: &Path, section: &str) -> Result<()> {
    let path = root.join(CHANGELOG);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => format!(
            "# Changelog of {SPEC}\n\nWritten by `cargo xtask release`, one section a version, \
             newest first (`cargo xtask changelog` shows the next one before it is released).\n"
        ),
        Err(err) => bail!("reading {CHANGELOG}: {err}"),
    };
    let at = text.find("\n## ").map_or(text.len(), |at| at + 1);
    let (head, tail) = text.split_at(at);
    let mut out = head.trim_end().to_owned();
    out.push_str("\n\n");
    out.push_str(section.trim_end());
    out.push('\n');
    if !tail.is_empty() {
        out.push('\n');
        out.push_str(tail);
    }
    std::fs::write(&path, out).with_context(|| format!("writing {CHANGELOG}"))
}

/// Sections go newest first, under the heading, which a new file gets.
#[test]
fn sections_are_added_newest_first() {
    let root = std::env::temp_dir().join(format!("xtask-changelog-{}", std::process::id()));
    std::fs::create_dir_all(root.join("openapi")).unwrap();
    let _ = std::fs::remove_file(root.join(CHANGELOG));
    add_section(&root, "## 1.1.0 (2026-12-04)\n\nfirst\n").unwrap();
    add_section(&root, "## 1.2.0 (2027-01-04)\n\nsecond\n").unwrap();
    let text = std::fs::read_to_string(root.join(CHANGELOG)).unwrap();
    assert!(
        text.starts_with("# Changelog of openapi/chats.yaml\n\n"),
        "{text}"
    );
    let (newer, older) = (
        text.find("## 1.2.0").unwrap(),
        text.find("## 1.1.0").unwrap(),
    );
    assert!(newer < older, "{text}");
    assert!(text.ends_with("first\n"), "{text:?}");
    assert!(text.contains("second\n\n## 1.1.0"), "{text:?}");
    std::fs::remove_dir_all(root).unwrap();
}
