//! The generated Rust types as the walk reads them: which serialize how (`Shape`), and the
//! `serde` attributes that decide what a struct, enum or field writes.

use std::collections::{HashMap, HashSet};

use syn::ext::IdentExt as _;

/// The generated types by name (structs, enums, aliases), and which implement `Deref`.
pub(in crate::server) struct Types {
    pub(super) items: HashMap<String, syn::Item>,
    pub(super) derefs: HashSet<String>,
}

impl Types {
    pub(in crate::server) fn new(module: &syn::ItemMod) -> Self {
        let mut items = HashMap::new();
        let mut derefs = HashSet::new();
        for item in module.content.iter().flat_map(|(_, items)| items) {
            match item {
                syn::Item::Struct(s) => {
                    items.insert(s.ident.to_string(), item.clone());
                }
                syn::Item::Enum(e) => {
                    items.insert(e.ident.to_string(), item.clone());
                }
                syn::Item::Type(t) => {
                    items.insert(t.ident.to_string(), item.clone());
                }
                syn::Item::Impl(imp) => {
                    let is_deref = imp.trait_.as_ref().is_some_and(|trait_| {
                        trait_.0.segments.last().is_some_and(|s| s.ident == "Deref")
                    });
                    if let (true, syn::Type::Path(ty)) = (is_deref, &*imp.self_ty)
                        && let Some(last) = ty.path.segments.last()
                    {
                        derefs.insert(last.ident.to_string());
                    }
                }
                _ => {}
            }
        }
        Self { items, derefs }
    }
}

/// How a Rust type serializes, as far as the walk models it.
pub(super) enum Shape<'t> {
    Option(&'t syn::Type),
    Box(&'t syn::Type),
    Vec(&'t syn::Type),
    Map(&'t syn::Type),
    String,
    Bool,
    Int(i128, i128),
    NonZero(i128),
    Float,
    Uuid,
    DateTime,
    Date,
    JsonValue,
    Named(String),
}

pub(super) fn shape(ty: &syn::Type) -> Result<Shape<'_>, String> {
    let syn::Type::Path(path) = ty else {
        return Err("a type that is not a path".into());
    };
    let names: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let last = path.path.segments.last().ok_or("an empty path")?;
    let args: Vec<&syn::Type> = match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(ty),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let full = names.join("::");
    let int = |low: i128, high: i128| Ok(Shape::Int(low, high));
    match (full.as_str(), args.as_slice()) {
        ("std::option::Option" | "Option", [inner]) => Ok(Shape::Option(inner)),
        ("std::boxed::Box" | "Box", [inner]) => Ok(Shape::Box(inner)),
        ("std::vec::Vec" | "Vec", [inner]) => Ok(Shape::Vec(inner)),
        ("std::collections::HashMap" | "std::collections::BTreeMap", [key, inner])
            if matches!(shape(key), Ok(Shape::String)) =>
        {
            Ok(Shape::Map(inner))
        }
        ("std::string::String" | "String", []) => Ok(Shape::String),
        ("bool", []) => Ok(Shape::Bool),
        ("i8", []) => int(i8::MIN.into(), i8::MAX.into()),
        ("i16", []) => int(i16::MIN.into(), i16::MAX.into()),
        ("i32", []) => int(i32::MIN.into(), i32::MAX.into()),
        ("i64", []) => int(i64::MIN.into(), i64::MAX.into()),
        ("u8", []) => int(0, u8::MAX.into()),
        ("u16", []) => int(0, u16::MAX.into()),
        ("u32", []) => int(0, u32::MAX.into()),
        ("u64", []) => int(0, u64::MAX.into()),
        ("std::num::NonZeroU64", []) => Ok(Shape::NonZero(u64::MAX.into())),
        ("std::num::NonZeroU32", []) => Ok(Shape::NonZero(u32::MAX.into())),
        ("f32" | "f64", []) => Ok(Shape::Float),
        ("uuid::Uuid", []) => Ok(Shape::Uuid),
        ("chrono::DateTime", [_]) => Ok(Shape::DateTime),
        ("chrono::naive::NaiveDate" | "chrono::NaiveDate", []) => Ok(Shape::Date),
        ("serde_json::Value", []) => Ok(Shape::JsonValue),
        (_, []) if names.len() == 1 || names.first().is_some_and(|first| first == "types") => {
            Ok(Shape::Named(last.ident.to_string()))
        }
        _ => Err(format!("the type {full}")),
    }
}

/// The `serde` words of `attrs` (`transparent`, `rename = ..` as `rename`).
pub(super) fn serde_flags(attrs: &[syn::Attribute]) -> Result<Vec<String>, String> {
    let mut flags = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let word = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            if meta.input.peek(syn::Token![=]) {
                let text: syn::LitStr = meta.value()?.parse()?;
                flags.push(format!("{word}={}", text.value()));
            } else {
                flags.push(word);
            }
            Ok(())
        })
        .map_err(|err| format!("a serde attribute the walk does not read: {err}"))?;
    }
    Ok(flags)
}

/// A derived `Serialize` with no container attribute that changes what is written.
pub(super) fn serializes_plainly(attrs: &[syn::Attribute]) -> Result<(), String> {
    let derived = attrs.iter().any(|attr| {
        attr.path().is_ident("derive")
            && attr
                .parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                )
                .is_ok_and(|paths| {
                    paths
                        .iter()
                        .any(|path| path.segments.last().is_some_and(|s| s.ident == "Serialize"))
                })
    });
    if !derived {
        return Err("a hand-written Serialize".into());
    }
    match serde_flags(attrs)?
        .iter()
        .find(|flag| flag.as_str() != "deny_unknown_fields")
    {
        Some(flag) => Err(format!("the container attribute {flag}")),
        None => Ok(()),
    }
}

pub(super) fn serde_name(attrs: &[syn::Attribute], ident: &syn::Ident) -> Result<String, String> {
    let mut name = ident.unraw().to_string();
    for flag in serde_flags(attrs)? {
        match flag.split_once('=') {
            Some(("rename", to)) => name = to.to_owned(),
            _ => return Err(format!("the variant attribute {flag}")),
        }
    }
    Ok(name)
}

pub(super) struct FieldAttrs {
    pub(super) rename: Option<String>,
    /// `skip_serializing_if`: the field may be left out.
    pub(super) skippable: bool,
    /// ... and is left out exactly when it is `None`.
    pub(super) skip_none: bool,
}

pub(super) fn field_attrs(field: &syn::Field) -> Result<FieldAttrs, String> {
    let mut attrs = FieldAttrs {
        rename: None,
        skippable: false,
        skip_none: false,
    };
    for flag in serde_flags(&field.attrs)? {
        match flag.split_once('=') {
            Some(("rename", to)) => attrs.rename = Some(to.to_owned()),
            Some(("skip_serializing_if", test)) => {
                attrs.skippable = true;
                attrs.skip_none =
                    matches!(test, "::std::option::Option::is_none" | "Option::is_none");
            }
            Some(("deserialize_with" | "default", _)) => {}
            // The generator's own timestamp writer writes what `chrono` writes.
            Some(("serialize_with", writer))
                if writer
                    .split_once("::")
                    .is_some_and(|(module, _)| module == crate::progenitor::TIMESTAMP_WRITER) => {}
            None if flag == "default" => {}
            _ => return Err(format!("the field attribute {flag}")),
        }
    }
    Ok(attrs)
}
