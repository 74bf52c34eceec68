#!/usr/bin/env python3
"""Regenerates Tests/KubectlPrintersTests/Fixtures from the real kubectl.

Starts fakeapi.py on 127.0.0.1, points a throwaway kubeconfig at it, runs every case of
cases.py through `kubectl get` three times (to spot Go's random map order), and stores the exact
stdout, stderr and exit status. klog's time stamp and pid are normalised to
`F0101 00:00:00.000000       1`, the defaults of KubectlSortError.kubectlStderr().

Usage: python3 Tools/kubectl-printers/make_fixtures.py [KUBECTL]   (default: kubectl on PATH, v1.32.x)
"""
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
FIXTURES = os.path.join(ROOT, "Tests", "KubectlPrintersTests", "Fixtures")
sys.path.insert(0, HERE)

import cases as case_defs  # noqa: E402
import objects  # noqa: E402

KUBECTL = sys.argv[1] if len(sys.argv) > 1 else "kubectl"
KLOG = re.compile(r"^F\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ ", re.M)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def argv_for(case, kubeconfig):
    argv = [KUBECTL, "--kubeconfig", kubeconfig, "get"]
    argv += ["pod", case["name"]] if case.get("name") else ["pods"]
    argv += ["-n", case["ns"]]
    if case["output"] is not None:
        argv += ["-o", case["output"]]
    if "template" in case:
        argv += ["--template", case["template"]]
    if case.get("sortBy"):
        argv += ["--sort-by", case["sortBy"]]
    if case.get("noHeaders"):
        argv += ["--no-headers"]
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
    stdout = p.stdout.decode("utf-8", "surrogateescape")
    stderr = KLOG.sub("F0101 00:00:00.000000       1 ", p.stderr.decode("utf-8", "surrogateescape"))
    if stderr.startswith("panic: "):
        # The goroutine dump holds addresses; keep the header kubectl's panic always starts with.
        stderr = stderr[:stderr.index("goroutine 1 [running]:\n") + len("goroutine 1 [running]:\n")]
    return stdout, stderr, p.returncode


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    work = tempfile.mkdtemp(prefix="kp-oracle-")
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
    server = subprocess.Popen([sys.executable, os.path.join(HERE, "fakeapi.py"), objdir, str(port)])
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        version = subprocess.run([KUBECTL, "version", "--client"], capture_output=True).stdout.decode()
        results = []
        for case in case_defs.build():
            runs = [run(case, kubeconfig, work) for _ in range(3)]
            stdout, stderr, code = runs[0]
            entry = dict(case)
            entry.update(stdout=stdout, stderr=stderr, exitCode=code)
            spec = case["output"] or ""
            if len(set(runs)) > 1 or ".." in spec or ".*" in spec:
                # Go's map iteration order showed through: only the multiset of tokens is fixed.
                entry["unordered"] = True
            results.append(entry)
        with open(os.path.join(FIXTURES, "objects.json"), "w") as f:
            json.dump(objects.NAMESPACES, f, indent=1, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(FIXTURES, "cases.json"), "w") as f:
            json.dump({"kubectl": version.strip(), "cases": results}, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("%d cases, %d unordered" % (len(results), sum(1 for r in results if r.get("unordered"))))
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(case_defs.FILE_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
