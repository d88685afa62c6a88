//! Routes: how each path template is served by the generated router (axum 0.8), and the
//! refusal, with its place, of every spec that router could not serve, instead of a server
//! that panics when its router is built.
//!
//! axum (matchit) takes at most one parameter per segment, with text before it but not after
//! it, so a template is routed with one parameter per segment that holds any, its leading text
//! kept (`/movies/{id}.json`, `/ranges/{from},{to}` and `/v{major}.{minor}` are routed as
//! `/movies/{id}`, `/ranges/{from}` and `/v{major}`); the handler then reads each parameter
//! from the rest of its segment by the template's literals, and answers 404 when they do not
//! fit. Templates of the same shape share a route, named as the first of them (`/pets/{id}`
//! and `/pets/{petId}` are both `/pets/{id}`); several on one route and method are told apart
//! by their literals, the most literal tried first (`/files/{name}.json`, then
//! `/files/{name}`). A fragment, which no request carries, is no part of the route: AWS
//! writes its RPC operations as `/#X-Amz-Target=Service.Op` or `/#Action=Op`, and the router
//! tells them apart by the header or query parameter the fragment names (`#key=value`: that
//! value; a bare `#key`: present), trying them before a template without one. Refused: a path not starting with `/`; a segment starting with `:` or `*`
//! (axum's 0.7 checks); two parameters with nothing between them; a template naming a
//! parameter twice; two templates on one route and method with the same literals and the same
//! path parameter schemas (told apart by those schemas otherwise, the most constrained tried
//! first); a route
//! matchit (the matcher axum uses, at axum's version) cannot take; `/openapi.yaml` and
//! `/openapi.json` (the generated router serves the spec there). And each operation's
//! path parameters must be exactly the template's: every `{name}` declared `in: path`, every
//! declared one in the template, none declared twice in one list.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::{CodegenError, openapi::METHODS, pointer::escape_token, resolve::follow};

/// The routes the generated router adds to the spec's.
const SERVED: [&str; 2] = ["/openapi.yaml", "/openapi.json"];

/// A piece of a template's segment: text to match, or a parameter to capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    Literal(String),
    Param(String),
}

/// How the router serves one template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Route {
    /// The axum route (`/movies/{id}`).
    pub(crate) path: String,
    /// Every segment that holds a parameter: the route's parameter that carries it, and the
    /// template's pieces of it, when they are more than that one parameter of that name.
    pub(crate) segments: Vec<(String, Vec<Piece>)>,
    /// The template's fragment (`/#Action=List`, `/tags/{arn}#tagKeys`), which no request
    /// carries: a `key=value` or a bare `key` the router finds instead in the request's
    /// header or query parameter of that name, telling apart the templates of one route.
    pub(crate) fragment: Option<Fragment>,
    /// By method: how many constraints the operation's path parameters hold (their types,
    /// formats, patterns, lengths, bounds, enums), which orders the templates of one route,
    /// method and literals that their parameters' schemas tell apart, the most constrained
    /// tried first.
    pub(crate) constraints: std::collections::BTreeMap<String, usize>,
}

/// A template's fragment: the name of a header or query parameter and, after `=`, its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fragment {
    pub(crate) key: String,
    pub(crate) value: Option<String>,
}

