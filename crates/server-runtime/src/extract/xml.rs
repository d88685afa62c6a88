//! An XML request body read as the JSON value its schema describes, the way OpenAPI's `xml`
//! object lays a value out: an object is an element whose child elements (or, where the
//! property's `xml` says `attribute`, attributes) are its properties, named by the property
//! or by its `xml.name`; an array property is its items repeated under the property's name,
//! or, `wrapped`, inside one element of that name; a scalar is its element's text, read by
//! its schema's type (as a query parameter's text is). Namespaces and prefixes are not
//! compared (local names are). The root element's own name is not checked, and a property is
//! read from an attribute or an element of its name, whichever its `xml` says (writers differ).
//!
//! What XML cannot say is read as the schema needs it: an unwrapped array property that is
//! required and absent is empty, `null` (or an empty element) is `null` where the schema
//! admits it and is not a string.

use serde_json::{Map, Value};

use super::param::scalar;
use crate::schema::{Additional, Kind, Property, Schema};

/// The names OpenAPI's `xml` objects give a schema and its parts, where they differ from
/// the property names: the generator writes one for each operation that reads XML.
#[derive(Debug)]
pub struct XmlShape<'a> {
    /// `xml.name`: the element's (or attribute's) name. Whether a property is written as an
    /// attribute (`xml.attribute`) is not kept: writers differ, so either is read.
    pub name: Option<&'a str>,
    /// `xml.wrapped`: an array inside one element of its own name.
    pub wrapped: bool,
    /// The items' shape (of an array).
    pub items: Option<&'a XmlShape<'a>>,
    /// The properties' shapes (of an object, its `allOf`, `anyOf` and `oneOf` parts
    /// together), by property name.
    pub properties: &'a [(&'a str, &'a XmlShape<'a>)],
}

impl XmlShape<'static> {
    /// No `xml` object anywhere: every name is the property's.
    pub const PLAIN: XmlShape<'static> = XmlShape {
        name: None,
        wrapped: false,
        items: None,
        properties: &[],
    };
}

impl<'a> XmlShape<'a> {
    fn property(&self, name: &str) -> &XmlShape<'a> {
        self.properties
            .iter()
            .find(|(known, _)| *known == name)
            .map_or(&XmlShape::PLAIN, |(_, shape)| shape)
    }
}

/// The value of an XML document's root element, read by `schema` and `shape`; `Err` with
/// the parser's message when the text is not well-formed XML (or declares a DTD, which is
/// refused: no entity is expanded).
pub(super) fn read(text: &str, schema: &Schema, shape: &XmlShape) -> Result<Value, String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let document =
        roxmltree::Document::parse_with_options(text, options).map_err(|err| err.to_string())?;
    Ok(element(document.root_element(), schema, shape, 0))
}

/// How deep elements are read; deeper ones are their text (the router's validator then
/// refuses what the schema does not allow).
const MAX_DEPTH: usize = 64;

/// What a schema asks of an element: found through `$ref`, `allOf` and the other parts.
enum Structure<'s> {
    Object {
        properties: Vec<&'s Property<'s>>,
        additional: Option<&'s Schema<'s>>,
    },
    Array(&'s Schema<'s>),
    Scalar(&'s Schema<'s>),
    /// Alternatives (`oneOf`, `anyOf` of other than objects): the first whose reading the
    /// part accepts.
    Choice(Vec<&'s Schema<'s>>),
    Any,
}

fn structure<'s>(schema: &'s Schema<'s>) -> Structure<'s> {
    let mut properties = Vec::new();
    let mut additional = None;
    let mut object = false;
    let mut choices = Vec::new();
    collect(
        schema,
        &mut properties,
        &mut additional,
        &mut object,
        &mut choices,
    );
    if object {
        return Structure::Object {
            properties,
            additional,
        };
    }
    match schema.primitive() {
        Some(Kind::Array(items)) => Structure::Array(items.items),
        Some(Kind::Boolean | Kind::Integer(_) | Kind::Number(_) | Kind::String(_)) => {
            Structure::Scalar(schema)
        }
        _ if !choices.is_empty() => Structure::Choice(choices),
        _ => Structure::Any,
    }
}

