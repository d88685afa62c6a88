//! [`Maker`]: JSON values that satisfy a schema, from a seed.

use serde_json::{Map, Value};

use crate::schema::{Additional, Kind, Numeric, Object, Schema};

/// Makes JSON values that satisfy a schema, from a seed.
///
/// A schema's own `example` is taken before a made-up value when it satisfies the schema,
/// except for the `uuid` and `date-time` formats: identifiers are made so that the items of
/// a list differ, and times so that they are consistent: every `date-time` a maker makes is
/// at or after the one it made before, and an object's `created…` properties are made first
/// (so `updatedAt` ≥ `createdAt`).
pub struct Maker {
    state: u64,
    /// The last `date-time` made, in seconds since the epoch.
    pub(super) clock: Option<i64>,
    /// Whether schemas' examples are taken (off while drawing distinct items).
    examples: bool,
    /// Whether only required properties are made, at every depth.
    minimal: bool,
    /// Whether the values are requests' (`readOnly` properties left out) rather than answers'
    /// (`writeOnly` ones left out).
    request: bool,
}

/// Deeper than this, optional properties are left out and arrays are as short as allowed
/// (recursive schemas end).
const DEPTH: usize = 4;

impl Maker {
    pub fn new(seed: u64) -> Self {
        Self {
            state: seed ^ 0x5851_f42d_4c95_7f2d,
            clock: None,
            examples: true,
            minimal: false,
            request: false,
        }
    }

    /// A maker of requests' values (a client's inputs): a `readOnly` property, the server's
    /// to give, is left out, a `writeOnly` one made.
    pub fn for_requests(seed: u64) -> Self {
        Self {
            request: true,
            ..Self::new(seed)
        }
    }

    /// A maker that makes every value up, taking no schema's example.
    pub fn without_examples(seed: u64) -> Self {
        Self {
            examples: false,
            ..Self::new(seed)
        }
    }

    /// A maker that makes every value up and only the properties a schema requires (arrays as
    /// short as allowed), for schemas whose optional parts the maker cannot satisfy.
    pub fn minimal(seed: u64) -> Self {
        Self {
            minimal: true,
            ..Self::without_examples(seed)
        }
    }

    /// The schema's example, when it has one that it satisfies and is not an identifier or a
    /// time.
    fn example(&self, schema: &Schema) -> Option<Value> {
        let text = schema.example.filter(|_| self.examples)?;
        if let Kind::String(text) = &schema.kind
            && matches!(text.format, Some("uuid" | "date-time"))
        {
            return None;
        }
        let value: Value = serde_json::from_str(text).ok()?;
        super::answer::satisfies(schema, &value).then_some(value)
    }

    pub(super) fn next(&mut self) -> u64 {
        // splitmix64
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub(super) fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 { 0 } else { self.next() % bound }
    }

