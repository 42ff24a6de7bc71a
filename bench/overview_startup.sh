#!/usr/bin/env bash
# Prints how long DiceDesk takes from launch to the rendered Overview (screenshot tour) and the
# peak memory while showing it, as the median of N runs against the local demo cluster.
#   bench/overview_startup.sh [RUNS]     (start the cluster first: ./scripts/demo or
#                                         build/db/tool/dicedesk-db local start)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
build=${DICEDESK_BUILD:-$root/build}
tool=$build/db/tool/dicedesk-db
app=$build/app/dicedesk
dsn=$("$tool" local dsn)
dsn=${dsn/user=postgres/user=demo_sysadmin}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

walls=(); rss=()
for i in $(seq "$runs"); do
    QT_QPA_PLATFORM=offscreen /usr/bin/time -f '%e %M' -o "$out/time" \
        "$app" --dsn "$dsn" --screenshot-tour "$out/shots" >/dev/null 2>"$out/log"
    read -r wall kb <"$out/time"
    walls+=("$wall"); rss+=("$kb")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "overview tour wall time: median $(median "${walls[@]}") s over $runs runs (all: ${walls[*]})"
echo "peak RSS showing Overview: median $(( $(median "${rss[@]}") / 1024 )) MiB"
