import JSONValue

/// `kubectl describe pod` (kubectl `describePod`).
enum PodDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let pod = ctx.object, md = ctx.metadata, spec = ctx.spec, status = ctx.status
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        if spec["priority"].isSet { w.write(0, "Priority:\t\(spec["priority"].num)\n") }
        if !spec["priorityClassName"].str.isEmpty { w.write(0, "Priority Class Name:\t\(spec["priorityClassName"].str)\n") }
        if !spec["runtimeClassName"].str.isEmpty { w.write(0, "Runtime Class Name:\t\(spec["runtimeClassName"].str)\n") }
        if !spec["serviceAccountName"].str.isEmpty { w.write(0, "Service Account:\t\(spec["serviceAccountName"].str)\n") }
        if spec["nodeName"].str.isEmpty {
            w.write(0, "Node:\t<none>\n")
        } else {
            w.write(0, "Node:\t\(spec["nodeName"].str)/\(status["hostIP"].str)\n")
        }
        if status["startTime"].isSet { w.write(0, "Start Time:\t\(CommonPrinters.date(status["startTime"]))\n") }
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        let phase = status["phase"].str
        if md["deletionTimestamp"].isSet, phase != "Failed", phase != "Succeeded" {
            w.write(0, "Status:\tTerminating (lasts \(ctx.age(md["deletionTimestamp"])))\n")
            w.write(0, "Termination Grace Period:\t\(md["deletionGracePeriodSeconds"].num)s\n")
        } else {
            w.write(0, "Status:\t\(phase)\n")
        }
        if !status["reason"].str.isEmpty { w.write(0, "Reason:\t\(status["reason"].str)\n") }
        if !status["message"].str.isEmpty { w.write(0, "Message:\t\(status["message"].str)\n") }
        let seccomp = spec["securityContext"]["seccompProfile"]
        if seccomp.isSet {
            w.write(0, "SeccompProfile:\t\(seccomp["type"].str)\n")
            if seccomp["type"].str == "Localhost" {
                w.write(0, "LocalhostProfile:\t\(seccomp["localhostProfile"].str)\n")
            }
        }
        w.write(0, "IP:\t\(status["podIP"].str)\n")
        let ips = status["podIPs"].items
        if ips.isEmpty {
            w.write(0, "IPs:\t<none>\n")
        } else {
            w.write(0, "IPs:\n")
            for ip in ips { w.write(1, "IP:\t\(ip["ip"].str)\n") }
        }
        let controlledBy = CommonPrinters.controlledBy(pod)
        if !controlledBy.isEmpty { w.write(0, "Controlled By:\t\(controlledBy)\n") }
        if !status["nominatedNodeName"].str.isEmpty { w.write(0, "NominatedNodeName:\t\(status["nominatedNodeName"].str)\n") }
        if spec["resources"].isSet {
            w.write(0, "Resources:\n")
            Containers.resources(spec["resources"], w, level: 1)
        }
        if !spec["initContainers"].items.isEmpty {
            Containers.describe("Init Containers", spec["initContainers"].items, statuses: status["initContainerStatuses"].items, pod: pod, w, space: "")
        }
        Containers.describe("Containers", spec["containers"].items, statuses: status["containerStatuses"].items, pod: pod, w, space: "")
        let ephemeral = spec["ephemeralContainers"].items
        if !ephemeral.isEmpty {
            Containers.describe("Ephemeral Containers", ephemeral, statuses: status["ephemeralContainerStatuses"].items, pod: pod, w, space: "")
        }
        let gates = spec["readinessGates"].items
        if !gates.isEmpty {
            w.write(0, "Readiness Gates:\n  Type\tStatus\n")
            for g in gates {
                let type = g["conditionType"].str
                let s = status["conditions"].items.first { $0["type"].str == type }.map { $0["status"].str } ?? "<none>"
                w.write(1, "\(type) \t\(s) \n")
            }
        }
        let conditions = status["conditions"].items
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\n")
            for c in conditions { w.write(1, "\(c["type"].str) \t\(c["status"].str) \n") }
        }
        Volumes.describe(spec["volumes"].items, w, space: "")
        w.write(0, "QoS Class:\t\(ResourceMath.qosClass(pod))\n")
        CommonPrinters.labels(w, "Node-Selectors", spec["nodeSelector"])
        CommonPrinters.tolerations(w, "Tolerations", spec["tolerations"].items)
        TopologySpread.describe(spec["topologySpreadConstraints"].items, w, space: "")
        ctx.events(w)
    }
}