    /// A value of `schema`.
    pub fn value(&mut self, schema: &Schema, depth: usize) -> Value {
        if let Some(example) = self.example(schema) {
            return example;
        }
        // `type: string` beside `allOf: [$ref: an enum]`: the part is the narrower, and its
        // values are strings too.
        if let Some(first) = schema.all_of.first()
            && !matches!(
                schema.kind,
                Kind::Any | Kind::Object(_) | Kind::Ref(_) | Kind::OneOf(_)
            )
        {
            return self.value(first, depth);
        }
        let mut value = match &schema.kind {
            Kind::Any => match (schema.all_of.first(), schema.any_of.is_empty()) {
                // The first part's value; the parts' properties are merged in below.
                (Some(first), _) => self.value(first, depth),
                (None, false) => {
                    let part = self.below(schema.any_of.len() as u64) as usize;
                    self.value(schema.any_of[part], depth)
                }
                (None, true) => Value::Object(Map::new()),
            },
            Kind::Ref(target) => self.value(target, depth),
            // Only values the generator builds while it runs name components; the statics a
            // mock serves from never do.
            Kind::Named(_) => Value::Null,
            Kind::Boolean => Value::Bool(self.below(2) == 1),
            Kind::Integer(numeric) | Kind::Number(numeric) if !numeric.enumeration.is_empty() => {
                let index = self.below(numeric.enumeration.len() as u64) as usize;
                let value = numeric.enumeration[index];
                if matches!(schema.kind, Kind::Integer(_)) {
                    Value::from(value as i64)
                } else {
                    serde_json::Number::from_f64(value).map_or(Value::from(0), Value::Number)
                }
            }
            Kind::Integer(numeric) => {
                let (low, high) = bounds(numeric, true);
                match self.multiple(numeric, low, high) {
                    Some(multiple) => Value::from(multiple as i64),
                    None => {
                        let span = (high - low).max(0.0) as u64;
                        Value::from(
                            (low as i64).saturating_add(self.below(span.saturating_add(1)) as i64),
                        )
                    }
                }
            }
            Kind::Number(numeric) => {
                let (low, high) = bounds(numeric, false);
                let number = self.multiple(numeric, low, high).unwrap_or_else(|| {
                    let fraction = self.below(1_000) as f64 / 1_000.0;
                    low + (high - low) * fraction
                });
                serde_json::Number::from_f64(number).map_or(Value::from(0), Value::Number)
            }
            Kind::String(text) => Value::String(self.string(text)),
            Kind::Array(items) => {
                let least = items.min_items.unwrap_or(0);
                let most = items.max_items.unwrap_or(usize::MAX);
                let wanted = if depth >= DEPTH || self.minimal {
                    least
                } else {
                    least.max(1 + self.below(2) as usize)
                };
                let count = wanted.min(most);
                if items.unique_items {
                    Value::Array(self.unique_items(items.items, count, depth))
                } else {
                    Value::Array(
                        (0..count)
                            .map(|_| self.value(items.items, depth + 1))
                            .collect(),
                    )
                }
            }
            Kind::Object(object) => Value::Object(self.object(object, depth)),
            Kind::OneOf(one_of) => match &one_of.discriminator {
                Some(discriminator) if !discriminator.mapping.is_empty() => {
                    let pick = self.below(discriminator.mapping.len() as u64) as usize;
                    let (name, part) = discriminator.mapping[pick];
                    let mut value = self.value(part, depth);
                    if let Value::Object(map) = &mut value {
                        map.insert(discriminator.property.to_owned(), Value::from(name));
                    }
                    value
                }
                _ if one_of.parts.is_empty() => Value::Null,
                _ => {
                    let pick = self.below(one_of.parts.len() as u64) as usize;
                    self.value(one_of.parts[pick], depth)
                }
            },
        };
        // `allOf` parts add their properties to an object.
        for part in schema.all_of {
            if let (Value::Object(map), Value::Object(more)) = (&mut value, self.value(part, depth))
            {
                for (key, item) in more {
                    map.entry(key).or_insert(item);
                }
            }
        }
        value
    }
}

impl Maker {
    /// A multiple of the schema's `multipleOf` within `low..=high`, when it has one and the
    /// range holds one.
    fn multiple(&mut self, numeric: &Numeric, low: f64, high: f64) -> Option<f64> {
        let step = numeric.multiple_of.filter(|step| *step > 0.0)?;
        let (first, last) = ((low / step).ceil(), (high / step).floor());
        if first > last {
            return None;
        }
        let span = (last - first).min(1e6) as u64;
        let made = (first + self.below(span + 1) as f64) * step;
        // Written with the step's decimals: 68555 × 0.01 is 685.5500000000001 in binary, which
        // a decimal reading of `multipleOf` refuses; 685.55 satisfies every reading.
        let decimals = step
            .to_string()
            .split_once('.')
            .map_or(0, |(_, fraction)| fraction.len());
        if (1..=15).contains(&decimals) {
            let scale = 10f64.powi(decimals as i32);
            return Some((made * scale).round() / scale);
        }
        Some(made)
    }

    /// `count` items no two of which are equal (`uniqueItems`): a few more draws replace a
    /// repeat; fewer when the item schema allows fewer distinct values.
    fn unique_items(&mut self, items: &Schema, count: usize, depth: usize) -> Vec<Value> {
        let mut out: Vec<Value> = Vec::with_capacity(count);
        let mut tries = 0;
        while out.len() < count && tries < count * 8 + 8 {
            tries += 1;
            let item = self.value(items, depth + 1);
            if !out.contains(&item) {
                out.push(item);
            }
            // An example would repeat: the other items are made up.
            self.examples = false;
        }
        self.examples = true;
        out
    }

