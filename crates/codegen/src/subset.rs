//! The supported subset of OpenAPI 3.0, checked on the raw document before any generator
//! sees it, so that a construct we cannot generate is refused with its JSON pointer instead
//! of surprising progenitor (which panics on some of them).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::{CodegenError, pointer::escape_token};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];
/// Module names the generated server crate uses itself.
const RESERVED_MODULES: [&str; 3] = ["types", "schemas", "builder"];
const JSON: &str = "application/json";

/// Checks the raw document; the first construct outside the subset is the error.
pub(crate) fn check(source_name: &str, raw: &Value) -> Result<(), CodegenError> {
    Checker { source_name, raw }.document()
}

struct Checker<'a> {
    source_name: &'a str,
    raw: &'a Value,
}

type Checked = Result<(), CodegenError>;

impl<'a> Checker<'a> {
    fn unsupported(&self, pointer: &str, construct: &str, reason: &str) -> CodegenError {
        CodegenError::Unsupported {
            source_name: self.source_name.to_owned(),
            pointer: pointer.to_owned(),
            location: None,
            construct: construct.to_owned(),
            reason: reason.to_owned(),
        }
    }

    fn document(&self) -> Checked {
        if let Some(swagger) = self.raw.get("swagger") {
            let version = swagger
                .as_str()
                .map_or_else(|| swagger.to_string(), str::to_owned);
            return Err(self.unsupported(
                "/swagger",
                &format!("Swagger {version} document"),
                "the generator reads OpenAPI 3.0 and 3.1: convert it first (for example \
                 `npx swagger2openapi spec.yaml --outfile openapi.yaml`, or the Swagger \
                 Editor's Edit > Convert to OpenAPI 3), then generate from the result",
            ));
        }
        let version = self
            .raw
            .get("openapi")
            .and_then(Value::as_str)
            .unwrap_or("");
        if !version.starts_with("3.0.") {
            return Err(self.unsupported(
                "/openapi",
                &format!("OpenAPI version {version:?}"),
                "only OpenAPI 3.0.x and 3.1.x documents are supported",
            ));
        }
        self.webhooks_only()?;
        self.references(self.raw, "")?;
        self.security_schemes()?;
        if let Some(security) = self.raw.get("security") {
            self.security_requirements(security, "/security")?;
        }
        if let Some(schemas) = self
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            for (name, schema) in schemas {
                self.schema(
                    schema,
                    &format!("/components/schemas/{}", escape_token(name)),
                )?;
            }
        }
        let Some(paths) = self.raw.get("paths").and_then(Value::as_object) else {
            return Ok(());
        };
        let mut operation_ids = BTreeMap::new();
        for (path, item) in paths {
            let item_ptr = format!("/paths/{}", escape_token(path));
            self.path_item(item, &item_ptr, &mut operation_ids)?;
        }
        Ok(())
    }

    /// A document whose operations are all webhooks (left out: `lower/left_out.rs`) would
    /// generate crates with nothing in them.
    fn webhooks_only(&self) -> Checked {
        let first_webhook = self
            .raw
            .get(crate::lower::LEFT_OUT)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|left_out| left_out.get("pointer").and_then(Value::as_str))
            .find(|pointer| pointer.starts_with("/webhooks/"));
        let Some(pointer) = first_webhook else {
            return Ok(());
        };
        let operations = self
            .raw
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|paths| paths.values())
            .any(|item| METHODS.iter().any(|method| item.get(*method).is_some()));
        if operations {
            return Ok(());
        }
        Err(self.unsupported(
            pointer,
            "webhooks",
            "the document's operations are all webhooks, which are not generated (neither a \
             client that sends them nor a receiver for them): the crates would hold nothing",
        ))
    }

    /// Every `$ref` must point inside this document's `components`.
    fn references(&self, value: &Value, ptr: &str) -> Checked {
        match value {
            Value::Object(map) => {
                // A schema under `$ref` is a property named `$ref` (JSON Schema's own
                // meta-schemas have one), not a reference.
                if let Some(reference) = map.get("$ref").filter(|value| !value.is_object()) {
                    let target = reference.as_str().unwrap_or("");
                    if !target.starts_with("#/components/") {
                        return Err(self.unsupported(
                            &format!("{ptr}/$ref"),
                            &format!("reference {target:?}"),
                            "only references into this document's #/components are supported",
                        ));
                    }
                    if self.raw.pointer(&target[1..]).is_none() {
                        let hint = did_you_mean(self.raw, &target[1..])
                            .map(|near| format!("; did you mean \"#{near}\"?"))
                            .unwrap_or_default();
                        // Not outside the subset: a mistake, said as one.
                        return Err(CodegenError::Parse {
                            source_name: self.source_name.to_owned(),
                            pointer: format!("{ptr}/$ref"),
                            location: None,
                            message: format!("the reference {target:?} points at nothing{hint}"),
                        });
                    }
                    if crate::resolve::local_reference(crate::resolve::follow(self.raw, value).0)
                        .is_some()
                    {
                        return Err(CodegenError::Parse {
                            source_name: self.source_name.to_owned(),
                            pointer: format!("{ptr}/$ref"),
                            location: None,
                            message: format!(
                                "the reference {target:?} starts a chain of references that \
                                 never reaches a value (a cycle)"
                            ),
                        });
                    }
                }
                for (key, child) in map {
                    self.references(child, &format!("{ptr}/{}", escape_token(key)))?;
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    self.references(child, &format!("{ptr}/{index}"))?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Follows a `$ref` (already checked to exist) and returns the target with its pointer.
    fn resolve(&self, value: &'a Value, ptr: &str) -> (&'a Value, String) {
        let (value, found) = crate::resolve::follow(self.raw, value);
        (value, found.unwrap_or_else(|| ptr.to_owned()))
    }

    fn security_schemes(&self) -> Checked {
        let Some(schemes) = self
            .raw
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
        else {
            return Ok(());
        };
        for (name, scheme) in schemes {
            let ptr = format!("/components/securitySchemes/{}", escape_token(name));
            if scheme.get("$ref").is_some() {
                return Err(self.unsupported(
                    &format!("{ptr}/$ref"),
                    "security scheme reference",
                    "write the security scheme inline",
                ));
            }
            let kind = scheme.get("type").and_then(Value::as_str).unwrap_or("");
            let location = scheme.get("in").and_then(Value::as_str).unwrap_or("");
            let supported = match kind {
                "apiKey" => matches!(location, "header" | "query" | "cookie"),
                "http" | "oauth2" | "openIdConnect" => true,
                _ => false,
            };
            if !supported {
                return Err(self.unsupported(
                    &ptr,
                    &format!("security scheme of type {kind:?}"),
                    "supported: apiKey (header, query, cookie), http, oauth2, openIdConnect and mutualTLS",
                ));
            }
        }
        Ok(())
    }

    /// Every scheme a requirement names is declared.
    fn security_requirements(&self, requirements: &Value, ptr: &str) -> Checked {
        let Some(list) = requirements.as_array() else {
            return Err(self.unsupported(ptr, "security", "it must be a list"));
        };
        for (index, requirement) in list.iter().enumerate() {
            for name in requirement
                .as_object()
                .into_iter()
                .flat_map(|map| map.keys())
            {
                let declared = self
                    .raw
                    .pointer("/components/securitySchemes")
                    .and_then(|schemes| schemes.get(name))
                    .is_some();
                if !declared {
                    return Err(self.unsupported(
                        &format!("{ptr}/{index}/{}", escape_token(name)),
                        &format!("security requirement {name:?}"),
                        "no such scheme in #/components/securitySchemes",
                    ));
                }
            }
        }
        Ok(())
    }

    fn path_item(
        &self,
        item: &'a Value,
        ptr: &str,
        operation_ids: &mut BTreeMap<String, String>,
    ) -> Checked {
        let Some(map) = item.as_object() else {
            return Err(self.unsupported(ptr, "path item", "it must be an object"));
        };
        if map.contains_key("$ref") {
            return Err(self.unsupported(
                &format!("{ptr}/$ref"),
                "path item reference",
                "write the path item inline",
            ));
        }
        for (key, value) in map {
            let child = format!("{ptr}/{}", escape_token(key));
            match key.as_str() {
                "parameters" => self.parameters(value, &child)?,
                "summary" | "description" | "servers" => {}
                method if METHODS.contains(&method) => {
                    self.operation(value, &child, operation_ids)?
                }
                other if other.starts_with("x-") => {}
                other => {
                    return Err(self.unsupported(
                        &child,
                        &format!("method {other:?}"),
                        "supported methods are get, put, post, delete, patch, head, options and trace",
                    ));
                }
            }
        }
        Ok(())
    }

    fn operation(
        &self,
        operation: &'a Value,
        ptr: &str,
        operation_ids: &mut BTreeMap<String, String>,
    ) -> Checked {
        let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
            return Err(self.unsupported(
                ptr,
                "operation without operationId",
                "every operation needs a unique operationId: it names the generated method",
            ));
        };
        // Generated method and module names are the snake case of the id.
        let name = crate::naming::operation_method(id);
        if RESERVED_MODULES.contains(&name.as_str()) {
            return Err(self.unsupported(
                &format!("{ptr}/operationId"),
                &format!("operationId {id:?}"),
                &format!("the generated crate already has a module named {name}"),
            ));
        }
        if let Some(first) = operation_ids.insert(name, ptr.to_owned()) {
            return Err(self.unsupported(
                &format!("{ptr}/operationId"),
                &format!("duplicate operationId {id:?}"),
                &format!("an operation with the same name is already at {first}"),
            ));
        }
        if let Some(security) = operation.get("security") {
            self.security_requirements(security, &format!("{ptr}/security"))?;
        }
        if let Some(parameters) = operation.get("parameters") {
            self.parameters(parameters, &format!("{ptr}/parameters"))?;
        }
        if let Some(body) = operation.get("requestBody") {
            let (body, body_ptr) = self.resolve(body, &format!("{ptr}/requestBody"));
            self.content(body, &body_ptr, "request body")?;
        }
        let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
            return Err(self.unsupported(ptr, "operation without responses", "list its responses"));
        };
        for (status, response) in responses {
            let status_ptr = format!("{ptr}/responses/{}", escape_token(status));
            let known = status == "default"
                || matches!(status.as_bytes(), [b'1'..=b'5', b'X', b'X'])
                || status
                    .parse::<u16>()
                    .is_ok_and(|code| (100..600).contains(&code));
            if !known {
                return Err(self.unsupported(
                    &status_ptr,
                    &format!("response status {status:?}"),
                    "a status is a code (100-599), a range such as 4XX, or default",
                ));
            }
            let (response, response_ptr) = self.resolve(response, &status_ptr);
            self.event_streams(response, &response_ptr, status)?;
            self.content(response, &response_ptr, "response")?;
        }
        Ok(())
    }

    /// A request body (JSON only) or response (JSON, or any other type as raw bytes), and
    /// schemas inside the subset.
    fn content(&self, holder: &'a Value, ptr: &str, what: &str) -> Checked {
        let Some(content) = holder.get("content").and_then(Value::as_object) else {
            return Ok(());
        };
        for (media_type, media) in content {
            let media_ptr = format!("{ptr}/content/{}", escape_token(media_type));
            let lowered = [
                "application/x-www-form-urlencoded",
                "application/octet-stream",
            ];
            if media_type != JSON && what != "response" && !lowered.contains(&media_type.as_str()) {
                return Err(self.unsupported(
                    &media_ptr,
                    &format!("{what} media type {media_type:?}"),
                    "only application/json bodies are supported",
                ));
            }
            if media_type != JSON {
                continue;
            }
            if let Some(schema) = media.get("schema") {
                self.schema(schema, &format!("{media_ptr}/schema"))?;
            }
        }
        Ok(())
    }

    /// An event stream with an item schema lowering could not read (`lower/events.rs`).
    fn event_streams(&self, response: &Value, ptr: &str, status: &str) -> Checked {
        let Some(content) = response.get("content").and_then(Value::as_object) else {
            return Ok(());
        };
        for (media_type, media) in content {
            if let Some(reason) =
                crate::lower::event_stream_refusal(self.raw, status, content, media)
            {
                let key = crate::lower::ITEM_SCHEMA_KEYS
                    .into_iter()
                    .find(|key| media.get(*key).is_some())
                    .unwrap_or_default();
                return Err(self.unsupported(
                    &format!("{ptr}/content/{}/{key}", escape_token(media_type)),
                    &format!("event stream ({media_type})"),
                    &reason,
                ));
            }
        }
        Ok(())
    }

    fn parameters(&self, parameters: &'a Value, ptr: &str) -> Checked {
        let Some(list) = parameters.as_array() else {
            return Err(self.unsupported(ptr, "parameters", "it must be a list"));
        };
        for (index, parameter) in list.iter().enumerate() {
            let (parameter, param_ptr) = self.resolve(parameter, &format!("{ptr}/{index}"));
            self.parameter(parameter, &param_ptr)?;
        }
        Ok(())
    }

    fn parameter(&self, parameter: &'a Value, ptr: &str) -> Checked {
        let location = parameter.get("in").and_then(Value::as_str).unwrap_or("");
        let default_style = match location {
            "query" => "form",
            "path" | "header" => "simple",
            other => {
                return Err(self.unsupported(
                    &format!("{ptr}/in"),
                    &format!("{other:?} parameter"),
                    "parameters are in the path, the query, a header or a cookie",
                ));
            }
        };
        if parameter.get("content").is_some() {
            return Err(self.unsupported(
                &format!("{ptr}/content"),
                "parameter with content",
                "describe the parameter with `schema`",
            ));
        }
        let style = parameter
            .get("style")
            .and_then(Value::as_str)
            .unwrap_or(default_style);
        if style != default_style && location != "query" {
            return Err(self.unsupported(
                &format!("{ptr}/style"),
                &format!("{location} parameter style {style:?}"),
                &format!("{location} parameters use style {default_style:?}"),
            ));
        }
        let Some(schema) = parameter.get("schema") else {
            return Err(self.unsupported(ptr, "parameter without schema", "give it a schema"));
        };
        let (resolved, schema_ptr) = self.resolve(schema, &format!("{ptr}/schema"));
        if location != "query" && crate::openapi::is_object_schema(resolved) {
            return Err(self.unsupported(
                &schema_ptr,
                "object-typed parameter",
                "parameters are scalars, enums or arrays of them",
            ));
        }
        self.schema(schema, &format!("{ptr}/schema"))
    }

    /// `x-extensible-enum` where the generator can honour it: a boolean on a component schema
    /// that is a string enum (the type it names gains `Unknown(String)`).
    fn extensible_enum(
        &self,
        map: &serde_json::Map<String, Value>,
        flag: &Value,
        ptr: &str,
    ) -> Checked {
        let pointer = format!("{ptr}/{}", crate::openapi::EXTENSIBLE_ENUM);
        let construct = format!("{} here", crate::openapi::EXTENSIBLE_ENUM);
        if !flag.is_boolean() {
            return Err(self.unsupported(&pointer, &construct, "its value must be true or false"));
        }
        let component = ptr
            .strip_prefix("/components/schemas/")
            .is_some_and(|name| !name.contains('/'));
        let string_enum = map.get("type").and_then(Value::as_str) == Some("string")
            && map.get("enum").is_some_and(Value::is_array);
        if flag == &Value::Bool(true) && !(component && string_enum) {
            return Err(self.unsupported(
                &pointer,
                &construct,
                "it marks a string enum (`type: string` with `enum`) defined in \
                 components/schemas, whose generated type gains `Unknown(String)`; move the \
                 enum there and refer to it",
            ));
        }
        Ok(())
    }

    /// A schema and its inline subschemas (a `$ref` is checked where it is defined).
    fn schema(&self, schema: &Value, ptr: &str) -> Checked {
        let Some(map) = schema.as_object() else {
            return Err(self.unsupported(ptr, "schema", "it must be an object"));
        };
        if map.contains_key("$ref") {
            return Ok(());
        }
        if let Some(flag) = map.get(crate::openapi::EXTENSIBLE_ENUM) {
            self.extensible_enum(map, flag, ptr)?;
        }
        for keyword in crate::openapi::UNENFORCED_KEYWORDS {
            let reason = if keyword == "not" {
                "`not` has no Rust type"
            } else {
                "the generated types and router do not enforce this JSON Schema keyword (it would \
                 be dropped, letting requests it forbids through)"
            };
            if map.contains_key(keyword) {
                return Err(self.unsupported(
                    &format!("{ptr}/{keyword}"),
                    &format!("schema keyword {keyword:?}"),
                    reason,
                ));
            }
        }
        if let Some(properties) = map.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                self.schema(
                    property,
                    &format!("{ptr}/properties/{}", escape_token(name)),
                )?;
            }
        }
        for keyword in ["items", "additionalProperties"] {
            if let Some(child) = map.get(keyword).filter(|child| child.is_object()) {
                self.schema(child, &format!("{ptr}/{keyword}"))?;
            }
        }
        for keyword in ["allOf", "anyOf", "oneOf"] {
            if let Some(children) = map.get(keyword).and_then(Value::as_array) {
                for (index, child) in children.iter().enumerate() {
                    self.schema(child, &format!("{ptr}/{keyword}/{index}"))?;
                }
            }
        }
        Ok(())
    }
}

