@testable import ContainerImages
import SimCore
import Testing

/// `ps` in a container: busybox's applet and procps-ng 4's, over the processes the caller
/// says run there.
@Suite struct ContainerPsTests {
    static let started = SimTime(milliseconds: 1_767_225_600_000)  // 2026-01-01T00:00:00Z

    func run(_ line: String, busybox: Bool = false, tty: Bool = false, shell: ContainerExecContext.RunningProcess? = nil,
             lacks: Set<String> = []) -> (String, ContainerExit) {
        var context = ContainerExecContext(hostname: "box", workingDirectory: "/", environment: [], files: [:],
                                           directories: ["/": []], now: Self.started + SimDuration.seconds(Int64(90)), busybox: busybox,
                                           tty: tty, lacks: lacks)
        context.processes = [.init(pid: 1, arguments: ["sleep", "3600"], startedAt: Self.started)] + (shell.map { [$0] } ?? [])
        context.pid = 13
        context.parentPID = shell?.pid ?? 0
        var process = ContainerProcess(context: context)
        let exit = ContainerShell.run(commandLine: line, in: &process)
        return (process.output, exit)
    }

    @Test func busyboxPrintsOneFormatWhateverItIsAsked() {
        let expected = """
            PID   USER     TIME  COMMAND
                1 root      0:00 sleep 3600
               13 root      0:00 ps aux

            """
        #expect(run("ps aux", busybox: true) == (expected, .exited(0)))
        #expect(run("ps -ef", busybox: true).0.hasSuffix("   13 root      0:00 ps -ef\n"))
        guard case .unsupported = run("ps -o pid", busybox: true).1 else {
            Issue.record("-o is not simulated and must say so")
            return
        }
    }

    @Test func procpsShowsTheProcessesOnItsOwnTerminal() {
        // No terminal: those without one (the main process and ps).
        #expect(run("ps").0 == """
                PID TTY          TIME CMD
                  1 ?        00:00:00 sleep
                 13 ?        00:00:00 ps

            """)
        // In `kubectl exec -it … -- bash`: the shell and ps, on pts/0.
        let bash = ContainerExecContext.RunningProcess(pid: 7, arguments: ["bash"], startedAt: Self.started,
                                                        terminal: "pts/0")
        #expect(run("ps", tty: true, shell: bash).0 == """
                PID TTY          TIME CMD
                  7 pts/0    00:00:00 bash
                 13 pts/0    00:00:00 ps

            """)
        #expect(run("ps -ef", tty: true, shell: bash).0 == """
            UID          PID    PPID  C STIME TTY          TIME CMD
            root           1       0  0 00:00 ?        00:00:00 sleep 3600
            root           7       0  0 00:00 pts/0    00:00:00 bash
            root          13       7  0 00:01 pts/0    00:00:00 ps -ef

            """)
    }

    @Test func procpsUserFormat() {
        #expect(run("ps aux").0 == """
            USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
            root           1  0.0  0.0   2484  1280 ?        Ss   00:00   0:00 sleep 3600
            root          13  0.0  0.0   8100  4096 ?        Rs   00:01   0:00 ps aux

            """)
        guard case .unsupported = run("ps -o pid,cmd").1 else {
            Issue.record("-o is not simulated and must say so")
            return
        }
    }

    @Test func aProgramTheImageLacksIsNotFound() {
        #expect(run("sh -c 'ps; echo $?'", lacks: ["ps"]) == ("sh: 1: ps: not found\n127\n", .exited(0)))
        #expect(run("sh -c ps", busybox: true, lacks: ["ps"]) == ("sh: ps: not found\n", .exited(127)))
    }

    @Test func withoutAProcessTableItSaysSo() {
        var process = ContainerProcess(context: ContainerExecContext(
            hostname: "task", workingDirectory: "/", environment: [], files: [:], directories: [:], now: Self.started))
        guard case .unsupported = ContainerShell.run(commandLine: "ps", in: &process) else {
            Issue.record("ps with no process table must say it knows none")
            return
        }
    }
}
