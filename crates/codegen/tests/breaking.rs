//! The breaking-change check against its fixture corpus: `tests/breaking/<case>/` holds a
//! `before.yaml`, an `after.yaml` and `expected.txt`, the verdict and the exact set of rule
//! ids both ways (`forward`: before → after; `reverse`: after → before). Since each set is
//! exact, every case is also a negative case for every rule it does not list.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

use codegen::{Approval, Document, Level, Lifecycle, RULES, compare, compare_with};

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

fn lifecycle(today: &str, approvals: Vec<Approval>, release: &str) -> Lifecycle {
    Lifecycle {
        today: today.to_owned(),
        approvals,
        release: Some(release.to_owned()),
    }
}

fn approval(fingerprint: &str, release: &str) -> Approval {
    Approval {
        fingerprint: fingerprint.to_owned(),
        release: release.to_owned(),
        approved_by: "Ada".to_owned(),
        date: "2026-12-04".to_owned(),
        reason: "nobody sends it".to_owned(),
    }
}

/// A sunset passes on its day, not before: the removal is a warning that says why from then on.
#[test]
fn a_removal_is_a_warning_from_its_sunset_on() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/breaking/lifecycle-parameter-removed-after-sunset");
    let (before, after) = (read(&case, "before.yaml"), read(&case, "after.yaml"));
    for (today, level) in [
        ("2020-01-30", Level::Breaking),
        ("2020-01-31", Level::Warning),
        ("2026-12-04", Level::Warning),
    ] {
        let report = compare_with(&before, &after, &lifecycle(today, vec![], "1.0.0")).unwrap();
        let [change] = report.changes.as_slice() else {
            panic!("{report:?}")
        };
        assert_eq!(
            (change.rule, change.level),
            ("request-parameter-removed", level)
        );
        let note = change.note.as_deref().unwrap();
        match level {
            Level::Warning => assert_eq!(
                note,
                "removed after its sunset: it was deprecated, sunset 2020-01-31 (passed)"
            ),
            _ => assert_eq!(
                note,
                "it was deprecated, but its sunset 2020-01-31 has not passed"
            ),
        }
    }
}

/// An approval names a change by rule and place, parameters by name (not by their index in the
/// list); it lowers that break for the release it was made for, and is stale otherwise.
#[test]
fn an_approval_lowers_its_break_for_its_release_and_is_stale_otherwise() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/breaking/lifecycle-parameter-removed-after-sunset");
    let before = read(&case, "before.yaml");
    let after = read(&case, "after.yaml");
    // Before its sunset, the removal is a break to approve.
    let today = "2019-01-01";
    let report = compare_with(&before, &after, &lifecycle(today, vec![], "1.0.0")).unwrap();
    let fingerprint = "request-parameter-removed:/paths/~1items/get/parameters/query:page";
    assert_eq!(report.changes[0].fingerprint, fingerprint);
    assert!(report.breaking());

    let approved = compare_with(
        &before,
        &after,
        &lifecycle(today, vec![approval(fingerprint, "1.0.0")], "1.0.0"),
    )
    .unwrap();
    assert!(!approved.breaking(), "{approved:?}");
    assert_eq!(
        approved.changes[0].note.as_deref(),
        Some("approved by Ada on 2026-12-04 for 1.0.0: nobody sends it")
    );
    assert!(approved.stale.is_empty());
    let json: serde_json::Value = serde_json::from_str(&approved.to_json()).unwrap();
    assert_eq!(json["changes"][0]["fingerprint"], fingerprint);

    // Made for another release, or matching nothing: not applied, and reported stale.
    for approvals in [
        vec![approval(fingerprint, "0.9.0")],
        vec![approval("operation-removed:/paths/~1gone/get", "1.0.0")],
    ] {
        let report = compare_with(
            &before,
            &after,
            &lifecycle(today, approvals.clone(), "1.0.0"),
        )
        .unwrap();
        assert!(report.breaking());
        assert_eq!(report.stale, approvals);
        assert!(report.to_text("base").contains("stale approval: "));
    }

    // The same place after an unrelated edit (another parameter first): the same fingerprint.
    let text = std::fs::read_to_string(case.join("before.yaml")).unwrap();
    let edited = text.replace(
        "      parameters:\n",
        "      parameters:\n      - name: sort\n        in: query\n        schema: {type: string}\n",
    );
    assert_ne!(edited, text);
    let edited = Document::parse("before.yaml", &edited).unwrap();
    let report = compare_with(&edited, &after, &lifecycle(today, vec![], "1.0.0")).unwrap();
    let removed = report
        .changes
        .iter()
        .find(|change| change.message.contains("`page`"))
        .unwrap();
    assert_eq!(removed.fingerprint, fingerprint);
}