    /// An object: required properties, optional ones above the depth limit, then as many
    /// more as `minProperties` asks (optional properties first, then additional ones where
    /// allowed), at most `maxProperties` (optional ones dropped first).
    fn object(&mut self, object: &Object, depth: usize) -> Map<String, Value> {
        // Made `created…` first (times only move forward), written in the schema's order.
        // An answer never carries a `writeOnly` property, a request a `readOnly` one.
        let left_out = if self.request {
            crate::schema::Access::ReadOnly
        } else {
            crate::schema::Access::WriteOnly
        };
        let minimal = self.minimal;
        let wanted = |property: &&crate::schema::Property| {
            property.access != left_out && (property.required || (depth < DEPTH && !minimal))
        };
        let created = |property: &&crate::schema::Property| {
            property
                .name
                .get(..7)
                .is_some_and(|head| head.eq_ignore_ascii_case("created"))
        };
        let mut made: Vec<(&str, Value)> = Vec::new();
        for property in object.properties.iter().filter(wanted).filter(created) {
            made.push((property.name, self.value(property.schema, depth + 1)));
        }
        for property in object.properties.iter().filter(wanted) {
            if !created(&property) {
                made.push((property.name, self.value(property.schema, depth + 1)));
            }
        }
        let mut map = Map::new();
        for property in object.properties {
            if let Some(at) = made.iter().position(|(name, _)| *name == property.name) {
                map.insert(property.name.to_owned(), made.swap_remove(at).1);
            }
        }
        let least = object.min_properties.unwrap_or(0);
        for property in object.properties {
            if map.len() >= least {
                break;
            }
            if !map.contains_key(property.name) {
                map.insert(
                    property.name.to_owned(),
                    self.value(property.schema, depth + 1),
                );
            }
        }
        let mut extra = 0;
        while map.len() < least {
            let value = match object.additional {
                Additional::Deny => break,
                Additional::Allow => Value::from(extra),
                Additional::Schema(schema) => self.value(schema, depth + 1),
            };
            map.insert(format!("extra{extra}"), value);
            extra += 1;
        }
        if let Some(most) = object.max_properties {
            let optional: Vec<String> = object
                .properties
                .iter()
                .filter(|property| !property.required)
                .map(|property| property.name.to_owned())
                .collect();
            for name in optional.iter().rev() {
                if map.len() <= most {
                    break;
                }
                map.shift_remove(name);
            }
        }
        map
    }
}

