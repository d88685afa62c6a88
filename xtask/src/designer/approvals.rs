//! Approved breaks: `approved-breaks.yaml` beside the spec, a list of the breaks a team ships on
//! purpose in a release that keeps the major (a security fix, an operation nobody calls). The
//! check lowers each to a warning and prints its approval; one that matches nothing is stale
//! and fails the check, so approvals never pile up; `cargo xtask release` removes the ones of
//! the version it releases.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use codegen::{Approval, Document, Level, Lifecycle, Report};

const HEADER: &str = "\
# Breaks approved on purpose, each for the release it ships in (`info.version`). Written by
# `cargo xtask breaking --against <release> --approve <fingerprint> --reason \"…\"`; removed by
# `cargo xtask release` once that version is released. A stale one fails the check.
";

/// The approvals file of `spec` (relative to `root`).
fn path(root: &Path, spec: &str) -> PathBuf {
    let dir = Path::new(spec).parent().unwrap_or(Path::new(""));
    root.join(dir).join("approved-breaks.yaml")
}

fn read(root: &Path, spec: &str) -> Result<Vec<Approval>> {
    let file = path(root, spec);
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => bail!("reading {}: {err}", file.display()),
    };
    let name = file
        .strip_prefix(root)
        .unwrap_or(&file)
        .display()
        .to_string();
    Ok(Approval::parse_all(&Document::parse(&name, &text)?)?)
}

fn write(root: &Path, spec: &str, approvals: &[Approval]) -> Result<()> {
    let file = path(root, spec);
    let mut text = HEADER.to_owned();
    for approval in approvals {
        text.push_str(&approval.to_yaml());
    }
    std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))
}

/// Today, the spec's approvals and its `info.version`: what the check compares with.
pub(crate) fn lifecycle(root: &Path, spec: &str, current: &Document) -> Result<Lifecycle> {
    Ok(Lifecycle {
        today: codegen::today_utc(),
        approvals: read(root, spec)?,
        release: current
            .value
            .pointer("/info/version")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned),
    })
}

/// Records the approval of the break `fingerprint` of `report` for the current release.
pub(crate) fn approve(
    root: &Path,
    spec: &str,
    report: &Report,
    lifecycle: &Lifecycle,
    (fingerprint, reason, by): (&str, Option<&str>, Option<&str>),
) -> Result<()> {
    let reason = reason
        .filter(|reason| !reason.trim().is_empty())
        .context("--approve needs --reason \"why this break ships\"")?;
    let release = lifecycle
        .release
        .clone()
        .context("the spec has no info.version to approve a break for")?;
    let Some(change) = report
        .changes
        .iter()
        .find(|change| change.fingerprint == fingerprint)
    else {
        let breaks: Vec<&str> = report
            .changes
            .iter()
            .filter(|change| change.level == Level::Breaking)
            .map(|change| change.fingerprint.as_str())
            .collect();
        bail!(
            "no change has the fingerprint {fingerprint}; the breaks are:\n  {}",
            if breaks.is_empty() {
                "(none)".to_owned()
            } else {
                breaks.join("\n  ")
            }
        );
    };
    if change.level != Level::Breaking {
        bail!(
            "{fingerprint} is not a break ({}{}): nothing to approve",
            change.level.as_str(),
            change
                .note
                .as_deref()
                .map(|note| format!("; {note}"))
                .unwrap_or_default()
        );
    }
    let approved_by = match by {
        Some(by) => by.to_owned(),
        None => git_user(root).context("--by NAME is needed: git has no user.name here")?,
    };
    let mut approvals = lifecycle.approvals.clone();
    approvals.push(Approval {
        fingerprint: fingerprint.to_owned(),
        release: release.clone(),
        approved_by,
        date: lifecycle.today.clone(),
        reason: reason.to_owned(),
    });
    write(root, spec, &approvals)?;
    println!(
        "approved {fingerprint} for {release} in {}: {}",
        path(root, spec)
            .strip_prefix(root)
            .unwrap_or(&path(root, spec))
            .display(),
        change.message
    );
    Ok(())
}

fn git_user(root: &Path) -> Option<String> {
    let output = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(root)
        .output()
        .ok()?;
    let name = String::from_utf8(output.stdout).ok()?.trim().to_owned();
    (output.status.success() && !name.is_empty()).then_some(name)
}

/// After releasing `version`: its approvals shipped with it; the rest stay. The number removed.
pub(crate) fn remove_shipped(root: &Path, spec: &str, version: &str) -> Result<usize> {
    let approvals = read(root, spec)?;
    let kept: Vec<Approval> = approvals
        .iter()
        .filter(|approval| approval.release != version)
        .cloned()
        .collect();
    let removed = approvals.len() - kept.len();
    if removed > 0 {
        write(root, spec, &kept)?;
    }
    Ok(removed)
}

/// Releasing a version removes its approvals and keeps the others', header and all.
#[test]
fn a_release_removes_the_approvals_it_shipped() {
    let root = std::env::temp_dir().join(format!("xtask-approvals-{}", std::process::id()));
    std::fs::create_dir_all(root.join("openapi")).unwrap();
    let approval = |fingerprint: &str, release: &str| Approval {
        fingerprint: fingerprint.to_owned(),
        release: release.to_owned(),
        approved_by: "Ada".to_owned(),
        date: "2026-12-04".to_owned(),
        reason: "a reason: with a colon".to_owned(),
    };
    let spec = "openapi/chats.yaml";
    write(
        &root,
        spec,
        &[approval("a:/x", "1.2.0"), approval("b:/y", "1.3.0")],
    )
    .unwrap();
    assert_eq!(read(&root, spec).unwrap().len(), 2);
    assert_eq!(remove_shipped(&root, spec, "1.2.0").unwrap(), 1);
    assert_eq!(read(&root, spec).unwrap(), [approval("b:/y", "1.3.0")]);
    let text = std::fs::read_to_string(path(&root, spec)).unwrap();
    assert!(text.starts_with(HEADER), "{text}");
    assert_eq!(remove_shipped(&root, spec, "1.2.0").unwrap(), 0);
    std::fs::remove_dir_all(root).unwrap();
}
