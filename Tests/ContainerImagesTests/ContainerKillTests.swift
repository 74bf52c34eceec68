@testable import ContainerImages
import SimCore
import Testing

/// `kill` in a container: which signals reach PID 1 is the caller's to decide; the words for
/// what goes wrong are each tool's.
@Suite struct ContainerKillTests {
    final class Received: @unchecked Sendable { var signals: [String] = [] }

    func run(_ line: String, busybox: Bool = false, shell: String = "sh") -> (String, ContainerExit, [String]) {
        let received = Received()
        var context = ContainerExecContext(hostname: "box", workingDirectory: "/", environment: [], files: [:],
                                           directories: ["/": []], now: ContainerPsTests.started, busybox: busybox)
        context.processes = [.init(pid: 1, arguments: ["nginx"], startedAt: ContainerPsTests.started)]
        context.pid = 7
        context.shell = shell
        context.signalMainProcess = { signal in
            received.signals.append(signal)
            return signal == "TERM" ? 0.2 : nil
        }
        var process = ContainerProcess(context: context)
        var variables: [String: String] = [:]
        let exit = shell == "bash" ? ContainerShell.interactive(line, variables: &variables, lastStatus: 0, in: &process)
            : ContainerShell.run(commandLine: line, in: &process)
        return (process.output, exit, received.signals)
    }

    @Test func signalsByNameOrNumberReachTheMainProcess() {
        #expect(run("kill 1") == ("", .exited(0), ["TERM"]))
        #expect(run("kill -9 1").2 == ["KILL"])
        #expect(run("kill -SIGINT 1").2 == ["INT"])
        #expect(run("sh -c 'kill -s QUIT 1'").2 == ["QUIT"])
        // dash knows no SIG prefix: -SIGTERM is the options S, I, G….
        #expect(run("sh -c 'kill -SIGTERM 1; echo $?'") == ("sh: 1: kill: Illegal option -S\n2\n", .exited(0), []))
    }

    @Test func eachToolSaysNoSuchProcessItsWay() {
        #expect(run("kill 42") == ("kill: (42): No such process\n", .exited(1), []))
        #expect(run("sh -c 'kill 42'") == ("sh: 1: kill: No such process\n\n", .exited(1), []))
        #expect(run("kill 42", busybox: true) == ("kill: can't kill pid 42: No such process\n", .exited(1), []))
        #expect(run("sh -c 'kill 42'", busybox: true) == ("sh: can't kill pid 42: No such process\n", .exited(1), []))
        #expect(run("kill 42", shell: "bash") == ("bash: kill: (42) - No such process\n", .exited(1), []))
    }

    @Test func badSignalsAndPIDs() {
        #expect(run("sh -c 'kill -s FOO 1'").0 == "sh: 1: kill: invalid signal number or name: FOO\n")
        #expect(run("sh -c 'kill abc'") == ("sh: 1: kill: Illegal number: abc\n", .exited(2), []))
        #expect(run("kill -FOO 1", busybox: true) == ("kill: bad signal name 'FOO'\n", .exited(1), []))
        #expect(run("kill -FOO 1", shell: "bash") == ("bash: kill: FOO: invalid signal specification\n", .exited(1), []))
        guard case .unsupported = run("kill 7").1 else {
            Issue.record("signals to other processes than PID 1 are not simulated and must say so")
            return
        }
    }
}
