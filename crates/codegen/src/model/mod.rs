//! The model: every fact of the spec the emitters need, decided once.
//!
//! [`Api::build`] reads the lowered, checked document (and, for what lowering rewrote, the
//! document as written) once and gives one value: every operation with its method, path
//! template, parameters (place, style, Rust field, default, schema), body (media kind),
//! responses (status class, media, as documented and as written), security and pagination;
//! the security schemes; the named schemas; every name. The emitters (`client/`, `server/`)
//! read this, never the document's `paths`, and hold the Rust types progenitor gave beside it
//! (`crate::progenitor`). It holds no Rust tokens.
//!
//! Facts that lowering keeps in `x-codegen-*` extensions for the router (`lower::KEPT_*`)
//! are read here into typed fields; only a string enum's kept values are read elsewhere, by
//! the validator statics, which walk schemas.

use std::collections::BTreeSet;

use openapiv3::{
    APIKeyLocation, OpenAPI, Parameter as Declared, ParameterSchemaOrContent, PathItem,
    ReferenceOr, Schema, SchemaKind, SecurityRequirement, SecurityScheme, StatusCode, Type,
};
use serde_json::Value;

use crate::{
    CodegenError, Spec, lower, naming,
    openapi::{In, Method, Status},
    pointer::escape_token,
    resolve::resolve,
    routes::Piece,
};

mod body;
mod events;
mod examples;
mod headers;
mod lifecycle;
mod notes;
mod pagination;
#[cfg(test)]
mod tests;
mod written;

pub(crate) use body::{Body, BodyKind};
pub(crate) use events::Events;
pub(crate) use examples::{Checked, examples};
pub(crate) use headers::{HeaderKind, ResponseHeader, Scalar};
pub(crate) use lifecycle::{
    DeprecatedProperty, Deprecation, Stability, check_dated, deprecation_of,
};
pub(crate) use notes::notes;
pub(crate) use pagination::{PageParameter, PageStyle, Pagination};

/// The whole API as the emitters see it.
pub(crate) struct Api<'d> {
    pub(crate) title: &'d str,
    pub(crate) description: Option<&'d str>,
    /// The server's trait (`PetstoreApi`).
    pub(crate) trait_name: String,
    /// Every operation, path by path in the document's order, methods in the order the
    /// OpenAPI specification lists them.
    pub(crate) operations: Vec<Operation<'d>>,
    /// `components/securitySchemes`, in the document's order.
    pub(crate) schemes: Vec<Scheme<'d>>,
    /// `components/schemas`, in the document's order.
    pub(crate) schemas: Vec<NamedSchema<'d>>,
}

/// A schema of `components/schemas`.
pub(crate) struct NamedSchema<'d> {
    pub(crate) name: &'d str,
    pub(crate) schema: &'d ReferenceOr<Schema>,
    /// The type typify defines for it (`Pet`); a schema may have none (a plain string).
    pub(crate) type_name: String,
    /// Its strategy function (`pet`).
    pub(crate) function_name: String,
}

pub(crate) struct Operation<'d> {
    pub(crate) id: &'d str,
    pub(crate) method: Method,
    pub(crate) path: &'d str,
    /// The axum route the template is served by (`/movies/{id}` for `/movies/{id}.json`).
    pub(crate) route: String,
    /// The template's fragment, found in a header or query parameter (`/#Action=List`).
    pub(crate) fragment: Option<crate::routes::Fragment>,
    /// How much literal text the template asks of its route's parameters: of operations
    /// sharing a route and method, the router tries the greatest first.
    pub(crate) specificity: usize,
    /// `/paths/~1pets/get`.
    pub(crate) pointer: String,
    pub(crate) summary: Option<&'d str>,
    pub(crate) description: Option<&'d str>,
    /// The client method, trait method and module (`list_pets`).
    pub(crate) method_name: String,
    /// progenitor's builder struct (`ListPets`).
    pub(crate) builder_name: String,
    /// The path item's and the operation's, the operation's replacing the path item's of the
    /// same name and place.
    pub(crate) parameters: Vec<Parameter<'d>>,
    pub(crate) body: Option<Body<'d>>,
    /// As the generators read them (lowered), ordered by [`Status::order`].
    pub(crate) responses: Vec<Response<'d>>,
    /// As the document writes them, in its order: what each error status really carries,
    /// where lowering merged the error bodies into one type.
    pub(crate) written_responses: Vec<WrittenResponse<'d>>,
    /// The security alternatives, as indexes into [`Api::schemes`]; empty when open.
    pub(crate) security: Vec<Vec<usize>>,
    pub(crate) pagination: Option<Pagination>,
    /// `deprecated: true`, with its dates and replacement.
    pub(crate) deprecation: Option<Deprecation<'d>>,
    /// `x-stability` (stable when absent).
    pub(crate) stability: Stability,
    /// The field of the `Last-Event-ID` header, when a success is an event stream.
    pub(crate) last_event_id: Option<String>,
}

