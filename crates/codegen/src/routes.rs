//! The routes check: every spec the generated router cannot serve is refused here, with the
//! place, instead of generating a server that panics when its router is built.
//!
//! The generated router is axum 0.8's; its rules are applied as axum applies them: a path
//! starts with `/`; no segment starts with `:` or `*` (axum's 0.7 checks); every template goes
//! into one `matchit` router (the matcher axum uses, at axum's version), so two templates that
//! differ only in their parameters' names (`/pets/{id}`, `/pets/{petId}`), or a segment with
//! two parameters or text after one (`/files/{name}.json`), are refused with matchit's
//! reason. The generated router also serves `/openapi.yaml` and `/openapi.json`. And each
//! operation's path parameters must be exactly the template's: every `{name}` declared
//! `in: path` (on the path item or the operation), every declared one in the template, none
//! declared twice in one list, no template naming one twice.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::{CodegenError, openapi::METHODS, pointer::escape_token, resolve::follow};

/// The routes the generated router adds to the spec's.
const SERVED: [&str; 2] = ["/openapi.yaml", "/openapi.json"];

/// Checks every path template and its operations' path parameters.
pub(crate) fn check(source_name: &str, raw: &Value) -> Result<(), CodegenError> {
    let refuse = |pointer: String, construct: String, reason: String| CodegenError::Unsupported {
        source_name: source_name.to_owned(),
        pointer,
        location: None,
        construct,
        reason,
    };
    let Some(paths) = raw.get("paths").and_then(Value::as_object) else {
        return Ok(());
    };
    let mut router = matchit::Router::new();
    for served in SERVED {
        router
            .insert(served, served.to_owned())
            .map_err(|err| refuse(String::new(), "route".into(), err.to_string()))?;
    }
    for (template, item) in paths {
        let pointer = format!("/paths/{}", escape_token(template));
        let construct = format!("path {template:?}");
        if let Some(reason) = axum_refuses(template) {
            return Err(refuse(pointer, construct, reason.to_owned()));
        }
        let names = template_parameters(template)
            .map_err(|reason| refuse(pointer.clone(), construct.clone(), reason))?;
        if let Err(err) = router.insert(template.as_str(), template.clone()) {
            let reason = match err {
                matchit::InsertError::Conflict { with } if SERVED.contains(&with.as_str()) => {
                    format!("the generated router serves the spec at {with}")
                }
                matchit::InsertError::Conflict { with } => format!(
                    "the generated router cannot tell it from {with:?} (a template differs \
                     from another only in its parameters' names; name them alike or merge \
                     the two path items)"
                ),
                other => format!("the generated router cannot serve it: {other}"),
            };
            return Err(refuse(pointer, construct, reason));
        }
        parameters(raw, item, &pointer, &names)
            .map_err(|(at, construct, reason)| refuse(at, construct, reason))?;
    }
    Ok(())
}

/// What axum refuses before matching: a path not starting with `/`, a segment starting with
/// `:` or `*` (0.7 syntax).
fn axum_refuses(template: &str) -> Option<&'static str> {
    if !template.starts_with('/') {
        return Some("a path template starts with `/`");
    }
    template.split('/').find_map(|segment| {
        if segment.starts_with(':') {
            Some("a segment may not start with `:` (write a parameter as `{name}`)")
        } else if segment.starts_with('*') {
            Some("a segment may not start with `*`")
        } else {
            None
        }
    })
}

/// The `{name}`s of a template, in order; a name given twice, an empty or unclosed one, or one
/// the router reads as a wildcard (`{*rest}`) is refused.
fn template_parameters(template: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            return Err("a `{` without its `}`".to_owned());
        };
        let name = &rest[open + 1..open + close];
        if name.is_empty() || name.starts_with('*') || name.contains('{') {
            return Err(format!(
                "`{{{name}}}` is not a parameter the router can read"
            ));
        }
        if names.iter().any(|known| known == name) {
            return Err(format!("the template names `{{{name}}}` twice"));
        }
        names.push(name.to_owned());
        rest = &rest[open + close + 1..];
    }
    Ok(names)
}

type Refusal = (String, String, String);

/// Each operation's path parameters against the template's names.
fn parameters(raw: &Value, item: &Value, pointer: &str, names: &[String]) -> Result<(), Refusal> {
    let item = follow(raw, item).0;
    let shared = declared(
        raw,
        item.get("parameters"),
        &format!("{pointer}/parameters"),
    )?;
    for method in METHODS {
        let Some(operation) = item.get(method) else {
            continue;
        };
        let at = format!("{pointer}/{method}");
        let own = declared(
            raw,
            operation.get("parameters"),
            &format!("{at}/parameters"),
        )?;
        let in_path: BTreeSet<&str> = shared
            .iter()
            .chain(&own)
            .filter(|(location, _, _)| location == "path")
            .map(|(_, name, _)| name.as_str())
            .collect();
        if let Some(missing) = names.iter().find(|name| !in_path.contains(name.as_str())) {
            return Err((
                at,
                format!("path parameter {missing:?}"),
                format!(
                    "the template names `{{{missing}}}` but the operation declares no path \
                     parameter {missing:?} (on the operation or its path item)"
                ),
            ));
        }
        if let Some((_, name, place)) = shared
            .iter()
            .chain(&own)
            .find(|(location, name, _)| location == "path" && !names.contains(name))
        {
            return Err((
                place.clone(),
                format!("path parameter {name:?}"),
                format!("the path template has no `{{{name}}}`"),
            ));
        }
    }
    Ok(())
}

