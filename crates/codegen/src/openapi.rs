//! The vocabulary of OpenAPI as the generator reads it: methods, where a parameter travels,
//! statuses and their classes, media types and their kinds. Each fact is decided here once;
//! lowering, the model, every emitter and the breaking check ask this module.

/// The methods a path item may hold, in the order the OpenAPI specification lists them (the
/// Path Item Object's fields): the order of operations everywhere in generated code.
pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// An HTTP method of a path item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    /// Every method, in the order OpenAPI lists them.
    pub(crate) const ALL: [Method; 8] = [
        Self::Get,
        Self::Put,
        Self::Post,
        Self::Delete,
        Self::Options,
        Self::Head,
        Self::Patch,
        Self::Trace,
    ];

    /// As OpenAPI and axum's routing functions spell it.
    pub(crate) fn lower(self) -> &'static str {
        METHODS[self as usize]
    }

    /// As HTTP spells it.
    pub(crate) fn upper(self) -> String {
        self.lower().to_uppercase()
    }
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum In {
    Path,
    Query,
    Header,
    Cookie,
}

impl std::fmt::Display for In {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Path => "path",
            Self::Query => "query",
            Self::Header => "header",
            Self::Cookie => "cookie",
        })
    }
}

/// A documented response status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    Code(u16),
    /// `4XX`: the first digit.
    Range(u16),
    Default,
}

/// What a status means to a caller, as the generated client reads it (progenitor's rule):
/// one success type and one error type per operation; any other status is unexpected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// `101`, `2xx`, `2XX`: the operation's success type.
    Success,
    /// `4xx`, `5xx`, `4XX`, `5XX`: the operation's error type.
    Error,
    /// `default`: both (whatever is not documented otherwise).
    Default,
    /// Any other code (`1xx` but `101`, `3xx`): neither; the client hands back the raw answer.
    Other,
}

impl Status {
    /// Reads a key of `responses`: `200`, `4XX` (any case), `default`.
    pub(crate) fn parse(text: &str) -> Option<Self> {
        if text == "default" {
            return Some(Self::Default);
        }
        if let Ok(code) = text.parse::<u16>() {
            return (100..=599).contains(&code).then_some(Self::Code(code));
        }
        let (digit, rest) = text.split_at_checked(1)?;
        let digit = digit.parse::<u16>().ok()?;
        ((1..=5).contains(&digit) && rest.eq_ignore_ascii_case("XX")).then_some(Self::Range(digit))
    }

    pub(crate) fn class(self) -> Class {
        match self {
            Self::Default => Class::Default,
            Self::Code(101 | 200..=299) | Self::Range(2) => Class::Success,
            Self::Code(400..=599) | Self::Range(4 | 5) => Class::Error,
            Self::Code(_) | Self::Range(_) => Class::Other,
        }
    }

    /// Answered with the operation's error type (`default` included).
    pub(crate) fn is_error(self) -> bool {
        matches!(self.class(), Class::Error | Class::Default)
    }

    /// By code, a range after the codes it covers, `default` last.
    pub(crate) fn order(self) -> u32 {
        match self {
            Self::Code(code) => u32::from(code) * 10,
            Self::Range(range) => u32::from(range) * 1000 + 999,
            Self::Default => u32::MAX,
        }
    }

    pub(crate) fn code(self) -> Option<u16> {
        match self {
            Self::Code(code) => Some(code),
            _ => None,
        }
    }

    /// As the document writes it (ranges upper case).
    pub(crate) fn text(self) -> String {
        match self {
            Self::Code(code) => code.to_string(),
            Self::Range(range) => format!("{range}XX"),
            Self::Default => "default".to_owned(),
        }
    }

    /// The name of its variant in generated enums (`NotFound`, `Status4XX`, `Default`).
    pub(crate) fn variant(self) -> String {
        match self {
            Self::Code(code) => crate::naming::status_variant(code),
            Self::Range(range) => format!("Status{range}XX"),
            Self::Default => "Default".to_owned(),
        }
    }
}

/// The extension that marks a component string enum extensible: its generated Rust enum gains
/// `Unknown(String)`, so a client reads a value a newer server added; the router still
/// refuses an unlisted value in a request, and the breaking check calls a value added to such
/// a response enum `info`.
pub(crate) const EXTENSIBLE_ENUM: &str = "x-extensible-enum";

