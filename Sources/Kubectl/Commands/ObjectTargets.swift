import JSONValue
import KubeSim

/// The objects a command acts on: `TYPE NAME…`, `TYPE/NAME…`, `-l SELECTOR`, `--all` or `-f`.
struct ObjectTargets {
    struct Target {
        var type: ResourceType
        var object: JSON
    }

    /// cli-runtime's answer when a command names no resource at all.
    static let noResources = """
        You must provide one or more resources by argument or filename.
        Example resource specifications include:
           '-f rsrc.yaml'
           '--filename=rsrc.json'
           '<resource> <name>'
           '<resource>'
        """

    static func resolve(_ context: CommandContext, cluster: Cluster, allowSelector: Bool = true,
                        filenames: [String] = []) throws(KubectlError) -> [Target] {
        let server = cluster.apiServer
        let namespace = context.namespace
        if !filenames.isEmpty {
            var targets: [Target] = []
            for manifest in try Manifests.read(filenames, recursive: false, context: context) {
                let type = try Manifests.type(of: manifest, context: context, in: cluster)
                let ns = manifest.namespace(as: type, default: namespace)
                do {
                    targets.append(Target(type: type, object: try server.get(type, namespace: ns, name: manifest.object.name)))
                } catch {
                    throw .server(error)
                }
            }
            return targets
        }
        let selection = try ResourceSelection.parse(context.arguments, cluster: cluster, context: context)
        guard !selection.groups.isEmpty else {
            throw .message(noResources)
        }
        var targets: [Target] = []
        let selectorText = allowSelector ? context.flags.string("selector") : ""
        let all = context.flags.flag(named: "all") != nil && context.flags.bool("all")
        for group in selection.groups {
            if selection.byName {
                for name in group.names {
                    do {
                        targets.append(Target(type: group.type, object: try server.get(group.type, namespace: namespace, name: name)))
                    } catch {
                        throw .server(error)
                    }
                }
            } else if !selectorText.isEmpty || all {
                let selector: LabelSelector
                do {
                    selector = try LabelSelector.parse(selectorText)
                } catch {
                    throw .message("unable to parse requirement: \(error.message)")
                }
                for object in server.list(group.type, namespace: namespace, labelSelector: selector) {
                    targets.append(Target(type: group.type, object: object))
                }
            } else {
                throw .message("resource(s) were provided, but no name was specified")
            }
        }
        return targets
    }
}
