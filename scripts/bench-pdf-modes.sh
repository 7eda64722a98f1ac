#!/usr/bin/env bash
# make bench — `daihoi batch --format pdf` end to end, PDFs per second in both modes of the PDF pool on the same
# papers, next to LibreOffice's own one-call conversion of the same files as ODT:
#   uno         warm LibreOffice workers driven through python3-uno (the default when python3-uno is there);
#   convert-to  the fallback of a machine without python3-uno (one `soffice --convert-to` call per worker),
#               forced here with DAIHOI_PDF_POOL=convert-to so both modes are measured on one machine;
#   one call    `soffice --convert-to pdf a.odt b.odt …`, every file in one process.
# Each run starts from fresh LibreOffice profiles; the rate is PDFs written / wall seconds of the whole command.
#
# Usage: scripts/bench-pdf-modes.sh [BRANCHES, default 5] [WORKERS (--jobs), default 2]
# DAIHOI_BENCH_BIN=DIR takes daihoi from DIR instead of building it (e.g. .build/debug: LibreOffice dominates).
set -euo pipefail
cd "$(dirname "$0")/.."

branches="${1:-5}"
jobs="${2:-2}"
work=".build/bench-pdf-modes"
rm -rf "$work"
mkdir -p "$work"
source scripts/bench/release-bin.sh
release_bins "$work" "1/4" daihoi
bin="$bindir"
docs=(--doc minutes --doc script --doc assignments --doc delegates)

echo "[2/4] $branches branches (daihoi sample-batch), 4 papers each, as ODT for the one-call row"
"$bin/daihoi" sample-batch "$branches" "$work/branches" >/dev/null 2>&1
env DAIHOI_TEMPLATES=Templates "$bin/daihoi" batch "$work/branches" "${docs[@]}" --format odt -o "$work/odt" >/dev/null 2>&1
mkdir -p "$work/flat"
for f in "$work"/odt/*/*.odt; do cp "$f" "$work/flat/$(basename "$(dirname "$f")")-$(basename "$f")"; done
files=("$work"/flat/*.odt)
count=${#files[@]}

seconds_of() { local start end; start=$(date +%s%N); "$@" >"$work/last.log" 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

echo "[3/4] batch --format pdf, --jobs $jobs, each pool mode"
: >"$work/results.txt"
for mode in uno convert-to; do
  ms=$(seconds_of env DAIHOI_TEMPLATES=Templates DAIHOI_PDF_POOL="$mode" \
    "$bin/daihoi" batch "$work/branches" "${docs[@]}" --format pdf --pdf-engine libreoffice --jobs "$jobs" --force -o "$work/pdf-$mode")
  # The pool's own line, not the engine line ("[pdf] máy in PDF: LibreOffice …") printed first since Typst came.
  said=$(grep -o '\[pdf\] [^:]*:' "$work/last.log" | grep -v 'máy in PDF' | head -n1 | sed 's/\[pdf\] //; s/:$//' || true)
  echo "$mode $ms $(find "$work/pdf-$mode" -name '*.pdf' | wc -l) ${said:-?}" >>"$work/results.txt"
done

echo "[4/4] soffice --convert-to pdf of all $count ODT in one call"
ms=$(seconds_of soffice "-env:UserInstallation=file://$PWD/$work/profile-one-call" --headless --invisible --nologo \
  --norestore --nolockcheck --nodefault --convert-to pdf --outdir "$work/pdf-one-call" "${files[@]}")
echo "one-call $ms $(ls "$work/pdf-one-call" | wc -l) -" >>"$work/results.txt"

echo
echo "PDF of $count papers ($branches branches), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{ rate[NR] = ($2 > 0 ? $3 / ($2 / 1000) : 0); name[NR] = $1; ms[NR] = $2; n[NR] = $3; said[NR] = $4; if ($1 == "one-call") one = rate[NR] }
  END {
    printf "%-34s %8s %8s %6s %10s\n", "way", "PDFs/s", "seconds", "PDFs", "× one call"
    label["uno"] = "daihoi batch, pool uno"; label["convert-to"] = "daihoi batch, pool convert-to"; label["one-call"] = "soffice, one call for all"
    for (i = 1; i <= NR; i++)
      printf "%-34s %8.2f %8.2f %6d %10.2f  %s\n", label[name[i]], rate[i], ms[i] / 1000, n[i], (one > 0 ? rate[i] / one : 0), (said[i] == "-" ? "" : "mode said: " said[i])
  }' "$work/results.txt"
