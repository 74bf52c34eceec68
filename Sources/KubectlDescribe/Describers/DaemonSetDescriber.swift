import JSONValue

/// `kubectl describe daemonset` (kubectl `describeDaemonSet`). Note the `Number of ...`
/// lines use a space, not a tab, after the colon, so they are not aligned.
enum DaemonSetDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec, status = ctx.status
        let selector = Selectors.string(spec["selector"])
        let counts = Workloads.podCounts(ctx, selector: selector)
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Selector:\t\(selector)\n")
        w.write(0, "Node-Selector:\t\(Selectors.formatLabels(spec["template"]["spec"]["nodeSelector"]))\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        w.write(0, "Desired Number of Nodes Scheduled: \(status["desiredNumberScheduled"].num)\n")
        w.write(0, "Current Number of Nodes Scheduled: \(status["currentNumberScheduled"].num)\n")
        w.write(0, "Number of Nodes Scheduled with Up-to-date Pods: \(status["updatedNumberScheduled"].num)\n")
        w.write(0, "Number of Nodes Scheduled with Available Pods: \(status["numberAvailable"].num)\n")
        w.write(0, "Number of Nodes Misscheduled: \(status["numberMisscheduled"].num)\n")
        w.write(0, "Pods Status:\t\(Workloads.podsStatusLine(counts))\n")
        PodTemplate.describe(spec["template"], w)
        ctx.events(w)
    }
}
