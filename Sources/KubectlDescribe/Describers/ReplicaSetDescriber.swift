import JSONValue

/// `kubectl describe replicaset` (kubectl `describeReplicaSet`).
enum ReplicaSetDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec, status = ctx.status
        let selector = Selectors.string(spec["selector"])
        let counts = Workloads.podCounts(ctx, selector: selector)
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        w.write(0, "Selector:\t\(Selectors.formatted(spec["selector"]))\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        let controlledBy = CommonPrinters.controlledBy(ctx.object)
        if !controlledBy.isEmpty { w.write(0, "Controlled By:\t\(controlledBy)\n") }
        w.write(0, "Replicas:\t\(status["replicas"].num) current / \(spec["replicas"].int ?? 1) desired\n")
        w.write(0, "Pods Status:\t")
        w.write(0, Workloads.podsStatusLine(counts) + "\n")
        PodTemplate.describe(spec["template"], w)
        Workloads.conditions(status["conditions"].items, w)
        ctx.events(w)
    }
}
