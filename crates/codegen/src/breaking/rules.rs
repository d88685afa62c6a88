//! The rules of the breaking-change check: each has a stable id and says whom its change
//! breaks; the level follows from that (see [`Rule::level`]).

use super::{Breaks, Level};

/// One kind of change.
pub struct Rule {
    /// Stable id, printed with every change and matched by fixtures.
    pub id: &'static str,
    /// Whom the change breaks.
    pub breaks: &'static [Breaks],
    /// What the rule finds, for the README's table.
    pub summary: &'static str,
}

impl Rule {
    /// Breaking when old clients fail or consumers' Rust code stops compiling; a warning when
    /// only old servers may fail (a new client talking to a server not yet upgraded) or the
    /// server's own implementation must change with the spec; info otherwise.
    pub fn level(&self) -> Level {
        if self.breaks.contains(&Breaks::OldClients) || self.breaks.contains(&Breaks::RustSource) {
            Level::Breaking
        } else if self.breaks.contains(&Breaks::OldServers)
            || self.breaks.contains(&Breaks::ServerSource)
        {
            Level::Warning
        } else {
            Level::Info
        }
    }
}

const OC: Breaks = Breaks::OldClients;
const OS: Breaks = Breaks::OldServers;
const RS: Breaks = Breaks::RustSource;
const SS: Breaks = Breaks::ServerSource;

macro_rules! rules {
    ($($id:literal [$($breaks:expr),*] $summary:literal,)*) => {
        /// Every rule, in the README's order.
        pub const RULES: &[Rule] = &[$(Rule { id: $id, breaks: &[$($breaks),*], summary: $summary },)*];
    };
}

