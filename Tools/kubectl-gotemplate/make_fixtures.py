#!/usr/bin/env python3
"""Records Tests/KubectlPrintersTests/Fixtures/gotemplate.json from the real kubectl.

Serves the objects of Tools/kubectl-printers/objects.py with Tools/kubectl-printers/fakeapi.py
on 127.0.0.1, points a throwaway kubeconfig at it, runs every case of cases.py through
`kubectl get … -o go-template…` and stores the exact stdout, stderr and exit status (klog's
time stamp and pid normalised, as the kubectl-printers oracle does). The
objects are the ones Fixtures/objects.json already holds (the kubectl-printers oracle writes it;
this script checks they still agree).

Usage: python3 Tools/kubectl-gotemplate/make_fixtures.py [KUBECTL]   (default: kubectl on PATH, v1.32.x)
       python3 Tools/kubectl-gotemplate/make_fixtures.py [KUBECTL] --random SEED [--count N] --out FILE
       (only N random templates from SEED, into FILE, for GOTEMPLATE_FIXTURE=FILE swift test)
"""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRINTERS = os.path.join(ROOT, "Tools", "kubectl-printers")
FIXTURES = os.path.join(ROOT, "Tests", "KubectlPrintersTests", "Fixtures")
sys.path.insert(0, HERE)
sys.path.append(PRINTERS)  # for objects.py; cases.py must come from HERE

import cases as case_defs  # noqa: E402
import objects  # noqa: E402
import random_cases  # noqa: E402

ARGS = argparse.ArgumentParser()
ARGS.add_argument("kubectl", nargs="?", default="kubectl")
ARGS.add_argument("--random", type=int, help="record only random templates from this seed")
ARGS.add_argument("--count", type=int, default=400)
ARGS.add_argument("--out", help="where to write (default: the committed fixture)")
OPTIONS = ARGS.parse_args()
KUBECTL = OPTIONS.kubectl
# klog's time stamp and pid (a --sort-by failure) become KubectlSortError.kubectlStderr()'s defaults.
KLOG = re.compile(r"^F\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ ", re.M)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def argv_for(case, kubeconfig):
    argv = [KUBECTL, "--kubeconfig", kubeconfig, "get"]
    argv += ["pod", case["name"]] if case.get("name") else ["pods"]
    argv += ["-n", case["ns"], "-o", case["output"]]
    if "template" in case:
        argv += ["--template", case["template"]]
    if case.get("sortBy"):
        argv += ["--sort-by", case["sortBy"]]
    if case.get("allowMissing") is False:
        argv += ["--allow-missing-template-keys=false"]
    return argv


def run(case, kubeconfig, home):
    if os.path.isdir(case_defs.FILE_DIR):
        shutil.rmtree(case_defs.FILE_DIR)
    os.makedirs(case_defs.FILE_DIR)
    for path, contents in case.get("files", {}).items():
        with open(path, "w") as f:
            f.write(contents)
    env = {"PATH": os.environ.get("PATH", ""), "HOME": home, "KUBECONFIG": kubeconfig}
    p = subprocess.run(argv_for(case, kubeconfig), capture_output=True, env=env, timeout=60)
    return p.stdout, p.stderr, p.returncode


def text(data, entry, key):
    """kubectl writes Go strings, which may hold bytes that are not UTF-8 (`slice` through a
    character, `\\xff` escapes); Shipyard's output is a Swift String, so such output is stored
    as the String the bytes decode to (U+FFFD for each bad sequence) and the case is marked."""
    try:
        return KLOG.sub("F0101 00:00:00.000000       1 ", data.decode("utf-8"))
    except UnicodeDecodeError:
        entry["lossy"] = entry.get("lossy", []) + [key]
        return data.decode("utf-8", "replace")


def main():
    with open(os.path.join(FIXTURES, "objects.json")) as f:
        if json.load(f) != json.loads(json.dumps(objects.NAMESPACES)):
            sys.exit("Fixtures/objects.json differs from objects.py: run Tools/kubectl-printers/make_fixtures.py first")
    work = tempfile.mkdtemp(prefix="gotemplate-oracle-")
    objdir = os.path.join(work, "objects")
    os.makedirs(objdir)
    for ns, items in objects.NAMESPACES.items():
        with open(os.path.join(objdir, ns + ".json"), "w") as f:
            json.dump(items, f)
    port = free_port()
    kubeconfig = os.path.join(work, "kubeconfig")
    with open(kubeconfig, "w") as f:
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:%d\n"
                "  name: fake\ncontexts:\n- context:\n    cluster: fake\n    user: fake\n  name: fake\n"
                "current-context: fake\nusers:\n- name: fake\n  user: {}\n" % port)
    server = subprocess.Popen([sys.executable, os.path.join(PRINTERS, "fakeapi.py"), objdir, str(port)])
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        version = subprocess.run([KUBECTL, "version", "--client"], capture_output=True).stdout.decode()
        results = []
        todo = case_defs.build() if OPTIONS.random is None else random_cases.build(OPTIONS.count, OPTIONS.random)
        for case in todo:
            stdout, stderr, code = run(case, kubeconfig, work)
            entry = dict(case)
            entry.update(stdout=text(stdout, entry, "stdout"), stderr=text(stderr, entry, "stderr"), exitCode=code)
            results.append(entry)
        with open(OPTIONS.out or os.path.join(FIXTURES, "gotemplate.json"), "w") as f:
            json.dump({"kubectl": version.strip(), "cases": results}, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("%d cases, %d failing in kubectl" % (len(results), sum(1 for r in results if r["exitCode"])))
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(case_defs.FILE_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