impl Route {
    /// What tells this template apart from others on its route: the pieces of each segment
    /// with the parameters' names left out.
    pub(crate) fn literals(&self) -> String {
        let fragment = self.fragment.as_ref().map_or(String::new(), |fragment| {
            format!(
                "#{}={}",
                fragment.key,
                fragment.value.as_deref().unwrap_or("")
            )
        });
        let segments = self
            .segments
            .iter()
            .map(|(_, pieces)| {
                pieces
                    .iter()
                    .map(|piece| match piece {
                        Piece::Literal(text) => text.as_str(),
                        Piece::Param(_) => "{}",
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("/");
        segments + &fragment
    }

    /// How much literal text this template asks of its parameters' segments: of several
    /// templates on one route and method, the router tries the most literal first (a
    /// fragment counts: `/#Action=List` before `/`).
    pub(crate) fn specificity(&self) -> usize {
        let fragment = self.fragment.as_ref().map_or(0, |fragment| {
            1 + fragment.key.len() + fragment.value.as_ref().map_or(0, String::len)
        });
        fragment
            + self
                .segments
                .iter()
                .flat_map(|(_, pieces)| pieces)
                .map(|piece| match piece {
                    Piece::Literal(text) => text.len(),
                    Piece::Param(_) => 0,
                })
                .sum::<usize>()
    }

    /// Where the router finds parameter `name`: the route parameter, the segment's pieces
    /// (empty when the route parameter is the parameter itself), and which capture it is.
    pub(crate) fn place(&self, name: &str) -> Option<(&str, &[Piece], usize)> {
        self.segments.iter().find_map(|(carrier, pieces)| {
            let index = pieces
                .iter()
                .filter(|piece| matches!(piece, Piece::Param(_)))
                .position(|piece| *piece == Piece::Param(name.to_owned()))?;
            let whole = matches!(pieces.as_slice(), [Piece::Param(only)] if only == carrier);
            Some((
                carrier.as_str(),
                if whole { &[][..] } else { pieces.as_slice() },
                index,
            ))
        })
    }
}

/// What tells apart the templates of one route and method: their literals, and their path
/// parameters' schemas ([`path_schemas`]).
type TellsApart = (String, String);

/// The route of every template, by template; refuses what the router cannot serve.
pub(crate) fn routes(
    source_name: &str,
    raw: &Value,
) -> Result<std::collections::BTreeMap<String, Route>, CodegenError> {
    let refuse = |pointer: String, construct: String, reason: String| CodegenError::Unsupported {
        source_name: source_name.to_owned(),
        pointer,
        location: None,
        construct,
        reason,
    };
    let mut out = std::collections::BTreeMap::new();
    let Some(paths) = raw.get("paths").and_then(Value::as_object) else {
        return Ok(out);
    };
    let mut router = matchit::Router::new();
    for served in SERVED {
        router
            .insert(served, ())
            .map_err(|err| refuse(String::new(), "route".into(), err.to_string()))?;
    }
    // The first route of each shape, and the methods each route answers, with their template.
    let mut by_shape: std::collections::BTreeMap<String, Route> = Default::default();
    // For each route and method, the templates answering it and what tells them apart.
    let mut answered: std::collections::BTreeMap<(String, &str), Vec<(&str, TellsApart)>> =
        Default::default();
    for (template, item) in paths {
        let pointer = format!("/paths/{}", escape_token(template));
        let construct = format!("path {template:?}");
        if let Some(reason) = axum_refuses(template) {
            return Err(refuse(pointer, construct, reason.to_owned()));
        }
        let (shape, own) = route_of(template)
            .map_err(|reason| refuse(pointer.clone(), construct.clone(), reason))?;
        let route = match by_shape.get(&shape) {
            // The shape's route, its parameters named as the first template named them.
            Some(first) => Route {
                path: first.path.clone(),
                segments: first
                    .segments
                    .iter()
                    .zip(own.segments)
                    .map(|((carrier, _), (_, pieces))| (carrier.clone(), pieces))
                    .collect(),
                fragment: own.fragment,
                constraints: Default::default(),
            },
            None => {
                if SERVED.contains(&own.path.as_str()) {
                    return Err(refuse(
                        pointer,
                        construct,
                        format!("the generated router serves the spec at {}", own.path),
                    ));
                }
                router.insert(own.path.clone(), ()).map_err(|err| {
                    refuse(
                        pointer.clone(),
                        construct.clone(),
                        format!("the generated router cannot serve it: {err}"),
                    )
                })?;
                by_shape.insert(shape, own.clone());
                own
            }
        };
        let names: Vec<String> = route
            .segments
            .iter()
            .flat_map(|(_, pieces)| pieces.iter())
            .filter_map(|piece| match piece {
                Piece::Param(name) => Some(name.clone()),
                Piece::Literal(_) => None,
            })
            .collect();
        // Templates on one route and method are told apart by their literals (the router
        // tries the most literal first), then by their path parameters' schemas (the most
        // constrained first, the last taking what the others refuse); two with the same
        // literals and schemas cannot be.
        let literals = route.literals();
        let mut route = route;
        for method in METHODS
            .into_iter()
            .filter(|method| item.get(*method).is_some())
        {
            let (schemas, constraints) = path_schemas(raw, item, method, &names);
            route.constraints.insert(method.to_owned(), constraints);
            let sharing = answered.entry((route.path.clone(), method)).or_default();
            if let Some((first, _)) = sharing
                .iter()
                .find(|(_, known)| *known == (literals.clone(), schemas.clone()))
            {
                return Err(refuse(
                    format!("{pointer}/{method}"),
                    construct,
                    format!(
                        "the generated router cannot tell it from {first:?}: both answer {} on \
                         the route {:?}, their literals are the same and so are their path \
                         parameters' schemas (name their parameters alike and merge them, or \
                         tell them apart by a literal or by their parameters' schemas)",
                        method.to_uppercase(),
                        route.path
                    ),
                ));
            }
            sharing.push((template, (literals.clone(), schemas)));
        }
        parameters(raw, item, &pointer, &names)
            .map_err(|(at, construct, reason)| refuse(at, construct, reason))?;
        out.insert(template.clone(), route);
    }
    Ok(out)
}

/// A template's shape (segments, parameters as `{}`) and its own route.
fn route_of(template: &str) -> Result<(String, Route), String> {
    // A fragment names a parameter (`#Action=List`, `#tagKeys`); one that holds a path or
    // a template (`#env/v1/{id}`) is left in the template, as written.
    let (template, fragment) = match template.split_once('#') {
        Some((path, fragment)) if !fragment.contains(['/', '{', '}']) => {
            let (key, value) = match fragment.split_once('=') {
                Some((key, value)) => (key, Some(value.to_owned())),
                None => (fragment, None),
            };
            if key.is_empty() {
                return Err(format!("the fragment #{fragment} names no parameter"));
            }
            let key = key.to_owned();
            (path, Some(Fragment { key, value }))
        }
        _ => (template, None),
    };
    let mut shape = Vec::new();
    let mut path = Vec::new();
    let mut segments = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for segment in template.split('/') {
        let pieces = pieces(segment)?;
        let params: Vec<&String> = pieces
            .iter()
            .filter_map(|piece| match piece {
                Piece::Param(name) => Some(name),
                Piece::Literal(_) => None,
            })
            .collect();
        for name in &params {
            if seen.contains(name) {
                return Err(format!("the template names `{{{name}}}` twice"));
            }
            seen.push((*name).clone());
        }
        match params.first() {
            None => {
                shape.push(segment.to_owned());
                path.push(segment.to_owned());
            }
            Some(carrier) => {
                // matchit takes text before a parameter (`x{name}`), not after it: the route
                // keeps a leading literal, and its parameter carries the rest of the segment.
                let (prefix, rest) = match pieces.split_first() {
                    Some((Piece::Literal(prefix), rest)) => (prefix.clone(), rest.to_vec()),
                    _ => (String::new(), pieces.clone()),
                };
                shape.push(format!("{prefix}{{}}"));
                path.push(format!("{prefix}{{{carrier}}}"));
                segments.push(((*carrier).clone(), rest));
            }
        }
    }
    Ok((
        shape.join("/"),
        Route {
            path: path.join("/"),
            segments,
            fragment,
            constraints: Default::default(),
        },
    ))
}

/// A segment's literals and `{name}`s; an empty, unclosed or wildcard name, or two parameters
/// with nothing between them (no way to tell where one ends), is refused.
fn pieces(segment: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = segment;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Piece::Literal(rest[..open].to_owned()));
        }
        let Some(close) = rest[open..].find('}') else {
            return Err("a `{` without its `}`".to_owned());
        };
        let name = &rest[open + 1..open + close];
        if name.is_empty() || name.starts_with('*') || name.contains('{') {
            return Err(format!(
                "`{{{name}}}` is not a parameter the router can read"
            ));
        }
        if matches!(out.last(), Some(Piece::Param(_))) {
            return Err(format!(
                "`{{{name}}}` follows another parameter with nothing between them"
            ));
        }
        out.push(Piece::Param(name.to_owned()));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Literal(rest.to_owned()));
    }
    Ok(out)
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
/// What tells apart the templates of one route, method and literals: the operation's path
/// parameters' schemas in the template's order (resolved; the annotations and `default`,
/// which constrain no value, left out), as JSON text, and how many constraints they hold.
fn path_schemas(raw: &Value, item: &Value, method: &str, names: &[String]) -> (String, usize) {
    let item = follow(raw, item).0;
    let declared = |list: Option<&Value>| -> Vec<Value> {
        list.and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|parameter| follow(raw, parameter).0.clone())
            .filter(|parameter| parameter.get("in").and_then(Value::as_str) == Some("path"))
            .collect()
    };
    let own = declared(
        item.get(method)
            .and_then(|operation| operation.get("parameters")),
    );
    let shared = declared(item.get("parameters"));
    let mut constraints = 0;
    let schemas: Vec<Value> = names
        .iter()
        .map(|name| {
            let named = |parameter: &&Value| {
                parameter.get("name").and_then(Value::as_str) == Some(name.as_str())
            };
            let schema = own
                .iter()
                .find(named)
                .or_else(|| shared.iter().find(named))
                .and_then(|parameter| parameter.get("schema"))
                .map_or(Value::Null, |schema| follow(raw, schema).0.clone());
            let Value::Object(mut map) = schema else {
                return Value::Null;
            };
            map.retain(|key, _| {
                !key.starts_with("x-")
                    && !matches!(
                        key.as_str(),
                        "description" | "title" | "example" | "examples" | "default" | "deprecated"
                    )
            });
            constraints += map
                .iter()
                .filter(|(key, value)| match key.as_str() {
                    "type" => value.as_str() != Some("string"),
                    "format" | "pattern" | "enum" | "const" | "minLength" | "maxLength"
                    | "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum"
                    | "multipleOf" => true,
                    _ => false,
                })
                .count();
            Value::Object(map)
        })
        .collect();
    (Value::Array(schemas).to_string(), constraints)
}

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
mod tests;
