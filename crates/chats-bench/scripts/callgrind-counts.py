"""Reads `callgrind_annotate --inclusive=yes` on stdin; prints two counts: the whole
process's instructions, and the request path's (the inclusive cost of hyper's connection
future, where a request is read, served and answered). Shared by the instruction scripts."""
import re
import sys

total = path = 0
for line in sys.stdin:
    m = re.match(r"\s*([0-9,]+) ", line)
    if not m:
        continue
    count = int(m.group(1).replace(",", ""))
    if "PROGRAM TOTALS" in line:
        total = count
    elif ("http1::Connection<I,S> as core::future::future::Future>::poll" in line
          or "GracefulConnectionFuture<C,F> as core::future::future::Future>::poll" in line):
        path = max(path, count)
print(total, path)
