//! The generator's output for its test specs, over real sockets: each module drives one
//! spec's generated server, with its generated client and with raw HTTP. One test binary, so
//! the fixture crate links once.

mod bodies;
mod collisions;
mod events;
mod evolve;
mod lifecycle;
mod mocks;
mod openapi31;
mod params;
mod petstore;
mod responses;
mod routes;
mod security;
mod shapes;
mod support;
mod three_state;
mod trips;