/// The range a number is drawn from: the schema's bounds (exclusive ones stepped inside),
/// else 0 to 100 around what is given.
fn bounds(numeric: &Numeric, whole: bool) -> (f64, f64) {
    let step = if whole { 1.0 } else { 0.001 };
    let mut low = numeric.minimum.map(|m| {
        if numeric.exclusive_minimum {
            m + step
        } else {
            m
        }
    });
    let mut high = numeric.maximum.map(|m| {
        if numeric.exclusive_maximum {
            m - step
        } else {
            m
        }
    });
    if whole {
        low = low.map(f64::ceil);
        high = high.map(f64::floor);
    }
    match (low, high) {
        (Some(low), Some(high)) => (low, high.max(low)),
        (Some(low), None) => (low, low + 100.0),
        (None, Some(high)) => (if high >= 100.0 { 0.0 } else { high - 100.0 }, high),
        (None, None) => (0.0, 100.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        rejection::Violations,
        schema::{Access, Additional, Items, Numeric, Object, Pattern, Property, Text},
    };

    static CODE: Pattern = Pattern::new("^[A-Z]{3}[0-9]$");
    static CODE_TEXT: Schema = Schema {
        kind: Kind::String(Text {
            format: None,
            min_length: Some(4),
            max_length: Some(4),
            pattern: Some(&CODE),
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static SHORT: Schema = Schema {
        kind: Kind::String(Text {
            format: None,
            min_length: Some(12),
            max_length: Some(12),
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static WHEN: Schema = Schema {
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static ID: Schema = Schema {
        kind: Kind::String(Text {
            format: Some("uuid"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static SCORE: Schema = Schema {
        kind: Kind::Integer(Numeric {
            format: Some("int32"),
            minimum: Some(-5.0),
            maximum: Some(5.0),
            exclusive_minimum: true,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static RATIO: Schema = Schema {
        kind: Kind::Number(Numeric {
            format: None,
            minimum: Some(0.0),
            maximum: Some(1.0),
            exclusive_minimum: false,
            exclusive_maximum: true,
            multiple_of: None,
            enumeration: &[],
        }),
        ..Schema::ANY
    };
    static TAGS: Schema = Schema {
        kind: Kind::Array(Items {
            items: &SHORT,
            min_items: Some(2),
            max_items: Some(3),
            unique_items: false,
        }),
        ..Schema::ANY
    };
    static THING: Schema = Schema {
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "id",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &ID,
                },
                Property {
                    name: "at",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &WHEN,
                },
                Property {
                    name: "code",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &CODE_TEXT,
                },
                Property {
                    name: "score",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &SCORE,
                },
                Property {
                    name: "ratio",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &RATIO,
                },
                Property {
                    name: "tags",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &TAGS,
                },
            ],
            additional: Additional::Deny,
            min_properties: None,
            max_properties: None,
        }),
        ..Schema::ANY
    };

    static TITLE: Schema = Schema {
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(8),
            pattern: None,
            enumeration: &[],
        }),
        example: Some("\"Refund\""),
        ..Schema::ANY
    };
    static TOO_LONG: Schema = Schema {
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(8),
            pattern: None,
            enumeration: &[],
        }),
        example: Some("\"far too long for eight\""),
        ..Schema::ANY
    };
    static EVENT: Schema = Schema {
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "updatedAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &WHEN,
                },
                Property {
                    name: "title",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &TITLE,
                },
                Property {
                    name: "note",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &TOO_LONG,
                },
                Property {
                    name: "createdAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &WHEN,
                },
            ],
            additional: Additional::Deny,
            min_properties: None,
            max_properties: None,
        }),
        ..Schema::ANY
    };

    #[test]
    fn times_move_forward_created_first_and_examples_come_before_made_values() {
        for seed in 0..200 {
            let value = Maker::new(seed).value(&EVENT, 0);
            let time = |name: &str| {
                chrono::DateTime::parse_from_rfc3339(value[name].as_str().unwrap()).unwrap()
            };
            assert!(
                time("createdAt") <= time("updatedAt"),
                "seed {seed}: {value}"
            );
            assert_eq!(value["title"], "Refund", "the schema's example");
            assert_ne!(
                value["note"], "far too long for eight",
                "an example its schema refuses"
            );
            let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
            assert_eq!(
                keys,
                ["updatedAt", "title", "note", "createdAt"],
                "the schema's order"
            );
            let made = Maker::without_examples(seed).value(&EVENT, 0);
            assert_ne!(made["title"], "Refund");
        }
    }

    #[test]
    fn a_numeric_enum_is_made_from_its_values() {
        static LEVEL: Schema = Schema {
            kind: Kind::Integer(Numeric {
                format: None,
                minimum: None,
                maximum: None,
                exclusive_minimum: false,
                exclusive_maximum: false,
                multiple_of: None,
                enumeration: &[7.0, 9.0],
            }),
            ..Schema::ANY
        };
        for seed in 0..20 {
            let value = Maker::new(seed).value(&LEVEL, 0);
            assert!(value == 7 || value == 9, "{value}");
        }
    }

    #[test]
    fn multiples_of_a_decimal_step_are_written_with_its_decimals() {
        static AMOUNT: Schema = Schema {
            kind: Kind::Number(Numeric {
                format: None,
                minimum: Some(0.0),
                maximum: Some(1000.0),
                exclusive_minimum: false,
                exclusive_maximum: false,
                multiple_of: Some(0.01),
                enumeration: &[],
            }),
            ..Schema::ANY
        };
        for seed in 0..500 {
            let text = Maker::new(seed).value(&AMOUNT, 0).to_string();
            let decimals = text
                .split_once('.')
                .map_or(0, |(_, fraction)| fraction.len());
            assert!(decimals <= 2, "seed {seed}: {text}");
        }
    }

    #[test]
    fn made_values_satisfy_their_schema_and_repeat_by_seed() {
        for seed in 0..200 {
            let value = Maker::new(seed).value(&THING, 0);
            let mut violations = Violations::default();
            THING.validate(&value, "", &mut violations);
            assert!(violations.is_empty(), "seed {seed}: {value} {violations:?}");
            assert_eq!(value, Maker::new(seed).value(&THING, 0), "deterministic");
        }
        assert_ne!(
            Maker::new(1).value(&THING, 0),
            Maker::new(2).value(&THING, 0)
        );
    }
}
