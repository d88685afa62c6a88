//! Three-state fields: what typify cannot say.
//!
//! An optional, nullable property of a request body has three meanings on the wire: absent
//! (leave the stored value), `null` (clear it) and a value (set it). typify folds the first
//! two into one `Option<T>`, so a client could never send an explicit `null`. For every
//! object schema in `components/schemas` with such a property we generate the struct
//! ourselves, with a `Patch<T>` field, and tell typify to use it in place of its own (a type
//! replacement). The other properties keep exactly the types typify gives them.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use typify_like::{Details, Property as StructProperty, lookup_struct};

use crate::{CodegenError, pointer::escape_token};

/// The name of the generated three-state type; a component schema may not take it.
pub(crate) const PATCH_TYPE: &str = "Patch";

/// A component object schema that needs a hand-made struct.
pub(crate) struct ThreeStateStruct {
    /// The component's key in `components/schemas`.
    pub component: String,
    /// The Rust name typify gives the component.
    pub rust_name: String,
}

/// Finds the component schemas with at least one optional, nullable property.
pub(crate) fn find(document: &openapiv3::OpenAPI) -> Vec<ThreeStateStruct> {
    let Some(components) = &document.components else {
        return Vec::new();
    };
    components
        .schemas
        .iter()
        .filter_map(|(name, schema)| {
            let ReferenceOr::Item(schema) = schema else {
                return None;
            };
            let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
                return None;
            };
            let has_three_state = object.properties.iter().any(|(property, schema)| {
                !object.required.contains(property) && is_nullable(schema)
            });
            has_three_state.then(|| ThreeStateStruct {
                component: name.clone(),
                rust_name: crate::naming::type_name(name),
            })
        })
        .collect()
}

fn is_nullable(schema: &ReferenceOr<Box<Schema>>) -> bool {
    matches!(schema, ReferenceOr::Item(schema) if schema.schema_data.nullable)
}

/// The `Patch<T>` type itself, emitted once into the generated `types` module.
pub(crate) fn patch_type() -> TokenStream {
    let name = format_ident!("{}", PATCH_TYPE);
    quote! {
        /// One field of a partial update, in the three states the wire can say: leave the
        /// stored value unchanged (the field is absent from the JSON), clear it (`null`), or
        /// set it to a value.
        ///
        /// `Option<T>` converts into it: `None` clears and `Some(v)` sets.
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum #name<T> {
            /// Leave the field unchanged: it is not sent.
            Keep,
            /// Clear the field: it is sent as `null`.
            Clear,
            /// Set the field to this value.
            Set(T),
        }

        impl<T> ::std::default::Default for #name<T> {
            fn default() -> Self {
                Self::Keep
            }
        }

        impl<T> #name<T> {
            /// Whether the field is left unchanged (and so left out of the JSON).
            pub fn is_keep(&self) -> bool {
                matches!(self, Self::Keep)
            }

            /// `None` to keep the field, `Some(None)` to clear it, `Some(Some(v))` to set it.
            pub fn as_update(&self) -> ::std::option::Option<::std::option::Option<&T>> {
                match self {
                    Self::Keep => None,
                    Self::Clear => Some(None),
                    Self::Set(value) => Some(Some(value)),
                }
            }

            /// Like [`Self::as_update`], by value.
            pub fn into_update(self) -> ::std::option::Option<::std::option::Option<T>> {
                match self {
                    Self::Keep => None,
                    Self::Clear => Some(None),
                    Self::Set(value) => Some(Some(value)),
                }
            }
        }

        impl<T> ::std::convert::From<::std::option::Option<T>> for #name<T> {
            fn from(value: ::std::option::Option<T>) -> Self {
                match value {
                    None => Self::Clear,
                    Some(value) => Self::Set(value),
                }
            }
        }

        impl<T: ::serde::Serialize> ::serde::Serialize for #name<T> {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    // `Keep` is skipped by the containing struct; alone it has no better form.
                    Self::Keep | Self::Clear => serializer.serialize_none(),
                    Self::Set(value) => serializer.serialize_some(value),
                }
            }
        }

        impl<'de, T: ::serde::Deserialize<'de>> ::serde::Deserialize<'de> for #name<T> {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                // Only reached when the key is present: an absent key is `Keep` by default.
                ::std::option::Option::<T>::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

