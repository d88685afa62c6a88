//! The Chats service: the generated `ChatsApi` trait implemented over a database, the HTTP
//! application around it, and the command line (`chats-server`).
//!
//! - [`service`]: the seven operations' behaviour, over [`storage::Storage`]; [`pages`]: the
//!   lists' keyset `cursor` and `Link` header.
//! - [`storage`]: the storage interface and its SQLite and PostgreSQL backends (all SQL lives
//!   there).
//! - [`http`]: the application: the generated router plus health, docs and the tower layers
//!   (request id, request log, timeout, panic guard).
//! - [`telemetry`]: Prometheus metrics, the request's route, operation and trace id on its
//!   log lines, the log's format.
//! - [`keys`], [`key_cache`], [`import`], [`demo`]: API keys and the keys already checked,
//!   the directory file, the demo data set.
//! - [`testing`]: what tests share: the PostgreSQL server to use, raw HTTP bytes through the
//!   stack.

pub mod demo;
pub mod events;
pub mod http;
pub mod import;
pub mod key_cache;
pub mod keys;
pub mod pages;
pub mod service;
pub mod storage;
pub mod telemetry;
pub mod testing;
