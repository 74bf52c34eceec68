#!/usr/bin/env python3
"""A small fake Kubernetes API server that lets the real kubectl run against fixture objects.

Why: Shipyard must print byte for byte what kubectl v1.32.4 prints. Much of that output
(`kubectl describe`, the NAME/AGE fallback of `get`, the bodies of PATCH/POST requests) is computed
by kubectl itself, so the surest oracle is the real binary. This server gives it just enough of
an API server to work: discovery (aggregated v2/v2beta1 with the exact Content-Type, and legacy),
`/version`, GET, LIST with label and field selectors, a trivial WATCH, and simple
POST/PATCH/DELETE on an in-memory copy of the fixtures. Every request is logged as one JSON line,
so the log itself records what kubectl sends.

Stdlib only; listens on 127.0.0.1. See README.md for usage.
"""

import argparse
import base64
import copy
import datetime as dt
import json
import os
import re
import sys
import threading
import time
import uuid
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import resources as R  # noqa: E402
import selectors_k8s as S  # noqa: E402

AGG_V2 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
AGG_V2BETA1 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"

TS_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$")


def parse_ts(s):
    m = TS_RE.match(s)
    if not m:
        return None
    base = dt.datetime(*map(int, m.groups()[:6]), tzinfo=dt.timezone.utc)
    return base, m.group(7) or ""


def shift_ts(s, delta):
    p = parse_ts(s)
    if not p:
        return s
    base, frac = p
    return (base + dt.timedelta(seconds=delta)).strftime("%Y-%m-%dT%H:%M:%S") + frac + "Z"


def shift_tree(value, delta):
    """Copy of value with every RFC 3339 UTC timestamp string moved by delta seconds.

    Every string that is exactly a timestamp is moved, whatever its key (annotations such as
    `kubectl.kubernetes.io/restartedAt` included), so that a recording can map the printed
    times back exactly (see record.py)."""
    if isinstance(value, dict):
        return {k: shift_tree(v, delta) for k, v in value.items()}
    if isinstance(value, list):
        return [shift_tree(v, delta) for v in value]
    if isinstance(value, str) and TS_RE.match(value):
        return shift_ts(value, delta)
    return value