/// The properties of `schema`'s object parts, following `$ref`, `allOf`, `anyOf` and `oneOf`
/// (the parts that are not objects are `choices`).
fn collect<'s>(
    schema: &'s Schema<'s>,
    properties: &mut Vec<&'s Property<'s>>,
    additional: &mut Option<&'s Schema<'s>>,
    object: &mut bool,
    choices: &mut Vec<&'s Schema<'s>>,
) {
    match &schema.kind {
        Kind::Ref(target) => collect(target, properties, additional, object, choices),
        Kind::Object(part) => {
            *object = true;
            for property in part.properties {
                if !properties.iter().any(|known| known.name == property.name) {
                    properties.push(property);
                }
            }
            if let Additional::Schema(schema) = &part.additional {
                additional.get_or_insert(*schema);
            }
        }
        Kind::OneOf(one_of) => {
            for part in one_of.parts {
                let mut part_object = false;
                collect(part, properties, additional, &mut part_object, choices);
                *object |= part_object;
                if !part_object {
                    choices.push(part);
                }
            }
        }
        _ => {}
    }
    for part in schema.all_of {
        collect(part, properties, additional, object, choices);
    }
    for part in schema.any_of {
        let mut part_object = false;
        collect(part, properties, additional, &mut part_object, choices);
        *object |= part_object;
        if !part_object {
            choices.push(part);
        }
    }
}

fn element(node: roxmltree::Node, schema: &Schema, shape: &XmlShape, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        return Value::String(text(node));
    }
    let structure = structure(schema);
    // An element that holds text and no element is that text, whatever the schema wants
    // (which then refuses it): an object or an array is never written as text.
    if matches!(structure, Structure::Object { .. } | Structure::Array(_))
        && !node.children().any(|child| child.is_element())
        && node.attributes().len() == 0
        && !text(node).trim().is_empty()
    {
        return Value::String(text(node));
    }
    match structure {
        Structure::Object {
            properties,
            additional,
        } => object(node, &properties, additional, shape, depth),
        Structure::Array(items) => Value::Array(
            node.children()
                .filter(roxmltree::Node::is_element)
                .map(|child| {
                    element(
                        child,
                        items,
                        shape.items.unwrap_or(&XmlShape::PLAIN),
                        depth + 1,
                    )
                })
                .collect(),
        ),
        Structure::Scalar(schema) => text_value(&text(node), schema),
        Structure::Choice(parts) => {
            let readings: Vec<Value> = parts
                .iter()
                .map(|part| element(node, part, shape, depth))
                .collect();
            let fits = |(part, value): &(&&Schema, &Value)| {
                let mut violations = crate::rejection::Violations::default();
                part.validate_as(
                    crate::schema::Direction::Request,
                    value,
                    "",
                    &mut violations,
                );
                violations.is_empty()
            };
            let chosen = parts.iter().zip(&readings).find(|pair| fits(pair));
            match chosen {
                Some((_, value)) => value.clone(),
                None => readings
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| Value::String(text(node))),
            }
        }
        Structure::Any => untyped(node, depth),
    }
}

/// Whether an element or attribute called `found` is `property` of an object of `shape`: by
/// its `xml.name`, or by its own name (writers that lose the `xml` object of a part, as
/// schemathesis does inside an `allOf`, write that).
fn is_named(found: &str, property: &Property, shape: &XmlShape) -> bool {
    let xml = shape.property(property.name).name;
    xml.is_some_and(|name| names_match(found, name)) || names_match(found, property.name)
}

/// Whether an element or attribute called `found` is the one named `name`: the same, or
/// `name` with the characters XML names cannot hold replaced by `_` (as tools write them;
/// compared without building that name).
fn names_match(found: &str, name: &str) -> bool {
    if found == name {
        return true;
    }
    let kept = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    let found = match name.chars().next() {
        Some(first) if first.is_ascii_alphabetic() || first == '_' => found,
        Some(_) => match found.strip_prefix("x_") {
            Some(rest) => rest,
            None => return false,
        },
        None => return false,
    };
    found.chars().count() == name.chars().count()
        && found
            .chars()
            .zip(name.chars())
            .all(|(f, n)| f == if kept(n) { n } else { '_' })
}

