//! The lifecycle end to end on chats' own spec, as a designer walks it: deprecate
//! `pageNumber` with a sunset (info against the release; the client's setters warn; the
//! server counts its uses), then remove it (a warning once the sunset has passed, a break
//! before). The copy is made from `openapi/chats.yaml` as it is, so it never drifts.

use std::path::Path;

use codegen::{Document, Level, Lifecycle, Spec, compare_with};

fn chats() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/chats.yaml"))
        .expect("the spec")
}

const PAGE_NUMBER: &str = "      name: pageNumber\n      in: query\n";

/// `openapi/chats.yaml` with `pageNumber` deprecated, sunset on 2027-06-30.
fn deprecated() -> String {
    let text = chats();
    assert!(
        text.contains(PAGE_NUMBER),
        "pageNumber is a component parameter"
    );
    text.replace(
        PAGE_NUMBER,
        &format!("{PAGE_NUMBER}      deprecated: true\n      x-sunset: '2027-06-30'\n"),
    )
}

fn on(today: &str) -> Lifecycle {
    Lifecycle {
        today: today.to_owned(),
        ..Lifecycle::default()
    }
}

#[test]
fn deprecating_page_number_is_info_and_reaches_both_crates() {
    let released = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/released/chats-1.0.0.yaml"),
    )
    .unwrap();
    let base = Document::parse("chats-1.0.0.yaml", &released).unwrap();
    let current = Document::parse("chats.yaml", &deprecated()).unwrap();
    let report = compare_with(&base, &current, &on("2026-12-04")).unwrap();
    assert!(!report.breaking(), "{}", report.to_text("1.0.0"));
    let deprecations: Vec<_> = report
        .changes
        .iter()
        .filter(|change| change.rule == "deprecated-added")
        .map(|change| (change.level, change.message.as_str()))
        .collect();
    assert_eq!(
        deprecations,
        [
            (
                Level::Info,
                "query parameter `pageNumber` of GET /api/v1/chats is deprecated, sunset 2027-06-30 \
                 (the generated client marks it #[deprecated]: code using it gets a compiler \
                 warning, an error where warnings are denied)"
            ),
            (
                Level::Info,
                "query parameter `pageNumber` of GET /api/v1/chats/details is deprecated, sunset \
                 2027-06-30 (the generated client marks it #[deprecated]: code using it gets a \
                 compiler warning, an error where warnings are denied)"
            ),
        ]
    );

    let spec = Spec::parse("chats.yaml", &deprecated()).unwrap();
    let (client, server) = codegen::generate(
        &spec,
        &codegen::ServerOptions {
            command: "cargo xtask codegen",
            spec_include: "openapi.yaml",
            json_include: "openapi.json",
        },
    )
    .unwrap();
    let marked = "#[deprecated(note = \"deprecated by the API, sunset 2027-06-30\")]\n        pub fn page_number<V>";
    assert_eq!(
        client.matches(marked).count(),
        2,
        "listChats and listChatDetails"
    );
    assert_eq!(
        server
            .source
            .matches(
                "__uses.note(!__query.values(\"pageNumber\").is_empty(), \"query.pageNumber\");"
            )
            .count(),
        2
    );
}

#[test]
fn removing_page_number_is_a_warning_after_its_sunset_and_a_break_before() {
    let before = Document::parse("chats.yaml", &deprecated()).unwrap();
    let removed =
        deprecated().replace("        - $ref: '#/components/parameters/PageNumber'\n", "");
    let after = Document::parse("chats.yaml", &removed).unwrap();
    for (today, level, note) in [
        (
            "2027-06-29",
            Level::Breaking,
            "it was deprecated, but its sunset 2027-06-30 has not passed",
        ),
        (
            "2027-06-30",
            Level::Warning,
            "removed after its sunset: it was deprecated, sunset 2027-06-30 (passed)",
        ),
    ] {
        let report = compare_with(&before, &after, &on(today)).unwrap();
        let removals: Vec<_> = report
            .changes
            .iter()
            .filter(|change| change.rule == "request-parameter-removed")
            .collect();
        assert_eq!(removals.len(), 2, "{}", report.to_text(today));
        for change in removals {
            assert_eq!(change.level, level);
            assert_eq!(change.note.as_deref(), Some(note));
        }
    }
}

/// The changelog of the deprecation, as client teams read it: by operation, the operations
/// with a deprecation before those with additions only, each change with what to do.
#[test]
fn the_changelog_puts_deprecations_first_and_says_what_to_do() {
    let base = Document::parse("chats.yaml", &chats()).unwrap();
    let with_filter = deprecated().replace("  version: 1.1.0\n", "  version: 1.2.0\n");
    let current = Document::parse("chats.yaml", &with_filter).unwrap();
    let report = compare_with(&base, &current, &on("2026-12-04")).unwrap();
    let text = report.to_changelog("1.2.0", "2026-12-04", "1.1.0");
    assert!(
        text.starts_with("## 1.2.0 (2026-12-04)\n\nAgainst 1.1.0: 2 deprecations.\n"),
        "{text}"
    );
    let list = text.find("### GET /api/v1/chats\n").expect(&text);
    let details = text.find("### GET /api/v1/chats/details\n").expect(&text);
    assert!(list < details, "operations in order: {text}");
    assert!(
        text.contains(
            "- **Deprecation**: query parameter `pageNumber` of GET /api/v1/chats is deprecated, \
             sunset 2027-06-30 (the generated client marks it #[deprecated]: code using it gets a \
             compiler warning, an error where warnings are denied). *What to do*: move off it before its sunset; the generated client \
             marks it #[deprecated], so the compiler shows where it is used. `deprecated-added`\n"
        ),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&report.to_changelog_json("1.2.0", "2026-12-04", "1.1.0")).unwrap();
    assert_eq!(json["operations"][0]["operation"], "GET /api/v1/chats");
    assert_eq!(json["operations"][0]["changes"][0]["kind"], "deprecation");
}

/// `cargo xtask codegen` asks a deprecated operation of its own spec since when: the date its
/// answers' `Deprecation` header carries. The library generates either way.
#[test]
fn the_workspace_s_deprecated_operations_are_dated() {
    const LIST: &str = "      operationId: listChats\n";
    let undated = chats().replace(LIST, &format!("{LIST}      deprecated: true\n"));
    let spec = Spec::parse("chats.yaml", &undated).unwrap();
    let err = codegen::check_lifecycle(&spec).unwrap_err().to_string();
    assert!(
        err.contains("/paths/~1api~1v1~1chats/get/deprecated")
            && err.contains(
                "listChats is deprecated: say since when (`x-deprecated-since: YYYY-MM-DD`)"
            ),
        "{err}"
    );
    let dated = chats().replace(
        LIST,
        &format!("{LIST}      deprecated: true\n      x-deprecated-since: '2026-12-01'\n"),
    );
    codegen::check_lifecycle(&Spec::parse("chats.yaml", &dated).unwrap()).unwrap();
}
