import JSONValue
import KubeSim

/// `kubectl set env RESOURCE/NAME KEY=VALUE … KEY- …`: sets and removes variables in the pod
/// template's containers (`-c` picks them, `*` wildcards allowed), from the arguments, `-e`,
/// a `-` file on standard input, or a ConfigMap's or Secret's keys (`--from`, `--keys`,
/// `--prefix`); `--list` prints the environment instead of changing anything. Wording and
/// rules are kubectl v1.32's (set_env.go, env_parse.go).
enum SetEnvCommand {
    static func addFlags(to flags: inout FlagSet) {
        flags.add("env", "e", .stringArray)
        flags.add("from", nil, .string)
        flags.add("prefix", nil, .string)
        flags.add("keys", nil, .stringSlice)
        flags.add("list", nil, .bool)
        flags.add("resolve", nil, .bool)
        flags.add("overwrite", nil, .bool, default: "true")
    }

    /// A variable as the pod spec holds it: a value, or a reference (`valueFrom`).
    typealias Variable = JSON

    static func run(_ context: inout CommandContext, cluster: Cluster) throws(KubectlError) {
        let flags = context.flags
        let dryRun = try DryRun.parse(&context)
        let arguments = Array(context.arguments.dropFirst())
        guard let (resources, assignments) = split(arguments) else {
            throw .message("all resources must be specified before environment changes: \(arguments.joined(separator: " "))")
        }
        if resources.isEmpty, flags.strings("filename").isEmpty {
            throw .message("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        if flags.bool("list"), !flags.string("output").isEmpty {
            throw .message("--list and --output may not be specified together")
        }
        if !flags.strings("keys").isEmpty, flags.string("from").isEmpty {
            throw .message("when specifying --keys, a configmap or secret must be provided with --from")
        }
        var (variables, removals) = try parse(flags.strings("env") + assignments, stdin: context.invocation.stdin)
        if !flags.string("from").isEmpty { variables += try references(flags.string("from"), cluster: cluster, context: &context) }
        let prefix = flags.string("prefix")
        if !prefix.isEmpty {
            for index in variables.indices { variables[index]["name"] = .string(prefix + (variables[index]["name"].string ?? "")) }
        }
        let sub = CommandContext(world: context.world, flags: flags.withPositional(resources), invocation: context.invocation,
                                 commandPath: "kubectl set env")
        let selector = flags.string("containers")
        var failures: [String] = []
        for target in try ObjectTargets.resolve(sub, cluster: cluster, filenames: flags.strings("filename")) {
            guard let path = SetCommand.podSpecPath(target.type.kind) else {
                failures.append("error: \(target.type.resource)/\(target.object.name) the object is not a pod or does not have a pod template: *v1.\(target.type.kind)\n")
                continue
            }
            var spec = target.object.value(at: path)
            var selected = false
            do throws(KubectlError) {
                // Containers first, then init containers, as kubectl lists them.
                for key in ["containers", "initContainers"] {
                    guard var containers = spec[key].array else { continue }
                    for index in containers.indices where matches(containers[index]["name"].string ?? "", selector) {
                        selected = true
                        let existing = containers[index]["env"].array ?? []
                        if !flags.bool("overwrite") { try refuseOverwrites(existing, with: variables) }
                        let updated = update(existing, with: variables, removing: removals)
                        containers[index].set("env", updated.isEmpty ? nil : .array(updated))
                        if flags.bool("list") {
                            list(updated, kind: target.type.kind, name: target.object.name,
                                 container: containers[index]["name"].string ?? "", context: &context)
                        }
                    }
                    spec[key] = .array(containers)
                }
            } catch {
                failures.append("error: \(target.type.resource)/\(target.object.name) \(error.text)\n")
                continue
            }
            if !selected {
                context.err("Warning: \(target.type.kind)/\(target.object.name) does not have any containers matching \"\(selector)\"\n")
                continue
            }
            guard !flags.bool("list"), spec != target.object.value(at: path) else { continue }
            var updated = target.object
            updated.setValue(spec, at: path)
            updated = context.recorded(updated)
            if dryRun != .client {
                do {
                    updated = try cluster.apiServer.update(target.type, updated, dryRun: dryRun == .server)
                } catch {
                    failures.append("failed to patch env update to pod template: \(error.message)")
                    continue
                }
            }
            if variables.isEmpty, assignments.isEmpty { throw .message("at least one environment variable must be provided") }
            CreateCommand.report(updated, type: target.type, verb: "env updated", dryRun: dryRun,
                                 format: try OutputFormat.parse(flags), context: &context)
        }
        if failures.count == 1 { throw .message(failures[0].hasSuffix("\n") ? String(failures[0].dropLast()) : failures[0]) }
        // Several, as cmdutil prints an aggregate: each message and a newline, as they are.
        if failures.count > 1 { throw .verbatim(failures.map { $0 + "\n" }.joined()) }
    }

    /// env_parse.go's SplitEnvironmentFromResources: resources first, then `KEY=VALUE` and `KEY-`.
    static func split(_ arguments: [String]) -> (resources: [String], assignments: [String])? {
        var resources: [String] = []
        var assignments: [String] = []
        for argument in arguments {
            let isAssignment = argument.dropFirst().contains("=") || argument.hasSuffix("-")
            if isAssignment {
                assignments.append(argument)
            } else if assignments.isEmpty {
                resources.append(argument)
            } else {
                return nil
            }
        }
        return (resources, assignments)
    }

    /// env_parse.go's ParseEnv: variables to set, names to remove.
    static func parse(_ specs: [String], stdin: String?) throws(KubectlError) -> ([Variable], [String]) {
        var variables: [Variable] = []
        var removals: [String] = []
        for spec in specs {
            if spec == "-" {
                guard let stdin else { throw .message("when '-' is used, STDIN must be open") }
                for var line in stdin.split(separator: "\n", omittingEmptySubsequences: false) {
                    if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
                    guard let equals = line.firstIndex(of: "=") else { continue }
                    variables.append(["name": .string(String(line[..<equals])),
                                      "value": .string(String(line[line.index(after: equals)...]))])
                }
            } else if let equals = spec.firstIndex(of: "=") {
                let name = String(spec[..<equals])
                guard EnvVarName.isValid(name) else {
                    throw .message("\"\(name)\" is not a valid key name: \(EnvVarName.message)")
                }
                variables.append(["name": .string(name), "value": .string(String(spec[spec.index(after: equals)...]))])
            } else if spec.hasSuffix("-") {
                removals.append(String(spec.dropLast()))
            } else {
                throw .message("unknown environment variable: \(spec)")
            }
        }
        if removals.contains(where: { name in variables.contains { $0["name"].string == name } }) {
            throw .message("can not both modify and remove the same environment variable in the same command")
        }
        return (variables, removals)
    }

    /// `--from configmap/NAME` or `secret/NAME`: one reference per key (in key order; kubectl
    /// walks a Go map), named as the key in capitals with what a name may not hold made `_`.
    static func references(_ from: String, cluster: Cluster, context: inout CommandContext) throws(KubectlError) -> [Variable] {
        let sub = CommandContext(world: context.world, flags: context.flags.withPositional([from]),
                                 invocation: context.invocation, commandPath: "kubectl set env")
        var variables: [Variable] = []
        let keys = context.flags.strings("keys")
        for target in try ObjectTargets.resolve(sub, cluster: cluster, allowSelector: false) {
            let reference: String
            switch target.type {
            case .configMap: reference = "configMapKeyRef"
            case .secret: reference = "secretKeyRef"
            default: throw .message("unsupported resource specified in --from")
            }
            for key in (target.object["data"].object?.keys ?? []).sorted() where keys.isEmpty || keys.contains(key) {
                // set_env.go's keyToEnvName: what is not [a-zA-Z0-9_] becomes `_`, then capitals.
                let name = String(key.unicodeScalars.map { scalar -> Character in
                    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
                        ? Character(scalar) : "_"
                }).uppercased()
                if name != key { context.err("Warning: key \(key) transferred to \(name)\n") }
                variables.append(["name": .string(name),
                                  "valueFrom": [reference: ["key": .string(key), "name": .string(target.object.name)]]])
            }
        }
        return variables
    }

    /// helper.go's updateEnv: a set variable replaces every one of its name where the first
    /// stood; removed names go; new ones are appended.
    static func update(_ existing: [Variable], with variables: [Variable], removing removals: [String]) -> [Variable] {
        var covered = Set(removals)
        var result: [Variable] = []
        for variable in existing {
            let name = variable["name"].string ?? ""
            if covered.contains(name) { continue }
            if let newer = variables.first(where: { $0["name"].string == name }) {
                covered.insert(name)
                result.append(newer)
            } else {
                result.append(variable)
            }
        }
        for variable in variables where !covered.contains(variable["name"].string ?? "") {
            covered.insert(variable["name"].string ?? "")
            result.append(variable)
        }
        return result
    }

    static func refuseOverwrites(_ existing: [Variable], with variables: [Variable]) throws(KubectlError) {
        for variable in variables {
            if let current = existing.first(where: { $0["name"] == variable["name"] }), current["value"] != variable["value"] {
                throw .message("'\(current["name"].string ?? "")' already has a value (\(current["value"].string ?? "")), and --overwrite is false")
            }
        }
    }

    /// `--list`: `# Deployment web, container nginx`, then each variable, or where it comes from.
    static func list(_ variables: [Variable], kind: String, name: String, container: String, context: inout CommandContext) {
        context.out("# \(kind) \(name), container \(container)\n")
        for variable in variables {
            let name = variable["name"].string ?? ""
            let from = variable["valueFrom"]
            if from.isNull {
                context.out("\(name)=\(variable["value"].string ?? "")\n")
            } else if let ref = from["configMapKeyRef"].object {
                context.out("# \(name) from configmap \(ref["name"]?.string ?? ""), key \(ref["key"]?.string ?? "")\n")
            } else if let ref = from["secretKeyRef"].object {
                context.out("# \(name) from secret \(ref["name"]?.string ?? ""), key \(ref["key"]?.string ?? "")\n")
            } else if let path = from["fieldRef"]["fieldPath"].string {
                context.out("# \(name) from field path \(path)\n")
            } else if let resource = from["resourceFieldRef"]["resource"].string {
                let container = from["resourceFieldRef"]["containerName"].string.map { $0.isEmpty ? "" : $0 + "/" } ?? ""
                context.out("# \(name) from resource field \(container)\(resource)\n")
            } else {
                context.out("# \(name) from invalid valueFrom\n")
            }
        }
    }

    /// helper.go's selectString: `*` matches everything; otherwise `*` is a non-greedy wildcard.
    static func matches(_ name: String, _ spec: String) -> Bool {
        if spec == "*" { return true }
        guard spec.contains("*") else { return name == spec }
        let parts = spec.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(name)
        for (index, part) in parts.enumerated() where !part.isEmpty {
            guard let found = rest.firstRange(of: part) else { return false }
            if index == 0, found.lowerBound != rest.startIndex { return false }
            if index == parts.count - 1, found.upperBound != rest.endIndex { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }
}
