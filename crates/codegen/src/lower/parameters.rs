//! Every parameter a document declares, for the rewrites that apply to each one wherever it
//! is written: the components', each path item's and each operation's.

use serde_json::Value;

use crate::{openapi::METHODS, pointer::escape_token};

/// Calls `rewrite` on each parameter of `document`, in document order (components first).
pub(super) fn each(document: &mut Value, mut rewrite: impl FnMut(&mut Value)) {
    each_at(document, |_, parameter| rewrite(parameter));
}

/// [`each`], with each parameter's JSON pointer.
pub(super) fn each_at(document: &mut Value, mut rewrite: impl FnMut(&str, &mut Value)) {
    if let Some(parameters) = document
        .pointer_mut("/components/parameters")
        .and_then(Value::as_object_mut)
    {
        for (name, parameter) in parameters.iter_mut() {
            rewrite(
                &format!("/components/parameters/{}", escape_token(name)),
                parameter,
            );
        }
    }
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let path = escape_token(path);
        for key in std::iter::once("parameters").chain(METHODS) {
            let (list, at) = if key == "parameters" {
                (
                    item.get_mut("parameters"),
                    format!("/paths/{path}/parameters"),
                )
            } else {
                let list = item
                    .get_mut(key)
                    .and_then(|operation| operation.get_mut("parameters"));
                (list, format!("/paths/{path}/{key}/parameters"))
            };
            for (index, parameter) in list
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
                .enumerate()
            {
                rewrite(&format!("{at}/{index}"), parameter);
            }
        }
    }
}
