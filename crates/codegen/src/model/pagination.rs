//! `x-pagination`: which query parameters page an operation's list, read for the client's
//! page stream (`client/hooks.rs`).
//!
//! - `{style: page-number, page: <param>, size: <param>}`: pages counted from the builder's
//!   page (else 1) until a short page.
//! - `{style: cursor, cursor: <param>, size: <param>}`: each page's `Link: <…>; rel="next"`
//!   header (RFC 8288) carries the next page's URL; its `<cursor>` query parameter is set on
//!   the next request, until a page without one.

use openapiv3::ReferenceOr;
use serde_json::Value;

use super::Parameter;
use crate::openapi::In;

/// An operation's pagination, with what its parameters say.
pub(crate) struct Pagination {
    pub(crate) style: PageStyle,
    pub(crate) size: PageParameter,
}

pub(crate) enum PageStyle {
    PageNumber { page: PageParameter },
    Cursor { cursor: PageParameter },
}

pub(crate) struct PageParameter {
    /// The builder's field and setter (`page_number`).
    pub(crate) field: String,
    /// The parameter's name in the query (`cursor`).
    pub(crate) name: String,
    pub(crate) required: bool,
    pub(crate) default: Option<u64>,
}

/// The pagination `extension` declares, or why the generator cannot read it (an unknown
/// style, a key that names no query parameter of the operation): never silently no stream.
pub(super) fn read(extension: &Value, parameters: &[Parameter<'_>]) -> Result<Pagination, String> {
    let find = |key: &str| -> Result<PageParameter, String> {
        let name = extension
            .get(key)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("x-pagination has no `{key}` (the query parameter's name)"))?;
        let parameter = parameters
            .iter()
            .find(|parameter| parameter.location == In::Query && parameter.name == name)
            .ok_or_else(|| {
                format!("x-pagination's `{key}: {name}` names no query parameter of the operation")
            })?;
        let default = match parameter.schema {
            ReferenceOr::Item(schema) => {
                schema.schema_data.default.as_ref().and_then(Value::as_u64)
            }
            ReferenceOr::Reference { .. } => None,
        };
        Ok(PageParameter {
            field: parameter.field.clone(),
            name: name.to_owned(),
            required: parameter.required,
            default,
        })
    };
    let style = match extension.get("style").and_then(Value::as_str) {
        Some("page-number") => PageStyle::PageNumber {
            page: find("page")?,
        },
        Some("cursor") => PageStyle::Cursor {
            cursor: find("cursor")?,
        },
        other => {
            return Err(format!(
                "x-pagination's style {} is not one the generator reads (`page-number`, `cursor`)",
                other.map_or_else(|| "(none)".to_owned(), |style| format!("`{style}`"))
            ));
        }
    };
    Ok(Pagination {
        style,
        size: find("size")?,
    })
}
