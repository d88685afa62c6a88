//! The module walls: no import circles between the top-level modules of any crate, and the
//! generator's own rooms (ARCHITECTURE.md: "crates/codegen").

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{read, rust_files, source::code_only, workspace_root};

/// A crate's top-level modules and, for each, the modules it names with the file and line
/// where it first does.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

/// The source directories of the workspace's crates (each with a `lib.rs` or `main.rs`).
fn crate_sources(root: &Path) -> Vec<String> {
    let mut dirs: BTreeSet<String> = BTreeSet::new();
    for file in rust_files(root) {
        if let Some(dir) = file
            .strip_suffix("/lib.rs")
            .or_else(|| file.strip_suffix("/main.rs"))
            && dir.ends_with("/src")
        {
            dirs.insert(dir.to_owned());
        }
    }
    dirs.into_iter().collect()
}

/// The module path of a file under `src` (`server/handler.rs` → `[server, handler]`,
/// `server/mod.rs` → `[server]`, `lib.rs` → `[]`).
fn module_path(inside: &str) -> Vec<String> {
    let mut parts: Vec<String> = inside
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The identifiers a `use` tree names at its top (`{a, b::c, d as e}` → `[a, b, d]`).
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut expect = true;
    let mut word = String::new();
    for c in group.chars() {
        let ident = c.is_alphanumeric() || c == '_';
        if depth == 0 && expect && ident {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            heads.push(std::mem::take(&mut word));
            expect = false;
        }
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => expect = true,
            _ => {}
        }
    }
    if !word.is_empty() {
        heads.push(word);
    }
    heads
}

/// The bracketed group starting at `text[0] == '{'`.
fn group(text: &str) -> &str {
    let mut depth = 0;
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &text[1..at];
                }
            }
            _ => {}
        }
    }
    text
}

/// The top-level modules `code` (of the module at `here`) names through `crate::` or
/// `super::`, with the line of each.
fn named_modules(code: &str, here: &[String]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (index, line_start) in code
        .lines()
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len() + 1;
            Some(start)
        })
        .enumerate()
    {
        let line = code[line_start..].lines().next().unwrap_or("");
        for (at, _) in line
            .match_indices("crate::")
            .chain(line.match_indices("super::"))
        {
            let before = line[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            // Climb: `crate::` is the root; each `super::` one level up from `here`.
            let mut rest = &code[line_start + at..];
            let mut level = here.len();
            if let Some(after) = rest.strip_prefix("crate::") {
                level = 0;
                rest = after;
            } else {
                while let Some(after) = rest.strip_prefix("super::") {
                    level = level.saturating_sub(1);
                    rest = after.trim_start();
                }
            }
            if level > 0 {
                continue; // Inside the same top-level module.
            }
            let heads = if rest.starts_with('{') {
                group_heads(group(rest))
            } else {
                group_heads(
                    rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or(""),
                )
            };
            for head in heads {
                out.push((head, index + 1));
            }
        }
    }
    out
}

/// The import graph of the crate whose sources are in `src`.
fn graph(root: &Path, src: &str) -> Graph {
    let files: Vec<String> = rust_files(root)
        .into_iter()
        .filter(|file| file.starts_with(&format!("{src}/")))
        .collect();
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|file| module_path(&file[src.len() + 1..]).first().cloned())
        .collect();
    // Names the crate root re-exports (`pub use error::CodegenError;`), by their module.
    let mut reexports: BTreeMap<String, String> = BTreeMap::new();
    for root_file in ["lib.rs", "main.rs"] {
        let Ok(text) = std::fs::read_to_string(root.join(src).join(root_file)) else {
            continue;
        };
        let code = code_only(&text);
        for statement in code.split(';') {
            let statement = statement.trim();
            let Some(path) = statement
                .strip_prefix("pub use ")
                .or_else(|| statement.strip_prefix("pub(crate) use "))
            else {
                continue;
            };
            let Some((module, names)) = path.split_once("::") else {
                continue;
            };
            let names = names.trim();
            let names = if names.starts_with('{') {
                group_heads(group(names))
            } else {
                vec![names.rsplit("::").next().unwrap_or(names).to_owned()]
            };
            for name in names {
                reexports.insert(name, module.trim().to_owned());
            }
        }
    }
    let mut graph = Graph::new();
    for file in &files {
        let here = module_path(&file[src.len() + 1..]);
        let Some(from) = here.first() else {
            continue; // The crate root is the pipeline: it may name every module.
        };
        let code = code_only(&read(root, file));
        for (name, line) in named_modules(&code, &here) {
            let to = if modules.contains(&name) {
                name
            } else if let Some(module) = reexports.get(&name) {
                module.clone()
            } else {
                continue;
            };
            if &to != from {
                graph
                    .entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert_with(|| format!("{file}:{line}"));
            }
        }
    }
    graph
}

