#!/usr/bin/env bash
# Kubernetes' own envelope: 5,000 nodes and deployments totalling 150,000 replicas, simulated
# until every pod runs. Prints the figures; it is not a timed test.
# Last line: nodes=5000 pods=150000 running=N seconds=S pods_per_second=P peak_rss_mb=M
# N is the sum of the deployments' ready replicas, as `kubectl get deployments` shows them
# (their pods are Running and Ready). Listing all 150,000 pods is an ordinary command of its
# own: commands.sh times it.
set -euo pipefail
source "$(dirname "$0")/world.sh"
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    world
    echo "kubectl get deployments -n scale --no-headers"
} > "$script"
python3 - "$script" "$nodes" "$((deployments * replicas))" <<'PY'
import resource, subprocess, sys, time
script, nodes, pods = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.monotonic()
result = subprocess.run([".build/release/shipyard", script], capture_output=True, text=True)
seconds = time.monotonic() - start
sys.stdout.write(result.stdout)
sys.stderr.write(result.stderr)
# NAME READY UP-TO-DATE AVAILABLE AGE, READY as ready/wanted
running = sum(int(line.split()[1].split("/")[0]) for line in result.stdout.splitlines()
              if line.startswith("web-"))
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(f"nodes={nodes} pods={pods} running={running} seconds={seconds:.1f} "
      f"pods_per_second={pods / seconds:.0f} peak_rss_mb={peak}")
PY
