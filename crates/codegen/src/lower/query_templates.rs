//! Path templates that carry a query string (`/search/articles?query={query}`), which OpenAPI
//! does not allow (a path is a path; the query is parameters) but some documents write to
//! show how a URL looks. Where the query part is only `name={name}` pairs, its author's
//! meaning is certain: the path is the part before `?`, and each name is a query parameter.
//! A parameter of that name declared `in: path` (the template named it) is read `in: query`
//! with everything else it says; a name no parameter declares is an optional string query
//! parameter, which is what the template alone tells of it.
//!
//! A template whose query part holds anything else (a literal `format=json`, a bare `{x}`), or
//! whose path is also a path of its own, is left as written, for the route check to refuse
//! with its place.

use serde_json::{Map, Value, json};

use crate::{openapi::METHODS, pointer::escape_token};

/// Rewrites every path template of `document` that carries a query string of named
/// parameters, keeping the order of the paths; the pointers of the templates rewritten.
pub(super) fn lower(document: &mut Value) -> Vec<String> {
    let mut changed = Vec::new();
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return changed;
    };
    if !paths.keys().any(|path| path.contains('?')) {
        return changed;
    }
    let written: Vec<String> = paths.keys().cloned().collect();
    let mut lowered = Map::new();
    for (path, item) in std::mem::take(paths) {
        match split(&path) {
            Some((bare, names))
                if !lowered.contains_key(bare) && !written.iter().any(|other| other == bare) =>
            {
                let mut item = item;
                to_query(&mut item, &names);
                changed.push(format!(
                    "/paths/{} (its query part as query parameters)",
                    escape_token(&path)
                ));
                lowered.insert(bare.to_string(), item);
            }
            _ => {
                lowered.insert(path, item);
            }
        }
    }
    *paths = lowered;
    changed
}

/// The path before `?` and the names of its query part, when that part is only
/// `name={name}` pairs (the name on both sides the same) and the path has no `#`.
fn split(path: &str) -> Option<(&str, Vec<String>)> {
    let (bare, query) = path.split_once('?')?;
    if bare.is_empty() || bare.contains('#') || query.is_empty() {
        return None;
    }
    let mut names = Vec::new();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=')?;
        let name = value.strip_prefix('{')?.strip_suffix('}')?;
        if key.is_empty() || key != name || name.contains(['{', '}']) {
            return None;
        }
        names.push(name.to_string());
    }
    Some((bare, names))
}

/// Reads the named parameters of a path item and its operations as query parameters,
/// declaring those an operation does not.
fn to_query(item: &mut Value, names: &[String]) {
    let at_item = relocate(item.get_mut("parameters"), names);
    for method in METHODS {
        let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut) else {
            continue;
        };
        let declared = relocate(operation.get_mut("parameters"), names);
        let missing: Vec<Value> = names
            .iter()
            .filter(|name| !at_item.contains(name) && !declared.contains(name))
            .map(|name| json!({"name": name, "in": "query", "schema": {"type": "string"}}))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let list = operation
            .entry("parameters")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Some(list) = list.as_array_mut() {
            list.extend(missing);
        }
    }
}

/// Moves the parameters of `list` named in `names` and declared in the path or the query
/// into the query; answers the names it found.
fn relocate(list: Option<&mut Value>, names: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for parameter in list.and_then(Value::as_array_mut).into_iter().flatten() {
        let Some(name) = parameter.get("name").and_then(Value::as_str) else {
            continue;
        };
        let place = parameter.get("in").and_then(Value::as_str);
        if !names.iter().any(|wanted| wanted == name) || !matches!(place, Some("path" | "query")) {
            continue;
        }
        found.push(name.to_string());
        if place == Some("path") {
            parameter["in"] = json!("query");
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::lower;

    #[test]
    fn a_template_s_query_part_is_read_as_query_parameters() {
        let mut document = json!({"paths": {
            "/a": {"get": {}},
            "/rides?page={page}&per_page={per_page}": {
                "get": {"parameters": [
                    {"name": "page", "in": "path", "required": true, "schema": {"type": "integer"}},
                    {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
                ]},
                "post": {},
            },
            "/z": {"get": {}},
        }});
        lower(&mut document);
        let paths = document["paths"].as_object().unwrap();
        assert_eq!(paths.keys().collect::<Vec<_>>(), ["/a", "/rides", "/z"]);
        let rides = &paths["/rides"];
        assert_eq!(
            rides["get"]["parameters"],
            json!([
                {"name": "page", "in": "query", "required": true, "schema": {"type": "integer"}},
                {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
            ])
        );
        assert_eq!(
            rides["post"]["parameters"],
            json!([
                {"name": "page", "in": "query", "schema": {"type": "string"}},
                {"name": "per_page", "in": "query", "schema": {"type": "string"}},
            ])
        );
    }

    #[test]
    fn a_query_part_of_other_shapes_or_a_taken_path_is_left_as_written() {
        let written = json!({"paths": {
            "/a?format=json": {"get": {}},
            "/b?x={y}": {"get": {}},
            "/c": {"get": {}},
            "/c?q={q}": {"get": {}},
            "/d#frag?q={q}": {"get": {}},
        }});
        let mut document = written.clone();
        lower(&mut document);
        assert_eq!(document, written);
    }
}