pub(crate) struct Parameter<'d> {
    /// Its name on the wire.
    pub(crate) name: &'d str,
    /// Its name as the generators read it: the wire name, or the one lowering gave it when
    /// its Rust name would collide with another's (`MaxResults (2)`).
    pub(crate) generated_name: &'d str,
    pub(crate) location: In,
    /// Its builder field, setter and `Request` field (`page_size`).
    pub(crate) field: String,
    pub(crate) required: bool,
    pub(crate) description: Option<&'d str>,
    /// As progenitor reads it.
    pub(crate) schema: &'d ReferenceOr<Schema>,
    /// What the router checks: the schema as written for an object in the query (progenitor
    /// reads a map of any JSON), else [`Parameter::schema`].
    pub(crate) checked_schema: ReferenceOr<Schema>,
    pub(crate) style: Style,
    /// The schema's `default`, as JSON text.
    pub(crate) default: Option<String>,
    pub(crate) nullable: bool,
    /// An object (in the query: deep or exploded properties).
    pub(crate) object: bool,
    /// For a path parameter its route shares with literals or other parameters (or names
    /// otherwise): the route parameter carrying its segment, the segment's pieces, and which
    /// capture it is.
    pub(crate) segment: Option<(String, Vec<Piece>, usize)>,
    pub(crate) deprecation: Option<Deprecation<'d>>,
    /// A query parameter with `allowEmptyValue`: an empty value (`?optional=`) is no value.
    pub(crate) allow_empty: bool,
}

/// How a parameter's values are spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// Repeated keys (exploded `form`; deep objects, and path and header values that are no
    /// arrays, too).
    Repeated,
    /// One value, split on this character (`explode: false`, `spaceDelimited`,
    /// `pipeDelimited`; an array in a path or a header, on commas); repeated keys are read
    /// too.
    Delimited(char),
    /// One value, the JSON text of any JSON (a parameter described by a JSON `content`).
    Json,
}

pub(crate) struct Response<'d> {
    pub(crate) status: Status,
    pub(crate) response: &'d openapiv3::Response,
    /// The content as written, where lowering gave progenitor any JSON or raw bytes instead
    /// (its one success or error type): what the router answers, checks and mocks.
    pub(crate) written: Option<indexmap::IndexMap<String, openapiv3::MediaType>>,
    /// Server-sent events (`text/event-stream` with an item schema).
    pub(crate) events: Option<Events>,
    /// The documented headers, the variant's headers struct.
    pub(crate) headers: Vec<ResponseHeader<'d>>,
}

impl Response<'_> {
    /// The media types the status answers with, as the spec writes them.
    pub(crate) fn content(&self) -> &indexmap::IndexMap<String, openapiv3::MediaType> {
        self.written.as_ref().unwrap_or(&self.response.content)
    }

    /// Its JSON body's media type as written (`application/problem+json`), if not JSON's.
    pub(crate) fn json_media(&self) -> Option<&str> {
        self.response
            .extensions
            .get(lower::KEPT_JSON_MEDIA)
            .and_then(Value::as_str)
    }

    /// Whether progenitor reads this status as raw bytes though the spec writes another
    /// content (JSON, or none).
    pub(crate) fn lowered_to_bytes(&self) -> bool {
        self.written.is_some() && !self.response.content.contains_key(crate::openapi::JSON)
    }
}

/// A response as the document writes it.
pub(crate) struct WrittenResponse<'d> {
    /// The key as written (`404`, `4xx`, `default`).
    pub(crate) key: &'d str,
    pub(crate) status: Status,
    /// The first line of its description.
    pub(crate) summary: &'d str,
    pub(crate) body: WrittenBody<'d>,
}