class Store:
    """All objects, keyed by (group, plural, namespace, name); in memory, thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.objects = {}
        self.rv = 1000
        self.delta = 0  # seconds added to every timestamp when serving

    def next_rv(self):
        self.rv += 1
        return str(self.rv)

    def key_for(self, obj):
        res = R.for_kind(obj.get("apiVersion", ""), obj.get("kind", ""))
        if res is None:
            raise ValueError(f"unknown apiVersion/kind {obj.get('apiVersion')}/{obj.get('kind')}")
        md = obj.get("metadata", {})
        ns = md.get("namespace", "") if res.namespaced else ""
        return (res.group, res.plural, ns, md["name"])

    def add(self, obj):
        md = obj.setdefault("metadata", {})
        md.setdefault("resourceVersion", self.next_rv())
        md.setdefault("uid", str(uuid.uuid5(uuid.NAMESPACE_URL, json.dumps([obj.get("kind"), md.get("namespace"), md.get("name")]))))
        self.objects[self.key_for(obj)] = obj

    def load_dir(self, path):
        for root, _, files in sorted(os.walk(path)):
            for f in sorted(files):
                if not f.endswith(".json"):
                    continue
                with open(os.path.join(root, f)) as fh:
                    data = json.load(fh)
                items = data.get("items") if isinstance(data, dict) and "items" in data else None
                for obj in (items if items is not None else [data]):
                    self.add(obj)

    def shifted(self, obj):
        return shift_tree(obj, self.delta) if self.delta else copy.deepcopy(obj)


STORE = Store()
LOG_LOCK = threading.Lock()
ARGS = None


def status_obj(code, reason, message, details=None):
    body = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": message, "reason": reason, "code": code}
    if details:
        body["details"] = details
    return body


def qualified(res):
    return res.plural if not res.group else f"{res.plural}.{res.group}"


def not_found(res, name):
    return status_obj(404, "NotFound", f'{qualified(res)} "{name}" not found',
                      {"name": name, "group": res.group, "kind": res.plural} if res.group
                      else {"name": name, "kind": res.plural})


# ---------------------------------------------------------------- discovery

def agg_resource(r):
    item = {
        "resource": r.plural,
        "responseKind": {"group": r.group, "version": r.version, "kind": r.kind},
        "scope": "Namespaced" if r.namespaced else "Cluster",
        "singularResource": r.singular,
        "verbs": r.verbs,
    }
    if r.short:
        item["shortNames"] = r.short
    if r.categories:
        item["categories"] = r.categories
    if r.subresources:
        item["subresources"] = [
            {"subresource": name, "responseKind": {"group": g, "version": v, "kind": k}, "verbs": verbs}
            for (name, k, g, v, verbs) in r.subresources]
    return item


def aggregated(core, version_tag):
    items = []
    for group, version in R.group_versions():
        if (group == "") != core:
            continue
        entry = {"metadata": {"name": group} if group else {"creationTimestamp": None},
                 "versions": [{"version": version, "freshness": "Current",
                               "resources": [agg_resource(r) for r in R.RESOURCES
                                             if r.group == group and r.version == version]}]}
        # one item per group: merge versions of the same group
        for existing in items:
            if existing["metadata"].get("name") == entry["metadata"].get("name"):
                existing["versions"].extend(entry["versions"])
                break
        else:
            items.append(entry)
    return {"kind": "APIGroupDiscoveryList", "apiVersion": f"apidiscovery.k8s.io/{version_tag}",
            "metadata": {}, "items": items}


def legacy_resource_list(group, version):
    out = []
    for r in R.RESOURCES:
        if r.group != group or r.version != version:
            continue
        item = {"name": r.plural, "singularName": r.singular, "namespaced": r.namespaced,
                "kind": r.kind, "verbs": r.verbs}
        if r.short:
            item["shortNames"] = r.short
        if r.categories:
            item["categories"] = r.categories
        out.append(item)
        for (name, k, g, v, verbs) in r.subresources:
            sub = {"name": f"{r.plural}/{name}", "singularName": "", "namespaced": r.namespaced,
                   "kind": k, "verbs": verbs}
            if g != group:
                sub["group"], sub["version"] = g, v
            out.append(sub)
    gv = f"{group}/{version}" if group else version
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": out}


def legacy_groups():
    groups = []
    for group, version in R.group_versions():
        if not group:
            continue
        gv = {"groupVersion": f"{group}/{version}", "version": version}
        groups.append({"name": group, "versions": [gv], "preferredVersion": gv})
    return {"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}


# ---------------------------------------------------------------- OpenAPI v3 (minimum)

def _gv_path(group, version):
    return f"api/{version}" if not group else f"apis/{group}/{version}"


def openapi_index():
    """The /openapi/v3 index: one entry per group-version (enough for apply/create/explain)."""
    return {"paths": {_gv_path(g, v): {"serverRelativeURL": f"/openapi/v3/{_gv_path(g, v)}?hash=fake{zlib.crc32((g + '/' + v).encode())}"}
                      for g, v in R.group_versions()}}


def openapi_group_version(gv):
    """A group-version document with, per kind, a PATCH operation that declares the
    `fieldValidation` parameter (kubectl then sends fieldValidation=Strict) and a bare schema
    so `kubectl explain` has something to print."""
    for group, version in R.group_versions():
        if _gv_path(group, version) != gv:
            continue
        paths, schemas = {}, {}
        for r in R.RESOURCES:
            if r.group != group or r.version != version:
                continue
            gvk = {"group": r.group, "version": r.version, "kind": r.kind}
            prefix = f"/{gv}/namespaces/{{namespace}}" if r.namespaced else f"/{gv}"
            paths[f"{prefix}/{r.plural}/{{name}}"] = {"patch": {
                "x-kubernetes-group-version-kind": gvk,
                "parameters": [{"name": "fieldValidation", "in": "query", "schema": {"type": "string"}}]}}
            schema_group = {"": "core", "apps": "apps", "batch": "batch"}.get(group, group.split(".")[0])
            schemas[f"io.k8s.api.{schema_group}.{version}.{r.kind}"] = {
                "description": f"{r.kind} (schema served by the fake API server; fields are not described).",
                "type": "object",
                "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
                               "metadata": {"type": "object"}, "spec": {"type": "object"}, "status": {"type": "object"}},
                "x-kubernetes-group-version-kind": [gvk]}
        return {"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": "v1.32.4"},
                "paths": paths, "components": {"schemas": schemas}}
    return None


# ---------------------------------------------------------------- patches

def merge_patch(target, patch):
    """RFC 7386 JSON merge patch."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge_patch(out.get(k), v)
    return out


