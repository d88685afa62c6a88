//! The breaking check measured against before/after pairs written apart from it:
//! `tests/pairs/<area>/<name>.yaml`, one kind of change each (named after the rule of oasdiff or
//! openapi-diff that finds it, or "own"), labelled by what happens to a client generated from
//! `before` and to code written against it, never by what the check says. Each file is three
//! header lines (`# source:`, `# breaks: yes|no`, `# why:`), the before document, a line `---`,
//! and the after document. The figures are held in the crate README's breaking-check section.

use std::path::{Path, PathBuf};

use codegen::{Document, Report, Spec, compare};

/// The least share of breaking pairs the check must call breaking.
const MIN_CAUGHT: f64 = 0.95;
/// The largest share of compatible pairs it may call breaking.
const MAX_FALSE_ALARMS: f64 = 0.05;

struct Pair {
    /// `<area>/<name>.yaml`.
    file: String,
    breaks: bool,
    why: String,
    before: String,
    after: String,
}

impl Pair {
    fn read(root: &Path, path: &Path) -> Self {
        let file = path
            .strip_prefix(root)
            .expect("under the root")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{file}: {err}"));
        let header = |key: &str| {
            text.lines()
                .take(3)
                .find_map(|line| line.strip_prefix(&format!("# {key}: ")))
                .unwrap_or_else(|| panic!("{file}: no `# {key}:` line among the first three"))
                .trim()
                .to_owned()
        };
        header("source");
        let breaks = match header("breaks").as_str() {
            "yes" => true,
            "no" => false,
            other => panic!("{file}: `# breaks: {other}` (yes or no)"),
        };
        let why = header("why");
        let mut sides = text.splitn(2, "\n---\n");
        let before = sides.next().unwrap_or_default().to_owned();
        let after = sides
            .next()
            .unwrap_or_else(|| panic!("{file}: no `---` line between the documents"))
            .to_owned();
        Self {
            file,
            breaks,
            why,
            before,
            after,
        }
    }

    /// The OpenAPI version of each side: `3.0`, `3.1`, or `3.0 → 3.1`.
    fn version(&self) -> &'static str {
        let minor = |text: &str| {
            let document = Document::parse("pair.yaml", text).ok();
            let version = document.as_ref().and_then(|document| {
                document
                    .value
                    .get("openapi")
                    .and_then(|version| version.as_str())
                    .map(str::to_owned)
            });
            if version.is_some_and(|version| version.starts_with("3.1")) {
                "3.1"
            } else {
                "3.0"
            }
        };
        match (minor(&self.before), minor(&self.after)) {
            ("3.1", "3.1") => "3.1",
            ("3.0", "3.0") => "3.0",
            _ => "3.0 → 3.1",
        }
    }

    /// The check's report, or why it could not compare the pair.
    fn compare(&self) -> Result<Report, String> {
        let before = Document::parse("before.yaml", &self.before).map_err(|e| e.to_string())?;
        let after = Document::parse("after.yaml", &self.after).map_err(|e| e.to_string())?;
        compare(&before, &after).map_err(|e| e.to_string())
    }
}

