import JSONValue
import KubeSim

/// `kubectl replace -f FILE`: each object in the files replaces the live one whole (a PUT);
/// `--force` deletes it and creates it again.
enum ReplaceCommand {
    static let command = Kubectl.Command(
        name: "replace", summary: "Replace a resource by file name or stdin",
        configure: { flags in
            flags.add("filename", "f", .stringSlice)
            flags.add("recursive", "R", .bool)
            flags.add("force", nil, .bool)
            flags.add("grace-period", nil, .int, default: "-1")
            flags.add("save-config", nil, .bool)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            flags.add("validate", nil, .string, default: "strict", whenBare: "strict")
            OutputFormat.addFlags(to: &flags)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        let dryRun = try DryRun.parse(&context)
        if flags.isSet("grace-period"), !flags.bool("force") { throw .message("--grace-period must have --force specified") }
        if dryRun != .none, flags.bool("force") { throw .message("--dry-run can not be used when --force is set") }
        guard !flags.strings("filename").isEmpty else { throw .message("must specify one of -f and -k") }
        let format = try OutputFormat.parse(flags)
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let validation = try Manifests.validation(flags)
        var failed = false
        for manifest in try Manifests.read(flags.strings("filename"), recursive: flags.bool("recursive"), context: context) {
            do throws(KubectlError) {
                let type = try Manifests.type(of: manifest, context: context, in: cluster)
                let namespace = manifest.namespace(as: type, default: context.namespace)
                var object = manifest.object
                if type.namespaced { object["metadata"]["namespace"] = .string(namespace) }
                if flags.bool("save-config") { object = Apply.withLastApplied(object, namespace: namespace, type: type) }
                if dryRun == .client {
                    CreateCommand.report(object, type: type, verb: "replaced", dryRun: dryRun, format: format, context: &context)
                    continue
                }
                object = try Manifests.decoded(object, type: type, validation: validation, when: "replacing",
                                               source: manifest.source, cluster: cluster, context: &context)
                let replaced: JSON
                do throws(APIError) {
                    if flags.bool("force") {
                        let grace = flags.int("grace-period")
                        let deleted = try server.delete(type, namespace: namespace, name: object.name,
                                                        gracePeriodSeconds: grace >= 0 ? grace : nil)
                        context.out("\(type.qualifiedSingular) \"\(object.name)\" deleted\n")
                        DeleteCommand.waitUntilGone([(type, deleted)], cluster: cluster)
                        replaced = try server.create(type, object, namespace: type.namespaced ? namespace : nil)
                    } else {
                        replaced = try server.update(type, object, dryRun: dryRun == .server)
                    }
                } catch {
                    throw .server(error, when: "replacing", source: manifest.source)
                }
                CreateCommand.report(replaced, type: type, verb: "replaced", dryRun: dryRun, format: format, context: &context)
            } catch {
                context.err(error.rendered)
                failed = true
            }
        }
        if failed { context.output.status = 1 }
    }
}
