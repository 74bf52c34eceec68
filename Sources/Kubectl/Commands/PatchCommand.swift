import JSONValue
import KubeSim
import YAMLCoding

/// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`: the API server applies the
/// patch to the live object; kubectl says `patched`, or `patched (no change)`.
enum PatchCommand {
    static let command = Kubectl.Command(
        name: "patch", summary: "Update fields of a resource",
        configure: { flags in
            flags.add("patch", "p", .string)
            flags.add("patch-file", nil, .string)
            flags.add("type", nil, .string, default: "strategic")
            flags.add("filename", "f", .stringSlice)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            flags.add("local", nil, .bool)
            flags.add("field-manager", nil, .string, default: "kubectl-patch")
            flags.add("subresource", nil, .string)
            CommandContext.addRecordFlag(&flags)
            OutputFormat.addFlags(to: &flags)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        let text = try patchText(flags, context: context)
        guard let patchType = Patch.PatchType(rawValue: flags.string("type").lowercased()) else {
            throw .message("--type must be one of [json merge strategic], not \"\(flags.string("type"))\"")
        }
        if flags.bool("local") {
            throw .message("Shipyard patches objects on the server only; run without --local")
        }
        let patch: JSON
        do {
            patch = try KubeYAML.parse(text)
        } catch {
            throw .message("unable to parse \"\(text)\": \(error.message)")
        }
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(flags)
        let cluster = try context.cluster()
        let targets = try ObjectTargets.resolve(context, cluster: cluster, allowSelector: false,
                                                filenames: flags.strings("filename"))
        var failed = false
        for target in targets {
            let object = target.object
            do throws(APIError) {
                var (patched, changed): (JSON, Bool)
                if dryRun == .client {
                    do {
                        patched = try Patch.apply(patchType, patch, to: object)
                    } catch {
                        throw .invalidRequest("the server rejected our request due to an error in our request")
                    }
                    changed = patched != object
                } else {
                    (patched, changed) = try cluster.apiServer.patch(target.type, namespace: object.namespace,
                                                                     name: object.name, patchType, patch,
                                                                     dryRun: dryRun == .server)
                    // --record: a second, merge patch of the change-cause, as kubectl sends it.
                    if flags.bool("record"), dryRun == .none {
                        let cause = context.recorded(.object(JSONObject()))["metadata"]["annotations"]["kubernetes.io/change-cause"]
                        if let recorded = cluster.apiServer.modify(target.type, namespace: object.namespace, name: object.name, {
                            $0["metadata"]["annotations"]["kubernetes.io/change-cause"] = cause
                        }) {
                            patched = recorded
                        }
                    }
                }
                CreateCommand.report(patched, type: target.type, verb: changed ? "patched" : "patched (no change)",
                                     dryRun: dryRun, format: format, context: &context)
            } catch {
                context.err(KubectlError.server(error).rendered)
                failed = true
            }
        }
        if failed { context.output.status = 1 }
    }

    /// The patch from `-p` or `--patch-file`, with kubectl's checks.
    private static func patchText(_ flags: FlagSet, context: CommandContext) throws(KubectlError) -> String {
        let inline = flags.string("patch")
        let file = flags.string("patch-file")
        if !inline.isEmpty, !file.isEmpty { throw .message("cannot specify --patch and --patch-file together") }
        if inline.isEmpty, file.isEmpty {
            throw .message("must specify --patch or --patch-file containing the contents of the patch")
        }
        return inline.isEmpty ? try Manifests.text(file, fs: context.invocation.fileSystem) : inline
    }
}
