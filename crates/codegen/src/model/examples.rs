//! Every `example` and `examples` value of the document with the schema it must match: the
//! components' and each path's parameters, headers, bodies and responses, and every schema's
//! own examples, nested ones too. Each is named by the pointer where it is written (a
//! referenced example by its component's), once.

use std::{borrow::Cow, collections::BTreeSet};

use openapiv3::{
    Header, MediaType, Parameter as Declared, ParameterSchemaOrContent, ReferenceOr, RequestBody,
    Response, Schema, SchemaKind, Type,
};
use serde_json::Value;

use super::methods;
use crate::{
    Spec, lower,
    openapi::{MediaKind, media_kind},
    pointer::escape_token,
};

/// One example and the schema it must match.
pub(crate) struct Example<'d> {
    /// Where the value is written.
    pub(crate) pointer: String,
    pub(crate) value: &'d Value,
    pub(crate) schema: Checked<'d>,
}

/// The schema an example is checked against.
pub(crate) enum Checked<'d> {
    /// A parameter's, header's or media type's schema, as the document writes it, or as
    /// lowering kept it for the router.
    Written(Box<Cow<'d, ReferenceOr<Schema>>>),
    /// The schema the example is written in.
    Own(&'d Schema),
}

/// Every example of the document, in document order.
pub(crate) fn examples(spec: &Spec) -> Vec<Example<'_>> {
    let mut walk = Walk {
        spec,
        out: Vec::new(),
        seen: BTreeSet::new(),
    };
    let document = &spec.document;
    if let Some(components) = &document.components {
        for (name, schema) in &components.schemas {
            walk.schema(
                schema,
                format!("/components/schemas/{}", escape_token(name)),
            );
        }
        for (name, parameter) in &components.parameters {
            let at = format!("/components/parameters/{}", escape_token(name));
            walk.parameter(parameter, at);
        }
        for (name, header) in &components.headers {
            walk.header(
                header,
                format!("/components/headers/{}", escape_token(name)),
            );
        }
        for (name, body) in &components.request_bodies {
            let at = format!("/components/requestBodies/{}", escape_token(name));
            walk.body(body, at);
        }
        for (name, response) in &components.responses {
            let at = format!("/components/responses/{}", escape_token(name));
            walk.response(response, at);
        }
    }
    for (path, item) in &document.paths.paths {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let at = format!("/paths/{}", escape_token(path));
        for (index, parameter) in item.parameters.iter().enumerate() {
            walk.parameter(parameter, format!("{at}/parameters/{index}"));
        }
        for (method, operation) in methods(item) {
            let at = format!("{at}/{}", method.lower());
            for (index, parameter) in operation.parameters.iter().enumerate() {
                walk.parameter(parameter, format!("{at}/parameters/{index}"));
            }
            if let Some(body) = &operation.request_body {
                walk.body(body, format!("{at}/requestBody"));
            }
            let responses = operation
                .responses
                .responses
                .iter()
                .map(|(status, r)| (status.to_string(), r));
            let default = operation
                .responses
                .default
                .iter()
                .map(|r| ("default".to_owned(), r));
            for (status, response) in responses.chain(default) {
                walk.response(
                    response,
                    format!("{at}/responses/{}", escape_token(&status)),
                );
            }
        }
    }
    walk.out
}

struct Walk<'d> {
    spec: &'d Spec,
    out: Vec<Example<'d>>,
    /// Pointers already taken, with where a referenced example is used (it is checked once
    /// per place that uses it).
    seen: BTreeSet<(String, String)>,
}

impl<'d> Walk<'d> {
    /// `used_at`: where a referenced example is used (it is checked against each schema that
    /// uses it), empty for one written in place.
    fn push(&mut self, pointer: String, used_at: &str, value: &'d Value, schema: Checked<'d>) {
        if self.seen.insert((pointer.clone(), used_at.to_owned())) {
            self.out.push(Example {
                pointer,
                value,
                schema,
            });
        }
    }

    /// `example` and `examples` beside a schema (a parameter's, a header's, a media type's).
    fn beside(
        &mut self,
        at: &str,
        example: Option<&'d Value>,
        examples: &'d indexmap::IndexMap<String, ReferenceOr<openapiv3::Example>>,
        schema: Cow<'d, ReferenceOr<Schema>>,
    ) {
        if let Some(value) = example {
            self.push(
                format!("{at}/example"),
                "",
                value,
                Checked::Written(Box::new(schema.clone())),
            );
        }
        for (name, example) in examples {
            let (pointer, used_at) = match example {
                ReferenceOr::Reference { reference } => {
                    (format!("{}/value", reference.trim_start_matches('#')), at)
                }
                ReferenceOr::Item(_) => (format!("{at}/examples/{}/value", escape_token(name)), ""),
            };
            let value = crate::resolve::resolve(&self.spec.document, example)
                .and_then(|example| example.value.as_ref());
            // An `externalValue` is not read: the generator reads no URLs.
            if let Some(value) = value {
                self.push(
                    pointer,
                    used_at,
                    value,
                    Checked::Written(Box::new(schema.clone())),
                );
            }
        }
    }

