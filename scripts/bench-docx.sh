#!/usr/bin/env bash
# make bench — two papers of a 300-delegate congress as DOCX, the minutes and the delegate list: DaiHoi's DOCX
# writer (derive → render → tree → zip, in process) next to its ODT writer on the same path, and docxtpl 0.20.2
# (PyPI, in the Makefile's bench venv) rendering an equivalent DOCX template from the same data exported as JSON
# (autoescape on: with its default docxtpl writes '&' and '<' of the data raw and the row is lost), each for the
# same wall time, steady state (docxtpl's imports and first Jinja compile done before the clock starts).
#
# Usage: scripts/bench-docx.sh [SECONDS per engine, default 5] [DELEGATES, default 300]
# DAIHOI_BENCH_BIN=DIR takes daihoi and ODTBench from DIR instead of building them.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-5}"
delegates="${2:-300}"
# Its own venv, made by the system Python (not a python3 first on PATH): docxtpl and its dependencies from PyPI.
venv=".venv-bench-docx"
work=".build/bench-docx"
rm -rf "$work"
mkdir -p "$work"

source scripts/bench/release-bin.sh
release_bins "$work" "1/4" ODTBench daihoi
bin="$bindir"

echo "[2/4] docxtpl 0.20.2 in $venv"
[ -x "$venv/bin/python" ] || /usr/bin/python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check docxtpl==0.20.2

echo "[3/4] a congress of $delegates delegates (daihoi sample-batch --members $delegates)"
"$bin/daihoi" sample-batch 1 "$work/congress" --members "$delegates" >/dev/null 2>&1
congress="$work/congress/chi-bo-0001/congress.yaml"

pages=(minutes delegates)
echo "[4/4] ${pages[*]}: DOCX writer, ODT writer, docxtpl, ${seconds}s each"
: >"$work/rates.txt"
: >"$work/same.txt"
for page in "${pages[@]}"; do
  echo "$page $("$bin/ODTBench" docx Templates "$congress" "$seconds" "$work" "$page")" >>"$work/rates.txt"
  echo "$page $("$bin/ODTBench" odt Templates "$congress" "$seconds" "$work" "$page")" >>"$work/rates.txt"
  "$venv/bin/python" scripts/bench/docxtpl_bench.py template "$work/daihoi-$page.docx" "$work/docxtpl-$page-template.docx" "$page"
  echo "$page $("$venv/bin/python" scripts/bench/docxtpl_bench.py bench "$work/docxtpl-$page-template.docx" "$work/$page.json" \
    "$seconds" "$work/docxtpl-$page.docx")" >>"$work/rates.txt"
  # The two DOCX hold the same text (docxtpl's has every row: none lost to '&' or '<').
  "$venv/bin/python" -c '
import re, sys, zipfile
def text(path):
    s = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return re.sub(r"\s+", " ", " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", s))).strip()
a, b = text(sys.argv[1]), text(sys.argv[2])
print(sys.argv[3], "same text" if a == b else "DIFFERENT text (%d vs %d characters)" % (len(a), len(b)))' \
    "$work/daihoi-$page.docx" "$work/docxtpl-$page.docx" "$page" >>"$work/same.txt"
done

echo
echo "DOCX of a $delegates-delegate congress, text of DaiHoi's vs docxtpl's: $(awk '{page = $1; sub(/^[^ ]+ /, ""); printf "%s%s: %s", (NR > 1 ? "; " : ""), page, $0}' "$work/same.txt")"
awk '{ page[NR] = $1; name[NR] = $2; rate[NR] = $3; bytes[NR] = $5 }
  END {
    printf "%-10s %-14s %14s %10s\n", "paper", "writer", "documents/s", "bytes"
    for (i = 1; i <= NR; i++) {
      printf "%-10s %-14s %14.1f %10d\n", page[i], name[i], rate[i], bytes[i]
      if (i % 3 == 0 && rate[i] > 0 && rate[i - 1] > 0)
        printf "%-10s DOCX writer / ODT writer: %.2f×   DOCX writer / docxtpl: %.1f×\n", page[i], rate[i - 2] / rate[i - 1], rate[i - 2] / rate[i]
    }
  }' "$work/rates.txt"
