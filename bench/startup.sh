#!/usr/bin/env bash
# Start-up to an interactive main window (connection excluded): median of N fresh processes.
# Runs on Xvfb when available (a real X server), else on the offscreen platform.
#   bench/startup.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-9}
build=${DICEDESK_BUILD:-$root/build}
exe=$build/bench/bench_startup
[ -x "$exe" ] || { echo "build first: cmake --build $build --target bench_startup" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

loop='for _ in $(seq "$1"); do "$2"; done >"$3/lines" 2>/dev/null'
if command -v xvfb-run >/dev/null && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    platform="xcb (Xvfb)"
    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c "$loop" _ "$runs" "$exe" "$out" 2>/dev/null
else
    platform="${QT_QPA_PLATFORM:-offscreen}"
    QT_QPA_PLATFORM=$platform bash -c "$loop" _ "$runs" "$exe" "$out"
fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
main=$(awk '/from_main/ {print $2}' "$out/lines" | median)
proc=$(awk '/from_process/ {print $2}' "$out/lines" | median)
echo "start-up to interactive window ($platform, $runs runs, connection excluded):"
echo "  from main():         median ${main} ms"
echo "  from process start:  median ${proc} ms (10 ms resolution)"
