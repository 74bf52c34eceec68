#!/usr/bin/env bash
# Ordinary commands on a cluster at Kubernetes' own envelope: the world scale.sh builds
# (5,000 nodes, 150,000 pods, all Running), then the commands a learner types every day,
# each timed on the host by `shipyard --timings`. Reports; it is not a timed test.
# One line per command: time_ms=T command=…
set -euo pipefail
source "$(dirname "$0")/world.sh"
script=$(mktemp)
timings=$(mktemp)
trap 'rm -f "$script" "$timings"' EXIT
{
    world
    # From here on, what is timed.
    echo "kubectl get pods"
    echo "kubectl get deployments -n scale"
    echo "kubectl get deployment web-1 -n scale"
    echo "kubectl get nodes --no-headers | grep -c Ready"
    echo "kubectl describe node node01"
    echo "kubectl get pods -n scale -l app=web-1 --no-headers | grep -c Running"
    echo "kubectl get pods -A --field-selector spec.nodeName=node01 --no-headers | grep -c Running"
    echo "kubectl describe deployment web-1 -n scale"
    echo "kubectl get pod \$(kubectl get pods -n scale -l app=web-2 -o name | head -1 | cut -d/ -f2) -n scale -o wide"
    echo "kubectl scale deployment web-1 --replicas=$((replicas + 100)) -n scale"
    echo "sim wait running --timeout 1h"
    echo "kubectl set image deployment/web-2 nginx=nginx:1.28 -n scale"
    echo "kubectl rollout status deployment/web-2 -n scale --timeout=2h | tail -1"
    echo "kubectl get events -n default"
    echo "kubectl get pods -n scale --no-headers | grep -c Running"
} > "$script"
.build/release/shipyard --timings "$script" >/dev/null 2>"$timings"
# The set-up lines (node bulk add, the creates and the first wait) are scale.sh's figure.
grep '^time_ms=' "$timings" | tail -n 15
