//! A lowered schema made a `schema_check::Schema` value while the generator runs: the one
//! reading of a schema's validation keywords. The server's validation statics are this value
//! written out as Rust (`server/statics.rs`), and examples are checked against this value
//! with the router's own validator (`examples.rs`), so the two cannot disagree.
//!
//! A `$ref` to a component becomes [`Kind::Named`] (components may refer to each other in a
//! cycle); the statics write it as a reference to the component's static. The values live in
//! an arena the caller owns (`bumpalo`), dropped with it: a watching designer's process or a
//! corpus run of thousands of specs keeps nothing of a finished generation.

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema as OpenSchema,
    SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty,
};
use schema_check::{
    Access, Additional, Discriminator, Items, Kind, Numeric, Object, OneOf, Pattern, Property,
    Schema, Text,
};

use bumpalo::Bump;

use crate::{CodegenError, Spec, lower};

/// The value of `schema`, in `arena`; a reference that is not to a component schema, a `not`
/// or an unknown `type` is refused.
pub(crate) fn build<'b>(
    spec: &Spec,
    arena: &'b Bump,
    schema: &ReferenceOr<OpenSchema>,
) -> Result<&'b Schema<'b>, CodegenError> {
    Builder { spec, arena }.schema(schema)
}

/// The value of a schema written in place (not behind a `$ref`).
pub(crate) fn build_item<'b>(
    spec: &Spec,
    arena: &'b Bump,
    schema: &OpenSchema,
) -> Result<&'b Schema<'b>, CodegenError> {
    Builder { spec, arena }.item(schema)
}

/// The component schemas by name, for [`Schema::validate_in`]: each component's value, or its
/// refusal.
#[allow(clippy::type_complexity)]
pub(crate) fn components<'s, 'b>(
    spec: &'s Spec,
    arena: &'b Bump,
) -> Vec<(&'s str, Result<&'b Schema<'b>, CodegenError>)> {
    spec.document
        .components
        .iter()
        .flat_map(|components| &components.schemas)
        .map(|(name, schema)| (name.as_str(), build(spec, arena, schema)))
        .collect()
}

struct Builder<'s, 'b> {
    spec: &'s Spec,
    arena: &'b Bump,
}

