//! The generated mock of the API as a program: `cargo run -p chats-api --bin mock --
//! [--listen ADDR] [--seed N]` (what `cargo xtask mock` runs). It needs this crate and the
//! runtime only, so it starts while the service does not compile, and serves whatever spec
//! was generated last.

fn main() -> std::process::ExitCode {
    server_runtime::mock::main(chats_api::mock::router_with_seed)
}
