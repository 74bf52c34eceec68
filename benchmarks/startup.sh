#!/usr/bin/env bash
# Start-up to first output: `shipyard -c 'kubectl get nodes'` (release build), median of 20 runs.
# Reports; it is not a timed test.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shipyard >/dev/null
binary=.build/release/shipyard
runs=20
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$binary" -c 'kubectl get nodes' >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
printf 'startup: kubectl get nodes  runs=%d median_ms=%d.%03d min_ms=%d.%03d\n' "$runs" \
    $((median / 1000)) $((median % 1000)) $((min / 1000)) $((min % 1000))
