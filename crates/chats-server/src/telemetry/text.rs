//! The text log's lines (the default format), written in one pass.
//!
//! `2026-12-05T20:31:05.123456Z  INFO request{method=GET path=/api/v1/chats/… request_id=…
//! trace_id=… route=/api/v1/chats/{id} operation_id=getChat workspace_id=…}:
//! chats_server::http: answered status=200 latency_us=83`: the layout of
//! `tracing-subscriber`'s default format, without colours, with the request's fields read
//! from its context ([`super::context`]) when the line is written, and numbers and timestamps
//! written without `core::fmt`.

use tracing_subscriber::{
    fmt::{FmtContext, FormatEvent, FormatFields, FormattedFields, format::Writer},
    registry::LookupSpan,
};

use super::{
    context::{self, RequestContext},
    json::{Keyed, Visitor, push_timestamp, with_line},
};

/// The text log's line format.
pub struct TextLines;

impl<S, N> FormatEvent<S, N> for TextLines
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        context: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        let metadata = event.metadata();
        with_line(|line| {
            push_timestamp(line, std::time::SystemTime::now());
            line.push(' ');
            let level = metadata.level().as_str();
            for _ in level.len()..5 {
                line.push(' ');
            }
            line.push_str(level);
            line.push(' ');
            let request = context::current(|request| {
                request.map(|request| push_request(line, request)).is_some()
            });
            if !request && let Some(scope) = context.event_scope() {
                for span in scope.from_root() {
                    line.push_str(span.name());
                    let extensions = span.extensions();
                    if let Some(fields) = extensions.get::<FormattedFields<N>>()
                        && !fields.is_empty()
                    {
                        line.push('{');
                        line.push_str(fields);
                        line.push('}');
                    }
                    line.push_str(": ");
                }
            }
            line.push_str(metadata.target());
            line.push_str(": ");
            event.record(&mut Visitor(FieldWriter { out: line }));
            line.push('\n');
            writer.write_str(line)
        })
    }
}

/// `request{method=… path=… request_id=… trace_id=…[ route=…][ operation_id=…][ workspace_id=…]}: `
fn push_request(line: &mut String, request: &RequestContext) {
    line.push_str("request{method=");
    line.push_str(request.method.as_str());
    line.push_str(" path=");
    line.push_str(request.uri.path());
    line.push_str(" request_id=");
    line.push_str(request.request_id());
    line.push_str(" trace_id=");
    request.with_trace(|trace| line.push_str(trace));
    if let Some(route) = &*request.route.borrow() {
        line.push_str(" route=");
        line.push_str(route.as_str());
    }
    let operation = request.operation.get();
    if !operation.is_empty() {
        line.push_str(" operation_id=");
        line.push_str(operation);
    }
    if let Some(workspace) = request.workspace.get() {
        line.push_str(" workspace_id=");
        line.push_str(
            workspace
                .hyphenated()
                .encode_lower(&mut uuid::Uuid::encode_buffer()),
        );
    }
    line.push_str("}: ");
}

/// Writes an event's fields as the default format does: the message, then ` name=value`
/// (strings and other values as `Debug` writes them).
struct FieldWriter<'a> {
    out: &'a mut String,
}

impl FieldWriter<'_> {
    fn key(&mut self, field: &tracing::field::Field) {
        if field.name() != "message" {
            if !self.out.ends_with(": ") {
                self.out.push(' ');
            }
            self.out.push_str(field.name());
            self.out.push('=');
        }
    }
}

impl Keyed for FieldWriter<'_> {
    fn key(&mut self, field: &tracing::field::Field) {
        FieldWriter::key(self, field);
    }

    fn out(&mut self) -> &mut String {
        self.out
    }

    fn string(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "message" {
            self.out.push_str(value);
        } else {
            self.debug(field, &value);
        }
    }

    fn debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.key(field);
        let _ = std::fmt::Write::write_fmt(self.out, format_args!("{value:?}"));
    }
}
