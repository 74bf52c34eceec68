import JSONValue
import KubeSim

/// `kubectl apply -f`: create what does not exist, bring what does in line with the file,
/// and say which: created, configured, unchanged.
enum ApplyCommand {
    static let command = Kubectl.Command(
        name: "apply", summary: "Apply a configuration to a resource by file name or stdin",
        configure: { flags in
            CommandContext.addRecordFlag(&flags)
            flags.add("filename", "f", .stringSlice)
            flags.add("recursive", "R", .bool)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            OutputFormat.addFlags(to: &flags)
            flags.add("server-side", nil, .bool)
            flags.add("force-conflicts", nil, .bool)
            flags.add("validate", nil, .string, default: "strict", whenBare: "strict")
            flags.add("prune", nil, .bool)
            flags.add("selector", "l", .string)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        guard !flags.strings("filename").isEmpty else {
            throw .message("must specify one of -f and -k")
        }
        if flags.bool("prune") { throw .message("Shipyard does not simulate --prune") }
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(flags)
        let validation = try Manifests.validation(flags)
        let cluster = try context.cluster()
        let manifests = try Manifests.read(flags.strings("filename"), recursive: flags.bool("recursive"), context: context)
        var failed = false
        for manifest in manifests {
            do {
                let type = try Manifests.type(of: manifest, context: context, in: cluster)
                let (object, verb) = try apply(manifest, type: type, context: &context, cluster: cluster, dryRun: dryRun,
                                               serverSide: flags.bool("server-side"), validation: validation)
                CreateCommand.report(object, type: type, verb: verb, dryRun: dryRun, format: format, context: &context)
            } catch {
                context.err(error.rendered)
                failed = true
            }
        }
        if failed { context.output.status = 1 }
    }

    static func apply(_ manifest: Manifest, type: ResourceType, context: inout CommandContext, cluster: Cluster,
                      dryRun: DryRun, serverSide: Bool, validation: FieldValidation,
                      warnWithoutAnnotation: Bool = true) throws(KubectlError) -> (JSON, String) {
        let server = cluster.apiServer
        let namespace = manifest.namespace(as: type, default: context.namespace)
        let modified = Apply.withLastApplied(context.recorded(manifest.object), namespace: namespace, type: type)
        guard let live = server.object(type, namespace: namespace, name: manifest.object.name) else {
            if dryRun == .client { return (modified, "created") }
            let body = try Manifests.decoded(modified, type: type, validation: validation, when: "creating",
                                             source: manifest.source, cluster: cluster, context: &context)
            do {
                let created = try server.create(type, body, namespace: type.namespaced ? namespace : nil,
                                                dryRun: dryRun == .server)
                return (created, serverSide ? "serverside-applied" : "created")
            } catch {
                throw .server(error, when: "creating", source: manifest.source)
            }
        }
        let lastApplied = live.annotations[Apply.annotation].flatMap { JSONParser.parseOrNil($0) }
        if lastApplied == nil && !serverSide && warnWithoutAnnotation {
            context.err("Warning: resource \(type.resource)/\(live.name) is missing the \(Apply.annotation) annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n")
        }
        var patchedModified = modified
        patchedModified.remove("status")
        let (merged, changed) = ThreeWayMerge.merge(original: lastApplied, modified: patchedModified, current: live)
        guard changed else { return (live, serverSide ? "serverside-applied" : "unchanged") }
        if dryRun == .client { return (merged, "configured") }
        do {
            // The server decodes the patched object; what it has no field for never reaches
            // the store.
            let (decoded, warnings) = try server.decodeBody(merged, as: type, validation: validation)
            Manifests.warn(warnings, context: &context)
            var update = decoded
            update["metadata"].remove("resourceVersion")
            let stored = try server.update(type, update, dryRun: dryRun == .server)
            return (stored, serverSide ? "serverside-applied" : "configured")
        } catch {
            if error.reason == "Invalid" { throw .server(error) }
            throw .verbatim("Error from server (\(error.reason)): error when applying patch:\n\(JSONWriter.goCompact.write(patchedModified))\nto:\nResource: \"\(type.group.isEmpty ? "" : type.group + "/")\(type.version), Resource=\(type.resource)\", GroupVersionKind: \"\(type.group.isEmpty ? "" : type.group + "/")\(type.version), Kind=\(type.kind)\"\nName: \"\(live.name)\", Namespace: \"\(live.namespace)\"\nfor: \"\(manifest.source)\": \(error.message)")
        }
    }
}

/// The last-applied annotation, as kubectl writes it: the applied object as compact JSON with
/// keys sorted (it went through a Go map), including the namespace and an empty annotations
/// map, followed by a newline.
enum Apply {
    static let annotation = "kubectl.kubernetes.io/last-applied-configuration"

    static func withLastApplied(_ object: JSON, namespace: String, type: ResourceType) -> JSON {
        var applied = object
        if type.namespaced && applied.namespace.isEmpty { applied["metadata"]["namespace"] = .string(namespace) }
        applied["metadata"]["annotations"].remove(annotation)
        if applied["metadata"]["annotations"].isNull { applied["metadata"]["annotations"] = .object(JSONObject()) }
        let text = JSONWriter.goCompact.write(ObjectPrinter.sorted(applied)) + "\n"
        var result = applied
        result["metadata"]["annotations"][annotation] = .string(text)
        return result
    }
}
