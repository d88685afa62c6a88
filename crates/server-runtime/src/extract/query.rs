//! The query string: every pair kept in order ([`Query`]), delimited arrays, deep and exploded
//! objects, and the values of an object's fields as their properties' schemas want them.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{
    param::{scalar, typed},
    rejections::Invalid,
};
use crate::{
    rejection::Violations,
    schema::{Kind, Property, Schema},
};

/// The decoded query string: every `key=value` pair in order, repeated keys kept.
#[derive(Debug, Default)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Decodes `application/x-www-form-urlencoded` (`+` is a space, `%XX` a byte; bytes that
    /// are not UTF-8 become U+FFFD and then fail any format they were meant to have).
    pub fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|raw| {
                form_urlencoded::parse(raw.as_bytes())
                    .map(|(key, value)| (key.into_owned(), value.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Self { pairs }
    }

    /// Every value given for `name`, in order.
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// Whether `name` is given at all, even with an empty value.
    pub fn given(&self, name: &str) -> bool {
        self.pairs.iter().any(|(key, _)| key == name)
    }

    /// Every non-empty value given for `name`, in order: a parameter with `allowEmptyValue`,
    /// whose `?name=` is no value.
    pub fn nonempty_values(&self, name: &str) -> Vec<&str> {
        let mut values = self.values(name);
        values.retain(|value| !value.is_empty());
        values
    }

    /// The values of an array parameter whose items travel in one value split by `separator`
    /// (`explode: false` `,`, `spaceDelimited`, `pipeDelimited`); repeated keys are read
    /// too, as the generated client sends them. An empty value is the empty array (`kinds=`
    /// is how RFC 6570 writes `[]`).
    pub fn delimited(&self, name: &str, separator: char) -> Vec<&str> {
        self.values(name)
            .into_iter()
            .filter(|value| !value.is_empty())
            .flat_map(|value| value.split(separator))
            .collect()
    }

    /// An object parameter: `name[key]=value` pairs (`deepObject`), and for each property of
    /// the schema not given so, its bare key (`form`, exploded, as the generated client sends
    /// objects). Each value is read as its property's schema wants; `None` when no key is
    /// there.
    pub fn object(&self, name: &str, schema: &'static Schema<'static>) -> Option<Value> {
        let properties = match schema.primitive() {
            Some(Kind::Object(object)) => object.properties,
            _ => &[],
        };
        let mut given: Vec<(&str, Vec<&str>)> = Vec::new();
        for (key, value) in &self.pairs {
            let inner = key
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix('['))
                .and_then(|rest| rest.strip_suffix(']'));
            if let Some(inner) = inner {
                match given.iter_mut().find(|(known, _)| *known == inner) {
                    Some((_, values)) => values.push(value),
                    None => given.push((inner, vec![value])),
                }
            }
        }
        for property in properties {
            if given.iter().all(|(known, _)| *known != property.name) {
                let values = self.values(property.name);
                if !values.is_empty() {
                    given.push((property.name, values));
                }
            }
        }
        if given.is_empty() {
            return None;
        }
        let mut object = serde_json::Map::new();
        for (key, values) in given {
            let value = field_value(properties, key, &values);
            object.insert(key.to_owned(), value);
        }
        Some(Value::Object(object))
    }
}

/// The values given for one field of an object (a form body, an object parameter) as the JSON
/// value its property's schema wants: an array for an array property, else the one value
/// (a string where the schema says nothing or it is given several times).
pub(super) fn field_value(properties: &[Property], key: &str, values: &[&str]) -> Value {
    let property = properties.iter().find(|property| property.name == key);
    match property.map(|property| (property.schema, property.schema.primitive())) {
        Some((_, Some(Kind::Array(items)))) => Value::Array(
            values
                .iter()
                .map(|value| scalar(value, items.items))
                .collect(),
        ),
        Some((schema, _)) if values.len() == 1 => scalar(values[0], schema),
        _ if values.len() == 1 => Value::String(values[0].to_owned()),
        _ => Value::Array(
            values
                .iter()
                .map(|value| Value::String((*value).to_owned()))
                .collect(),
        ),
    }
}

/// An object parameter read by [`Query::object`], validated and typed: `None` when a violation
/// was recorded (a required one that is absent, too), `Some(None)` when absent.
pub fn object_param<T: DeserializeOwned>(
    violations: &mut Violations,
    location: &str,
    value: Option<Value>,
    schema: &'static Schema<'static>,
    required: bool,
) -> Option<Option<T>> {
    let Some(value) = value else {
        if required {
            violations.push(Invalid::Required.at(location));
            return None;
        }
        return Some(None);
    };
    let value = super::param::checked(violations, location, value, schema)?;
    typed(violations, location, value).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_keeps_repeated_keys_and_decodes() {
        let query = Query::parse(Some("ids=a&x=1&ids=b%20c&ids=d+e"));
        assert_eq!(query.values("ids"), ["a", "b c", "d e"]);
        assert_eq!(query.values("missing"), Vec::<&str>::new());
        let query = Query::parse(Some("kinds=&tags=a|b&tags=c"));
        assert_eq!(
            query.delimited("kinds", '|'),
            Vec::<&str>::new(),
            "the empty array"
        );
        assert_eq!(query.delimited("tags", '|'), ["a", "b", "c"]);
    }
}
