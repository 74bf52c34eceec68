# Sourced by scale.sh and commands.sh: builds the release binary and defines `world`, which
# prints the commands that make Kubernetes' own envelope — NODES nodes (5,000) and
# DEPLOYMENTS deployments (30) of REPLICAS replicas (5,000) each — and wait until every pod runs.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
swift build -c release --product shipyard >/dev/null
nodes=${NODES:-5000}
deployments=${DEPLOYMENTS:-30}
replicas=${REPLICAS:-5000}

world() {
    echo "sim nodes add $nodes --cpu 8 --memory 32Gi"
    echo "kubectl create namespace scale"
    for i in $(seq "$deployments"); do
        echo "kubectl create deployment web-$i --image=nginx:1.27 --replicas=$replicas -n scale"
    done
    echo "sim wait running --timeout 2h"
}
