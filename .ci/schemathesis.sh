#!/usr/bin/env bash
# Runs schemathesis (PyPI) against a real chats-server over a fresh demo database, with the
# spec the server serves and an API key; then against the generated mock as `cargo xtask
# mock` runs it (`chats-api`'s `mock` program, the router over `chats_api::mock`); then
# against the generated mock of each of the generator's test specs (`fixture-mock <spec>`).
# Exceptions to its default checks are in openapi/schemathesis.toml (justified in README.md)
# and crates/codegen-fixtures/schemathesis.toml (justified there).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/listening.sh

cargo build --quiet -p chats-server
# `--bin` picks among the named packages' targets: the mocks are a build of their own.
cargo build --quiet -p chats-api --bin mock -p codegen-fixtures --bin fixture-mock
work=$(mktemp -d)
server_pid=
mock_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$mock_pid" ] && kill "$mock_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export CHATS_DATABASE_URL="sqlite://$work/chats.db"
key=$(target/debug/chats-server seed-demo --chats 100 2>/dev/null | tail -n 1 | cut -d' ' -f2)
RUST_LOG=info target/debug/chats-server serve --listen 127.0.0.1:0 2> "$work/serve.log" &
server_pid=$!
address=$(listening "$work/serve.log" chats-server)

schemathesis --config-file openapi/schemathesis.toml run "http://$address/openapi.json" \
  --url "http://$address" -H "authorization: $key" \
  --max-examples 50 --seed 20261125 --no-color

# The mock: no database, any key; its answers are checked against the spec by the router
# (a debug build validates answers), and schemathesis checks them again.
target/debug/mock --listen 127.0.0.1:0 > "$work/mock.out" 2> "$work/mock.log" &
mock_pid=$!
mock_address=$(listening "$work/mock.out" "the mock")

# The mock accepts any non-empty key by design (a client team has no real key yet), so the
# check that an invalid key is refused does not apply to it.
schemathesis --config-file openapi/schemathesis.toml run "http://$mock_address/openapi.json" \
  --url "http://$mock_address" -H "authorization: any-key" --exclude-checks ignored_auth \
  --max-examples 50 --seed 20261125 --no-color
kill "$mock_pid"
mock_pid=

# Any spec: the mock of each test spec, with any key in the two places they ask for one.
for spec in crates/codegen/tests/specs/*.yaml; do
  name=$(basename "$spec" .yaml)
  target/debug/fixture-mock "$name" --listen 127.0.0.1:0 > "$work/$name.out" 2> "$work/$name.log" &
  mock_pid=$!
  fixture_address=$(listening "$work/$name.out" "the mock of $name")
  echo "== the mock of $spec"
  schemathesis --config-file crates/codegen-fixtures/schemathesis.toml \
    run "http://$fixture_address/openapi.json" --url "http://$fixture_address" \
    -H "authorization: any-key" -H "x-api-key: any-key" --exclude-checks ignored_auth \
    --max-examples 30 --seed 20261125 --no-color
  kill "$mock_pid"
  mock_pid=
done
