#!/usr/bin/env bash
# make bench — daihoi count over HTTP on this machine (scripts/bench/count_bench.py): 3 clerks entering 297 ballots
# of the Hưng Hà sample's 46-candidate election at once, ballots acknowledged per second, p50/p99 latency; then the
# last ballot to the rendered vote-count minutes. Uses the debug build `swift build` made (the one the tests use);
# CONFIG=release measures `swift build -c release` (what a counting room runs). HALL_VIEWS=n keeps n hall views
# (Server-Sent Events) open during entry, as the projector is in the room (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG="${CONFIG:-debug}"
[ -x ".build/$CONFIG/daihoi" ] || swift build -c "$CONFIG" --product daihoi
/usr/bin/python3 scripts/bench/count_bench.py ".build/$CONFIG/daihoi" Samples/hung-ha .build/bench-count
