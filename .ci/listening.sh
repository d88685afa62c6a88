# Sourced by the CI scripts that start a server: `listening FILE WHAT` waits (10 s at most)
# for the "listening on http://ADDR" line a chats-server or a mock prints into FILE, and
# prints ADDR; when none comes, it prints WHAT did not start, with the log, and fails.
listening() {
  local file=$1 what=$2 address=
  for _ in $(seq 100); do
    address=$(sed -n 's/.*listening on http:\/\/\([0-9.:]*\).*/\1/p' "$file" | head -n 1)
    [ -n "$address" ] && { echo "$address"; return 0; }
    sleep 0.1
  done
  echo "$what did not start" >&2
  cat "$file" "${file%.*}.log" >&2 2>/dev/null || true
  return 1
}