fn object(
    node: roxmltree::Node,
    properties: &[&Property],
    additional: Option<&Schema>,
    shape: &XmlShape,
    depth: usize,
) -> Value {
    let mut members = Map::new();
    let is_array =
        |property: &Property| matches!(property.schema.primitive(), Some(Kind::Array(_)));
    for attribute in node.attributes() {
        // By name, attribute or not: writers disagree on which (schemathesis writes an
        // attribute property of a referenced schema as an element).
        let found = properties
            .iter()
            .find(|property| is_named(attribute.name(), property, shape));
        if let Some(property) = found {
            members.insert(
                property.name.to_owned(),
                text_value(attribute.value(), property.schema),
            );
        }
    }
    for child in node.children().filter(roxmltree::Node::is_element) {
        let tag = child.tag_name().name();
        let found = properties
            .iter()
            .find(|property| is_named(tag, property, shape));
        let Some(property) = found else {
            let schema = additional.unwrap_or(&Schema::ANY);
            members.entry(tag.to_owned()).or_insert(element(
                child,
                schema,
                &XmlShape::PLAIN,
                depth + 1,
            ));
            continue;
        };
        // Found by its own name where its `xml` names it otherwise: written without the
        // `xml` object, so read without it.
        let property_shape = match shape.property(property.name) {
            named if named.name.is_some_and(|name| !names_match(tag, name)) => &XmlShape::PLAIN,
            named => named,
        };
        // A wrapped array's element that holds only text is one item written unwrapped.
        let wrapper = property_shape.wrapped
            && (child.children().any(|node| node.is_element()) || text(child).trim().is_empty());
        match (property.schema.primitive(), wrapper) {
            (Some(Kind::Array(items)), false) => {
                let item_shape = property_shape.items.unwrap_or(&XmlShape::PLAIN);
                let item = element(child, items.items, item_shape, depth + 1);
                let list = members
                    .entry(property.name.to_owned())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = list {
                    list.push(item);
                }
            }
            _ => {
                members.insert(
                    property.name.to_owned(),
                    element(child, property.schema, property_shape, depth + 1),
                );
            }
        }
    }
    // An unwrapped array with no items has no element at all.
    for property in properties {
        if property.required
            && is_array(property)
            && !shape.property(property.name).wrapped
            && !members.contains_key(property.name)
        {
            members.insert(property.name.to_owned(), Value::Array(Vec::new()));
        }
    }
    Value::Object(members)
}

/// An element read with no schema: its child elements as an object (a repeated name an
/// array), else its text.
fn untyped(node: roxmltree::Node, depth: usize) -> Value {
    let children: Vec<roxmltree::Node> = node
        .children()
        .filter(roxmltree::Node::is_element)
        .collect();
    if children.is_empty() || depth > MAX_DEPTH {
        return Value::String(text(node));
    }
    let mut members = Map::new();
    for child in children {
        let value = untyped(child, depth + 1);
        match members.get_mut(child.tag_name().name()) {
            Some(Value::Array(list)) => list.push(value),
            Some(first) => *first = Value::Array(vec![first.take(), value]),
            None => {
                members.insert(child.tag_name().name().to_owned(), value);
            }
        }
    }
    Value::Object(members)
}

/// An element's text: its text and CDATA children, joined.
fn text(node: roxmltree::Node) -> String {
    node.children()
        .filter(roxmltree::Node::is_text)
        .filter_map(|child| child.text())
        .collect()
}

/// A scalar's text as its schema's type; `null` or nothing is `null` where the schema admits
/// it and is not a string.
fn text_value(raw: &str, schema: &Schema) -> Value {
    if matches!(schema.primitive(), Some(Kind::String(_)) | None) {
        return scalar(raw, schema);
    }
    let raw = raw.trim();
    if (raw == "null" || raw.is_empty()) && schema.admits_null() {
        return Value::Null;
    }
    scalar(raw, schema)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn without_a_schema_children_are_members_and_repeated_names_arrays() {
        let read = read(
            "<a x='1'><b>1</b><b>2</b><c><d>deep</d></c><e/></a>",
            &Schema::ANY,
            &XmlShape::PLAIN,
        );
        assert_eq!(
            read,
            Ok(json!({"b": ["1", "2"], "c": {"d": "deep"}, "e": ""}))
        );
    }

    #[test]
    fn what_is_not_plain_xml_is_refused_with_the_parsers_words() {
        let dtd = read(
            r#"<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>"#,
            &Schema::ANY,
            &XmlShape::PLAIN,
        );
        assert!(dtd.is_err(), "{dtd:?}");
        let unclosed = read("<a><b></a>", &Schema::ANY, &XmlShape::PLAIN);
        assert!(unclosed.is_err_and(|message| message.contains("1:")));
    }

    #[test]
    fn names_tools_could_not_write_match_their_sanitized_form() {
        assert!(names_match("contact-email", "contact-email"));
        assert!(names_match("contact_email", "contact email"));
        assert!(names_match("x_1st", "1st"));
        assert!(!names_match("other", "contact"));
    }
}
