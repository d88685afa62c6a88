//! `cargo xtask bench ...`: the release binaries built, then the harness (`chats-bench`) run
//! with its console kept in `crates/chats-bench/runs/`.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::{long_runs, workspace_root};

/// `cargo xtask bench ...`: builds `chats-server` and `chats-bench` in release mode and hands
/// the arguments to `chats-bench run` (or `chats-bench codegen`, `chats-bench fanout`).
pub(crate) fn bench(args: &[&str]) -> Result<bool> {
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    eprintln!("$ cargo build --release -p chats-server -p chats-bench");
    let built = std::process::Command::new(&cargo)
        .args([
            "build",
            "--release",
            "-p",
            "chats-server",
            "-p",
            "chats-bench",
        ])
        .current_dir(&root)
        .status()
        .context("building the release binaries")?;
    if !built.success() {
        return Ok(false);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join("release");
    let mut command = std::process::Command::new(target.join("chats-bench"));
    match args {
        ["codegen", rest @ ..] => {
            command.arg("codegen").args(rest);
        }
        ["fanout", rest @ ..] => {
            command
                .arg("fanout")
                .arg("--server-bin")
                .arg(target.join("chats-server"))
                .args(rest);
        }
        ["peers", rest @ ..] => {
            // The peers' own workspace, built under the one target directory.
            let manifest = root.join("crates/chats-bench/peers/Cargo.toml");
            let peers_target = target.with_file_name("peers");
            eprintln!(
                "$ cargo build --release --locked --manifest-path {}",
                manifest.display()
            );
            let built = std::process::Command::new(&cargo)
                .args(["build", "--release", "--locked", "--manifest-path"])
                .arg(&manifest)
                .arg("--target-dir")
                .arg(&peers_target)
                .status()
                .context("building the peers")?;
            if !built.success() {
                return Ok(false);
            }
            command
                .arg("peers")
                .arg("--server-bin")
                .arg(target.join("chats-server"))
                .arg("--peers-bin")
                .arg(peers_target.join("release/chats-bench-peers"))
                .arg("--peers-lock")
                .arg(root.join("crates/chats-bench/peers/Cargo.lock"))
                .arg("--main-lock")
                .arg(root.join("Cargo.lock"))
                .args(rest);
        }
        rest => {
            command
                .arg("run")
                .arg("--server-bin")
                .arg(target.join("chats-server"))
                .args(rest);
        }
    }
    command.current_dir(&root).env(
        "CHATS_BENCH_COMMAND",
        format!("cargo xtask bench {}", shell_words(args)).trim_end(),
    );
    if args.iter().any(|arg| matches!(*arg, "--help" | "-h")) {
        // Help is no run: nothing to keep.
        return Ok(command.status().context("running chats-bench")?.success());
    }
    let log = long_runs::run_log(
        "crates/chats-bench/runs",
        &format!("bench {}", args.join(" ")),
    )?;
    let passed = long_runs::tee(&mut command, &log).context("running chats-bench")?;
    eprintln!("the run's log: {}", log.display());
    Ok(passed)
}

/// `args` as a shell would need them typed again: each one with a character outside
/// `[A-Za-z0-9_./:=,@%+-]` in single quotes (a `'` inside written `'\''`).
fn shell_words(args: &[&str]) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_./:=,@%+-".contains(c);
    args.iter()
        .map(|arg| {
            if !arg.is_empty() && arg.chars().all(plain) {
                (*arg).to_owned()
            } else {
                format!("'{}'", arg.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::shell_words;

    /// The command a run's report prints can be pasted back into a shell.
    #[test]
    fn arguments_with_shell_characters_are_quoted() {
        assert_eq!(
            shell_words(&["--chats", "20000", "--only", "GET /chats/{id}"]),
            "--chats 20000 --only 'GET /chats/{id}'"
        );
        assert_eq!(shell_words(&["--only", "it's"]), "--only 'it'\\''s'");
        assert_eq!(shell_words(&["--only", ""]), "--only ''");
    }
}
