//! What a generated mock of an API calls: the `Prefer` header (`code=404`, `example=name`),
//! a seed per request, and values made from a schema or taken from the spec's examples.
//!
//! The generator writes, for any spec, a `mock` module with an implementation of the API's
//! trait whose every method answers from the spec, and [`layer`] puts it behind the same
//! generated router a real implementation gets: requests are validated and authenticated
//! exactly as there, and the mock's answers are checked against the spec like any other
//! (`RouterConfig::validate_responses`).
//!
//! By concern: the `Prefer` layer and the request's [`Choice`] (`prefer`), the answers made
//! from examples or the schema (`answer`), and the [`Maker`] of values a schema allows
//! (`maker`), with its strings (`string`) and the patterns they match (`pattern`); the mock
//! as a program of its own (`program`: [`main`], [`serve`]).

pub(crate) mod answer;
mod maker;
mod pattern;
mod prefer;
mod program;
mod string;

pub use answer::{EVENTS_PER_STREAM, Facts, Page, events, header, json_bytes, raw, typed};
pub use maker::Maker;
pub use prefer::{Choice, Documented, choice, layer};
pub use program::{main, run, serve};
