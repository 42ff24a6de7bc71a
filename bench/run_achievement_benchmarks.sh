#!/usr/bin/env bash
# The achievement definitions pane offscreen against a throwaway `dicedesk-db sandbox --migrate`
# (bench_achievement_list generates 50,000 achievements with translations, ~10 s), and prints
# (asserts nothing), as medians, p95 and the ratio to the 300 ms target:
#   - the pane opening (show + setScope -> first page painted) for a system admin and a
#     tenant admin
#   - a status filter change, a sort change and a search on an open pane
#
#   bench/run_achievement_benchmarks.sh [bench_achievement_list options, e.g. --runs 9]
#   DICEDESK_BENCH_DSN=DSN ...       against an existing database (superuser DSN, key=value)
#   DICEDESK_BUILD=DIR               build directory (default: <repo>/build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DICEDESK_BUILD:-$root/build}
tool=$build/db/tool/dicedesk-db
bench=$build/bench/bench_achievement_list
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
