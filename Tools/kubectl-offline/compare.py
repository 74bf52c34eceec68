#!/usr/bin/env python3
"""Compares Shipyard's kubectl with the real kubectl on command lines the real one answers
without a server (flag and argument checks, generators with --dry-run=client).

    python3 Tools/kubectl-offline/compare.py Tools/kubectl-offline/cases.txt [.build/debug/shipyard]

Each line of the cases file is a kubectl command line without `kubectl`. Lines the real
kubectl could only answer with a server (it tries localhost:8080) are skipped. klog headers
(time and process id) are masked before comparing; everything else must match byte for byte.
"""
import os
import re
import subprocess
import sys

cases, shipyard = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else ".build/debug/shipyard")
env = dict(os.environ, KUBECONFIG="/nonexistent")


def masked(text):
    return re.sub(r"^([EWF])\d{4} [\d:.]+ +\d+ ", r"\1-klog ", text, flags=re.M)


same = differ = skipped = 0
for line in open(cases):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    real = subprocess.run("kubectl " + line, shell=True, capture_output=True, text=True, env=env)
    if "localhost:8080" in real.stderr or "memcache" in real.stderr:
        skipped += 1
        continue
    ours = subprocess.run([shipyard, "-c", "kubectl " + line], capture_output=True, text=True)
    if masked(real.stdout + real.stderr) == masked(ours.stdout + ours.stderr) and real.returncode == ours.returncode:
        same += 1
        continue
    differ += 1
    print("==", line, "status", real.returncode, ours.returncode)
    print("  real:", repr(masked(real.stderr + real.stdout)[:400]))
    print("  ours:", repr(masked(ours.stderr + ours.stdout)[:400]))
print(f"same {same} differ {differ} skipped (needs a server) {skipped}")
