//! `mutualTLS` security schemes (OpenAPI 3.1): nothing travels in the request, the client's
//! TLS certificate authenticates it, checked by whatever terminates TLS in front of the
//! router. progenitor's document model has no such scheme, so the generators are given an
//! `http` scheme marked [`KEPT_MUTUAL_TLS`], which the model reads back as mutual TLS: the
//! client gets no credential method for it (certificates go on reqwest's `ClientBuilder`), the
//! router lets the request through to `authenticate` with an empty credential.

use serde_json::{Value, json};

use super::KEPT_MUTUAL_TLS;

pub(super) fn lower(document: &mut Value) {
    let Some(schemes) = document
        .pointer_mut("/components/securitySchemes")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for scheme in schemes.values_mut() {
        if scheme.get("type").and_then(Value::as_str) == Some("mutualTLS") {
            let description = scheme.get("description").cloned();
            *scheme = json!({"type": "http", "scheme": "mutual-tls", KEPT_MUTUAL_TLS: true});
            if let Some(description) = description {
                scheme["description"] = description;
            }
        }
    }
}
