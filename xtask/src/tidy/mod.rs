//! Tidy tests: the walls of ARCHITECTURE.md that a reading of the tree can check, as tests
//! that fail when a wall is broken (rust-analyzer's `tidy` is the model). Each names the rule,
//! every offending place, and how to mend it.

use std::path::{Path, PathBuf};

use super::{COMMAND, plan, workspace_root};

mod modules;
mod shape;
mod source;

/// Where SQL may be written: the storage module of the service.
const STORAGE: &str = "crates/chats-server/src/storage/";

/// Files whose SQL-looking strings are not SQL we run, and why.
const SQL_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "tests/tests/it/security.rs",
        "injection payloads, sent as data",
    ),
    (
        "crates/chats-server/tests/it/hostile_input.rs",
        "injection payloads, sent as data",
    ),
    ("xtask/src/tidy/mod.rs", "the keywords this test looks for"),
];

/// Crates that must know no particular API: generic over any spec.
const GENERIC: &[&str] = &[
    "crates/codegen",
    "crates/server-runtime",
    "crates/client-runtime",
];

/// Every Rust file of the workspace (and of the fuzz crate), relative to the root, sorted.
fn rust_files(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for top in ["crates", "xtask", "tests"] {
        walk(&root.join(top), &mut files);
    }
    let mut files: Vec<String> = files
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| relative(root, &path))
        .collect();
    files.sort();
    assert!(
        files.len() > 50,
        "found only {} Rust files: is the walk broken?",
        files.len()
    );
    files
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name == "target" || name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .expect("under the root")
        .to_string_lossy()
        .replace('\\', "/")
}

fn read(root: &Path, file: &str) -> String {
    std::fs::read_to_string(root.join(file)).unwrap_or_else(|err| panic!("{file}: {err}"))
}

fn is_generated(text: &str) -> bool {
    text.lines()
        .next()
        .is_some_and(|line| line.starts_with("//") && line.contains(codegen::GENERATED_MARKER))
}

/// The SQL statement a string looks like, if it looks like one (upper-case keywords only, so
/// prose does not count).
fn sql_keyword(text: &str) -> Option<&'static str> {
    let has = |word: &str| {
        text.match_indices(word).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    };
    let statements: [(&'static str, &[&str]); 9] = [
        ("SELECT … FROM", &["SELECT", "FROM"]),
        ("SELECT", &["SELECT", "EXISTS"]),
        ("INSERT INTO", &["INSERT INTO"]),
        ("UPDATE … SET", &["UPDATE", "SET"]),
        ("DELETE FROM", &["DELETE FROM"]),
        ("CREATE", &["CREATE TABLE"]),
        ("CREATE", &["CREATE DATABASE"]),
        ("DROP", &["DROP"]),
        ("ALTER", &["ALTER"]),
    ];
    if has("PRAGMA") {
        return Some("PRAGMA");
    }
    statements
        .iter()
        .find(|(_, words)| words.iter().all(|word| has(word)))
        .map(|(name, _)| *name)
}

