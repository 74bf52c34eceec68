import JSONValue
import KubeSim
import SimCore

/// `kubectl diff -f`: what `apply` would change, as a unified diff. kubectl writes each live
/// object and each object as the server would make it (a server-side dry run of the apply)
/// into two temporary directories, `LIVE-<n>` and `MERGED-<n>`, one YAML file per object
/// named `group.version.Kind.namespace.name`, and runs `diff -u -N` on them. Exit status 1
/// when anything differs, 0 when nothing does.
enum DiffCommand {
    static let command = Kubectl.Command(
        name: "diff", summary: "Diff the live version against a would-be applied version",
        configure: { flags in
            flags.add("filename", "f", .stringSlice)
            flags.add("recursive", "R", .bool)
            flags.add("server-side", nil, .bool)
            flags.add("force-conflicts", nil, .bool)
            flags.add("field-manager", nil, .string, default: "kubectl-client-side-apply")
            flags.add("show-managed-fields", nil, .bool)
            flags.add("concurrency", nil, .int, default: "1")
            flags.add("prune", nil, .bool)
            flags.add("selector", "l", .string)
        },
        run: { context throws(KubectlError) in
            // CheckDiffErr: a failure of kubectl or of diff itself exits 2, as 1 means "differs".
            do throws(KubectlError) {
                try run(&context)
            } catch {
                context.err(error.rendered)
                context.output.status = 2
            }
        })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        guard !flags.strings("filename").isEmpty else { throw .message("must specify one of -f and -k") }
        if flags.bool("prune") { throw .message("Shipyard does not simulate --prune") }
        let cluster = try context.cluster()
        let manifests = try Manifests.read(flags.strings("filename"), recursive: flags.bool("recursive"), context: context)
        var live: [String: String] = [:], merged: [String: String] = [:]
        for manifest in manifests {
            let type = try Manifests.type(of: manifest, context: context, in: cluster)
            let namespace = manifest.namespace(as: type, default: context.namespace)
            let name = (type.group.isEmpty ? "" : type.group + ".") + "\(type.version).\(type.kind).\(namespace).\(manifest.object.name)"
            if let current = cluster.apiServer.object(type, namespace: namespace, name: manifest.object.name) {
                live[name] = KubectlYAML.render(ObjectPrinter.sorted(current))
            }
            let (wouldBe, _) = try ApplyCommand.apply(manifest, type: type, context: &context, cluster: cluster, dryRun: .server,
                                                      serverSide: flags.bool("server-side"), validation: .warn,
                                                      warnWithoutAnnotation: false)
            merged[name] = KubectlYAML.render(ObjectPrinter.sorted(wouldBe))
        }
        // os.MkdirTemp's names: the prefix and a random number.
        let random = cluster.simulation.random.stream("kubectl-diff")
        let liveDirectory = "/tmp/LIVE-\(random.int(in: 0...Int(UInt32.max)))"
        let mergedDirectory = "/tmp/MERGED-\(random.int(in: 0...Int(UInt32.max)))"
        let written = Self.fileTime(cluster.simulation.now)
        var differs = false
        for name in Set(live.keys).union(merged.keys).sorted() {
            let hunks = UnifiedDiff.hunks(live[name] ?? "", merged[name] ?? "")
            guard !hunks.isEmpty else { continue }
            differs = true
            let from = "\(liveDirectory)/\(name)", to = "\(mergedDirectory)/\(name)"
            context.out("diff -u -N \(from) \(to)\n")
            context.out("--- \(from)\t\(live[name] == nil ? Self.absent : written)\n")
            context.out("+++ \(to)\t\(merged[name] == nil ? Self.absent : written)\n")
            context.out(hunks)
        }
        if differs { context.output.status = 1 }
    }

    /// How `diff -N` dates a file that is not there.
    static let absent = "1970-01-01 00:00:00.000000000 +0000"

    /// A file's modification time as diff prints it (the shell's clock is UTC).
    static func fileTime(_ time: SimTime) -> String {
        let parts = time.rfc3339.dropLast().split(separator: "T", maxSplits: 1)  // 2026-01-01T00:00:05Z
        let millis = Int((time.milliseconds % 1000 + 1000) % 1000)
        let fraction = String(millis + 1000).dropFirst() + "000000"
        return parts.joined(separator: " ") + ".\(fraction) +0000"
    }
}
