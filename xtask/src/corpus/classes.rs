//! Why each failing spec of the wire sample fails: `corpus/wire-classes.tsv`, kept by hand
//! after reading each failure's log (`wire-runs/<module>.log`), rendered into CORPUS.md with
//! each class's count. A failing spec without a row is listed as not yet examined, so the
//! table cannot claim more than was read; a row whose spec no longer fails is not rendered.

use std::{collections::BTreeMap, fmt::Write as _, path::Path};

use anyhow::{Result, bail};

use super::{Run, Wire};

/// The committed classification.
pub(super) const CLASSES: &str = "crates/codegen/corpus/wire-classes.tsv";

/// One spec's failure, as read from its log.
pub(super) struct Class {
    spec: String,
    class: String,
    seen: String,
}

/// The rows of [`CLASSES`] (none when the file is absent): `spec`, `class`, what was seen,
/// tab-separated; `#` starts a comment line.
pub(super) fn read(root: &Path) -> Result<Vec<Class>> {
    let Ok(text) = std::fs::read_to_string(root.join(CLASSES)) else {
        return Ok(Vec::new());
    };
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [spec, class, seen] = fields[..] else {
            bail!(
                "{CLASSES}:{}: a row is `spec<TAB>class<TAB>what was seen`",
                index + 1
            );
        };
        rows.push(Class {
            spec: spec.to_owned(),
            class: class.to_owned(),
            seen: seen.to_owned(),
        });
    }
    Ok(rows)
}

/// CORPUS.md's section: each class of the sample's failures (schemathesis or round trip),
/// its count and each spec with what was seen.
pub(super) fn section(runs: &[Run], classes: &[Class]) -> String {
    let failed = |wire: &Wire| matches!(wire, Wire::Failed(_) | Wire::NotRun(_));
    let mut grouped: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for run in runs
        .iter()
        .filter(|run| failed(&run.wire) || failed(&run.trip))
    {
        let row = classes.iter().find(|row| row.spec == run.name);
        let (class, seen) = row.map_or(("not yet examined", ""), |row| {
            (row.class.as_str(), row.seen.as_str())
        });
        grouped.entry(class).or_default().push((&run.name, seen));
    }
    if grouped.is_empty() {
        return String::new();
    }
    let mut grouped: Vec<(&str, Vec<(&str, &str)>)> = grouped.into_iter().collect();
    grouped.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let mut out = String::from(
        "\n## Why the wire sample's failures fail\n\n\
         Each failing spec's log read by hand and classified in `corpus/wire-classes.tsv` \
         (a spec without a row is \"not yet examined\"):\n\n\
         | class | specs | each spec: what its log shows |\n| --- | --- | --- |\n",
    );
    for (class, specs) in grouped {
        let list: Vec<String> = specs
            .iter()
            .map(|(spec, seen)| {
                if seen.is_empty() {
                    format!("`{spec}`")
                } else {
                    format!("`{spec}`: {seen}")
                }
            })
            .collect();
        let _ = writeln!(out, "| {class} | {} | {} |", specs.len(), list.join("; "));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_committed_classes_read_and_a_malformed_row_is_refused_with_its_line() {
        let root = crate::workspace_root();
        let rows = super::read(&root).expect("the committed file reads");
        assert!(
            rows.iter()
                .all(|row| !row.class.is_empty() && !row.seen.is_empty())
        );
        let dir = std::env::temp_dir().join(format!("wire-classes-{}", std::process::id()));
        let file = dir.join(super::CLASSES);
        std::fs::create_dir_all(file.parent().expect("a folder")).expect("folder");
        std::fs::write(&file, "# spec\tclass\tseen\na.json\tjava-regex\n").expect("written");
        let err = super::read(&dir).err().expect("refused").to_string();
        assert!(
            err.ends_with("wire-classes.tsv:2: a row is `spec<TAB>class<TAB>what was seen`"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).expect("removed");
    }
}
