#!/usr/bin/env bash
# Instructions per point read through each layer of the service's HTTP stack, one added at a
# time, then the generated router with a trivial implementation (release `chats-bench`,
# `valgrind --tool=callgrind`, keep-alive, 2 connections). Each configuration serves N and 2N
# requests; the difference over N is one request's cost (start-up and shutdown cancel out).
# Two counts, as in telemetry-instructions.sh: the whole process, and the request path alone
# (hyper's connection future). The body is the trivial server's chat (~470 bytes) in every row.
# Needs: `cargo build --release -p chats-bench`, valgrind, ab (apache2-utils), curl, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BIN=${BIN:-target/release/chats-bench}
N=${N:-10000}
ID=3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wait_for() { for _ in $(seq 120); do curl -s -o /dev/null "$1" && return; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }
# The chat body, from the trivial server itself.
"$BIN" trivial --listen 127.0.0.1:18084 2>/dev/null & pid=$!
wait_for "http://127.0.0.1:18084/api/v1/chats/$ID"
curl -s -H "authorization: any" "http://127.0.0.1:18084/api/v1/chats/$ID" >"$work/chat.json"
kill -INT "$pid"; wait "$pid" || true
echo '[]' >"$work/page.json"
total() { # name, requests, url, environment and command...
  local name=$1 requests=$2 url=$3; shift 3
  env "$@" >/dev/null 2>&1 &
  local pid=$!
  wait_for "$url"
  ab -q -k -c 2 -n "$requests" -H "authorization: any" "$url" >/dev/null
  kill -INT "$pid"; wait "$pid" || true
  callgrind_annotate --inclusive=yes "$work/$name.out" 2>/dev/null | python3 "$here/callgrind-counts.py"
}
per_request() { # label, url, environment and command (OUT in it names the profile)...
  local label=$1 url=$2; shift 2
  local one_total one_path two_total two_path
  read -r one_total one_path < <(total "$label-1" "$N" "$url" "${@//OUT/$work/$label-1.out}")
  read -r two_total two_path < <(total "$label-2" "$((2 * N))" "$url" "${@//OUT/$work/$label-2.out}")
  echo "$label $(( (two_total - one_total) / N )) $(( (two_path - one_path) / N ))"
}
grind() { echo valgrind --tool=callgrind --callgrind-out-file=OUT "$BIN"; }
ceiling() { # layers
  # shellcheck disable=SC2046
  echo $(grind) ceiling --listen 127.0.0.1:18082 --bare-listen 127.0.0.1:18083 \
    --chat "$work/chat.json" --page "$work/page.json" --layers "$1"
}
echo "instructions per point read (N=$N), $(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null)"
echo "configuration whole-process request-path"
CONFIGS=${CONFIGS:-bare server request-id log timeout panic-guard metrics generated-no-log generated}
for config in $CONFIGS; do
  case $config in
    bare) per_request bare http://127.0.0.1:18083/chat $(ceiling none) ;;
    server) per_request server http://127.0.0.1:18082/chat $(ceiling none) ;;
    request-id) per_request +request-id http://127.0.0.1:18082/chat $(ceiling request-id) ;;
    log) per_request +log http://127.0.0.1:18082/chat $(ceiling request-id,log) ;;
    timeout) per_request +timeout http://127.0.0.1:18082/chat $(ceiling request-id,log,timeout) ;;
    panic-guard) per_request +panic-guard http://127.0.0.1:18082/chat $(ceiling request-id,log,timeout,panic-guard) ;;
    metrics) per_request +metrics http://127.0.0.1:18082/chat $(ceiling request-id,log,timeout,panic-guard,metrics) ;;
    generated-no-log) per_request generated-no-log "http://127.0.0.1:18082/api/v1/chats/$ID" RUST_LOG=off $(grind) trivial --listen 127.0.0.1:18082 ;;
    generated) per_request generated "http://127.0.0.1:18082/api/v1/chats/$ID" $(grind) trivial --listen 127.0.0.1:18082 ;;
    *) echo "unknown configuration $config" >&2; exit 2 ;;
  esac
done
