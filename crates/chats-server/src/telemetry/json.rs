//! The JSON log's lines, written in one pass (`--log-format json`).

/// The JSON log's line: `{"timestamp", "level", the event's fields, "target", "span": {the
/// current span's fields, "name"}}`. Written directly: the span's fields are kept as JSON
/// text from the moment they are recorded ([`JsonFields`]), so a line costs one pass, not
/// the parse and re-serialization of every span that `tracing-subscriber`'s own JSON format
/// does per event (measured in BENCHMARKS.md, "Operability's cost").
pub struct JsonLines;

impl<S, N> tracing_subscriber::fmt::FormatEvent<S, N> for JsonLines
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    N: for<'a> tracing_subscriber::fmt::FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        context: &tracing_subscriber::fmt::FmtContext<'_, S, N>,
        mut writer: tracing_subscriber::fmt::format::Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        let metadata = event.metadata();
        with_line(|line| {
            line.push_str("{\"timestamp\":\"");
            push_timestamp(line, std::time::SystemTime::now());
            line.push_str("\",\"level\":\"");
            line.push_str(metadata.level().as_str());
            line.push('"');
            event.record(&mut Visitor(FieldWriter {
                out: line,
                first: false,
            }));
            line.push_str(",\"target\":");
            push_json_string(line, metadata.target());
            let request = super::context::current(|request| {
                request.map(|request| push_request(line, request)).is_some()
            });
            if !request && let Some(span) = context.lookup_current() {
                line.push_str(",\"span\":{");
                let extensions = span.extensions();
                if let Some(recorded) =
                    extensions.get::<tracing_subscriber::fmt::FormattedFields<N>>()
                    && !recorded.fields.is_empty()
                {
                    line.push_str(&recorded.fields);
                    line.push(',');
                }
                line.push_str("\"name\":");
                push_json_string(line, span.name());
                line.push('}');
            }
            line.push_str("}\n");
            writer.write_str(line)
        })
    }
}

/// `,"span":{"method":…,"path":…,"request_id":…,"trace_id":…[,"route":…][,"operation_id":…][,"workspace_id":…],"name":"request"}`:
/// the request's fields where the request's span put them before it was a context.
fn push_request(line: &mut String, request: &super::context::RequestContext) {
    line.push_str(",\"span\":{\"method\":");
    push_json_string(line, request.method.as_str());
    line.push_str(",\"path\":");
    push_json_string(line, request.uri.path());
    line.push_str(",\"request_id\":");
    push_json_string(line, request.request_id());
    line.push_str(",\"trace_id\":");
    request.with_trace(|trace| push_json_string(line, trace));
    if let Some(route) = &*request.route.borrow() {
        line.push_str(",\"route\":");
        push_json_string(line, route.as_str());
    }
    let operation = request.operation.get();
    if !operation.is_empty() {
        line.push_str(",\"operation_id\":");
        push_json_string(line, operation);
    }
    if let Some(workspace) = request.workspace.get() {
        line.push_str(",\"workspace_id\":\"");
        line.push_str(
            workspace
                .hyphenated()
                .encode_lower(&mut uuid::Uuid::encode_buffer()),
        );
        line.push('"');
    }
    line.push_str(",\"name\":\"request\"}");
}

/// Runs `write` on this thread's line buffer, emptied (a line allocates nothing once the
/// buffer has grown to a line's size; a line written while another is being formatted, by
/// a `Debug` impl that logs, gets a buffer of its own).
pub(super) fn with_line<R>(write: impl FnOnce(&mut String) -> R) -> R {
    thread_local! {
        static LINE: std::cell::RefCell<String> = std::cell::RefCell::new(String::with_capacity(512));
    }
    LINE.with(|buffer| match buffer.try_borrow_mut() {
        Ok(mut line) => {
            line.clear();
            write(&mut line)
        }
        Err(_) => write(&mut String::new()),
    })
}

/// Span fields as the body of a JSON object (`"key":value,...`), appended to as they are
/// recorded.
pub struct JsonFields;

impl<'writer> tracing_subscriber::fmt::FormatFields<'writer> for JsonFields {
    fn format_fields<R: tracing_subscriber::field::RecordFields>(
        &self,
        writer: tracing_subscriber::fmt::format::Writer<'writer>,
        fields: R,
    ) -> std::fmt::Result {
        let mut out = String::new();
        fields.record(&mut Visitor(FieldWriter {
            out: &mut out,
            first: true,
        }));
        let mut writer = writer;
        std::fmt::Write::write_str(&mut writer, &out)
    }

    fn add_fields(
        &self,
        current: &'writer mut tracing_subscriber::fmt::FormattedFields<Self>,
        fields: &tracing::span::Record<'_>,
    ) -> std::fmt::Result {
        let mut out = String::new();
        fields.record(&mut Visitor(FieldWriter {
            out: &mut out,
            first: current.fields.is_empty(),
        }));
        current.fields.push_str(&out);
        Ok(())
    }
}

