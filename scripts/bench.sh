#!/usr/bin/env bash
# make bench — the delegate list of a 300-delegate congress rendered by the project's template engine,
# chevron, pystache (the same Mustache files and partial) and Jinja2 (an equivalent template, autoescape on),
# each for the same wall time in one run; prints renders per second and the ratio of each to Jinja2.
#
# Usage: scripts/bench.sh [SECONDS per engine, default 5] [ROWS, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-5}"
rows="${2:-300}"
venv=".venv-bench"
work=".build/bench"
mkdir -p "$work"

echo "[1/4] swift build -c release --product TemplateBench"
swift build -c release --product TemplateBench >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bench_bin="$(swift build -c release --product TemplateBench --show-bin-path)/TemplateBench"

echo "[2/4] Python engines in $venv (chevron 0.14.0, pystache 0.6.8, Jinja2 3.1.6)"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  chevron==0.14.0 pystache==0.6.8 jinja2==3.1.6 markupsafe==3.0.3

echo "[3/4] data: $rows delegates → $work/delegates.json"
"$venv/bin/python" scripts/bench/make_data.py "$work/delegates.json" "$rows"

echo "[4/4] rendering documents/delegates for ${seconds}s per engine"
results="$work/results.txt"
BENCH_OUTPUT_DIR="$work" "$bench_bin" Templates documents/delegates "$work/delegates.json" "$seconds" >"$work/swift.txt"
BENCH_OUTPUT_DIR="$work" "$venv/bin/python" scripts/bench/bench.py Templates "$work/delegates.json" "$seconds" >"$work/python.txt"
# The engine's output must equal chevron's (the same Mustache template) modulo whitespace.
same=$("$venv/bin/python" -c '
import re, sys
norm = lambda p: re.sub(r"\s+", "", open(p, encoding="utf-8").read())
print("same" if norm(sys.argv[1]) == norm(sys.argv[2]) else "DIFFERENT")' "$work/swift-engine.xhtml" "$work/reference.xhtml")
{ sed "s/\$/ $same/" "$work/swift.txt"; cat "$work/python.txt"; } >"$results"

echo
awk '
  { name[NR] = $1; rate[NR] = $2; bytes[NR] = $4; same[NR] = ($6 == "" ? "" : $6); if ($1 == "jinja2") jinja = $2 }
  END {
    printf "%-14s %12s %10s %10s  %s\n", "engine", "renders/s", "× Jinja2", "bytes", "output vs chevron"
    for (i = 1; i <= NR; i++)
      printf "%-14s %12.1f %10.2f %10d  %s\n", name[i], rate[i], (jinja > 0 ? rate[i] / jinja : 0), bytes[i], same[i]
  }' "$results"