/// Generates the struct for one component, reading the types of its other properties from
/// the type space typify built without the replacement.
pub(crate) fn struct_tokens(
    source_name: &str,
    document: &openapiv3::OpenAPI,
    target: &ThreeStateStruct,
    type_space: &typify_like::TypeSpace,
) -> Result<TokenStream, CodegenError> {
    let pointer = format!("/components/schemas/{}", escape_token(&target.component));
    let fail = |message: String| CodegenError::Generator {
        source_name: source_name.to_owned(),
        message: format!("{pointer}: {message}"),
    };
    let schema = document
        .components
        .as_ref()
        .and_then(|components| components.schemas.get(&target.component))
        .and_then(ReferenceOr::as_item)
        .ok_or_else(|| fail("the schema disappeared".to_owned()))?;
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Err(fail("not an object schema".to_owned()));
    };
    let typify_struct = lookup_struct(type_space, &target.rust_name).ok_or_else(|| {
        fail(format!(
            "typify generated no struct named {}",
            target.rust_name
        ))
    })?;

    // typify orders a struct's fields by their Rust names (`_links` is `links`, `Name` is
    // `name`): so do we, to pair them up, and each pair must agree on the name.
    let field = |json: &str| crate::naming::typify(json, crate::naming::Case::Snake);
    let mut json_names: Vec<&String> = object.properties.keys().collect();
    json_names.sort_by_cached_key(|json| (field(json), (*json).clone()));
    if json_names.len() != typify_struct.len() {
        return Err(fail(format!(
            "typify generated {} properties for {} in the schema",
            typify_struct.len(),
            json_names.len()
        )));
    }

    let mut fields = Vec::new();
    let (mut setters, mut required_fields, mut left_out) = (Vec::new(), Vec::new(), Vec::new());
    let mut all_optional = true;
    if let Some((json, property)) = json_names
        .iter()
        .zip(&typify_struct)
        .find(|(json, property)| field(json) != property.rust_name)
    {
        return Err(fail(format!(
            "typify's field {} does not pair with the property {json:?}",
            property.rust_name
        )));
    }
    for (json_name, property) in json_names.into_iter().zip(typify_struct) {
        let rust_name = format_ident!("{}", property.rust_name);
        let required = object.required.contains(json_name);
        all_optional &= !required;
        let nullable = object.properties.get(json_name).is_some_and(is_nullable);
        let doc = property
            .description
            .as_deref()
            .map(|d| quote! { #[doc = #d] });
        let (ty, serde) = field_type(&property, json_name, required, nullable);
        fields.push(quote! { #doc #serde pub #rust_name: #ty, });
        let setter = if property.rust_name == "new" {
            format_ident!("with_new")
        } else {
            rust_name.clone()
        };
        let setter_doc = format!("Sets `{json_name}`.");
        setters.push(quote! {
            #[doc = #setter_doc]
            pub fn #setter(mut self, value: impl ::std::convert::Into<#ty>) -> Self {
                self.#rust_name = value.into();
                self
            }
        });
        if required {
            required_fields.push((rust_name, ty));
        } else {
            left_out.push(rust_name);
        }
    }

    let name = format_ident!("{}", target.rust_name);
    let doc = schema
        .schema_data
        .description
        .as_deref()
        .map(|d| quote! { #[doc = #d] });
    let deny_unknown = matches!(
        object.additional_properties,
        Some(openapiv3::AdditionalProperties::Any(false))
    )
    .then(|| quote! { #[serde(deny_unknown_fields)] });
    let default = all_optional.then(|| quote! { Default, });
    let (required_names, required_types): (Vec<_>, Vec<_>) = required_fields.into_iter().unzip();
    Ok(quote! {
        #doc
        ///
        /// Its optional nullable fields are [`Patch`]es: absent, `null` and a value are three
        /// different requests.
        #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, #default PartialEq)]
        #deny_unknown
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// A value with the required fields, every other one left out (`Keep`, `None`,
            /// empty): set those with the setters. Code that builds it this way compiles
            /// unchanged when the spec adds an optional property.
            pub fn new(#(#required_names: #required_types),*) -> Self {
                Self {
                    #(#required_names,)*
                    #(#left_out: ::std::default::Default::default(),)*
                }
            }

            #(#setters)*
        }
    })
}

/// A three-state struct field's type and serde attribute: an optional nullable property is a
/// `Patch`, an optional one an `Option` (or an empty `Vec`), a required one as typify typed it.
fn field_type(
    property: &StructProperty,
    json_name: &str,
    required: bool,
    nullable: bool,
) -> (TokenStream, TokenStream) {
    let patch = format_ident!("{}", PATCH_TYPE);
    match (&property.details, required, nullable) {
        (Details::Option(inner), false, true) => (
            quote! { types::#patch<#inner> },
            quote! { #[serde(rename = #json_name, default, skip_serializing_if = "types::Patch::is_keep")] },
        ),
        (Details::Option(_), false, false) => (
            property.ident.clone(),
            quote! { #[serde(rename = #json_name, default, skip_serializing_if = "::std::option::Option::is_none")] },
        ),
        (Details::Option(_), true, _) => (
            property.ident.clone(),
            quote! { #[serde(rename = #json_name, deserialize_with = "::std::option::Option::deserialize")] },
        ),
        (Details::Vec, false, _) => (
            property.ident.clone(),
            quote! { #[serde(rename = #json_name, default, skip_serializing_if = "::std::vec::Vec::is_empty")] },
        ),
        // typify's plain type for an optional property with a `default`: in a
        // three-state (PATCH) body an absent property is left as it is, not set to its
        // default (nor to the Rust type's, which a `NonZeroU64` has none of).
        (_, false, _) => {
            let ident = &property.ident;
            (
                quote! { ::std::option::Option<#ident> },
                quote! { #[serde(rename = #json_name, default, skip_serializing_if = "::std::option::Option::is_none")] },
            )
        }
        (_, true, _) => (
            property.ident.clone(),
            quote! { #[serde(rename = #json_name)] },
        ),
    }
}

/// The types of the first pass that the three-state structs name and the second pass did not
/// generate (typify names an inline type after the schema it meets it in first, which the
/// replacement changes), copied with their impls: every `types::X` the structs name exists.
pub(super) fn carry_over(
    types: &mut (syn::token::Brace, Vec<syn::Item>),
    first: &syn::File,
    mentioned: String,
) {
    use std::collections::BTreeSet;
    let Some(first_types) = first.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => module.content.as_ref(),
        _ => None,
    }) else {
        return;
    };
    let name_of = |item: &syn::Item| -> Option<String> {
        match item {
            syn::Item::Struct(item) => Some(item.ident.to_string()),
            syn::Item::Enum(item) => Some(item.ident.to_string()),
            syn::Item::Type(item) => Some(item.ident.to_string()),
            _ => None,
        }
    };
    let impl_of = |item: &syn::Item| -> Option<String> {
        let syn::Item::Impl(block) = item else {
            return None;
        };
        let syn::Type::Path(path) = &*block.self_ty else {
            return None;
        };
        path.path
            .segments
            .last()
            .map(|segment| segment.ident.to_string())
    };
    let defined: BTreeSet<String> = types.1.iter().filter_map(name_of).collect();
    let available: BTreeSet<String> = first_types.1.iter().filter_map(name_of).collect();
    // Names the three-state structs mention as `types :: X`, resolved to a fixed point.
    let mut wanted: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    let mentions = |tokens: String, out: &mut Vec<String>| {
        let mut words = tokens.split_whitespace().peekable();
        while let Some(word) = words.next() {
            if word == "types" && words.peek() == Some(&"::") {
                words.next();
                if let Some(name) = words.next() {
                    out.push(name.to_owned());
                }
            }
        }
    };
    mentions(mentioned, &mut wanted);
    let mut copied = Vec::new();
    let mut copied_names = BTreeSet::new();
    while let Some(name) = wanted.pop() {
        if defined.contains(&name) || !available.contains(&name) || !seen.insert(name.clone()) {
            continue;
        }
        for item in &first_types.1 {
            if name_of(item).as_deref() == Some(name.as_str())
                || impl_of(item).as_deref() == Some(name.as_str())
            {
                mentions(quote! { #item }.to_string(), &mut wanted);
                // Inside `types`, the copies name their neighbours unqualified.
                mentions_plain(item, &available, &mut wanted);
                copied.push(item.clone());
                copied_names.insert(name.clone());
            }
        }
    }
    // A copied struct's builder (`types::builder::X`, named by its `builder()`) comes along.
    let builder_of = |items: &[syn::Item]| -> Option<usize> {
        items
            .iter()
            .position(|item| matches!(item, syn::Item::Mod(module) if module.ident == "builder"))
    };
    let first_builders = builder_of(&first_types.1)
        .and_then(|at| match &first_types.1[at] {
            syn::Item::Mod(module) => module.content.as_ref().map(|(_, items)| items.clone()),
            _ => None,
        })
        .unwrap_or_default();
    types.1.extend(copied);
    if let Some(at) = builder_of(&types.1)
        && let syn::Item::Mod(module) = &mut types.1[at]
        && let Some((_, builders)) = module.content.as_mut()
    {
        let present: BTreeSet<String> = builders.iter().filter_map(name_of).collect();
        for item in &first_builders {
            let named = name_of(item).or_else(|| impl_of(item));
            if let Some(named) = named
                && copied_names.contains(&named)
                && !present.contains(&named)
            {
                builders.push(item.clone());
            }
        }
    }
}

/// Bare identifiers of types the first pass defined, as an item names them from inside the
/// `types` module.
fn mentions_plain(
    item: &syn::Item,
    available: &std::collections::BTreeSet<String>,
    out: &mut Vec<String>,
) {
    for token in quote! { #item }
        .to_string()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
    {
        if available.contains(token) {
            out.push(token.to_owned());
        }
    }
}

/// The little of typify's type space this module reads, behind names of our own.
pub(crate) mod typify_like {
    use proc_macro2::TokenStream;
    pub(crate) use typify::TypeSpace;
    use typify::{TypeDetails, TypeId};

    pub(crate) enum Details {
        Option(TokenStream),
        Vec,
        Other,
    }

    pub(crate) struct Property {
        pub rust_name: String,
        pub description: Option<String>,
        pub ident: TokenStream,
        pub details: Details,
    }

    pub(crate) fn lookup_struct(space: &TypeSpace, name: &str) -> Option<Vec<Property>> {
        let found = space.iter_types().find(|ty| ty.name() == name)?;
        let TypeDetails::Struct(details) = found.details() else {
            return None;
        };
        let properties = details
            .properties_info()
            .map(|info| {
                let ty = space.get_type(&info.type_id).ok()?;
                let details = match ty.details() {
                    TypeDetails::Option(inner) => Details::Option(ident(space, &inner)?),
                    TypeDetails::Vec(_) => Details::Vec,
                    _ => Details::Other,
                };
                Some(Property {
                    rust_name: info.name.to_owned(),
                    description: info.description.map(str::to_owned),
                    ident: ty.ident(),
                    details,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(properties)
    }

    fn ident(space: &TypeSpace, id: &TypeId) -> Option<TokenStream> {
        space.get_type(id).ok().map(|ty| ty.ident())
    }
}

#[cfg(test)]
mod tests {
    use crate::Spec;

    fn client(components: &str) -> String {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{components}"
        );
        let spec = Spec::parse("t.yaml", &text).expect("parses");
        crate::client_file(&spec, "test").expect("generates")
    }

    #[test]
    fn fields_pair_with_their_properties_by_rust_name_not_by_json_order() {
        // JSON order: `Name`, `_links`, `age`; typify's (Rust) order: `age`, `links`, `name`.
        let client = client(
            "    Note:\n      type: object\n      properties:\n        Name: {type: string, nullable: true}\n        _links: {type: string}\n        age: {type: string, nullable: true}\n",
        );
        let field_of = |json: &str| {
            let at = client
                .find(&format!("rename = \"{json}\""))
                .unwrap_or_else(|| panic!("{json} is renamed: {client}"));
            let rest = &client[at..];
            let field = &rest[rest.find("pub ").expect("a field") + 4..];
            field[..field.find(':').expect("a type")].to_owned()
        };
        assert_eq!(field_of("Name"), "name");
        assert_eq!(field_of("_links"), "links");
        assert!(
            client.contains("pub age: types::Patch<::std::string::String>"),
            "{client}"
        );
    }

    #[test]
    fn a_component_named_patch_takes_the_name_and_fields_keep_option() {
        let with =
            client("    Note: {type: object, properties: {a: {type: string, nullable: true}}}\n");
        assert!(
            with.contains("pub enum Patch<T>"),
            "three-state fields by default"
        );
        let taken =
            client("    Patch: {type: object, properties: {a: {type: string, nullable: true}}}\n");
        assert!(
            !taken.contains("pub enum Patch<T>"),
            "the component's Patch only"
        );
        assert!(
            taken.contains("pub struct Patch {")
                && taken.contains("pub a: ::std::option::Option<::std::string::String>"),
            "{taken}"
        );
    }
}
