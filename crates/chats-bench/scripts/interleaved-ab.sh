#!/usr/bin/env bash
# Two builds of chats-server side by side, in interleaved rounds, on one scenario: the
# before/after of a change, each round starting each build fresh on the same data.
#   A=old/chats-server B=target/release/chats-server SCENARIO=get|post ROUNDS=8 \
#     crates/chats-bench/scripts/interleaved-ab.sh
# get: GET /api/v1/chats/{id} at 64 connections, an id drawn at random among 1,000;
# post: POST /api/v1/chats at 8 connections (owner and channel of a listed chat), each round
# on a fresh copy of the demo. Per round and build: wrk's rate, the service's CPU µs per
# request (from /proc), and for post the mean size of a write group (from /metrics).
# Ends with each build's median rate and B/A. Any non-2xx answer stops it (exit 1): a refused
# request is fast, and counting it would make a broken build look faster.
# Needs: wrk, curl, python3; a SQLite demo of 20,000 chats is seeded with A. About 12 s per
# round and build at the defaults (ROUNDS=8, SECONDS_PER_RUN=4: some 3 minutes).
set -euo pipefail
A=${A:?the build before}; B=${B:?the build after}
SCENARIO=${SCENARIO:-get}; ROUNDS=${ROUNDS:-8}; SECONDS_PER_RUN=${SECONDS_PER_RUN:-4}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export CHATS_DATABASE_URL="sqlite://$work/demo.db"
key=$("$A" seed-demo --chats 20000 2>/dev/null | sed -n 's/^api-key //p')
"$A" serve --listen 127.0.0.1:18090 >/dev/null 2>&1 & pid=$!
for _ in $(seq 300); do curl -sf -o /dev/null http://127.0.0.1:18090/openapi.yaml && break; sleep 0.1; done
for page in $(seq 1 10); do
  curl -s -H "authorization: $key" "http://127.0.0.1:18090/api/v1/chats?pageSize=100&pageNumber=$((page * 19))"
  echo
done | python3 -c '
import json, sys
chats = [chat for line in sys.stdin if line.strip() for chat in json.loads(line)]
ids = ",".join(json.dumps(chat["id"]) for chat in chats)
pairs = ",".join("{%s,%s}" % (json.dumps(c["ownerId"]), json.dumps(c["channelId"])) for c in chats if c.get("channelId"))
print("ids = {%s}\nowners = {%s}" % (ids, pairs))' >"$work/data.lua"
kill -INT $pid; wait $pid || true
cat >"$work/get.lua" <<LUA
dofile("$work/data.lua")
math.randomseed(20261206)
request = function()
  return wrk.format("GET", "/api/v1/chats/" .. ids[math.random(#ids)], {["authorization"] = "$key"})
end
LUA
cat >"$work/post.lua" <<LUA
dofile("$work/data.lua")
math.randomseed(20261206)
request = function()
  local pair = owners[math.random(#owners)]
  return wrk.format("POST", "/api/v1/chats", {["authorization"] = "$key", ["content-type"] = "application/json"},
    '{"ownerId":"' .. pair[1] .. '","channelId":"' .. pair[2] .. '","title":"bench ' .. math.random(100000) .. '"}')
end
LUA
connections=64; [ "$SCENARIO" = post ] && connections=8
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
echo "interleaved A/B, $SCENARIO, $connections connections, ${SECONDS_PER_RUN}s per run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
for round in $(seq "$ROUNDS"); do
  for which in A B; do
    bin=$A; [ $which = B ] && bin=$B
    database=demo
    if [ "$SCENARIO" = post ]; then rm -f "$work"/post.db*; cp "$work/demo.db" "$work/post.db"; database=post; fi
    CHATS_DATABASE_URL="sqlite://$work/$database.db" "$bin" serve --listen 127.0.0.1:18090 \
      --metrics-listen 127.0.0.1:18099 >/dev/null 2>&1 & pid=$!
    for _ in $(seq 300); do curl -sf -o /dev/null http://127.0.0.1:18090/openapi.yaml && break; sleep 0.1; done
    wrk -t2 -c$connections -d1s -s "$work/$SCENARIO.lua" http://127.0.0.1:18090 >/dev/null
    before=$(cpu $pid)
    out=$(wrk -t2 -c$connections -d${SECONDS_PER_RUN}s --latency -s "$work/$SCENARIO.lua" http://127.0.0.1:18090)
    after=$(cpu $pid)
    if echo "$out" | grep -q 'Non-2xx'; then
      # A refused or failing request is fast, not a result: never count it as speed.
      echo "round $round $which: $(echo "$out" | grep 'Non-2xx') (of $(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')): not a measurement, stopping" >&2
      exit 1
    fi
    requests=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
    rate=$(echo "$out" | sed -n 's/Requests\/sec: *//p')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    group=$(curl -s http://127.0.0.1:18099/metrics | awk '/^chats_sqlite_write_group_size_sum/ {s = $2} /^chats_sqlite_write_group_size_count/ {c = $2} END {if (c) printf "%.2f", s / c; else print "-"}')
    echo "round $round $which: $rate req/s, p99 $p99, $(( (after - before) * 10000 / requests )) µs CPU per request, write group $group"
    echo "$which $rate" >>"$work/rates"
    kill -INT $pid; wait $pid || true
  done
done
python3 - "$work/rates" <<'PY'
import statistics, sys
rates = {"A": [], "B": []}
for line in open(sys.argv[1]):
    which, rate = line.split()
    rates[which].append(float(rate))
a, b = statistics.median(rates["A"]), statistics.median(rates["B"])
print(f"medians over {len(rates['A'])} rounds: A {a:,.0f} req/s, B {b:,.0f} req/s, B/A {b / a:.3f}")
PY
