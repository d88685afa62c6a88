//! The `strategies` module (behind the generated crate's `proptest` feature).

use super::*;

impl Server<'_> {
    /// For every component schema with a type of its own, a proptest strategy of the values
    /// the schema allows.
    pub(super) fn strategies(&self) -> TokenStream {
        let mut taken = std::collections::BTreeSet::new();
        let mut functions = Vec::new();
        for schema in &self.api.schemas {
            if !self.defined_types.contains(&schema.type_name)
                || !taken.insert(schema.function_name.clone())
            {
                continue;
            }
            let (ty, function) = (
                format_ident!("{}", schema.type_name),
                format_ident!("{}", schema.function_name),
            );
            let name = schema.name;
            let schema = component_static(name);
            let doc =
                format!(" `{name}`: values the spec allows (every constraint the router checks).");
            functions.push(quote! {
                #[doc = #doc]
                pub fn #function() -> impl ::proptest::strategy::Strategy<Value = types::#ty> {
                    rt::strategy::of(&schemas::#schema)
                }
            });
        }
        quote! {
            /// Proptest strategies, one per schema of the spec with a type of its own: values
            /// the spec allows, made from a seed (the mock's maker), for an implementation to
            /// property-test itself with. Behind the crate's `proptest` feature.
            #[cfg(feature = "proptest")]
            pub mod strategies {
                use super::*;
                #(#functions)*
            }
        }
    }
}
