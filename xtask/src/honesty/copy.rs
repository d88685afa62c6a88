//! The private copy of the workspace the edits are tried on: the files git would see in the
//! main tree (tracked, and untracked but not ignored, so work in progress builds as it does
//! there), brought up to date file by file. A file is written only when its bytes differ, so
//! cargo's fingerprints (modification times) stay valid and builds in the copy's own target
//! directory are incremental across edits and runs.

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, Result, bail};

/// Where the harness keeps its state, under the main tree's `target/` (ignored by git).
pub(super) struct Places {
    /// The copy of the workspace.
    pub work: PathBuf,
    /// Its `CARGO_TARGET_DIR`, never the main tree's: xtask builds its own root into itself.
    pub target: PathBuf,
    /// Each step's output, one file per edit and step.
    pub logs: PathBuf,
    /// The server's SQLite database, made anew for each start.
    pub database: PathBuf,
}

impl Places {
    pub(super) fn under(root: &Path) -> Self {
        let base = root.join("target/honesty");
        Self {
            work: base.join("work"),
            target: base.join("target"),
            logs: base.join("logs"),
            database: base.join("db"),
        }
    }
}

/// The files of the main tree that a build there would see, relative to `root`.
fn listed(root: &Path) -> Result<Vec<String>> {
    let output = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .context("running git ls-files")?;
    if !output.status.success() {
        bail!(
            "git ls-files failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let text = String::from_utf8(output.stdout).context("a file name is not UTF-8")?;
    let mut files: Vec<String> = text
        .split('\0')
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect();
    files.sort();
    files.dedup();
    Ok(files)
}

/// Makes `copy` hold exactly the main tree's files: writes those that differ, removes those
/// the main tree no longer has. Returns how many files it wrote and removed.
pub(super) fn sync(root: &Path, copy: &Path) -> Result<(usize, usize)> {
    let files = listed(root)?;
    let mut written = 0;
    for file in &files {
        let from = root.join(file);
        // Deleted in the working tree but still in the index: absent there, absent here.
        if !from.is_file() {
            continue;
        }
        let to = copy.join(file);
        let bytes = std::fs::read(&from).with_context(|| format!("reading {file}"))?;
        if std::fs::read(&to).ok().as_deref() == Some(bytes.as_slice()) {
            continue;
        }
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        // `copy` keeps the permissions (scripts stay executable).
        std::fs::copy(&from, &to).with_context(|| format!("copying {file}"))?;
        written += 1;
    }
    let keep: BTreeSet<PathBuf> = files
        .iter()
        .filter(|file| root.join(file).is_file())
        .map(|file| copy.join(file))
        .collect();
    let mut present = Vec::new();
    walk(copy, &mut present)?;
    let mut removed = 0;
    for path in present.into_iter().filter(|path| !keep.contains(path)) {
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        removed += 1;
    }
    Ok((written, removed))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => bail!("listing {}: {err}", dir.display()),
    };
    for entry in entries {
        let entry = entry.with_context(|| format!("listing {}", dir.display()))?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Writes `text` to `path` unless it already holds exactly that.
pub(super) fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_writes_what_differs_and_removes_what_is_gone() {
        let root = crate::workspace_root();
        let dir = std::env::temp_dir().join(format!("xtask-honesty-copy-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        // A file the main tree does not have, and a changed copy of one it has.
        std::fs::create_dir_all(dir.join("openapi")).unwrap();
        std::fs::write(dir.join("stray.txt"), "gone").unwrap();
        std::fs::write(dir.join("Cargo.toml"), "changed").unwrap();
        let (written, removed) = sync(&root, &dir).expect("syncs");
        assert!(written > 100, "{written}");
        assert_eq!(removed, 1);
        assert!(!dir.join("stray.txt").exists());
        assert_eq!(
            std::fs::read(dir.join("Cargo.toml")).unwrap(),
            std::fs::read(root.join("Cargo.toml")).unwrap()
        );
        // A second sync has nothing to do (but what someone saved meanwhile).
        let (again, _) = sync(&root, &dir).expect("syncs");
        assert!(again < 10, "{again}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
