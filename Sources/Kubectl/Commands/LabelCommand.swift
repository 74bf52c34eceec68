import JSONValue
import KubeSim

/// `kubectl label` and `kubectl annotate`: `key=value` to set, `key-` to remove.
enum LabelCommand {
    static func command(annotate: Bool) -> Kubectl.Command {
        Kubectl.Command(
            name: annotate ? "annotate" : "label",
            summary: annotate ? "Update the annotations on a resource" : "Update the labels on a resource",
            configure: { flags in
                CommandContext.addRecordFlag(&flags)
                flags.add("overwrite", nil, .bool)
                flags.add("all", nil, .bool)
                flags.add("selector", "l", .string)
                flags.add("filename", "f", .stringSlice)
                flags.add("list", nil, .bool)
                flags.add("local", nil, .bool)
                flags.add("output", "o", .string)
                flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
                flags.add("resource-version", nil, .string)
            },
            run: { context throws(KubectlError) in try run(&context, annotate: annotate) })
    }

    static func run(_ context: inout CommandContext, annotate: Bool) throws(KubectlError) {
        let field = annotate ? "annotations" : "labels"
        let noun = annotate ? "annotation" : "label"
        var resources: [String] = []
        var changes: [(String, String?)] = []
        for argument in context.arguments {
            if argument.contains("=") {
                let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                if !annotate {
                    for problem in NameRules.labelValue(parts[1]) {
                        throw .message("invalid label value: \"\(argument)\": \(problem)")
                    }
                }
                changes.append((parts[0], parts[1]))
            } else if argument.hasSuffix("-"), !resources.isEmpty || context.flags.isSet("selector") || context.flags.bool("all") {
                changes.append((String(argument.dropLast()), nil))
            } else {
                resources.append(argument)
            }
        }
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(context.flags)
        if resources.isEmpty, context.flags.strings("filename").isEmpty {
            throw .message("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        guard !changes.isEmpty || context.flags.bool("list") else { throw .message("at least one \(noun) update is required") }
        let cluster = try context.cluster()
        let sub = CommandContext(world: context.world, flags: context.flags.withPositional(resources),
                                 invocation: context.invocation, commandPath: context.commandPath)
        for target in try ObjectTargets.resolve(sub, cluster: cluster, filenames: context.flags.strings("filename")) {
            let existing = stringMap(target.object["metadata"][field])
            if context.flags.bool("list") {
                for key in existing.keys.sorted() { context.out("\(key)=\(existing[key] ?? "")\n") }
                continue
            }
            var updated = existing
            for (key, value) in changes {
                if let value {
                    if let current = existing[key], current != value, !context.flags.bool("overwrite") {
                        throw .message("'\(key)' already has a value (\(current)), and --overwrite is false")
                    }
                    updated[key] = value
                } else {
                    updated[key] = nil
                }
            }
            let name = "\(target.type.qualifiedSingular)/\(target.object.name)"
            guard updated != existing else {
                context.out("\(name) not \(annotate ? "annotated" : "labeled")\(dryRun.suffix)\n")
                continue
            }
            let removedOnly = changes.allSatisfy { $0.1 == nil }
            let recorded = context.recorded(.object(JSONObject()))["metadata"]["annotations"]["kubernetes.io/change-cause"]
            let change = { (object: inout JSON) in
                if updated.isEmpty { object["metadata"].remove(field) } else { object["metadata"][field] = updated.json }
                if !recorded.isNull { object["metadata"]["annotations"]["kubernetes.io/change-cause"] = recorded }
            }
            var result = target.object
            if dryRun == .none {
                cluster.apiServer.modify(target.type, namespace: target.object.namespace, name: target.object.name, change)
                result = cluster.apiServer.object(target.type, namespace: target.object.namespace, name: target.object.name) ?? result
            } else {
                change(&result)
            }
            let verb = removedOnly ? (annotate ? "annotated" : "unlabeled") : (annotate ? "annotated" : "labeled")
            CreateCommand.report(result, type: target.type, verb: verb, dryRun: dryRun, format: format, context: &context)
        }
    }
}
