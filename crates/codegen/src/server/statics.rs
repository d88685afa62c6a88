//! The `server_runtime::schema::Schema` statics of every parameter and body schema, and the
//! patterns they use.

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};

use super::*;

/// The `Schema` statics and the patterns they use.
#[derive(Default)]
pub(super) struct Statics {
    pub(super) items: Vec<TokenStream>,
    pub(super) patterns: Vec<TokenStream>,
    pattern_sources: Vec<String>,
}

impl Statics {
    /// A `Schema { .. }` expression for `schema`.
    pub(super) fn schema(
        &mut self,
        spec: &Spec,
        schema: &ReferenceOr<Schema>,
    ) -> Result<TokenStream, CodegenError> {
        let schema = match schema {
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/schemas/")
                    .ok_or_else(|| fail(spec, format!("{reference} is not a schema reference")))?;
                let ident = component_static(name);
                return Ok(quote! { Schema { kind: Kind::Ref(&#ident), ..Schema::ANY } });
            }
            ReferenceOr::Item(schema) => schema,
        };
        let nullable = schema.schema_data.nullable;
        let (kind, all_of, any_of) = match &schema.schema_kind {
            SchemaKind::Type(Type::String(text))
                if let Some(values) =
                    schema.schema_data.extensions.get(crate::lower::KEPT_ENUM) =>
            {
                // An enum lowering left a plain string in Rust: the router still checks it.
                let mut text = text.clone();
                text.enumeration = values
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|value| value.as_str().map(str::to_owned))
                    .collect();
                (
                    self.kind(spec, &Type::String(text))?,
                    Vec::new(),
                    Vec::new(),
                )
            }
            SchemaKind::Type(ty) => (self.kind(spec, ty)?, Vec::new(), Vec::new()),
            SchemaKind::AllOf { all_of } => (quote! { Kind::Any }, all_of.clone(), Vec::new()),
            SchemaKind::AnyOf { any_of } => (quote! { Kind::Any }, Vec::new(), any_of.clone()),
            SchemaKind::Any(any) => (
                self.any_kind(spec, any)?,
                any.all_of.clone(),
                any.any_of.clone(),
            ),
            SchemaKind::OneOf { one_of } => (
                self.one_of(spec, one_of, schema.schema_data.discriminator.as_ref())?,
                Vec::new(),
                Vec::new(),
            ),
            SchemaKind::Not { .. } => {
                return Err(fail(spec, "`not` is outside the subset".into()));
            }
        };
        let all_of = all_of
            .iter()
            .map(|part| self.schema(spec, part).map(|expr| quote! { &#expr }))
            .collect::<Result<Vec<_>, _>>()?;
        let any_of = any_of
            .iter()
            .map(|part| self.schema(spec, part).map(|expr| quote! { &#expr }))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(quote! {
            Schema {
                nullable: #nullable,
                kind: #kind,
                all_of: &[#(#all_of),*],
                any_of: &[#(#any_of),*],
            }
        })
    }

    /// `Kind::OneOf`: the parts, and the discriminator's names (the explicit mapping, then
    /// each referenced part's component name).
    fn one_of(
        &mut self,
        spec: &Spec,
        parts: &[ReferenceOr<Schema>],
        discriminator: Option<&openapiv3::Discriminator>,
    ) -> Result<TokenStream, CodegenError> {
        let expressions = parts
            .iter()
            .map(|part| self.schema(spec, part).map(|expr| quote! { &#expr }))
            .collect::<Result<Vec<_>, _>>()?;
        let discriminator = match discriminator {
            None => quote! { None },
            Some(discriminator) => {
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
                let known = spec
                    .document
                    .components
                    .as_ref()
                    .map(|components| &components.schemas);
                let entries = names
                    .iter()
                    .filter(|(_, target)| known.is_some_and(|schemas| schemas.contains_key(target)))
                    .map(|(name, target)| {
                        let ident = component_static(target);
                        quote! { (#name, &#ident) }
                    });
                let property = &discriminator.property_name;
                quote! { Some(Discriminator { property: #property, mapping: &[#(#entries),*] }) }
            }
        };
        Ok(
            quote! { Kind::OneOf(OneOf { parts: &[#(#expressions),*], discriminator: #discriminator }) },
        )
    }

    pub(super) fn boxed(
        &mut self,
        spec: &Spec,
        schema: &ReferenceOr<Box<Schema>>,
    ) -> Result<TokenStream, CodegenError> {
        self.schema(spec, &schema.clone().unbox())
    }

    pub(super) fn pattern(&mut self, pattern: &Option<String>) -> TokenStream {
        let Some(source) = pattern else {
            return quote! { None };
        };
        let index = match self
            .pattern_sources
            .iter()
            .position(|known| known == source)
        {
            Some(index) => index,
            None => {
                self.pattern_sources.push(source.clone());
                let index = self.pattern_sources.len() - 1;
                let ident = format_ident!("PATTERN_{}", index);
                self.patterns
                    .push(quote! { static #ident: Pattern = Pattern::new(#source); });
                index
            }
        };
        let ident = format_ident!("PATTERN_{}", index);
        quote! { Some(&#ident) }
    }

    pub(super) fn kind(&mut self, spec: &Spec, ty: &Type) -> Result<TokenStream, CodegenError> {
        Ok(match ty {
            Type::Boolean(_) => quote! { Kind::Boolean },
            Type::String(s) => {
                let format = option_str(match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
                    VariantOrUnknownOrEmpty::Unknown(other) => Some(other.as_str()),
                    _ => None,
                });
                let min = option_usize(s.min_length);
                let max = option_usize(s.max_length);
                let pattern = self.pattern(&s.pattern);
                let values: Vec<&String> = s.enumeration.iter().flatten().collect();
                quote! {
                    Kind::String(Text {
                        format: #format,
                        min_length: #min,
                        max_length: #max,
                        pattern: #pattern,
                        enumeration: &[#(#values),*],
                    })
                }
            }
            Type::Integer(i) => {
                let format = option_str(match &i.format {
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Some("int32"),
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Some("int64"),
                    VariantOrUnknownOrEmpty::Unknown(other) => Some(other.as_str()),
                    VariantOrUnknownOrEmpty::Empty => None,
                });
                numeric(
                    quote! { Integer },
                    format,
                    i.minimum.map(|v| v as f64),
                    i.maximum.map(|v| v as f64),
                    i.exclusive_minimum,
                    i.exclusive_maximum,
                    i.multiple_of.map(|v| v as f64),
                )
            }
            Type::Number(n) => {
                let format = option_str(match &n.format {
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Some("float"),
                    VariantOrUnknownOrEmpty::Item(NumberFormat::Double) => Some("double"),
                    VariantOrUnknownOrEmpty::Unknown(other) => Some(other.as_str()),
                    VariantOrUnknownOrEmpty::Empty => None,
                });
                numeric(
                    quote! { Number },
                    format,
                    n.minimum,
                    n.maximum,
                    n.exclusive_minimum,
                    n.exclusive_maximum,
                    n.multiple_of,
                )
            }
            Type::Array(a) => {
                let items = match &a.items {
                    Some(items) => self.boxed(spec, items)?,
                    None => quote! { Schema::ANY },
                };
                let min = option_usize(a.min_items);
                let max = option_usize(a.max_items);
                let unique = a.unique_items;
                quote! { Kind::Array(Items { items: &#items, min_items: #min, max_items: #max, unique_items: #unique }) }
            }
            Type::Object(o) => {
                let mut properties = Vec::new();
                for (name, property) in &o.properties {
                    let schema = self.boxed(spec, property)?;
                    let required = o.required.contains(name);
                    properties.push(
                        quote! { Property { name: #name, required: #required, schema: &#schema } },
                    );
                }
                let additional = match &o.additional_properties {
                    None | Some(AdditionalProperties::Any(true)) => quote! { Additional::Allow },
                    Some(AdditionalProperties::Any(false)) => quote! { Additional::Deny },
                    Some(AdditionalProperties::Schema(schema)) => {
                        let schema = self.schema(spec, schema)?;
                        quote! { Additional::Schema(&#schema) }
                    }
                };
                let (min, max) = (
                    option_usize(o.min_properties),
                    option_usize(o.max_properties),
                );
                quote! { Kind::Object(Object { properties: &[#(#properties),*], additional: #additional, min_properties: #min, max_properties: #max }) }
            }
        })
    }

    /// A schema with `type` beside `allOf`/`anyOf` (openapiv3 reads those as "any").
    pub(super) fn any_kind(
        &mut self,
        spec: &Spec,
        any: &openapiv3::AnySchema,
    ) -> Result<TokenStream, CodegenError> {
        let Some(typ) = any.typ.as_deref() else {
            return Ok(quote! { Kind::Any });
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
                required: any.required.clone(),
                additional_properties: any.additional_properties.clone(),
                min_properties: any.min_properties,
                max_properties: any.max_properties,
            }),
            other => return Err(fail(spec, format!("unknown schema type {other:?}"))),
        };
        self.kind(spec, &ty)
    }
}

pub(super) fn numeric(
    kind: TokenStream,
    format: TokenStream,
    minimum: Option<f64>,
    maximum: Option<f64>,
    exclusive_minimum: bool,
    exclusive_maximum: bool,
    multiple_of: Option<f64>,
) -> TokenStream {
    let minimum = option_f64(minimum);
    let multiple_of = option_f64(multiple_of);
    let maximum = option_f64(maximum);
    quote! {
        Kind::#kind(Numeric {
            format: #format,
            minimum: #minimum,
            maximum: #maximum,
            exclusive_minimum: #exclusive_minimum,
            exclusive_maximum: #exclusive_maximum,
            multiple_of: #multiple_of,
        })
    }
}

pub(super) fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote! { Some(#value) },
        None => quote! { None },
    }
}

pub(super) fn option_usize(value: Option<usize>) -> TokenStream {
    match value {
        Some(value) => quote! { Some(#value) },
        None => quote! { None },
    }
}

pub(super) fn option_f64(value: Option<f64>) -> TokenStream {
    match value {
        Some(value) => quote! { Some(#value) },
        None => quote! { None },
    }
}
