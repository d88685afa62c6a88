#!/usr/bin/env bash
# Instructions per point read (`GET /api/v1/chats/{id}`, keep-alive, 2 connections) of the
# release `chats-server` under `valgrind --tool=callgrind`, plain and with metrics and/or the
# JSON log on, or with its answers validated against the spec. Instruction counts repeat run to run, unlike throughput on a shared 2-core
# machine. Each configuration serves N and 2N requests; the difference over N is the cost
# of one request (start-up and shutdown cancel out). Two counts: the whole process, and the
# request path alone (inclusive cost of hyper's connection future, where a request is read,
# served and answered): background work that runs on a clock (timers, the log's writer
# thread, the metrics' upkeep) varies from run to run and is left out of the second.
# Needs: a release build (`cargo build --release -p chats-server`), valgrind, ab
# (apache2-utils), curl, python3.
set -euo pipefail
BIN=${BIN:-target/release/chats-server}
N=${N:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$BIN" --database "sqlite://$work/chats.db" seed-demo --chats 2000 2>/dev/null >"$work/demo"
key=$(sed -n 's/^api-key //p' "$work/demo")
total() { # name, requests, serve arguments...
  local name=$1 requests=$2; shift 2
  valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" \
    "$BIN" --database "sqlite://$work/chats.db" "$@" --listen 127.0.0.1:18082 >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 120); do curl -s -o /dev/null http://127.0.0.1:18082/healthz && break; sleep 0.5; done
  local id
  id=$(curl -s -H "authorization: $key" "http://127.0.0.1:18082/api/v1/chats?pageSize=1" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)[0]["id"])')
  ab -q -k -c 2 -n "$requests" -H "authorization: $key" "http://127.0.0.1:18082/api/v1/chats/$id" >/dev/null
  kill -INT "$pid"; wait "$pid" || true
  callgrind_annotate --inclusive=yes "$work/$name.out" 2>/dev/null | python3 "$(dirname "$0")/callgrind-counts.py"
}
per_request() { # label, serve arguments...
  local label=$1; shift
  local one_total one_path two_total two_path
  read -r one_total one_path < <(total "$label-1" "$N" "$@")
  read -r two_total two_path < <(total "$label-2" "$((2 * N))" "$@")
  echo "$label $(( (two_total - one_total) / N )) $(( (two_path - one_path) / N ))"
}
echo "instructions per point read (N=$N), $(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null)"
echo "configuration whole-process request-path"
# CONFIGS picks configurations by name (default: all).
CONFIGS=${CONFIGS:-plain metrics json both validated}
for config in $CONFIGS; do
  case $config in
    # Answers are validated by default; `plain` turns that off to measure the rest alone.
    plain) per_request plain serve --validate-responses=false ;;
    metrics) per_request metrics serve --validate-responses=false --metrics-listen 127.0.0.1:19092 ;;
    json) per_request json --log-format json serve --validate-responses=false ;;
    both) per_request both --log-format json serve --validate-responses=false --metrics-listen 127.0.0.1:19092 ;;
    # Answers checked against the spec: the default, in every build.
    validated) per_request validated serve ;;
    *) echo "unknown configuration $config" >&2; exit 2 ;;
  esac
done
