#!/usr/bin/env bash
# The award console's panes offscreen against a throwaway `dicedesk-db sandbox --migrate`
# (bench_award_gui generates 100,000 members and 10,000 pending requests, ~10 s), and prints
# (asserts nothing):
#   - a 10,000-recipient award from pressing Send to the result on screen (target <= 2 s)
#   - the approval queue opening with 10,000 pending requests (target <= 300 ms)
#   - recipient search over 100,000 members, with and without the debounce (target <= 100 ms)
#
#   bench/run_award_gui_benchmarks.sh [bench_award_gui options, e.g. --awards 5 --searches 20]
#   DICEDESK_BENCH_DSN=DSN ...       against an existing database (superuser DSN, key=value)
#   DICEDESK_BUILD=DIR               build directory (default: <repo>/build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DICEDESK_BUILD:-$root/build}
tool=$build/db/tool/dicedesk-db
bench=$build/bench/bench_award_gui
for program in "$tool" "$bench"; do
    [[ -x $program ]] || { echo "missing $program: build first (cmake --build $build)" >&2; exit 1; }
done
export QT_QPA_PLATFORM=offscreen
echo "== $(uptime)"
# The offscreen plugin's "does not support propagateSizeHints()" is noise.
quiet() { grep --line-buffered -v -e propagateSizeHints -e XDG_RUNTIME_DIR || true; }
if [[ -n ${DICEDESK_BENCH_DSN:-} ]]; then
    "$bench" --dsn "$DICEDESK_BENCH_DSN" "$@" 2>&1 | quiet
else
    "$tool" sandbox --migrate -- "$bench" "$@" 2>&1 | quiet
fi
