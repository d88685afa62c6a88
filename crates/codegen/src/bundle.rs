//! Multi-file specs: one root document that `$ref`s other files by relative path
//! (`./schemas/pet.yaml#/Pet`, nested further), bundled into one self-contained document.
//!
//! The bundle is deterministic and keeps the root's order:
//! - a component the root declares as a bare external reference
//!   (`components: {schemas: {Pet: {$ref: ./pet.yaml}}}`) takes that file's content in place,
//!   under the root's name;
//! - any other external reference becomes a component of the kind its place asks for
//!   (a schema, parameter, response, request body, header or example), named after the last
//!   token of its fragment (or the file's stem), appended in the order first met;
//! - a path item, or a reference in a place no component kind fits, is inlined;
//! - a reference inside another file that points into that file (`#/Foo`) is a reference to
//!   that file.
//!
//! Two different targets that would take one component name are refused naming both places;
//! remote references (`http:`, `https:`, `//host`) are refused where they are written. Every
//! value keeps its location, in the file it came from. Reading files is the caller's job
//! (`load`), so this module does no I/O.

use std::{collections::BTreeMap, sync::Arc};

use serde_json::Value;

use crate::{
    CodegenError,
    pointer::{Location, Locations, escape_token, nearest},
    yaml,
};

/// A document bundled from one or more files: the JSON model, where each value was written,
/// and every file read (the root first).
#[derive(Debug, Clone)]
pub struct Document {
    /// How the root file is named in messages (`openapi/petstore.yaml`).
    pub source_name: String,
    /// The bundled document, in document order.
    pub value: Value,
    pub(crate) locations: Locations,
    /// Every file read, the root first, as named to `load`.
    pub files: Vec<String>,
}

impl Document {
    /// Reads a document given as text, in one file. An external reference is refused (there
    /// is no file to read it from); [`Document::load`] reads multi-file specs.
    pub fn parse(source_name: &str, text: &str) -> Result<Self, CodegenError> {
        let root = source_name.to_owned();
        Self::load(source_name, &mut |name: &str| {
            if name == root {
                Ok(text.to_owned())
            } else {
                Err(format!(
                    "the spec was given as text, so {name} cannot be read (bundle it from files)"
                ))
            }
        })
    }

    /// Reads the root file `source_name` and every file it references, through `load` (given a
    /// path joined to the referencing file's directory, `/`-separated, `..` resolved), and
    /// bundles them.
    pub fn load(
        source_name: &str,
        load: &mut dyn FnMut(&str) -> Result<String, String>,
    ) -> Result<Self, CodegenError> {
        let mut bundler = Bundler {
            root: source_name.to_owned(),
            load,
            files: BTreeMap::new(),
            order: Vec::new(),
            targets: BTreeMap::new(),
            claimed: BTreeMap::new(),
            added: Vec::new(),
            inlining: Vec::new(),
            locations: Locations::new(),
        };
        bundler.read(source_name, None)?;
        if !refers_out(&bundler.files[source_name].value) {
            // One file: nothing to bundle, nothing to copy.
            let File { value, locations } = bundler
                .files
                .remove(source_name)
                .expect("the root was read");
            return Ok(Self {
                source_name: source_name.to_owned(),
                value,
                locations,
                files: bundler.order,
            });
        }
        let mut value = bundler.files[source_name].value.clone();
        bundler.claim_root_components(&value)?;
        bundler.resolve(&mut value, source_name, &mut Vec::new(), &mut Vec::new())?;
        bundler.append_components(&mut value);
        let mut locations = std::mem::take(&mut bundler.locations);
        // The root's own values keep their places (the bundled ones were placed as copied).
        for (pointer, location) in &bundler.files[source_name].locations {
            locations
                .entry(pointer.clone())
                .or_insert_with(|| location.clone());
        }
        Ok(Self {
            source_name: source_name.to_owned(),
            value,
            locations,
            files: bundler.order,
        })
    }

    /// The bundled document as YAML (for serving a multi-file spec as one file).
    pub fn to_yaml(&self) -> String {
        to_yaml(&self.value)
    }

