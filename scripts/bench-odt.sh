#!/usr/bin/env bash
# make bench — (a) two papers of a 300-delegate congress as ODT, the minutes and the delegate list: DaiHoi's
# writer (derive → render → tree → zip, in process) vs relatorio 1.0.0 rendering an equivalent ODT template
# from the same data exported as JSON, each for the same wall time; then the whole-process time of one
# `daihoi render --format odt` vs one relatorio run, per paper.
# (b) PDF throughput for 20 documents, side by side: the pool of warm LibreOffice workers (python3-uno), the
# pool's fallback without python3-uno (one `soffice --convert-to` call per worker), one soffice process per file,
# and LibreOffice's own one-call conversion of all 20 (every run starts from fresh LibreOffice profiles).
#
# Usage: scripts/bench-odt.sh [SECONDS per engine, default 5] [DELEGATES, default 300] [WORKERS, default 2]
# DAIHOI_BENCH_BIN=DIR takes daihoi and ODTBench from DIR instead of building them.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-5}"
delegates="${2:-300}"
workers="${3:-2}"
venv=".venv-bench"
work=".build/bench-odt"
rm -rf "$work"
mkdir -p "$work"

source scripts/bench/release-bin.sh
release_bins "$work" "1/6" ODTBench daihoi
bin="$bindir"

echo "[2/6] relatorio 1.0.0 in $venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check relatorio==1.0.0

echo "[3/6] a congress of $delegates delegates (daihoi sample-batch --members $delegates)"
"$bin/daihoi" sample-batch 1 "$work/congress" --members "$delegates" >/dev/null 2>&1
congress="$work/congress/chi-bo-0001/congress.yaml"

# Two papers of the same congress: the minutes (what the issue names; a short paper, since the minutes
# count the delegates but do not list them) and the delegate list (one table row per delegate: the
# "300-row table" page on which relatorio's 39 documents/s were measured, PLATFORM.md).
pages=(minutes delegates)
echo "[4/6] ${pages[*]} as ODT for ${seconds}s per engine and paper"
: >"$work/odt.txt"
: >"$work/same.txt"
for page in "${pages[@]}"; do
  echo "$page $("$bin/ODTBench" odt Templates "$congress" "$seconds" "$work" "$page")" >>"$work/odt.txt"
  "$venv/bin/python" scripts/bench/relatorio_minutes.py template "$work/daihoi-$page.odt" "$work/relatorio-$page-template.odt" "$page"
  echo "$page $("$venv/bin/python" scripts/bench/relatorio_minutes.py bench "$work/relatorio-$page-template.odt" "$work/$page.json" \
    "$seconds" "$work/relatorio-$page.odt")" >>"$work/odt.txt"
  "$venv/bin/python" -c '
import re, sys, zipfile
def text(path):
    s = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", s[s.index("<office:text>"):])).strip()
print(sys.argv[3], "same text" if text(sys.argv[1]) == text(sys.argv[2]) else "DIFFERENT text")' \
    "$work/daihoi-$page.odt" "$work/relatorio-$page.odt" "$page" >>"$work/same.txt"
done

# Whole process, median of 7 runs each.
median_ms() {
  local runs=() start end
  for _ in 1 2 3 4 5 6 7; do
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    runs+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 4p
}
: >"$work/process.txt"
for page in "${pages[@]}"; do
  daihoi_ms=$(median_ms env DAIHOI_TEMPLATES=Templates "$bin/daihoi" render "$congress" --doc "$page" --format odt -o "$work/once")
  relatorio_ms=$(median_ms "$venv/bin/python" scripts/bench/relatorio_minutes.py once "$work/relatorio-$page-template.odt" \
    "$work/$page.json" "$work/once-relatorio-$page.odt")
  echo "$page $daihoi_ms $relatorio_ms" >>"$work/process.txt"
done

