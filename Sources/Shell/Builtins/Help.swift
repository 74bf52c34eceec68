import ToolIO

/// `help` and `help COMMAND`: what Shipyard runs, in a learner's words.
enum Help {
    static let overview = """
        Shipyard — learn ECS, ECR, EKS and Kubernetes by typing the real commands.

        Simulated tools (they print what the real ones print):
          kubectl ...            the Kubernetes command line, against the current context
          aws ecs|... ...        the AWS command line (v2), account 123456789012
          docker ...             Docker on your machine: build, login, pull, tag, push, images, rmi (ECR)

        Shell built-ins:
          help [COMMAND]         this text, or help on one command
          echo, printf, cat      print text and files
          ls, pwd, cd, mkdir, rm, touch, tee
                                 your working files (write them with `cat > file <<EOF`)
          grep, head, tail, wc, sort, uniq, cut, sed, base64
                                 filter the output of a pipe (`kubectl get pods | grep web`)
          export, unset, env     variables: export NS=kube-system, then -n $NS
          sleep DURATION         let simulated time pass: sleep 30, sleep 5m
          seq, for … do … done   count and loop: for i in $(seq 0 2); do kubectl exec "web-$i" -- hostname; done
          while, until, if, [    wait and decide: until kubectl get pods | grep -q Running; do sleep 1; done
          date [-d WHEN] [+FMT]  the simulated time, or another: date -u -d '-1 hour' +%FT%TZ
          curl URL               your machine's curl: reaches kubectl port-forward and proxy
          jobs, kill %N          commands left running with & (kubectl port-forward svc/web 8080:80 &)
          history, clear, exit

        The shell understands quotes, $VAR, $(command), $((arithmetic)), pipes |, ; && || &,
        > >> <, here-documents (<<EOF), for/while/until loops (break, continue) and if. Time in
        the simulation moves as you work; `sleep` jumps ahead.

        """

    static let topics: [String: String] = [
        "kubectl": "kubectl: run `kubectl` for its commands, `kubectl COMMAND --help` for one of them.\n",
        "aws": "aws: run `aws help`, `aws ecs help` or `aws ecs OPERATION help`.\n",
        "docker": "docker: run `docker` for the commands Shipyard's Docker runs, `docker COMMAND --help` for one of them.\n",
        "sleep": "sleep DURATION...: advance the simulated clock (30, 30s, 5m, 2h, 1d). Nothing real waits.\n",
        "date": "date [-u] [-d WHEN] [+FORMAT | -I[date|hours|minutes|seconds]]: the simulated time in UTC, as GNU date prints it. WHEN is an ISO time, @EPOCH, now, yesterday, tomorrow, or relative items (-1 hour, 10 minutes ago).\n",
        "grep": "grep [-v -i -c -n -E -F -w -o -q] [-m N] [-A N] [-B N] [-C N] PATTERN [FILE...]: print lines that match PATTERN, with N lines of context after, before or around each.\n",
        "head": "head [-n N | -c N] [FILE...]: the first N lines (10), or bytes.\n",
        "tail": "tail [-n N | -n +N | -c N] [FILE...]: the last N lines (10), from line N on, or bytes.\n",
        "wc": "wc [-l -w -c] [FILE...]: count lines, words and bytes.\n",
        "sort": "sort [-b -f -n -r -s -u] [-t CHAR] [-k FIELD[,FIELD]]... [FILE...]: sort lines, by bytes or by fields (kubectl get pods --no-headers | sort -k4 -rn).\n",
        "uniq": "uniq [-c -d -u -i] [FILE]: each run of equal lines once, with -c its count (… | sort | uniq -c).\n",
        "cut": "cut -d CHAR -f LIST | -c LIST [FILE...]: fields or characters of each line (kubectl get pods -o name | cut -d/ -f2).\n",
        "test": "test EXPRESSION, [ EXPRESSION ]: strings (= != -n -z), whole numbers (-eq -ne -lt -le -gt -ge), files (-e -f -d -s), with ! -a -o.\n",
        "[": "[ EXPRESSION ]: the same as test EXPRESSION (help test).\n",
        "seq": "seq [FIRST [STEP]] LAST: count in whole numbers, one per line (for i in $(seq 1 5); do …; done).\n",
        "sed": "sed [-n -E -i] [-e SCRIPT]... [SCRIPT] [FILE...]: edit lines: s/RE/TEXT/[g p N I], d, p, q, with line, $ and /RE/ addresses and ranges (sed -i 's/1.27/1.28/' web.yaml).\n",
        "export": "export NAME=VALUE: set a variable for this shell and the commands it runs.\n",
        "history": "history: the commands you have typed. Up and Down recall them at the prompt.\n",
        "curl": "curl [-s -S -f -L] URL: a GET from your machine. It reaches local ports a background kubectl port-forward or proxy listens on: kubectl port-forward svc/web 8080:80 &, then curl localhost:8080; kubectl proxy &, then curl localhost:8001/version. The nodes' addresses (192.168.0.10-12) answer on NodePorts.\n",
        "jobs": "jobs [-l]: the commands left running with & (kubectl port-forward … &, kubectl proxy &), with their process ids under -l.\n",
        "kill": "kill [-s SIGNAL | -SIGNAL] %N|PID...: stop a background job (kill %1).\n",
    ]

    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        guard let topic = context.arguments.first else {
            context.out(overview)
            return
        }
        if let text = topics[topic] {
            context.out(text)
        } else if Builtins.table[topic] != nil {
            context.out("\(topic): a shell built-in. See `help` for the list.\n")
        } else {
            context.fail("shipyard: help: no help topics match `\(topic)'.")
        }
    }
}

/// The message for a command Shipyard does not have, with a hint where one helps.
enum CommandNotFound {
    static let hints: [String: String] = [
        "sudo": "No sudo needed: you are already in charge of this world.",
        "vi": "At its prompt Shipyard opens your own editor; in scripts, write files with: cat > file.yaml <<EOF … EOF",
        "vim": "At its prompt Shipyard opens your own editor; in scripts, write files with: cat > file.yaml <<EOF … EOF",
        "nano": "At its prompt Shipyard opens your own editor; in scripts, write files with: cat > file.yaml <<EOF … EOF",
        "minikube": "The cluster `sandbox` is already running: try `kubectl get nodes`.",
        "kind": "The cluster `sandbox` is already running: try `kubectl get nodes`.",
        "kubeadm": "The cluster `sandbox` was built with kubeadm already: try `kubectl get nodes`.",
        "helm": "Helm is not simulated; use kubectl apply with manifests.",
        "eksctl": "eksctl is not simulated; use `aws eks`.",
        "etcdctl": "etcd runs on the control-plane node: `ssh controlplane`, then etcdctl (with etcd's certificates).",
        "crictl": "crictl talks to a node's containerd: `ssh node01 crictl ps`, or `ssh node01` and then `crictl ps`.",
        "systemctl": "The kubelet is a service on each node: `ssh node01`, then `systemctl status kubelet`.",
        "journalctl": "The kubelet is a service on each node: `ssh node01`, then `systemctl status kubelet`.",
        "wget": "wget is not installed here; use curl (curl localhost:8080 after kubectl port-forward svc/NAME 8080:80 &), or ask from inside the cluster: kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never -- wget -qO- SERVICE",
    ]

    static func message(for name: String) -> String {
        let hint = hints[name] ?? "Type `help` to see what Shipyard can run."
        return "shipyard: \(name): command not found\n\(hint)\n"
    }
}
