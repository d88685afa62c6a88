//! Where progenitor or typify failed. They fail (or panic) on a whole document without saying
//! where; when they do, the document is cut down until one component schema or one operation
//! is left that still fails on its own, so that the refusal a user reads names its place.
//!
//! Schemas are cut by replacing their bodies with `{}` (any value), which keeps every
//! reference valid; operations by leaving them out. Each halving is one more run of
//! progenitor, only on the failure path.

use std::{
    cell::Cell,
    panic::{AssertUnwindSafe, catch_unwind},
    sync::Once,
};

use openapiv3::{OpenAPI, ReferenceOr, Schema};
use progenitor::Generator;

use crate::pointer::escape_token;

thread_local! {
    /// Set while this thread runs progenitor: its panics are ours to report, not to print.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, catching a panic; while it runs, this thread's panics print nothing (the
/// process's panic hook is wrapped once, and still prints every other panic).
pub(super) fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|quiet| quiet.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|quiet| quiet.set(was));
    result
}

/// The text of a caught panic.
pub(super) fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "unknown panic".to_owned())
}

/// What failed, where: a JSON pointer and the construct's kind.
pub(super) struct Culprit {
    pub(super) pointer: String,
    pub(super) construct: &'static str,
}

/// The one component schema or operation of `document` that progenitor fails on by itself,
/// when there is one.
pub(super) fn culprit(
    document: &OpenAPI,
    settings: &progenitor::GenerationSettings,
) -> Option<Culprit> {
    let fails = |document: &OpenAPI| {
        let mut generator = Generator::new(settings);
        !matches!(quietly(|| generator.generate_tokens(document)), Ok(Ok(_)))
    };
    let mut components_only = document.clone();
    components_only.paths.paths.clear();
    if fails(&components_only) {
        let names: Vec<String> = components_only
            .components
            .as_ref()
            .map(|components| components.schemas.keys().cloned().collect())
            .unwrap_or_default();
        let keeping = |kept: &[String]| {
            let mut cut = components_only.clone();
            if let Some(components) = cut.components.as_mut() {
                for (name, schema) in components.schemas.iter_mut() {
                    if !kept.contains(name) {
                        *schema = ReferenceOr::Item(Schema {
                            schema_data: Default::default(),
                            schema_kind: openapiv3::SchemaKind::Any(Default::default()),
                        });
                    }
                }
            }
            fails(&cut)
        };
        let name = narrow(names, keeping)?;
        return Some(Culprit {
            pointer: format!("/components/schemas/{}", escape_token(&name)),
            construct: "schema",
        });
    }
    let operations: Vec<(String, String)> = document
        .paths
        .paths
        .iter()
        .flat_map(|(path, item)| {
            let methods = match item {
                ReferenceOr::Item(item) => item
                    .iter()
                    .map(|(method, _)| method.to_owned())
                    .collect::<Vec<_>>(),
                ReferenceOr::Reference { .. } => Vec::new(),
            };
            methods
                .into_iter()
                .map(move |method| (path.clone(), method))
        })
        .collect();
    let keeping = |kept: &[(String, String)]| {
        let mut cut = document.clone();
        cut.paths.paths.retain(|path, item| {
            let ReferenceOr::Item(item) = item else {
                return false;
            };
            for method in crate::openapi::METHODS {
                if !kept.iter().any(|(p, m)| p == path && m == method) {
                    *operation_slot(item, method) = None;
                }
            }
            item.iter().next().is_some()
        });
        fails(&cut)
    };
    let (path, method) = narrow(operations, keeping)?;
    Some(Culprit {
        pointer: format!("/paths/{}/{method}", escape_token(&path)),
        construct: "operation",
    })
}

fn operation_slot<'a>(
    item: &'a mut openapiv3::PathItem,
    method: &str,
) -> &'a mut Option<openapiv3::Operation> {
    match method {
        "get" => &mut item.get,
        "put" => &mut item.put,
        "post" => &mut item.post,
        "delete" => &mut item.delete,
        "options" => &mut item.options,
        "head" => &mut item.head,
        "patch" => &mut item.patch,
        _ => &mut item.trace,
    }
}

/// Halves `candidates` while one half still fails by itself (`fails(kept)`); the one left,
/// or `None` when the failure needs parts of both halves.
fn narrow<T: Clone>(mut candidates: Vec<T>, fails: impl Fn(&[T]) -> bool) -> Option<T> {
    while candidates.len() > 1 {
        let back = candidates.split_off(candidates.len() / 2);
        if fails(&candidates) {
            continue;
        }
        if fails(&back) {
            candidates = back;
            continue;
        }
        return None;
    }
    candidates.pop()
}

#[cfg(test)]
mod tests {
    #[test]
    fn narrowing_finds_the_one_that_fails_alone() {
        let found = super::narrow((0..37).collect(), |kept: &[i32]| kept.contains(&23));
        assert_eq!(found, Some(23));
        // A failure that needs two parts apart is not pinned on either.
        let found = super::narrow((0..8).collect(), |kept: &[i32]| {
            kept.contains(&1) && kept.contains(&6)
        });
        assert_eq!(found, None);
    }
}