def strategic_patch(target, patch):
    """A simplified strategic merge patch: maps merge, lists of named maps merge by name,
    directives ($setElementOrder, $patch, $retainKeys) are ignored. Good enough to keep
    the in-memory object plausible; the request log is the real oracle."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if k.startswith("$"):
            continue
        if v is None:
            out.pop(k, None)
        elif isinstance(v, list) and isinstance(out.get(k), list) and all(
                isinstance(e, dict) and "name" in e for e in v + out[k]):
            merged = list(out[k])
            for e in v:
                for i, old in enumerate(merged):
                    if old.get("name") == e.get("name"):
                        merged[i] = strategic_patch(old, e)
                        break
                else:
                    merged.append({kk: vv for kk, vv in e.items() if not kk.startswith("$")})
            out[k] = merged
        elif isinstance(v, dict):
            out[k] = strategic_patch(out.get(k), v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def json_patch(target, ops):
    doc = copy.deepcopy(target)
    for op in ops:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in op.get("path", "").split("/")[1:]]
        parent = doc
        for p in parts[:-1]:
            parent = parent[int(p)] if isinstance(parent, list) else parent.setdefault(p, {})
        last = parts[-1] if parts else None
        kind = op.get("op")
        if isinstance(parent, list):
            idx = len(parent) if last == "-" else int(last)
            if kind == "add":
                parent.insert(idx, op.get("value"))
            elif kind == "replace":
                parent[idx] = op.get("value")
            elif kind == "remove":
                parent.pop(idx)
        else:
            if kind in ("add", "replace"):
                parent[last] = op.get("value")
            elif kind == "remove":
                parent.pop(last, None)
    return doc


# ---------------------------------------------------------------- HTTP

PATH_RE = re.compile(
    r"^/(?:api/(?P<cv>v1)|apis/(?P<g>[^/]+)/(?P<v>[^/]+))"
    r"(?:/namespaces/(?P<ns>[^/]+))?(?:/(?P<res>[^/]+)(?:/(?P<name>[^/]+)(?:/(?P<sub>[^/]+))?)?)?$")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-apiserver/1"

    def log_message(self, fmt, *args):  # silence the default stderr access log
        pass

    # -- plumbing

    def body_bytes(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def log_request_json(self, body):
        if not ARGS.log:
            return
        split = urlsplit(self.path)
        entry = {
            "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
            "method": self.command,
            "path": split.path,
            "query": unquote(split.query),
            "accept": self.headers.get("Accept"),
            "contentType": self.headers.get("Content-Type"),
            "userAgent": self.headers.get("User-Agent"),
            "kubectlCommand": self.headers.get("Kubectl-Command"),
        }
        if body:
            try:
                entry["body"] = body.decode("utf-8")
            except UnicodeDecodeError:
                entry["bodyBase64"] = base64.b64encode(body).decode()
        with LOG_LOCK, open(ARGS.log, "a") as fh:
            fh.write(json.dumps(entry) + "\n")

    def send_json(self, code, obj, content_type="application/json"):
        data = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        body = self.body_bytes()
        self.log_request_json(body)
        split = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        try:
            self.route(split.path, query, body)
        except BrokenPipeError:
            pass
        except Exception as exc:  # report instead of killing the connection
            self.send_json(500, status_obj(500, "InternalError", f"fake-apiserver: {exc!r}"))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any

    # -- routing

    def route(self, path, query, body):
        accept = self.headers.get("Accept") or ""
        if path == "/_fake/shift":  # test hook: set the timestamp shift (seconds)
            STORE.delta = int(query.get("delta", "0"))
            return self.send_json(200, {"delta": STORE.delta})
        if path == "/version":
            return self.send_json(200, {
                "major": "1", "minor": ARGS.minor, "gitVersion": f"v1.{ARGS.minor}.4",
                "gitCommit": "4cb5f07a1b4d6a4e8a0e1c0b5bb0d3d3a3c3f0e1", "gitTreeState": "clean",
                "buildDate": "2025-04-22T16:02:27Z", "goVersion": "go1.23.8", "compiler": "gc",
                "platform": "linux/amd64"})
        if path in ("/api", "/apis"):
            if "v=v2;" in accept.replace(" ", "") + ";" and "as=APIGroupDiscoveryList" in accept:
                return self.send_json(200, aggregated(path == "/api", "v2"), AGG_V2)
            if "v=v2beta1" in accept and "as=APIGroupDiscoveryList" in accept:
                return self.send_json(200, aggregated(path == "/api", "v2beta1"), AGG_V2BETA1)
            if path == "/api":
                return self.send_json(200, {"kind": "APIVersions", "versions": ["v1"],
                                            "serverAddressByClientCIDRs": [
                                                {"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}]})
            return self.send_json(200, legacy_groups())
        if path == "/openapi/v3":
            return self.send_json(200, openapi_index())
        if path.startswith("/openapi/v3/"):
            doc = openapi_group_version(path[len("/openapi/v3/"):])
            if doc is not None:
                return self.send_json(200, doc)
        if path.startswith("/openapi"):
            return self.send_json(404, status_obj(404, "NotFound", "the server could not find the requested resource"))
        m = PATH_RE.match(path)
        if not m:
            return self.send_json(404, status_obj(404, "NotFound", "the server could not find the requested resource"))
        group = m.group("g") or ""
        version = m.group("cv") or m.group("v")
        if not m.group("res") and not m.group("ns"):
            if (group, version) not in R.group_versions():
                return self.send_json(404, status_obj(404, "NotFound", "the server could not find the requested resource"))
            return self.send_json(200, legacy_resource_list(group, version))
        if m.group("res") is None:  # /api/v1/namespaces/{name} is a namespace, not a prefix
            res, ns, name, sub = R.find("", "v1", "namespaces"), "", m.group("ns"), None
        else:
            res = R.find(group, version, m.group("res"))
            if res is None:
                return self.send_json(404, status_obj(404, "NotFound", "the server could not find the requested resource"))
            ns = (m.group("ns") or "") if res.namespaced else ""
            name, sub = m.group("name"), m.group("sub")
        if self.command == "GET" and name is None:
            return self.list_or_watch(res, ns, query)
        if self.command == "GET":
            return self.get_one(res, ns, name, sub)
        if self.command == "POST" and name is None:
            return self.create(res, ns, body)
        if self.command == "PATCH" and name:
            return self.patch(res, ns, name, sub, body)
        if self.command == "PUT" and name:
            return self.replace(res, ns, name, sub, body)
        if self.command == "DELETE" and name:
            return self.delete(res, ns, name)
        return self.send_json(405, status_obj(405, "MethodNotAllowed", "method not allowed"))

    # -- verbs

    def lookup(self, res, ns, name):
        return STORE.objects.get((res.group, res.plural, ns, name))

    def get_one(self, res, ns, name, sub):
        with STORE.lock:
            obj = self.lookup(res, ns, name)
            if obj is None:
                return self.send_json(404, not_found(res, name))
            obj = STORE.shifted(obj)
        if sub == "scale":
            return self.send_json(200, scale_of(obj))
        if sub == "log":
            data = b""
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return self.wfile.write(data)
        return self.send_json(200, obj)

    def list_or_watch(self, res, ns, query):
        try:
            labels = S.parse_label_selector(query.get("labelSelector", ""))
            fields = S.parse_field_selector(query.get("fieldSelector", ""))
        except ValueError as exc:
            return self.send_json(400, status_obj(400, "BadRequest", str(exc)))
        with STORE.lock:
            items = []
            for (g, plural, ons, _), obj in sorted(STORE.objects.items()):
                if g != res.group or plural != res.plural:
                    continue
                if ns and ons != ns:
                    continue
                if not S.matches_labels(labels, obj.get("metadata", {}).get("labels") or {}):
                    continue
                if not S.matches_fields(fields, obj):
                    continue
                items.append(STORE.shifted(obj))
            rv = str(STORE.rv)
        if query.get("watch") in ("true", "1"):
            return self.watch(float(query.get("timeoutSeconds") or 0))
        self.send_json(200, {"kind": f"{res.kind}List", "apiVersion": res.api_version,
                             "metadata": {"resourceVersion": rv}, "items": items})

    def watch(self, timeout):
        """No events ever happen here: hold the stream open briefly, then end it."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()
        time.sleep(min(timeout, ARGS.watch_seconds) if timeout else ARGS.watch_seconds)
        self.wfile.write(b"0\r\n\r\n")

    def decode_body(self, body):
        ctype = self.headers.get("Content-Type") or ""
        if "protobuf" in ctype:
            return None
        try:
            return json.loads(body or b"{}")
        except ValueError:
            return None

    def create(self, res, ns, body):
        obj = self.decode_body(body)
        if obj is None:
            return self.send_json(415, status_obj(415, "UnsupportedMediaType",
                                                  "fake-apiserver: only JSON request bodies are supported (use --minor 31 to get a JSON-only kubectl)"))
        md = obj.setdefault("metadata", {})
        if not md.get("name") and md.get("generateName"):
            md["name"] = md["generateName"] + uuid.uuid4().hex[:5]
        if res.namespaced:
            md["namespace"] = ns or md.get("namespace", "default")
        md.pop("creationTimestamp", None)
        md["creationTimestamp"] = shift_ts(dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), -STORE.delta)
        md["uid"] = str(uuid.uuid4())
        with STORE.lock:
            if self.lookup(res, ns, md.get("name", "")) is not None:
                return self.send_json(409, status_obj(409, "AlreadyExists", f'{qualified(res)} "{md.get("name")}" already exists'))
            md["resourceVersion"] = STORE.next_rv()
            obj.setdefault("apiVersion", res.api_version)
            obj.setdefault("kind", res.kind)
            if "dryRun" not in self.path:
                STORE.objects[(res.group, res.plural, ns, md["name"])] = obj
            out = STORE.shifted(obj)
        self.send_json(201, out)

    def patch(self, res, ns, name, sub, body):
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        patch = self.decode_body(body)
        with STORE.lock:
            obj = self.lookup(res, ns, name)
            if obj is None:
                return self.send_json(404, not_found(res, name))
            if patch is None:
                return self.send_json(415, status_obj(415, "UnsupportedMediaType", "unsupported body"))
            if sub == "scale":
                replicas = (patch.get("spec") or {}).get("replicas")
                if replicas is not None:
                    obj.setdefault("spec", {})["replicas"] = replicas
                result = scale_of(obj)
            else:
                if ctype == "application/json-patch+json":
                    new = json_patch(obj, patch)
                elif ctype == "application/strategic-merge-patch+json":
                    new = strategic_patch(obj, patch)
                else:  # merge-patch and apply-patch (approximated as a merge)
                    new = merge_patch(obj, patch)
                new.setdefault("metadata", {})["resourceVersion"] = STORE.next_rv()
                if "dryRun" not in self.path:
                    STORE.objects[(res.group, res.plural, ns, name)] = new
                result = STORE.shifted(new)
        self.send_json(200, result)

    def replace(self, res, ns, name, sub, body):
        obj = self.decode_body(body)
        if obj is None:
            return self.send_json(415, status_obj(415, "UnsupportedMediaType", "unsupported body"))
        with STORE.lock:
            old = self.lookup(res, ns, name)
            if old is None:
                return self.send_json(404, not_found(res, name))
            obj.setdefault("metadata", {})["resourceVersion"] = STORE.next_rv()
            STORE.objects[(res.group, res.plural, ns, name)] = obj
            out = STORE.shifted(obj)
        self.send_json(200, out)

    def delete(self, res, ns, name):
        with STORE.lock:
            obj = self.lookup(res, ns, name)
            if obj is None:
                return self.send_json(404, not_found(res, name))
            if "dryRun" not in self.path:
                del STORE.objects[(res.group, res.plural, ns, name)]
            out = STORE.shifted(obj)
        self.send_json(200, out)