/// The nearest existing sibling of a pointer that points at nothing (`/components/schemas/Ptes`
/// → `/components/schemas/Pets`), when one is close enough to be a typo.
pub(crate) fn did_you_mean(raw: &Value, pointer: &str) -> Option<String> {
    let (parent, wanted) = pointer.rsplit_once('/')?;
    let wanted = crate::pointer::unescape_token(wanted);
    let siblings = raw.pointer(parent)?.as_object()?;
    let limit = (wanted.chars().count() / 3).max(2);
    siblings
        .keys()
        .map(|name| {
            (
                edit_distance(&wanted.to_lowercase(), &name.to_lowercase()),
                name,
            )
        })
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, name)| format!("{parent}/{}", escape_token(name)))
}

/// Levenshtein distance, counting an adjacent transposition as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod did_you_mean_tests {
    use super::*;

    #[test]
    fn typos_find_their_sibling_and_strangers_find_none() {
        let raw =
            serde_json::json!({"components": {"schemas": {"Pet": {}, "Pets": {}, "Problem": {}}}});
        assert_eq!(
            did_you_mean(&raw, "/components/schemas/Ptes").as_deref(),
            Some("/components/schemas/Pets")
        );
        assert_eq!(
            did_you_mean(&raw, "/components/schemas/problem").as_deref(),
            Some("/components/schemas/Problem")
        );
        assert_eq!(did_you_mean(&raw, "/components/schemas/Widget"), None);
        assert_eq!(did_you_mean(&raw, "/components/parameters/Pet"), None);
        assert_eq!(edit_distance("ptes", "pets"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
