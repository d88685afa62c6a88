//! Properties of one schema that typify names as one Rust field (`id` and `_id`, `xAxis` and
//! `x-axis`, `prefs_background` and `prefs/background`: each is the field's snake case) are
//! named apart after it runs: the field that keeps the wire name as its name (no
//! `#[serde(rename)]`) keeps it, each other one is numbered (`id_2`, its `serde` rename
//! unchanged), in the struct, its builder and the code typify writes for both (their fields
//! come in one order: the n-th field of a name is the n-th everywhere). What the wire carries
//! is unchanged. A struct that still holds a name twice (a shape written elsewhere) is refused
//! at its component by [`check`], not left to the compiler.

use std::collections::BTreeMap;

use syn::visit_mut::{self, VisitMut};

use crate::{CodegenError, Spec, naming::type_name, pointer::escape_token};

/// Of one struct: each field name typify wrote more than once, and what its n-th field is
/// renamed to (`None`: kept).
type Plan = BTreeMap<String, Vec<Option<syn::Ident>>>;

/// Renames the fields typify named alike in the `types` module's structs (and `builder`'s),
/// then refuses a struct that still has two of one name ([`check`]).
pub(super) fn apart(spec: &Spec, file: &mut syn::File) -> Result<(), CodegenError> {
    rename(file);
    check(spec, file)
}

fn rename(file: &mut syn::File) {
    let Some(types) = super::module_items_mut(file, "types") else {
        return;
    };
    let mut plans: BTreeMap<String, Plan> = BTreeMap::new();
    for item in types.iter_mut() {
        if let syn::Item::Struct(item) = item
            && let Some(plan) = plan(item)
        {
            rename_fields(item, &plan);
            plans.insert(item.ident.to_string(), plan);
        }
    }
    if plans.is_empty() {
        return;
    }
    for item in types.iter_mut() {
        apply(item, &plans);
    }
}

/// The renames of `item`'s fields, when two share a name.
fn plan(item: &syn::ItemStruct) -> Option<Plan> {
    let syn::Fields::Named(fields) = &item.fields else {
        return None;
    };
    let mut by_name: BTreeMap<String, Vec<&syn::Field>> = BTreeMap::new();
    for field in &fields.named {
        if let Some(ident) = &field.ident {
            by_name.entry(ident.to_string()).or_default().push(field);
        }
    }
    let mut taken: Vec<String> = by_name.keys().cloned().collect();
    let mut plan = Plan::new();
    for (name, same) in by_name.iter().filter(|(_, same)| same.len() > 1) {
        // The one whose name is its wire name keeps it (renaming it would need a rename).
        let kept = same.iter().position(|field| !renamed(field)).unwrap_or(0);
        let renames = (0..same.len())
            .map(|index| {
                (index != kept).then(|| {
                    let free = (2..)
                        .map(|n| format!("{name}_{n}"))
                        .find(|candidate| !taken.contains(candidate))
                        .expect("some number is free");
                    taken.push(free.clone());
                    syn::Ident::new(&free, proc_macro2::Span::call_site())
                })
            })
            .collect();
        plan.insert(name.clone(), renames);
    }
    (!plan.is_empty()).then_some(plan)
}

/// Whether `field` carries `#[serde(rename = "…")]`.
fn renamed(field: &syn::Field) -> bool {
    let mut renamed = false;
    for attr in field
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("serde"))
    {
        // A list serde cannot read is typify's to write, not ours: it counts as no rename.
        let _ = attr.parse_nested_meta(|meta| {
            renamed |= meta.path.is_ident("rename");
            if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            }
            Ok(())
        });
    }
    renamed
}

/// The n-th of each planned name gets its new name, in `fields` order.
fn rename_fields(item: &mut syn::ItemStruct, plan: &Plan) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for field in item.fields.iter_mut() {
        let Some(ident) = &field.ident else {
            continue;
        };
        if let Some(new) = next(plan, &mut seen, ident) {
            field.ident = Some(new);
        }
    }
}

/// The new name of this occurrence of `ident`, if it has one (and counts it).
fn next(plan: &Plan, seen: &mut BTreeMap<String, usize>, ident: &syn::Ident) -> Option<syn::Ident> {
    let name = ident.to_string();
    let renames = plan.get(&name)?;
    let index = seen.entry(name).or_default();
    let new = renames.get(*index).cloned().flatten();
    *index += 1;
    new
}

/// The structs of the `builder` module, and every `impl` of a planned struct (of either
/// module): its methods named after a field, and its `Self { … }` expressions.
fn apply(item: &mut syn::Item, plans: &BTreeMap<String, Plan>) {
    match item {
        syn::Item::Mod(module) if module.ident == "builder" => {
            for item in module.content.iter_mut().flat_map(|(_, items)| items) {
                if let syn::Item::Struct(item) = item
                    && let Some(plan) = plans.get(&item.ident.to_string())
                {
                    rename_fields(item, plan);
                } else {
                    apply(item, plans);
                }
            }
        }
        syn::Item::Impl(item) => {
            let syn::Type::Path(self_type) = &*item.self_ty else {
                return;
            };
            let Some(plan) = self_type
                .path
                .segments
                .last()
                .and_then(|last| plans.get(&last.ident.to_string()))
            else {
                return;
            };
            // Setters, one per field, in field order.
            let mut seen = BTreeMap::new();
            for member in &mut item.items {
                if let syn::ImplItem::Fn(method) = member
                    && let Some(new) = next(plan, &mut seen, &method.sig.ident)
                {
                    let old = std::mem::replace(&mut method.sig.ident, new.clone());
                    Members { old, new }.visit_block_mut(&mut method.block);
                }
            }
            Literals { plan }.visit_item_impl_mut(item);
        }
        _ => {}
    }
}

