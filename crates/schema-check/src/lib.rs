//! The schema of a parameter or body, as the generator writes it down, and the validator that
//! checks a JSON value against it, collecting every violation.
//!
//! Generated routers hold their schemas as `static` data and check every request (and, in
//! debug builds, every answer) with [`Schema::validate`]. The generator builds the same values
//! while it runs, from the document, and checks every `example` with [`Schema::validate_in`]:
//! one validator, so an example the generator accepts is a value the router accepts.
//!
//! OpenAPI 3.0 semantics: `nullable` admits `null`; `allOf` parts all apply; `anyOf` needs
//! one part to match; a `$ref` is a plain reference to another static ([`Kind::Ref`]), or,
//! in values built at run time, to a component by name ([`Kind::Named`]).

mod formats;
mod pattern;
mod violations;

use serde_json::Value;

pub use pattern::{Pattern, TypeRegex};
pub use violations::{FieldError, Violations};

/// Finds a component schema by name, for [`Kind::Named`].
pub type Names<'r, 'a> = &'r dyn Fn(&str) -> Option<&'a Schema<'a>>;

/// One schema. Keywords absent from the document are `None`/empty.
#[derive(Debug)]
pub struct Schema<'a> {
    pub nullable: bool,
    pub kind: Kind<'a>,
    pub all_of: &'a [&'a Schema<'a>],
    pub any_of: &'a [&'a Schema<'a>],
    /// The schema's `example`, as JSON text: not a constraint (the validator ignores it),
    /// what a mock answers before a value of its own.
    pub example: Option<&'a str>,
}

/// What the `type` keyword (with its type's keywords) says.
#[derive(Debug)]
pub enum Kind<'a> {
    /// No `type`: anything (subject to `allOf`/`anyOf`).
    Any,
    /// Exactly this other schema (a `$ref`).
    Ref(&'a Schema<'a>),
    /// Exactly the component schema of this name (a `$ref` in a value built at run time,
    /// where components may refer to each other in a cycle). Statics never hold one; the
    /// validator follows it through the [`Names`] given to [`Schema::validate_in`].
    Named(&'a str),
    Boolean,
    Integer(Numeric<'a>),
    Number(Numeric<'a>),
    String(Text<'a>),
    Array(Items<'a>),
    Object(Object<'a>),
    /// `oneOf`: exactly one part matches, or with a discriminator, the part its property
    /// names.
    OneOf(OneOf<'a>),
}

#[derive(Debug)]
pub struct OneOf<'a> {
    pub parts: &'a [&'a Schema<'a>],
    pub discriminator: Option<Discriminator<'a>>,
}

/// The property whose value names the part, and the names (explicit `mapping` first, then
/// the component names of the parts).
#[derive(Debug)]
pub struct Discriminator<'a> {
    pub property: &'a str,
    pub mapping: &'a [(&'a str, &'a Schema<'a>)],
}

#[derive(Debug, Default)]
pub struct Numeric<'a> {
    /// `int32`/`int64` bound the value too.
    pub format: Option<&'a str>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    /// `multipleOf`: the value divided by it is a whole number (within float rounding).
    pub multiple_of: Option<f64>,
    /// `enum`: the values allowed (none: any).
    pub enumeration: &'a [f64],
}

#[derive(Debug, Default)]
pub struct Text<'a> {
    pub format: Option<&'a str>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<&'a Pattern<'a>>,
    /// Allowed values; empty when the schema has no `enum`.
    pub enumeration: &'a [&'a str],
}

#[derive(Debug)]
pub struct Items<'a> {
    pub items: &'a Schema<'a>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    /// `uniqueItems: true`: no two items are equal JSON.
    pub unique_items: bool,
}

#[derive(Debug)]
pub struct Object<'a> {
    pub properties: &'a [Property<'a>],
    pub additional: Additional<'a>,
    pub min_properties: Option<usize>,
    pub max_properties: Option<usize>,
}

#[derive(Debug)]
pub struct Property<'a> {
    pub name: &'a str,
    pub required: bool,
    /// `readOnly` or `writeOnly`: required only in the direction it travels.
    pub access: Access,
    pub schema: &'a Schema<'a>,
}

