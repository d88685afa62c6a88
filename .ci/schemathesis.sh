#!/usr/bin/env bash
# Runs schemathesis (PyPI) against a real chats-server over a fresh demo database, with the
# spec the server serves and an API key. Exceptions to its default checks are in
# openapi/schemathesis.toml and justified in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet -p chats-server
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export CHATS_DATABASE_URL="sqlite://$work/chats.db"
key=$(target/debug/chats-server seed-demo --chats 100 2>/dev/null | tail -n 1 | cut -d' ' -f2)
RUST_LOG=info target/debug/chats-server serve --listen 127.0.0.1:0 2> "$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do
  address=$(sed -n 's/.*listening on http:\/\/\([0-9.:]*\).*/\1/p' "$work/serve.log" | head -n 1)
  [ -n "$address" ] && break
  sleep 0.1
done
[ -n "${address:-}" ] || { echo "chats-server did not start"; cat "$work/serve.log"; exit 1; }

schemathesis --config-file openapi/schemathesis.toml run "http://$address/openapi.json" \
  --url "http://$address" -H "authorization: $key" \
  --max-examples 50 --seed 20261125 --no-color
