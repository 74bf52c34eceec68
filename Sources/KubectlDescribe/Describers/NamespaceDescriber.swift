import JSONValue

/// `kubectl describe namespace` (kubectl `describeNamespace`, `DescribeResourceQuotas`,
/// `DescribeLimitRanges`). Quotas and limit ranges come from `related`.
enum NamespaceDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, status = ctx.status
        w.write(0, "Name:\t\(ctx.name)\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        w.write(0, "Status:\t\(status["phase"].str)\n")
        let conditions = status["conditions"].items
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n")
            w.write(1, "----\t------\t------------------\t------\t-------\n")
            for c in conditions {
                w.write(1, "\(c["type"].str)\t\(c["status"].str)\t\(CommonPrinters.date(c["lastTransitionTime"]))\t\(c["reason"].str)\t\(c["message"].str)\n")
            }
        }
        w.write(0, "\n")
        quotas(ctx.related("resourcequotas", namespace: ctx.name), w)
        w.write(0, "\n")
        limitRanges(ctx.related("limitranges", namespace: ctx.name), w)
    }

    static func quotas(_ quotas: [JSON], _ w: DescribeWriter) {
        if quotas.isEmpty {
            w.write(0, "No resource quota.\n")
            return
        }
        w.write(0, "Resource Quotas\n")
        let sorted = CommonPrinters.goSorted(quotas) { goLess($0["metadata"]["name"].str, $1["metadata"]["name"].str) }
        for q in sorted {
            w.write(1, "Name:\t\(q["metadata"]["name"].str)\n")
            let scopes = q["spec"]["scopes"].items.map(\.str).sorted(by: goLess)
            if !scopes.isEmpty {
                w.write(1, "Scopes:\t\(scopes.joined(separator: ", "))\n")
                for scope in scopes {
                    let help = scopeHelp(scope)
                    if !help.isEmpty { w.write(1, "* \(help)\n") }
                }
            }
            w.write(1, "Resource\tUsed\tHard\n")
            w.write(1, "--------\t---\t---\n")
            for (resource, hard) in q["status"]["hard"].members.sorted(by: { goLess($0.key, $1.key) }) {
                let used = Quantity(json: q["status"]["used"][resource]) ?? .zero
                w.write(1, "\(resource)\t\(used.string)\t\((Quantity(json: hard) ?? .zero).string)\n")
            }
        }
    }

    static func scopeHelp(_ scope: String) -> String {
        switch scope {
        case "Terminating": return "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system."
        case "NotTerminating": return "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate."
        case "BestEffort": return "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service."
        case "NotBestEffort": return "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service."
        default: return ""
        }
    }

    static func limitRanges(_ ranges: [JSON], _ w: DescribeWriter) {
        if ranges.isEmpty {
            w.write(0, "No LimitRange resource.\n")
            return
        }
        w.write(0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n")
        w.write(0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n")
        for lr in ranges { limitRangeSpec(lr["spec"], prefix: " ", w) }
    }

    /// `describeLimitRangeSpec`. kubectl walks a Go map here, so with several resources in one
    /// item the line order is random; this prints them sorted by resource name.
    static func limitRangeSpec(_ spec: JSON, prefix: String, _ w: DescribeWriter) {
        for item in spec["limits"].items {
            let keys = ["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"]
            var names = Set<String>()
            for k in keys { for m in item[k].members { names.insert(m.key) } }
            func value(_ k: String, _ name: String) -> String {
                item[k][name].isSet ? (Quantity(json: item[k][name]) ?? .zero).string : "-"
            }
            for name in names.sorted(by: goLess) {
                w.write(0, "\(prefix)\(item["type"].str)\t\(name)\t\(value("min", name))\t\(value("max", name))\t\(value("defaultRequest", name))\t\(value("default", name))\t\(value("maxLimitRequestRatio", name))\n")
            }
        }
    }
}
