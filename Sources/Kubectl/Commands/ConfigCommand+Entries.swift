import World

/// `kubectl config rename-context|delete-context|delete-cluster|delete-user`: edits of the
/// kubeconfig file's entries, worded as kubectl words them, the file named by its path.
extension ConfigCommand {
    static func editEntries(_ sub: String, _ arguments: [String], _ context: inout CommandContext) throws(KubectlError) {
        let world = context.world
        let path = KubeConfig.path(environment: context.invocation.environment,
                                   home: context.invocation.fileSystem.homeDirectory,
                                   currentDirectory: context.invocation.fileSystem.currentDirectory)
        switch sub {
        case "rename-context":
            guard arguments.count == 2 else {
                throw .usage("Unexpected args: [\(arguments.joined(separator: " "))]", command: "kubectl config rename-context")
            }
            let (old, new) = (arguments[0], arguments[1])
            guard world.kubeconfig.context(named: old) != nil else {
                throw .message("cannot rename the context \"\(old)\", it's not in \(path)")
            }
            guard world.kubeconfig.context(named: new) == nil else {
                throw .message("cannot rename the context \"\(old)\", the context \"\(new)\" already exists in \(path)")
            }
            world.kubeconfig.renameContext(old, to: new)
            context.out("Context \"\(old)\" renamed to \"\(new)\".\n")
        case "delete-context", "delete-cluster":
            guard arguments.count == 1 else { return context.out(sub == "delete-context" ? deleteContextHelp : deleteClusterHelp) }
            try delete(sub == "delete-context" ? .context : .cluster, arguments[0], path: path, &context)
        default:
            guard arguments.count == 1 else {
                throw .usage("user to delete is required", command: "kubectl config delete-user")
            }
            try delete(.user, arguments[0], path: path, &context)
        }
    }

    /// Removes the context, cluster or user `name` from the file.
    private static func delete(_ kind: KubeConfig.EntryKind, _ name: String, path: String,
                               _ context: inout CommandContext) throws(KubectlError) {
        let world = context.world
        guard world.kubeconfig.has(kind, named: name) else {
            throw .message("cannot delete \(kind.rawValue) \(name), not in \(path)")
        }
        if kind == .context, world.kubeconfig.currentContext == name {
            context.err("warning: this removed your active context, use \"kubectl config use-context\" to select a different one\n")
        }
        world.kubeconfig.delete(kind, named: name)
        context.out("deleted \(kind.rawValue) \(name) from \(path)\n")
    }

    /// What delete-context and delete-cluster print when not given exactly one name (and
    /// exit 0), as kubectl v1.32 does.
    static let deleteContextHelp = """
        Delete the specified context from the kubeconfig.

        Examples:
          # Delete the context for the minikube cluster
          kubectl config delete-context minikube

        Usage:
          kubectl config delete-context NAME [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let deleteClusterHelp = """
        Delete the specified cluster from the kubeconfig.

        Examples:
          # Delete the minikube cluster
          kubectl config delete-cluster minikube

        Usage:
          kubectl config delete-cluster NAME [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
