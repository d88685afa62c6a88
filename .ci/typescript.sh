#!/usr/bin/env bash
# A client team that does not write Rust: types generated from openapi/chats.yaml by the
# openapi-typescript pinned in tests/typescript/package-lock.json, a strict program
# (tests/typescript/main.ts: `tsc --strict`, exact optional properties, checked indexes) that
# goes through every operation with openapi-fetch against a real chats-server over a demo
# database and checks each answer against what its generated type promises.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/listening.sh

(cd tests/typescript && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
  && npm run --silent types && rm -rf dist && npm run --silent build)

cargo build --quiet -p chats-server
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export CHATS_DATABASE_URL="sqlite://$work/chats.db"
key=$(target/debug/chats-server seed-demo --chats 20 2>/dev/null | tail -n 1 | cut -d' ' -f2)
target/debug/chats-server serve --listen 127.0.0.1:0 2> "$work/serve.log" &
server_pid=$!
address=$(listening "$work/serve.log" chats-server)

CHATS_BASE_URL="http://$address" CHATS_API_KEY="$key" node tests/typescript/dist/main.js
