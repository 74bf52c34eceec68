import SimCore
import Testing
import ToolIO
import World
@testable import Shell

/// The shell without a terminal: what a command line prints and the status it leaves.
@Suite struct SessionTests {

    func session() -> ShellSession {
        ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
    }

    @Test func variablesAndStatus() {
        let shell = session()
        #expect(shell.execute("export NAME=world; echo \"hello $NAME\" '$NAME'").stdout == "hello world $NAME\n")
        #expect(shell.execute("false; echo $?").stdout == "1\n")
        #expect(shell.execute("true && echo yes || echo no").stdout == "yes\n")
        #expect(shell.execute("false && echo yes || echo no").stdout == "no\n")
        #expect(shell.execute("X=1; echo ${X}2").stdout == "12\n")
    }

    /// `for` runs its body once per word (after expansion and splitting), leaves the variable
    /// at the last, and has the status of the last command it ran, or 0 when it ran none.
    @Test func forLoops() {
        let shell = session()
        #expect(shell.execute("for i in 0 1; do echo \"web-$i\"; done; echo \"last $i\"").stdout == "web-0\nweb-1\nlast 1\n")
        #expect(shell.execute("for w in $(echo a b) \"c d\"; do echo \"[$w]\"; done").stdout == "[a]\n[b]\n[c d]\n")
        #expect(shell.execute("for i in 1 2; do echo $i; done | grep 2").stdout == "2\n")
        #expect(shell.execute("for i in 1 2; do false; done; echo $?").stdout == "1\n")
        #expect(shell.execute("false; for i in; do false; done; echo $?").stdout == "0\n")
        #expect(shell.execute("for i in 1 2; do for j in a b; do echo -n $i$j; done; done").stdout == "1a1b2a2b")
        #expect(shell.execute("for i in $(seq 2 2 6); do echo -n \"$i \"; done").stdout == "2 4 6 ")
        let missing = shell.execute("seq")
        #expect(missing.stderr == "seq: missing operand\nTry 'seq --help' for more information.\n" && missing.status == 1)
        #expect(shell.execute("seq 1 100000000").stderr == "shipyard: Shipyard's `seq` counts to at most 100000 numbers.\n")
        let refused = shell.execute("for 1x in a; do echo never; done")
        #expect(refused.stderr == "shipyard: `1x': not a valid identifier\n")
        #expect(refused.status == 1)
        // The commands inside reach the cluster one after another.
        let made = shell.execute("for n in a b; do kubectl create namespace \"team-$n\"; done")
        #expect(made.stdout == "namespace/team-a created\nnamespace/team-b created\n")
    }

