import JSONValue

/// `kubectl describe endpoints` (kubectl `describeEndpoints`): one block per subset, each
/// followed by a blank line.
enum EndpointsDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        w.write(0, "Subsets:\n")
        for subset in ctx.object["subsets"].items {
            let ready = subset["addresses"].items.map { $0["ip"].str }.joined(separator: ",")
            w.write(1, "Addresses:\t\(ready.isEmpty ? "<none>" : ready)\n")
            let notReady = subset["notReadyAddresses"].items.map { $0["ip"].str }.joined(separator: ",")
            w.write(1, "NotReadyAddresses:\t\(notReady.isEmpty ? "<none>" : notReady)\n")
            let ports = subset["ports"].items
            if !ports.isEmpty {
                w.write(1, "Ports:\n")
                w.write(2, "Name\tPort\tProtocol\n")
                w.write(2, "----\t----\t--------\n")
                for p in ports {
                    let name = p["name"].str
                    w.write(2, "\(name.isEmpty ? "<unset>" : name)\t\(p["port"].num)\t\(p["protocol"].str)\n")
                }
            }
            w.write(0, "\n")
        }
        ctx.events(w)
    }
}