/// What a written response carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WrittenBody<'d> {
    None,
    /// JSON; the component schema it refers to, if it does.
    Json(Option<&'d str>),
    /// Another media type.
    Other,
}

/// A security scheme of `components/securitySchemes`.
pub(crate) struct Scheme<'d> {
    pub(crate) name: &'d str,
    pub(crate) kind: SchemeKind<'d>,
    /// Its `Credential` variant (`ApiKey`).
    pub(crate) variant: String,
    /// Its method on the client's `auth::Credentials` (`api_key`).
    pub(crate) client_method: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SchemeKind<'d> {
    /// `apiKey` in a header, query parameter or cookie of this name.
    ApiKey { location: In, name: &'d str },
    /// `http` `basic`.
    Basic,
    /// `http` with another scheme (`Bearer`, spelled so for any case of `bearer`).
    Http { scheme: &'d str },
    /// `oauth2` or `openIdConnect`: a bearer token.
    OAuth,
    /// `mutualTLS`: the client's TLS certificate, checked in front of the router.
    MutualTls,
}

/// The methods of the client's `auth::Credentials` a scheme's method may not take.
const CREDENTIALS_METHODS: [&str; 5] = ["new", "headers", "into_client", "header", "cookie"];

impl<'d> Api<'d> {
    /// Reads the spec once.
    pub(crate) fn build(spec: &'d Spec) -> Result<Self, CodegenError> {
        lifecycle::check(spec)?;
        let document = &spec.document;
        let schemes = schemes(document);
        let mut operations = Vec::new();
        for (path, item) in &document.paths.paths {
            let ReferenceOr::Item(item) = item else {
                return Err(fail(spec, format!("path {path} is a reference")));
            };
            for (method, operation) in methods(item) {
                operations.push(Operation::build(
                    spec, &schemes, path, item, method, operation,
                )?);
            }
        }
        let schemas = document
            .components
            .iter()
            .flat_map(|components| &components.schemas)
            .map(|(name, schema)| NamedSchema {
                name,
                schema,
                type_name: naming::type_name(name),
                function_name: naming::function_name(name),
            })
            .collect();
        Ok(Self {
            title: &document.info.title,
            description: document.info.description.as_deref(),
            trait_name: naming::trait_name(&document.info.title),
            operations,
            schemes,
            schemas,
        })
    }

    /// Whether any operation asks for credentials.
    pub(crate) fn secured(&self) -> bool {
        self.operations.iter().any(|op| !op.security.is_empty())
    }
}

impl<'d> Operation<'d> {
    fn build(
        spec: &'d Spec,
        schemes: &[Scheme<'d>],
        path: &'d str,
        item: &'d PathItem,
        method: Method,
        operation: &'d openapiv3::Operation,
    ) -> Result<Self, CodegenError> {
        let document = &spec.document;
        let id = operation.operation_id.as_deref().unwrap_or_default();
        let pointer = format!("/paths/{}/{}", escape_token(path), method.lower());
        let route = spec.routes.get(path);
        let mut parameters = parameters(spec, item, operation)?;
        for parameter in parameters
            .iter_mut()
            .filter(|parameter| parameter.location == In::Path)
        {
            if let Some((carrier, pieces, index)) =
                route.and_then(|route| route.place(parameter.name))
                && !pieces.is_empty()
            {
                parameter.segment = Some((carrier.to_owned(), pieces.to_vec(), index));
            }
        }
        let body = match &operation.request_body {
            None => None,
            Some(body) => Some(body::body(spec, id, body, &pointer)?),
        };
        let mut responses = Vec::new();
        let listed = operation
            .responses
            .responses
            .iter()
            .map(|(status, response)| {
                let status = match status {
                    StatusCode::Code(code) => Status::Code(*code),
                    StatusCode::Range(range) => Status::Range(*range),
                };
                (status, response)
            });
        let default = operation
            .responses
            .default
            .iter()
            .map(|response| (Status::Default, response));
        for (status, response) in listed.chain(default) {
            let response = resolve(document, response)
                .ok_or_else(|| fail(spec, format!("{id}: unresolved response {status:?}")))?;
            let written = response
                .extensions
                .get(crate::lower::KEPT_CONTENT)
                .and_then(|content| serde_json::from_value(content.clone()).ok());
            let events = events::read(response);
            let headers = headers::read(document, response).map_err(|message| {
                fail(spec, format!("{id}: response {}: {message}", status.text()))
            })?;
            if events.is_some() && !headers.is_empty() {
                return Err(fail(
                    spec,
                    format!(
                        "{id}: response {}: headers on an event stream",
                        status.text()
                    ),
                ));
            }
            responses.push(Response {
                status,
                response,
                written,
                events,
                headers,
            });
        }
        responses.sort_by_key(|response| response.status.order());
        let last_event_id = responses
            .iter()
            .any(|response| response.events.is_some())
            .then(|| events::last_event_id(&parameters))
            .flatten();
        let stability = Stability::of(spec.raw.pointer(&pointer).unwrap_or(&Value::Null));
        let pagination = operation
            .extensions
            .get("x-pagination")
            .map(|extension| pagination::read(extension, &parameters))
            .transpose()
            .map_err(|message| fail(spec, format!("{pointer}: {message}")))?;
        Ok(Self {
            id,
            method,
            path,
            route: route.map_or_else(|| path.to_owned(), |route| route.path.clone()),
            fragment: route.and_then(|route| route.fragment.clone()),
            specificity: route.map_or(0, crate::routes::Route::specificity),
            written_responses: written::written_responses(spec, &pointer),
            pointer,
            summary: operation.summary.as_deref(),
            description: operation.description.as_deref(),
            method_name: naming::operation_method(id),
            builder_name: naming::operation_builder(id),
            parameters,
            body,
            responses,
            security: alternatives(
                schemes,
                operation.security.as_ref().or(document.security.as_ref()),
            ),
            pagination,
            deprecation: lifecycle::marked(operation.deprecated, |key| {
                operation.extensions.get(key)
            }),
            stability,
            last_event_id,
        })
    }
}

/// A path item's operations, in the order of [`Method::ALL`].
fn methods(item: &PathItem) -> Vec<(Method, &openapiv3::Operation)> {
    let operations = [
        &item.get,
        &item.put,
        &item.post,
        &item.delete,
        &item.options,
        &item.head,
        &item.patch,
        &item.trace,
    ];
    Method::ALL
        .into_iter()
        .zip(operations)
        .filter_map(|(method, operation)| operation.as_ref().map(|op| (method, op)))
        .collect()
}

fn parameters<'d>(
    spec: &'d Spec,
    item: &'d PathItem,
    operation: &'d openapiv3::Operation,
) -> Result<Vec<Parameter<'d>>, CodegenError> {
    let document = &spec.document;
    let mut all: Vec<&'d Declared> = Vec::new();
    for parameter in item.parameters.iter().chain(&operation.parameters) {
        let parameter = resolve(document, parameter)
            .ok_or_else(|| fail(spec, "an unresolved parameter reference".into()))?;
        // An operation's parameter replaces the path item's of the same name and place.
        all.retain(|existing| {
            existing.parameter_data_ref().name != parameter.parameter_data_ref().name
                || std::mem::discriminant(*existing) != std::mem::discriminant(parameter)
        });
        all.push(parameter);
    }
    all.into_iter()
        .map(|parameter| {
            let allow_empty = matches!(
                parameter,
                Declared::Query {
                    allow_empty_value: Some(true),
                    ..
                }
            );
            let (data, location) = match parameter {
                Declared::Path { parameter_data, .. } => (parameter_data, In::Path),
                Declared::Query { parameter_data, .. } => (parameter_data, In::Query),
                Declared::Header { parameter_data, .. }
                    if parameter_data.extensions.get(lower::KEPT_IN)
                        == Some(&Value::String("cookie".to_owned())) =>
                {
                    (parameter_data, In::Cookie)
                }
                Declared::Header { parameter_data, .. } => (parameter_data, In::Header),
                Declared::Cookie { .. } => {
                    return Err(fail(spec, "cookie parameters are not supported".into()));
                }
            };
            let ParameterSchemaOrContent::Schema(schema) = &data.format else {
                return Err(fail(spec, format!("parameter {} has no schema", data.name)));
            };
            let resolved = resolve(document, schema);
            let checked_schema = data
                .extensions
                .get(lower::KEPT_SCHEMA)
                .and_then(|kept| serde_json::from_value(kept.clone()).ok())
                .unwrap_or_else(|| schema.clone());
            let style = match data
                .extensions
                .get(lower::KEPT_STYLE)
                .and_then(Value::as_str)
            {
                Some("spaceDelimited") => Style::Delimited(' '),
                Some("pipeDelimited") => Style::Delimited('|'),
                Some("commaSeparated") => Style::Delimited(','),
                Some(lower::JSON_STYLE) => Style::Json,
                // `style: simple` (the only one of a path or header parameter): an array is
                // one value with commas between its items.
                _ if location != In::Query
                    && resolved.is_some_and(|schema| {
                        matches!(&schema.schema_kind, SchemaKind::Type(Type::Array(_)))
                    }) =>
                {
                    Style::Delimited(',')
                }
                _ => Style::Repeated,
            };
            Ok(Parameter {
                name: data
                    .extensions
                    .get(lower::KEPT_NAME)
                    .and_then(Value::as_str)
                    .unwrap_or(&data.name),
                generated_name: &data.name,
                location,
                field: naming::parameter_field(&data.name),
                required: data.required,
                description: data.description.as_deref(),
                schema,
                checked_schema,
                style,
                default: resolved
                    .and_then(|schema| schema.schema_data.default.as_ref())
                    .map(Value::to_string),
                nullable: resolved.is_some_and(|schema| schema.schema_data.nullable),
                object: resolved.is_some_and(|schema| {
                    matches!(&schema.schema_kind, SchemaKind::Type(Type::Object(_)))
                }),
                segment: None,
                deprecation: lifecycle::marked(data.deprecated == Some(true), |key| {
                    data.extensions.get(key)
                }),
                allow_empty,
            })
        })
        .collect()
}

