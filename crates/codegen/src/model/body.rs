//! A request body as the emitters see it: how it travels (JSON, a form, raw bytes of its
//! documented media types), the other media types read into the same value, and what the
//! router checks of a raw body.

use openapiv3::{ReferenceOr, Schema};
use serde_json::Value;

use super::{DeprecatedProperty, fail, lifecycle};
use crate::{
    CodegenError, Spec, lower,
    openapi::{MediaKind, media_kind},
    resolve::{follow, resolve},
};

pub(crate) struct Body<'d> {
    pub(crate) required: bool,
    pub(crate) schema: &'d ReferenceOr<Schema>,
    pub(crate) kind: BodyKind,
    /// The deprecated properties a request may send, counted when it does.
    pub(crate) deprecated: Vec<DeprecatedProperty>,
    /// The other media types the router reads into the same value (`lower/media.rs`).
    pub(crate) also: Vec<AlsoRead>,
    /// A raw body's `multipart/form-data` schema, which the router checks the parts against.
    pub(crate) multipart: Option<ReferenceOr<Schema>>,
}

/// A media type a JSON or form body may also be sent as.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AlsoRead {
    pub(crate) media_type: String,
    /// How it is read: a form, or XML laid out as this shape says (`name`, `wrapped`, `items`,
    /// `properties`, from the schema's `xml` objects).
    pub(crate) xml: Option<Value>,
}

/// How a request body travels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum BodyKind {
    Json,
    Form,
    /// Raw bytes of one of these documented media types.
    Raw(Vec<String>),
}

pub(super) fn body<'d>(
    spec: &'d Spec,
    id: &str,
    body: &'d ReferenceOr<openapiv3::RequestBody>,
    operation: &str,
) -> Result<Body<'d>, CodegenError> {
    let body = resolve(&spec.document, body)
        .ok_or_else(|| fail(spec, format!("{id}: unresolved request body")))?;
    let Some((media_type, media)) = body.content.first() else {
        return Err(fail(spec, format!("{id}: a body without content")));
    };
    let schema = media
        .schema
        .as_ref()
        .ok_or_else(|| fail(spec, format!("{id}: a body without a schema")))?;
    let kind = match media_kind(media_type) {
        MediaKind::Json => BodyKind::Json,
        MediaKind::Form => BodyKind::Form,
        MediaKind::Raw => BodyKind::Raw(
            body.extensions
                .get(lower::KEPT_RAW_MEDIA_TYPES)
                .and_then(Value::as_array)
                .map(|types| {
                    types
                        .iter()
                        .filter_map(|t| t.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_else(|| vec![media_type.clone()]),
        ),
    };
    // The schema as written: lowering may have merged what the deprecation marks sit on.
    let written = spec
        .raw
        .pointer(&format!("{operation}/requestBody"))
        .map(|body| follow(&spec.raw, body).0)
        .and_then(|body| {
            body.get("content")?
                .as_object()?
                .values()
                .next()?
                .get("schema")
        });
    let also = body
        .extensions
        .get(lower::ALSO_READ)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|also| {
            Some(AlsoRead {
                media_type: also.get("mediaType")?.as_str()?.to_owned(),
                xml: (also.get("reader")? == "xml")
                    .then(|| also.get("xml").cloned().unwrap_or_default()),
            })
        })
        .collect();
    let multipart = body
        .extensions
        .get(lower::KEPT_MULTIPART)
        .and_then(|schema| serde_json::from_value(schema.clone()).ok());
    Ok(Body {
        required: body.required,
        multipart,
        schema,
        kind,
        also,
        deprecated: written
            .map(|schema| lifecycle::deprecated_properties(&spec.raw, schema))
            .unwrap_or_default(),
    })
}
