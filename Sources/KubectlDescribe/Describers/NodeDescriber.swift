import JSONValue

/// `kubectl describe node` (kubectl `describeNode`, `describeNodeLease`,
/// `describeNodeResource`).
///
/// Needs two lists from `related`: the node's non-terminated pods (all namespaces) and its
/// Lease in `kube-node-lease`.
enum NodeDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec, status = ctx.status
        let name = ctx.name
        let pods = ctx.related("pods", namespace: nil,
                               fields: "spec.nodeName=\(name),status.phase!=Succeeded,status.phase!=Failed")
        w.write(0, "Name:\t\(name)\n")
        let roles = self.roles(md["labels"])
        w.write(0, "Roles:\t\(roles.isEmpty ? "<none>" : roles.joined(separator: ","))\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        w.write(0, "CreationTimestamp:\t\(CommonPrinters.date(md["creationTimestamp"]))\n")
        CommonPrinters.taints(w, "Taints", spec["taints"].items)
        w.write(0, "Unschedulable:\t\(GoFormat.bool(spec["unschedulable"].flag))\n")

        if let lease = ctx.related("leases", namespace: "kube-node-lease", fields: "metadata.name=\(name)").first {
            let ls = lease["spec"]
            w.write(0, "Lease:\n")
            w.write(1, "HolderIdentity:\t\(ls["holderIdentity"].string ?? "<unset>")\n")
            w.write(1, "AcquireTime:\t\(ls["acquireTime"].isSet ? CommonPrinters.date(ls["acquireTime"]) : "<unset>")\n")
            w.write(1, "RenewTime:\t\(ls["renewTime"].isSet ? CommonPrinters.date(ls["renewTime"]) : "<unset>")\n")
        } else {
            w.write(0, "Lease:\tFailed to get lease: leases.coordination.k8s.io \"\(name)\" not found\n")
        }

        let conditions = status["conditions"].items
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n")
            w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
            for c in conditions {
                w.write(1, "\(c["type"].str) \t\(c["status"].str) \t\(CommonPrinters.date(c["lastHeartbeatTime"])) \t\(CommonPrinters.date(c["lastTransitionTime"])) \t\(c["reason"].str) \t\(c["message"].str)\n")
            }
        }
        w.write(0, "Addresses:\n")
        for a in status["addresses"].items {
            w.write(1, "\(a["type"].str):\t\(a["address"].str)\n")
        }
        for (key, title) in [("capacity", "Capacity"), ("allocatable", "Allocatable")] where !status[key].isEmptyMap {
            w.write(0, "\(title):\n")
            for (resource, q) in status[key].members.sorted(by: { goLess($0.key, $1.key) }) {
                w.write(0, "  \(resource):\t\((Quantity(json: q) ?? .zero).string)\n")
            }
        }
        let info = status["nodeInfo"]
        w.write(0, "System Info:\n")
        for (key, title) in [("machineID", "Machine ID"), ("systemUUID", "System UUID"), ("bootID", "Boot ID"),
                             ("kernelVersion", "Kernel Version"), ("osImage", "OS Image"),
                             ("operatingSystem", "Operating System"), ("architecture", "Architecture"),
                             ("containerRuntimeVersion", "Container Runtime Version"),
                             ("kubeletVersion", "Kubelet Version"), ("kubeProxyVersion", "Kube-Proxy Version")] {
            w.write(0, "  \(title):\t\(info[key].str)\n")
        }
        if !spec["podCIDR"].str.isEmpty { w.write(0, "PodCIDR:\t\(spec["podCIDR"].str)\n") }
        let cidrs = spec["podCIDRs"].items.map(\.str)
        if !cidrs.isEmpty { w.write(0, "PodCIDRs:\t\(cidrs.joined(separator: ","))\n") }
        if !spec["providerID"].str.isEmpty { w.write(0, "ProviderID:\t\(spec["providerID"].str)\n") }
        resources(ctx, pods: pods, w)
        ctx.events(w)
    }

    /// `findNodeRoles`: `node-role.kubernetes.io/<role>` keys and `kubernetes.io/role` values, sorted.
    static func roles(_ labels: JSON) -> [String] {
        var roles = Set<String>()
        for (k, v) in labels.stringMap {
            if k.hasPrefix("node-role.kubernetes.io/") {
                let role = String(k.dropFirst("node-role.kubernetes.io/".count))
                if !role.isEmpty { roles.insert(role) }
            } else if k == "kubernetes.io/role", !v.isEmpty {
                roles.insert(v)
            }
        }
        return roles.sorted(by: goLess)
    }

    /// `describeNodeResource`: the pods table and the Allocated resources totals, with
    /// percentages of allocatable (capacity when allocatable is empty), truncated like Go's
    /// `int64(float)`.
    static func resources(_ ctx: DescribeContext, pods: [JSON], _ w: DescribeWriter) {
        let status = ctx.status
        let allocatable = ResourceMath.list(status["allocatable"].isEmptyMap ? status["capacity"] : status["allocatable"])
        let allocCPU = Double(ResourceMath.get(allocatable, "cpu").milliValue)
        let allocMem = Double(ResourceMath.get(allocatable, "memory").value)
        func pct(_ v: Int, _ of: Double) -> Int { GoFormat.truncate(Double(v) / of * 100) }

        w.write(0, "Non-terminated Pods:\t(\(pods.count) in total)\n")
        w.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n")
        w.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n")
        for pod in pods {
            let (req, lim) = ResourceMath.requestsAndLimits(pod)
            let cr = ResourceMath.get(req, "cpu"), cl = ResourceMath.get(lim, "cpu")
            let mr = ResourceMath.get(req, "memory"), ml = ResourceMath.get(lim, "memory")
            w.write(1, "\(pod["metadata"]["namespace"].str)\t\(pod["metadata"]["name"].str)\t\t"
                + "\(cr.string) (\(pct(cr.milliValue, allocCPU))%)\t\(cl.string) (\(pct(cl.milliValue, allocCPU))%)\t"
                + "\(mr.string) (\(pct(mr.value, allocMem))%)\t\(ml.string) (\(pct(ml.value, allocMem))%)\t"
                + "\(ctx.age(pod["metadata"]["creationTimestamp"]))\n")
        }

        w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n")
        w.write(1, "Resource\tRequests\tLimits\n")
        w.write(1, "--------\t--------\t------\n")
        var reqs: ResourceMath.ResourceList = [], limits: ResourceMath.ResourceList = []
        for pod in pods {
            let (r, l) = ResourceMath.requestsAndLimits(pod)
            ResourceMath.add(&reqs, r)
            ResourceMath.add(&limits, l)
        }
        func totalLine(_ name: String, _ divisorValue: Double, milli: Bool) {
            let r = ResourceMath.get(reqs, name), l = ResourceMath.get(limits, name)
            var fr = 0, fl = 0
            if divisorValue != 0 {
                fr = pct(milli ? r.milliValue : r.value, divisorValue)
                fl = pct(milli ? l.milliValue : l.value, divisorValue)
            }
            w.write(1, "\(name)\t\(r.string) (\(fr)%)\t\(l.string) (\(fl)%)\n")
        }
        totalLine("cpu", allocCPU, milli: true)
        totalLine("memory", allocMem, milli: false)
        totalLine("ephemeral-storage", Double(ResourceMath.get(allocatable, "ephemeral-storage").value), milli: false)

        let names = allocatable.map(\.name)
        for huge in names.filter({ $0.hasPrefix("hugepages-") }).sorted(by: goLess) {
            totalLine(huge, Double(ResourceMath.get(allocatable, huge).value), milli: false)
        }
        let standard: Set<String> = ["cpu", "memory", "ephemeral-storage", "pods"]
        for ext in names.filter({ !standard.contains($0) && !$0.hasPrefix("hugepages-") }).sorted(by: goLess) {
            w.write(1, "\(ext)\t\(ResourceMath.get(reqs, ext).string)\t\(ResourceMath.get(limits, ext).string)\n")
        }
    }
}