    /// Where the value at `pointer` (or its nearest ancestor with a place) was written.
    pub fn location(&self, pointer: &str) -> Option<(String, Location)> {
        let found = nearest(&self.locations, pointer)?;
        let file = found
            .file
            .as_ref()
            .map_or(&self.source_name, |file| file.as_ref())
            .clone();
        Some((file, found.clone()))
    }
}

/// One file, read.
struct File {
    value: Value,
    locations: Locations,
}

struct Bundler<'a> {
    root: String,
    load: &'a mut dyn FnMut(&str) -> Result<String, String>,
    files: BTreeMap<String, File>,
    order: Vec<String>,
    /// (file, pointer) → the local reference it became.
    targets: BTreeMap<(String, String), String>,
    /// (kind, name) → the (file, pointer) that holds the name, for clashes.
    claimed: BTreeMap<(String, String), (String, String)>,
    /// Components made from external references, in the order first met.
    added: Vec<(String, String, Value)>,
    /// Path items being inlined (a cycle among them is refused).
    inlining: Vec<(String, String)>,
    /// Locations of the values copied from other files, at their bundled pointers.
    locations: Locations,
}

/// Which component a reference at `tokens` (a bundled pointer's tokens) stands for: `None`
/// where no component kind fits (a path item, a callback), so the target is inlined.
fn kind_at(tokens: &[String]) -> Option<&'static str> {
    #[derive(Clone, Copy)]
    enum At {
        Root,
        Paths,
        PathItem,
        Operation,
        Parameters,
        Parameter,
        RequestBody,
        Responses,
        Response,
        Content,
        Media,
        Headers,
        Header,
        Examples,
        Example,
        Components,
        ComponentKind(&'static str),
        Component(&'static str),
        Schema,
        Other,
    }
    let mut at = At::Root;
    for token in tokens {
        let token = token.as_str();
        at = match (at, token) {
            (At::Root, "paths") => At::Paths,
            (At::Root, "components") => At::Components,
            (At::Paths, _) => At::PathItem,
            (At::PathItem | At::Operation, "parameters") => At::Parameters,
            (
                At::PathItem,
                "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace",
            ) => At::Operation,
            (At::Operation, "requestBody") => At::RequestBody,
            (At::Operation, "responses") => At::Responses,
            (At::Parameters, _) => At::Parameter,
            (At::Responses, _) => At::Response,
            (At::Parameter | At::Header | At::Media, "schema") => At::Schema,
            (At::Parameter | At::Header | At::Media, "examples") => At::Examples,
            (At::Parameter | At::RequestBody | At::Response | At::Header, "content") => At::Content,
            (At::Response, "headers") => At::Headers,
            (At::Content, _) => At::Media,
            (At::Headers, _) => At::Header,
            (At::Examples, _) => At::Example,
            (At::Components, kind) => match kind {
                "schemas" => At::ComponentKind("schemas"),
                "parameters" => At::ComponentKind("parameters"),
                "responses" => At::ComponentKind("responses"),
                "requestBodies" => At::ComponentKind("requestBodies"),
                "headers" => At::ComponentKind("headers"),
                "examples" => At::ComponentKind("examples"),
                _ => At::Other,
            },
            (At::ComponentKind(kind), _) => At::Component(kind),
            (At::Component("schemas"), _) | (At::Schema, _) => At::Schema,
            (At::Component(kind), next) => match (kind, next) {
                ("parameters" | "headers", "schema") => At::Schema,
                ("parameters" | "headers", "examples") => At::Examples,
                ("parameters" | "headers" | "requestBodies" | "responses", "content") => {
                    At::Content
                }
                ("responses", "headers") => At::Headers,
                _ => At::Other,
            },
            _ => At::Other,
        };
    }
    match at {
        At::Schema | At::Component("schemas") => Some("schemas"),
        At::Parameter | At::Component("parameters") => Some("parameters"),
        At::RequestBody | At::Component("requestBodies") => Some("requestBodies"),
        At::Response | At::Component("responses") => Some("responses"),
        At::Header | At::Component("headers") => Some("headers"),
        At::Example | At::Component("examples") => Some("examples"),
        _ => None,
    }
}

/// Joins a relative reference to the directory of the file that holds it, resolving `.` and
/// `..` by text.
fn join(from: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in relative.split('/') {
        match part {
            "." | "" => {}
            ".." if parts.last().is_some_and(|last| *last != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// A fragment as written in a URI (`%7B` and all) made a JSON pointer.
fn fragment_pointer(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%'
            && at + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(
                std::str::from_utf8(&bytes[at + 1..at + 3]).unwrap_or(""),
                16,
            )
        {
            out.push(byte);
            at += 3;
            continue;
        }
        out.push(bytes[at]);
        at += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| fragment.to_owned())
}

impl Bundler<'_> {
    /// Reads `name` once; `by` is the reference that asked for it, for the error.
    fn read(&mut self, name: &str, by: Option<(&str, &str)>) -> Result<(), CodegenError> {
        if self.files.contains_key(name) {
            return Ok(());
        }
        let failed =
            |message: String, location: Option<Location>, file: &str| CodegenError::Parse {
                source_name: file.to_owned(),
                pointer: String::new(),
                location,
                message,
            };
        let text = (self.load)(name).map_err(|message| match by {
            Some((file, pointer)) => self.error_at(file, pointer, "reference", &message),
            None => failed(message, None, name),
        })?;
        let (value, mut locations) = yaml::read(&text).map_err(|err| {
            failed(
                err.message,
                err.location.map(|location| self.in_file(location, name)),
                &self.root,
            )
        })?;
        if name != self.root {
            let file = Arc::new(name.to_owned());
            for location in locations.values_mut() {
                location.file = Some(file.clone());
            }
        }
        self.files
            .insert(name.to_owned(), File { value, locations });
        self.order.push(name.to_owned());
        Ok(())
    }

    fn in_file(&self, mut location: Location, file: &str) -> Location {
        if file != self.root {
            location.file = Some(Arc::new(file.to_owned()));
        }
        location
    }

    /// An `Unsupported` refusal located at `pointer` of `file`.
    fn error_at(&self, file: &str, pointer: &str, construct: &str, reason: &str) -> CodegenError {
        let location = self
            .files
            .get(file)
            .and_then(|read| nearest(&read.locations, pointer))
            .cloned();
        CodegenError::Unsupported {
            source_name: self.root.clone(),
            pointer: pointer.to_owned(),
            location,
            construct: construct.to_owned(),
            reason: reason.to_owned(),
        }
    }

    /// The (file, pointer) a reference written in `file` points to; remote ones are refused.
    fn target(
        &mut self,
        reference: &str,
        file: &str,
        at: &str,
    ) -> Result<(String, String), CodegenError> {
        let lower = reference.to_ascii_lowercase();
        if lower.starts_with("http:") || lower.starts_with("https:") || lower.starts_with("//") {
            return Err(self.error_at(
                file,
                at,
                "remote reference",
                &format!(
                    "{reference} is not a file of the spec; copy it beside the spec and refer to it by relative path"
                ),
            ));
        }
        let (path, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let target_file = if path.is_empty() {
            file.to_owned()
        } else {
            join(file, path)
        };
        // `/components/schemas/Pet` is a file path; `#/components/schemas/Pet` the pointer that
        // was almost certainly meant when the file is missing and the pointer is there.
        let meant = (!reference.contains('#') && reference.starts_with('/'))
            .then(|| format!("#{reference}"))
            .filter(|meant| {
                self.files
                    .get(file)
                    .is_some_and(|read| read.value.pointer(&meant[1..]).is_some())
            });
        self.read(&target_file, Some((file, at)))
            .map_err(|err| match &meant {
                Some(meant) => self.error_at(
                    file,
                    at,
                    "reference",
                    &format!(
                        "{reference:?} is read as a file, and there is none; a reference into the \
                     document starts with `#`: did you mean \"{meant}\"?"
                    ),
                ),
                None => err,
            })?;
        Ok((target_file, fragment_pointer(fragment)))
    }

    /// The value at `pointer` of `file`, refused where the reference is written when absent.
    fn value_of(
        &self,
        target: &(String, String),
        file: &str,
        at: &str,
    ) -> Result<Value, CodegenError> {
        self.files[&target.0]
            .value
            .pointer(&target.1)
            .cloned()
            .ok_or_else(|| {
                // `#/…` in a second file names that file, not the root: say how to reach the
                // root's value when it is there.
                let hint = if target.0 != self.root
                    && self.files[&self.root].value.pointer(&target.1).is_some()
                {
                    format!(
                        "; a `#/…` reference names the file it is written in: write \
                         `{}#{}` for the root's",
                        relative_to(&target.0, &self.root),
                        target.1
                    )
                } else {
                    String::new()
                };
                self.error_at(
                    file,
                    at,
                    "reference",
                    &format!("{}#{} does not exist{hint}", target.0, target.1),
                )
            })
    }

    /// Registers the root's own components, and those it declares as a bare external
    /// reference (they keep the root's name and place).
    fn claim_root_components(&mut self, root: &Value) -> Result<(), CodegenError> {
        let Some(components) = root.get("components").and_then(Value::as_object) else {
            return Ok(());
        };
        let root_name = self.root.clone();
        for (kind, entries) in components {
            let Some(entries) = entries.as_object() else {
                continue;
            };
            for (name, entry) in entries {
                let here = format!("/components/{}/{}", escape_token(kind), escape_token(name));
                let local = format!("#{here}");
                let target = match external_ref(entry) {
                    Some(reference) => {
                        let reference = reference.to_owned();
                        self.target(&reference, &root_name, &format!("{here}/$ref"))?
                    }
                    None => (root_name.clone(), here.clone()),
                };
                self.targets.entry(target.clone()).or_insert(local);
                self.claimed.insert((kind.clone(), name.clone()), target);
            }
        }
        Ok(())
    }

    /// Rewrites every external reference below `value`, read from `file` at the pointer
    /// `source` and placed at the bundled pointer `tokens`.
    fn resolve(
        &mut self,
        value: &mut Value,
        file: &str,
        source: &mut Vec<String>,
        tokens: &mut Vec<String>,
    ) -> Result<(), CodegenError> {
        if let Some(reference) = value.get("$ref").and_then(Value::as_str)
            && (file != self.root || !reference.starts_with('#'))
        {
            let reference = reference.to_owned();
            let here = crate::pointer::pointer(tokens.iter().map(String::as_str));
            let written_at = crate::pointer::pointer(source.iter().map(String::as_str));
            let target = self.target(&reference, file, &format!("{written_at}/$ref"))?;
            let own = format!("#{here}");
            match self.targets.get(&target) {
                // A component the root declared by reference: its content goes here.
                Some(local) if *local == own => {
                    *value = self.value_of(&target, file, &written_at)?;
                    self.place(&target, &here);
                    return self.resolve(
                        value,
                        &target.0.clone(),
                        &mut crate::pointer::tokens(&target.1),
                        tokens,
                    );
                }
                Some(local) => {
                    *value = serde_json::json!({ "$ref": local });
                    return Ok(());
                }
                None => {}
            }
            match kind_at(tokens) {
                Some(kind) => {
                    // A target that does not exist says so, before any clash of names.
                    self.value_of(&target, file, &written_at)?;
                    let name = component_name(&target);
                    let key = (kind.to_owned(), name.clone());
                    if let Some(holder) = self.claimed.get(&key) {
                        return Err(self.clash(kind, &name, holder, &target, file, &written_at));
                    }
                    let at = format!("/components/{kind}/{}", escape_token(&name));
                    let local = format!("#{at}");
                    self.claimed.insert(key, target.clone());
                    self.targets.insert(target.clone(), local.clone());
                    let mut content = self.value_of(&target, file, &written_at)?;
                    self.place(&target, &at);
                    let mut below = vec!["components".to_owned(), kind.to_owned(), name.clone()];
                    self.resolve(
                        &mut content,
                        &target.0.clone(),
                        &mut crate::pointer::tokens(&target.1),
                        &mut below,
                    )?;
                    self.added.push((kind.to_owned(), name, content));
                    *value = serde_json::json!({ "$ref": local });
                }
                None => {
                    if self.inlining.contains(&target) {
                        return Err(self.error_at(
                            file,
                            &written_at,
                            "reference",
                            "it refers back to itself through other files",
                        ));
                    }
                    self.inlining.push(target.clone());
                    *value = self.value_of(&target, file, &written_at)?;
                    self.place(&target, &here);
                    self.resolve(
                        value,
                        &target.0.clone(),
                        &mut crate::pointer::tokens(&target.1),
                        tokens,
                    )?;
                    self.inlining.pop();
                }
            }
            return Ok(());
        }
        match value {
            Value::Object(entries) => {
                for (key, child) in entries.iter_mut() {
                    tokens.push(key.clone());
                    source.push(key.clone());
                    self.resolve(child, file, source, tokens)?;
                    source.pop();
                    tokens.pop();
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter_mut().enumerate() {
                    tokens.push(index.to_string());
                    source.push(index.to_string());
                    self.resolve(child, file, source, tokens)?;
                    source.pop();
                    tokens.pop();
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Copies the locations of `target`'s subtree to the bundled pointer `at`.
    fn place(&mut self, target: &(String, String), at: &str) {
        let source = &self.files[&target.0].locations;
        let prefix = &target.1;
        for (pointer, location) in source.range(prefix.clone()..) {
            let Some(rest) = pointer.strip_prefix(prefix.as_str()) else {
                break;
            };
            if !rest.is_empty() && !rest.starts_with('/') {
                continue;
            }
            self.locations
                .insert(format!("{at}{rest}"), location.clone());
        }
    }

    fn clash(
        &self,
        kind: &str,
        name: &str,
        holder: &(String, String),
        target: &(String, String),
        file: &str,
        at: &str,
    ) -> CodegenError {
        let place = |(file, pointer): &(String, String)| {
            let located = self
                .files
                .get(file)
                .and_then(|read| read.locations.get(pointer));
            match located {
                Some(location) => format!(
                    "{file}:{}:{} ({file}#{pointer})",
                    location.line, location.column
                ),
                None => format!("{file}#{pointer}"),
            }
        };
        self.error_at(
            file,
            at,
            "component name clash",
            &format!(
                "components/{kind}/{name} would be both {} and {}; rename one",
                place(holder),
                place(target)
            ),
        )
    }

    /// Puts the components made from external references after the root's own.
    fn append_components(&mut self, root: &mut Value) {
        if self.added.is_empty() {
            return;
        }
        let Some(object) = root.as_object_mut() else {
            return;
        };
        let components = object
            .entry("components")
            .or_insert_with(|| Value::Object(Default::default()));
        let Some(components) = components.as_object_mut() else {
            return;
        };
        for (kind, name, content) in std::mem::take(&mut self.added) {
            if let Some(entries) = components
                .entry(kind)
                .or_insert_with(|| Value::Object(Default::default()))
                .as_object_mut()
            {
                entries.insert(name, content);
            }
        }
    }
}

/// Whether any reference below `value` leaves the document.
fn refers_out(value: &Value) -> bool {
    match value {
        Value::Object(entries) => entries.iter().any(|(key, child)| {
            (key == "$ref" && child.as_str().is_some_and(|r| !r.starts_with('#')))
                || refers_out(child)
        }),
        Value::Array(items) => items.iter().any(refers_out),
        _ => false,
    }
}

/// The reference of a value that is only an external reference.
fn external_ref(value: &Value) -> Option<&str> {
    let object = value.as_object()?;
    let reference = object.get("$ref")?.as_str()?;
    (!reference.starts_with('#')).then_some(reference)
}

/// The component name of an external target: the fragment's last token, else the file's
/// stem.
fn component_name((file, pointer): &(String, String)) -> String {
    match crate::pointer::tokens(pointer).pop() {
        Some(last) if !last.is_empty() => last,
        _ => {
            let base = file.rsplit('/').next().unwrap_or(file);
            base.split('.').next().unwrap_or(base).to_owned()
        }
    }
}

mod write;
pub(crate) use write::to_yaml;

/// How a file refers to another: the path of `to` relative to `from`'s directory
/// (`api/schemas/a.yaml` → `api/root.yaml` is `../root.yaml`).
fn relative_to(from: &str, to: &str) -> String {
    let from_dir: Vec<&str> =
        from.split('/').collect::<Vec<_>>()[..from.split('/').count() - 1].to_vec();
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dir
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out: Vec<&str> = vec![".."; from_dir.len() - common];
    out.extend(&to_parts[common..]);
    let joined = out.join("/");
    if joined.starts_with("..") {
        joined
    } else {
        format!("./{joined}")
    }
}

#[cfg(test)]
mod tests;
