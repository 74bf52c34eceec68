#!/usr/bin/env python3
"""Dumps Shipyard's simulated kubeadm cluster as fixtures (shipyard.json).

Why: the describe printers must work on the objects Shipyard itself produces (its fields,
defaults and omissions), not only on hand-written fixtures. This runs Shipyard's own
`kubectl get ... -o json` at its start-up clock (2026-01-01T00:00:00Z, the fixture "now") and
cordons node02 (spec.unschedulable plus the unschedulable taint) so a cordoned node is covered.

Usage: import_shipyard.py [--shipyard /work/main/.build/debug/shipyard] OUTFILE
"""

import argparse
import json
import subprocess


def dump(shipyard, command):
    out = subprocess.run([shipyard, "-c", command], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["items"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shipyard", default="/work/main/.build/debug/shipyard")
    p.add_argument("out")
    a = p.parse_args()
    items = dump(a.shipyard, "kubectl get nodes,namespaces -o json")
    items += dump(a.shipyard, "kubectl get pods,services,endpoints,configmaps,secrets,serviceaccounts,"
                              "deployments,replicasets,daemonsets,leases,endpointslices,events -A -o json")
    for o in items:
        if o["kind"] == "Node" and o["metadata"]["name"] == "node02":
            o["spec"]["unschedulable"] = True
            o["spec"].setdefault("taints", []).append(
                {"effect": "NoSchedule", "key": "node.kubernetes.io/unschedulable", "timeAdded": "2025-12-31T23:57:00Z"})
    with open(a.out, "w") as fh:
        json.dump({"apiVersion": "v1", "kind": "List", "items": items}, fh, indent=2)


if __name__ == "__main__":
    main()
