//! The breaking-change check against its fixture corpus: `tests/breaking/<case>/` holds a
//! `before.yaml`, an `after.yaml` and `expected.txt`, the verdict and the exact set of rule
//! ids both ways (`forward`: before → after; `reverse`: after → before). Since each set is
//! exact, every case is also a negative case for every rule it does not list.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

use codegen::{Document, RULES, compare};

struct Expected {
    breaking: bool,
    rules: BTreeSet<String>,
}

fn parse_expected(text: &str, path: &Path) -> BTreeMap<String, Expected> {
    let mut out = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if let Some((direction, verdict)) = line.split_once(": ") {
            let breaking = match verdict {
                "breaking" => true,
                "compatible" => false,
                other => panic!("{}: unknown verdict {other}", path.display()),
            };
            out.insert(
                direction.to_owned(),
                Expected {
                    breaking,
                    rules: BTreeSet::new(),
                },
            );
            current = Some(direction.to_owned());
        } else if let Some(rule) = line.strip_prefix("  ") {
            let direction = current.as_ref().expect("a rule under a direction");
            out.get_mut(direction)
                .expect("the direction")
                .rules
                .insert(rule.to_owned());
        }
    }
    out
}

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/breaking");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the fixture corpus")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

fn read(path: &Path, name: &str) -> Document {
    let file = path.join(name);
    let text = std::fs::read_to_string(&file).expect("a fixture file");
    Document::parse(name, &text).unwrap_or_else(|err| panic!("{}: {err}", file.display()))
}

#[test]
fn every_fixture_gets_its_verdict_and_exactly_its_rules() {
    let cases = cases();
    assert!(cases.len() >= 100, "{} fixtures", cases.len());
    let mut failures = Vec::new();
    let mut fired: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected = parse_expected(
            &std::fs::read_to_string(case.join("expected.txt")).expect("expected.txt"),
            case,
        );
        let before = read(case, "before.yaml");
        let after = read(case, "after.yaml");
        for (direction, base, current) in
            [("forward", &before, &after), ("reverse", &after, &before)]
        {
            let want = expected
                .get(direction)
                .unwrap_or_else(|| panic!("{name}: no {direction} in expected.txt"));
            let report = compare(base, current).expect("compares");
            let got: BTreeSet<String> = report.changes.iter().map(|c| c.rule.to_owned()).collect();
            if got != want.rules || report.breaking() != want.breaking {
                failures.push(format!(
                    "{name} {direction}: expected {} {:?}, got {} {:?}\n{}",
                    if want.breaking {
                        "breaking"
                    } else {
                        "compatible"
                    },
                    want.rules,
                    if report.breaking() {
                        "breaking"
                    } else {
                        "compatible"
                    },
                    got,
                    report.to_text("before")
                ));
            }
            for rule in got {
                fired
                    .entry(rule)
                    .or_default()
                    .insert(format!("{name} {direction}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let silent: Vec<&str> = RULES
        .iter()
        .map(|rule| rule.id)
        .filter(|id| !fired.contains_key(*id))
        .collect();
    assert!(silent.is_empty(), "rules no fixture fires: {silent:?}");
}

#[test]
fn every_change_is_located_in_its_file() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/breaking/response-uuid-to-string");
    let report =
        compare(&read(&case, "before.yaml"), &read(&case, "after.yaml")).expect("compares");
    let text = std::fs::read_to_string(case.join("after.yaml")).expect("after.yaml");
    for change in &report.changes {
        let line = change.line.expect("a line");
        let written = text
            .lines()
            .nth(line as usize - 1)
            .expect("the line exists");
        assert!(written.contains("id:"), "{}: {written}", change.place());
        assert_eq!(change.file, "after.yaml");
        assert_eq!(change.pointer, "/components/schemas/Item/properties/id");
        assert_eq!(
            change.used_by,
            ["GET /items", "GET /items/{id}", "POST /items"],
            "{change:?}"
        );
    }
}
