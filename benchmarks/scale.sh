#!/usr/bin/env bash
# Kubernetes' own envelope: 5,000 nodes and deployments totalling 150,000 replicas, simulated
# until every pod runs. Prints the figures; it is not a timed test.
# Last line: nodes=5000 pods=150000 running=N seconds=S pods_per_second=P peak_rss_mb=M
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shipyard >/dev/null
nodes=${NODES:-5000}
deployments=${DEPLOYMENTS:-30}
replicas=${REPLICAS:-5000}
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    echo "sim nodes add $nodes --cpu 8 --memory 32Gi"
    echo "kubectl create namespace scale"
    for i in $(seq "$deployments"); do
        echo "kubectl create deployment web-$i --image=nginx:1.27 --replicas=$replicas -n scale"
    done
    echo "sim wait running --timeout 2h"
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