/// Which way a property travels (`readOnly`: in answers; `writeOnly`: in requests). A
/// required one is required only that way; sent the other way it is still checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    ReadOnly,
    WriteOnly,
}

/// Which way the value being checked travels: what `readOnly` and `writeOnly` mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// A request's body or parameter: a required `readOnly` property may be absent.
    Request,
    /// An answer: a required `writeOnly` property may be absent.
    Response,
    /// Neither (an example): every required property is required.
    Either,
}

#[derive(Debug)]
pub enum Additional<'a> {
    /// `additionalProperties` absent or `true`: unknown properties are allowed.
    Allow,
    /// `additionalProperties: false`: unknown properties are rejected.
    Deny,
    /// `additionalProperties: {schema}`: every other property must match.
    Schema(&'a Schema<'a>),
}

impl<'a> Schema<'a> {
    /// A schema with no keywords, for building statics.
    pub const ANY: Schema<'static> = Schema {
        nullable: false,
        kind: Kind::Any,
        all_of: &[],
        any_of: &[],
        example: None,
    };

    /// The first concrete type this schema has, following `$ref` and `allOf`: how a string
    /// from a URL should be read before validation.
    pub fn primitive(&self) -> Option<&Kind<'a>> {
        match &self.kind {
            Kind::Any => self.all_of.iter().find_map(|part| part.primitive()),
            Kind::Ref(target) => target.primitive(),
            kind => Some(kind),
        }
    }

    /// Whether `null` is admitted, following `$ref` and `allOf`.
    pub fn admits_null(&self) -> bool {
        Check {
            names: None,
            direction: Direction::Either,
        }
        .admits_null(self)
    }

    /// Checks `value`, recording every violation under `location` (`body.title`,
    /// `query.channelIds[2]`).
    pub fn validate(&self, value: &Value, location: &str, violations: &mut Violations) {
        self.validate_as(Direction::Either, value, location, violations);
    }

    /// [`Schema::validate`] for a value that travels one way (`readOnly` and `writeOnly`
    /// properties are required only in answers and in requests).
    pub fn validate_as(
        &self,
        direction: Direction,
        value: &Value,
        location: &str,
        violations: &mut Violations,
    ) {
        Check {
            names: None,
            direction,
        }
        .value(self, value, location, violations);
    }

    /// [`Schema::validate_as`] for a string read in place (a typed answer's field): a
    /// string schema's keywords are checked without building a `serde_json::Value`.
    pub fn validate_str(
        &self,
        direction: Direction,
        text: &str,
        location: &str,
        violations: &mut Violations,
    ) {
        let plain = self.all_of.is_empty() && self.any_of.is_empty();
        match &self.kind {
            Kind::String(rules) if plain => validate_string(rules, text, location, violations),
            Kind::Ref(target) if plain => {
                target.validate_str(direction, text, location, violations)
            }
            _ => self.validate_as(
                direction,
                &Value::String(text.to_owned()),
                location,
                violations,
            ),
        }
    }

    /// [`Schema::validate`] for a value built at run time, whose [`Kind::Named`] references
    /// `names` resolves. A name it does not know is a violation (`reference`), not a pass.
    pub fn validate_in(
        &self,
        names: Names<'_, 'a>,
        value: &Value,
        location: &str,
        violations: &mut Violations,
    ) {
        Check {
            names: Some(names),
            direction: Direction::Either,
        }
        .value(self, value, location, violations);
    }
}

/// One validation: how named references resolve.
#[derive(Clone, Copy)]
struct Check<'r, 'a> {
    names: Option<Names<'r, 'a>>,
    direction: Direction,
}

