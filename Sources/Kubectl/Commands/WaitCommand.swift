import JSONValue
import KubeSim
import SimCore

/// `kubectl wait --for=condition=Ready|delete|jsonpath=… RESOURCE --timeout=…`: advances the
/// simulated clock until the condition holds.
enum WaitCommand {
    static let command = Kubectl.Command(
        name: "wait", summary: "Experimental: Wait for a specific condition on one or many resources",
        configure: { flags in
            flags.add("for", nil, .string)
            flags.add("timeout", nil, .duration, default: "30s")
            flags.add("selector", "l", .string)
            flags.add("all", nil, .bool)
            flags.add("all-namespaces", "A", .bool)
            flags.add("filename", "f", .stringSlice)
        },
        run: { context throws(KubectlError) in try run(&context) })

    enum Condition {
        case condition(type: String, status: String)
        case delete
        case field(path: [String], value: String?)
    }

    static func parseCondition(_ text: String) throws(KubectlError) -> Condition {
        if text == "delete" { return .delete }
        if text.hasPrefix("condition=") {
            let body = text.dropFirst("condition=".count)
            let parts = body.split(separator: "=", maxSplits: 1).map(String.init)
            return .condition(type: parts[0].lowercased(), status: parts.count == 2 ? parts[1].lowercased() : "true")
        }
        if text.hasPrefix("jsonpath=") {
            var body = String(text.dropFirst("jsonpath=".count))
            var value: String?
            if let equals = body.lastIndex(of: "="), !body[equals...].contains("}") {
                value = String(body[body.index(after: equals)...])
                body = String(body[..<equals])
            }
            body = String(body.drop { $0 == "'" }.reversed().drop { $0 == "'" }.reversed())
            if body.hasPrefix("{") && body.hasSuffix("}") { body = String(body.dropFirst().dropLast()) }
            let path = body.split(separator: ".").map(String.init).filter { !$0.isEmpty }
            return .field(path: path, value: value)
        }
        throw .message("unrecognized condition: \"\(text)\"")
    }

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let condition = try parseCondition(context.flags.string("for"))
        guard let timeout = GoDuration.parse(context.flags.string("timeout")) else {
            throw .message("invalid --timeout: \(context.flags.string("timeout"))")
        }
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let targets: [ObjectTargets.Target]
        do {
            targets = try ObjectTargets.resolve(context, cluster: cluster, filenames: context.flags.strings("filename"))
        } catch {
            if case .delete = condition, case .server(let apiError) = error, apiError.reason == "NotFound" { return }
            throw error
        }
        if targets.isEmpty { throw .message("no matching resources found") }
        for target in targets {
            let name = "\(target.type.qualifiedSingular)/\(target.object.name)"
            let met = cluster.simulation.advance(until: {
                let current = server.object(target.type, namespace: target.object.namespace, name: target.object.name)
                return holds(condition, current, uid: target.object.uid)
            }, timeout: timeout)
            if met {
                context.out("\(name) condition met\n")
            } else {
                throw .message("timed out waiting for the condition on \(target.type.resource)/\(target.object.name)")
            }
        }
    }

    static func holds(_ condition: Condition, _ object: JSON?, uid: String) -> Bool {
        switch condition {
        case .delete:
            return object == nil || object?.uid != uid
        case .condition(let type, let status):
            guard let object else { return false }
            return (object["status"]["conditions"].array ?? []).contains {
                $0["type"].string?.lowercased() == type && $0["status"].string?.lowercased() == status
            }
        case .field(let path, let value):
            guard let object else { return false }
            let found = object.value(at: path)
            guard let value else { return !found.isNull }
            return TablePrinter.cellText(found) == value
        }
    }
}
