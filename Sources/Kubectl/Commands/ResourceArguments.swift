import KubeSim

/// What the learner named on the command line: `pods`, `pods nginx web`, `pod/nginx`,
/// `pods,deploy`, `all` — resolved into (type, names) groups in the order given.
struct ResourceSelection {
    struct Group {
        var type: ResourceType
        var names: [String]
        /// Where the names are, when not the command's namespace (objects named in files).
        var namespace: String? = nil
    }

    /// The objects named in manifests (`kubectl get -f FILE`), grouped by type and namespace in
    /// the order the files give them.
    static func fromFiles(_ paths: [String], cluster: Cluster, context: CommandContext) throws(KubectlError)
        -> ResourceSelection
    {
        var groups: [Group] = []
        for manifest in try Manifests.read(paths, recursive: false, context: context) {
            let type = try Manifests.type(of: manifest, context: context, in: cluster)
            let namespace = manifest.namespace(as: type, default: context.namespace)
            if let index = groups.firstIndex(where: { $0.type == type && $0.namespace == namespace }) {
                groups[index].names.append(manifest.object.name)
            } else {
                groups.append(Group(type: type, names: [manifest.object.name], namespace: namespace))
            }
        }
        return ResourceSelection(groups: groups, multipleTypes: Set(groups.map(\.type.resource)).count > 1, byName: true)
    }

    var groups: [Group]
    /// True when more than one type is involved, so names print with a kind prefix.
    var multipleTypes: Bool
    /// True when objects were named (`pod nginx`, `pod/nginx`), not listed.
    var byName: Bool

    static func parse(_ arguments: [String], cluster: Cluster, context: CommandContext) throws(KubectlError) -> ResourceSelection {
        guard let first = arguments.first else {
            return ResourceSelection(groups: [], multipleTypes: false, byName: false)
        }
        // TYPE/NAME form: every argument must use it.
        if first.contains("/") {
            var groups: [Group] = []
            for argument in arguments {
                let parts = argument.split(separator: "/", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[1].isEmpty else {
                    throw .message("arguments in resource/name form must have a single resource and name")
                }
                let type = try context.resolveType(parts[0], in: cluster)
                if let index = groups.firstIndex(where: { $0.type == type }) {
                    groups[index].names.append(parts[1])
                } else {
                    groups.append(Group(type: type, names: [parts[1]]))
                }
            }
            let distinct = Set(groups.map(\.type.resource)).count
            return ResourceSelection(groups: groups, multipleTypes: distinct > 1 || arguments.count > 1, byName: true)
        }
        if arguments.dropFirst().contains(where: { $0.contains("/") }) {
            throw .message("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'")
        }
        var types: [ResourceType] = []
        for typed in first.split(separator: ",", omittingEmptySubsequences: true).map(String.init) {
            if typed.lowercased() == "all" {
                for type in cluster.apiServer.catalog.allCategory where !types.contains(type) { types.append(type) }
                continue
            }
            let type = try context.resolveType(typed, in: cluster)
            if !types.contains(type) { types.append(type) }
        }
        let names = Array(arguments.dropFirst())
        let isAll = first.split(separator: ",").contains { $0.lowercased() == "all" }
        return ResourceSelection(groups: types.map { Group(type: $0, names: names) },
                                 multipleTypes: types.count > 1 || isAll, byName: !names.isEmpty)
    }
}
