/// busybox's classic `nslookup` (1.28 and before, the one the Kubernetes docs run): the
/// server, then the name's addresses, each with the name its address maps back to.
///
///     Server:    10.96.0.10
///     Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local
///
///     Name:      kubernetes.default
///     Address 1: 10.96.0.1 kubernetes.default.svc.cluster.local
enum ContainerNslookup {
    static func run(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        guard process.context.classicNslookup, let resolver = process.context.resolver else {
            guard process.context.busybox else { return .notSimulated("nslookup", in: process) }
            return .unsupported("Shipyard runs the nslookup of busybox 1.28 and before (busybox:1.28, as the Kubernetes "
                                + "docs use); this image's newer one is not simulated.")
        }
        guard arguments.count == 1, let name = arguments.first, !name.hasPrefix("-") else {
            return .unsupported("Shipyard's nslookup looks up one name with the container's own nameserver: nslookup NAME")
        }
        let answer = resolver.lookup(name)
        if answer == .outside {
            return .unsupported("\(name) is not a name in the cluster, and Shipyard does not simulate the DNS servers "
                                + "beyond it that CoreDNS would ask next")
        }
        process.print(host(resolver.nameserver, header: "Server:", resolver: resolver) + "\n")
        guard case .addresses(let addresses) = answer else {
            process.printError("nslookup: can't resolve '\(name)'\n")
            return .exited(1)
        }
        process.print(host(name, addresses: addresses, header: "Name:", resolver: resolver))
        return .exited(0)
    }

    /// `printf("%-10s %s\n")` of the header and name, then one numbered line per address.
    private static func host(_ name: String, addresses: [String]? = nil, header: String,
                             resolver: ContainerResolver) -> String {
        var text = header + String(repeating: " ", count: max(0, 10 - header.count)) + " " + name + "\n"
        for (index, address) in (addresses ?? [name]).enumerated() {
            let reverse: String = resolver.reverse(address).map { " " + $0 } ?? ""
            text += "Address \(index + 1): \(address)\(reverse)\n"
        }
        return text
    }
}