    fn parameter(&mut self, parameter: &'d ReferenceOr<Declared>, at: String) {
        let ReferenceOr::Item(parameter) = parameter else {
            return;
        };
        let data = parameter.parameter_data_ref();
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                // An object query parameter is checked against its schema as written.
                let checked = data
                    .extensions
                    .get(lower::KEPT_SCHEMA)
                    .and_then(|kept| serde_json::from_value(kept.clone()).ok())
                    .map_or(Cow::Borrowed(schema), Cow::Owned);
                self.beside(&at, data.example.as_ref(), &data.examples, checked);
                self.schema(schema, format!("{at}/schema"));
            }
            ParameterSchemaOrContent::Content(content) => {
                self.content(content, &at);
            }
        }
    }

    fn header(&mut self, header: &'d ReferenceOr<Header>, at: String) {
        let ReferenceOr::Item(header) = header else {
            return;
        };
        match &header.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let checked = Cow::Borrowed(schema);
                self.beside(&at, header.example.as_ref(), &header.examples, checked);
                self.schema(schema, format!("{at}/schema"));
            }
            ParameterSchemaOrContent::Content(content) => self.content(content, &at),
        }
    }

    fn body(&mut self, body: &'d ReferenceOr<RequestBody>, at: String) {
        if let ReferenceOr::Item(body) = body {
            self.content(&body.content, &at);
        }
    }

    fn response(&mut self, response: &'d ReferenceOr<Response>, at: String) {
        let ReferenceOr::Item(response) = response else {
            return;
        };
        self.content(&response.content, &at);
        for (name, header) in &response.headers {
            self.header(header, format!("{at}/headers/{}", escape_token(name)));
        }
    }

    fn content(&mut self, content: &'d indexmap::IndexMap<String, MediaType>, at: &str) {
        for (media_type, media) in content {
            // A byte body is not read by the router, so its examples are not checked either.
            if media_kind(media_type) == MediaKind::Raw {
                continue;
            }
            self.media(media, format!("{at}/content/{}", escape_token(media_type)));
        }
    }

    fn media(&mut self, media: &'d MediaType, at: String) {
        let Some(schema) = &media.schema else {
            return;
        };
        let checked = Cow::Borrowed(schema);
        self.beside(&at, media.example.as_ref(), &media.examples, checked);
        self.schema(schema, format!("{at}/schema"));
    }

    /// A schema's own examples, and those of the schemas written inside it.
    fn schema(&mut self, schema: &'d ReferenceOr<Schema>, at: String) {
        if let ReferenceOr::Item(item) = schema {
            self.item(item, at);
        }
    }

    fn item(&mut self, item: &'d Schema, at: String) {
        let data = &item.schema_data;
        // OpenAPI 3.1's `examples` list; lowering also made the first the `example`, unless
        // one was written.
        let listed = match data.extensions.get(lower::KEPT_EXAMPLES) {
            Some(Value::Array(all)) => all.as_slice(),
            _ => &[],
        };
        if let Some(value) = &data.example
            && listed.first() != Some(value)
        {
            self.push(format!("{at}/example"), "", value, Checked::Own(item));
        }
        for (index, value) in listed.iter().enumerate() {
            self.push(
                format!("{at}/examples/{index}"),
                "",
                value,
                Checked::Own(item),
            );
        }
        let inner = |this: &mut Self, parts: &'d [ReferenceOr<Schema>], key: &str| {
            for (index, part) in parts.iter().enumerate() {
                this.schema(part, format!("{at}/{key}/{index}"));
            }
        };
        match &item.schema_kind {
            SchemaKind::Type(Type::Object(object)) => self.object(
                &object.properties,
                object.additional_properties.as_ref(),
                &at,
            ),
            SchemaKind::Type(Type::Array(array)) => {
                if let Some(items) = &array.items {
                    self.boxed(items, format!("{at}/items"));
                }
            }
            SchemaKind::Type(_) => {}
            SchemaKind::AllOf { all_of } => inner(self, all_of, "allOf"),
            SchemaKind::AnyOf { any_of } => inner(self, any_of, "anyOf"),
            SchemaKind::OneOf { one_of } => inner(self, one_of, "oneOf"),
            SchemaKind::Not { not } => self.schema(not, format!("{at}/not")),
            SchemaKind::Any(any) => {
                self.object(&any.properties, any.additional_properties.as_ref(), &at);
                if let Some(items) = &any.items {
                    self.boxed(items, format!("{at}/items"));
                }
                inner(self, &any.all_of, "allOf");
                inner(self, &any.any_of, "anyOf");
                inner(self, &any.one_of, "oneOf");
            }
        }
    }

    fn object(
        &mut self,
        properties: &'d indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        additional: Option<&'d openapiv3::AdditionalProperties>,
        at: &str,
    ) {
        for (name, property) in properties {
            self.boxed(property, format!("{at}/properties/{}", escape_token(name)));
        }
        if let Some(openapiv3::AdditionalProperties::Schema(schema)) = additional {
            self.schema(schema, format!("{at}/additionalProperties"));
        }
    }

    fn boxed(&mut self, schema: &'d ReferenceOr<Box<Schema>>, at: String) {
        // Only an inline schema has examples of its own; a referenced one is walked as the
        // component it is.
        if let ReferenceOr::Item(boxed) = schema {
            self.item(boxed, at);
        }
    }
}