/// Writes each field as `"name":value`, comma-separated (a leading comma unless `first`).
struct FieldWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl FieldWriter<'_> {
    fn key(&mut self, field: &tracing::field::Field) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        push_json_string(self.out, field.name());
        self.out.push(':');
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
        self.key(field);
        push_json_string(self.out, value);
    }

    fn debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.key(field);
        // Formatted straight into the line, escaped as it comes: no string of its own.
        self.out.push('"');
        let _ = std::fmt::Write::write_fmt(&mut Escaping(self.out), format_args!("{value:?}"));
        self.out.push('"');
    }
}

/// A line's field writer (text or JSON): how it writes a field's name, a string and any other
/// value; numbers and booleans are written alike ([`Visitor`]).
pub(super) trait Keyed {
    fn key(&mut self, field: &tracing::field::Field);
    fn out(&mut self) -> &mut String;
    fn string(&mut self, field: &tracing::field::Field, value: &str);
    fn debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug);
}

/// Visits an event's or span's fields with a [`Keyed`] writer.
pub(super) struct Visitor<W>(pub(super) W);

impl<W: Keyed> tracing::field::Visit for Visitor<W> {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.string(field, value);
    }

    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        self.0.key(field);
        push_decimal(self.0.out(), value, 1);
    }

    fn record_i64(&mut self, field: &tracing::field::Field, value: i64) {
        self.0.key(field);
        if value < 0 {
            self.0.out().push('-');
        }
        push_decimal(self.0.out(), value.unsigned_abs(), 1);
    }

    fn record_bool(&mut self, field: &tracing::field::Field, value: bool) {
        self.0.key(field);
        self.0.out().push_str(if value { "true" } else { "false" });
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.debug(field, value);
    }
}

/// A JSON string literal of `text`.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    push_escaped(out, text);
    out.push('"');
}

/// `text` as the inside of a JSON string: runs that need no escape are copied whole.
fn push_escaped(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = text.as_bytes();
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..at]);
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escape);
        }
        start = at + 1;
    }
    out.push_str(&text[start..]);
}

/// A `fmt::Write` that escapes what is written into it for a JSON string.
struct Escaping<'a>(&'a mut String);

impl std::fmt::Write for Escaping<'_> {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        push_escaped(self.0, text);
        Ok(())
    }
}

/// `value` in decimal, zero-padded to at least `width` digits.
pub(super) fn push_decimal(out: &mut String, mut value: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut at = digits.len();
    while value > 0 || digits.len() - at < width.max(1) {
        at -= 1;
        digits[at] = b'0' + (value % 10) as u8;
        value /= 10;
    }
    for &digit in &digits[at..] {
        out.push(char::from(digit));
    }
}

/// `at` in RFC 3339, UTC, to the microsecond (`2026-11-26T20:31:05.123456Z`), the form
/// `chrono` writes, without its general formatter (a line's largest cost after the fields).
pub(super) fn push_timestamp(out: &mut String, at: std::time::SystemTime) {
    let since = at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let seconds = since.as_secs();
    let (year, month, day) = civil_from_days(seconds / 86_400);
    let of_day = seconds % 86_400;
    push_decimal(out, year, 4);
    out.push('-');
    push_decimal(out, month, 2);
    out.push('-');
    push_decimal(out, day, 2);
    out.push('T');
    push_decimal(out, of_day / 3_600, 2);
    out.push(':');
    push_decimal(out, of_day / 60 % 60, 2);
    out.push(':');
    push_decimal(out, of_day % 60, 2);
    out.push('.');
    push_decimal(out, u64::from(since.subsec_micros()), 6);
    out.push('Z');
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`, for days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_what_json_requires() {
        let mut out = String::new();
        push_json_string(&mut out, "a \"quoted\" \\ path\nnext\u{1}é");
        let back: String = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(back, "a \"quoted\" \\ path\nnext\u{1}é");
    }

    #[test]
    fn timestamps_are_what_chrono_writes() {
        use chrono::{DateTime, SecondsFormat, Utc};
        // Leap years, century rules, month and year ends, and a spread of instants.
        let mut instants = vec![
            0u64,
            951_782_400,
            4_107_542_399,
            1_709_164_800,
            1_798_761_599,
        ];
        instants.extend((0..2_000u64).map(|i| i * 2_147_483 + i * i * 7));
        for seconds in instants {
            for micros in [0u32, 1, 999_999, 123_456] {
                let at =
                    std::time::UNIX_EPOCH + std::time::Duration::new(seconds, micros * 1_000 + 999);
                let mut ours = String::new();
                push_timestamp(&mut ours, at);
                let theirs = DateTime::<Utc>::from(at).to_rfc3339_opts(SecondsFormat::Micros, true);
                assert_eq!(ours, theirs, "{seconds}.{micros}");
            }
        }
    }

    #[test]
    fn numbers_and_debug_values_are_written_as_json() {
        let mut out = String::new();
        push_decimal(&mut out, 0, 1);
        out.push(',');
        push_decimal(&mut out, u64::MAX, 1);
        out.push(',');
        push_decimal(&mut out, 7, 3);
        assert_eq!(out, "0,18446744073709551615,007");
        let mut quoted = String::from("\"");
        let _ =
            std::fmt::Write::write_fmt(&mut Escaping(&mut quoted), format_args!("{:?}", "a\"b"));
        quoted.push('"');
        let back: String = serde_json::from_str(&quoted).expect("valid JSON");
        assert_eq!(back, "\"a\\\"b\"");
    }
}
