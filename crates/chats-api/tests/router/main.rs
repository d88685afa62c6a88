//! The generated router over a real socket, with a small in-memory implementation of the
//! trait, driven by the generated client (and by raw HTTP for what the client cannot send).
//! It proves the server speaks the spec: every operation round-trips, every validation rule
//! answers 400/413/415 with the field named, 401 comes first, and nothing invalid reaches the
//! implementation.

mod memory;
mod operations;
mod running;
mod spec;
mod validation;
