#!/usr/bin/env bash
# make bench — the PDF engines side by side (issue 19): the same papers printed four ways in one run, on this
# machine's cores: the built-in engine (--pdf-engine builtin: the document tree laid out and written as PDF in
# process, Liberation Serif embedded, no LibreOffice, no Python), Typst (--pdf-engine typst: the tree as Typst
# source, PyPI's typst 0.15.0 in warm workers), the warm LibreOffice pool (--pdf-engine libreoffice, python3-uno),
# and LibreOffice's own one-call conversion of the same papers' ODTs (`soffice --convert-to pdf` of all files in one
# process, fresh profile).
# (a) every paper of Hưng Hà (the district sample); (b) a batch of BRANCHES branches (daihoi sample-batch), two
# papers each (minutes, delegate list). Whole runs are timed (load → PDF); "PDF phase" subtracts the same run
# writing ODT only, which is what the PDF engines add. Memory, for the batch of BRANCHES and of BRANCHES/4 branches
# (flat when the two are alike): the largest resident size of daihoi itself with the built-in engine (it prints in
# process), and of any Typst worker (sampled every 50 ms).
#
# Usage: scripts/bench-pdf-engines.sh [BRANCHES, default 100] [RUNS per timing, default 3]
# DAIHOI_BENCH_BIN=DIR takes daihoi from DIR instead of building it.
set -euo pipefail
cd "$(dirname "$0")/.."
branches="${1:-100}"
runs="${2:-3}"
work=".build/bench-pdf-engines"
rm -rf "$work"
mkdir -p "$work"
scripts/typst-venv.sh
source scripts/bench/release-bin.sh
release_bins "$work" "1/4" daihoi
bin="$bindir"
export DAIHOI_TEMPLATES=Templates DAIHOI_TYPST_PYTHON="$PWD/.venv-typst/bin/python3"