fn pairs() -> Vec<Pair> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pairs");
    let mut paths = Vec::new();
    for area in std::fs::read_dir(&root).expect("tests/pairs") {
        let area = area.expect("an entry").path();
        for file in std::fs::read_dir(&area).expect("an area directory") {
            let path: PathBuf = file.expect("an entry").path();
            if path.extension().is_some_and(|ext| ext == "yaml") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths.iter().map(|path| Pair::read(&root, path)).collect()
}

/// What the check made of every pair.
#[derive(Default)]
struct Tally {
    pairs: usize,
    version_3_0: usize,
    version_3_1: usize,
    upgraded: usize,
    breaking: usize,
    compatible: usize,
    caught: usize,
    false_alarms: usize,
    /// Each miss, false alarm and uncomparable pair, said with its file.
    disagreements: Vec<String>,
    uncomparable: usize,
}

impl Tally {
    fn of(pairs: &[Pair]) -> Self {
        let mut tally = Self::default();
        for pair in pairs {
            tally.pairs += 1;
            match pair.version() {
                "3.0" => tally.version_3_0 += 1,
                "3.1" => tally.version_3_1 += 1,
                _ => tally.upgraded += 1,
            }
            if pair.breaks {
                tally.breaking += 1;
            } else {
                tally.compatible += 1;
            }
            let report = match pair.compare() {
                Ok(report) => report,
                Err(err) => {
                    tally.uncomparable += 1;
                    tally
                        .disagreements
                        .push(format!("cannot compare {}: {err}", pair.file));
                    continue;
                }
            };
            let what = match (pair.breaks, report.breaking()) {
                (true, true) => {
                    tally.caught += 1;
                    continue;
                }
                (false, false) => continue,
                (true, false) => "missed",
                (false, true) => {
                    tally.false_alarms += 1;
                    "false alarm"
                }
            };
            let found = if report.changes.is_empty() {
                "  (no change found)".to_owned()
            } else {
                report
                    .changes
                    .iter()
                    .map(|c| format!("  {}: {} [{}]", c.level.as_str(), c.message, c.rule))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            tally.disagreements.push(format!(
                "{what}: tests/pairs/{} ({})\n{found}",
                pair.file, pair.why
            ));
        }
        tally
    }

    fn share(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            0.0
        } else {
            part as f64 / whole as f64
        }
    }

    /// The rows of the README's table, as they must be written.
    fn readme_rows(&self) -> Vec<String> {
        let percent = |part, whole| format!("{:.1}%", 100.0 * Self::share(part, whole));
        [
            ("pairs", self.pairs.to_string()),
            (
                "OpenAPI 3.0 / 3.1 / upgraded from 3.0 to 3.1",
                format!(
                    "{} / {} / {}",
                    self.version_3_0, self.version_3_1, self.upgraded
                ),
            ),
            (
                "labelled breaking / compatible",
                format!("{} / {}", self.breaking, self.compatible),
            ),
            (
                "breaking pairs caught",
                format!("{} ({})", self.caught, percent(self.caught, self.breaking)),
            ),
            (
                "false alarms on compatible pairs",
                format!(
                    "{} ({})",
                    self.false_alarms,
                    percent(self.false_alarms, self.compatible)
                ),
            ),
            ("pairs it cannot compare", self.uncomparable.to_string()),
        ]
        .into_iter()
        .map(|(measure, value)| format!("| {measure} | {value} |"))
        .collect()
    }
}

#[test]
fn the_check_catches_breaking_pairs_and_spares_compatible_ones() {
    let tally = Tally::of(&pairs());
    let report = tally.disagreements.join("\n");
    // `--nocapture` shows the figures and every disagreement, also when the test passes.
    println!("{}\n{report}", tally.readme_rows().join("\n"));
    assert!(tally.pairs >= 200, "{} pairs (at least 200)", tally.pairs);
    assert!(
        tally.version_3_1 >= 60,
        "{} pairs of OpenAPI 3.1 (at least 60)",
        tally.version_3_1
    );
    assert_eq!(tally.uncomparable, 0, "pairs it cannot compare:\n{report}");
    let caught = Tally::share(tally.caught, tally.breaking);
    let false_alarms = Tally::share(tally.false_alarms, tally.compatible);
    assert!(
        caught >= MIN_CAUGHT && false_alarms <= MAX_FALSE_ALARMS,
        "caught {caught:.3} of breaking pairs (at least {MIN_CAUGHT}), false alarms on {false_alarms:.3} \
         of compatible pairs (at most {MAX_FALSE_ALARMS}):\n{report}"
    );
}

#[test]
fn the_readme_states_the_measured_figures() {
    let tally = Tally::of(&pairs());
    let readme_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&readme_path).expect("the crate README");
    let mut stale = Vec::new();
    for row in tally.readme_rows() {
        let measure = row.split(" | ").next().expect("a first cell");
        match readme
            .lines()
            .find(|line| line.starts_with(&format!("{measure} |")))
        {
            Some(line) if line == row => {}
            Some(line) => stale.push(format!("change `{line}` to `{row}`")),
            None => stale.push(format!("add the row `{row}` to the breaking-check table")),
        }
    }
    assert!(
        stale.is_empty(),
        "crates/codegen/README.md states other figures than tests/pairs measures:\n{}",
        stale.join("\n")
    );
}

#[test]
fn every_pair_stays_inside_the_generator_subset() {
    let mut refused = Vec::new();
    for pair in pairs() {
        for (side, text) in [("before", &pair.before), ("after", &pair.after)] {
            if let Err(err) = Spec::parse(side, text) {
                refused.push(format!("tests/pairs/{} ({side}): {err}", pair.file));
            }
        }
    }
    assert!(
        refused.is_empty(),
        "pairs must be documents the generator takes (what the labels judge is its output):\n{}",
        refused.join("\n")
    );
}
