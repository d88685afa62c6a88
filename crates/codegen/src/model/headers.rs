//! The headers a response documents (`headers`, references to `components/headers`
//! resolved): each one's Rust field, whether it is required, and the Rust type it is written
//! from. `Content-Type` is left out, as OpenAPI says it is ignored there.

use std::collections::BTreeSet;

use openapiv3::{Header, OpenAPI, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind, Type};

use crate::{naming, resolve::resolve};

/// One documented response header.
pub(crate) struct ResponseHeader<'d> {
    /// The name as written (`Retry-After`).
    pub(crate) name: &'d str,
    /// The field of the variant's headers struct (`retry_after`).
    pub(crate) field: String,
    pub(crate) required: bool,
    pub(crate) description: Option<&'d str>,
    pub(crate) kind: HeaderKind,
    /// The schema the value is checked against (`None` for a raw header).
    pub(crate) schema: Option<&'d ReferenceOr<Schema>>,
}

/// The Rust type a header's value is held in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeaderKind {
    One(Scalar),
    /// An array of scalars, written comma-separated (`style: simple`).
    List(Scalar),
    /// A schema that is neither (an object, a `content` header, none): the header's text,
    /// written as the implementation gives it and not checked against the schema.
    Raw,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scalar {
    Text,
    Integer,
    Number,
    Boolean,
}

/// The headers of `response`, in the document's order, or the first name that is not an
/// HTTP header name (a token of RFC 9110).
pub(super) fn read<'d>(
    document: &'d OpenAPI,
    response: &'d openapiv3::Response,
) -> Result<Vec<ResponseHeader<'d>>, String> {
    let mut taken = BTreeSet::new();
    let mut out = Vec::new();
    for (name, header) in &response.headers {
        if name.eq_ignore_ascii_case("content-type") {
            continue;
        }
        if !is_token(name) {
            return Err(format!(
                "response header {name:?} is not an HTTP header name"
            ));
        }
        let header: &Header = resolve(document, header)
            .ok_or_else(|| format!("response header {name:?}: unresolved reference"))?;
        let schema = match &header.format {
            ParameterSchemaOrContent::Schema(schema) => Some(schema),
            ParameterSchemaOrContent::Content(_) => None,
        };
        let kind = schema.map_or(HeaderKind::Raw, |schema| kind(document, schema));
        out.push(ResponseHeader {
            name,
            field: naming::unique(naming::parameter_field(name), &mut taken),
            required: header.required,
            description: header.description.as_deref(),
            kind,
            schema: schema.filter(|_| kind != HeaderKind::Raw),
        });
    }
    Ok(out)
}

fn kind(document: &OpenAPI, schema: &ReferenceOr<Schema>) -> HeaderKind {
    let Some(schema) = resolve(document, schema) else {
        return HeaderKind::Raw;
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(array)) => {
            let items = array
                .items
                .as_ref()
                .and_then(|items| crate::resolve::resolve_boxed(document, items));
            match items.and_then(|items| scalar(&items.schema_kind)) {
                Some(scalar) => HeaderKind::List(scalar),
                None => HeaderKind::Raw,
            }
        }
        other => scalar(other).map_or(HeaderKind::Raw, HeaderKind::One),
    }
}

fn scalar(kind: &SchemaKind) -> Option<Scalar> {
    match kind {
        SchemaKind::Type(Type::String(_)) => Some(Scalar::Text),
        SchemaKind::Type(Type::Integer(_)) => Some(Scalar::Integer),
        SchemaKind::Type(Type::Number(_)) => Some(Scalar::Number),
        SchemaKind::Type(Type::Boolean(_)) => Some(Scalar::Boolean),
        _ => None,
    }
}

/// RFC 9110's `token`: what a header name may be.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}
