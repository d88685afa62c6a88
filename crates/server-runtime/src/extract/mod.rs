//! Reading a request the way its schema says: the API key, path/query/header parameters as
//! JSON values checked against their schemas, and the JSON body, under a size limit.
//!
//! One extractor per file, as axum lays out its own: [`Query`] and object parameters
//! (`query`), path values (`path`), header values (`header`), one parameter's strings as its
//! schema's value and then its generated type (`param`), the body as JSON, a form or raw bytes
//! (`body`), a `multipart/form-data` body as the object it describes (`multipart`), and strict
//! JSON parsing (`strict`). What they answer instead of a value is
//! declared once, as data, in `rejections`.

mod body;
mod header;
mod multipart;
mod param;
mod path;
mod query;
mod rejections;
mod strict;
mod xml;

pub use body::{
    BodyMedia, BodyReader, RawBody, body_of, form_body, is_json_media_type, json_body, raw_body,
};
pub(crate) use header::cookie_pairs;
pub use header::{cookie_values, header_values};
pub use multipart::check_multipart;
pub use param::{
    delimited_param, json_param, optional_param, param, param_fits, split_values, typed,
};
pub use path::{
    Piece, fragment_fits, path_fits, path_piece, path_value, path_values, split_segment,
};
pub use query::{Query, object_param};
pub use strict::parse_strict;
pub use xml::XmlShape;