def scale_of(obj):
    md = obj.get("metadata", {})
    sel = ((obj.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
    return {"kind": "Scale", "apiVersion": "autoscaling/v1",
            "metadata": {"name": md.get("name"), "namespace": md.get("namespace"),
                         "uid": md.get("uid"), "resourceVersion": md.get("resourceVersion"),
                         "creationTimestamp": md.get("creationTimestamp")},
            "spec": {"replicas": (obj.get("spec") or {}).get("replicas", 0)},
            "status": {"replicas": (obj.get("status") or {}).get("replicas", 0),
                       "selector": ",".join(f"{k}={v}" for k, v in sorted(sel.items()))}}


def write_kubeconfig(path, port):
    with open(path, "w") as fh:
        fh.write(f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    server: http://127.0.0.1:{port}
  name: fake
contexts:
- context:
    cluster: fake
    namespace: default
    user: fake
  name: fake
current-context: fake
users:
- name: fake
  user: {{}}
""")


def main(argv=None):
    global ARGS
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--fixtures", action="append", default=[], help="directory of JSON objects (repeatable)")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    p.add_argument("--log", help="append one JSON line per request to this file")
    p.add_argument("--kubeconfig", help="write a kubeconfig for this server to this path")
    p.add_argument("--minor", default="32", help="minor version in /version (selects the kubectl under the gcloud dispatcher)")
    p.add_argument("--fixture-now", help="RFC 3339 instant the fixtures were written for; "
                   "timestamps are then served shifted so that this instant is the real now")
    p.add_argument("--watch-seconds", type=float, default=2.0, help="how long an idle watch stays open")
    ARGS = p.parse_args(argv)
    for d in ARGS.fixtures:
        STORE.load_dir(d)
    if ARGS.fixture_now:
        base, _ = parse_ts(ARGS.fixture_now)
        STORE.delta = int(time.time() - base.timestamp())
    server = ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    if ARGS.kubeconfig:
        write_kubeconfig(ARGS.kubeconfig, port)
    print(f"listening on http://127.0.0.1:{port} ({len(STORE.objects)} objects)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
