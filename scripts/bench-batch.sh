#!/usr/bin/env bash
# make bench (part 2) — `daihoi batch` over synthetic branches (daihoi sample-batch), release build:
#   1. N branches (default 1000), every paper, HTML and ODT, with --jobs 1 and --jobs 2 side by side;
#   2. the rerun with nothing changed;
#   3. peak memory (max RSS) for 100, 1000 and 3000 branches (HTML, --jobs 2).
# Usage: scripts/bench-batch.sh [N]   (DAIHOI_BENCH_BIN=DIR takes daihoi from DIR instead of building it)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
work=".build/bench/batch"
if [ -d "$work" ]; then
  # The last bench's ~50,000 files. ext4 will not hand out an inode within 30 s of its deletion and scans
  # past every such inode to find a free one: creating 15,000 files right after this deletion measured
  # 10-14 s of kernel time per run (perf: find_get_block_common, recently_deleted), noise that swamped
  # the batch's own 8 s. So the deleted inodes are let age first.
  rm -rf "$work"
  sync
  echo "[batch 0/4] removed the last bench's output; waiting 31 s before writing again (ext4 inode reuse)"
  sleep 31
fi
mkdir -p "$work"

source scripts/bench/release-bin.sh
release_bins "$work" "batch 1/4" daihoi
bin="$bindir/daihoi"
export DAIHOI_TEMPLATES="$PWD/Templates"

measure() { # label, then the command; prints "label seconds maxRSS-MiB"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/$label.log" || true
  read -r secs kib <"$work/time.txt"
  printf "%-28s %8.2f s %8.1f MiB\n" "$label" "$secs" "$(echo "$kib / 1024" | bc -l)"
  echo "$secs" >"$work/$label.secs"
}

echo "[batch 2/4] $n branches"
"$bin" sample-batch "$n" "$work/in-$n" 2>/dev/null
echo "[batch 3/4] all papers, html + odt"
measure "jobs-1" "$bin" batch "$work/in-$n" -o "$work/out-1" --jobs 1 --format html --format odt
measure "jobs-2" "$bin" batch "$work/in-$n" -o "$work/out-2" --jobs 2 --format html --format odt
measure "rerun-no-change" "$bin" batch "$work/in-$n" -o "$work/out-2" --jobs 2 --format html --format odt
files=$(find "$work/out-2" -type f | wc -l)
speedup=$(echo "$(cat "$work/jobs-1.secs") / $(cat "$work/jobs-2.secs")" | bc -l)
printf "speed-up jobs 1 → 2: %.2f×   (%d files written per run)\n" "$speedup" "$files"

echo "[batch 4/4] peak memory by batch size (html, --jobs 2)"
for count in 100 1000 3000; do
  [ -d "$work/in-$count" ] || "$bin" sample-batch "$count" "$work/in-$count" 2>/dev/null
  measure "memory-$count" "$bin" batch "$work/in-$count" -o "$work/mem-$count" --jobs 2 --format html
done
