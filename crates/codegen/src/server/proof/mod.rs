//! What an answer's Rust type already proves of its schema, and a typed check of the rest.
//!
//! Response validation used to serialize every answer into a `serde_json::Value` and walk it
//! against the schema. Most of that is proven before the server runs: a `uuid::Uuid` always
//! writes a UUID, a required field of a struct is always written, a typify enum writes one of
//! its values. So for each typed JSON answer the generator walks the body's Rust type (the
//! items progenitor and typify wrote, read back from the generated `types` module) beside its
//! schema (`schema_value`'s reading, the one the validator itself uses):
//!
//! - where serializing any value of the type gives JSON the schema accepts, nothing is
//!   checked at run time;
//! - where the schema asks for what the type cannot carry (a length, a pattern or a format on
//!   a plain `String`, an integer's bounds, a float that may be NaN, a year `chrono` writes
//!   outside RFC 3339), a typed check of exactly that reads the value in place (the generated
//!   `answers` module, one function per component that needs one, through
//!   `server_runtime::Collect`);
//! - where the walk meets a shape it does not model (`oneOf`, `anyOf`, a `flatten`, a
//!   hand-written `Serialize`, a `writeOnly` property), the answer is checked as before, whole
//!   (`rt::check_body`). The walk never guesses: an unmodelled shape is this fallback.
//!
//! Debug builds run the whole check after the typed one (`Response::check_serialized`), so a
//! proof that claims too much fails every test suite that answers such a value.

use std::collections::{HashMap, HashSet};

use bumpalo::Bump;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use schema_check::{Access, Additional, Kind, Schema};
use syn::ext::IdentExt as _;

use super::statics::Statics;
pub(super) use rust::Types;
use rust::{Shape, field_attrs, serde_flags, serde_name, serializes_plainly, shape};

mod rust;
use crate::Spec;

/// The typed checks made so far: one function per (type, component) that needs one.
#[derive(Default)]
pub(super) struct Proofs {
    helpers: HashMap<(String, String), Option<syn::Ident>>,
    /// The keys `helpers` gained, in order, so a failed walk can take them back.
    journal: Vec<(String, String)>,
    in_progress: HashMap<(String, String), syn::Ident>,
    /// Types met again while being walked (a cycle), assumed to prove their schema.
    assumed: HashSet<(String, String)>,
    failed: HashMap<(String, String), String>,
    next_helper: usize,
    pub(super) items: Vec<TokenStream>,
    leaves: Vec<String>,
    /// How many typed answers were proven whole, checked in part, checked whole.
    counts: [usize; 3],
}

impl Proofs {
    /// How the answers seen so far are checked.
    pub(in crate::server) fn answer_checks(&self) -> super::AnswerChecks {
        let [proven, in_part, whole] = self.counts;
        super::AnswerChecks {
            proven,
            in_part,
            whole,
        }
    }
}

/// The outcome for one answer.
pub(super) enum Verdict {
    /// The type proves the schema: nothing to check.
    Proven,
    /// Statements over `body` (a reference) and `c` (a `Collect`).
    Typed(TokenStream),
    /// Not modelled: check the serialized body whole.
    Whole,
}

type Step = Result<Option<TokenStream>, String>;

/// The verdict for a typed answer `body_type` documented with `schema`.
pub(super) fn prove(
    spec: &Spec,
    types: &Types,
    statics: &mut Statics,
    body_type: &TokenStream,
    schema: &openapiv3::ReferenceOr<openapiv3::Schema>,
) -> Verdict {
    let arena = Bump::new();
    let Ok(ty) = syn::parse2::<syn::Type>(body_type.clone()) else {
        return Verdict::Whole;
    };
    let Ok(built) = crate::schema_value::build(spec, &arena, schema) else {
        return Verdict::Whole;
    };
    let mark = statics.mark();
    let proofs = &statics.proofs;
    let (journal, items, leaves) = (
        proofs.journal.len(),
        proofs.items.len(),
        proofs.leaves.len(),
    );
    let mut walk = Walk {
        spec,
        arena: &arena,
        types,
        statics,
        next: 0,
    };
    let outcome = walk.schema(&ty, built, quote! { body });
    let proofs = &mut statics.proofs;
    proofs.in_progress.clear();
    proofs.assumed.clear();
    let verdict = match outcome {
        Ok(None) => Verdict::Proven,
        Ok(Some(code)) => Verdict::Typed(code),
        Err(_) => {
            // Nothing of a failed walk is kept but what failed for good.
            for key in proofs.journal.drain(journal..) {
                proofs.helpers.remove(&key);
            }
            proofs.items.truncate(items);
            proofs.leaves.truncate(leaves);
            statics.rollback(mark);
            statics.proofs.counts[2] += 1;
            return Verdict::Whole;
        }
    };
    let index = usize::from(!matches!(verdict, Verdict::Proven));
    proofs.counts[index] += 1;
    verdict
}

