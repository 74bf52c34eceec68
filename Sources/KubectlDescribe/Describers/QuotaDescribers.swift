import JSONValue

/// `kubectl describe resourcequota` (kubectl `describeQuota`). Unlike the namespace view, a
/// used amount whose format differs from the hard limit's is reprinted in the hard format.
enum ResourceQuotaDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let spec = ctx.spec, status = ctx.status
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        let scopes = spec["scopes"].items.map(\.str).sorted(by: goLess)
        if !scopes.isEmpty {
            w.write(0, "Scopes:\t\(scopes.joined(separator: ", "))\n")
            for scope in scopes {
                let help = NamespaceDescriber.scopeHelp(scope)
                if !help.isEmpty { w.write(0, " * \(help)\n") }
            }
        }
        w.write(0, "Resource\tUsed\tHard\n")
        w.write(0, "--------\t----\t----\n")
        for (resource, hardJSON) in status["hard"].members.sorted(by: { goLess($0.key, $1.key) }) {
            let hard = Quantity(json: hardJSON) ?? .zero
            var used = Quantity(json: status["used"][resource]) ?? Quantity()
            let usedFormatKnown = status["used"][resource].isSet
            if !usedFormatKnown || used.format != hard.format {
                used = Quantity(integer: used.value, format: hard.format)
            }
            w.write(0, "\(resource)\t\(used.string)\t\(hard.string)\n")
        }
    }
}

/// `kubectl describe limitrange` (kubectl `describeLimitRange`).
enum LimitRangeDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        w.write(0, "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n")
        w.write(0, "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n")
        NamespaceDescriber.limitRangeSpec(ctx.spec, prefix: "", w)
    }
}
