import JSONValue

/// `kubectl describe endpointslice` (kubectl `describeEndpointSliceV1`).
enum EndpointSliceDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        w.write(0, "AddressType:\t\(ctx.object["addressType"].str)\n")
        let ports = ctx.object["ports"].items
        if ports.isEmpty {
            w.write(0, "Ports: <unset>\n")
        } else {
            w.write(0, "Ports:\n")
            w.write(1, "Name\tPort\tProtocol\n")
            w.write(1, "----\t----\t--------\n")
            for port in ports {
                let name = port["name"].str
                let number = port["port"].isNull ? "<unset>" : String(port["port"].num)
                w.write(1, "\(name.isEmpty ? "<unset>" : name)\t\(number)\t\(port["protocol"].str)\n")
            }
        }
        let endpoints = ctx.object["endpoints"].items
        if endpoints.isEmpty {
            w.write(0, "Endpoints: <none>\n")
        } else {
            w.write(0, "Endpoints:\n")
            for endpoint in endpoints {
                let addresses = endpoint["addresses"].items.map(\.str).joined(separator: ", ")
                w.write(1, "- Addresses:\t\(addresses.isEmpty ? "<none>" : addresses)\n")
                w.write(2, "Conditions:\n")
                let ready = endpoint["conditions"]["ready"]
                w.write(3, "Ready:\t\(ready.isNull ? "<unset>" : (ready.bool == true ? "true" : "false"))\n")
                w.write(2, "Hostname:\t\(endpoint["hostname"].isNull ? "<unset>" : endpoint["hostname"].str)\n")
                if !endpoint["targetRef"].isNull {
                    w.write(2, "TargetRef:\t\(endpoint["targetRef"]["kind"].str)/\(endpoint["targetRef"]["name"].str)\n")
                }
                w.write(2, "NodeName:\t\(endpoint["nodeName"].isNull ? "<unset>" : endpoint["nodeName"].str)\n")
                w.write(2, "Zone:\t\(endpoint["zone"].isNull ? "<unset>" : endpoint["zone"].str)\n")
            }
        }
        ctx.events(w)
    }
}
