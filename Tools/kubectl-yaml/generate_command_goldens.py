#!/usr/bin/env python3
"""Records `-o json` and `-o yaml` of everyday kubectl commands (typed objects, no server), so
the emitter is checked on the shapes learners actually see. Input files for --from-file are
made in a temporary folder. Run with KUBECONFIG=/nonexistent."""
import json, os, subprocess, tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "YAMLCodingTests", "Fixtures", "command_goldens.json")


def main():
    d = tempfile.mkdtemp()
    files = {"multi.txt": "line one\nline two\n", "nonl.txt": "no trailing newline", "tabs.txt": "tab\there\nünï 😀\n\n\n",
             "script.sh": "#!/bin/sh\necho \"hi\"  \nexit 0\n", "crlf.txt": "crlf\r\nline\r\n",
             "lead.txt": "  leading spaces\nx\n", "long.txt": ("word " * 40 + "\n") * 3,
             "cfg.yaml": "server:\n  port: 8080\n  hosts:\n  - a\n  - b\n"}
    for name, text in files.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    f = lambda n: os.path.join(d, n)
    overrides = json.dumps({"apiVersion": "v1", "spec": {"containers": [{"name": "p", "image": "nginx",
        "command": ["sh", "-c", "echo hello; sleep 3600"], "ports": [{"containerPort": 80}],
        "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}}}], "nodeSelector": {"disk": "ssd"},
        "tolerations": [{"key": "k", "operator": "Exists", "effect": "NoSchedule"}]}})
    commands = [
        ["create", "deployment", "web", "--image=nginx", "--replicas=3"],
        ["create", "deployment", "multi", "--image=nginx", "--image=busybox", "--port=8080"],
        ["run", "p", "--image=nginx", "--labels=app=web,tier=front", "--env=A=1", "--env=B=yes", "--env=C=",
         "--port=80", "--restart=Never"],
        ["run", "p", "--image=nginx", "--overrides=" + overrides],
        ["run", "job", "--image=busybox", "--restart=OnFailure", "--command", "--", "sh", "-c", "date; echo done: ok"],
        ["create", "configmap", "cm", "--from-literal=a=1", "--from-literal=b=true", "--from-literal=c=hello world",
         "--from-literal=d=2026-01-01T00:00:00Z", "--from-literal=e=" + "x " * 60],
        ["create", "configmap", "files", "--from-file=multi=" + f("multi.txt"), "--from-file=nonl=" + f("nonl.txt"),
         "--from-file=tabs=" + f("tabs.txt"), "--from-file=script.sh=" + f("script.sh"), "--from-file=crlf=" + f("crlf.txt"),
         "--from-file=lead=" + f("lead.txt"), "--from-file=long=" + f("long.txt"), "--from-file=cfg.yaml=" + f("cfg.yaml")],
        ["create", "secret", "generic", "s", "--from-literal=password=s3cr3t!", "--from-literal=token=" + "t" * 120],
        ["create", "secret", "generic", "sf", "--from-file=script=" + f("script.sh")],
        ["create", "secret", "docker-registry", "reg", "--docker-username=u", "--docker-password=p",
         "--docker-server=registry.example.com"],
        ["create", "service", "clusterip", "svc", "--tcp=80:8080", "--tcp=443:8443"],
        ["create", "service", "nodeport", "np", "--tcp=80:8080", "--node-port=30080"],
        ["create", "service", "clusterip", "headless", "--clusterip=None", "--tcp=80"],
        ["create", "service", "loadbalancer", "lb", "--tcp=80:8080"],
        ["create", "service", "externalname", "ext", "--external-name=db.example.com"],
        ["create", "job", "j", "--image=busybox", "--", "echo", "hi"],
        ["create", "cronjob", "cj", "--image=busybox", "--schedule=*/5 * * * *", "--", "echo", "hi"],
        ["create", "namespace", "dev"],
        ["create", "serviceaccount", "sa"],
        ["create", "role", "r", "--verb=get,list", "--resource=pods,services"],
        ["create", "clusterrolebinding", "crb", "--clusterrole=view", "--user=alice", "--group=devs"],
        ["create", "ingress", "ing", "--rule=example.com/path*=svc:80", "--rule=other.com/=svc2:http"],
        ["create", "quota", "q", "--hard=cpu=1,memory=1G,pods=10"],
        ["create", "priorityclass", "pc", "--value=1000", "--description=a class with a long description " * 3],
        ["create", "poddisruptionbudget", "pdb", "--selector=app=web", "--min-available=50%"],
    ]
    env = dict(os.environ, KUBECONFIG="/nonexistent")
    fixtures = []
    for cmd in commands:
        def k(fmt):
            flags = ["--dry-run=client", "-o", fmt]
            full = cmd[:cmd.index("--")] + flags + cmd[cmd.index("--"):] if "--" in cmd else cmd + flags
            p = subprocess.run(["kubectl"] + full, capture_output=True, env=env)
            return p.stdout.decode("utf-8"), p.stderr.decode("utf-8").strip()
        j, je = k("json")
        y, ye = k("yaml")
        if not y:
            continue  # needs a server (e.g. discovery), nothing to record
        words = 4 if cmd[1] == "service" else 3  # `create service TYPE NAME`
        entry = {"name": " ".join(cmd[:words]).replace(d, "DIR"), "json": j, "yaml": y}
        if je or ye:
            entry["stderr"] = (je + ye).replace(d, "DIR")
        fixtures.append(entry)
    with open(OUT, "w") as out:
        json.dump(fixtures, out, ensure_ascii=True, indent=1)
    print(len(fixtures), "commands;", sum(1 for x in fixtures if "stderr" in x), "with stderr")


if __name__ == "__main__":
    main()
