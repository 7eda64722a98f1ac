#!/usr/bin/env bash
# make bench — PDF without LibreOffice (issue 19): the same papers printed three ways in one run, on this machine's
# cores: Typst (--pdf-engine typst: the document tree as Typst source, PyPI's typst 0.15.0 in warm workers), the
# warm LibreOffice pool (--pdf-engine libreoffice, python3-uno), and LibreOffice's own one-call conversion of the
# same papers' ODTs (`soffice --convert-to pdf` of all files in one process, fresh profile).
# (a) every paper of Hưng Hà (the district sample); (b) a batch of BRANCHES branches (daihoi sample-batch), two
# papers each (minutes, delegate list). Whole runs are timed (load → PDF); "PDF phase" subtracts the same run
# writing ODT only, which is what the PDF engines add. Memory: the largest resident size of any Typst worker,
# sampled every 50 ms, for the batch of BRANCHES and of BRANCHES/4 branches (flat when the two are alike).
#
# Usage: scripts/bench-typst.sh [BRANCHES, default 100] [RUNS per timing, default 3]
# DAIHOI_BENCH_BIN=DIR takes daihoi from DIR instead of building it.
set -euo pipefail
cd "$(dirname "$0")/.."
branches="${1:-100}"
runs="${2:-3}"
work=".build/bench-typst"
rm -rf "$work"
mkdir -p "$work"
scripts/typst-venv.sh
source scripts/bench/release-bin.sh
release_bins "$work" "1/4" daihoi
bin="$bindir"
export DAIHOI_TEMPLATES=Templates DAIHOI_TYPST_PYTHON="$PWD/.venv-typst/bin/python3"