rules! {
    "operation-removed" [OC, RS, SS] "an operation (path and method) is gone: the client's method and the trait's method with it",
    "operation-added" [SS] "a new operation: every implementation of the trait must add its method",
    "pagination-removed" [RS] "an operation's x-pagination is gone: the client's page stream (`stream()`) with it",
    "pagination-added" [] "an operation gained x-pagination: the client gains a page stream",
    "pagination-changed" [] "an operation's x-pagination changed (its style or parameters): the client's page stream pages another way, with the same items",
    "operation-id-changed" [RS] "the operationId, and so the client's method name, changed",
    "path-parameter-renamed" [RS] "a path template names its parameter differently (same route)",
    "request-parameter-removed" [RS] "a parameter is gone (the client's setter with it)",
    "request-parameter-renamed" [OC, RS] "a parameter is sent under another name",
    "request-parameter-required-added" [OC] "a new required parameter",
    "request-parameter-optional-added" [] "a new optional parameter",
    "request-parameter-made-required" [OC] "an optional parameter became required",
    "request-parameter-made-optional" [] "a required parameter became optional",
    "request-parameter-location-changed" [OC] "a parameter moved (query, header, path, cookie)",
    "request-parameter-style-changed" [OC] "a parameter is serialized differently (style, explode)",
    "request-parameter-default-changed" [OC] "a parameter's default changed: the generated server fills it in when a request leaves it out, so old clients get another behaviour",
    "request-body-required-added" [OC] "a new required request body",
    "request-body-optional-added" [] "a new optional request body",
    "request-body-made-required" [OC] "the request body became required",
    "request-body-made-optional" [SS] "the request body became optional: the trait's `Request` holds an `Option` of it",
    "request-body-removed" [RS] "the request body is gone",
    "request-media-type-removed" [OC] "a request content type is no longer accepted",
    "request-media-type-added" [] "a new request content type",
    "request-media-type-removed-unused" [] "a request content type the generated client never sends is gone (it sends JSON where JSON is offered)",
    "request-type-changed" [OC, OS] "a request value's type changed",
    "request-type-narrowed" [OC] "a request value accepts fewer types (number to integer)",
    "request-type-widened" [OS] "a request value accepts more types (integer to number)",
    "request-format-changed" [OC, OS] "a request value's format changed",
    "request-format-narrowed" [OC] "a request value gained a format",
    "request-format-widened" [OS] "a request value lost its format",
    "request-enum-value-removed" [OC, RS] "a request enum lost a value old clients may send (and its variant in the generated enum)",
    "request-enum-value-added" [OS] "a request enum gained a value old servers refuse",
    "request-constraint-narrowed" [OC] "a request constraint is tighter (length, bounds, pattern, enum added)",
    "request-constraint-widened" [OS] "a request constraint is looser",
    "request-nullable-removed" [OC] "a request value may no longer be null",
    "request-nullable-added" [OS] "a request value may now be null",
    "request-property-removed" [RS] "a request property is gone (its field with it)",
    "request-property-removed-closed" [OC, RS] "a request property is gone from an object that refuses unknown properties",
    "request-property-required-added" [OC] "a new required request property",
    "request-property-optional-added" [] "a new optional request property",
    "request-property-added-to-closed-object" [OS] "a new request property that old servers refuse (additionalProperties: false)",
    "request-property-made-required" [OC] "a request property became required",
    "request-property-made-optional" [] "a request property became optional",
    "request-additional-properties-closed" [OC] "a request object now refuses unknown properties",
    "request-variant-removed" [OC] "a request oneOf/anyOf lost a variant",
    "request-variant-added" [OS] "a request oneOf/anyOf gained a variant",
    "response-success-status-removed" [OC] "a success status old clients expect is gone",
    "response-success-status-added" [OC] "a new success status old clients do not expect",
    "response-error-status-removed" [OS] "an error status is no longer documented",
    "response-error-status-added" [] "a new error status",
    "response-media-type-removed" [OC] "a response content type is gone",
    "response-media-type-added" [] "a new response content type",
    "event-stream-added" [SS] "a `text/event-stream` answer gained an item schema: the client gains a typed `events()`, the server's variant holds typed events instead of bytes",
    "event-stream-removed" [RS, SS] "an event stream lost its item schema: the client's `events()` and the server's typed variant with it",
    "event-name-added" [] "an event stream lists a new event name: the generated client passes every name on as text, so old clients read it (and may ignore it)",
    "event-name-removed" [] "an event stream no longer lists an event name: old clients read what is still sent",
    "response-media-type-removed-unused" [] "a response content type the generated client never reads is gone (it asks for JSON where JSON is offered)",
    "response-type-changed" [OC, OS] "a response value's type changed",
    "response-type-widened" [OC] "a response value may be of more types",
    "response-type-narrowed" [OS] "a response value may be of fewer types",
    "response-format-changed" [OC, OS] "a response value's format changed",
    "response-format-widened" [OC] "a response value lost its format",
    "response-format-narrowed" [OS] "a response value gained a format",
    "response-format-unchecked-changed" [] "a response format changed where the generated client reads a plain String either way (email, uri, …)",
    "response-enum-value-added" [OC] "a response enum gained a value: generated Rust enums are exhaustive, so old clients fail to read it",
    "response-extensible-enum-value-added" [] "an `x-extensible-enum` response enum gained a value: old generated clients read it as `Unknown(value)`",
    "response-enum-value-removed" [OS, RS] "a response enum lost a value, and the generated enum its variant: code that names it (a server that answers it) stops compiling",
    "response-constraint-widened" [OC] "a response constraint is looser (old clients' constrained types refuse the new values)",
    "response-constraint-narrowed" [OS] "a response constraint is tighter",
    "response-constraint-widened-unchecked" [] "a response bound the generated client does not check is looser (numeric bounds, multipleOf, array and object sizes): old clients read the new values",
    "response-nullable-added" [OC] "a response value may now be null",
    "response-nullable-removed" [OS] "a response value may no longer be null",
    "response-required-property-removed" [OC, RS] "a required response property is gone",
    "response-optional-property-removed" [RS] "an optional response property is gone (its field with it)",
    "response-property-made-optional" [OC] "a response property may now be missing",
    "response-property-made-required" [OS] "a response property is now always present",
    "response-property-added" [SS] "a new response property: an implementation that builds the struct with a literal must add the field (`None` for an optional one), or build it with `types::builder`",
    "response-property-added-to-closed-object" [OC] "a new property in a response object old clients read with additionalProperties: false (deny_unknown_fields)",
    "response-additional-properties-opened" [OC] "a response object old clients read with additionalProperties: false (deny_unknown_fields) may now hold other properties",
    "response-variant-added" [OC] "a response oneOf/anyOf gained a variant old clients cannot read",
    "response-variant-removed" [OS, RS] "a response oneOf/anyOf lost a variant, and the generated enum its variant: code that names it stops compiling",
    "response-header-removed" [OC, SS] "a required response header is gone: code reading it finds none",
    "response-optional-header-removed" [SS] "an optional response header is gone: the server's headers struct loses its field",
    "response-header-added" [SS] "a response documents a new header: the server's variant gains a headers struct, or that struct a field (a struct literal must set it; `..Default::default()` spares an optional one)",
    "response-header-made-optional" [OC, SS] "a required response header may now be missing (the server's field becomes an `Option`)",
    "response-header-made-required" [SS] "an optional response header became required: the server's field is no longer an `Option`",
    "response-header-changed" [OC, SS] "a response header's schema changed (type, format, enum): code parsing it may fail, and the server's field may change type",
    "security-scheme-changed" [OC] "a security scheme in use changed (type, header name, location, scheme)",
    "security-requirement-added" [OC] "an operation asks for credentials old clients do not send",
    "security-scope-added" [OC] "an operation asks for OAuth scopes the tokens of old clients may lack",
    "security-requirement-removed" [] "an operation asks for fewer credentials",
    "security-context-changed" [SS] "an operation became open or secured: the trait method loses or gains its `context` parameter",
    "schema-keyword-changed" [OC] "a JSON Schema keyword the generated code does not enforce changed (prefixItems, if/then/else, patternProperties, …): not compared, so reported as breaking; review it by hand",
    "schema-removed" [RS] "a component schema is gone, and its generated type with it (renamed or inlined)",
    "webhook-removed" [OC] "a webhook is gone: its receivers get no more calls",
    "webhook-added" [] "a new webhook",
    "webhook-changed" [OC] "a webhook changed: its payloads are not compared, so reported as breaking; review it by hand",
    "deprecated-added" [] "an operation, parameter or property is deprecated (with its x-sunset and x-deprecated-by, if any): the generated client marks it #[deprecated], the server announces it in Deprecation and Sunset headers",
    "deprecated-removed" [] "an operation, parameter or property is no longer deprecated",
    "sunset-moved-earlier" [OC] "a deprecated item's x-sunset moved earlier: clients planned for the date announced",
    "sunset-changed" [] "a deprecated item's x-sunset was set, moved later or taken away",
    "stability-decreased" [OC] "an operation's x-stability went down (stable to beta or alpha, beta to alpha): its clients lose the promise they built on",
    "stability-increased" [] "an operation's x-stability went up (alpha or beta to stable)",
    "rust-type-changed" [RS] "the generated Rust type of a value changed (uuid to String, i64 to f64, T to Option<T>), though the wire may not have",
}

/// The rule with this id.
pub fn rule(id: &str) -> &'static Rule {
    RULES
        .iter()
        .find(|rule| rule.id == id)
        .unwrap_or_else(|| panic!("no rule {id}"))
}