    /// `while`, `until` and `if` as bash runs them, with `break`/`continue`, `[`/`test` and
    /// `$((…))`; a loop that waits for Ctrl-C is stopped after its rounds, and says so.
    @Test func whileLoopsAndIfs() {
        let shell = session()
        #expect(shell.execute("i=0; while [ $i -lt 3 ]; do echo -n $i; i=$((i + 1)); done; echo \" $i\"").stdout == "012 3\n")
        #expect(shell.execute("until [ $i -eq 0 ]; do i=$((i - 1)); [ $i -eq 1 ] && continue; echo -n u$i; done; echo").stdout
            == "u2u0\n")
        #expect(shell.execute("for a in 1 2; do for b in x y; do [ $b = y ] && break 2; echo $a$b; done; done").stdout == "1x\n")
        #expect(shell.execute("if false; then echo 1; elif test -n x; then echo 2; else echo 3; fi").stdout == "2\n")
        #expect(shell.execute("if false; then echo never; fi; echo $?").stdout == "0\n")
        #expect(shell.execute("echo $((2 ** 10)) $((i++)) $i").stdout == "1024 0 1\n")
        let outside = shell.execute("break")
        #expect(outside.stderr == "shipyard: break: only meaningful in a `for', `while', or `until' loop\n" && outside.status == 0)
        let zero = shell.execute("echo $((1 / 0)); echo after")
        #expect(zero.stderr == "shipyard: 1 / 0: division by 0 (error token is \"0\")\n" && zero.stdout == "after\n")
        let test = shell.execute("[ 1 -lt x ]")
        #expect(test.stderr == "shipyard: [: x: integer expression expected\n" && test.status == 2)
        let endless = shell.execute("n=0; while true; do n=$((n + 1)); done; echo $n")
        #expect(endless.stdout == "100\n")
        #expect(endless.stderr.hasPrefix("shipyard: the loop ran 100 rounds, and Shipyard stopped it there as Ctrl-C would"))
        #expect(endless.stderr.contains("`sleep 1` in the loop"))
        // The cluster moves on while the loop sleeps: it waits for the pods, and ends.
        #expect(shell.execute("kubectl create deployment web --image=nginx:1.27").status == 0)
        let waited = shell.execute("until kubectl get pods -l app=web | grep -q Running; do sleep 1; done; kubectl get pods --no-headers | wc -l")
        #expect(waited.stdout == "1\n" && waited.stderr.isEmpty)
    }

    /// `${NAME:-WORD}` and its kin, as bash expands them.
    @Test func parameterOperators() {
        let shell = session()
        #expect(shell.execute("E=; S=set; echo ${U:-u} ${E:-e} ${E-x}. ${S:+alt} ${U:+alt}.").stdout == "u e . alt .\n")
        #expect(shell.execute("echo ${N:=made}; echo $N").stdout == "made\nmade\n")
        #expect(shell.execute("echo ${U:-$S}").stdout == "set\n")
        let missing = shell.execute("echo ${U:?not given} never")
        #expect(missing.stderr == "shipyard: U: not given\n" && missing.stdout.isEmpty && missing.status == 1)
        #expect(shell.execute("echo ${1x}").stderr == "shipyard: ${1x}: bad substitution\n")
    }

    /// A command typed over several lines is one line of history where bash's cmdhist makes it one.
    @Test func multilineHistoryEntries() {
        #expect(ShellSession.historyEntry(lines: ["for i in 0 1", "do", "  echo \"web-$i\"", "done"])
            == "for i in 0 1; do echo \"web-$i\"; done")
        #expect(ShellSession.historyEntry(lines: ["for i in 0 1; do", "echo $i |", "grep 1", "done"])
            == "for i in 0 1; do echo $i | grep 1; done")
        #expect(ShellSession.historyEntry(lines: ["kubectl get pods &&", "echo ok"]) == "kubectl get pods && echo ok")
        // Newlines that mean something stay.
        #expect(ShellSession.historyEntry(lines: ["cat <<EOF", "a: 1", "EOF"]) == "cat <<EOF\na: 1\nEOF")
        #expect(ShellSession.historyEntry(lines: ["echo 'two", "lines'"]) == "echo 'two\nlines'")
        #expect(ShellSession.historyEntry(lines: ["kubectl get \\", "  pods"]) == "kubectl get \\\n  pods")
    }

    /// Background jobs as bash keeps them: `[N] PID` when one starts, numbered from one past
    /// the highest still listed, `+` and `-` on the newest two, and a notice before the next
    /// prompt when one ends.
    @Test func backgroundJobs() {
        let shell = session()
        let started = shell.execute("echo hi &")
        #expect(started.stdout == "hi\n")
        #expect(started.stderr == "[1] 4255\n[1]+  Done                    echo hi\n")
        #expect(shell.execute("echo $!").stdout == "4255\n")
        #expect(shell.execute("false &").stderr == "[1] 4279\n[1]+  Exit 1                  false\n")
        #expect(shell.execute("jobs").combined == "")
        #expect(shell.execute("kill %1").stderr == "shipyard: kill: %1: no such job\n")
        #expect(shell.execute("kill abc").stderr == "shipyard: kill: abc: arguments must be process or job IDs\n")
        #expect(shell.execute("kill -FOO %1").stderr == "shipyard: kill: FOO: invalid signal specification\n")
        #expect(shell.execute("kill").status == 2)
    }

    /// Curl on the learner's machine: a local port nothing listens on refuses; cluster names
    /// do not resolve; the internet is not simulated.
    @Test func hostCurl() {
        let shell = session()
        let refused = shell.execute("curl localhost:8080")
        #expect(refused.stderr == "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n")
        #expect(refused.status == 7)
        #expect(shell.execute("curl -s localhost").status == 7)
        #expect(shell.execute("curl example.com").stderr.contains("`example.com` is not simulated"))
        // The machine's resolver knows nothing of the cluster's names.
        #expect(shell.execute("curl web").stderr == "curl: (6) Could not resolve host: web\n")
        #expect(shell.execute("curl web.default.svc.cluster.local").status == 6)
    }

    @Test func pipesIntoFilters() {
        let shell = session()
        #expect(shell.execute("printf 'b\\na\\nc\\n' | sort").stdout == "a\nb\nc\n")
        #expect(shell.execute("printf 'b\\na\\nc\\n' | sort -r | head -n 1").stdout == "c\n")
        #expect(shell.execute("printf 'x\\ny\\nx\\n' | grep -c x").stdout == "2\n")
        #expect(shell.execute("printf 'x\\ny\\n' | grep -v x").stdout == "y\n")
        #expect(shell.execute("printf 'Ab\\nab\\n' | grep -i AB | wc -l").stdout == "2\n")
        #expect(shell.execute("printf '1\\n2\\n3\\n' | tail -n 2").stdout == "2\n3\n")
        #expect(shell.execute("echo pod/web-1 | cut -d/ -f2").stdout == "web-1\n")
        #expect(shell.execute("printf 'a:b:c\\nnone\\n' | cut -d: -f1,3-").stdout == "a:c\nnone\n")
        #expect(shell.execute("echo abcdef | cut -c 2-4").stdout == "bcd\n")
        #expect(shell.execute("printf abc | base64 -w0").stdout == "YWJj")
        #expect(shell.execute("printf abcd | base64 -w 2").stdout == "YW\nJj\nZA\n==\n")
        #expect(shell.execute("printf 'a|b\\n' | grep -E 'a|c'").stdout == "a|b\n")
        #expect(shell.execute("echo abc | grep nothing").status == 1)
        #expect(shell.execute("printf 'b\\na\\nb\\nb\\n' | sort | uniq -c").stdout == "      1 a\n      3 b\n")
    }

    /// Each GNU tool's own words for a file that is not there (coreutils 9.1, grep 3.8).
    @Test func filtersNameAMissingFileAsGNUDoes() {
        let shell = session()
        for (line, message, status) in [("head nosuch", "head: cannot open 'nosuch' for reading: No such file or directory\n", 1),
                                        ("tail nosuch", "tail: cannot open 'nosuch' for reading: No such file or directory\n", 1),
                                        ("wc nosuch", "wc: nosuch: No such file or directory\n", 1),
                                        ("sort nosuch", "sort: cannot read: nosuch: No such file or directory\n", 2),
                                        ("cut -f1 nosuch", "cut: nosuch: No such file or directory\n", 1)] as [(String, String, Int32)] {
            let result = shell.execute(line)
            #expect(result.stderr == message)
            #expect(result.status == status)
        }
    }

    /// CRLF text (nginx's error pages, files from Windows) is cut into lines at the newline
    /// byte, each keeping its carriage return, as GNU tools and bash do.
    @Test func crlfLinesKeepTheirCarriageReturns() {
        let shell = session()
        #expect(shell.execute("printf 'a\\r\\nb\\r\\nc\\r\\n' | wc -l").stdout == "3\n")
        #expect(shell.execute("printf 'a\\r\\nb\\r\\nc\\r\\n' | head -2").stdout == "a\r\nb\r\n")
        #expect(shell.execute("printf 'a\\r\\nb\\r\\n' | tail -1").stdout == "b\r\n")
        #expect(shell.execute("printf 'a\\r\\nb\\r\\n' | grep -c b").stdout == "1\n")
        #expect(shell.execute("x=$(printf 'a\\r\\n\\n'); echo ${#x}").stdout == "2\n")
        #expect(shell.execute("x=$(printf 'a\\r\\nb\\r\\n'); printf '%s|' $x").stdout == "a\r|b\r|")
    }

    @Test func parameterLength() {
        let shell = session()
        #expect(shell.execute("y=café; echo ${#y} ${#unset} ${#}").stdout == "4 0 0\n")
        let bad = shell.execute("echo ${#1x}")
        #expect(bad.stderr == "shipyard: ${#1x}: bad substitution\n")
    }

    /// Lines of context as GNU grep prints them: `-` after the number of a context line, and
    /// `--` between groups that do not run on; a match inside the context extends it.
    @Test func grepPrintsContext() {
        let shell = session()
        let text = "printf 'a\\nm1\\nb\\nc\\nd\\nm2\\nm3\\ne\\n'"
        #expect(shell.execute("\(text) | grep -A1 m").stdout == "m1\nb\n--\nm2\nm3\ne\n")
        #expect(shell.execute("\(text) | grep -n -B1 m1").stdout == "1-a\n2:m1\n")
        #expect(shell.execute("\(text) | grep -C 1 m2").stdout == "d\nm2\nm3\n")
        #expect(shell.execute("\(text) | grep --after-context=0 m").stdout == "m1\n--\nm2\nm3\n")
        #expect(shell.execute("\(text) | grep -c -A5 m").stdout == "3\n")
        let bad = shell.execute("\(text) | grep -B -1 m")
        #expect(bad.status == 2 && bad.stderr == "grep: -1: invalid context length argument\n")
        #expect(shell.execute("\(text) | grep m -A").stderr.hasPrefix("grep: option requires an argument -- 'A'\n"))
    }

    /// `-m N` stops after N selected lines, as GNU grep 3.8 does (checked on this machine):
    /// the last one's trailing context still prints, `-c` counts at most N, a negative N is no
    /// limit, and `-m 0` selects nothing.
    @Test func grepStopsAfterMaxCount() {
        let shell = session()
        let text = "printf 'a1\\nb\\na2\\nc\\na3\\n'"
        #expect(shell.execute("\(text) | grep -m1 a").stdout == "a1\n")
        #expect(shell.execute("\(text) | grep -m 2 a").stdout == "a1\na2\n")
        #expect(shell.execute("\(text) | grep -m1 -A1 a").stdout == "a1\nb\n")
        #expect(shell.execute("\(text) | grep -c -m2 a").stdout == "2\n")
        #expect(shell.execute("\(text) | grep -m -1 a").stdout == "a1\na2\na3\n")
        #expect(shell.execute("\(text) | grep -m0 a").status == 1)
        #expect(shell.execute("\(text) | grep -m x a").stderr == "grep: invalid max count\n")
    }

    @Test func commandSubstitution() {
        let shell = session()
        #expect(shell.execute("export N=$(echo 3); echo \"n=$N\"").stdout == "n=3\n")
        #expect(shell.execute("echo $(printf 'a\\nb\\n')").stdout == "a b\n")
        #expect(shell.execute("echo \"$(printf 'a\\nb\\n')\"").stdout == "a\nb\n")
    }

    @Test func filesAndRedirections() {
        let shell = session()
        #expect(shell.execute("echo one > f.txt; echo two >> f.txt; cat f.txt").stdout == "one\ntwo\n")
        #expect(shell.execute("wc -l < f.txt").stdout == "2\n")
        #expect(shell.execute("cat <<EOF > g.txt\nhome=$HOME\nEOF\ncat g.txt").stdout == "home=/home/learner\n")
        #expect(shell.execute("mkdir d; cd d; pwd").stdout == "/home/learner/d\n")
        #expect(shell.execute("cat missing").combined == "cat: missing: No such file or directory\n")
        #expect(shell.execute("kubectl get nope 2>&1 | grep -c server").stdout == "1\n")
    }

    @Test func unknownCommands() {
        let result = session().execute("frobnicate --now")
        #expect(result.status == 127)
        #expect(result.stderr == "shipyard: frobnicate: command not found\nType `help` to see what Shipyard can run.\n")
    }

    @Test func sleepAdvancesTheSimulatedClock() {
        let shell = session()
        let before = shell.world.simulation.now
        _ = shell.execute("sleep 5m")
        #expect(shell.world.simulation.now - before == .seconds(Int64(301)))
        #expect(shell.execute("sleep soon").status == 1)
    }

    /// GNU grep's `-e A -e B`: a line matches if any pattern does.
    @Test func grepTakesSeveralPatterns() {
        #expect(session().execute("printf 'a\\nb\\nc\\n' | grep -e a -e c").stdout == "a\nc\n")
    }

    @Test func exitStopsTheSession() {
        let shell = session()
        _ = shell.execute("exit 3")
        #expect(shell.exitStatus == 3)
    }

    @Test func promptShowsTheContext() {
        #expect(session().prompt == "shipyard (sandbox) $ ")
    }

    @Test func completion() {
        let shell = session()
        #expect(shell.complete("kub").candidates == ["kubectl"])
        #expect(shell.complete("kubectl get no").candidates.contains("nodes"))
        #expect(shell.complete("kubectl get nodes node0").candidates == ["node01", "node02"])
        #expect(shell.complete("kubectl get pods -n kube-system etcd").candidates == ["etcd-controlplane"])
        #expect(shell.complete("kubectl port-forward -n kube-system etcd").candidates == ["etcd-controlplane"])
        #expect(shell.complete("kubectl exec -n kube-system deploy/core").candidates == ["deploy/coredns"])
        #expect(shell.complete("kubectl rollout sta").candidates == ["status"])
        #expect(shell.complete("for i in 0 1; do kub").candidates == ["kubectl"])
        #expect(shell.complete("for n in node01; do kubectl get nodes node0").candidates == ["node01", "node02"])
        #expect(shell.complete("kubectl set e").candidates == ["env"])
        #expect(shell.complete("kubectl rollout status deployment -n kube-system co").candidates == ["coredns"])
        #expect(shell.complete("kubectl edit deploy").candidates.contains("deployments"))
        #expect(shell.complete("aws ecs list-cl").candidates == ["list-clusters"])
        _ = shell.execute("aws ecs create-cluster --cluster-name demo")
        #expect(shell.complete("aws ecs describe-clusters --clusters d").candidates == ["demo"])
        #expect(shell.complete("docker pu").candidates == ["pull", "push"])
        _ = shell.execute("docker pull -q busybox:1.36; mkdir site")
        #expect(shell.complete("docker tag bu").candidates == ["busybox:1.36"])
        #expect(shell.complete("docker build si").candidates == ["site/"])
    }
}
