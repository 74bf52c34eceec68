import GoPorts
import JSONValue

/// Endpoints: printed as NAME, ENDPOINTS (the first three `ip:port`s), AGE.
final class EndpointsStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Endpoints"), ColumnDefinition("Age")],
            cells: { endpoints, context in
                [.string(endpoints.name), .string(Self.format(endpoints["subsets"].array ?? [])),
                 .string(HumanDuration.age(of: endpoints.creationTimestamp, now: context.now))]
            })
    }

    /// `formatEndpoints`: ready addresses with each port, at most three, then `+ N more...`.
    static func format(_ subsets: [JSON]) -> String {
        if subsets.isEmpty { return "<none>" }
        var list: [String] = []
        var count = 0
        var more = false
        for subset in subsets {
            let addresses = (subset["addresses"].array ?? []).map { $0["ip"].string ?? "" }
            let ports = (subset["ports"].array ?? []).map { String($0["port"].int ?? 0) }
            for port in ports.isEmpty ? [nil] : ports.map(Optional.some) {
                count += addresses.count
                for address in addresses {
                    if list.count == 3 {
                        more = true
                        break
                    }
                    list.append(port.map { address.contains(":") ? "[\(address)]:\($0)" : "\(address):\($0)" } ?? address)
                }
            }
        }
        let joined = list.joined(separator: ",")
        return more ? "\(joined) + \(count - 3) more..." : joined
    }
}

/// EndpointSlices: a generation that counts changes to their endpoints and ports, and the
/// columns NAME, ADDRESSTYPE, PORTS, ENDPOINTS, AGE.
final class EndpointSliceStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func specChanged(_ object: JSON, from old: JSON) -> Bool {
        ["addressType", "endpoints", "ports"].contains { object[$0] != old[$0] }
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("AddressType"),
                      ColumnDefinition("Ports"), ColumnDefinition("Endpoints"), ColumnDefinition("Age")],
            cells: { slice, context in
                let ports = (slice["ports"].array ?? []).map { port in
                    port["port"].int.map { "\($0)" } ?? port["name"].string ?? "*"
                }
                let addresses = (slice["endpoints"].array ?? []).flatMap { ($0["addresses"].array ?? []).compactMap(\.string) }
                return [.string(slice.name), .string(slice["addressType"].string ?? ""), .string(Self.list(ports)),
                        .string(Self.list(addresses)),
                        .string(HumanDuration.age(of: slice.creationTimestamp, now: context.now))]
            })
    }

    /// `listWithMoreString`: the first three, `+ N more...`, or `<unset>` for none.
    static func list(_ items: [String]) -> String {
        if items.count > 3 { return items.prefix(3).joined(separator: ",") + " + \(items.count - 3) more..." }
        return items.isEmpty ? "<unset>" : items.joined(separator: ",")
    }
}
