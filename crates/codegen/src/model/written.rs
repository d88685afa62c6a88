//! The responses as the document writes them, before lowering merged bodies for progenitor
//! (the client's error types are made from these).

use serde_json::Value;

use super::{WrittenBody, WrittenResponse};
use crate::{
    Spec,
    openapi::{Status, is_json},
    resolve::{follow, schema_name},
};

/// The operation's responses as the document writes them (before lowering merged bodies).
pub(super) fn written_responses<'d>(spec: &'d Spec, pointer: &str) -> Vec<WrittenResponse<'d>> {
    let Some(Value::Object(responses)) = spec.raw.pointer(&format!("{pointer}/responses")) else {
        return Vec::new();
    };
    responses
        .iter()
        .filter_map(|(key, response)| {
            let status = Status::parse(key)?;
            let response = follow(&spec.raw, response).0;
            let summary = response
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("");
            Some(WrittenResponse {
                key,
                status,
                summary,
                body: written_body(response),
            })
        })
        .collect()
}

fn written_body(response: &Value) -> WrittenBody<'_> {
    let Some(Value::Object(content)) = response.get("content") else {
        return WrittenBody::None;
    };
    let Some((_, media)) = content.iter().find(|(media, _)| is_json(media)) else {
        return if content.is_empty() {
            WrittenBody::None
        } else {
            WrittenBody::Other
        };
    };
    WrittenBody::Json(
        media
            .pointer("/schema/$ref")
            .and_then(Value::as_str)
            .and_then(schema_name),
    )
}