/// The document's schemes, in its order (references to schemes are not followed).
fn schemes(document: &OpenAPI) -> Vec<Scheme<'_>> {
    let Some(components) = &document.components else {
        return Vec::new();
    };
    let mut variants = BTreeSet::new();
    let mut client_methods: BTreeSet<String> =
        CREDENTIALS_METHODS.into_iter().map(str::to_owned).collect();
    components
        .security_schemes
        .iter()
        .filter_map(|(name, scheme)| {
            let ReferenceOr::Item(scheme) = scheme else {
                return None;
            };
            let kind = match scheme {
                SecurityScheme::APIKey {
                    location,
                    name: key,
                    ..
                } => SchemeKind::ApiKey {
                    location: match location {
                        APIKeyLocation::Header => In::Header,
                        APIKeyLocation::Query => In::Query,
                        APIKeyLocation::Cookie => In::Cookie,
                    },
                    name: key,
                },
                SecurityScheme::HTTP { extensions, .. }
                    if extensions.contains_key(lower::KEPT_MUTUAL_TLS) =>
                {
                    SchemeKind::MutualTls
                }
                SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                    SchemeKind::Basic
                }
                SecurityScheme::HTTP { scheme, .. } => SchemeKind::Http {
                    scheme: if scheme.eq_ignore_ascii_case("bearer") {
                        "Bearer"
                    } else {
                        scheme
                    },
                },
                SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => {
                    SchemeKind::OAuth
                }
            };
            Some(Scheme {
                name,
                kind,
                variant: naming::unique(naming::variant_name(name), &mut variants),
                client_method: naming::unique(naming::function_name(name), &mut client_methods),
            })
        })
        .collect()
}

/// An operation's alternatives as indexes into `schemes`; empty when the operation is open
/// (no requirement, or an empty alternative `{}` among them).
fn alternatives(
    schemes: &[Scheme<'_>],
    requirements: Option<&Vec<SecurityRequirement>>,
) -> Vec<Vec<usize>> {
    let Some(requirements) = requirements else {
        return Vec::new();
    };
    let mut alternatives = Vec::new();
    for requirement in requirements {
        if requirement.is_empty() {
            return Vec::new();
        }
        let indexes: Option<Vec<usize>> = requirement
            .keys()
            .map(|name| schemes.iter().position(|scheme| scheme.name == name))
            .collect();
        if let Some(indexes) = indexes {
            alternatives.push(indexes);
        }
    }
    alternatives
}

/// The extension read: page-number style, both parameters in the query of the operation.
fn fail(spec: &Spec, message: String) -> CodegenError {
    CodegenError::Server {
        source_name: spec.source_name.clone(),
        message,
    }
}
