//! The API designer's loop: `cargo xtask breaking`, released versions (`cargo xtask release`
//! and the check `codegen --check` runs), and `cargo xtask codegen --watch`.
//!
//! Specs are read through [`codegen::Document::load`], so a spec split over several files
//! is bundled the same way here as for codegen; a git revision is read with `git show`, file
//! by file.

use std::{
    path::{Path, PathBuf},
    process::{Command, ExitCode},
};

use anyhow::{Context, Result, bail};

use crate::{SPEC, workspace_root};

/// Where released versions live: `<stem>-<version>.yaml`, one file a version.
pub(crate) const RELEASED: &str = "openapi/released";

/// Reads a spec from the working tree: `name` is relative to `root` (or absolute).
pub(crate) fn load_files(
    root: &Path,
    name: &str,
) -> Result<codegen::Document, codegen::CodegenError> {
    let root = root.to_path_buf();
    codegen::Document::load(name, &mut |file: &str| {
        std::fs::read_to_string(root.join(file)).map_err(|err| format!("reading {file}: {err}"))
    })
}

/// Reads a spec as it was at a git revision.
fn load_revision(
    root: &Path,
    revision: &str,
    name: &str,
) -> Result<codegen::Document, codegen::CodegenError> {
    codegen::Document::load(name, &mut |file: &str| {
        let output = Command::new("git")
            .args(["show", &format!("{revision}:{file}")])
            .current_dir(root)
            .output()
            .map_err(|err| format!("running git: {err}"))?;
        if !output.status.success() {
            return Err(format!(
                "{file} is not in {revision}: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        String::from_utf8(output.stdout).map_err(|_| format!("{file} at {revision} is not UTF-8"))
    })
}

/// The commit a revision names; `A...B` is their merge base (as `git diff A...B` reads it).
fn commit(root: &Path, revision: &str) -> Result<String> {
    let git = |args: &[&str]| -> Result<Option<String>> {
        let output = Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .context("running git")?;
        Ok(output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned()))
    };
    let resolved = match revision.split_once("...") {
        Some((left, right)) => {
            let left = if left.is_empty() { "HEAD" } else { left };
            let right = if right.is_empty() { "HEAD" } else { right };
            git(&["merge-base", left, right])?.with_context(|| {
                format!("{left} and {right} have no merge base (or one is not a revision)")
            })?
        }
        None => revision.to_owned(),
    };
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{resolved}^{{commit}}"),
    ])?
    .with_context(|| format!("`{revision}` is neither a file nor a git revision"))
}

/// The base of a comparison: a file, or the spec at a git revision.
fn load_base(root: &Path, against: &str, spec: &str) -> Result<codegen::Document> {
    if Path::new(against).is_file() {
        return Ok(load_files(Path::new("."), against)?);
    }
    let commit = commit(root, against)?;
    Ok(load_revision(root, &commit, spec)?)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Markdown,
    Github,
}

/// `cargo xtask breaking --against <rev|file> [--spec FILE] [--format F]`: exit 0 when
/// nothing breaks, 1 when something does, 2 when the comparison could not be made.
pub(crate) fn breaking(args: &[&str]) -> ExitCode {
    match breaking_inner(args) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

const BREAKING_USAGE: &str = "usage: cargo xtask breaking --against <git-rev|A...B|file> [--spec FILE] [--format text|json|markdown|github]
       cargo xtask breaking --against <git-rev|file> --approve <fingerprint> --reason \"…\" [--by NAME]";

fn breaking_inner(args: &[&str]) -> Result<bool> {
    let mut against = None;
    let mut spec = None;
    let mut format = Format::Text;
    let (mut approve, mut reason, mut by) = (None, None, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .copied()
                .with_context(|| format!("{arg} needs a value\n{BREAKING_USAGE}"))
        };
        match *arg {
            "--against" => against = Some(value()?),
            "--spec" => spec = Some(value()?),
            "--approve" => approve = Some(value()?),
            "--reason" => reason = Some(value()?),
            "--by" => by = Some(value()?),
            "--format" => {
                format = match value()? {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "markdown" => Format::Markdown,
                    "github" => Format::Github,
                    other => bail!("unknown format {other:?}\n{BREAKING_USAGE}"),
                }
            }
            "--help" | "-h" => {
                println!("{BREAKING_USAGE}");
                return Ok(false);
            }
            other => bail!("unknown argument {other:?}\n{BREAKING_USAGE}"),
        }
    }
    let against = against.with_context(|| format!("--against is required\n{BREAKING_USAGE}"))?;
    let root = workspace_root();
    let (spec_root, spec_name) = match spec {
        None => (root.clone(), SPEC.to_owned()),
        Some(path) => spec_in_workspace(&root, path)?,
    };
    let current = load_files(&spec_root, &spec_name)?;
    let base = load_base(&spec_root, against, &spec_name)?;
    let lifecycle = approvals::lifecycle(&spec_root, &spec_name, &current)?;
    let report = codegen::compare_with(&base, &current, &lifecycle)?;
    if let Some(fingerprint) = approve {
        approvals::approve(
            &spec_root,
            &spec_name,
            &report,
            &lifecycle,
            (fingerprint, reason, by),
        )?;
        return Ok(false);
    }
    let printed = match format {
        Format::Text => format!(
            "{}{}",
            report.to_text(against),
            version_verdict(&report, &base, &current)
        ),
        Format::Json => report.to_json(),
        Format::Markdown => report.to_markdown(against),
        Format::Github => report.to_github(against),
    };
    print!("{printed}");
    // The process ends here: freeing two documents of a large spec (a second of a 47 MB
    // one) is work for nothing.
    std::mem::forget((base, current));
    Ok(report.breaking())
}

