#!/usr/bin/env bash
# Runs the database benchmarks, each against its own throwaway `dicedesk-db sandbox --migrate`
# (socket only, fsync off), and prints every figure (medians and ratios; nothing is asserted):
#   bench_award_batch       one award to 10,000 recipients, and its replay (rows written: 0)
#   bench_award_throughput  single-recipient awards from 8 sessions vs plain INSERTs + profile
#   bench_reconcile         dicedesk-db reconcile over 1,000,000 ledger entries
#   bench_keyset_page       keyset pages over 10,000,000 events and 2,600,000 ledger rows
#
#   bench/run_db_benchmarks.sh               all four; generating the 10M rows takes minutes
#   SKIP_LARGE=1 bench/run_db_benchmarks.sh  without bench_keyset_page
#   KEEP=DIR bench/run_db_benchmarks.sh      bench_keyset_page on a private cluster in DIR that
#                                            is kept (stopped) and reused by later runs; remove
#                                            it with: dicedesk-db local destroy --dir DIR
#   RECONCILE_SEED=1                         reconcile over the demo seed (--seed 4000000, ~1M
#                                            ledger entries, minutes) instead of generated rows
#   THROUGHPUT_SECONDS=10 REPEATS=3          length and repeats of each throughput phase
#   RUNS=5                                   runs of the batch and reconcile benchmarks
#   DICEDESK_BUILD=DIR                       build directory (default: <repo>/build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DICEDESK_BUILD:-$root/build}
tool=$build/db/tool/dicedesk-db
bin=$build/bench
runs=${RUNS:-5}
for program in "$tool" "$bin/bench_award_batch" "$bin/bench_award_throughput" \
               "$bin/bench_reconcile" "$bin/bench_keyset_page"; do
    [[ -x $program ]] || { echo "missing $program: build first (cmake --build $build)" >&2; exit 1; }
done

section() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
failed=0
run() { "$@" || { echo "!! failed (exit $?): $*" >&2; failed=1; }; }

section bench_award_batch
run "$tool" sandbox --migrate -- "$bin/bench_award_batch" --runs "$runs"

section bench_award_throughput
run "$tool" sandbox --migrate -- "$bin/bench_award_throughput" \
    --seconds "${THROUGHPUT_SECONDS:-10}" --repeats "${REPEATS:-3}"

section bench_reconcile
if [[ -n ${RECONCILE_SEED:-} ]]; then
    run "$tool" sandbox --seed 4000000 -- "$bin/bench_reconcile" --runs "$runs"
else
    run "$tool" sandbox --migrate -- "$bin/bench_reconcile" --runs "$runs"
fi

if [[ -n ${SKIP_LARGE:-} ]]; then
    section "bench_keyset_page skipped (SKIP_LARGE)"
elif [[ -n ${KEEP:-} ]]; then
    section "bench_keyset_page on the kept cluster in $KEEP"
    dsn=$("$tool" local start --dir "$KEEP")
    if ! "$tool" migrate --dsn "$dsn"; then
        echo "!! the kept cluster does not match db/migrations; measuring its old schema anyway" \
             "(start afresh: $tool local destroy --dir $KEEP)" >&2
        failed=1
    fi
    run "$bin/bench_keyset_page" --dsn "$dsn"
    run "$tool" local stop --dir "$KEEP"
else
    section bench_keyset_page
    run "$tool" sandbox --migrate -- "$bin/bench_keyset_page"
fi
exit "$failed"