impl<'a> Check<'_, 'a> {
    fn named(&self, name: &str) -> Option<&'a Schema<'a>> {
        self.names.and_then(|names| names(name))
    }

    fn admits_null(&self, schema: &Schema<'a>) -> bool {
        schema.nullable
            || match &schema.kind {
                Kind::Ref(target) => self.admits_null(target),
                Kind::Named(name) => self
                    .named(name)
                    .is_some_and(|target| self.admits_null(target)),
                // No type of its own: `null` passes when every part lets it through.
                Kind::Any => {
                    schema.all_of.iter().all(|part| self.admits_null(part))
                        && (schema.any_of.is_empty()
                            || schema.any_of.iter().any(|part| self.admits_null(part)))
                }
                Kind::OneOf(one_of) => one_of.parts.iter().any(|part| self.admits_null(part)),
                _ => false,
            }
    }

    /// Whether `value` passes `schema`, its violations thrown away.
    fn passes(&self, schema: &Schema<'a>, value: &Value, location: &str) -> bool {
        let mut scratch = Violations::default();
        self.value(schema, value, location, &mut scratch);
        scratch.is_empty()
    }

    fn value(
        &self,
        schema: &Schema<'a>,
        value: &Value,
        location: &str,
        violations: &mut Violations,
    ) {
        if value.is_null() {
            if !self.admits_null(schema) {
                violations.push(FieldError::new(
                    location,
                    "not_nullable",
                    "must not be null",
                ));
            }
            return;
        }
        match &schema.kind {
            Kind::Any => {}
            Kind::Ref(target) => self.value(target, value, location, violations),
            Kind::Named(name) => match self.named(name) {
                Some(target) => self.value(target, value, location, violations),
                None => violations.push(FieldError::new(
                    location,
                    "reference",
                    &format!("names the schema {name}, which is not known"),
                )),
            },
            Kind::Boolean => {
                if !value.is_boolean() {
                    violations.push(FieldError::new(location, "type", "must be a boolean"));
                }
            }
            Kind::Integer(numeric) => validate_integer(numeric, value, location, violations),
            Kind::Number(numeric) => match value.as_f64() {
                Some(number) => validate_bounds(numeric, number, location, violations),
                None => violations.push(FieldError::new(location, "type", "must be a number")),
            },
            Kind::String(text) => match value.as_str() {
                Some(string) => validate_string(text, string, location, violations),
                None => violations.push(FieldError::new(location, "type", "must be a string")),
            },
            Kind::Array(items) => self.array(items, value, location, violations),
            Kind::Object(object) => self.object(object, value, location, violations),
            Kind::OneOf(one_of) => self.one_of(one_of, value, location, violations),
        }
        for part in schema.all_of {
            self.value(part, value, location, violations);
        }
        if !schema.any_of.is_empty()
            && !schema
                .any_of
                .iter()
                .any(|part| self.passes(part, value, location))
        {
            violations.push(FieldError::new(
                location,
                "any_of",
                "matches none of the allowed forms",
            ));
        }
    }

    fn one_of(
        &self,
        one_of: &OneOf<'a>,
        value: &Value,
        location: &str,
        violations: &mut Violations,
    ) {
        if let Some(discriminator) = &one_of.discriminator {
            let name = value.get(discriminator.property).and_then(Value::as_str);
            let chosen = name.and_then(|name| {
                discriminator
                    .mapping
                    .iter()
                    .find(|(known, _)| *known == name)
                    .map(|(_, schema)| *schema)
            });
            match chosen {
                Some(schema) => self.value(schema, value, location, violations),
                None => {
                    let names: Vec<&str> = discriminator.mapping.iter().map(|(n, _)| *n).collect();
                    violations.push(FieldError::new(
                        &format!("{location}.{}", discriminator.property),
                        "discriminator",
                        &format!("must be one of: {}", names.join(", ")),
                    ));
                }
            }
            return;
        }
        let matched = one_of
            .parts
            .iter()
            .filter(|part| self.passes(part, value, location))
            .count();
        match matched {
            1 => {}
            0 => violations.push(FieldError::new(
                location,
                "one_of",
                "matches none of the allowed forms",
            )),
            _ => violations.push(FieldError::new(
                location,
                "one_of",
                "matches more than one of the allowed forms",
            )),
        }
    }

    fn array(&self, items: &Items<'a>, value: &Value, location: &str, violations: &mut Violations) {
        let Some(list) = value.as_array() else {
            violations.push(FieldError::new(location, "type", "must be an array"));
            return;
        };
        if let Some(max) = items.max_items.filter(|max| list.len() > *max) {
            // Checked before the items, so a huge list is refused without reading it.
            violations.push(FieldError::new(
                location,
                "max_items",
                &format!("must have at most {max} items, has {}", list.len()),
            ));
            return;
        }
        if let Some(min) = items.min_items.filter(|min| list.len() < *min) {
            violations.push(FieldError::new(
                location,
                "min_items",
                &format!("must have at least {min} items"),
            ));
        }
        if items.unique_items {
            let mut seen = std::collections::HashSet::with_capacity(list.len());
            if let Some(index) = list.iter().position(|item| !seen.insert(canonical(item))) {
                violations.push(FieldError::new(
                    &format!("{location}[{index}]"),
                    "unique_items",
                    "repeats an earlier item; the items must be unique",
                ));
            }
        }
        for (index, item) in list.iter().enumerate() {
            self.value(
                items.items,
                item,
                &format!("{location}[{index}]"),
                violations,
            );
        }
    }

    fn object(
        &self,
        object: &Object<'a>,
        value: &Value,
        location: &str,
        violations: &mut Violations,
    ) {
        let Some(map) = value.as_object() else {
            violations.push(FieldError::new(location, "type", "must be an object"));
            return;
        };
        if let Some(min) = object.min_properties.filter(|min| map.len() < *min) {
            violations.push(FieldError::new(
                location,
                "min_properties",
                &format!("must have at least {min} properties"),
            ));
        }
        if let Some(max) = object.max_properties.filter(|max| map.len() > *max) {
            violations.push(FieldError::new(
                location,
                "max_properties",
                &format!("must have at most {max} properties, has {}", map.len()),
            ));
        }
        for property in object.properties {
            let at = format!("{location}.{}", property.name);
            match map.get(property.name) {
                Some(value) => self.value(property.schema, value, &at, violations),
                None if property.required
                    && !matches!(
                        (property.access, self.direction),
                        (Access::ReadOnly, Direction::Request)
                            | (Access::WriteOnly, Direction::Response)
                    ) =>
                {
                    violations.push(FieldError::new(&at, "required", "is required"));
                }
                None => {}
            }
        }
        for (key, value) in map {
            if object.properties.iter().any(|p| p.name == key) {
                continue;
            }
            let at = format!("{location}.{key}");
            match object.additional {
                Additional::Allow => {}
                Additional::Deny => {
                    violations.push(FieldError::new(
                        &at,
                        "unknown_field",
                        "is not a known field",
                    ));
                }
                Additional::Schema(schema) => self.value(schema, value, &at, violations),
            }
        }
    }
}