impl<'b> Builder<'_, 'b> {
    fn alloc<T>(&self, value: T) -> &'b T {
        self.arena.alloc(value)
    }

    fn alloc_str(&self, text: &str) -> &'b str {
        self.arena.alloc_str(text)
    }

    fn alloc_slice<T>(&self, items: Vec<T>) -> &'b [T] {
        self.arena.alloc_slice_fill_iter(items)
    }

    fn fail(&self, message: String) -> CodegenError {
        CodegenError::Server {
            source_name: self.spec.source_name.clone(),
            message,
        }
    }

    fn schemas(
        &self,
        parts: &[ReferenceOr<OpenSchema>],
    ) -> Result<&'b [&'b Schema<'b>], CodegenError> {
        let parts = parts
            .iter()
            .map(|part| self.schema(part))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(self.alloc_slice(parts))
    }

    /// A property's `readOnly` or `writeOnly`, written on it or on the component it names.
    fn access(&self, property: &ReferenceOr<Box<OpenSchema>>) -> Access {
        let data = match property {
            ReferenceOr::Item(schema) => Some(&schema.schema_data),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/schemas/")
                .and_then(|name| self.spec.document.components.as_ref()?.schemas.get(name))
                .and_then(|schema| crate::resolve::resolve(&self.spec.document, schema))
                .map(|schema| &schema.schema_data),
        };
        match data {
            Some(data) if data.read_only => Access::ReadOnly,
            Some(data) if data.write_only => Access::WriteOnly,
            _ => Access::ReadWrite,
        }
    }

    fn boxed(&self, schema: &ReferenceOr<Box<OpenSchema>>) -> Result<&'b Schema<'b>, CodegenError> {
        self.schema(&schema.clone().unbox())
    }

    fn schema(&self, schema: &ReferenceOr<OpenSchema>) -> Result<&'b Schema<'b>, CodegenError> {
        let schema = match schema {
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/schemas/")
                    .ok_or_else(|| self.fail(format!("{reference} is not a schema reference")))?;
                return Ok(self.alloc(Schema {
                    kind: Kind::Named(self.alloc_str(name)),
                    ..Schema::ANY
                }));
            }
            ReferenceOr::Item(schema) => schema,
        };
        self.item(schema)
    }

    fn item(&self, schema: &OpenSchema) -> Result<&'b Schema<'b>, CodegenError> {
        let nullable = schema.schema_data.nullable;
        let example = schema
            .schema_data
            .example
            .as_ref()
            .map(|example| self.alloc_str(&example.to_string()));
        let (kind, all_of, any_of): (Kind<'b>, &[_], &[_]) = match &schema.schema_kind {
            SchemaKind::Type(Type::String(text))
                if let Some(values) = schema.schema_data.extensions.get(lower::KEPT_ENUM) =>
            {
                // An enum lowering left a plain string in Rust: the router still checks it.
                let mut text = text.clone();
                text.enumeration = values
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|value| value.as_str().map(str::to_owned))
                    .collect();
                (self.kind(&Type::String(text))?, &[], &[])
            }
            // `readOnly` and `writeOnly` properties left optional for the Rust types: the
            // validator still requires them the way they travel.
            SchemaKind::Type(Type::Object(object))
                if let Some(required) = schema.schema_data.extensions.get(lower::KEPT_REQUIRED) =>
            {
                let mut object = object.clone();
                object.required = serde_json::from_value(required.clone()).unwrap_or_default();
                (self.kind(&Type::Object(object))?, &[], &[])
            }
            SchemaKind::Type(ty) => (self.kind(ty)?, &[], &[]),
            SchemaKind::AllOf { all_of } => (Kind::Any, all_of, &[]),
            SchemaKind::AnyOf { any_of } => (Kind::Any, &[], any_of),
            // `type` beside `oneOf` (openapiv3 reads it as "any"): the parts, with the typed
            // keywords as one more `allOf` part, not the type alone.
            SchemaKind::Any(any) if !any.one_of.is_empty() => {
                let kind = self.one_of(&any.one_of, schema.schema_data.discriminator.as_ref())?;
                let typed = self.alloc(Schema {
                    kind: self.any_kind(any)?,
                    ..Schema::ANY
                });
                let mut all_of = vec![typed];
                all_of.extend(self.schemas(&any.all_of)?.iter().copied());
                return Ok(self.alloc(Schema {
                    nullable,
                    kind,
                    all_of: self.alloc_slice(all_of),
                    any_of: self.schemas(&any.any_of)?,
                    example,
                }));
            }
            SchemaKind::Any(any) => (self.any_kind(any)?, &any.all_of, &any.any_of),
            SchemaKind::OneOf { one_of } => (
                self.one_of(one_of, schema.schema_data.discriminator.as_ref())?,
                &[],
                &[],
            ),
            SchemaKind::Not { .. } => {
                return Err(self.fail("`not` is outside the subset".into()));
            }
        };
        Ok(self.alloc(Schema {
            nullable,
            kind,
            all_of: self.schemas(all_of)?,
            any_of: self.schemas(any_of)?,
            example,
        }))
    }

    /// `Kind::OneOf`: the parts, and the discriminator's names (the explicit mapping, then
    /// each referenced part's component name), those that name a known component.
    fn one_of(
        &self,
        parts: &[ReferenceOr<OpenSchema>],
        discriminator: Option<&openapiv3::Discriminator>,
    ) -> Result<Kind<'b>, CodegenError> {
        let discriminator = discriminator.map(|discriminator| {
            let mut names: Vec<(String, String)> = discriminator
                .mapping
                .iter()
                .map(|(name, target)| {
                    let target = target
                        .strip_prefix("#/components/schemas/")
                        .unwrap_or(target);
                    (name.clone(), target.to_owned())
                })
                .collect();
            for part in parts {
                if let ReferenceOr::Reference { reference } = part
                    && let Some(target) = reference.strip_prefix("#/components/schemas/")
                    && !names.iter().any(|(_, known)| known == target)
                {
                    names.push((target.to_owned(), target.to_owned()));
                }
            }
            let known = self
                .spec
                .document
                .components
                .as_ref()
                .map(|components| &components.schemas);
            let mapping: Vec<(&'b str, &'b Schema<'b>)> = names
                .iter()
                .filter(|(_, target)| known.is_some_and(|schemas| schemas.contains_key(target)))
                .map(|(name, target)| {
                    let schema: &'b Schema<'b> = self.alloc(Schema {
                        kind: Kind::Named(self.alloc_str(target)),
                        ..Schema::ANY
                    });
                    (self.alloc_str(name), schema)
                })
                .collect();
            Discriminator {
                property: self.alloc_str(&discriminator.property_name),
                mapping: self.alloc_slice(mapping),
            }
        });
        Ok(Kind::OneOf(OneOf {
            parts: self.schemas(parts)?,
            discriminator,
        }))
    }

    fn kind(&self, ty: &Type) -> Result<Kind<'b>, CodegenError> {
        Ok(match ty {
            Type::Boolean(_) => Kind::Boolean,
            Type::String(s) => Kind::String(Text {
                format: match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
                    VariantOrUnknownOrEmpty::Unknown(other) => Some(self.alloc_str(other)),
                    _ => None,
                },
                min_length: s.min_length,
                max_length: s.max_length,
                pattern: s
                    .pattern
                    .as_deref()
                    .map(|source| self.alloc(Pattern::new(self.alloc_str(source)))),
                enumeration: self.alloc_slice(
                    s.enumeration
                        .iter()
                        .flatten()
                        .map(|value| self.alloc_str(value))
                        .collect(),
                ),
            }),
            Type::Integer(i) => Kind::Integer(Numeric {
                format: match &i.format {
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Some("int32"),
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Some("int64"),
                    VariantOrUnknownOrEmpty::Unknown(other) => Some(self.alloc_str(other)),
                    VariantOrUnknownOrEmpty::Empty => None,
                },
                minimum: i.minimum.map(|v| v as f64),
                maximum: i.maximum.map(|v| v as f64),
                exclusive_minimum: i.exclusive_minimum,
                exclusive_maximum: i.exclusive_maximum,
                multiple_of: i.multiple_of.map(|v| v as f64),
                enumeration: self
                    .alloc_slice(i.enumeration.iter().flatten().map(|v| *v as f64).collect()),
            }),
            Type::Number(n) => Kind::Number(Numeric {
                format: match &n.format {
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Some("float"),
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Double) => Some("double"),
                    VariantOrUnknownOrEmpty::Unknown(other) => Some(self.alloc_str(other)),
                    VariantOrUnknownOrEmpty::Empty => None,
                },
                minimum: n.minimum,
                maximum: n.maximum,
                exclusive_minimum: n.exclusive_minimum,
                exclusive_maximum: n.exclusive_maximum,
                multiple_of: n.multiple_of,
                enumeration: self.alloc_slice(n.enumeration.iter().flatten().copied().collect()),
            }),
            Type::Array(a) => Kind::Array(Items {
                items: match &a.items {
                    Some(items) => self.boxed(items)?,
                    None => self.alloc(Schema::ANY),
                },
                min_items: a.min_items,
                max_items: a.max_items,
                unique_items: a.unique_items,
            }),
            Type::Object(o) => {
                let properties = o
                    .properties
                    .iter()
                    .map(|(name, property)| {
                        Ok(Property {
                            name: self.alloc_str(name),
                            required: o.required.contains(name),
                            access: self.access(property),
                            schema: self.boxed(property)?,
                        })
                    })
                    .collect::<Result<Vec<_>, CodegenError>>()?;
                // A required name no property declares must be there all the same (JSON
                // Schema): any value, or one of `additionalProperties`' schema.
                let mut properties = properties;
                for name in o.required.iter() {
                    if !o.properties.contains_key(name) {
                        let schema = match &o.additional_properties {
                            Some(AdditionalProperties::Schema(schema)) => self.schema(schema)?,
                            _ => self.alloc(Schema::ANY),
                        };
                        properties.push(Property {
                            name: self.alloc_str(name),
                            required: true,
                            access: Access::ReadWrite,
                            schema,
                        });
                    }
                }
                Kind::Object(Object {
                    properties: self.alloc_slice(properties),
                    additional: match &o.additional_properties {
                        None | Some(AdditionalProperties::Any(true)) => Additional::Allow,
                        Some(AdditionalProperties::Any(false)) => Additional::Deny,
                        Some(AdditionalProperties::Schema(schema)) => {
                            Additional::Schema(self.schema(schema)?)
                        }
                    },
                    min_properties: o.min_properties,
                    max_properties: o.max_properties,
                })
            }
        })
    }

    /// A schema with `type` beside `allOf`/`anyOf` (openapiv3 reads those as "any"); without
    /// `type`, an object's keywords beside them (Azure's `allOf: [Resource]` with its own
    /// `properties`) are an object's, checked with the parts, as `lower/typeless.rs` reads a
    /// schema without `type`.
    fn any_kind(&self, any: &openapiv3::AnySchema) -> Result<Kind<'b>, CodegenError> {
        let object = !any.properties.is_empty()
            || !any.required.is_empty()
            || any.additional_properties.is_some()
            || any.min_properties.is_some()
            || any.max_properties.is_some();
        let Some(typ) = any.typ.as_deref().or(object.then_some("object")) else {
            return Ok(Kind::Any);
        };
        let ty = match typ {
            "string" => Type::String(openapiv3::StringType {
                format: match any.format.as_deref() {
                    None => VariantOrUnknownOrEmpty::Empty,
                    Some("date") => VariantOrUnknownOrEmpty::Item(StringFormat::Date),
                    Some("date-time") => VariantOrUnknownOrEmpty::Item(StringFormat::DateTime),
                    Some(other) => VariantOrUnknownOrEmpty::Unknown(other.to_owned()),
                },
                pattern: any.pattern.clone(),
                enumeration: any
                    .enumeration
                    .iter()
                    .map(|v| v.as_str().map(str::to_owned))
                    .collect(),
                min_length: any.min_length,
                max_length: any.max_length,
            }),
            "integer" => Type::Integer(openapiv3::IntegerType {
                minimum: any.minimum.map(|v| v as i64),
                maximum: any.maximum.map(|v| v as i64),
                multiple_of: any.multiple_of.map(|v| v as i64),
                exclusive_minimum: any.exclusive_minimum.unwrap_or(false),
                exclusive_maximum: any.exclusive_maximum.unwrap_or(false),
                ..Default::default()
            }),
            "number" => Type::Number(openapiv3::NumberType {
                minimum: any.minimum,
                maximum: any.maximum,
                multiple_of: any.multiple_of,
                exclusive_minimum: any.exclusive_minimum.unwrap_or(false),
                exclusive_maximum: any.exclusive_maximum.unwrap_or(false),
                ..Default::default()
            }),
            "boolean" => Type::Boolean(Default::default()),
            "array" => Type::Array(openapiv3::ArrayType {
                items: any.items.clone(),
                min_items: any.min_items,
                max_items: any.max_items,
                unique_items: any.unique_items.unwrap_or(false),
            }),
            "object" => Type::Object(openapiv3::ObjectType {
                properties: any.properties.clone(),
                // A required name beside `allOf`/`anyOf`/`oneOf` may be a part's property
                // (Azure's `required: [location]` over `allOf: [TrackedResource]`): checked
                // by the part that declares it, not as any value here.
                required: any
                    .required
                    .iter()
                    .filter(|name| {
                        any.properties.contains_key(*name)
                            || (any.all_of.is_empty()
                                && any.any_of.is_empty()
                                && any.one_of.is_empty())
                    })
                    .cloned()
                    .collect(),
                additional_properties: any.additional_properties.clone(),
                min_properties: any.min_properties,
                max_properties: any.max_properties,
            }),
            other => return Err(self.fail(format!("unknown schema type {other:?}"))),
        };
        self.kind(&ty)
    }
}
