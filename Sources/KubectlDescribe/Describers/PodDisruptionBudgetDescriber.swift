import JSONValue

/// `kubectl describe poddisruptionbudget` (kubectl `describePodDisruptionBudgetV1`).
enum PodDisruptionBudgetDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let spec = ctx.spec, status = ctx.status
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        if spec["minAvailable"].isSet {
            w.write(0, "Min available:\t\(Workloads.intOrString(spec["minAvailable"]))\n")
        } else if spec["maxUnavailable"].isSet {
            w.write(0, "Max unavailable:\t\(Workloads.intOrString(spec["maxUnavailable"]))\n")
        }
        if spec["selector"].isSet {
            w.write(0, "Selector:\t\(Selectors.formatted(spec["selector"]))\n")
        } else {
            w.write(0, "Selector:\t<unset>\n")
        }
        w.write(0, "Status:\n")
        w.write(2, "Allowed disruptions:\t\(status["disruptionsAllowed"].num)\n")
        w.write(2, "Current:\t\(status["currentHealthy"].num)\n")
        w.write(2, "Desired:\t\(status["desiredHealthy"].num)\n")
        w.write(2, "Total:\t\(status["expectedPods"].num)\n")
        ctx.events(w)
    }
}

/// `kubectl describe priorityclass` (kubectl `describePriorityClass`).
enum PriorityClassDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let pc = ctx.object
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Value:\t\(pc["value"].num)\n")
        w.write(0, "GlobalDefault:\t\(GoFormat.bool(pc["globalDefault"].flag))\n")
        // Defaulted by the API server to PreemptLowerPriority.
        w.write(0, "PreemptionPolicy:\t\(pc["preemptionPolicy"].string ?? "PreemptLowerPriority")\n")
        w.write(0, "Description:\t\(pc["description"].str)\n")
        w.write(0, "Annotations:\t\(Selectors.formatLabels(ctx.metadata["annotations"]))\n")
        ctx.events(w)
    }
}
