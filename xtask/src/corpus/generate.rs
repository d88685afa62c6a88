//! Running the generator over the corpus: every spec parsed, compared with itself by the
//! breaking-change check and generated (client and server) on every core, each under
//! `catch_unwind`, and its outcome classified and timed.

use std::{
    panic::{AssertUnwindSafe, catch_unwind},
    path::Path,
    sync::{
        Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::Instant,
};

use anyhow::{Context, Result};

use super::{Compiled, Outcome, Run, SPECS, Wire};

/// Generates every spec on every core, each under `catch_unwind` with the panic message kept
/// (and not printed).
pub(super) fn generate_all(root: &Path, names: &[String]) -> Result<Vec<Run>> {
    let specs = root.join(SPECS);
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(names.len()));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let failed = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                // Generation recurses as deep as a spec's schemas nest.
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(scope, || -> Result<()> {
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(name) = names.get(index) else {
                                return Ok(());
                            };
                            let text = std::fs::read_to_string(specs.join(name))
                                .with_context(|| format!("reading {name}"))?;
                            let run = generate_one(name, &text);
                            results
                                .lock()
                                .expect("no worker panics holding it")
                                .push(run);
                        }
                    })
                    .expect("a worker thread starts")
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("workers catch panics"))
            .find_map(Result::err)
    });
    std::panic::set_hook(previous_hook);
    if let Some(err) = failed {
        return Err(err);
    }
    let mut runs = results.into_inner().expect("workers are done");
    runs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(runs)
}

fn generate_one(name: &str, text: &str) -> Run {
    let started = Instant::now();
    // The breaking-change check must never panic, and a spec compared with itself has no
    // changes: a panic, or a change found, is counted as a panic of the corpus.
    let checked = catch_unwind(AssertUnwindSafe(|| {
        let document = codegen::Document::parse(name, text).ok()?;
        let changes = codegen::compare(&document, &document).ok()?.changes;
        changes.first().map(|change| {
            format!(
                "the breaking check found {} change(s) comparing the spec with itself, first {}: {}",
                changes.len(),
                change.rule,
                change.message
            )
        })
    }));
    let found = match checked {
        Ok(found) => found,
        Err(panic) => Some(format!(
            "the breaking check panicked: {}",
            panic_message(&*panic)
        )),
    };
    let mut invalid_examples = 0;
    let mut left_out = std::collections::BTreeSet::new();
    let result = catch_unwind(AssertUnwindSafe(|| {
        let spec = codegen::Spec::parse(name, text)?;
        left_out.extend(codegen::notes(&spec).iter().map(|note| {
            if note.contains(": /webhooks/") {
                "webhooks"
            } else if note.contains("/callbacks/") {
                "callbacks"
            } else {
                "request media types"
            }
        }));
        if let Err(codegen::CodegenError::Examples { problems, .. }) =
            codegen::check_examples(&spec)
        {
            invalid_examples = problems.len();
        }
        codegen::generate(
            &spec,
            &codegen::ServerOptions {
                command: "cargo xtask corpus",
                spec_include: "spec.json",
                json_include: "openapi.json",
            },
        )
    }));
    let elapsed = started.elapsed();
    let output_bytes = match &result {
        Ok(Ok((client, server))) => client.len() + server.source.len(),
        _ => 0,
    };
    let outcome = match (found, result) {
        (Some(found), _) => Outcome::Panicked(found),
        (None, Ok(Ok(_))) => Outcome::Generated,
        (None, Ok(Err(err))) => Outcome::Refused {
            class: refusal_class(&err),
            message: err.to_string(),
        },
        (None, Err(panic)) => Outcome::Panicked(panic_message(&*panic)),
    };
    Run {
        name: name.to_owned(),
        outcome,
        elapsed,
        output_bytes,
        compiled: Compiled::NotSampled,
        wire: Wire::NotSampled,
        trip: Wire::NotSampled,
        invalid_examples,
        left_out,
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// The refusal's construct with its numbers blanked, so that like refusals tally together.
fn refusal_class(err: &codegen::CodegenError) -> String {
    let text = match err {
        codegen::CodegenError::Unsupported { construct, .. } => construct.clone(),
        codegen::CodegenError::Parse { .. } => "the document does not parse".to_owned(),
        codegen::CodegenError::Generator { message, .. } => {
            format!(
                "generator: {}",
                message.split(':').next().unwrap_or(message)
            )
        }
        codegen::CodegenError::Server { message, .. } => {
            format!(
                "server generator: {}",
                message.split(':').next().unwrap_or(message)
            )
        }
        codegen::CodegenError::Examples { .. } => {
            "an example that does not match its schema".to_owned()
        }
    };
    let mut class = String::with_capacity(text.len());
    let mut in_number = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                class.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            class.push(c);
        }
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_classes_blank_numbers() {
        let err = codegen::CodegenError::Unsupported {
            source_name: "x".into(),
            pointer: "/p".into(),
            location: None,
            construct: "error response 404 without a JSON body".into(),
            reason: "r".into(),
        };
        assert_eq!(refusal_class(&err), "error response N without a JSON body");
    }
}
