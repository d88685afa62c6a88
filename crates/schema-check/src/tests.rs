//! The validator on hand-written statics.
use serde_json::json;

use super::*;

static UUID: Schema = Schema {
    kind: Kind::String(Text {
        format: Some("uuid"),
        min_length: None,
        max_length: None,
        pattern: None,
        enumeration: &[],
    }),
    ..Schema::ANY
};
static COLOR: Schema = Schema {
    kind: Kind::String(Text {
        format: None,
        min_length: None,
        max_length: None,
        pattern: None,
        enumeration: &["red", "green"],
    }),
    ..Schema::ANY
};
static NULLABLE_COLOR: Schema = Schema {
    nullable: true,
    kind: Kind::String(Text {
        format: None,
        min_length: None,
        max_length: None,
        pattern: None,
        enumeration: &[],
    }),
    all_of: &[&COLOR],
    any_of: &[],
    example: None,
};
static NAME: Schema = Schema {
    kind: Kind::String(Text {
        format: None,
        min_length: Some(1),
        max_length: Some(5),
        pattern: Some(&NAME_PATTERN),
        enumeration: &[],
    }),
    ..Schema::ANY
};
static NAME_PATTERN: Pattern = Pattern::new("^[a-z]+$");
static IDS: Schema = Schema {
    kind: Kind::Array(Items {
        items: &UUID,
        min_items: None,
        max_items: Some(2),
        unique_items: false,
    }),
    ..Schema::ANY
};
static SIZE: Schema = Schema {
    kind: Kind::Integer(Numeric {
        format: Some("int32"),
        minimum: Some(1.0),
        maximum: Some(100.0),
        exclusive_minimum: false,
        exclusive_maximum: false,
        multiple_of: None,
        enumeration: &[],
    }),
    ..Schema::ANY
};
static BODY: Schema = Schema {
    kind: Kind::Object(Object {
        properties: &[
            Property {
                name: "name",
                required: true,
                access: Access::ReadWrite,
                schema: &NAME,
            },
            Property {
                name: "color",
                required: false,
                access: Access::ReadWrite,
                schema: &NULLABLE_COLOR,
            },
            Property {
                name: "ids",
                required: false,
                access: Access::ReadWrite,
                schema: &IDS,
            },
            Property {
                name: "size",
                required: false,
                access: Access::ReadWrite,
                schema: &SIZE,
            },
        ],
        additional: Additional::Deny,
        min_properties: None,
        max_properties: None,
    }),
    ..Schema::ANY
};

fn check(schema: &Schema, value: Value) -> Vec<(String, String)> {
    let mut violations = Violations::default();
    schema.validate(&value, "body", &mut violations);
    violations
        .into_vec()
        .into_iter()
        .map(|error| (error.location, error.code))
        .collect()
}

#[test]
fn a_valid_body_has_no_violations() {
    let body = json!({ "name": "ana", "color": null, "ids": [uuid::Uuid::nil()], "size": 3 });
    assert_eq!(check(&BODY, body), []);
}

#[test]
fn every_violation_is_reported_at_once() {
    let body = json!({ "color": "blue", "ids": ["x", 1], "size": 0, "extra": true });
    let found = check(&BODY, body);
    let expected = [
        ("body.name", "required"),
        ("body.color", "enum"),
        ("body.ids[0]", "format"),
        ("body.ids[1]", "type"),
        ("body.size", "minimum"),
        ("body.extra", "unknown_field"),
    ];
    assert_eq!(found, expected.map(|(l, c)| (l.to_owned(), c.to_owned())),);
}

#[test]
fn strings_check_length_pattern_and_format() {
    assert_eq!(
        check(&NAME, json!("")),
        [
            ("body".into(), "min_length".into()),
            ("body".into(), "pattern".into())
        ]
    );
    assert_eq!(
        check(&NAME, json!("abcdef")),
        [("body".into(), "max_length".into())]
    );
    assert_eq!(
        check(&NAME, json!("Ab")),
        [("body".into(), "pattern".into())]
    );
    assert_eq!(
        check(&UUID, json!("3f6c2b1e8a4d4c3b9e2f1a5b7c9d0e21")).len(),
        1
    );
    assert_eq!(
        check(&UUID, json!("3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21")),
        []
    );
}