fn validate_integer(numeric: &Numeric, value: &Value, location: &str, violations: &mut Violations) {
    let whole = value
        .as_i64()
        .map(|v| v as f64)
        .or_else(|| value.as_u64().map(|v| v as f64));
    let Some(number) = whole else {
        violations.push(FieldError::new(location, "type", "must be a whole number"));
        return;
    };
    // Without a format an integer is unbounded (JSON Schema); u64 is as far as we read.
    let range = match numeric.format {
        Some("int32") => Some((f64::from(i32::MIN), f64::from(i32::MAX))),
        Some("int64") => Some((i64::MIN as f64, i64::MAX as f64)),
        _ => None,
    };
    if range.is_some_and(|(low, high)| number < low || number > high) {
        violations.push(FieldError::new(
            location,
            "format",
            &format!("must fit in {}", numeric.format.unwrap_or("int64")),
        ));
        return;
    }
    validate_bounds(numeric, number, location, violations);
}

fn validate_bounds(numeric: &Numeric, number: f64, location: &str, violations: &mut Violations) {
    if !numeric.enumeration.is_empty() && !numeric.enumeration.contains(&number) {
        let allowed: Vec<String> = numeric.enumeration.iter().map(f64::to_string).collect();
        violations.push(FieldError::new(
            location,
            "enum",
            &format!("must be one of {}", allowed.join(", ")),
        ));
        return;
    }
    if let Some(step) = numeric.multiple_of.filter(|step| *step > 0.0) {
        let quotient = number / step;
        // Decimal steps (0.01) are not exact in binary: a quotient within rounding of a whole
        // number is one.
        if (quotient - quotient.round()).abs() > 1e-9 * quotient.abs().max(1.0) {
            violations.push(FieldError::new(
                location,
                "multiple_of",
                &format!("must be a multiple of {step}"),
            ));
        }
    }
    if let Some(minimum) = numeric.minimum {
        if numeric.exclusive_minimum && number <= minimum {
            violations.push(FieldError::new(
                location,
                "minimum",
                &format!("must be more than {minimum}"),
            ));
        } else if number < minimum {
            violations.push(FieldError::new(
                location,
                "minimum",
                &format!("must be at least {minimum}"),
            ));
        }
    }
    if let Some(maximum) = numeric.maximum {
        if numeric.exclusive_maximum && number >= maximum {
            violations.push(FieldError::new(
                location,
                "maximum",
                &format!("must be less than {maximum}"),
            ));
        } else if number > maximum {
            violations.push(FieldError::new(
                location,
                "maximum",
                &format!("must be at most {maximum}"),
            ));
        }
    }
}

