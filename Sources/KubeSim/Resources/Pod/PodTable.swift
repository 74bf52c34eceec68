import GoPorts
import JSONValue
import SimCore

/// The pod columns of `kubectl get pods`, computed as the API server's printer computes them.
enum PodTable {
    static let convertor = TableConvertor(
        columns: [
            ColumnDefinition("Name", format: "name"),
            ColumnDefinition("Ready"),
            ColumnDefinition("Status"),
            ColumnDefinition("Restarts", type: "string"),
            ColumnDefinition("Age"),
            ColumnDefinition("IP", priority: 1),
            ColumnDefinition("Node", priority: 1),
            ColumnDefinition("Nominated Node", priority: 1),
            ColumnDefinition("Readiness Gates", priority: 1),
        ],
        cells: { pod, context in
            let summary = PodSummary(pod, now: context.now)
            let ip = pod["status"]["podIPs"][0]["ip"].string ?? pod["status"]["podIP"].string ?? "<none>"
            let node = pod["spec"]["nodeName"].string ?? "<none>"
            let nominated = pod["status"]["nominatedNodeName"].string ?? "<none>"
            return [.string(pod.name), .string(summary.ready), .string(summary.status), .string(summary.restarts),
                    .string(HumanDuration.age(of: pod.creationTimestamp, now: context.now)), .string(ip),
                    .string(node), .string(nominated), .string(summary.readinessGates)]
        })
}

/// READY, STATUS and RESTARTS of a pod, by the rules of the API server's pod printer.
public struct PodSummary {
    public var ready: String
    public var status: String
    public var restarts: String
    public var readinessGates: String

    public init(_ pod: JSON, now: SimTime) {
        let spec = pod["spec"]
        let status = pod["status"]
        var reason = status["reason"].string ?? status["phase"].string ?? ""
        let containers = spec["containers"].array ?? []
        let initSpecs = spec["initContainers"].array ?? []
        var total = containers.count
        var readyCount = 0
        var restartCount = 0
        var lastRestart: SimTime?

        func noteRestart(_ container: JSON) {
            restartCount += container["restartCount"].int ?? 0
            if let finished = container["lastState"]["terminated"]["finishedAt"].string.flatMap({ SimTime(rfc3339: $0) }),
                lastRestart.map({ finished > $0 }) ?? true
            {
                lastRestart = finished
            }
        }

        let conditions = status["conditions"].array ?? []
        for condition in conditions
        where condition["type"].string == "PodScheduled" && condition["reason"].string == "SchedulingGated" {
            reason = "SchedulingGated"
        }

        // Restartable init containers (sidecars) count toward READY.
        let sidecars: Set<String> = initSpecs.isEmpty ? [] : Set(initSpecs.filter { $0["restartPolicy"].string == "Always" }
            .compactMap { $0["name"].string })
        total += sidecars.count

        var initializing = false
        let initStatuses = status["initContainerStatuses"].array ?? []
        for (i, container) in initStatuses.enumerated() {
            noteRestart(container)
            let state = container["state"]
            let name = container["name"].string ?? ""
            if let code = state["terminated"]["exitCode"].int, code == 0 { continue }
            if sidecars.contains(name), container["started"].bool == true {
                if container["ready"].bool == true { readyCount += 1 }
                continue
            }
            if !state["terminated"].isNull {
                let terminated = state["terminated"]
                if let r = terminated["reason"].string, !r.isEmpty {
                    reason = "Init:" + r
                } else if let signal = terminated["signal"].int, signal != 0 {
                    reason = "Init:Signal:\(signal)"
                } else {
                    reason = "Init:ExitCode:\(terminated["exitCode"].int ?? 0)"
                }
            } else if let r = state["waiting"]["reason"].string, !r.isEmpty, r != "PodInitializing" {
                reason = "Init:" + r
            } else {
                reason = "Init:\(i)/\(initSpecs.count)"
            }
            initializing = true
            break
        }

        let podInitialized = conditions.contains {
            $0["type"].string == "Initialized" && $0["status"].string == "True"
        }
        if !initializing || podInitialized {
            restartCount = 0
            lastRestart = nil
            for container in initStatuses where sidecars.contains(container["name"].string ?? "") {
                noteRestart(container)
            }
            var hasRunning = false
            for container in (status["containerStatuses"].array ?? []).reversed() {
                noteRestart(container)
                let state = container["state"]
                if let r = state["waiting"]["reason"].string, !r.isEmpty {
                    reason = r
                } else if !state["terminated"].isNull {
                    let terminated = state["terminated"]
                    if let r = terminated["reason"].string, !r.isEmpty {
                        reason = r
                    } else if let signal = terminated["signal"].int, signal != 0 {
                        reason = "Signal:\(signal)"
                    } else {
                        reason = "ExitCode:\(terminated["exitCode"].int ?? 0)"
                    }
                } else if container["ready"].bool == true, !state["running"].isNull {
                    hasRunning = true
                    readyCount += 1
                }
            }
            if reason == "Completed", hasRunning {
                let podReady = conditions.contains {
                    $0["type"].string == "Ready" && $0["status"].string == "True"
                }
                reason = podReady ? "Running" : "NotReady"
            }
        }

        if pod.isTerminating {
            reason = status["reason"].string == "NodeLost" ? "Unknown" : "Terminating"
        }

        ready = "\(readyCount)/\(total)"
        self.status = reason
        if restartCount > 0, let lastRestart {
            restarts = "\(restartCount) (\(HumanDuration.format(now - lastRestart)) ago)"
        } else {
            restarts = String(restartCount)
        }
        let gates = spec["readinessGates"].array ?? []
        if gates.isEmpty {
            readinessGates = "<none>"
        } else {
            let trueCount = gates.filter { gate in
                conditions.contains {
                    $0["type"].string == gate["conditionType"].string && $0["status"].string == "True"
                }
            }.count
            readinessGates = "\(trueCount)/\(gates.count)"
        }
    }
}