/// A parameter list's (place, name, pointer)s, references followed; the same name and place
/// twice in one list is refused.
fn declared(
    raw: &Value,
    list: Option<&Value>,
    pointer: &str,
) -> Result<Vec<(String, String, String)>, Refusal> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    for (index, parameter) in list
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let at = format!("{pointer}/{index}");
        let parameter = follow(raw, parameter).0;
        let text = |key: &str| {
            parameter
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        let (location, name) = (text("in"), text("name"));
        let key = |name: &str| {
            if location == "header" {
                name.to_ascii_lowercase()
            } else {
                name.to_owned()
            }
        };
        if let Some((_, _, first)) = out
            .iter()
            .find(|(l, n, _)| *l == location && key(n) == key(&name))
        {
            return Err((
                at,
                format!("{location} parameter {name:?}"),
                format!("it is declared twice in one list (first at {first})"),
            ));
        }
        out.push((location, name, at));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn refused(paths: Value) -> Option<String> {
        check("t.yaml", &json!({ "paths": paths }))
            .err()
            .map(|err| err.to_string())
    }

    fn get(parameters: Value) -> Value {
        json!({"get": {"parameters": parameters, "responses": {}}})
    }

    fn path(name: &str) -> Value {
        json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}})
    }

    #[test]
    fn templates_the_router_serves_pass() {
        assert_eq!(
            refused(json!({
                "/a/{id}": get(json!([path("id")])),
                "/a/b": get(json!([])),
                "/a/{id}/c": get(json!([path("id")])),
                "/files/x{name}": get(json!([path("name")])),
            })),
            None
        );
    }

    #[test]
    fn templates_that_differ_only_in_names_are_refused_with_both() {
        let message = refused(json!({
            "/pets/{id}": get(json!([path("id")])),
            "/pets/{petId}": {"patch": {"parameters": [path("petId")], "responses": {}}},
        }))
        .expect("refused");
        assert!(
            message.starts_with("t.yaml: /paths/~1pets~1{petId}: unsupported path \"/pets/{petId}\": the generated router cannot tell it from \"/pets/{id}\""),
            "{message}"
        );
    }

    #[test]
    fn what_axum_or_matchit_refuse_is_refused() {
        for (template, reason) in [
            (
                "/files/{name}.json",
                "Only one parameter is allowed per path segment",
            ),
            (
                "/a/{x}{y}",
                "Only one parameter is allowed per path segment",
            ),
            ("a/b", "starts with `/`"),
            ("/a/:id", "may not start with `:`"),
            ("/a/*x", "may not start with `*`"),
            ("/a/{}", "not a parameter the router can read"),
            ("/a/{id}/{id}", "names `{id}` twice"),
            ("/openapi.json", "serves the spec at /openapi.json"),
        ] {
            let message = refused(json!({ template: get(json!([])) })).expect(template);
            assert!(message.contains(reason), "{template}: {message}");
        }
    }

    #[test]
    fn path_parameters_must_be_the_templates() {
        let missing = refused(json!({"/a/{id}": get(json!([]))})).expect("refused");
        assert!(
            missing.contains("/paths/~1a~1{id}/get: unsupported path parameter \"id\""),
            "{missing}"
        );
        let extra = refused(json!({"/a": get(json!([path("id")]))})).expect("refused");
        assert!(extra.contains("/paths/~1a/get/parameters/0: unsupported path parameter \"id\": the path template has no `{id}`"), "{extra}");
        // Declared on the path item serves every operation.
        assert_eq!(
            refused(json!({"/a/{id}": {"parameters": [path("id")], "get": {"responses": {}}}})),
            None
        );
        let twice =
            refused(json!({"/a/{id}": get(json!([path("id"), path("id")]))})).expect("refused");
        assert!(twice.contains("/paths/~1a~1{id}/get/parameters/1: unsupported path parameter \"id\": it is declared twice in one list (first at /paths/~1a~1{id}/get/parameters/0)"), "{twice}");
        let headers = refused(json!({"/a": get(json!([
            {"name": "X-A", "in": "header", "schema": {"type": "string"}},
            {"name": "x-a", "in": "header", "schema": {"type": "string"}},
        ]))}))
        .expect("refused");
        assert!(headers.contains("declared twice"), "{headers}");
    }
}
