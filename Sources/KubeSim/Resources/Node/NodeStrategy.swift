import GoPorts
import JSONValue
import SimCore

/// Nodes: cluster-scoped, registered by their kubelet, printed with roles and version.
final class NodeStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"),
                ColumnDefinition("Status"),
                ColumnDefinition("Roles"),
                ColumnDefinition("Age"),
                ColumnDefinition("Version"),
                ColumnDefinition("Internal-IP", priority: 1),
                ColumnDefinition("External-IP", priority: 1),
                ColumnDefinition("OS-Image", priority: 1),
                ColumnDefinition("Kernel-Version", priority: 1),
                ColumnDefinition("Container-Runtime", priority: 1),
            ],
            cells: { node, context in
                let info = node["status"]["nodeInfo"]
                func address(_ type: String) -> String {
                    (node["status"]["addresses"].array ?? []).first { $0["type"].string == type }?["address"].string
                        ?? "<none>"
                }
                return [.string(node.name), .string(NodeView(node).statusText), .string(NodeView(node).rolesText),
                        .string(HumanDuration.age(of: node.creationTimestamp, now: context.now)),
                        .string(info["kubeletVersion"].string ?? ""), .string(address("InternalIP")),
                        .string(address("ExternalIP")), .string(info["osImage"].string ?? "<unknown>"),
                        .string(info["kernelVersion"].string ?? "<unknown>"),
                        .string(info["containerRuntimeVersion"].string ?? "<unknown>")]
            })
    }
}

/// Reads of a Node object that several components and printers share.
public struct NodeView {
    public let node: JSON

    public init(_ node: JSON) { self.node = node }

    public var unschedulable: Bool { node["spec"]["unschedulable"].bool ?? false }

    /// `Ready`, or `NotReady` for a Ready condition that is False or Unknown (printers.go says
    /// "Not" + the type for anything but True), or `Unknown` without a Ready condition; plus
    /// `,SchedulingDisabled` when cordoned.
    public var statusText: String {
        let ready = (node["status"]["conditions"].array ?? []).first { $0["type"].string == "Ready" }
        var text: String
        switch ready?["status"].string {
        case "True": text = "Ready"
        case nil: text = "Unknown"
        default: text = "NotReady"
        }
        if unschedulable { text += ",SchedulingDisabled" }
        return text
    }

    public var isReady: Bool {
        (node["status"]["conditions"].array ?? []).contains { $0["type"].string == "Ready" && $0["status"].string == "True" }
    }

    /// Roles from `node-role.kubernetes.io/<role>` and `kubernetes.io/role` labels.
    public var roles: [String] {
        var roles: Set<String> = []
        for (key, value) in node.labels {
            if key.hasPrefix("node-role.kubernetes.io/") {
                let role = String(key.dropFirst("node-role.kubernetes.io/".count))
                if !role.isEmpty { roles.insert(role) }
            } else if key == "kubernetes.io/role", !value.isEmpty {
                roles.insert(value)
            }
        }
        return roles.sorted()
    }

    public var rolesText: String { roles.isEmpty ? "<none>" : roles.joined(separator: ",") }

    public var taints: [Taint] {
        (node["spec"]["taints"].array ?? []).map {
            Taint(key: $0["key"].string ?? "", value: $0["value"].string ?? "", effect: $0["effect"].string ?? "")
        }
    }

    public var internalIP: String? {
        (node["status"]["addresses"].array ?? []).first { $0["type"].string == "InternalIP" }?["address"].string
    }
}

/// A node taint.
public struct Taint: Hashable, Sendable {
    public var key: String
    public var value: String
    public var effect: String

    public init(key: String, value: String = "", effect: String) {
        self.key = key
        self.value = value
        self.effect = effect
    }

    /// `{node-role.kubernetes.io/control-plane: }`, as the scheduler's messages show it.
    public var schedulerText: String { "{\(key): \(value)}" }

    public var json: JSON {
        var object = JSONObject()
        object["effect"] = .string(effect)
        object["key"] = .string(key)
        if !value.isEmpty { object["value"] = .string(value) }
        return .object(object)
    }
}