# "WALL_MS CPU_MS": the medians of RUNS runs of a command (its output folder emptied before each run); CPU is user +
# system time of the command and every process it waited for (the Typst workers, LibreOffice), from /usr/bin/time.
# On a machine shared with other work, CPU time is the fair figure: wall time then includes waiting for a core.
measure() {
  local out="$1"; shift
  local walls=() cpus=() line
  for _ in $(seq "$runs"); do
    rm -rf "$out"
    /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    line=$(tail -1 "$work/time.txt")
    walls+=($(echo "$line" | awk '{printf "%d", $1 * 1000}'))
    cpus+=($(echo "$line" | awk '{printf "%d", ($2 + $3) * 1000}'))
  done
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")"
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
# Where a Typst run's CPU goes, from the workers' own clocks (one more run with DAIHOI_TYPST_TIMINGS, see
# TypstWorkerScript): "START_S WORKERS READ_S COMPILE_S WRITE_S FILES".
typst_split() {
  local out="$1"; shift
  rm -rf "$out" "$work/timings.txt"
  DAIHOI_TYPST_TIMINGS="$PWD/$work/timings.txt" "$@" >/dev/null 2>&1 || true
  awk '$1 == "start" { s += $3; n++ } $1 == "file" { r += $3; c += $4; w += $5; f++ }
       END { printf "%.3f %d %.3f %.3f %.3f %d", s, n, r, c, w, f }' "$work/timings.txt"
}
# The largest RSS (kB) of a command itself (its output folder OUT emptied first) (daihoi printing with the built-in engine), from /usr/bin/time.
peak_self_kb() {
  local out="$1"; shift
  rm -rf "$out"
  /usr/bin/time -f "%M" -o "$work/rss.txt" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/rss.txt"
}
# LibreOffice's one call on the ODTs under a folder, copied first to one folder under unique names (a batch has
# a minutes.odt per branch, and one call writes every PDF into one folder).
one_call_ms() {
  local folder="$1" out="$2" f
  rm -rf "$out" "$work/profile-one-call" "$out-odt"
  mkdir -p "$out-odt"
  for f in $(find "$folder" -name '*.odt' | sort); do cp "$f" "$out-odt/$(basename "$(dirname "$f")")-$(basename "$f")"; done
  runs=1 measure "$out" soffice "-env:UserInstallation=file://$PWD/$work/profile-one-call" --headless --invisible --nologo \
    --norestore --nolockcheck --nodefault --convert-to pdf --outdir "$out" "$out-odt"/*.odt
}

sample=Samples/hung-ha/congress.yaml
echo "[2/4] $sample, every paper: ODT only, built-in, Typst, LibreOffice pool ($runs runs each), LibreOffice one call"
odt_a=$(measure "$work/a-odt" "$bin/daihoi" render "$sample" --doc all --format odt -o "$work/a-odt")
"$bin/daihoi" render "$sample" --doc all --format odt -o "$work/a-odt" >/dev/null 2>&1
papers=$(ls "$work/a-odt"/*.odt | wc -l)
builtin_a=$(measure "$work/a-builtin" "$bin/daihoi" render "$sample" --doc all --format pdf --pdf-engine builtin -o "$work/a-builtin")
typst_a=$(measure "$work/a-typst" "$bin/daihoi" render "$sample" --doc all --format pdf --pdf-engine typst -o "$work/a-typst")
split_a=$(typst_split "$work/a-typst" "$bin/daihoi" render "$sample" --doc all --format pdf --pdf-engine typst -o "$work/a-typst")
pool_a=$(measure "$work/a-pool" "$bin/daihoi" render "$sample" --doc all --format pdf --pdf-engine libreoffice -o "$work/a-pool")
one_a=$(one_call_ms "$work/a-odt" "$work/a-one")
pdfs_a="$(ls "$work/a-builtin"/*.pdf 2>/dev/null | wc -l)/$(ls "$work/a-typst"/*.pdf 2>/dev/null | wc -l)/$(ls "$work/a-pool"/*.pdf 2>/dev/null | wc -l)/$(ls "$work/a-one"/*.pdf 2>/dev/null | wc -l)"

echo "[3/4] a batch of $branches branches (daihoi sample-batch), minutes and delegate list each"
"$bin/daihoi" sample-batch "$branches" "$work/branches" >/dev/null 2>&1
batch=("$bin/daihoi" batch "$work/branches" --doc minutes --doc delegates -o)
odt_b=$(measure "$work/b-odt" "${batch[@]}" "$work/b-odt" --format odt)
"${batch[@]}" "$work/b-odt" --format odt >/dev/null 2>&1
documents=$(find "$work/b-odt" -name '*.odt' | wc -l)
builtin_b=$(measure "$work/b-builtin" "${batch[@]}" "$work/b-builtin" --format pdf --pdf-engine builtin)
typst_b=$(measure "$work/b-typst" "${batch[@]}" "$work/b-typst" --format pdf --pdf-engine typst)
split_b=$(typst_split "$work/b-typst" "${batch[@]}" "$work/b-typst" --format pdf --pdf-engine typst)
pool_b=$(measure "$work/b-pool" "${batch[@]}" "$work/b-pool" --format pdf --pdf-engine libreoffice)
one_b=$(one_call_ms "$work/b-odt" "$work/b-one")
pdfs_b="$(find "$work/b-builtin" -name '*.pdf' | wc -l)/$(find "$work/b-typst" -name '*.pdf' | wc -l)/$(find "$work/b-pool" -name '*.pdf' | wc -l)/$(ls "$work/b-one"/*.pdf 2>/dev/null | wc -l)"

echo "[4/4] memory of daihoi with the built-in engine and of the Typst workers: $branches and $(( branches / 4 )) branches"
rm -rf "$work/m-all" "$work/m-quarter" "$work/branches-quarter"
peak_all=$(peak_worker_kb "${batch[@]}" "$work/m-all" --format pdf --pdf-engine typst)
"$bin/daihoi" sample-batch "$(( branches / 4 ))" "$work/branches-quarter" >/dev/null 2>&1
self_all=$(peak_self_kb "$work/s-all" "${batch[@]}" "$work/s-all" --format pdf --pdf-engine builtin)
self_quarter=$(peak_self_kb "$work/s-quarter" "$bin/daihoi" batch "$work/branches-quarter" --doc minutes --doc delegates -o "$work/s-quarter" --format pdf --pdf-engine builtin)
peak_quarter=$(peak_worker_kb "$bin/daihoi" batch "$work/branches-quarter" --doc minutes --doc delegates -o "$work/m-quarter" --format pdf --pdf-engine typst)

echo
echo "PDF engines, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (PDFs written: built-in/Typst/pool/one call)"
echo "whole: load → PDF; PDF phase: less the same run writing ODT only; CPU: user + system of every process"
table() {  # name papers odt builtin typst pool onecall written
  awk -v name="$1" -v n="$2" -v o="$3" -v b="$4" -v t="$5" -v l="$6" -v c="$7" -v w="$8" 'BEGIN {
    split(o, O, " "); split(b, B, " "); split(t, T, " "); split(l, L, " "); split(c, C, " ")
    printf "%-34s %9s %8s %9s %10s %13s\n", name ", " n " papers", "wall s", "PDFs/s", "CPU s", "PDF CPU s", "PDFs/CPU-s"
    row("built-in", B); row("Typst", T); row("LibreOffice pool", L)
    printf "%-34s %9.2f %8.1f %9.2f %10.2f %13.1f\n", "LibreOffice one call (ODTs given)", C[1]/1000, n/(C[1]/1000), C[2]/1000, C[2]/1000, n/(C[2]/1000)
    printf "PDFs written %s\n", w
    printf "built-in / pool: %.1f× wall, %.1f× PDF CPU; built-in / Typst: %.1f× wall, %.1f× PDF CPU; built-in / one call: %.1f× PDF CPU\n", L[1]/B[1], pdf(L)/pdf(B), T[1]/B[1], pdf(T)/pdf(B), C[2]/1000/pdf(B)
    printf "Typst / pool: %.1f× wall, %.1f× PDF CPU; Typst / one call: %.1f× PDF CPU\n", L[1]/T[1], pdf(L)/pdf(T), C[2]/1000/pdf(T)
  }
  function pdf(X) { v = (X[2] - O[2]) / 1000; return v > 0.001 ? v : 0.001 }
  function row(label, X) { printf "%-34s %9.2f %8.1f %9.2f %10.2f %13.1f\n", label, X[1]/1000, n/(X[1]/1000), X[2]/1000, pdf(X), n/pdf(X) }'
}
# The Typst run's PDF CPU split: the workers' start, Typst's compile, reading and writing in the workers, and the
# rest (the Swift side's Typst source instead of ODT, pipes, the pool).
split_line() {  # odt typst split
  awk -v o="$1" -v t="$2" -v p="$3" 'BEGIN {
    split(o, O, " "); split(t, T, " "); split(p, P, " ")
    pdf = (T[2] - O[2]) / 1000
    printf "  Typst PDF CPU %.2f s = workers starting %.2f (%d) + Typst compile %.2f (%.1f ms a PDF, %d PDFs) + read/write %.2f + rest %.2f\n",
      pdf, P[1], P[2], P[4], P[6] ? P[4] * 1000 / P[6] : 0, P[6], P[3] + P[5], pdf - P[1] - P[3] - P[4] - P[5]
  }'
}
table "Hưng Hà" "$papers" "$odt_a" "$builtin_a" "$typst_a" "$pool_a" "$one_a" "$pdfs_a"
split_line "$odt_a" "$typst_a" "$split_a"
table "$branches branches" "$documents" "$odt_b" "$builtin_b" "$typst_b" "$pool_b" "$one_b" "$pdfs_b"
split_line "$odt_b" "$typst_b" "$split_b"
echo "largest Typst worker: $(( peak_all / 1024 )) MB for $branches branches, $(( peak_quarter / 1024 )) MB for $(( branches / 4 ))"
echo "largest daihoi with the built-in engine: $(( self_all / 1024 )) MB for $branches branches, $(( self_quarter / 1024 )) MB for $(( branches / 4 ))"
