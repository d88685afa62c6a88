//! The operation's parameters, body and responses as the document states them, with
//! `$ref`s resolved within the document.

use super::*;

pub(super) fn params<'a>(
    spec: &Spec,
    document: &'a OpenAPI,
    item: &'a PathItem,
    operation: &'a Operation,
    builder: &Builder,
) -> Result<Vec<Param<'a>>, CodegenError> {
    let mut all: Vec<&'a Parameter> = Vec::new();
    for parameter in item.parameters.iter().chain(operation.parameters.iter()) {
        let parameter = resolve_parameter(document, parameter)
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
            let (data, location) = match parameter {
                Parameter::Path { parameter_data, .. } => (parameter_data, In::Path),
                Parameter::Query { parameter_data, .. } => (parameter_data, In::Query),
                Parameter::Header { parameter_data, .. } => (parameter_data, In::Header),
                Parameter::Cookie { .. } => {
                    return Err(fail(spec, "cookie parameters are not supported".into()));
                }
            };
            let ParameterSchemaOrContent::Schema(schema) = &data.format else {
                return Err(fail(spec, format!("parameter {} has no schema", data.name)));
            };
            let field = naming::parameter_field(&data.name);
            let rust_type = builder
                .fields
                .get(&field)
                .ok_or_else(|| {
                    fail(
                        spec,
                        format!(
                            "progenitor's builder has no field {field} for {}",
                            data.name
                        ),
                    )
                })?
                .inner
                .clone();
            Ok(Param {
                data,
                location,
                schema,
                rust_type,
                field,
            })
        })
        .collect()
}

pub(super) fn param_default(param: &Param<'_>, document: &OpenAPI) -> Option<String> {
    resolve_schema(document, param.schema)
        .and_then(|schema| schema.schema_data.default.as_ref())
        .map(|value| value.to_string())
}

/// Follows `$ref`s into `components` (at most a few levels; the subset check refused
/// references that point at nothing).
pub(super) fn resolve<'a, T>(
    document: &'a OpenAPI,
    item: &'a ReferenceOr<T>,
    prefix: &str,
    section: fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Option<&'a T> {
    let mut current = item;
    for _ in 0..8 {
        match current {
            ReferenceOr::Item(item) => return Some(item),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(prefix)?;
                current = section(document.components.as_ref()?).get(name)?;
            }
        }
    }
    None
}

pub(crate) fn resolve_parameter<'a>(
    document: &'a OpenAPI,
    parameter: &'a ReferenceOr<Parameter>,
) -> Option<&'a Parameter> {
    resolve(document, parameter, "#/components/parameters/", |c| {
        &c.parameters
    })
}

pub(super) fn resolve_body<'a>(
    document: &'a OpenAPI,
    body: &'a ReferenceOr<RequestBody>,
) -> Option<&'a RequestBody> {
    resolve(document, body, "#/components/requestBodies/", |c| {
        &c.request_bodies
    })
}

pub(super) fn resolve_response<'a>(
    document: &'a OpenAPI,
    response: &'a ReferenceOr<Response>,
) -> Option<&'a Response> {
    resolve(document, response, "#/components/responses/", |c| {
        &c.responses
    })
}

pub(super) fn resolve_schema<'a>(
    document: &'a OpenAPI,
    schema: &'a ReferenceOr<Schema>,
) -> Option<&'a Schema> {
    resolve(document, schema, "#/components/schemas/", |c| &c.schemas)
}

pub(super) fn resolve_boxed<'a>(
    document: &'a OpenAPI,
    schema: &'a ReferenceOr<Box<Schema>>,
) -> Option<&'a Schema> {
    match schema {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => resolve_schema(
            document,
            document
                .components
                .as_ref()?
                .schemas
                .get(reference.strip_prefix("#/components/schemas/")?)?,
        ),
    }
}