#[test]
fn no_sql_outside_storage() {
    let root = workspace_root();
    let mut offences = Vec::new();
    for file in rust_files(&root) {
        if file.starts_with(STORAGE) || SQL_EXCEPTIONS.iter().any(|(path, _)| *path == file) {
            continue;
        }
        let text = read(&root, &file);
        if is_generated(&text) {
            continue;
        }
        for (line, literal) in source::string_literals(&text) {
            if let Some(keyword) = sql_keyword(&literal) {
                offences.push(format!("{file}:{line}: {keyword} in {literal:?}"));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "SQL belongs in {STORAGE} (ARCHITECTURE.md); add a storage method instead of:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_generator_and_the_runtime_know_no_api() {
    let root = workspace_root();
    let mut offences = Vec::new();
    for file in rust_files(&root) {
        if !GENERIC
            .iter()
            .any(|dir| file.starts_with(&format!("{dir}/src/")))
        {
            continue;
        }
        for (index, line) in read(&root, &file).lines().enumerate() {
            if line.to_lowercase().contains("chat") {
                offences.push(format!("{file}:{}: {}", index + 1, line.trim()));
            }
        }
    }
    for dir in GENERIC {
        let manifest = format!("{dir}/Cargo.toml");
        if read(&root, &manifest).to_lowercase().contains("chat") {
            offences.push(format!("{manifest}: mentions chats"));
        }
    }
    assert!(
        offences.is_empty(),
        "{GENERIC:?} are generic over any spec: nothing in them may name the Chats API \
         (put it in openapi/ or in xtask's paths):\n{}",
        offences.join("\n")
    );
}

#[test]
fn generated_files_carry_the_header_and_are_exactly_what_plan_makes() {
    let root = workspace_root();
    let (outputs, _) = plan(&root).expect("the plan runs");
    let planned: Vec<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    let mut offences = Vec::new();
    for output in &outputs {
        if output.path.ends_with(".rs") && !is_generated(&output.contents) {
            offences.push(format!(
                "{}: plan() makes it without the header",
                output.path
            ));
        }
        match std::fs::read_to_string(root.join(&output.path)) {
            Ok(text) if text == output.contents => {}
            Ok(_) => offences.push(format!(
                "{}: differs from what the spec produces (edited by hand, or stale)",
                output.path
            )),
            Err(err) => offences.push(format!("{}: {err}", output.path)),
        }
    }
    // No file claims to be generated that the plan does not make.
    for file in rust_files(&root) {
        if is_generated(&read(&root, &file)) && !planned.contains(&file.as_str()) {
            offences.push(format!(
                "{file}: carries the generated header but no generator makes it"
            ));
        }
    }
    assert!(
        offences.is_empty(),
        "generated files are never edited by hand: change the spec or the generator and run \
         `{COMMAND}`:\n{}",
        offences.join("\n")
    );
}

/// The roots of every crate and target (libraries, binaries, test binaries, fuzz targets):
/// the files whose `//!` documents a crate.
fn crate_roots(root: &Path) -> Vec<String> {
    rust_files(root)
        .into_iter()
        .filter(|file| {
            // The path inside the nearest directory with a Cargo.toml.
            let mut crate_dir = root.join(file);
            while crate_dir.pop() && !crate_dir.join("Cargo.toml").is_file() {}
            let inside = relative(&crate_dir, &root.join(file));
            let parts: Vec<&str> = inside.split('/').collect();
            matches!(
                parts.as_slice(),
                ["lib.rs"]
                    | ["src", "lib.rs" | "main.rs"]
                    | ["src", "bin", _]
                    | ["tests", _]
                    | ["tests", _, "main.rs"]
                    | ["fuzz_targets", _]
            )
        })
        .collect()
}

#[test]
fn every_crate_and_test_binary_has_a_crate_level_doc() {
    let root = workspace_root();
    let roots = crate_roots(&root);
    assert!(
        roots.iter().any(|f| f == "crates/chats-server/src/lib.rs")
            && roots
                .iter()
                .any(|f| f == "crates/chats-server/tests/it/main.rs"),
        "crate roots not found: {roots:?}"
    );
    let mut offences = Vec::new();
    for file in roots {
        let text = read(&root, &file);
        let documented = text
            .lines()
            .map(str::trim)
            .take_while(|line| line.is_empty() || line.starts_with("//") || line.starts_with("#!["))
            .any(|line| line.starts_with("//!"));
        if !documented {
            offences.push(file);
        }
    }
    assert!(
        offences.is_empty(),
        "each crate and test binary starts with a `//!` doc saying what it owns:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_literal_reader_finds_sql_and_skips_comments_and_prose() {
    let source = r##"
        // SELECT id FROM chats in a comment
        let a = "SELECT id FROM chats WHERE x = 1";
        let b = 'x';
        let c = r#"UPDATE chats SET title = 'a"b'"#;
        let d = "Select the chats from the list";
        let e = "PRAGMA page_count";
    "##;
    let found: Vec<(usize, Option<&str>)> = source::string_literals(source)
        .iter()
        .map(|(line, text)| (*line, sql_keyword(text)))
        .collect();
    assert_eq!(
        found,
        [
            (3, Some("SELECT … FROM")),
            (5, Some("UPDATE … SET")),
            (6, None),
            (7, Some("PRAGMA")),
        ]
    );
}
