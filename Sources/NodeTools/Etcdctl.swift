import JSONValue
import KubeSim
import SimCore
import ToolIO

/// `etcdctl` on the control-plane node: `get KEY [--prefix] [--keys-only]`, `endpoint status`,
/// `member list`, `endpoint health`. kubeadm's etcd wants client certificates, so — as on a
/// real control plane — commands without `--cacert`, `--cert` and `--key` time out.
struct Etcdctl {
    let cluster: Cluster
    let nodeIP: String

    static let version = "3.5.16"

    func run(_ arguments: [String]) -> ToolOutput {
        var positional: [String] = []
        var flags: [String: String] = [:]
        var switches: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument.hasPrefix("--") {
                let parts = argument.dropFirst(2).split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 {
                    flags[parts[0]] = parts[1]
                } else if ["prefix", "keys-only", "print-value-only", "cluster"].contains(parts[0]) {
                    switches.insert(parts[0])
                } else if index < arguments.count {
                    flags[parts[0]] = arguments[index]
                    index += 1
                }
            } else if argument == "-w", index < arguments.count {
                flags["write-out"] = arguments[index]
                index += 1
            } else {
                positional.append(argument)
            }
        }
        var output = ToolOutput()
        guard let command = positional.first else {
            output.out("NAME:\n\tetcdctl - A simple command line client for etcd3.\n\nCOMMANDS (simulated by Shipyard):\n\tget\t\t\tGets the key or a range of keys\n\tendpoint status\t\tPrints out the status of endpoints specified in `--endpoints` flag\n\tendpoint health\t\tChecks the healthiness of endpoints specified in `--endpoints` flag\n\tmember list\t\tLists all members in the cluster\n")
            return output
        }
        if command == "version" {
            output.out("etcdctl version: \(Self.version)\nAPI version: 3.5\n")
            return output
        }
        guard flags["cacert"] != nil, flags["cert"] != nil, flags["key"] != nil else {
            // kubeadm's etcd rejects clients without a certificate; etcdctl retries until its deadline.
            cluster.simulation.advance(by: .seconds(Int64(5)))
            let stamp = cluster.simulation.now.microRFC3339
            output.err("{\"level\":\"warn\",\"ts\":\"\(stamp)\",\"logger\":\"etcd-client\",\"caller\":\"v3@v3.5.16/retry_interceptor.go:63\",\"msg\":\"retrying of unary invoker failed\",\"target\":\"etcd-endpoints://0xc000386000/127.0.0.1:2379\",\"attempt\":0,\"error\":\"rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = \\\"error reading server preface: EOF\\\"\"}\nError: context deadline exceeded\n")
            output.status = 1
            return output
        }
        let etcd = cluster.etcd
        let endpoint = (flags["endpoints"] ?? "127.0.0.1:2379").replacing("https://", with: "")
        switch command {
        case "get":
            guard positional.count > 1 else {
                output.err("Error: get command needs one argument as key and an optional argument as range_end\n")
                output.status = 1
                return output
            }
            let key = positional[1]
            let keys = switches.contains("prefix") ? etcd.keys(withPrefix: key) : (etcd.entry(forKey: key) == nil ? [] : [key])
            for key in keys {
                if switches.contains("keys-only") {
                    output.out(key + "\n\n")
                    continue
                }
                guard let entry = etcd.entry(forKey: key) else { continue }
                if !switches.contains("print-value-only") { output.out(key + "\n") }
                output.out(JSONWriter.goCompact.write(entry.value) + "\n")
            }
        case "endpoint":
            let sub = positional.count > 1 ? positional[1] : ""
            let id = Self.memberID(etcd)
            let size = Self.humanizeBytes(Int64(etcd.totalKeys) * 2_600 + 1_200_000)
            if sub == "health" {
                output.out("\(endpoint) is healthy: successfully committed proposal: took = 9.847329ms\n")
            } else if sub == "status" {
                let revision = String(etcd.revision)
                if flags["write-out"] == "table" {
                    let headers = ["ENDPOINT", "ID", "VERSION", "DB SIZE", "IS LEADER", "IS LEARNER", "RAFT TERM",
                                   "RAFT INDEX", "RAFT APPLIED INDEX", "ERRORS"]
                    output.out(AsciiTable.render(headers: headers,
                                                 rows: [[endpoint, id, Self.version, size, "true", "false", "2", revision, revision, ""]]))
                } else {
                    output.out("\(endpoint), \(id), \(Self.version), \(size), true, false, 2, \(revision), \(revision), \n")
                }
            } else {
                output.err("Error: unknown command \"\(sub)\" for \"etcdctl endpoint\"\n")
                output.status = 1
            }
        case "member":
            let id = Self.memberID(etcd)
            let row = [id, "started", etcd.memberName, "https://\(nodeIP):2380", "https://\(nodeIP):2379", "false"]
            if flags["write-out"] == "table" {
                output.out(AsciiTable.render(headers: ["ID", "STATUS", "NAME", "PEER ADDRS", "CLIENT ADDRS", "IS LEARNER"],
                                             rows: [row]))
            } else {
                output.out(row.joined(separator: ", ") + "\n")
            }
        default:
            output.err("Shipyard simulates etcdctl get, endpoint status|health and member list; `etcdctl \(command)` is not simulated\n")
            output.status = 1
        }
        return output
    }
}

extension Etcdctl {
    static func memberID(_ etcd: Etcd) -> String {
        let hex = String(etcd.memberID, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// go-humanize's `Bytes`: "1.4 MB", "12 MB".
    static func humanizeBytes(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        if bytes < 10 { return "\(bytes) B" }
        var exponent = 0
        var value = Double(bytes)
        while value >= 1000, exponent < units.count - 1 {
            value /= 1000
            exponent += 1
        }
        let rounded = (value * 10 + 0.5).rounded(.down) / 10
        if rounded >= 10 { return "\(Int(rounded.rounded())) \(units[exponent])" }
        let tenths = Int((rounded * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[exponent])"
    }
}

/// The `+---+` tables etcdctl prints with `-w table` (tablewriter: centred headers, cells
/// padded by one space).
enum AsciiTable {
    static func render(headers: [String], rows: [[String]]) -> String {
        var widths = headers.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        let border = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
        func center(_ text: String, _ width: Int) -> String {
            let total = width - text.count
            let left = total / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: total - left)
        }
        var out = border
        out += "|" + headers.enumerated().map { " " + center($1, widths[$0]) + " " }.joined(separator: "|") + "|\n"
        out += border
        for row in rows {
            out += "|" + row.enumerated().map { " " + $1 + String(repeating: " ", count: widths[$0] - $1.count) + " " }
                .joined(separator: "|") + "|\n"
        }
        return out + border
    }
}
