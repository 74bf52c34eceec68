#!/usr/bin/env python3
"""Records what the real kubectl prints for `kubectl create ingress` (client-side dry runs
and kubectl's own rule errors), for Tests/KubectlTests/IngressGeneratorTests.swift.

Usage: python3 Tools/kubectl-yaml/generate_ingress_goldens.py > Tests/KubectlTests/Fixtures/ingress_generator_goldens.json
kubectl renders these offline: KUBECONFIG points at a file that does not exist.
"""
import json
import os
import subprocess

CASES = [
    ["create", "ingress", "simple", "--rule=foo.com/bar=svc1:8080,tls=my-cert", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "catch-all", "--class=otheringress", "--rule=/path=svc:port", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "annotated", "--class=default", "--rule=foo.com/bar=svc:port",
     "--annotation", "ingress.annotation1=foo", "--annotation", "ingress.annotation2=bla", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "multipath", "--class=default", "--rule=foo.com/=svc:port",
     "--rule=foo.com/admin/=svcadmin:portadmin", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "ingress1", "--class=default", "--rule=foo.com/path*=svc:8080",
     "--rule=bar.com/admin*=svc2:http", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "ingtls", "--class=default", "--rule=foo.com/=svc:https,tls",
     "--rule=foo.com/path/subpath*=othersvc:8080", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "ingsecret", "--class=default", "--rule=foo.com/*=svc:8080,tls=secret1",
     "--dry-run=client", "-o", "json"],
    ["create", "ingress", "ingdefault", "--class=default", "--default-backend=defaultsvc:http",
     "--rule=foo.com/*=svc:8080,tls=secret1", "--dry-run=client", "-o", "json"],
    ["create", "ingress", "x", "--rule=foo.com/=svc:80", "--rule=foo.com/=svc:80,tls", "--rule=bar.com/=svc:80,tls",
     "--rule=baz.com/=s:80,tls=x", "--rule=q.com/=s:80,tls=x", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "x", "--rule=/=svc:80,tls=foo", "--dry-run=client", "-o", "json"],
    ["create", "ingress", "x", "--rule=FOO.com/=Svc_1:80,TLS=sec", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "x", "--rule=foo.com/=svc:80", "--annotation=a=", "--annotation=a=2",
     "--annotation=b=x=y", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "x", "--default-backend=svc:0", "--dry-run=client", "-o", "json"],
    ["create", "ingress", "x", "--default-backend=svc:80", "--dry-run=client"],
    ["create", "ingress", "x", "--dry-run=client", "-o", "yaml"],
    ["create", "ingress", "--rule=foo.com/=svc:80", "--dry-run=client"],
    ["create", "ingress", "x", "y", "--rule=foo.com/=svc:80", "--dry-run=client"],
    ["create", "ingress", "x", "--rule=foo.com=svc:80", "--dry-run=client"],
    ["create", "ingress", "x", "--rule=foo.com/=svc", "--dry-run=client"],
    ["create", "ingress", "x", "--rule=foo.com/=svc:80", "--annotation=foo", "--dry-run=client"],
    ["create", "ingress", "x", "--default-backend=svc", "--dry-run=client"],
    ["create", "ingress", "x", "--default-backend=svc:80:90", "--dry-run=client"],
]

env = dict(os.environ, KUBECONFIG="/nonexistent")
out = []
for args in CASES:
    p = subprocess.run(["kubectl", *args], capture_output=True, text=True, env=env, cwd="/tmp")
    out.append({"arguments": args, "stdout": p.stdout, "stderr": p.stderr, "status": p.returncode})
print(json.dumps(out, indent=1))