#[test]
fn integers_refuse_fractions_and_out_of_range_values() {
    assert_eq!(check(&SIZE, json!(1.5)), [("body".into(), "type".into())]);
    assert_eq!(
        check(&SIZE, json!(101)),
        [("body".into(), "maximum".into())]
    );
    assert_eq!(
        check(&SIZE, json!(1u64 << 40)),
        [("body".into(), "format".into())]
    );
    assert_eq!(check(&SIZE, json!("5")), [("body".into(), "type".into())]);
}

#[test]
fn too_many_items_are_refused_without_reading_them() {
    assert_eq!(
        check(&IDS, json!(["a", "b", "c"])),
        [("body".into(), "max_items".into())]
    );
}

#[test]
fn null_needs_nullable() {
    assert_eq!(
        check(&COLOR, json!(null)),
        [("body".into(), "not_nullable".into())]
    );
    assert_eq!(check(&NULLABLE_COLOR, json!(null)), []);
}

#[test]
fn equal_json_is_equal_whatever_the_key_order() {
    assert_eq!(
        canonical(&json!({"a": 1, "b": [true, {"y": 2, "x": null}]})),
        canonical(&json!({"b": [true, {"x": null, "y": 2}], "a": 1}))
    );
    assert_ne!(canonical(&json!([1, 2])), canonical(&json!([2, 1])));
    assert_ne!(canonical(&json!({"a": "1"})), canonical(&json!({"a": 1})));
}

/// A tree node as the generator builds it while it runs: its child names the component.
static NODE: Schema = Schema {
    kind: Kind::Object(Object {
        properties: &[
            Property {
                name: "color",
                required: true,
                access: Access::ReadWrite,
                schema: &COLOR,
            },
            Property {
                name: "child",
                required: false,
                access: Access::ReadWrite,
                schema: &Schema {
                    nullable: true,
                    kind: Kind::Named("Node"),
                    ..Schema::ANY
                },
            },
        ],
        additional: Additional::Allow,
        min_properties: None,
        max_properties: None,
    }),
    ..Schema::ANY
};

#[test]
fn named_references_are_followed_through_the_names_given() {
    let names = |name: &str| (name == "Node").then_some(&NODE);
    let value = json!({"color": "red", "child": {"color": "red", "child": {"color": "blue"}}});
    let mut violations = Violations::default();
    NODE.validate_in(&names, &value, "example", &mut violations);
    let found: Vec<(String, String)> = violations
        .into_vec()
        .into_iter()
        .map(|error| (error.location, error.code))
        .collect();
    assert_eq!(found, [("example.child.child.color".into(), "enum".into())]);
    // `null` passes through the nullable reference; a name nobody knows is a violation.
    let mut violations = Violations::default();
    NODE.validate_in(
        &names,
        &json!({"color": "red", "child": null}),
        "e",
        &mut violations,
    );
    assert!(violations.is_empty());
    let unknown = |_: &str| None;
    let mut violations = Violations::default();
    NODE.validate_in(
        &unknown,
        &json!({"color": "red", "child": {}}),
        "e",
        &mut violations,
    );
    let codes: Vec<String> = violations.into_vec().into_iter().map(|e| e.code).collect();
    assert_eq!(codes, ["reference"]);
}

#[test]
fn numeric_enums_allow_only_their_values() {
    static LEVEL: Schema = Schema {
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: None,
            maximum: None,
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[1.0, 0.0],
        }),
        ..Schema::ANY
    };
    assert_eq!(check(&LEVEL, json!(1)), []);
    assert_eq!(check(&LEVEL, json!(0)), []);
    assert_eq!(check(&LEVEL, json!(2)), [("body".into(), "enum".into())]);
}
