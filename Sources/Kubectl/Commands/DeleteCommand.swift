import JSONValue
import KubeSim
import SimCore

/// `kubectl delete`: delete by name, `-l` or `--all`, then wait for the objects to be gone.
enum DeleteCommand {
    static let command = Kubectl.Command(
        name: "delete", summary: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
        configure: { flags in
            flags.add("selector", "l", .string)
            flags.add("all", nil, .bool)
            flags.add("all-namespaces", "A", .bool)
            flags.add("grace-period", nil, .int, default: "-1")
            flags.add("now", nil, .bool)
            flags.add("force", nil, .bool)
            flags.add("wait", nil, .bool, default: "true")
            flags.add("timeout", nil, .duration, default: "0s")
            flags.add("ignore-not-found", nil, .bool)
            flags.add("output", "o", .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            flags.add("filename", "f", .stringSlice)
        },
        run: { context throws(KubectlError) in try run(&context) })

    /// `delete -f FILE`: every object the files describe, missing ones reported as NotFound.
    static func deleteFromFiles(_ context: inout CommandContext) throws(KubectlError) {
        let cluster = try context.cluster()
        let server = cluster.apiServer
        var deleted: [(ResourceType, JSON)] = []
        var failed = false
        for manifest in try Manifests.read(context.flags.strings("filename"), recursive: false, context: context) {
            do throws(KubectlError) {
                let type = try Manifests.type(of: manifest, context: context, in: cluster)
                let namespace = manifest.object.namespace.isEmpty ? context.namespace : manifest.object.namespace
                do throws(APIError) {
                    let object = try server.delete(type, namespace: namespace, name: manifest.object.name)
                    deleted.append((type, object))
                    context.out("\(type.qualifiedSingular) \"\(manifest.object.name)\" deleted\n")
                } catch {
                    if error.reason == "NotFound" && context.flags.bool("ignore-not-found") { continue }
                    throw KubectlError.verbatim("Error from server (\(error.reason)): error when deleting \"\(manifest.source)\": \(error.message)")
                }
            } catch {
                context.err(error.rendered)
                failed = true
            }
        }
        if context.flags.bool("wait") { waitUntilGone(deleted, cluster: cluster) }
        if failed { context.output.status = 1 }
    }

    static func waitUntilGone(_ deleted: [(ResourceType, JSON)], cluster: Cluster) {
        guard !deleted.isEmpty else { return }
        let server = cluster.apiServer
        cluster.simulation.advance(until: {
            deleted.allSatisfy { type, object in
                guard let current = server.object(type, namespace: object.namespace, name: object.name) else { return true }
                return current.uid != object.uid
            }
        }, timeout: .hours(1))
    }

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        if flags.bool("now"), flags.int("grace-period") != -1 {
            throw .message("--now and --grace-period cannot be specified together")
        }
        if !flags.strings("filename").isEmpty {
            try deleteFromFiles(&context)
            return
        }
        guard !context.arguments.isEmpty else {
            throw .message(ObjectTargets.noResources)
        }
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let selection = try ResourceSelection.parse(context.arguments, cluster: cluster, context: context)
        let selectorText = flags.string("selector")
        let all = flags.bool("all")
        if !selection.byName && selectorText.isEmpty && !all {
            throw .message("resource(s) were provided, but no name was specified")
        }
        var grace: Int? = flags.int("grace-period") >= 0 ? flags.int("grace-period") : nil
        if flags.bool("now") { grace = 1 }
        if flags.bool("force") && grace == nil { grace = 0 }
        let dryRun = try DryRun.parse(&context)
        let namespace = context.namespace
        let labelSelector: LabelSelector
        do {
            labelSelector = try LabelSelector.parse(selectorText)
        } catch {
            throw .message("unable to parse requirement: \(error.message)")
        }

        var deleted: [(ResourceType, JSON)] = []
        var failed = false
        for group in selection.groups {
            let targets: [String]
            if selection.byName {
                targets = group.names
            } else {
                targets = server.list(group.type, namespace: flags.bool("all-namespaces") ? nil : namespace,
                                      labelSelector: labelSelector).map(\.name)
            }
            for name in targets {
                do {
                    let object = try server.delete(group.type, namespace: namespace, name: name,
                                                   gracePeriodSeconds: grace, dryRun: dryRun != .none)
                    deleted.append((group.type, object))
                    let suffix = dryRun == .client ? " (dry run)" : (dryRun == .server ? " (server dry run)" : "")
                    if flags.string("output") == "name" {
                        context.out("\(group.type.qualifiedSingular)/\(name)\n")
                    } else {
                        context.out("\(group.type.qualifiedSingular) \"\(name)\" deleted\(suffix)\n")
                    }
                } catch {
                    if error.reason == "NotFound" && flags.bool("ignore-not-found") { continue }
                    context.err(KubectlError.server(error).rendered)
                    failed = true
                }
            }
        }
        if deleted.isEmpty && !failed && !selection.byName {
            context.err("No resources found\n")
        }
        // kubectl waits for each object to disappear (graceful deletion, finalizers).
        if flags.bool("wait") && dryRun == .none { waitUntilGone(deleted, cluster: cluster) }
        if failed { context.output.status = 1 }
    }
}
