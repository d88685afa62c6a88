//! An operation whose success is an event stream (`text/event-stream` with an item schema)
//! gets `events()` on its builder: the typed events of `client_runtime::events`, which reads
//! progenitor's raw bytes as server-sent events and reconnects with `Last-Event-ID` (the
//! builder's own `last_event_id` setter, on a clone of the builder) under the client's retry
//! policy.

use quote::{format_ident, quote};

use crate::{CodegenError, Spec, model::Operation, progenitor};

/// The builder's `events()` for `op`, if it streams.
pub(super) fn builder_impl(
    spec: &Spec,
    file: &syn::File,
    op: &Operation<'_>,
) -> Result<Option<syn::Item>, CodegenError> {
    let Some(events) = op
        .responses
        .iter()
        .find_map(|response| response.events.as_ref())
    else {
        return Ok(None);
    };
    let fail = |message: String| CodegenError::Generator {
        source_name: spec.source_name.clone(),
        message: format!("the event stream of {}: {message}", op.id),
    };
    let field = op
        .last_event_id
        .as_ref()
        .ok_or_else(|| fail("the operation takes no Last-Event-ID header".into()))?;
    let error = progenitor::byte_stream_send_error(file, &op.builder_name)
        .ok_or_else(|| fail("progenitor does not read its success as raw bytes".into()))?;
    let data = progenitor::event_data_type(&progenitor::defined_types_of(file), events);
    let builder = format_ident!("{}", op.builder_name);
    let setter = format_ident!("{}", field);
    let names = if events.names.is_empty() {
        String::new()
    } else {
        format!(
            " The spec lists the event names {}; any other name is passed on as it comes.",
            events.listed_names()
        )
    };
    let doc = format!(
        " The events this request answers, each `data` read as a `{data}`, as a `Stream`: a \
         connection that breaks or ends is opened again with the last event id as \
         `Last-Event-ID` (after the server's `retry:`, else the retry policy's backoff), \
         until the policy's retries pass without an event. An event whose data is not a \
         `{data}` is an `Err` item and the stream goes on; an error answer ends it.{names}"
    );
    let item = syn::parse2(quote! {
        impl<'a> #builder<'a> {
            #[doc = #doc]
            pub fn events(self) -> ::std::pin::Pin<::std::boxed::Box<
                dyn ::client_runtime::Stream<
                    Item = Result<::client_runtime::Event<#data>, #error>
                > + Send + 'a
            >> {
                let policy = self.client.retry_policy().clone();
                ::client_runtime::events(policy, move |last_event_id| {
                    let request = match last_event_id {
                        Some(id) => self.clone().#setter(id),
                        None => self.clone(),
                    };
                    async move { request.send().await.map(ResponseValue::into_inner) }
                })
            }
        }
    })
    .map_err(|err| fail(format!("events() does not parse: {err}")))?;
    Ok(Some(item))
}
