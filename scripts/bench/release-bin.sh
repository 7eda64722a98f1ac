# Sourced by the bench scripts: release_bins WORK TAG PRODUCT… sets $bindir to the folder of the programs to
# measure — $DAIHOI_BENCH_BIN when set (another build's, e.g. an older commit's, to compare before and after),
# else the release build's, each PRODUCT built now with the log in WORK/build.log (printed if a build fails).
# TAG prefixes the progress line.
release_bins() {
  local work="$1" tag="$2"; shift 2
  if [ -n "${DAIHOI_BENCH_BIN:-}" ]; then
    bindir="$DAIHOI_BENCH_BIN"
    echo "[$tag] $* from $bindir"
  else
    echo "[$tag] swift build -c release --product $*"
    : >"$work/build.log"
    for product in "$@"; do
      swift build -c release --product "$product" >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
    done
    bindir="$(swift build -c release --show-bin-path)"
  fi
}
