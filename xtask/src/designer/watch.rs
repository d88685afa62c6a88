//! `cargo xtask codegen --watch`: regenerate on every save of a spec file, and say what CI
//! would: what changed, the release check, the linters, the breaking changes against `main`.

use std::{
    path::Path,
    sync::atomic::{AtomicBool, Ordering},
    time::{Duration, Instant, SystemTime},
};

use anyhow::Result;

use super::{SPEC, load_base, load_files, released, version_verdict};
use crate::workspace_root;

/// `cargo xtask codegen --watch`: regenerates the client and server on every save of a
/// spec file and prints what changed and the breaking-change summary against `main`.
pub(crate) fn watch() -> Result<bool> {
    let root = workspace_root();
    let stop = AtomicBool::new(false);
    let base = || load_base(&root, "main", SPEC).map_err(|err| format!("{err:#}"));
    watch_loop(&root, &base, &stop, &mut |line| println!("{line}"));
    Ok(true)
}

/// The watch loop: polls the modification times of every file of the spec, and on a change
/// regenerates and reports through `say`, until `stop` is set.
pub(crate) fn watch_loop(
    root: &Path,
    base: &dyn Fn() -> Result<codegen::Document, String>,
    stop: &AtomicBool,
    say: &mut dyn FnMut(String),
) {
    let mut files = vec![SPEC.to_owned()];
    let mut seen = None;
    say(format!("watching {SPEC} (Ctrl-C stops)"));
    while !stop.load(Ordering::Relaxed) {
        let now = stamps(root, &files);
        if seen.as_ref() != Some(&now) {
            if seen.is_some() {
                // Let the editor finish writing.
                std::thread::sleep(Duration::from_millis(30));
            }
            seen = Some(now);
            if let Some(read) = regenerate(root, base, say) {
                files = read;
                seen = Some(stamps(root, &files));
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The modification times of the spec's files (`None` for one that cannot be read).
fn stamps(root: &Path, files: &[String]) -> Vec<Option<SystemTime>> {
    files
        .iter()
        .map(|file| {
            std::fs::metadata(root.join(file))
                .and_then(|metadata| metadata.modified())
                .ok()
        })
        .collect()
}

/// One regeneration: the spec's files when it read, `None` (after saying why) when not.
fn regenerate(
    root: &Path,
    base: &dyn Fn() -> Result<codegen::Document, String>,
    say: &mut dyn FnMut(String),
) -> Option<Vec<String>> {
    let started = Instant::now();
    let document = match load_files(root, SPEC) {
        Ok(document) => document,
        Err(err) => {
            say(format!("error: {err}"));
            return None;
        }
    };
    let files = document.files.clone();
    // The chats crates and the generator's snapshots of the chats spec: every file an edit of
    // the spec changes, as `cargo xtask codegen` writes them.
    let outputs = match codegen::Spec::from_document(document.clone())
        .map_err(anyhow::Error::from)
        .and_then(|spec| crate::chats_outputs(&spec, root))
        .and_then(|mut outputs| {
            outputs.extend(crate::snapshots::chats(root)?);
            Ok(outputs)
        }) {
        Ok(outputs) => outputs,
        Err(err) => {
            say(format!("error: {err:#}"));
            return Some(files);
        }
    };
    let mut wrote = Vec::new();
    for output in &outputs {
        let path = root.join(&output.path);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(output.contents.as_str()) {
            continue;
        }
        if let Err(err) = std::fs::write(&path, &output.contents) {
            say(format!("error: writing {}: {err}", output.path));
            continue;
        }
        wrote.push(output.path.clone());
    }
    let took = started.elapsed().as_secs_f64() * 1000.0;
    if wrote.is_empty() {
        say(format!("generated files unchanged ({took:.0} ms)"));
    } else {
        say(format!("wrote {} ({took:.0} ms)", wrote.join(", ")));
    }
    against_release(root, &document, say);
    lint(root, say);
    match base().and_then(|base| codegen::compare(&base, &document).map_err(|err| err.to_string()))
    {
        Ok(report) => {
            for change in report
                .changes
                .iter()
                .filter(|c| c.level != codegen::Level::Info)
            {
                say(format!(
                    "  {}: {}: {} [{}]",
                    change.place(),
                    change.level.as_str(),
                    change.message,
                    change.rule
                ));
            }
            say(format!("  {}", report.summary("main")));
        }
        Err(err) => say(format!(
            "  breaking check against main: could not compare: {err}"
        )),
    }
    Some(files)
}

/// The check CI runs: the spec against its latest release, with the version verdict.
fn against_release(root: &Path, document: &codegen::Document, say: &mut dyn FnMut(String)) {
    let latest = match released(root, SPEC) {
        Ok(mut versions) => versions.pop(),
        Err(err) => {
            say(format!("  release check: {err:#}"));
            return;
        }
    };
    let Some((_, path)) = latest else {
        say("  release check: no released version yet".to_owned());
        return;
    };
    match load_files(root, &path)
        .map_err(|err| format!("{err:#}"))
        .and_then(|base| {
            codegen::compare(&base, document)
                .map(|report| (report, base))
                .map_err(|err| err.to_string())
        }) {
        Ok((report, base)) => {
            say(format!("  release check: {}", report.summary(&path)));
            let verdict = version_verdict(&report, &base, document);
            if !verdict.is_empty() {
                say(format!("  release check: {}", verdict.trim_end()));
            }
        }
        Err(err) => say(format!(
            "  release check against {path}: could not compare: {err}"
        )),
    }
}

/// The spec linters CI runs (Spectral and Redocly, pinned in `openapi/package.json`), when
/// they are installed; says how to install them when not.
fn lint(root: &Path, say: &mut dyn FnMut(String)) {
    let dir = root.join("openapi");
    if !dir.join("node_modules").is_dir() {
        say("  lint: not run (`npm ci` in openapi/ installs the linters CI runs)".to_owned());
        return;
    }
    match std::process::Command::new("npm")
        .args(["run", "--silent", "lint"])
        .current_dir(&dir)
        .output()
    {
        Ok(output) if output.status.success() => say("  lint: clean".to_owned()),
        Ok(output) => {
            let text = String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr);
            for line in text.lines().filter(|line| !line.trim().is_empty()).take(20) {
                say(format!("  lint: {line}"));
            }
        }
        Err(err) => say(format!("  lint: not run (npm: {err})")),
    }
}

#[cfg(test)]
mod tests {
    use std::{path::PathBuf, sync::mpsc};

    use super::*;

    /// Waits for a line that contains `text`, returning every line seen.
    fn wait_for(lines: &mpsc::Receiver<String>, text: &str) -> Vec<String> {
        let mut seen = Vec::new();
        loop {
            let line = lines
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no line with {text:?} after {seen:#?}"));
            let done = line.contains(text);
            seen.push(line);
            if done {
                return seen;
            }
        }
    }

    #[test]
    fn watch_regenerates_on_save_reports_breaks_and_survives_errors() {
        let dir = tempfile_dir();
        let root = dir.as_path();
        for sub in [
            "openapi",
            "crates/chats-client/src",
            "crates/chats-api/src",
            "crates/codegen/tests/snapshots",
        ] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        let original = std::fs::read_to_string(workspace_root().join(SPEC)).unwrap();
        std::fs::write(root.join(SPEC), &original).unwrap();
        let base_text = original.clone();
        let base =
            move || codegen::Document::parse(SPEC, &base_text).map_err(|err| err.to_string());
        let stop = AtomicBool::new(false);
        let (send, lines) = mpsc::channel();
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let mut say = |line: String| {
                    let _ = send.send(line);
                };
                watch_loop(root, &base, &stop, &mut say);
            });
            let first = wait_for(&lines, "against main");
            assert!(
                first.iter().any(
                    |l| l.starts_with("wrote crates/chats-client/src/generated.rs")
                        && l.contains("snapshots__server_of_the_chats_spec.snap")
                ),
                "{first:#?}"
            );
            assert!(!first.iter().any(|l| l.starts_with("error")), "{first:#?}");
            assert!(
                first.last().unwrap().contains("no API changes"),
                "{first:#?}"
            );
            // The release check CI runs, and the linters (not installed in this directory).
            assert!(
                first
                    .iter()
                    .any(|l| l == "  release check: no released version yet"),
                "{first:#?}"
            );
            assert!(
                first.iter().any(|l| l.starts_with("  lint: not run")),
                "{first:#?}"
            );

            std::thread::sleep(Duration::from_millis(50));
            let edited = original.replace("enum: [agent, squad]", "enum: [agent]");
            assert_ne!(edited, original);
            std::fs::write(root.join(SPEC), &edited).unwrap();
            let second = wait_for(&lines, "against main");
            assert!(
                second
                    .iter()
                    .any(|l| l.starts_with("wrote ")
                        && l.contains("crates/chats-api/src/generated.rs")),
                "{second:#?}"
            );
            assert!(
                second
                    .iter()
                    .any(|l| l.contains("[response-enum-value-removed]")),
                "{second:#?}"
            );

            std::thread::sleep(Duration::from_millis(50));
            std::fs::write(root.join(SPEC), "openapi: [3.0.3\n").unwrap();
            let third = wait_for(&lines, "error: ");
            assert!(
                third
                    .last()
                    .unwrap()
                    .starts_with("error: openapi/chats.yaml:"),
                "{third:#?}"
            );

            std::thread::sleep(Duration::from_millis(50));
            std::fs::write(root.join(SPEC), &original).unwrap();
            let fourth = wait_for(&lines, "against main");
            assert!(
                fourth.last().unwrap().contains("no API changes"),
                "{fourth:#?}"
            );
            stop.store(true, Ordering::Relaxed);
        });
    }

    /// A fresh directory under the target directory (removed first).
    fn tempfile_dir() -> PathBuf {
        let dir = workspace_root().join("target/xtask-watch-test");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