# Median wall time in ms of RUNS runs of a command (its output folder emptied before each run).
median_ms() {
  local out="$1"; shift
  local times=() start
  for _ in $(seq "$runs"); do
    rm -rf "$out"
    start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
# The largest RSS (kB) of any Typst worker while the command runs.
peak_worker_kb() {
  local peak=0 pid rss
  "$@" >/dev/null 2>&1 &
  local main=$!
  while kill -0 "$main" 2>/dev/null; do
    for pid in $(pgrep -f "import typst" || true); do
      rss=$(awk '/^VmRSS/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    done
    sleep 0.05
  done
  wait "$main" || true
  echo "$peak"
}
# LibreOffice's one call on the ODTs under a folder, copied first to one folder under unique names (a batch has
# a minutes.odt per branch, and one call writes every PDF into one folder).
one_call_ms() {
  local folder="$1" out="$2" start f
  rm -rf "$out" "$work/profile-one-call" "$out-odt"
  mkdir -p "$out-odt"
  for f in $(find "$folder" -name '*.odt' | sort); do cp "$f" "$out-odt/$(basename "$(dirname "$f")")-$(basename "$f")"; done
  start=$(date +%s%N)
  soffice "-env:UserInstallation=file://$PWD/$work/profile-one-call" --headless --invisible --nologo --norestore \
    --nolockcheck --nodefault --convert-to pdf --outdir "$out" "$out-odt"/*.odt >/dev/null 2>&1 || true
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

sample=Samples/hung-ha/congress.yaml
echo "[2/4] $sample, every paper: ODT only, Typst, LibreOffice pool ($runs runs each), LibreOffice one call"
odt_a=$(median_ms "$work/a-odt" "$bin/daihoi" render "$sample" --doc all --format odt -o "$work/a-odt")
"$bin/daihoi" render "$sample" --doc all --format odt -o "$work/a-odt" >/dev/null 2>&1
papers=$(ls "$work/a-odt"/*.odt | wc -l)
typst_a=$(median_ms "$work/a-typst" "$bin/daihoi" render "$sample" --doc all --format pdf --pdf-engine typst -o "$work/a-typst")
pool_a=$(median_ms "$work/a-pool" "$bin/daihoi" render "$sample" --doc all --format pdf --pdf-engine libreoffice -o "$work/a-pool")
one_a=$(one_call_ms "$work/a-odt" "$work/a-one")
pdfs_a="$(ls "$work/a-typst"/*.pdf 2>/dev/null | wc -l)/$(ls "$work/a-pool"/*.pdf 2>/dev/null | wc -l)/$(ls "$work/a-one"/*.pdf 2>/dev/null | wc -l)"

echo "[3/4] a batch of $branches branches (daihoi sample-batch), minutes and delegate list each"
"$bin/daihoi" sample-batch "$branches" "$work/branches" >/dev/null 2>&1
batch() { "$bin/daihoi" batch "$work/branches" --doc minutes --doc delegates -o "$@"; }
odt_b=$(median_ms "$work/b-odt" batch "$work/b-odt" --format odt)
batch "$work/b-odt" --format odt >/dev/null 2>&1
documents=$(find "$work/b-odt" -name '*.odt' | wc -l)
typst_b=$(median_ms "$work/b-typst" batch "$work/b-typst" --format pdf --pdf-engine typst)
pool_b=$(median_ms "$work/b-pool" batch "$work/b-pool" --format pdf --pdf-engine libreoffice)
one_b=$(one_call_ms "$work/b-odt" "$work/b-one")
pdfs_b="$(find "$work/b-typst" -name '*.pdf' | wc -l)/$(find "$work/b-pool" -name '*.pdf' | wc -l)/$(ls "$work/b-one"/*.pdf 2>/dev/null | wc -l)"

echo "[4/4] memory of the Typst workers: $branches and $(( branches / 4 )) branches"
rm -rf "$work/m-all" "$work/m-quarter" "$work/branches-quarter"
peak_all=$(peak_worker_kb batch "$work/m-all" --format pdf --pdf-engine typst)
"$bin/daihoi" sample-batch "$(( branches / 4 ))" "$work/branches-quarter" >/dev/null 2>&1
peak_quarter=$(peak_worker_kb "$bin/daihoi" batch "$work/branches-quarter" --doc minutes --doc delegates -o "$work/m-quarter" --format pdf --pdf-engine typst)

echo
echo "PDF engines, $(nproc) cores (PDFs written: Typst/pool/one call)"
awk -v pa="$papers" -v oa="$odt_a" -v ta="$typst_a" -v la="$pool_a" -v ca="$one_a" -v na="$pdfs_a" \
    -v db="$documents" -v ob="$odt_b" -v tb="$typst_b" -v lb="$pool_b" -v cb="$one_b" -v nb="$pdfs_b" -v br="$branches" 'BEGIN {
  printf "%-44s %10s %10s %14s %16s\n", "papers, way", "whole s", "PDFs/s", "PDF phase s", "PDF phase PDFs/s"
  row("Hưng Hà, " pa " papers: Typst", ta, oa, pa); row("Hưng Hà: LibreOffice pool", la, oa, pa)
  printf "%-44s %10.2f %10.1f %14s %16s\n", "Hưng Hà: LibreOffice one call (ODTs given)", ca / 1000, pa / (ca / 1000), "-", "-"
  printf "%-44s %s\n", "Hưng Hà: PDFs written", na
  printf "Hưng Hà: Typst / pool %.1f× whole, %.1f× PDF phase; Typst / one call %.1f×\n", la / ta, (la - oa) / (ta - oa), ca / (ta - oa)
  row(br " branches, " db " papers: Typst", tb, ob, db); row(br " branches: LibreOffice pool", lb, ob, db)
  printf "%-44s %10.2f %10.1f %14s %16s\n", br " branches: LibreOffice one call (ODTs given)", cb / 1000, db / (cb / 1000), "-", "-"
  printf "%-44s %s\n", br " branches: PDFs written", nb
  printf "%d branches: Typst / pool %.1f× whole, %.1f× PDF phase; Typst / one call %.1f×\n", br, lb / tb, (lb - ob) / (tb - ob), cb / (tb - ob)
}
function row(name, t, o, n) { printf "%-44s %10.2f %10.1f %14.2f %16.1f\n", name, t / 1000, n / (t / 1000), (t - o) / 1000, n / ((t - o) / 1000) }'
echo "largest Typst worker: $(( peak_all / 1024 )) MB for $branches branches, $(( peak_quarter / 1024 )) MB for $(( branches / 4 ))"
