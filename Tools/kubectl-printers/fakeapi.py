#!/usr/bin/env python3
"""A minimal Kubernetes API server on 127.0.0.1 so the real kubectl can act as the oracle.

kubectl's `get` path (List building, --sort-by, custom-columns, jsonpath) only runs against a
server, so this serves legacy discovery for `pods` and `configmaps` plus GET of lists and single
objects. Each namespace is one fixture: the pods of namespace N are the JSON array in
`<objects_dir>/N.json`. Objects are served exactly as stored (key order kept).

Usage: fakeapi.py OBJECTS_DIR PORT
"""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

OBJECTS_DIR = sys.argv[1]
PORT = int(sys.argv[2])

API_VERSIONS = {
    "kind": "APIVersions",
    "versions": ["v1"],
    "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:%d" % PORT}],
}
API_GROUPS = {"kind": "APIGroupList", "apiVersion": "v1", "groups": []}
RESOURCES = {
    "kind": "APIResourceList",
    "groupVersion": "v1",
    "resources": [
        {"name": "pods", "singularName": "pod", "namespaced": True, "kind": "Pod",
         "verbs": ["get", "list"], "shortNames": ["po"]},
        {"name": "configmaps", "singularName": "configmap", "namespaced": True, "kind": "ConfigMap",
         "verbs": ["get", "list"], "shortNames": ["cm"]},
    ],
}


def go_numbers(value):
    """Whole floats as Go's encoder writes them (`2.0` -> `2`), as a real API server sends them."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    if isinstance(value, list):
        return [go_numbers(v) for v in value]
    if isinstance(value, dict):
        return {k: go_numbers(v) for k, v in value.items()}
    return value


def load(namespace):
    path = os.path.join(OBJECTS_DIR, namespace + ".json")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return go_numbers(json.load(f))


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def not_found(self, resource, name):
        self.send(404, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                        "message": '%s "%s" not found' % (resource, name), "reason": "NotFound",
                        "details": {"name": name, "kind": resource}, "code": 404})

    def table(self, items):
        """Server-side printing, as kubectl requests it for its default output: one NAME column,
        and the full object in each row when kubectl asks for it (it does when sorting)."""
        include = "includeObject=Object" in self.path
        rows = []
        for item in items:
            row = {"cells": [item.get("metadata", {}).get("name", "")]}
            if include:
                row["object"] = item
            rows.append(row)
        return {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": {"resourceVersion": "1000"},
                "columnDefinitions": [{"name": "Name", "type": "string", "format": "name",
                                       "description": "", "priority": 0}],
                "rows": rows}

    def do_GET(self):
        parts = [p for p in urlparse(self.path).path.split("/") if p]
        if parts == ["api"]:
            return self.send(200, API_VERSIONS)
        if parts == ["apis"]:
            return self.send(200, API_GROUPS)
        if parts == ["api", "v1"]:
            return self.send(200, RESOURCES)
        if len(parts) >= 5 and parts[:3] == ["api", "v1", "namespaces"]:
            namespace, resource = parts[3], parts[4]
            kind = "Pod" if resource == "pods" else "ConfigMap"
            items = load(namespace) if resource == "pods" else []
            if len(parts) == 5:
                if "as=Table" in self.headers.get("Accept", ""):
                    return self.send(200, self.table(items))
                return self.send(200, {"kind": kind + "List", "apiVersion": "v1",
                                       "metadata": {"resourceVersion": "1000"}, "items": items})
            for item in items:
                if item.get("metadata", {}).get("name") == parts[5]:
                    return self.send(200, item)
            return self.not_found(resource, parts[5])
        return self.send(404, {"kind": "Status", "apiVersion": "v1", "status": "Failure", "code": 404,
                               "reason": "NotFound", "message": "not found"})


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
