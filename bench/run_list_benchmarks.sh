#!/usr/bin/env bash
# Pages the event log (10,000,000 rows) and the coin ledger (~2,600,000) of the large seed with
# the console's list models in a real QTableView (offscreen), and prints (asserts nothing):
#   - time from reset to the first page shown, all tenants and one tenant (target <= 300 ms)
#   - rows/s for a few page sizes over the first COMPARE_ROWS events
#   - the model alone (no view) over the first MODEL_ONLY_ROWS events: its own memory
#   - scrolling each list to its end: rows/s, peak RSS (VmHWM), the GUI thread's longest stall
# Each figure comes from its own process, so every peak RSS is that pass's own.
#
#   bench/run_list_benchmarks.sh                  in a throwaway `dicedesk-db sandbox --seed large`
#                                                 (seeding takes ~4.5 minutes, paging ~10-20)
#   DICEDESK_BENCH_DSN=DSN bench/run_list_benchmarks.sh
#                                                 against a database that holds the large seed
#                                                 (superuser DSN, key=value form; the passes sign
#                                                 in as LOGIN with password "demo")
#   RUNS=7 LOGIN=demo_sysadmin                    first-page runs; the persona (RLS applies)
#   PAGE_SIZES="200 1000 5000" COMPARE_ROWS=500000 MODEL_ONLY_ROWS=2000000
#   SKIP_SCROLL=1                                 only the first-page figures
#   SEED_SCALE=small                              a smaller sandbox (to try the script quickly)
#   DICEDESK_BUILD=DIR                            build directory (default: <repo>/build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DICEDESK_BUILD:-$root/build}
tool=$build/db/tool/dicedesk-db
bench=$build/bench/bench_list_paging
for program in "$tool" "$bench"; do
    [[ -x $program ]] || { echo "missing $program: build first (cmake --build $build)" >&2; exit 1; }
done

if [[ -z ${DICEDESK_BENCH_DSN:-} && -z ${DICEDESK_BENCH_INSIDE:-} ]]; then
    echo "== seeding a throwaway sandbox with --seed ${SEED_SCALE:-large} ($(date -u +%H:%M:%S))"
    exec "$tool" sandbox --seed "${SEED_SCALE:-large}" -- \
        env DICEDESK_BENCH_INSIDE=1 "$root/bench/run_list_benchmarks.sh" "$@"
fi
dsn=${DICEDESK_BENCH_DSN:-$DICEDESK_TEST_DSN}
runs=${RUNS:-7}
login=${LOGIN:-demo_sysadmin}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

section() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
failed=0
run() { "$bench" --dsn "$dsn" --login "$login" "$@" 2>&1 | grep --line-buffered -v XDG_RUNTIME_DIR | tee -a "$log" \
        || { echo "!! failed: bench_list_paging $*" >&2; failed=1; }; }

section "first page"
run --mode first-page --list events --runs "$runs"
run --mode first-page --list ledger --runs "$runs"

if [[ -z ${SKIP_SCROLL:-} ]]; then
    compare=${COMPARE_ROWS:-500000}
    for size in ${PAGE_SIZES:-200 1000 5000}; do
        section "first $compare events, later pages of $size rows"
        run --mode scroll --list events --later-page "$size" --max-rows "$compare"
    done
    model_only=${MODEL_ONLY_ROWS:-2000000}
    section "first $model_only events without a view (the model's own memory)"
    run --mode scroll --list events --no-view --max-rows "$model_only"
    section "the event log, end to end"
    run --mode scroll --list events
    section "the coin ledger, end to end"
    run --mode scroll --list ledger
fi

section summary
grep -E 'first page shown|scrolled to the end|first [0-9]+ rows|memory|GUI thread' "$log" \
    | sed 's/^\[bench_list_paging\] //' \
    | awk -F': ' '{ printf "%-58s %s\n", $1, substr($0, length($1) + 3) }'
exit "$failed"
