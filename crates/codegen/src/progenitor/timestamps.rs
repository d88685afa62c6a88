//! `date-time` fields written in one piece: a struct field typed `DateTime<Utc>` (or an
//! `Option` of one) gets `#[serde(serialize_with = ...)]` naming a writer generated beside
//! the types, which writes exactly what `chrono` writes (RFC 3339, UTC as `Z`, the fraction's
//! digits as `chrono`'s `AutoSi` picks them) as one string.
//!
//! `chrono` serializes through `Display`, in about twenty pieces that `serde_json` escapes and
//! appends one by one: three timestamps were a tenth of the instructions of a whole point
//! read through the generated server (BENCHMARKS.md, round three). Years outside 0000–9999
//! (which `chrono` writes with a sign) are left to `chrono`. Reading is untouched. Applied to
//! progenitor's output, so the client's requests and the server's answers share the writer.

use syn::visit_mut::VisitMut;

/// The writer module's name, inside `types` (a field whose `serialize_with` names it writes
/// what `chrono` writes: the response proof reads it as the plain field).
pub(crate) const MODULE: &str = "__rfc3339";

/// Marks the `DateTime<Utc>` fields of the `types` module's structs and adds the writer
/// module when any was marked.
pub(crate) fn write_directly(file: &mut syn::File) {
    let Some(types) = super::module_items_mut(file, "types") else {
        return;
    };
    let mut marker = Marker { marked: false };
    for item in types.iter_mut() {
        if let syn::Item::Struct(item) = item {
            marker.visit_item_struct_mut(item);
        }
    }
    if marker.marked {
        types.push(writer());
    }
}

struct Marker {
    marked: bool,
}

impl VisitMut for Marker {
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        if field.ident.is_none() || has_serialize_with(field) {
            return;
        }
        let writer = if is_utc_date_time(&field.ty) {
            format!("{MODULE}::serialize")
        } else if super::generic_arg(&field.ty, "Option")
            .is_some_and(|inner| is_utc_date_time(&inner))
        {
            format!("{MODULE}::serialize_option")
        } else {
            return;
        };
        field
            .attrs
            .push(syn::parse_quote!(#[serde(serialize_with = #writer)]));
        self.marked = true;
    }
}

/// `DateTime<Utc>` as typify writes it (`::chrono::DateTime<::chrono::offset::Utc>`).
fn is_utc_date_time(ty: &syn::Type) -> bool {
    let Some(inner) = super::generic_arg(ty, "DateTime") else {
        return false;
    };
    matches!(&inner, syn::Type::Path(path)
        if path.path.segments.last().is_some_and(|last| last.ident == "Utc"))
        && matches!(ty, syn::Type::Path(path)
            if path.path.segments.iter().any(|segment| segment.ident == "chrono"))
}

/// Whether the field already says how it is written (`serialize_with` or `with`).
fn has_serialize_with(field: &syn::Field) -> bool {
    field.attrs.iter().any(|attr| {
        let mut says = false;
        if attr.path().is_ident("serde") {
            let _ = attr.parse_nested_meta(|meta| {
                says |= meta.path.is_ident("serialize_with") || meta.path.is_ident("with");
                if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
        }
        says
    })
}

/// The writer module.
fn writer() -> syn::Item {
    let name = quote::format_ident!("{}", MODULE);
    syn::parse_quote! {
        /// `date-time` fields written as `chrono` writes them, in one piece
        /// (`serialize_with` on each field; generated).
        mod #name {
            use ::chrono::{Datelike as _, Timelike as _};

            /// `at` in RFC 3339, as `chrono` writes it: `2026-11-20T14:03:11.123456Z`.
            pub(super) fn serialize<S: ::serde::Serializer>(
                at: &::chrono::DateTime<::chrono::offset::Utc>,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                let year = at.year();
                if !(0..=9999).contains(&year) {
                    return ::serde::Serialize::serialize(at, serializer);
                }
                let year = year.unsigned_abs();
                let (mut second, mut nano) = (at.second(), at.nanosecond());
                if nano >= 1_000_000_000 {
                    second += 1;
                    nano -= 1_000_000_000;
                }
                let mut text = *b"0000-00-00T00:00:00.000000000Z";
                let fields = [
                    (year / 100, 0),
                    (year % 100, 2),
                    (at.month(), 5),
                    (at.day(), 8),
                    (at.hour(), 11),
                    (at.minute(), 14),
                    (second, 17),
                ];
                for (value, place) in fields {
                    text[place] = b'0' + (value / 10 % 10) as u8;
                    text[place + 1] = b'0' + (value % 10) as u8;
                }
                let (digits, mut fraction) = if nano == 0 {
                    (0, 0)
                } else if nano % 1_000_000 == 0 {
                    (3, nano / 1_000_000)
                } else if nano % 1_000 == 0 {
                    (6, nano / 1_000)
                } else {
                    (9, nano)
                };
                let mut length = 19;
                if digits > 0 {
                    for place in (20..20 + digits).rev() {
                        text[place] = b'0' + (fraction % 10) as u8;
                        fraction /= 10;
                    }
                    length = 20 + digits;
                }
                text[length] = b'Z';
                match ::std::str::from_utf8(&text[..=length]) {
                    ::std::result::Result::Ok(text) => serializer.serialize_str(text),
                    ::std::result::Result::Err(_) => ::serde::Serialize::serialize(at, serializer),
                }
            }

            /// An optional `at`, as [`serialize`] writes it.
            pub(super) fn serialize_option<S: ::serde::Serializer>(
                at: &::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                struct At<'a>(&'a ::chrono::DateTime<::chrono::offset::Utc>);
                impl ::serde::Serialize for At<'_> {
                    fn serialize<S: ::serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> ::std::result::Result<S::Ok, S::Error> {
                        serialize(self.0, serializer)
                    }
                }
                match at {
                    ::std::option::Option::Some(at) => serializer.serialize_some(&At(at)),
                    ::std::option::Option::None => serializer.serialize_none(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file after marking, as tokens' text (`#[serde(serialize_with = "…")] pub name`).
    fn marked(source: &str) -> String {
        let mut file: syn::File = syn::parse_str(source).unwrap();
        write_directly(&mut file);
        quote::ToTokens::to_token_stream(&file).to_string()
    }

    #[test]
    fn utc_date_time_fields_and_their_options_are_marked_and_others_left() {
        let text = marked(
            "pub mod types { pub struct Order {
                pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
                #[serde(default, skip_serializing_if = \"::std::option::Option::is_none\")]
                pub seen_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                pub days: ::std::vec::Vec<::chrono::DateTime<::chrono::offset::Utc>>,
                pub day: ::chrono::naive::NaiveDate,
                pub title: ::std::string::String,
                #[serde(with = \"own\")]
                pub own: ::chrono::DateTime<::chrono::offset::Utc>,
            } }",
        );
        assert!(
            text.contains("# [serde (serialize_with = \"__rfc3339::serialize\")] pub created_at"),
            "{text}"
        );
        assert!(
            text.contains(
                "# [serde (serialize_with = \"__rfc3339::serialize_option\")] pub seen_at"
            ),
            "{text}"
        );
        assert_eq!(text.matches("serialize_with =").count(), 2, "{text}");
        assert!(text.contains("mod __rfc3339"), "{text}");
    }

    #[test]
    fn no_date_time_no_writer() {
        let text =
            marked("pub mod types { pub struct Order { pub title: ::std::string::String } }");
        assert!(!text.contains("__rfc3339"), "{text}");
    }
}
