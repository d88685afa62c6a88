//! Proptest strategies of the values a schema allows (the `proptest` feature), for the
//! `strategies` module a generated server has: a value is made from a seed by the mock's
//! [`Maker`](crate::mock::Maker), so it meets every constraint the router checks, and read
//! into the generated type.

use proptest::{arbitrary::any, strategy::Strategy};
use serde::de::DeserializeOwned;

use crate::{mock::Maker, schema::Schema};

/// Values of `T` made from `schema`: each meets the schema's constraints (formats, enums,
/// lengths, bounds, patterns, required properties). A seed that makes a value `T` does not
/// read (a schema the maker cannot satisfy) is rejected, as `prop_filter` does.
pub fn of<T: DeserializeOwned + std::fmt::Debug>(
    schema: &'static Schema<'static>,
) -> impl Strategy<Value = T> {
    any::<u64>().prop_filter_map("a value the generated type reads", move |seed| {
        serde_json::from_value(Maker::new(seed).value(schema, 0)).ok()
    })
}
