#!/usr/bin/env bash
# Kubernetes' own envelope: 5,000 nodes and deployments totalling 150,000 replicas, simulated
# until every pod runs. Prints the figures; it is not a timed test.
# Last line: nodes=5000 pods=150000 running=N seconds=S pods_per_second=P peak_rss_mb=M
set -euo pipefail
source "$(dirname "$0")/world.sh"
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    world
    echo "kubectl get pods -n scale --no-headers | grep -c Running"
} > "$script"
python3 - "$script" "$nodes" "$((deployments * replicas))" <<'PY'
import resource, subprocess, sys, time
script, nodes, pods = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.monotonic()
result = subprocess.run([".build/release/shipyard", script], capture_output=True, text=True)
seconds = time.monotonic() - start
sys.stdout.write(result.stdout)
sys.stderr.write(result.stderr)
running = int(result.stdout.strip().splitlines()[-1])
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(f"nodes={nodes} pods={pods} running={running} seconds={seconds:.1f} "
      f"pods_per_second={pods / seconds:.0f} peak_rss_mb={peak}")
PY