fn validate_string(text: &Text, string: &str, location: &str, violations: &mut Violations) {
    if !text.enumeration.is_empty() {
        if !text.enumeration.contains(&string) {
            violations.push(FieldError::new(
                location,
                "enum",
                &format!("must be one of: {}", text.enumeration.join(", ")),
            ));
        }
        return;
    }
    let length = string.chars().count();
    if let Some(min) = text.min_length.filter(|min| length < *min) {
        violations.push(FieldError::new(
            location,
            "min_length",
            &format!("must have at least {min} characters"),
        ));
    }
    if let Some(max) = text.max_length.filter(|max| length > *max) {
        violations.push(FieldError::new(
            location,
            "max_length",
            &format!("must have at most {max} characters"),
        ));
        // Do not run formats or patterns over an over-long string.
        return;
    }
    if let Some(pattern) = text.pattern.filter(|pattern| !pattern.matches(string)) {
        violations.push(FieldError::new(
            location,
            "pattern",
            &format!("must match the pattern {}", pattern.source),
        ));
    }
    let format_error = match text.format {
        Some("uuid") => {
            (!is_uuid(string)).then_some("must be a UUID (8-4-4-4-12 hexadecimal digits)")
        }
        Some("date-time") => chrono::DateTime::parse_from_rfc3339(string)
            .is_err()
            .then_some("must be an RFC 3339 date-time with a time zone, like 2026-11-20T14:03:11Z"),
        Some("date") => chrono::NaiveDate::parse_from_str(string, "%Y-%m-%d")
            .is_err()
            .then_some("must be a date, like 2026-11-20"),
        Some("uri") => (!formats::is_uri(string))
            .then_some("must be an absolute URI, like https://example.com/a"),
        Some("uri-reference") => (!formats::is_uri_reference(string))
            .then_some("must be a URI reference, like /a/b?c=d or https://example.com/a"),
        Some("email") => (!formats::is_email(string))
            .then_some("must be an email address, like user@example.com"),
        Some("hostname") => {
            (!formats::is_hostname(string)).then_some("must be a host name, like api.example.com")
        }
        Some("duration") => (!formats::is_duration(string))
            .then_some("must be an ISO 8601 duration, like PT1H30M or P1D"),
        Some("ipv4") => string
            .parse::<std::net::Ipv4Addr>()
            .is_err()
            .then_some("must be an IPv4 address, like 192.0.2.1"),
        Some("ipv6") => string
            .parse::<std::net::Ipv6Addr>()
            .is_err()
            .then_some("must be an IPv6 address, like 2001:db8::1"),
        _ => None,
    };
    if let Some(message) = format_error {
        violations.push(FieldError::new(location, "format", message));
    }
}

/// The hyphenated form JSON Schema's `uuid` format means (RFC 4122), and no other.
fn is_uuid(text: &str) -> bool {
    text.len() == 36 && uuid::Uuid::try_parse(text).is_ok()
}

/// A JSON value as text with object keys sorted: equal JSON, equal text (numbers as
/// serde_json writes them, so `1` and `1.0` differ, as they do in JSON Schema's equality only
/// by value; a rare false "unique" is the safe side).
fn canonical(value: &Value) -> String {
    fn write(value: &Value, out: &mut String) {
        match value {
            Value::Object(map) => {
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                out.push('{');
                for (index, (key, item)) in entries.into_iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(key.clone()).to_string());
                    out.push(':');
                    write(item, out);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write(item, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    write(value, &mut out);
    out
}

#[cfg(test)]
mod tests;
