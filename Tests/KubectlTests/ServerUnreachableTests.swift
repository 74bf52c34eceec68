import SimCore
import Testing
@testable import Kubectl

/// localhost:8080's refusal, after as many klog lines as kubectl v1.32 prints for the command
/// (counted with the real kubectl and no kubeconfig).
@Suite struct ServerUnreachableTests {
    @Test func discoveriesPerCommand() {
        func count(_ line: String) -> Int {
            let words = line.split(separator: " ").map(String.init)
            return ServerUnreachable.discoveries(command: words[0], arguments: Array(words.dropFirst()))
        }
        #expect(count("get pods") == 5)
        #expect(count("get deploy,svc") == 6)
        #expect(count("get pods,svc,deploy") == 7)
        #expect(count("get pod/x svc/y") == 4)
        #expect(count("describe pod x") == 5)
        #expect(count("logs x") == 4)
        #expect(count("rollout status deploy/x") == 4)
        #expect(count("taint nodes n a=b:NoSchedule") == 2)
        #expect(count("run x --image=nginx") == 1)
        #expect(count("top nodes") == 0)
    }

    @Test func klogLinesThenTheRefusal() {
        let now = CalendarTime(year: 2026, month: 11, day: 29, hour: 17, minute: 51, second: 35).simTime
        let text = ServerUnreachable.message(command: "get", arguments: ["pods"], now: now,
                                             random: SeededGenerator(seed: 1).stream("pids"))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.last.map(String.init) == ServerUnreachable.refusal)
        #expect(lines[0].hasPrefix("E1129 17:51:35.00"))
        #expect(lines[0].hasSuffix(" memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: Get \\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection refused\""))
        #expect(ServerUnreachable.message(command: "top", arguments: ["nodes"], now: now,
                                          random: SeededGenerator(seed: 1).stream("pids")) == ServerUnreachable.refusal)
    }
}
