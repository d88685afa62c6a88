//! The operation's parameters, body and responses as the document states them, with
//! `$ref`s resolved within the document.

use super::*;
use crate::resolve::resolve;

pub(super) fn params<'a>(
    spec: &Spec,
    document: &'a OpenAPI,
    item: &'a PathItem,
    operation: &'a Operation,
    builder: &Builder,
) -> Result<Vec<Param<'a>>, CodegenError> {
    let mut all: Vec<&'a Parameter> = Vec::new();
    for parameter in item.parameters.iter().chain(operation.parameters.iter()) {
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
    resolve(document, param.schema)
        .and_then(|schema| schema.schema_data.default.as_ref())
        .map(|value| value.to_string())
}