/// JSON Schema 2020-12 keywords (OpenAPI 3.1) the generated types and router do not
/// enforce: the subset check refuses a schema that uses one, with its place, and the breaking
/// check reports any change to one as breaking (it does not model them). `not` too: it has no
/// Rust type. (`const` is read as a one-value `enum`; `contentMediaType`, `contentEncoding`
/// and `$comment` are annotations, which validate nothing in 2020-12.)
pub(crate) const UNENFORCED_KEYWORDS: [&str; 15] = [
    "not",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "dependentRequired",
    "dependentSchemas",
    "if",
    "then",
    "else",
    "patternProperties",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contentSchema",
];

pub(crate) const JSON: &str = "application/json";
pub(crate) const FORM: &str = "application/x-www-form-urlencoded";
pub(crate) const OCTET_STREAM: &str = "application/octet-stream";

/// Whether a schema (as JSON, its reference followed) is an object: by its `type`, or by its
/// `properties` when it has none. A `type: string` beside `properties` is a string: JSON
/// Schema ignores object keywords for a string (the corpus has such parameters).
pub(crate) fn is_object_schema(schema: &serde_json::Value) -> bool {
    match schema.get("type").and_then(serde_json::Value::as_str) {
        Some(kind) => kind == "object",
        None => schema.get("properties").is_some(),
    }
}

/// How a body of a media type is read and written by generated code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MediaKind {
    /// JSON by any name: typed, validated against its schema.
    Json,
    /// `application/x-www-form-urlencoded`: a typed struct, validated.
    Form,
    /// Anything else: bytes of the documented media type.
    Raw,
}

/// A media type without its parameters, lower case (`Application/JSON; charset=utf-8` →
/// `application/json`).
pub(crate) fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// How generated code treats a media type. JSON is `application/json`, `text/json` and
/// `application/*+json`, with any parameters: the same set the server runtime accepts as a
/// JSON request body (`server_runtime::is_json_media_type`; a test holds them equal).
pub(crate) fn media_kind(media_type: &str) -> MediaKind {
    let essence = essence(media_type);
    if essence == JSON
        || essence == "text/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
    {
        MediaKind::Json
    } else if essence == FORM {
        MediaKind::Form
    } else {
        MediaKind::Raw
    }
}

/// Whether a media type is JSON by any name (see [`media_kind`]).
pub(crate) fn is_json(media_type: &str) -> bool {
    media_kind(media_type) == MediaKind::Json
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_parse_and_classify_as_the_client_reads_them() {
        let class = |text: &str| Status::parse(text).map(Status::class);
        assert_eq!(class("200"), Some(Class::Success));
        assert_eq!(class("101"), Some(Class::Success));
        assert_eq!(class("2XX"), Some(Class::Success));
        assert_eq!(class("2xx"), Some(Class::Success));
        assert_eq!(class("404"), Some(Class::Error));
        assert_eq!(class("5XX"), Some(Class::Error));
        assert_eq!(class("default"), Some(Class::Default));
        assert_eq!(class("304"), Some(Class::Other));
        assert_eq!(class("100"), Some(Class::Other));
        assert_eq!(class("3XX"), Some(Class::Other));
        assert_eq!(class("600"), None);
        assert_eq!(class("6XX"), None);
        assert_eq!(class("2YY"), None);
        assert!(Status::Default.is_error() && Status::Range(4).is_error());
        assert!(!Status::Code(302).is_error() && !Status::Code(200).is_error());
    }

    #[test]
    fn statuses_order_by_code_a_range_after_its_codes_default_last() {
        let mut statuses = [
            Status::Default,
            Status::Range(4),
            Status::Code(500),
            Status::Code(200),
        ];
        statuses.sort_by_key(|status| status.order());
        assert_eq!(
            statuses.map(Status::text),
            ["200", "4XX", "500", "default"].map(str::to_owned)
        );
        assert_eq!(Status::Code(422).variant(), "UnprocessableEntity");
        assert_eq!(Status::Range(4).variant(), "Status4XX");
    }

    #[test]
    fn media_kinds() {
        for json in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON",
            "text/json",
            "application/problem+json",
            "application/vnd.api+json",
        ] {
            assert_eq!(media_kind(json), MediaKind::Json, "{json}");
        }
        assert_eq!(
            media_kind("application/x-www-form-urlencoded"),
            MediaKind::Form
        );
        for raw in [
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "text/x+json",
            "application/jsonp",
            "*/*",
        ] {
            assert_eq!(media_kind(raw), MediaKind::Raw, "{raw}");
        }
    }

    #[test]
    fn methods_spell_as_openapi_and_http() {
        assert_eq!(Method::ALL.map(Method::lower), METHODS);
        assert_eq!(Method::Options.upper(), "OPTIONS");
    }
}
