import SimCore

/// What kubectl prints when nothing answers where it connects (no kubeconfig, a context without
/// its cluster, a node without kubectl's config): its default server, localhost:8080, refuses,
/// and first klog logs each API discovery that failed — how many depends on the command, as
/// kubectl v1.32 makes them — then the refusal.
enum ServerUnreachable {
    static let refusal = "The connection to the server localhost:8080 was refused - did you specify the right host or port?"

    /// Commands whose failed discoveries kubectl v1.32 logs, and how many (`get` adds one per
    /// type named).
    static let attempts: [String: Int] = [
        "describe": 5, "delete": 5, "label": 5, "annotate": 5, "expose": 5, "autoscale": 5, "edit": 5,
        "logs": 4, "exec": 4, "attach": 4, "rollout": 4, "wait": 4, "cordon": 4, "uncordon": 4, "drain": 4,
        "scale": 4, "set": 4, "port-forward": 4, "taint": 2, "explain": 2, "run": 1,
    ]

    static func discoveries(command: String, arguments: [String]) -> Int {
        guard command == "get" else { return attempts[command] ?? 0 }
        // `get pods,svc` looks each type up; `get pod/web` finds its type another way.
        guard let types = arguments.first, !types.contains("/") else { return 4 }
        return 4 + types.split(separator: ",").count
    }

    /// The whole message: the klog lines (stamped with the simulated time, a process ID of the
    /// run's own) and the refusal.
    static func message(command: String, arguments: [String], now: SimTime, random: RandomStream) -> String {
        let count = discoveries(command: command, arguments: arguments)
        guard count > 0 else { return refusal }
        let pid = random.int(in: 2000...60000)
        var micros = Int(now.milliseconds % 1000) * 1000 + random.int(in: 0...999)
        let calendar = CalendarTime(now)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let pidText = String(repeating: " ", count: max(0, 7 - String(pid).count)) + String(pid)
        var lines: [String] = []
        for _ in 0..<count {
            micros += random.int(in: 1400...2700)
            let stamp = "\(two(calendar.month))\(two(calendar.day)) \(two(calendar.hour)):\(two(calendar.minute)):\(two(calendar.second))"
                + "." + String(repeating: "0", count: 6 - String(min(micros, 999_999)).count) + String(min(micros, 999_999))
            lines.append("E\(stamp) \(pidText) memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: Get \\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection refused\"")
        }
        return (lines + [refusal]).joined(separator: "\n")
    }
}

extension Kubectl {
    /// What `kubectl ARGUMENTS` prints where it has no kubeconfig at all (on a worker node).
    public func unreachable(_ arguments: [String]) -> String {
        var words: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument.hasPrefix("-") {
                if Self.globalFlagsTakingValue.contains(argument) { index += 1 }
                continue
            }
            words.append(argument)
        }
        return ServerUnreachable.message(command: words.first ?? "", arguments: Array(words.dropFirst()),
                                         now: world.simulation.now, random: world.simulation.random.stream("kubectl-pids"))
    }
}
