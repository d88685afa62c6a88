//! The shape walls: hand-written files and functions small enough to read whole.

use super::{is_generated, read, rust_files, source, workspace_root};

/// The longest a hand-written Rust file may be.
const MAX_FILE_LINES: usize = 700;

/// The longest a hand-written function may be, from its `fn` to its closing brace.
const MAX_FUNCTION_LINES: usize = 150;

#[test]
fn no_hand_written_rust_file_is_over_seven_hundred_lines() {
    let root = workspace_root();
    let mut offences = Vec::new();
    for file in rust_files(&root) {
        let text = read(&root, &file);
        let lines = text.lines().count();
        if lines > MAX_FILE_LINES && !is_generated(&text) {
            offences.push(format!("{file}: {lines} lines"));
        }
    }
    assert!(
        offences.is_empty(),
        "split files over {MAX_FILE_LINES} lines by concern (a module directory with a file \
         per concern):\n{}",
        offences.join("\n")
    );
}

#[test]
fn no_hand_written_function_is_over_a_hundred_and_fifty_lines() {
    let root = workspace_root();
    let mut offences = Vec::new();
    for file in rust_files(&root) {
        let text = read(&root, &file);
        if is_generated(&text) {
            continue;
        }
        for (name, line, lines) in source::functions(&source::code_only(&text)) {
            if lines > MAX_FUNCTION_LINES {
                offences.push(format!("{file}:{line}: fn {name}: {lines} lines"));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "split functions over {MAX_FUNCTION_LINES} lines into steps with names:\n{}",
        offences.join("\n")
    );
}