struct Walk<'p, 's, 'b> {
    spec: &'s Spec,
    arena: &'b Bump,
    types: &'p Types,
    statics: &'p mut Statics,
    next: usize,
}

/// A schema with its `$ref`s and lone `allOf` parts followed.
struct Resolved<'b> {
    schema: &'b Schema<'b>,
    /// Whether `null` passes (a `nullable` anywhere on the way, or no type at all).
    null: bool,
    /// The component the last `$ref` named.
    component: Option<&'b str>,
}

impl<'b> Walk<'_, '_, 'b> {
    fn fresh(&mut self, stem: &str) -> syn::Ident {
        self.next += 1;
        format_ident!("__{}{}", stem, self.next)
    }

    fn resolve(&self, mut schema: &'b Schema<'b>) -> Result<Resolved<'b>, String> {
        let mut null = false;
        let mut component = None;
        for _ in 0..64 {
            let plain = schema.all_of.is_empty() && schema.any_of.is_empty();
            match &schema.kind {
                Kind::Named(name) if plain => {
                    null |= schema.nullable;
                    component = Some(*name);
                    let target = self
                        .spec
                        .document
                        .components
                        .as_ref()
                        .and_then(|components| components.schemas.get(*name))
                        .ok_or_else(|| format!("no component {name}"))?;
                    schema = crate::schema_value::build(self.spec, self.arena, target)
                        .map_err(|_| format!("component {name} has no validator"))?;
                }
                Kind::Ref(target) if plain => {
                    null |= schema.nullable;
                    schema = target;
                }
                Kind::Any if schema.all_of.len() == 1 && schema.any_of.is_empty() => {
                    null |= schema.nullable;
                    schema = schema.all_of[0];
                }
                // `type: string` beside one `allOf` part (a nullable `$ref` in 3.0): the
                // part decides, when it is a string schema too.
                Kind::String(text)
                    if plain_text(text, &[])
                        && schema.all_of.len() == 1
                        && schema.any_of.is_empty() =>
                {
                    let part = self.resolve(schema.all_of[0])?;
                    if !matches!(part.schema.kind, Kind::String(_)) {
                        return Err("a string schema whose allOf part is not one".into());
                    }
                    return Ok(Resolved {
                        schema: part.schema,
                        // `null` stops at the string's own `nullable`; the part is not asked.
                        null: null || schema.nullable,
                        component: part.component,
                    });
                }
                _ if !plain => return Err("allOf or anyOf".into()),
                Kind::Any => {
                    return Ok(Resolved {
                        schema,
                        null: true,
                        component,
                    });
                }
                _ => {
                    return Ok(Resolved {
                        schema,
                        null: null || schema.nullable,
                        component,
                    });
                }
            }
        }
        Err("references too deep".into())
    }

    /// The check of `value` (an expression of type `&ty`) against `schema`: `None` when the
    /// type proves it.
    fn schema(&mut self, ty: &syn::Type, schema: &'b Schema<'b>, value: TokenStream) -> Step {
        let resolved = self.resolve(schema)?;
        if matches!(resolved.schema.kind, Kind::Any) {
            return Ok(None);
        }
        self.typed(ty, &resolved, value)
    }

    fn typed(&mut self, ty: &syn::Type, at: &Resolved<'b>, value: TokenStream) -> Step {
        let schema = at.schema;
        match shape(ty)? {
            Shape::Option(inner) => {
                if !at.null {
                    return Err("an Option where null is not allowed".into());
                }
                let some = self.fresh("some");
                Ok(self
                    .typed(inner, at, quote! { #some })?
                    .map(|code| quote! { if let Some(#some) = #value { #code } }))
            }
            Shape::Box(inner) => self.typed(inner, at, quote! { &**#value }),
            Shape::Vec(inner) => match &schema.kind {
                Kind::Array(items)
                    if items.min_items.is_none()
                        && items.max_items.is_none()
                        && !items.unique_items =>
                {
                    let (index, item, len) =
                        (self.fresh("i"), self.fresh("item"), self.fresh("len"));
                    Ok(self
                        .schema(inner, items.items, quote! { #item })?
                        .map(|code| {
                            quote! {
                                for (#index, #item) in (#value).iter().enumerate() {
                                    let #len = c.enter_index(#index);
                                    #code
                                    c.leave(#len);
                                }
                            }
                        }))
                }
                _ => Err("a Vec for a constrained or non-array schema".into()),
            },
            Shape::Map(inner) => match &schema.kind {
                Kind::Object(object)
                    if object.properties.is_empty()
                        && object.min_properties.is_none()
                        && object.max_properties.is_none() =>
                {
                    match object.additional {
                        Additional::Allow => Ok(None),
                        Additional::Deny => Err("a map where no member is allowed".into()),
                        Additional::Schema(values) => {
                            let (key, item, len) =
                                (self.fresh("key"), self.fresh("item"), self.fresh("len"));
                            Ok(self.schema(inner, values, quote! { #item })?.map(|code| {
                                quote! {
                                    for (#key, #item) in #value {
                                        let #len = c.enter(#key);
                                        #code
                                        c.leave(#len);
                                    }
                                }
                            }))
                        }
                    }
                }
                _ => Err("a map for a non-map schema".into()),
            },
            Shape::String => match &schema.kind {
                Kind::String(text) if plain_text(text, &[]) => Ok(None),
                Kind::String(_) => {
                    let leaf = self.leaf(schema);
                    Ok(Some(quote! { c.text(&super::schemas::#leaf, #value); }))
                }
                _ => Err("a String for a non-string schema".into()),
            },
            Shape::Bool => match schema.kind {
                Kind::Boolean => Ok(None),
                _ => Err("a bool for a non-boolean schema".into()),
            },
            Shape::Int(low, high) => self.integer(schema, low, high, quote! { *#value }),
            Shape::NonZero(high) => self.integer(schema, 1, high, quote! { #value.get() }),
            Shape::Float => match schema.kind {
                Kind::Number(_) | Kind::Integer(_) => {
                    let leaf = self.leaf(schema);
                    Ok(Some(quote! {
                        c.value(&super::schemas::#leaf, &::serde_json::Value::from(*#value));
                    }))
                }
                _ => Err("a float for a non-number schema".into()),
            },
            Shape::Uuid => match &schema.kind {
                Kind::String(text) if plain_text(text, &["uuid"]) => Ok(None),
                _ => Err("a Uuid for another schema".into()),
            },
            chrono @ (Shape::DateTime | Shape::Date) => {
                let format = if matches!(chrono, Shape::Date) {
                    "date"
                } else {
                    "date-time"
                };
                match &schema.kind {
                    Kind::String(text) if plain_text(text, &[]) => Ok(None),
                    Kind::String(text) if plain_text(text, &[format]) => {
                        let leaf = self.leaf(schema);
                        Ok(Some(quote! {
                            c.year(&super::schemas::#leaf, ::chrono::Datelike::year(#value), #value);
                        }))
                    }
                    _ => Err("a chrono type for another schema".into()),
                }
            }
            Shape::JsonValue => {
                let leaf = self.leaf(schema);
                Ok(Some(quote! { c.value(&super::schemas::#leaf, #value); }))
            }
            Shape::Named(name) => self.named(&name, at, value),
        }
    }

    fn integer(
        &mut self,
        schema: &'b Schema<'b>,
        low: i128,
        high: i128,
        read: TokenStream,
    ) -> Step {
        let numeric = match &schema.kind {
            Kind::Integer(numeric) | Kind::Number(numeric) => numeric,
            _ => return Err("an integer for a non-number schema".into()),
        };
        let fits = match numeric.format {
            Some("int32") => low >= i128::from(i32::MIN) && high <= i128::from(i32::MAX),
            Some("int64") => low >= i128::from(i64::MIN) && high <= i128::from(i64::MAX),
            _ => true,
        };
        // A Rust integer wider than the format (typify's `u64` for an `int64` with
        // `minimum: 0`) is checked like a bound.
        let bounded = !fits
            || numeric.minimum.is_some()
            || numeric.maximum.is_some()
            || numeric.multiple_of.is_some()
            || !numeric.enumeration.is_empty();
        if !bounded {
            return Ok(None);
        }
        let leaf = self.leaf(schema);
        Ok(Some(quote! {
            c.value(&super::schemas::#leaf, &::serde_json::Value::from(#read));
        }))
    }

    /// A static of `schema` for a leaf check, shared by equal leaves.
    fn leaf(&mut self, schema: &Schema<'_>) -> syn::Ident {
        let expression = self.statics.render(schema).to_string();
        let index = match self
            .statics
            .proofs
            .leaves
            .iter()
            .position(|known| *known == expression)
        {
            Some(index) => index,
            None => {
                let tokens: TokenStream = expression.parse().expect("rendered tokens reparse");
                let ident = format_ident!("ANSWER_LEAF_{}", self.statics.proofs.leaves.len());
                self.statics
                    .items
                    .push(quote! { pub static #ident: Schema = #tokens; });
                self.statics.proofs.leaves.push(expression);
                self.statics.proofs.leaves.len() - 1
            }
        };
        format_ident!("ANSWER_LEAF_{}", index)
    }

    fn named(&mut self, name: &str, at: &Resolved<'b>, value: TokenStream) -> Step {
        // The types outlive the walk's borrow of itself: no copy of the item is needed.
        let types = self.types;
        let item = types
            .items
            .get(name)
            .ok_or_else(|| format!("no generated type {name}"))?;
        let Some(component) = at.component else {
            // An inline schema cannot recur: walk it in place.
            return self.item(name, item, at, value);
        };
        let key = (name.to_owned(), component.to_owned());
        if let Some(why) = self.statics.proofs.failed.get(&key) {
            return Err(why.clone());
        }
        if let Some(done) = self.statics.proofs.helpers.get(&key) {
            return Ok(done
                .as_ref()
                .map(|helper| quote! { super::answers::#helper(#value, c); }));
        }
        if self.statics.proofs.in_progress.contains_key(&key) {
            // A cycle: assume the type proves its schema; if the walk below finds a check
            // after all, it walks again with the helper known to exist.
            self.statics.proofs.assumed.insert(key);
            return Ok(None);
        }
        let proofs = &mut self.statics.proofs;
        let helper = format_ident!("check_{}", proofs.next_helper);
        proofs.next_helper += 1;
        let (journal, items) = (proofs.journal.len(), proofs.items.len());
        proofs.in_progress.insert(key.clone(), helper.clone());
        let mut outcome = self.item(name, item, at, quote! { value });
        let proofs = &mut self.statics.proofs;
        proofs.in_progress.remove(&key);
        if matches!(outcome, Ok(Some(_))) && proofs.assumed.remove(&key) {
            // What was made since assumed this type proven: make it again, calling it.
            for made in proofs.journal.drain(journal..) {
                proofs.helpers.remove(&made);
            }
            proofs.items.truncate(items);
            proofs.helpers.insert(key.clone(), Some(helper.clone()));
            proofs.journal.push(key.clone());
            outcome = self.item(name, item, at, quote! { value });
        }
        let proofs = &mut self.statics.proofs;
        let code = match outcome {
            Err(why) => {
                proofs.failed.insert(key, why.clone());
                return Err(why);
            }
            Ok(None) => {
                proofs.helpers.insert(key.clone(), None);
                proofs.journal.push(key);
                return Ok(None);
            }
            Ok(Some(code)) => code,
        };
        let type_ident = format_ident!("{}", name);
        let doc = format!(" What `{name}`'s type does not prove of `{component}`.");
        proofs.items.push(quote! {
            #[doc = #doc]
            pub fn #helper(value: &types::#type_ident, c: &mut rt::Collect) { #code }
        });
        if !proofs.helpers.contains_key(&key) {
            proofs.helpers.insert(key.clone(), Some(helper.clone()));
            proofs.journal.push(key);
        }
        Ok(Some(quote! { super::answers::#helper(#value, c); }))
    }

    fn item(
        &mut self,
        name: &str,
        item: &syn::Item,
        at: &Resolved<'b>,
        value: TokenStream,
    ) -> Step {
        match item {
            syn::Item::Type(alias) => self.typed(&alias.ty, at, value),
            syn::Item::Enum(e) => {
                serializes_plainly(&e.attrs)?;
                let mut names = Vec::new();
                for variant in &e.variants {
                    if !matches!(variant.fields, syn::Fields::Unit) {
                        return Err(format!("{name} has variants with data"));
                    }
                    names.push(serde_name(&variant.attrs, &variant.ident)?);
                }
                match &at.schema.kind {
                    Kind::String(text)
                        if names
                            .iter()
                            .all(|name| text.enumeration.contains(&name.as_str())) =>
                    {
                        Ok(None)
                    }
                    Kind::String(text) if plain_text(text, &[]) => Ok(None),
                    _ => Err(format!("{name}'s values are not all the schema's")),
                }
            }
            syn::Item::Struct(s) => match &s.fields {
                syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                    if !serde_flags(&s.attrs)?
                        .iter()
                        .any(|flag| flag == "transparent")
                    {
                        return Err(format!("{name} is a newtype without transparent"));
                    }
                    let inner = &fields.unnamed[0].ty;
                    match self.typed(inner, at, quote! { ::std::ops::Deref::deref(#value) })? {
                        None => Ok(None),
                        Some(_) if !self.types.derefs.contains(name) => {
                            Err(format!("{name} hides its value"))
                        }
                        some => Ok(some),
                    }
                }
                syn::Fields::Named(fields) => self.fields(name, &s.attrs, fields, at, value),
                _ => Err(format!("{name} is neither a newtype nor a struct")),
            },
            _ => Err(format!("{name} is not a type the walk reads")),
        }
    }

    fn fields(
        &mut self,
        name: &str,
        attrs: &[syn::Attribute],
        fields: &syn::FieldsNamed,
        at: &Resolved<'b>,
        value: TokenStream,
    ) -> Step {
        serializes_plainly(attrs)?;
        let Kind::Object(object) = &at.schema.kind else {
            return Err(format!("{name} is a struct for a non-object schema"));
        };
        if object.min_properties.is_some() || object.max_properties.is_some() {
            return Err("minProperties or maxProperties".into());
        }
        let mut code = Vec::new();
        let mut seen = Vec::new();
        for field in &fields.named {
            let ident = field.ident.as_ref().expect("named fields have names");
            let attrs = field_attrs(field)?;
            let json = attrs.rename.unwrap_or_else(|| ident.unraw().to_string());
            let property = object.properties.iter().find(|p| p.name == json);
            let schema = match (property, &object.additional) {
                (Some(property), _) => {
                    if property.access == Access::WriteOnly {
                        return Err(format!("{json} is writeOnly"));
                    }
                    if property.required && attrs.skippable {
                        return Err(format!("{json} is required but may be left out"));
                    }
                    seen.push(property.name);
                    property.schema
                }
                (None, Additional::Allow) => continue,
                (None, Additional::Schema(schema)) => *schema,
                (None, Additional::Deny) => return Err(format!("{json} is not a property")),
            };
            let (binding, len) = (self.fresh("field"), self.fresh("len"));
            let left_out_when_none = match shape(&field.ty) {
                Ok(Shape::Option(inner)) if attrs.skip_none => Some(inner),
                _ => None,
            };
            let check = if let Some(inner) = left_out_when_none {
                self.schema(inner, schema, quote! { #binding })?
                    .map(|check| quote! { if let Some(#binding) = &(#value).#ident { #check } })
            } else {
                self.schema(&field.ty, schema, quote! { #binding })?
                    .map(|check| quote! { let #binding = &(#value).#ident; #check })
            };
            if let Some(check) = check {
                code.push(quote! {
                    let #len = c.enter(#json);
                    #check
                    c.leave(#len);
                });
            }
        }
        if let Some(missing) = object
            .properties
            .iter()
            .find(|p| p.required && !seen.contains(&p.name))
        {
            return Err(format!("{name} has no field for required {}", missing.name));
        }
        Ok((!code.is_empty()).then(|| quote! { #(#code)* }))
    }
}

/// A string schema with no keyword but a format among `formats` (or none).
fn plain_text(text: &schema_check::Text<'_>, formats: &[&str]) -> bool {
    text.format.is_none_or(|format| formats.contains(&format))
        && text.min_length.is_none()
        && text.max_length.is_none()
        && text.pattern.is_none()
        && text.enumeration.is_empty()
}
