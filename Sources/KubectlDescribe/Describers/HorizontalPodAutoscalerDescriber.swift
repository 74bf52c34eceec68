import JSONValue

/// `kubectl describe hpa` for autoscaling/v2 objects (kubectl
/// `describeHorizontalPodAutoscalerV2`). Each metric line pairs the spec's target with the
/// status metric at the same index, as kubectl does.
enum HorizontalPodAutoscalerDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec, status = ctx.status
        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        w.write(0, "CreationTimestamp:\t\(CommonPrinters.date(md["creationTimestamp"]))\n")
        let target = spec["scaleTargetRef"]
        w.write(0, "Reference:\t\(target["kind"].str)/\(target["name"].str)\n")
        w.write(0, "Metrics:\t( current / target )\n")
        let current = status["currentMetrics"].items
        for (i, metric) in spec["metrics"].items.enumerated() {
            let cur = i < current.count ? current[i] : JSON.null
            metricLine(metric, cur, w)
        }
        w.write(0, "Min replicas:\t\(spec["minReplicas"].isSet ? String(spec["minReplicas"].num) : "<unset>")\n")
        w.write(0, "Max replicas:\t\(spec["maxReplicas"].num)\n")
        if spec["behavior"].isSet {
            w.write(0, "Behavior:\n")
            direction(w, "Scale Up", spec["behavior"]["scaleUp"])
            direction(w, "Scale Down", spec["behavior"]["scaleDown"])
        }
        w.write(0, "\(target["kind"].str) pods:\t")
        w.write(0, "\(status["currentReplicas"].num) current / \(status["desiredReplicas"].num) desired\n")
        let conditions = status["conditions"].items
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tReason\tMessage\n")
            w.write(1, "----\t------\t------\t-------\n")
            for c in conditions {
                w.write(1, "\(c["type"].str)\t\(c["status"].str)\t\(c["reason"].str)\t\(c["message"].str)\n")
            }
        }
        ctx.events(w)
    }

    /// `Quantity.String()` of a `*Quantity`: `<nil>` when absent.
    static func q(_ v: JSON) -> String {
        guard v.isSet else { return "<nil>" }
        return (Quantity(json: v) ?? .zero).string
    }

    static func metricLine(_ m: JSON, _ cur: JSON, _ w: DescribeWriter) {
        switch m["type"].str {
        case "External":
            let ext = m["external"], name = GoFormat.quote(ext["metric"]["name"].str)
            if ext["target"]["averageValue"].isSet {
                let c = cur["external"]["current"]["averageValue"].isSet ? q(cur["external"]["current"]["averageValue"]) : "<unknown>"
                w.write(1, "\(name) (target average value):\t\(c) / \(q(ext["target"]["averageValue"]))\n")
            } else {
                let c = cur["external"].isSet ? q(cur["external"]["current"]["value"]) : "<unknown>"
                w.write(1, "\(name) (target value):\t\(c) / \(q(ext["target"]["value"]))\n")
            }
        case "Pods":
            let pods = m["pods"]
            let c = cur["pods"].isSet ? q(cur["pods"]["current"]["averageValue"]) : "<unknown>"
            w.write(1, "\(GoFormat.quote(pods["metric"]["name"].str)) on pods:\t\(c) / \(q(pods["target"]["averageValue"]))\n")
        case "Object":
            let obj = m["object"]
            w.write(1, "\"\(obj["metric"]["name"].str)\" on \(obj["describedObject"]["kind"].str)/\(obj["describedObject"]["name"].str) ")
            if obj["target"]["type"].str == "AverageValue" {
                let c = cur["object"].isSet ? q(cur["object"]["current"]["averageValue"]) : "<unknown>"
                w.write(0, "(target average value):\t\(c) / \(q(obj["target"]["averageValue"]))\n")
            } else {
                let c = cur["object"].isSet ? q(cur["object"]["current"]["value"]) : "<unknown>"
                w.write(0, "(target value):\t\(c) / \(q(obj["target"]["value"]))\n")
            }
        case "Resource", "ContainerResource":
            let isContainer = m["type"].str == "ContainerResource"
            let key = isContainer ? "containerResource" : "resource"
            let r = m[key]
            if isContainer {
                w.write(1, "resource \(r["name"].str) of container \"\(r["container"].str)\" on pods")
            } else {
                w.write(1, "resource \(r["name"].str) on pods")
            }
            if r["target"]["averageValue"].isSet {
                let c = cur[key].isSet ? q(cur[key]["current"]["averageValue"]) : "<unknown>"
                w.write(0, ":\t\(c) / \(q(r["target"]["averageValue"]))\n")
            } else {
                var c = "<unknown>"
                if cur[key].isSet, cur[key]["current"]["averageUtilization"].isSet {
                    c = "\(cur[key]["current"]["averageUtilization"].num)% (\(q(cur[key]["current"]["averageValue"])))"
                }
                let t = r["target"]["averageUtilization"].isSet ? "\(r["target"]["averageUtilization"].num)%" : "<auto>"
                w.write(1, "(as a percentage of request):\t\(c) / \(t)\n")
            }
        default:
            w.write(1, "<unknown metric type \(GoFormat.quote(m["type"].str))>\n")
        }
    }

    /// `printDirectionBehavior`.
    static func direction(_ w: DescribeWriter, _ title: String, _ rules: JSON) {
        guard rules.isSet else { return }
        w.write(1, "\(title):\n")
        if rules["stabilizationWindowSeconds"].isSet {
            w.write(2, "Stabilization Window: \(rules["stabilizationWindowSeconds"].num) seconds\n")
        }
        let policies = rules["policies"].items
        if !policies.isEmpty {
            w.write(2, "Select Policy: \(rules["selectPolicy"].string ?? "Max")\n")
            w.write(2, "Policies:\n")
            for p in policies {
                w.write(3, "- Type: \(p["type"].str)\tValue: \(p["value"].num)\tPeriod: \(p["periodSeconds"].num) seconds\n")
            }
        }
    }
}
