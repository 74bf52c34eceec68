#!/usr/bin/env python3
"""Records real `kubectl describe` output for every case in a cases file.

Why it is built this way:
- kubectl prints ages from the wall clock (`time.Since`), so each run serves the fixtures with
  every timestamp shifted by delta = (a whole real second) - fixtureNow, starts kubectl right
  after that second begins, and checks it finished within the same second. kubectl then sees
  the fixtures exactly as if "now" were fixtureNow, and the ages it prints are the fixture ages.
- The absolute times it prints (RFC 1123Z dates, RFC 3339 strings in generic output) are shifted
  back by delta, so a golden file does not depend on when it was recorded.
- Go map iteration is random, so ConfigMap and Secret data keys come out in random order. For
  cases that list `orderedKeys`, the run is repeated until kubectl happened to print them in
  that (sorted) order, which is the order Shipyard's printer uses.

Usage:
  record.py --cases Fixtures/cases.json --fixtures Fixtures/cluster --out Fixtures/golden
            [--only NAME ...] [--kubectl /usr/bin/kubectl] [--log requests.jsonl]
Run with TZ unset: kubectl is started with TZ=UTC so dates print as +0000.
"""

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import server  # noqa: E402

RFC1123Z = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) \+0000")
RFC3339 = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def unshift(text, delta):
    def fix1123(m):
        year = int(m.group(4))
        if year < 1900:  # Go's zero time: never shifted
            return m.group(0)
        t = dt.datetime(year, MONTHS.index(m.group(3)) + 1, int(m.group(2)), int(m.group(5)), int(m.group(6)),
                        int(m.group(7)), tzinfo=dt.timezone.utc) - dt.timedelta(seconds=delta)
        return f"{DAYS[t.weekday()]}, {t.day:02d} {MONTHS[t.month - 1]} {t.year:04d} {t.hour:02d}:{t.minute:02d}:{t.second:02d} +0000"

    def fix3339(m):
        t = dt.datetime(*map(int, m.groups()[:6]), tzinfo=dt.timezone.utc) - dt.timedelta(seconds=delta)
        return t.strftime("%Y-%m-%dT%H:%M:%S") + (m.group(7) or "") + "Z"

    return RFC3339.sub(fix3339, RFC1123Z.sub(fix1123, text))


def keys_in_order(text, keys):
    pos = []
    for k in keys:
        m = re.search(r"^" + re.escape(k) + r":", text, re.M)
        if not m:
            return False
        pos.append(m.start())
    return pos == sorted(pos)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cases", required=True)
    p.add_argument("--fixtures", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--only", nargs="*")
    p.add_argument("--kubectl", default=shutil.which("kubectl") or "/usr/bin/kubectl")
    p.add_argument("--log", help="keep the server's request log here")
    a = p.parse_args()

    with open(a.cases) as fh:
        spec = json.load(fh)
    base, _ = server.parse_ts(spec["fixtureNow"])
    fixture_now = int(base.timestamp())

    tmp = tempfile.mkdtemp(prefix="fake-apiserver-")
    kubeconfig = os.path.join(tmp, "kubeconfig")
    log = a.log or os.path.join(tmp, "requests.jsonl")
    # Run the server in this process so the shift can be set directly before each kubectl run.
    server.ARGS = server.argparse.Namespace(log=log, minor="32", watch_seconds=1.0)
    server.STORE.load_dir(a.fixtures)
    httpd = server.ThreadingHTTPServer(("127.0.0.1", 0), server.Handler)
    httpd.daemon_threads = True
    server.write_kubeconfig(kubeconfig, httpd.server_address[1])
    threading.Thread(target=httpd.serve_forever, daemon=True).start()

    env = dict(os.environ, TZ="UTC", KUBECONFIG=kubeconfig, HOME=tmp)
    cache = os.path.join(tmp, "cache")
    base_cmd = [a.kubectl, "--cache-dir", cache]
    subprocess.run(base_cmd + ["api-resources"], env=env, capture_output=True)  # warm the discovery cache

    os.makedirs(a.out, exist_ok=True)
    failures = 0
    for case in spec["cases"]:
        if a.only and case["name"] not in a.only:
            continue
        args = ["describe", case["resource"], case["object"]]
        if case.get("namespace"):
            args += ["-n", case["namespace"]]
        wanted_keys = case.get("orderedKeys")
        for attempt in range(60):
            while time.time() % 1 > 0.02:  # start right after a second begins
                time.sleep(0.003)
            second = int(time.time())
            server.STORE.delta = second - fixture_now
            proc = subprocess.run(base_cmd + args, env=env, capture_output=True, text=True)
            if int(time.time()) != second:
                continue  # kubectl straddled a second boundary: ages could be off by one
            if wanted_keys and not keys_in_order(proc.stdout, wanted_keys):
                continue
            break
        else:
            print(f"FAILED {case['name']}: no usable run", file=sys.stderr)
            failures += 1
            continue
        out = unshift(proc.stdout, server.STORE.delta)
        with open(os.path.join(a.out, case["name"] + ".txt"), "w") as fh:
            fh.write(out)
        if proc.stderr or proc.returncode:
            print(f"{case['name']}: exit {proc.returncode} {proc.stderr.strip()}", file=sys.stderr)
        print(f"recorded {case['name']} ({attempt + 1} run(s))")
    httpd.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