/// Renames `Self { … }`'s n-th field of each planned name, and what its value reads of it.
struct Literals<'p> {
    plan: &'p Plan,
}

impl VisitMut for Literals<'_> {
    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        visit_mut::visit_expr_struct_mut(self, expr);
        if !expr.path.is_ident("Self") {
            return;
        }
        let mut seen = BTreeMap::new();
        for field in &mut expr.fields {
            let syn::Member::Named(ident) = &field.member else {
                continue;
            };
            if let Some(new) = next(self.plan, &mut seen, ident) {
                let old = ident.clone();
                field.member = syn::Member::Named(new.clone());
                field.colon_token.get_or_insert_with(Default::default);
                Members { old, new }.visit_expr_mut(&mut field.expr);
            }
        }
    }
}

/// Renames every `.old` to `.new`.
struct Members {
    old: syn::Ident,
    new: syn::Ident,
}

impl VisitMut for Members {
    fn visit_expr_field_mut(&mut self, expr: &mut syn::ExprField) {
        visit_mut::visit_expr_field_mut(self, expr);
        if matches!(&expr.member, syn::Member::Named(ident) if *ident == self.old) {
            expr.member = syn::Member::Named(self.new.clone());
        }
    }
}

/// Refuses a `types` struct that still names a field twice, at the component of its name.
fn check(spec: &Spec, file: &syn::File) -> Result<(), CodegenError> {
    let Some((_, items)) = super::module(&file.items, "types").and_then(|m| m.content.as_ref())
    else {
        return Ok(());
    };
    for item in items {
        let syn::Item::Struct(item) = item else {
            continue;
        };
        let mut names: Vec<String> = item
            .fields
            .iter()
            .filter_map(|field| field.ident.as_ref().map(ToString::to_string))
            .collect();
        names.sort();
        let Some(twice) = names.windows(2).find(|pair| pair[0] == pair[1]) else {
            continue;
        };
        let name = item.ident.to_string();
        let component = spec
            .document
            .components
            .as_ref()
            .and_then(|components| components.schemas.keys().find(|key| type_name(key) == name))
            .map_or_else(String::new, |key| escape_token(key));
        return Err(CodegenError::Unsupported {
            source_name: spec.source_name.clone(),
            pointer: format!("/components/schemas/{component}"),
            location: None,
            construct: format!("schema {name:?}"),
            reason: format!(
                "two of its properties are one Rust field ({}) where the generator cannot \
                 number them apart; rename one of them",
                twice[0]
            ),
        }
        .located(&spec.locations));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// typify's shape for a struct whose `_id` and `id` are both the field `id`.
    fn typify_file() -> syn::File {
        syn::parse2(quote! {
            pub mod types {
                pub struct Thing {
                    #[serde(rename = "_id")]
                    pub id: Option<String>,
                    pub id: i64,
                }
                pub mod builder {
                    pub struct Thing {
                        id: Result<Option<String>, String>,
                        id: Result<i64, String>,
                    }
                    impl Thing {
                        pub fn id<T>(mut self, value: T) -> Self { self.id = value.try_into(); self }
                        pub fn id<T>(mut self, value: T) -> Self { self.id = value.try_into(); self }
                    }
                    impl TryFrom<Thing> for super::Thing {
                        fn try_from(value: Thing) -> Result<Self, E> {
                            Ok(Self { id: value.id?, id: value.id? })
                        }
                    }
                }
            }
        })
        .expect("parses")
    }

    #[test]
    fn the_field_named_like_its_wire_name_keeps_it_and_the_other_is_numbered_everywhere() {
        let mut file = typify_file();
        super::rename(&mut file);
        let text = quote!(#file).to_string().replace(' ', "");
        for expected in [
            "#[serde(rename=\"_id\")]pubid_2:Option<String>,pubid:i64,",
            "id_2:Result<Option<String>,String>,id:Result<i64,String>,",
            "pubfnid_2<T>(mutself,value:T)->Self{self.id_2=value.try_into();self}",
            "pubfnid<T>(mutself,value:T)->Self{self.id=value.try_into();self}",
            "Ok(Self{id_2:value.id_2?,id:value.id?})",
        ] {
            assert!(text.contains(expected), "{expected} in {text}");
        }
    }

    #[test]
    fn a_struct_left_with_a_name_twice_is_refused_at_its_component() {
        let spec = crate::Spec::parse(
            "things.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  \
             schemas:\n    Thing: {type: object}\n",
        )
        .expect("parses");
        let err = super::check(&spec, &typify_file())
            .expect_err("refused")
            .to_string();
        assert!(
            err.contains("/components/schemas/Thing: unsupported schema \"Thing\": two of its properties are one Rust field (id)"),
            "{err}"
        );
        let mut file = typify_file();
        super::rename(&mut file);
        assert!(super::check(&spec, &file).is_ok());
    }
}
