//! What an event stream answers (`lower/events.rs` keeps it in `lower::KEPT_EVENTS`): each
//! event's data type and the event names the spec lists.

use openapiv3::{ReferenceOr, Schema};

use super::Parameter;
use crate::{lower, naming, openapi::In};

/// A success answered as server-sent events.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Events {
    /// Each event's data: a reference to the component schema lowering made it.
    pub(crate) data: ReferenceOr<Schema>,
    /// That component's name, and the type typify defines for it.
    pub(crate) component: String,
    pub(crate) type_name: String,
    /// The event names the item schema lists (`enum` or `const` of `event`), in order.
    pub(crate) names: Vec<String>,
}

impl Events {
    /// The listed names for a doc comment: `` `a`, `b` `` (empty when none).
    pub(crate) fn listed_names(&self) -> String {
        self.names
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The event stream `response` answers with, if it is one.
pub(super) fn read(response: &openapiv3::Response) -> Option<Events> {
    let kept = response
        .content
        .values()
        .find_map(|media| media.extensions.get(lower::KEPT_EVENTS))?;
    let reference = kept.pointer("/data/$ref")?.as_str()?;
    let component =
        crate::pointer::unescape_token(reference.strip_prefix("#/components/schemas/")?);
    let names = kept
        .get("names")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(serde_json::Value::as_str)
        .map(str::to_owned)
        .collect();
    let data = ReferenceOr::Reference {
        reference: reference.to_owned(),
    };
    Some(Events {
        type_name: naming::type_name(&component),
        component,
        data,
        names,
    })
}

/// The Rust field of the `Last-Event-ID` header parameter among `parameters`.
pub(super) fn last_event_id(parameters: &[Parameter<'_>]) -> Option<String> {
    parameters
        .iter()
        .find(|parameter| {
            parameter.location == In::Header
                && parameter.name.eq_ignore_ascii_case(lower::LAST_EVENT_ID)
        })
        .map(|parameter| parameter.field.clone())
}