echo "[5/6] 20 documents as ODT (5 branches × minutes, script, assignments, delegates)"
"$bin/daihoi" sample-batch 5 "$work/branches" >/dev/null 2>&1
for b in "$work"/branches/*/; do
  env DAIHOI_TEMPLATES=Templates "$bin/daihoi" render "$b/congress.yaml" --doc minutes --doc script --doc assignments \
    --doc delegates --format odt -o "$work/odt/$(basename "$b")" >/dev/null 2>&1
done
mkdir -p "$work/flat"
for f in "$work"/odt/*/*.odt; do cp "$f" "$work/flat/$(basename "$(dirname "$f")")-$(basename "$f")"; done
files=("$work"/flat/*.odt)
count=${#files[@]}

echo "[6/6] $count ODT → PDF four ways"
pool_line=$("$bin/ODTBench" pdf "$workers" uno "$work/pdf-pool" "${files[@]}")
fallback_line=$("$bin/ODTBench" pdf "$workers" convert-to "$work/pdf-fallback" "${files[@]}")
start=$(date +%s%N)
i=0
for f in "${files[@]}"; do
  i=$((i + 1))
  soffice "-env:UserInstallation=file://$PWD/$work/profile-file-$i" --headless --invisible --nologo --norestore \
    --nolockcheck --nodefault --convert-to pdf --outdir "$work/pdf-per-file" "$f" >/dev/null 2>&1
done
per_file_ms=$(( ($(date +%s%N) - start) / 1000000 ))
start=$(date +%s%N)
soffice "-env:UserInstallation=file://$PWD/$work/profile-one-call" --headless --invisible --nologo --norestore \
  --nolockcheck --nodefault --convert-to pdf --outdir "$work/pdf-one-call" "${files[@]}" >/dev/null 2>&1
one_call_ms=$(( ($(date +%s%N) - start) / 1000000 ))
pool_pdfs=$(ls "$work/pdf-pool" | wc -l); fallback_pdfs=$(ls "$work/pdf-fallback" | wc -l); per_file_pdfs=$(ls "$work/pdf-per-file" | wc -l); one_call_pdfs=$(ls "$work/pdf-one-call" | wc -l)

echo
echo "(a) ODT of a $delegates-delegate congress: $(awk '{printf "%s%s: %s %s", (NR > 1 ? "; " : ""), $1, $2, $3}' "$work/same.txt")"
awk '{ page[NR] = $1; name[NR] = $2; rate[NR] = $3; bytes[NR] = $5 }
  END {
    printf "%-10s %-14s %14s %10s\n", "paper", "writer", "documents/s", "bytes"
    for (i = 1; i <= NR; i++) {
      printf "%-10s %-14s %14.1f %10d\n", page[i], name[i], rate[i], bytes[i]
      if (i % 2 == 0 && rate[i] > 0) printf "%-10s ratio daihoi / relatorio: %.1f×\n", page[i], rate[i - 1] / rate[i]
    }
  }' "$work/odt.txt"
awk '{ printf "whole process, median of 7, %s: daihoi render --doc %s --format odt %d ms; relatorio (python, import, render, write) %d ms\n", $1, $1, $2, $3 }' \
  "$work/process.txt"
echo
echo "(b) PDF of $count documents, $(nproc) cores"
pool_rate=$(echo "$pool_line" | awk '{print $2}')
pool_mode=$(echo "$pool_line" | awk '{print $8}')
fallback_rate=$(echo "$fallback_line" | awk '{print $2}')
awk -v pool="$pool_rate" -v fb="$fallback_rate" -v pf="$per_file_ms" -v oc="$one_call_ms" -v n="$count" -v w="$workers" \
    -v np="$pool_pdfs" -v nb="$fallback_pdfs" -v nf="$per_file_pdfs" -v no="$one_call_pdfs" -v mode="$pool_mode" 'BEGIN {
  perfile = n / (pf / 1000); onecall = n / (oc / 1000)
  printf "%-46s %12s %8s %6s\n", "way", "documents/s", "seconds", "PDFs"
  printf "%-46s %12.2f %8.2f %6d\n", "pool, " w " warm workers (mode " mode ")", pool, (pool > 0 ? n / pool : 0), np
  printf "%-46s %12.2f %8.2f %6d\n", "pool without python3-uno, " w " convert-to calls", fb, (fb > 0 ? n / fb : 0), nb
  printf "%-46s %12.2f %8.2f %6d\n", "one soffice process per file", perfile, pf / 1000, nf
  printf "%-46s %12.2f %8.2f %6d\n", "one soffice call for all " n, onecall, oc / 1000, no
  printf "pool / one call: %.1f×   fallback / one call: %.1f×   pool / per file: %.1f×\n", pool / onecall, fb / onecall, pool / perfile
  if (mode != "uno") print "note: no python3-uno here, so the first row is the fallback too (apt-get install python3-uno)"
}'
