#!/usr/bin/env bash
# make bench — `daihoi check` on a sample whose first person's name is N letters with a combining acute
# ("a\u0301", 3 bytes each), for N = 250 000, 500 000, 1 000 000: the time must grow as N, not N² (issue 12 §4:
# 1 MB of combining marks hung `check`). Also a name with 500 000 marks on one letter (refused, DH137).
#
# Usage: scripts/bench-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

work=".build/bench/load"
mkdir -p "$work"
echo "[1/2] swift build -c release --product daihoi"
swift build -c release --product daihoi >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bin="$(swift build -c release --product daihoi --show-bin-path)/daihoi"
sample="Samples/chi-bo-khu-pho-3"

echo "[2/2] daihoi check, name of N × a + U+0301"
run() { # name, python expression of the text appended to the first name
  local folder="$work/$1"
  rm -rf "$folder" && cp -r "$sample" "$folder"
  python3 - "$folder/congress.yaml" "$2" <<'PY'
import sys
path, extra = sys.argv[1], eval(sys.argv[2])
text = open(path, encoding="utf-8").read().replace("name: Trần Thị Hòa", "name: Trần Thị Hòa" + extra, 1)
open(path, "w", encoding="utf-8").write(text)
PY
  local bytes start end status
  bytes=$(stat -c %s "$folder/congress.yaml")
  start=$(date +%s.%N)
  status=0
  timeout 120 "$bin" check "$folder/congress.yaml" >/dev/null 2>&1 || status=$?
  end=$(date +%s.%N)
  printf '  %-22s %9d bytes  %6.2f s  exit %d\n' "$1" "$bytes" "$(echo "$end - $start" | bc)" "$status"
}
run accents-250k '"a\u0301" * 250000'
run accents-500k '"a\u0301" * 500000'
run accents-1m '"a\u0301" * 1000000'
run marks-on-one-500k '"\u0301\u0323" * 250000'