/// The circles of a graph (strongly connected components of more than one module), each
/// with the edges that make it.
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(node) = stack.pop() {
            if node == to {
                return true;
            }
            if seen.insert(node.clone()) {
                stack.extend(
                    graph
                        .get(&node)
                        .into_iter()
                        .flat_map(|edges| edges.keys().cloned()),
                );
            }
        }
        false
    };
    let mut out = Vec::new();
    let mut placed = BTreeSet::new();
    for node in graph.keys() {
        if placed.contains(node) {
            continue;
        }
        let component: Vec<String> = graph
            .keys()
            .filter(|other| *other == node || (reaches(node, other) && reaches(other, node)))
            .cloned()
            .collect();
        placed.extend(component.iter().cloned());
        if component.len() > 1 {
            let edges = component
                .iter()
                .flat_map(|from| {
                    graph[from]
                        .iter()
                        .filter(|(to, _)| component.contains(to))
                        .map(move |(to, at)| format!("  {from} → {to} ({at})"))
                })
                .collect();
            out.push(edges);
        }
    }
    out
}

#[test]
fn no_module_of_any_crate_imports_in_a_circle() {
    let root = workspace_root();
    let sources = crate_sources(&root);
    assert!(
        sources.iter().any(|s| s == "crates/codegen/src"),
        "crate sources not found: {sources:?}"
    );
    let mut offences = Vec::new();
    for src in &sources {
        for circle in circles(&graph(&root, src)) {
            offences.push(format!("{src}:\n{}", circle.join("\n")));
        }
    }
    assert!(
        offences.is_empty(),
        "the top-level modules of a crate import one way (ARCHITECTURE.md): move what both \
         sides need into a leaf module, or pass it in:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_generators_rooms_keep_to_themselves() {
    let root = workspace_root();
    let src = "crates/codegen/src";
    let graph = graph(&root, src);
    let mut offences = Vec::new();
    for (from, to) in [("client", "server"), ("server", "client")] {
        if let Some(at) = graph.get(from).and_then(|edges| edges.get(to)) {
            offences.push(format!(
                "{at}: {from}/ names {to}/ (the two sides share the model and progenitor's \
                 output, never each other)"
            ));
        }
    }
    for file in rust_files(&root) {
        let Some(inside) = file.strip_prefix(&format!("{src}/")) else {
            continue;
        };
        let text = read(&root, &file);
        // Keys are spelled in string literals, which the code-only view blanks.
        if inside != "lower.rs" {
            for (line, literal) in super::source::string_literals(&text) {
                if literal.contains("x-codegen-") {
                    offences.push(format!(
                        "{file}:{line}: names an x-codegen- key (lower.rs names them once, as KEPT_*)"
                    ));
                }
            }
        }
        let code = code_only(&text);
        for (index, line) in code.lines().enumerate() {
            let at = format!("{file}:{}", index + 1);
            let names_progenitor = line.contains("use progenitor")
                || line.contains("::progenitor::") && !line.contains("crate::progenitor::");
            if names_progenitor && !inside.starts_with("progenitor/") {
                offences.push(format!(
                    "{at}: names the progenitor crate outside progenitor/"
                ));
            }
            if line.contains("typify::")
                && !inside.starts_with("progenitor/")
                && inside != "naming.rs"
            {
                offences.push(format!(
                    "{at}: names typify outside progenitor/ and naming.rs"
                ));
            }
            let walks_paths = line.contains(".paths.paths")
                || line.contains(".paths.iter(")
                || line.contains("item.iter()");
            if walks_paths
                && !["model/", "progenitor/"]
                    .iter()
                    .any(|room| inside.starts_with(room))
            {
                offences.push(format!(
                    "{at}: walks the document's paths (only model/ does, for every emitter)"
                ));
            }
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

#[test]
fn use_trees_are_read_by_their_heads() {
    assert_eq!(
        group_heads("CodegenError, Spec, naming::{self, ident}, openapi::In as I"),
        ["CodegenError", "Spec", "naming", "openapi"]
    );
    let here = vec!["server".to_owned(), "handler".to_owned()];
    let found = named_modules(
        "use super::{request::R, *};\nuse crate::{model::Api, openapi::In};\nlet x = super::super::naming::ident(a);\n",
        &here,
    );
    assert_eq!(
        found,
        [
            ("model".to_owned(), 2),
            ("openapi".to_owned(), 2),
            ("naming".to_owned(), 3)
        ]
    );
}
