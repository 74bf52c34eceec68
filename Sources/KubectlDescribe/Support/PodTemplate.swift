import JSONValue

/// `DescribePodTemplate`: the `Pod Template:` block of Deployments, ReplicaSets, DaemonSets,
/// StatefulSets, Jobs and CronJobs. Containers print without statuses, and `fieldRef` env
/// values print empty (kubectl has no pod to resolve them against).
enum PodTemplate {
    static func describe(_ template: JSON, _ w: DescribeWriter) {
        w.write(0, "Pod Template:\n")
        let md = template["metadata"], spec = template["spec"]
        CommonPrinters.labels(w, "  Labels", md["labels"])
        if !md["annotations"].isEmptyMap {
            CommonPrinters.annotations(w, "  Annotations", md["annotations"])
        }
        if !spec["serviceAccountName"].str.isEmpty {
            w.write(1, "Service Account:\t\(spec["serviceAccountName"].str)\n")
        }
        if !spec["initContainers"].items.isEmpty {
            Containers.describe("Init Containers", spec["initContainers"].items, statuses: nil, pod: nil, w, space: "  ")
        }
        Containers.describe("Containers", spec["containers"].items, statuses: nil, pod: nil, w, space: "  ")
        Volumes.describe(spec["volumes"].items, w, space: "  ")
        TopologySpread.describe(spec["topologySpreadConstraints"].items, w, space: "  ")
        if !spec["priorityClassName"].str.isEmpty {
            w.write(1, "Priority Class Name:\t\(spec["priorityClassName"].str)\n")
        }
        CommonPrinters.labels(w, "  Node-Selectors", spec["nodeSelector"])
        CommonPrinters.tolerations(w, "  Tolerations", spec["tolerations"].items)
    }
}

/// `describeTopologySpreadConstraints`: sorted by topology key, one per line.
enum TopologySpread {
    static func describe(_ constraints: [JSON], _ w: DescribeWriter, space: String) {
        guard !constraints.isEmpty else { return }
        let sorted = CommonPrinters.goSorted(constraints) { goLess($0["topologyKey"].str, $1["topologyKey"].str) }
        w.write(0, "\(space)Topology Spread Constraints:\t")
        for (i, c) in sorted.enumerated() {
            if i != 0 {
                w.write(0, space)
                w.write(0, "\t")
            }
            var line = "\(c["topologyKey"].str):\(c["whenUnsatisfiable"].str) when max skew \(c["maxSkew"].num) is exceeded"
            if c["labelSelector"].isSet {
                line += " for selector \(Selectors.formatted(c["labelSelector"]))"
            }
            w.write(0, line + "\n")
        }
    }
}
