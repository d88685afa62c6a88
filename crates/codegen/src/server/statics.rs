//! The `server_runtime::schema::Schema` statics of every parameter and body schema, and the
//! patterns they use: the values `schema_value.rs` builds, written out as Rust.

use schema_check::{Access, Additional, Kind, Numeric, Schema};

use super::*;

/// The `Schema` statics and the patterns they use.
#[derive(Default)]
pub(super) struct Statics {
    pub(super) items: Vec<TokenStream>,
    pub(super) patterns: Vec<TokenStream>,
    pattern_sources: Vec<String>,
    /// The typed checks of answers (`proof.rs`), written in the `answers` module.
    pub(super) proofs: super::proof::Proofs,
}

/// Where [`Statics`] stood, to take back what a failed walk added.
pub(super) struct Mark {
    items: usize,
    patterns: usize,
}

impl Statics {
    /// A `Schema { .. }` expression for `schema`.
    pub(super) fn schema(
        &mut self,
        spec: &Spec,
        schema: &openapiv3::ReferenceOr<openapiv3::Schema>,
    ) -> Result<TokenStream, CodegenError> {
        let arena = bumpalo::Bump::new();
        Ok(self.render(crate::schema_value::build(spec, &arena, schema)?))
    }

    pub(super) fn mark(&self) -> Mark {
        Mark {
            items: self.items.len(),
            patterns: self.patterns.len(),
        }
    }

    pub(super) fn rollback(&mut self, mark: Mark) {
        self.items.truncate(mark.items);
        self.patterns.truncate(mark.patterns);
        self.pattern_sources.truncate(mark.patterns);
    }

    pub(super) fn render(&mut self, schema: &Schema<'_>) -> TokenStream {
        if let Kind::Named(name) = schema.kind {
            // A `$ref` has no keywords beside it.
            let ident = component_static(name);
            return quote! { Schema { kind: Kind::Ref(&#ident), ..Schema::ANY } };
        }
        let nullable = schema.nullable;
        let kind = self.kind(&schema.kind);
        let all_of = self.parts(schema.all_of);
        let any_of = self.parts(schema.any_of);
        let example = match schema.example {
            Some(text) => quote! { Some(#text) },
            None => quote! { None },
        };
        quote! {
            Schema {
                nullable: #nullable,
                kind: #kind,
                all_of: &[#(#all_of),*],
                any_of: &[#(#any_of),*],
                example: #example,
            }
        }
    }

    fn parts(&mut self, parts: &[&Schema<'_>]) -> Vec<TokenStream> {
        parts
            .iter()
            .map(|part| {
                let expression = self.render(part);
                quote! { &#expression }
            })
            .collect()
    }

    /// The static a discriminator's name points at: always a component's.
    fn named(schema: &Schema<'_>) -> TokenStream {
        match schema.kind {
            Kind::Named(name) => {
                let ident = component_static(name);
                quote! { &#ident }
            }
            _ => quote! { &Schema::ANY },
        }
    }

    fn pattern(&mut self, source: &str) -> TokenStream {
        let index = match self
            .pattern_sources
            .iter()
            .position(|known| known == source)
        {
            Some(index) => index,
            None => {
                self.pattern_sources.push(source.to_owned());
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

    fn kind(&mut self, kind: &Kind<'_>) -> TokenStream {
        match kind {
            // The builder names components; nothing else refers to a schema.
            Kind::Any | Kind::Ref(_) => quote! { Kind::Any },
            Kind::Named(name) => {
                let ident = component_static(name);
                quote! { Kind::Ref(&#ident) }
            }
            Kind::Boolean => quote! { Kind::Boolean },
            Kind::String(text) => {
                let format = option_str(text.format);
                let min = option_usize(text.min_length);
                let max = option_usize(text.max_length);
                let pattern = match text.pattern {
                    Some(pattern) => self.pattern(pattern.source),
                    None => quote! { None },
                };
                let values = text.enumeration;
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
            Kind::Integer(numeric) => self::numeric(quote! { Integer }, numeric),
            Kind::Number(numeric) => self::numeric(quote! { Number }, numeric),
            Kind::Array(items) => {
                let item = self.render(items.items);
                let min = option_usize(items.min_items);
                let max = option_usize(items.max_items);
                let unique = items.unique_items;
                quote! { Kind::Array(Items { items: &#item, min_items: #min, max_items: #max, unique_items: #unique }) }
            }
            Kind::Object(object) => {
                let properties: Vec<TokenStream> = object
                    .properties
                    .iter()
                    .map(|property| {
                        let name = property.name;
                        let required = property.required;
                        let access = match property.access {
                            Access::ReadWrite => quote! { ReadWrite },
                            Access::ReadOnly => quote! { ReadOnly },
                            Access::WriteOnly => quote! { WriteOnly },
                        };
                        let schema = self.render(property.schema);
                        quote! { Property { name: #name, required: #required, access: Access::#access, schema: &#schema } }
                    })
                    .collect();
                let additional = match object.additional {
                    Additional::Allow => quote! { Additional::Allow },
                    Additional::Deny => quote! { Additional::Deny },
                    Additional::Schema(schema) => {
                        let schema = self.render(schema);
                        quote! { Additional::Schema(&#schema) }
                    }
                };
                let (min, max) = (
                    option_usize(object.min_properties),
                    option_usize(object.max_properties),
                );
                quote! { Kind::Object(Object { properties: &[#(#properties),*], additional: #additional, min_properties: #min, max_properties: #max }) }
            }
            Kind::OneOf(one_of) => {
                let parts = self.parts(one_of.parts);
                let discriminator = match &one_of.discriminator {
                    None => quote! { None },
                    Some(discriminator) => {
                        let entries = discriminator.mapping.iter().map(|(name, schema)| {
                            let target = Self::named(schema);
                            quote! { (#name, #target) }
                        });
                        let property = discriminator.property;
                        quote! { Some(Discriminator { property: #property, mapping: &[#(#entries),*] }) }
                    }
                };
                quote! { Kind::OneOf(OneOf { parts: &[#(#parts),*], discriminator: #discriminator }) }
            }
        }
    }
}

fn numeric(kind: TokenStream, numeric: &Numeric<'_>) -> TokenStream {
    let format = option_str(numeric.format);
    let minimum = option_f64(numeric.minimum);
    let multiple_of = option_f64(numeric.multiple_of);
    let maximum = option_f64(numeric.maximum);
    let (exclusive_minimum, exclusive_maximum) =
        (numeric.exclusive_minimum, numeric.exclusive_maximum);
    let enumeration = numeric.enumeration.iter().map(|value| quote! { #value });
    quote! {
        Kind::#kind(Numeric {
            format: #format,
            minimum: #minimum,
            maximum: #maximum,
            exclusive_minimum: #exclusive_minimum,
            exclusive_maximum: #exclusive_maximum,
            multiple_of: #multiple_of,
            enumeration: &[#(#enumeration),*],
        })
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote! { Some(#value) },
        None => quote! { None },
    }
}

fn option_usize(value: Option<usize>) -> TokenStream {
    match value {
        Some(value) => quote! { Some(#value) },
        None => quote! { None },
    }
}

fn option_f64(value: Option<f64>) -> TokenStream {
    match value {
        Some(value) => quote! { Some(#value) },
        None => quote! { None },
    }
}
