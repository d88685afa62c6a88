//! What the generated crates leave of a document, reported with its place
//! ([`crate::notes`]).

use crate::{Spec, lower};

/// Each callback and webhook the generators leave out (`lower/left_out.rs`) and each media
/// type a request body offers that the router does not read (`lower/media.rs`), as
/// `file:line:column: pointer: what and why`.
pub(crate) fn notes(spec: &Spec) -> Vec<String> {
    let mut notes = Vec::new();
    let left_out = spec.document.extensions.get(lower::LEFT_OUT);
    for item in left_out
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
    {
        let text = |key: &str| item.get(key).and_then(serde_json::Value::as_str);
        let pointer = text("pointer").unwrap_or("");
        let location = crate::pointer::nearest(&spec.locations, pointer).cloned();
        let at = crate::error::at(&spec.source_name, &location);
        notes.push(format!("{at}: {pointer}: {}", text("reason").unwrap_or("")));
    }
    for item in spec.document.paths.paths.values() {
        let Some(item) = item.as_item() else {
            continue;
        };
        for (_, operation) in item.iter() {
            let Some(openapiv3::ReferenceOr::Item(body)) = &operation.request_body else {
                continue;
            };
            let unread = body.extensions.get(lower::UNREAD);
            for unread in unread
                .and_then(serde_json::Value::as_array)
                .into_iter()
                .flatten()
            {
                let text = |key: &str| unread.get(key).and_then(serde_json::Value::as_str);
                let pointer = text("pointer").unwrap_or("");
                let location = crate::pointer::nearest(&spec.locations, pointer).cloned();
                let at = crate::error::at(&spec.source_name, &location);
                let media_type = text("mediaType").unwrap_or("");
                let reason = text("reason").unwrap_or("");
                notes.push(format!(
                    "{at}: {pointer}: the generated router does not read the body sent as \
                     {media_type} as documented: {reason}"
                ));
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::Spec;

    const SPEC: &str = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      operationId: addPet
      requestBody:
        content:
          application/json: {schema: {$ref: '#/components/schemas/Pet'}}
          application/xml: {schema: {$ref: '#/components/schemas/Pet'}}
          application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Pet'}}
          multipart/form-data: {schema: {type: object}}
          text/plain: {schema: {$ref: '#/components/schemas/Pet'}}
          application/merge-patch+json: {schema: {$ref: '#/components/schemas/Pet'}}
          application/vnd.other+json: {schema: {type: object}}
      responses: {'204': {description: done}}
  /owners:
    post:
      operationId: addOwner
      requestBody:
        content:
          application/json: {schema: {$ref: '#/components/schemas/Owner'}}
          application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Owner'}}
      responses: {'204': {description: done}}
components:
  schemas:
    Pet:
      type: object
      xml: {name: pet}
      properties:
        id: {type: integer, xml: {attribute: true}}
        tags: {type: array, xml: {wrapped: true}, items: {type: string, xml: {name: tag}}}
    Owner:
      type: object
      properties:
        pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
"##;

    #[test]
    fn the_same_schema_as_xml_or_a_form_is_read_and_the_rest_is_reported_where_it_is() {
        let spec = Spec::parse("pets.yaml", SPEC).expect("generates");
        let lowered = crate::lower::lower(&spec.raw);
        let body = &lowered["paths"]["/pets"]["post"]["requestBody"];
        assert_eq!(
            body[crate::lower::ALSO_READ],
            json!([
                {"mediaType": "application/xml", "reader": "xml", "xml": {
                    "name": "pet",
                    "properties": {
                        "tags": {"wrapped": true, "items": {"name": "tag"}},
                    },
                }},
                {"mediaType": "application/x-www-form-urlencoded", "reader": "form"},
            ])
        );
        assert_eq!(
            body["content"].as_object().map(|content| content.len()),
            Some(1),
            "progenitor sees the JSON only"
        );
        let notes = super::notes(&spec);
        assert_eq!(notes.len(), 4, "{notes:#?}");
        assert!(
            notes[0].starts_with(
                "pets.yaml:13:32: /paths/~1pets/post/requestBody/content/multipart~1form-data: \
                 the generated router does not read the body sent as multipart/form-data as \
                 documented: its schema is not the one the generated client sends: the router \
                 answers 415"
            ),
            "{notes:#?}"
        );
        assert!(
            notes[1].contains("sent as text/plain as documented: beside JSON or a form"),
            "{notes:#?}"
        );
        assert!(
            notes[2].contains("sent as application/vnd.other+json as documented")
                && notes[2].ends_with("the router reads it as the first JSON media type's"),
            "JSON of another schema is read as the first: {notes:#?}"
        );
        assert!(
            notes[3].contains(
                "/paths/~1owners/post/requestBody/content/application~1x-www-form-urlencoded"
            ) && notes[3].contains("a form cannot carry it"),
            "a form of nested objects is not read: {notes:#?}"
        );

        // The wire checks are given the document without what is not read.
        let mut document = spec.raw.clone();
        let changed = crate::as_read(&mut document);
        let content = &document["paths"]["/pets"]["post"]["requestBody"]["content"];
        let kept: Vec<&String> = content.as_object().expect("content").keys().collect();
        assert_eq!(
            kept,
            [
                "application/json",
                "application/xml",
                "application/x-www-form-urlencoded",
                "application/merge-patch+json",
            ]
        );
        assert!(
            changed.iter().any(
                |place| place.starts_with("/paths/~1pets/post/requestBody/content/text~1plain")
            ),
            "{changed:#?}"
        );
    }

    #[test]
    fn callbacks_and_webhooks_are_left_out_and_reported_where_they_are() {
        let spec = Spec::parse(
            "hooks.yaml",
            r##"
openapi: 3.1.0
info: {title: Hooks, version: '1'}
paths:
  /subscriptions:
    post:
      operationId: subscribe
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post:
              requestBody:
                content:
                  application/json: {schema: {type: object}}
              responses: {'200': {description: Received.}}
      responses: {'201': {description: Subscribed.}}
webhooks:
  petAdopted:
    post:
      responses: {'200': {description: Received.}}
"##,
        )
        .expect("generates");
        let notes = super::notes(&spec);
        assert_eq!(
            notes,
            [
                "hooks.yaml:19:5: /webhooks/petAdopted: webhooks are not generated: neither a \
                 client that sends them nor a receiver for them",
                "hooks.yaml:10:11: /paths/~1subscriptions/post/callbacks/onEvent: callbacks are \
                 not generated: the operation is, but neither a client the server calls them \
                 with nor a receiver for its caller",
            ]
        );
        // The operation is generated; the document served keeps both as written.
        let client = crate::client_file(&spec, "test").expect("generates");
        assert!(client.contains("pub fn subscribe("), "{client}");
        assert!(spec.raw.get("webhooks").is_some());
    }
}
