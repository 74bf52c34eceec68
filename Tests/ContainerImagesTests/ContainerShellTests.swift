@testable import ContainerImages
import SimCore
import Testing

/// The programs Shipyard runs inside containers, as `kubectl exec` and ECS Exec reach them.
@Suite struct ContainerShellTests {
    let context = ContainerExecContext(
        hostname: "web-1", workingDirectory: "/app",
        environment: [(name: "PATH", value: "/usr/bin:/bin"), (name: "GREETING", value: "hi there"),
                      (name: "HOME", value: "/root")],
        files: ["/etc/hostname": "web-1\n", "/etc/hosts": "127.0.0.1 localhost\n", "/app/README": "read me\n"],
        directories: ["/": ["app", "etc"], "/app": ["README"]],
        now: SimTime(milliseconds: 1_767_225_600_000),
        http: Self.network)

    /// A small network: `web` is 10.0.0.1, which serves `/` (and `/dir/` behind nginx's
    /// redirect); 10.0.0.2 refuses, 10.0.0.3 never answers, `gone` resolves to nothing.
    static func network(_ request: ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange? {
        switch request.hostName {
        case "web", "10.0.0.1":
            let status = request.path == "/" || request.path == "/dir/" ? 200 : request.path == "/dir" ? 301 : 404
            return .answered(.init(status: status, body: "ok:\(request.path):\(request.userAgent)"), from: "10.0.0.1")
        case "10.0.0.2": return .init(address: "10.0.0.2", outcome: .refused)
        case "10.0.0.3": return .init(address: "10.0.0.3", outcome: .timedOut, milliseconds: 130_023)
        case "gone": return .unresolved
        default: return nil
        }
    }

    func run(_ line: String, busybox: Bool = false, tty: Bool = false) -> (String, ContainerExit) {
        var context = self.context
        context.busybox = busybox
        context.tty = tty
        var process = ContainerProcess(context: context)
        let exit = ContainerShell.run(commandLine: line, in: &process)
        return (process.output, exit)
    }

    @Test func shellWords() {
        #expect(ShellWords.split(#"a 'b c' "d $X" \e"#, expand: { $0 == "X" ? "x" : "" }) == ["a", "b c", "d x", "e"])
        #expect(ShellWords.split("curl $URI", expand: nil) == ["curl", "$URI"])
        #expect(ShellWords.split("echo 'open", expand: nil) == nil)
        #expect(ShellWords.statements("a; b && c || d")?.map(\.text) == ["a", " b ", " c ", " d"])
        #expect(ShellWords.statements("a | b")?.map(\.piped) == [[" b"]])
        #expect(ShellWords.statements("a < b") == nil)
    }

    @Test func redirectionsWriteFilesTheCommandCanReadBack() {
        var process = ContainerProcess(context: context)
        let script = #"sh -c 'echo one > notes; echo "$GREETING" >> /app/notes; touch empty; cat notes; ls'"#
        #expect(ContainerShell.run(commandLine: script, in: &process) == .exited(0))
        #expect(process.output == "one\nhi there\nREADME\nempty\nnotes\n")
        #expect(process.writes == [
            ContainerWrite(path: "/app/notes", content: "one\n", append: false),
            ContainerWrite(path: "/app/notes", content: "hi there\n", append: true),
            ContainerWrite(path: "/app/empty", content: "", append: false),
        ])
        #expect(ShellWords.statements("echo a > f; b")?.map { $0.redirect?.target } == [" f", nil])
        #expect(ShellWords.statements("echo a >> f")?.first?.redirect?.append == true)
        #expect(ShellWords.statements("echo a > f > g") == nil)
        #expect(ShellWords.statements("cat < f") == nil)
    }

    /// As dash: words after the file name are the command's, /dev/null keeps nothing, a `>`
    /// without a file stops the script before its line runs, and file descriptors are not
    /// simulated.
    @Test func redirectionsAsDashReadsThem() {
        var process = ContainerProcess(context: context)
        #expect(ContainerShell.run(commandLine: "sh -c 'echo > late one two; echo gone > /dev/null; cat late'",
                                   in: &process) == .exited(0))
        #expect(process.output == "one two\n")
        #expect(process.writtenFiles == ["/app/late": "one two\n"])
        #expect(run("sh -c 'echo hi >'") == ("sh: 1: Syntax error: end of file unexpected\n", .exited(2)))
        #expect(run("sh -c 'echo first; echo hi > ; ls'") == ("sh: 1: Syntax error: \";\" unexpected\n", .exited(2)))
        #expect(run("sh -c 'echo first\necho hi >\nls'") == ("first\nsh: 3: Syntax error: newline unexpected\n", .exited(2)))
        #expect(run("sh -c 'echo hi > && ls'") == ("sh: 1: Syntax error: \"&&\" unexpected\n", .exited(2)))
        #expect(ShellWords.statements("ls 2> /dev/null") == nil)
        #expect(ShellWords.statements("echo 2 > f")?.first?.redirect?.target == " f")
    }

    @Test func variablesExpandOnlyUnderShC() {
        #expect(run("echo $GREETING") == ("$GREETING\n", .exited(0)))
        #expect(run(#"sh -c 'echo "$GREETING"; echo ${HOME}'"#) == ("hi there\n/root\n", .exited(0)))
        #expect(run("sh -c 'false && echo no || echo yes'") == ("yes\n", .exited(0)))
        #expect(run("sh -c 'echo \"open'") == ("sh: 1: Syntax error: Unterminated quoted string\n", .exited(2)))
        #expect(run("echo 'open") == ("", .unsupported("Failed to parse commands input: EOF found when expecting closing quote")))
    }

    /// `$(command)` runs the command first: its output, less final newlines, is one word in
    /// double quotes and split at whitespace outside them, and stays text (not script).
    @Test func commandSubstitutionRunsTheCommandFirst() {
        #expect(run(#"sh -c 'echo "$(pwd)" > where; cat where'"#) == ("/app\n", .exited(0)))
        #expect(run(#"sh -c 'echo [$(echo "a   b")] "[$(echo "a   b")]"'"#) == ("[a b] [a   b]\n", .exited(0)))
        #expect(run(#"sh -c 'echo "$(echo "\$HOME" ; echo x)"'"#) == ("$HOME\nx\n", .exited(0)))
        #expect(run(#"sh -c 'echo "$(echo "(")"'"#) == ("(\n", .exited(0)))
        #expect(run(#"sh -c 'echo $((1 + 2)) "$(echo $((2 * 3)))"'"#) == ("3 6\n", .exited(0)))
        guard case .unsupported = run(#"sh -c 'echo "$(top)"'"#).1 else {
            Issue.record("a substitution ran what Shipyard does not simulate")
            return
        }
    }

    /// dash's `for`: once per word after expansion, nested, the variable kept after the loop,
    /// its output piped or redirected as one command's, and dash's syntax errors.
    @Test func forLoops() {
        #expect(run(#"sh -c 'for i in 1 2; do echo "web-$i"; done'"#) == ("web-1\nweb-2\n", .exited(0)))
        #expect(run(#"sh -c 'for w in $(echo a b) "c d"; do echo "[$w]"; done; echo "last $w"'"#)
            == ("[a]\n[b]\n[c d]\nlast c d\n", .exited(0)))
        #expect(run("sh -c 'for i in 1 2\ndo\n  for j in x y; do echo -n $i$j; done\ndone'") == ("1x1y2x2y", .exited(0)))
        #expect(run(#"sh -c 'for i in 3 1 2; do echo $i; done | grep -v 1 > kept; cat kept'"#) == ("3\n2\n", .exited(0)))
        #expect(run(#"sh -c 'for i in; do echo never; done; echo "status $?"'"#) == ("status 0\n", .exited(0)))
        #expect(run(#"sh -c 'false && for i in 1; do echo never; done; echo $?'"#) == ("1\n", .exited(0)))
        #expect(run(#"sh -c 'for i in 1 2; do echo $i; exit 3; done; echo never'"#) == ("1\n", .exited(3)))
        #expect(run(#"sh -c 'for i in $(seq 1 3); do echo "request $i"; done'"#)
            == ("request 1\nrequest 2\nrequest 3\n", .exited(0)))
        for (script, message) in [
            ("for i in 1 2; do done", #"sh: 1: Syntax error: "done" unexpected"#),
            ("for i on 1; do echo; done", #"sh: 1: Syntax error: word unexpected (expecting "do")"#),
            ("for i in 1 2; echo; done", #"sh: 1: Syntax error: word unexpected (expecting "do")"#),
            ("for 1x in a; do echo; done", "sh: 1: Syntax error: Bad for loop variable"),
            ("for i in 1 2; do echo $i", #"sh: 1: Syntax error: end of file unexpected (expecting "done")"#),
            ("echo; done", #"sh: 1: Syntax error: "done" unexpected"#),
        ] {
            #expect(run("sh -c '\(script)'") == (message + "\n", .exited(2)), "\(script)")
        }
        // Nesting is bounded: a pasted monster is refused, not a stack overflow.
        let substitutions = String(repeating: "$(echo ", count: 3_000) + "x" + String(repeating: ")", count: 3_000)
        #expect(run("sh -c 'echo \(substitutions)'").1 == .unsupported("Shipyard's shell in containers runs $(…) nested at most 16 deep."))
        let deep = String(repeating: "for i in 1; do ", count: 10_000) + "echo deep" + String(repeating: "; done", count: 10_000)
        #expect(run("sh -c '\(deep)'") == ("sh: 1: Shipyard's shell in containers runs loops and ifs nested at most 64 deep\n", .exited(2)))
        let allowed = String(repeating: "for i in 1; do ", count: 64) + "echo deep" + String(repeating: "; done", count: 64)
        #expect(run("sh -c '\(allowed)'") == ("deep\n", .exited(0)))
    }

    /// dash's `while`, `until`, `if`, `break` and `continue`, with variables and `$((…))`: the
    /// counting loops scripts write, and dash's syntax errors.
    @Test func whileLoopsAndIfs() {
        #expect(run(#"sh -c 'i=0; while [ $i -lt 3 ]; do echo $i; i=$((i + 1)); done; echo "end $i"'"#)
            == ("0\n1\n2\nend 3\n", .exited(0)))
        #expect(run(#"sh -c 'until [ ${n:-0} -ge 2 ]; do n=$((n+1)); echo n$n; done'"#) == ("n1\nn2\n", .exited(0)))
        #expect(run(#"sh -c 'for a in 1 2; do for b in x y; do [ $b = y ] && break 2; echo $a$b; done; done'"#)
            == ("1x\n", .exited(0)))
        #expect(run(#"sh -c 'for a in 1 2 3; do [ $a = 2 ] && continue; echo $a; done'"#) == ("1\n3\n", .exited(0)))
        #expect(run(#"sh -c 'if [ -f /etc/hostname ]; then echo yes; else echo no; fi'"#) == ("yes\n", .exited(0)))
        #expect(run(#"sh -c 'if false; then echo 1; elif [ a != a ]; then echo 2; else echo 3; fi | wc -l'"#)
            == ("1\n", .exited(0)))
        #expect(run(#"sh -c 'if false; then echo never; fi; echo "status $?"'"#) == ("status 0\n", .exited(0)))
        #expect(run(#"sh -c 'break; echo "outside a loop, break does nothing"'"#)
            == ("outside a loop, break does nothing\n", .exited(0)))
        // A loop that waits for Ctrl-C is stopped after its rounds.
        #expect(run(#"sh -c 'while true; do :; done'"#).1 == .exited(130))
        for (script, message) in [
            ("while true; done", #"sh: 1: Syntax error: "done" unexpected (expecting "do")"#),
            ("if true; fi", #"sh: 1: Syntax error: "fi" unexpected (expecting "then")"#),
            ("if true; then fi", #"sh: 1: Syntax error: "fi" unexpected"#),
            ("while true; do echo", #"sh: 1: Syntax error: end of file unexpected (expecting "done")"#),
            ("if true; then echo", #"sh: 1: Syntax error: end of file unexpected (expecting "fi")"#),
            ("break 0", "sh: 1: break: Illegal number: 0"),
            ("[ 1 -lt x ]", "sh: 1: [: Illegal number: x"),
            ("[ 1 -lt 2", "sh: 1: [: missing ]"),
            ("echo $((1/0)); echo never", #"sh: 1: arithmetic expression: division by zero: "1/0""#),
        ] {
            #expect(run("sh -c '\(script)'") == (message + "\n", .exited(2)), "\(script)")
        }
    }

    /// `sleep` hands its wait to whoever runs the command (the cluster's clock goes on), and
    /// the command's own clock moves with it; a container gone meanwhile ends the script.
    @Test func sleepLetsTheClockGoOn() {
        final class Clock: @unchecked Sendable {
            var waits: [Double] = []
            var stopsAfter = Double.infinity
        }
        let clock = Clock()
        var context = self.context
        context.sleep = { seconds in
            clock.waits.append(seconds)
            return clock.waits.reduce(0, +) < clock.stopsAfter
        }
        var process = ContainerProcess(context: context)
        #expect(ContainerShell.run(commandLine: "sh -c 'date; sleep 1.5; sleep 1m 30s; date'", in: &process) == .exited(0))
        #expect(process.output == "Thu Jan  1 00:00:00 UTC 2026\nThu Jan  1 00:01:31 UTC 2026\n")
        #expect(clock.waits == [1.5, 90])
        clock.stopsAfter = 100
        var stopped = ContainerProcess(context: context)
        #expect(ContainerShell.run(commandLine: "sh -c 'while true; do echo tick; sleep 5; done'", in: &stopped) == .exited(137))
        #expect(stopped.output == "tick\ntick\n")
        var wrong = ContainerProcess(context: context)
        #expect(ContainerShell.run(commandLine: "sleep", in: &wrong) == .exited(1))
        #expect(wrong.output == "sleep: missing operand\nTry 'sleep --help' for more information.\n")
        // Without a clock to move (an exec probe), `sleep` is not simulated.
        guard case .unsupported = run("sleep 1").1 else {
            Issue.record("sleep ran without a clock")
            return
        }
    }

    @Test func seqCountsInWholeNumbers() {
        #expect(run("seq 3") == ("1\n2\n3\n", .exited(0)))
        #expect(run("seq 2 4") == ("2\n3\n4\n", .exited(0)))
        #expect(run("seq 5 -2 1") == ("5\n3\n1\n", .exited(0)))
        #expect(run("seq 5 1") == ("", .exited(0)))
        // No count overflows, and none runs away.
        for arguments in ["0 9223372036854775807", "-9223372036854775808 9223372036854775807", "1 0 3", "1.5", "x", ""] {
            guard case .unsupported = run("seq \(arguments)").1 else {
                Issue.record("seq \(arguments) ran")
                continue
            }
        }
    }

    @Test func filesRelativeToTheWorkingDirectory() {
        #expect(run("pwd").0 == "/app\n")
        #expect(run("cat README ../etc/hostname") == ("read me\nweb-1\n", .exited(0)))
        #expect(run("ls") == ("README\n", .exited(0)))
        #expect(run("cat /etc") == ("cat: /etc: Is a directory\n", .exited(1)))
        #expect(run("ls /nope /app") == ("ls: cannot access '/nope': No such file or directory\n/app:\nREADME\n", .exited(2)))
        guard case .unsupported(let reason) = run("ls /etc").1 else {
            Issue.record("a partly known directory was listed")
            return
        }
        #expect(reason == "Shipyard does not list /etc in containers; the files it knows there are hostname, hosts.")
    }

    @Test func environmentAndBasics() {
        #expect(run("env").0 == "PATH=/usr/bin:/bin\nGREETING=hi there\nHOME=/root\n")
        #expect(run("printenv GREETING NOPE") == ("hi there\n", .exited(1)))
        #expect(run("date").0 == "Thu Jan  1 00:00:00 UTC 2026\n")
        #expect(run("hostname").0 == "web-1\n")
        #expect(run("echo -n a b").0 == "a b")
    }

    /// `rm` as GNU coreutils words it: the file goes for the rest of the command and for the
    /// caller to keep gone; a directory needs `-r`; `-f` says nothing of missing files.
    @Test func rmRemovesFiles() {
        var process = ContainerProcess(context: context)
        #expect(ContainerShell.run(commandLine: "sh -c 'rm README; cat README; ls'", in: &process) == .exited(0))
        #expect(process.output == "cat: README: No such file or directory\n")
        #expect(process.writes == [ContainerWrite(path: "/app/README", content: "", append: false, removes: true)])
        #expect(process.removedFiles == ["/app/README"])
        #expect(run("rm /nope") == ("rm: cannot remove '/nope': No such file or directory\n", .exited(1)))
        #expect(run("rm -f /nope") == ("", .exited(0)))
        #expect(run("rm /app") == ("rm: cannot remove '/app': Is a directory\n", .exited(1)))
        #expect(run("rm") == ("rm: missing operand\nTry 'rm --help' for more information.\n", .exited(1)))
        var recursive = ContainerProcess(context: context)
        #expect(ContainerShell.run(commandLine: "sh -c 'rm -r /app; ls /'", in: &recursive) == .exited(0))
        #expect(recursive.output == "etc\n")
        #expect(recursive.removedFiles == ["/app", "/app/README"])
        var rewritten = ContainerProcess(context: context)
        _ = ContainerShell.run(commandLine: "sh -c 'rm README; echo new > README; cat README'", in: &rewritten)
        #expect(rewritten.output == "new\n")
        #expect(rewritten.removedFiles.isEmpty)
    }

    /// Names are all Shipyard knows of a file, so `ls -l` says so rather than inventing sizes.
    @Test func lsListsNamesOnly() {
        #expect(run("ls -1 /app") == ("README\n", .exited(0)))
        #expect(run("ls -l /app").1 == .unsupported("Shipyard's ls in containers lists names only; `-l` is not simulated."))
    }

    @Test func curlReachesOnlySimulatedHosts() {
        #expect(run("curl -s 10.0.0.1") == ("ok:/:curl/7.88.1", .exited(0)))
        #expect(run("curl web:80/") == ("ok:/:curl/7.88.1", .exited(0)))
        #expect(run("curl gone") == ("curl: (6) Could not resolve host: gone\n", .exited(6)))
        #expect(run("curl http://10.0.0.2:8080/") == (
            "curl: (7) Failed to connect to 10.0.0.2 port 8080 after 0 ms: Couldn't connect to server\n", .exited(7)))
        #expect(run("curl -s 10.0.0.3") == ("", .exited(28)))
        #expect(run("curl 10.0.0.3").0
            == "curl: (28) Failed to connect to 10.0.0.3 port 80 after 130023 ms: Couldn't connect to server\n")
        // The wait is the caller's to let pass: twice for two timed-out connects.
        var process = ContainerProcess(context: context)
        _ = ContainerShell.run(commandLine: "sh -c 'curl -s 10.0.0.3; curl -s 10.0.0.3 || curl -s 10.0.0.2'", in: &process)
        #expect(process.waitedMilliseconds == 260_046)
        #expect(run("curl -sf http://10.0.0.1/x") == ("", .exited(22)))
        #expect(run("curl -f http://10.0.0.1/x") == ("curl: (22) The requested URL returned error: 404\n", .exited(22)))
        #expect(run("curl") == ("curl: try 'curl --help' or 'curl --manual' for more information\n", .exited(2)))
        #expect(run("curl -s").0 == "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
        #expect(run("curl 10.0.0.1$X") == ("curl: (3) URL using bad/illegal format or missing URL\n", .exited(3)))
        // No host, no port after the colon, a port past 65535, two ports: what curl 7.88 refuses.
        for url in [":30000", "http://:8080/", "web:", "web:99999", "web:abc", "web:80:80", "[::1"] {
            #expect(run("curl \(url)") == ("curl: (3) URL using bad/illegal format or missing URL\n", .exited(3)))
        }
        #expect(ContainerCurl.isWellFormed("[::1]:8080") && ContainerCurl.isWellFormed("web:65535"))
        guard case .unsupported = run("curl https://example.com").1 else {
            Issue.record("an unsimulated host answered")
            return
        }
    }

    @Test func busyboxWgetPrintsSavesAndFailsAsBusyboxDoes() {
        #expect(run("wget -qO- http://web", busybox: true) == ("ok:/:Wget", .exited(0)))
        #expect(run("wget -q -O - web/dir", busybox: true) == ("ok:/dir/:Wget", .exited(0)))
        let meter = "-                    100% |********************************|     9  0:00:00 ETA\n"
        #expect(run("wget -O- web", busybox: true, tty: true) == (
            "Connecting to web (10.0.0.1:80)\nwriting to stdout\nok:/:Wget" + meter + "written to stdout\n", .exited(0)))
        #expect(run("wget -O- web", busybox: true).0
            == "Connecting to web (10.0.0.1:80)\nwriting to stdout\nok:/:Wget" + meter + "\nwritten to stdout\n")
        var process = ContainerProcess(context: { var c = context; c.busybox = true; c.tty = true; return c }())
        #expect(ContainerShell.run(commandLine: "sh -c 'wget web; wget -q web'", in: &process) == .exited(1))
        #expect(process.output == """
            Connecting to web (10.0.0.1:80)
            saving to 'index.html'
            index.html           100% |********************************|     9  0:00:00 ETA
            'index.html' saved
            wget: can't open 'index.html': File exists

            """)
        #expect(process.writtenFiles == ["/app/index.html": "ok:/:Wget"])
        #expect(run("wget -q gone", busybox: true) == ("wget: bad address 'gone'\n", .exited(1)))
        #expect(run("wget -q 10.0.0.2", busybox: true)
            == ("wget: can't connect to remote host (10.0.0.2): Connection refused\n", .exited(1)))
        #expect(run("wget -qO- web/missing", busybox: true)
            == ("wget: server returned error: HTTP/1.1 404 Not Found\n", .exited(1)))
        guard case .unsupported = run("wget -qO- web").1 else {
            Issue.record("GNU wget ran as busybox's")
            return
        }
    }

    @Test func pipelinesFeedEachCommandThePreviousOnesOutput() {
        #expect(run("sh -c 'env | grep -c PATH'") == ("1\n", .exited(0)))
        #expect(run("sh -c 'cat /app/README /etc/hosts | head -n 1 | wc -c'") == ("8\n", .exited(0)))
        #expect(run("sh -c 'env | grep -i greeting | tail -1'") == ("GREETING=hi there\n", .exited(0)))
        #expect(run("sh -c 'env | grep nothing'") == ("", .exited(1)))
        #expect(run("sh -c 'env | grep -e HOME -e GREETING'") == ("GREETING=hi there\nHOME=/root\n", .exited(0)))
        #expect(run("sh -c 'env | grep -v PATH | grep -n HOME > found; cat found'") == ("2:HOME=/root\n", .exited(0)))
        #expect(run("sh -c 'echo a |'") == ("sh: 1: Syntax error: end of file unexpected\n", .exited(2)))
        // The line tools Shipyard's own shell runs, on the container's files and pipes.
        #expect(run("sh -c 'env | sort | cut -d= -f1 | uniq -c | head -n 2'")
                == ("      1 GREETING\n      1 HOME\n", .exited(0)))
        #expect(run("sort -r README /etc/hostname") == ("web-1\nread me\n", .exited(0)))
        #expect(run("uniq -Q", busybox: true).1 == .unsupported("busybox's uniq prints its usage here, which Shipyard does not keep."))
    }

    /// What GNU's tools (coreutils 9.1, grep 3.8) and busybox's (1.35) say of a file that is not there.
    @Test func filtersNameAMissingFileInTheirOwnWords() {
        #expect(run("grep x /nosuch") == ("grep: /nosuch: No such file or directory\n", .exited(2)))
        #expect(run("wc -l /nosuch") == ("wc: /nosuch: No such file or directory\n", .exited(1)))
        #expect(run("head /nosuch") == ("head: cannot open '/nosuch' for reading: No such file or directory\n", .exited(1)))
        #expect(run("tail /nosuch") == ("tail: cannot open '/nosuch' for reading: No such file or directory\n", .exited(1)))
        #expect(run("sort /nosuch") == ("sort: cannot read: /nosuch: No such file or directory\n", .exited(2)))
        #expect(run("head /nosuch", busybox: true) == ("head: /nosuch: No such file or directory\n", .exited(1)))
        #expect(run("sort /nosuch", busybox: true) == ("sort: /nosuch: No such file or directory\n", .exited(2)))
        #expect(run("uniq /nosuch", busybox: true) == ("uniq: can't open '/nosuch': No such file or directory\n", .exited(1)))
    }

    @Test func unsimulatedProgramsAndShellsSaySo() {
        guard case .unsupported(let top) = run("top").1, case .unsupported(let shell) = run("/bin/bash").1,
            case .unsupported(let pipe) = run("sh -c 'cat < /app/README'").1
        else {
            Issue.record("ran what Shipyard does not simulate")
            return
        }
        #expect(top.hasPrefix("Shipyard does not run `top` inside containers; it simulates cat, curl, cut, date, echo, env,"))
        #expect(shell.hasPrefix("Shipyard does not open interactive shells in containers;"))
        #expect(pipe.hasPrefix("Shipyard's shell in containers runs commands joined by"))
    }
}
