//! Reading a document: YAML or JSON text → checked [`Spec`].

use crate::{CodegenError, Document, lower, pointer::Locations, routes, subset};

/// An OpenAPI document that parsed and stays inside the supported subset.
#[derive(Debug, Clone)]
pub struct Spec {
    /// How the document is named in messages and in generated headers
    /// (for example `openapi/petstore.yaml`).
    pub(crate) source_name: String,
    /// The document as the generators read it: lowered (see `lower.rs`).
    pub(crate) document: openapiv3::OpenAPI,
    /// The document as JSON, in document order (for `openapi.json` and pointer look-ups).
    pub(crate) raw: serde_json::Value,
    /// Where each value of `raw` starts in the text, by JSON pointer.
    pub(crate) locations: Locations,
    /// Every file the document was read from, the root first.
    pub(crate) files: Vec<String>,
    /// How the generated router serves each path template.
    pub(crate) routes: std::collections::BTreeMap<String, routes::Route>,
}

impl Spec {
    /// Parses `text` (YAML, or JSON which is YAML too) and checks it against the subset.
    ///
    /// `source_name` names the document in errors and in the header of generated files.
    pub fn parse(source_name: &str, text: &str) -> Result<Self, CodegenError> {
        Self::from_document(Document::parse(source_name, text)?)
    }

    /// Reads a spec that may span several files (see [`Document::load`]) and checks it.
    pub fn load(
        source_name: &str,
        load: &mut dyn FnMut(&str) -> Result<String, String>,
    ) -> Result<Self, CodegenError> {
        Self::from_document(Document::load(source_name, load)?)
    }

    /// Checks a bundled document against the subset.
    pub fn from_document(document: Document) -> Result<Self, CodegenError> {
        crate::on_own_stack(|| Self::checked(document))
    }

    fn checked(document: Document) -> Result<Self, CodegenError> {
        let Document {
            source_name,
            value: raw,
            locations,
            files,
        } = document;
        let lowered = lower::lower(&raw);
        subset::check(&source_name, &lowered).map_err(|err| err.located(&locations))?;
        let routes =
            routes::routes(&source_name, &lowered).map_err(|err| err.located(&locations))?;
        let document: openapiv3::OpenAPI =
            serde_path_to_error::deserialize(&lowered).map_err(|err| {
                CodegenError::Parse {
                    source_name: source_name.clone(),
                    pointer: path_to_pointer(err.path()),
                    location: None,
                    message: err.inner().to_string(),
                }
                .located(&locations)
            })?;
        Ok(Self {
            source_name,
            document,
            raw,
            locations,
            files,
            routes,
        })
    }

    /// Every file the spec was read from, the root first (more than one for a multi-file
    /// spec, whose bundled text [`Spec::bundled_yaml`] gives).
    /// The document's `info.version`.
    pub fn version(&self) -> &str {
        &self.document.info.version
    }

    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// The bundled document as one YAML file.
    pub fn bundled_yaml(&self) -> String {
        crate::bundle::to_yaml(&self.raw)
    }
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let tokens: Vec<String> = path
        .iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.clone()),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect();
    crate::pointer::pointer(tokens.iter().map(String::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_syntax_error_is_a_parse_error() {
        let err = Spec::parse("broken.yaml", "openapi: [3.0.3").unwrap_err();
        assert!(
            matches!(err, CodegenError::Parse { ref source_name, .. } if source_name == "broken.yaml"),
            "{err}"
        );
    }

    #[test]
    fn wrong_shape_names_its_pointer() {
        let text = "openapi: 3.0.3\ninfo: {title: [t], version: '1'}\npaths: {}\n";
        let err = Spec::parse("t.yaml", text).unwrap_err();
        let CodegenError::Parse { pointer, .. } = &err else {
            panic!("expected a parse error, got {err}");
        };
        assert_eq!(pointer, "/info/title", "{err}");
        assert!(
            err.to_string().starts_with("t.yaml:2:15: /info/title: "),
            "{err}"
        );
    }
}