/// What the breaks mean for a release, from the two documents' `info.version`: allowed when
/// the major was bumped, else a bump (or no release) is needed. Empty when nothing breaks.
fn version_verdict(
    report: &codegen::Report,
    base: &codegen::Document,
    current: &codegen::Document,
) -> String {
    if !report.breaking() {
        return String::new();
    }
    match (info_version(base), info_version(current)) {
        (Ok(old), Ok(new)) if new.compatibility() > old.compatibility() => format!(
            "info.version took the major step ({old} → {new}): these breaks may be released\n"
        ),
        (Ok(old), Ok(new)) => format!(
            "info.version keeps the major ({old} → {new}): make it {} before releasing these \
             breaks (or undo them, or approve one on purpose: --approve <fingerprint> --reason \
             \"…\"; fingerprints: {})\n",
            old.next_major(),
            report
                .changes
                .iter()
                .filter(|change| change.level == codegen::Level::Breaking)
                .map(|change| change.fingerprint.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => "a major version bump (or no release) is needed\n".to_owned(),
    }
}

/// A spec path given on the command line, as (the directory names are relative to, name).
fn spec_in_workspace(root: &Path, path: &str) -> Result<(PathBuf, String)> {
    let absolute = std::fs::canonicalize(path).with_context(|| format!("reading {path}"))?;
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    Ok(match absolute.strip_prefix(&root) {
        Ok(relative) => (
            root,
            relative.to_str().context("a non-UTF-8 path")?.to_owned(),
        ),
        Err(_) => (
            PathBuf::from("/"),
            absolute.to_str().context("a non-UTF-8 path")?.to_owned(),
        ),
    })
}

/// A version `major.minor.patch` (a pre-release or build suffix is ignored for ordering).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Version(u64, u64, u64);

impl Version {
    pub(crate) fn parse(text: &str) -> Option<Self> {
        let core = text.split(['-', '+']).next()?;
        let mut parts = core.split('.').map(|part| part.parse::<u64>().ok());
        let version = Self(parts.next()??, parts.next()??, parts.next()??);
        parts.next().is_none().then_some(version)
    }

    /// What must change for a breaking release: the major, or the minor before 1.0.
    /// The first version past this one that may break it (`1.4.2` → `2.0.0`, `0.3.1` →
    /// `0.4.0`).
    fn next_major(self) -> Version {
        if self.0 == 0 {
            Version(0, self.1 + 1, 0)
        } else {
            Version(self.0 + 1, 0, 0)
        }
    }

    fn compatibility(self) -> (u64, u64) {
        if self.0 == 0 {
            (0, self.1)
        } else {
            (self.0, 0)
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

fn info_version(document: &codegen::Document) -> Result<Version> {
    let text = document
        .value
        .pointer("/info/version")
        .and_then(serde_json::Value::as_str)
        .with_context(|| format!("{} has no info.version", document.source_name))?;
    Version::parse(text).with_context(|| format!("info.version {text:?} is not major.minor.patch"))
}

fn stem(spec: &str) -> &str {
    let file = spec.rsplit('/').next().unwrap_or(spec);
    file.split('.').next().unwrap_or(file)
}

/// The released versions of `spec` under `root`, oldest first.
pub(crate) fn released(root: &Path, spec: &str) -> Result<Vec<(Version, String)>> {
    let dir = root.join(RELEASED);
    let prefix = format!("{}-", stem(spec));
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(err) => bail!("listing {RELEASED}: {err}"),
    };
    for entry in entries {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(version) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".yaml"))
            .and_then(Version::parse)
        {
            out.push((version, format!("{RELEASED}/{name}")));
        }
    }
    out.sort();
    Ok(out)
}

/// The check `codegen --check` runs: the spec must not break its latest released version
/// unless `info.version` took the major step. Prints what breaks and who uses it.
pub(crate) fn check_released(root: &Path) -> Result<bool> {
    let Some((latest, path)) = released(root, SPEC)?.pop() else {
        println!("released: no released version of {SPEC} yet (`cargo xtask release` makes one)");
        return Ok(true);
    };
    let current = load_files(root, SPEC)?;
    let base = load_files(root, &path)?;
    let report = codegen::compare_with(
        &base,
        &current,
        &approvals::lifecycle(root, SPEC, &current)?,
    )?;
    let version = info_version(&current)?;
    if !report.stale.is_empty() {
        eprint!("{}", report.stale_text());
        eprintln!(
            "released: {} approval(s) in openapi/approved-breaks.yaml match no break of {SPEC} \
             against {path} for {version}",
            report.stale.len()
        );
        return Ok(false);
    }
    if version < latest {
        eprintln!(
            "released: {SPEC} is version {version}, older than the released {latest} ({path})"
        );
        return Ok(false);
    }
    if report.breaking() && version.compatibility() == latest.compatibility() {
        eprint!("{}", report.to_text(&path));
        eprintln!(
            "released: {SPEC} breaks the released {latest} ({path}) but its info.version {version} keeps the major; \
             undo the breaking change, or make info.version {}",
            latest.next_major()
        );
        return Ok(false);
    }
    // Warnings are said, not only counted: each names who must follow the spec.
    for change in report
        .changes
        .iter()
        .filter(|change| change.level != codegen::Level::Info)
    {
        println!(
            "released: {}: {}: {} [{}{}]",
            change.place(),
            change.level.as_str(),
            change.message,
            change.rule,
            change
                .note
                .as_deref()
                .map(|note| format!("; {note}"))
                .unwrap_or_default()
        );
    }
    println!("released: {}", report.summary(&path));
    Ok(true)
}

/// `cargo xtask release`: writes the current spec to `openapi/released/` as its
/// `info.version`, refusing unless the version was bumped past the latest release (a major
/// step when the spec breaks it).
pub(crate) fn release(args: &[&str]) -> Result<bool> {
    if !args.is_empty() {
        bail!("usage: cargo xtask release (takes the version from info.version)");
    }
    let root = workspace_root();
    let current = load_files(&root, SPEC)?;
    let version = info_version(&current)?;
    let path = format!("{RELEASED}/{}-{version}.yaml", stem(SPEC));
    if let Some((latest, latest_path)) = released(&root, SPEC)?.pop() {
        if version <= latest {
            bail!(
                "info.version {version} is not past the latest release {latest} ({latest_path}): bump it first"
            );
        }
        let report = codegen::compare_with(
            &load_files(&root, &latest_path)?,
            &current,
            &approvals::lifecycle(&root, SPEC, &current)?,
        )?;
        if report.breaking() && version.compatibility() == latest.compatibility() {
            eprint!("{}", report.to_text(&latest_path));
            bail!("the spec breaks {latest}: release it as a new major version");
        }
        println!("{}", report.summary(&latest_path));
        changelog::add_section(
            &root,
            &report.to_changelog(
                &version.to_string(),
                &codegen::today_utc(),
                &latest.to_string(),
            ),
        )?;
        println!("{} has the section of {version}", changelog::CHANGELOG);
    }
    let text = if current.files.len() == 1 {
        std::fs::read_to_string(root.join(SPEC)).with_context(|| format!("reading {SPEC}"))?
    } else {
        current.to_yaml()
    };
    std::fs::create_dir_all(root.join(RELEASED)).with_context(|| format!("creating {RELEASED}"))?;
    std::fs::write(root.join(&path), text).with_context(|| format!("writing {path}"))?;
    println!("released {path}");
    let shipped = approvals::remove_shipped(&root, SPEC, &version.to_string())?;
    if shipped > 0 {
        println!("{shipped} approved break(s) shipped with {version}: removed from the approvals");
    }
    // The generated crates carry the version: bring them up to date, so the next
    // `codegen --check` holds.
    if !crate::codegen(crate::Mode::Write)? {
        return Ok(false);
    }
    println!("commit {path} with the regenerated files");
    Ok(true)
}

mod approvals;
mod changelog;
mod watch;

pub(crate) use changelog::changelog;

pub(crate) use watch::watch;

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(case: &str, file: &str) -> String {
        workspace_root()
            .join("crates/codegen/tests/breaking")
            .join(case)
            .join(file)
            .to_string_lossy()
            .into_owned()
    }

    #[test]
    fn breaking_exits_1_on_a_break_0_without_and_2_when_it_cannot_compare() {
        let before = fixture("operation-removed", "before.yaml");
        let after = fixture("operation-removed", "after.yaml");
        let run = |args: &[&str]| breaking(args);
        assert_eq!(
            run(&["--against", &before, "--spec", &after]),
            ExitCode::from(1)
        );
        assert_eq!(
            run(&["--against", &after, "--spec", &before, "--format", "json"]),
            ExitCode::SUCCESS
        );
        assert_eq!(
            run(&["--against", "no-such-revision-or-file"]),
            ExitCode::from(2)
        );
        assert_eq!(
            run(&["--against", &before, "--format", "xml"]),
            ExitCode::from(2)
        );
        assert_eq!(run(&["--spec", &after]), ExitCode::from(2));
        let not_a_spec = workspace_root().join("Cargo.toml");
        assert_eq!(
            run(&["--against", not_a_spec.to_str().unwrap(), "--spec", &after]),
            ExitCode::from(2)
        );
    }

    /// `--approve` writes the approval beside the spec, after which the break is a warning;
    /// an unknown fingerprint or a missing reason is refused and writes nothing.
    #[test]
    fn an_approved_break_no_longer_fails_breaking() {
        let dir = tempfile_dir("approve");
        for file in ["before.yaml", "after.yaml"] {
            std::fs::copy(
                fixture("lifecycle-operation-removed-before-sunset", file),
                dir.join(file),
            )
            .unwrap();
        }
        let (before, after) = (dir.join("before.yaml"), dir.join("after.yaml"));
        let (before, after) = (before.to_str().unwrap(), after.to_str().unwrap());
        let base = ["--against", before, "--spec", after];
        let with = |rest: &[&str]| breaking(&[&base[..], rest].concat());
        let fingerprint = "operation-removed:/paths/~1items~1legacy/get";
        assert_eq!(with(&[]), ExitCode::from(1));
        assert_eq!(
            with(&[
                "--approve",
                "request-parameter-removed:/nowhere",
                "--reason",
                "x"
            ]),
            ExitCode::from(2)
        );
        assert_eq!(with(&["--approve", fingerprint]), ExitCode::from(2));
        assert!(!dir.join("approved-breaks.yaml").exists());
        assert_eq!(
            with(&[
                "--approve",
                fingerprint,
                "--reason",
                "unused",
                "--by",
                "Ada"
            ]),
            ExitCode::SUCCESS
        );
        let written = std::fs::read_to_string(dir.join("approved-breaks.yaml")).unwrap();
        assert!(
            written.contains(&format!(
                "- fingerprint: \"{fingerprint}\"\n  release: \"1.0.0\"\n  approved_by: \"Ada\""
            )),
            "{written}"
        );
        assert_eq!(with(&[]), ExitCode::SUCCESS);
        // Approved already: not a break to approve again.
        assert_eq!(
            with(&["--approve", fingerprint, "--reason", "again", "--by", "Ada"]),
            ExitCode::from(2)
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    fn tempfile_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn versions_order_and_know_their_major() {
        let v = |text| Version::parse(text).expect("a version");
        assert!(v("1.10.0") > v("1.9.3"));
        assert_eq!(v("2.0.0-rc.1"), v("2.0.0"));
        assert_eq!(v("1.4.2").compatibility(), v("1.0.0").compatibility());
        assert_ne!(v("0.4.0").compatibility(), v("0.5.0").compatibility());
        assert_eq!(Version::parse("1.0"), None);
        assert_eq!(Version::parse("v1.0.0"), None);
    }

    #[test]
    fn the_released_version_is_found_and_checked() {
        let root = workspace_root();
        let released = released(&root, SPEC).expect("lists");
        assert!(
            released
                .iter()
                .any(|(version, _)| *version == Version(1, 0, 0)),
            "{released:?}"
        );
        assert!(check_released(&root).expect("checks"));
    }
}
