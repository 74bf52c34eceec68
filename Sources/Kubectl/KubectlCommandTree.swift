/// kubectl v1.32's commands and subcommands as cobra holds them: for suggestions, command
/// paths in messages, and telling a real subcommand Shipyard does not simulate from a word
/// kubectl would refuse.
enum KubectlCommandTree {
    /// kubectl v1.32's commands as cobra offers them for suggestions: in the order kubectl adds
    /// them (it turns cobra's sorting off), without `help` and the empty `alpha` group.
    static let commands = [
        "create", "expose", "run", "set",
        "explain", "get", "edit", "delete",
        "rollout", "scale", "autoscale",
        "certificate", "cluster-info", "top", "cordon", "uncordon", "drain", "taint",
        "describe", "logs", "attach", "exec", "port-forward", "proxy", "cp", "auth", "debug", "events",
        "diff", "apply", "patch", "replace", "wait", "kustomize",
        "label", "annotate", "completion",
        "config", "plugin", "version", "api-versions", "api-resources", "options",
    ]

    /// cobra's CommandPath of the subcommand the words name (`kubectl create deployment` for
    /// `create deploy web`, `kubectl top pod` for `top pods`), aliases resolved to names.
    static func path(_ name: String, _ arguments: ArraySlice<String>) -> String {
        var words: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument.hasPrefix("-") {
                skipNext = Kubectl.globalFlagsTakingValue.contains(argument)
                continue
            }
            words.append(argument)
        }
        var path = "kubectl \(name)"
        var level = subcommands[name]
        for word in words {
            guard let names = level, let found = names.first(where: { $0.names.contains(word) }) else { break }
            path += " " + found.names[0]
            level = found.children
        }
        return path
    }

    /// kubectl v1.32's subcommands (name first, then aliases), for command paths.
    struct Subcommand {
        var names: [String]
        var children: [Subcommand]? = nil
    }

    static let subcommands: [String: [Subcommand]] = {
        func plain(_ names: [String]) -> [Subcommand] { names.map { Subcommand(names: $0.split(separator: ",").map(String.init)) } }
        return [
            "create": plain(["clusterrole", "clusterrolebinding", "configmap,cm", "cronjob,cj", "deployment,deploy", "ingress,ing",
                             "job", "namespace,ns", "poddisruptionbudget,pdb", "priorityclass,pc", "quota,resourcequota", "role",
                             "rolebinding", "serviceaccount,sa", "token"])
                + [Subcommand(names: ["secret"], children: plain(["docker-registry", "generic", "tls"])),
                   Subcommand(names: ["service", "svc"], children: plain(["clusterip", "externalname", "loadbalancer", "nodeport"]))],
            "top": plain(["node,nodes,no", "pod,pods,po"]),
            "rollout": plain(["history", "pause", "restart", "resume", "status", "undo"]),
            "set": plain(["env", "image", "resources", "selector", "serviceaccount,sa", "subject"]),
            "config": plain(["current-context", "delete-cluster", "delete-context", "delete-user", "get-clusters", "get-contexts",
                             "get-users", "rename-context", "set", "set-cluster", "set-context", "set-credentials", "unset",
                             "use-context,use", "view"]),
        ]
    }()

    /// Whether `word` names a subcommand of `command` (or an alias of one).
    static func isSubcommand(_ word: String, of command: String) -> Bool {
        subcommands[command]?.contains { $0.names.contains(word) } ?? false
    }
}
