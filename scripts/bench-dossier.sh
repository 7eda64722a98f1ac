#!/usr/bin/env bash
# make bench (part 5) — the whole dossier of the district sample (Samples/hung-ha) against today's nine papers,
# HTML + ODT, release build, per printed page (issue 14: "the dossier must cost no more per page than today's
# papers"). Each run is repeated R times (default 10) and the mean taken; the pages are counted once, with
# pdfinfo, from one PDF print of each (not timed), so the figure is seconds per printed page.
# Usage: scripts/bench-dossier.sh [R]   (DAIHOI_BENCH_BIN=DIR takes daihoi from DIR instead of building it)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
sample="Samples/hung-ha/congress.yaml"
work=".build/bench/dossier"
rm -rf "$work"
mkdir -p "$work"

source scripts/bench/release-bin.sh
release_bins "$work" "dossier 1/3" daihoi
bin="$bindir/daihoi"
export DAIHOI_TEMPLATES="$PWD/Templates"

# The nine papers DaiHoi wrote before issue 14; the dossier is every paper the data makes, with its index.
nine=(--doc minutes --doc script --doc assignments --doc delegates --doc ballots --doc vote-count
      --doc credentials --doc report --doc resolution)
dossier=(--doc dossier)

pages() { # folder: the pages of its numbered or paper PDFs (the merged dossier PDF left out)
  local total=0 n
  for f in "$1"/*.pdf; do
    [ "$(basename "$f")" = "ho-so-dai-hoi.pdf" ] && continue
    n=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
    total=$((total + n))
  done
  echo "$total"
}

echo "[dossier 2/3] pages, from one PDF print of each (not timed)"
if command -v soffice >/dev/null && command -v pdfinfo >/dev/null; then
  "$bin" render "$sample" "${nine[@]}" --format pdf -o "$work/pdf-nine" >/dev/null 2>&1 || true
  "$bin" render "$sample" "${dossier[@]}" --format pdf -o "$work/pdf-dossier" >/dev/null 2>&1 || true
  pages_nine=$(pages "$work/pdf-nine")
  pages_dossier=$(pages "$work/pdf-dossier")
else
  echo "  no soffice or pdfinfo: per page not measured (apt-get install libreoffice-writer-nogui poppler-utils)"
  pages_nine=0; pages_dossier=0
fi

mean() { # label, then the command: runs it R times, prints and returns the mean seconds
  local label="$1"; shift
  local start end
  "$@" >/dev/null 2>&1 || true   # warm the file cache
  start=$(date +%s.%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s.%N)
  echo "($end - $start) / $runs" | bc -l >"$work/$label.secs"
}

echo "[dossier 3/3] $runs runs each, html + odt"
mean nine "$bin" render "$sample" "${nine[@]}" --format html --format odt -o "$work/nine"
mean dossier "$bin" render "$sample" "${dossier[@]}" --format html --format odt -o "$work/dossier"
files_nine=$(find "$work/nine" -name '*.odt' | wc -l)
files_dossier=$(find "$work/dossier" -name '*.odt' | wc -l)
row() { # label, seconds, papers, pages
  local per="—"
  [ "$4" -gt 0 ] && per=$(printf "%.2f ms" "$(echo "$2 * 1000 / $4" | bc -l)")
  printf "%-24s %8.3f s  %3d papers  %4d pages  %10s/page\n" "$1" "$2" "$3" "$4" "$per"
}
row "today's nine papers" "$(cat "$work/nine.secs")" "$files_nine" "$pages_nine"
row "whole dossier (hung-ha)" "$(cat "$work/dossier.secs")" "$files_dossier" "$pages_dossier"
if [ "$pages_nine" -gt 0 ] && [ "$pages_dossier" -gt 0 ]; then
  ratio=$(echo "($(cat "$work/dossier.secs") / $pages_dossier) / ($(cat "$work/nine.secs") / $pages_nine)" | bc -l)
  printf "dossier per page / nine papers per page: %.2f (≤ 1 is the issue's bar)\n" "$ratio"
fi
