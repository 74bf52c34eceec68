import JSONValue

/// Helpers shared by the workload describers (ReplicaSet, DaemonSet, StatefulSet, Deployment).
enum Workloads {
    /// `getPodStatusForController`: pods matching the selector *and* controlled by `uid`,
    /// counted by phase (Running, Pending, Succeeded, Failed).
    static func podCounts(_ ctx: DescribeContext, selector: String) -> (running: Int, waiting: Int, succeeded: Int, failed: Int) {
        let uid = ctx.metadata["uid"].str
        var r = 0, wt = 0, s = 0, f = 0
        for pod in ctx.related("pods", namespace: ctx.namespace, labels: selector) {
            guard let ref = CommonPrinters.controllerRef(pod), ref["uid"].str == uid else { continue }
            switch pod["status"]["phase"].str {
            case "Running": r += 1
            case "Pending": wt += 1
            case "Succeeded": s += 1
            case "Failed": f += 1
            default: break
            }
        }
        return (r, wt, s, f)
    }

    static func podsStatusLine(_ c: (running: Int, waiting: Int, succeeded: Int, failed: Int)) -> String {
        "\(c.running) Running / \(c.waiting) Waiting / \(c.succeeded) Succeeded / \(c.failed) Failed"
    }

    /// `Conditions:` table of Deployments and ReplicaSets (`Type \tStatus\tReason`).
    static func conditions(_ conditions: [JSON], _ w: DescribeWriter) {
        guard !conditions.isEmpty else { return }
        w.write(0, "Conditions:\n  Type\tStatus\tReason\n")
        w.write(1, "----\t------\t------\n")
        for c in conditions {
            w.write(1, "\(c["type"].str) \t\(c["status"].str)\t\(c["reason"].str)\n")
        }
    }

    /// `intstr.IntOrString.String()`.
    static func intOrString(_ v: JSON) -> String {
        switch v {
        case .string(let s): return s
        default: return String(v.num)
        }
    }
}
