import GoPorts
import JSONValue
import KubeSim
import World

/// `kubectl config view|get-contexts|current-context|use-context|set-context|get-clusters|get-users`,
/// and the entry edits in ConfigCommand+Entries.
enum ConfigCommand {
    static let command = Kubectl.Command(
        name: "config", summary: "Modify kubeconfig files",
        configure: { flags in
            flags.add("current", nil, .bool)
            flags.add("output", "o", .string)
            flags.add("minify", nil, .bool)
            flags.add("raw", nil, .bool)
            flags.add("no-headers", nil, .bool)
        },
        run: { context throws(KubectlError) in try run(&context) },
        subcommands: Kubectl.SimulatedSubcommands(
            ["view", "get-contexts", "get-clusters", "get-users", "current-context", "use-context", "set-context",
             "rename-context", "delete-context", "delete-cluster", "delete-user"]
        ) { path in
            .message("Shipyard simulates kubectl config view, get-contexts, get-clusters, get-users, current-context, use-context, set-context, rename-context, delete-context, delete-cluster and delete-user; `config \(path[0])` is not simulated")
        })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let world = context.world
        guard let sub = context.arguments.first else {
            throw .verbatim("Modify kubeconfig files using subcommands like \"kubectl config set current-context my-context\".\n\nAvailable Commands:\n  current-context   Display the current-context\n  delete-cluster    Delete the specified cluster from the kubeconfig\n  delete-context    Delete the specified context from the kubeconfig\n  delete-user       Delete the specified user from the kubeconfig\n  get-clusters      Display clusters defined in the kubeconfig\n  get-contexts      Describe one or many contexts\n  get-users         Display users defined in the kubeconfig\n  rename-context    Rename a context from the kubeconfig file\n  set-context       Set a context entry in kubeconfig\n  use-context       Set the current-context in a kubeconfig file\n  view              Display merged kubeconfig settings or a specified kubeconfig file\n\nUsage:\n  kubectl config SUBCOMMAND [options]")
        }
        let arguments = Array(context.arguments.dropFirst())
        switch sub {
        case "current-context":
            guard !world.kubeconfig.currentContext.isEmpty else { throw .message("current-context is not set") }
            context.out(world.kubeconfig.currentContext + "\n")
        case "use-context", "use":
            guard let name = arguments.first else { throw .usage("Unexpected args: []", command: "kubectl config use-context") }
            guard world.kubeconfig.context(named: name) != nil else {
                throw .message("no context exists with the name: \"\(name)\"")
            }
            world.kubeconfig.currentContext = name
            context.out("Switched to context \"\(name)\".\n")
        case "get-contexts":
            // Every context named (all when none is), sorted; the ones not found are errors,
            // reported after the table as kubectl's aggregate error prints them.
            let nameOnly = context.flags.string("output") == "name"
            var rows: [[String]] = context.flags.bool("no-headers") || nameOnly ? [] : [["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]]
            var missing: [String] = []
            var shown: [KubeConfig.Context] = []
            if arguments.isEmpty {
                shown = world.kubeconfig.contexts
            } else {
                for name in arguments {
                    if let found = world.kubeconfig.context(named: name) { shown.append(found) } else { missing.append("context \(name) not found") }
                }
            }
            shown.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            if nameOnly {
                for entry in shown { context.out(entry.name + "\n") }
            } else {
                for entry in shown {
                    rows.append([entry.name == world.kubeconfig.currentContext ? "*" : "", entry.name, entry.cluster,
                                 entry.user, entry.namespace ?? ""])
                }
                var writer = TabWriter()
                context.out(writer.format(rows))
            }
            switch missing.count {
            case 0: break
            case 1: throw .message(missing[0])
            default: throw .verbatim(missing.joined(separator: "\n"))
            }
        case "get-clusters", "get-users":
            // Each entry of the file once, by name.
            let names = sub == "get-users" ? world.kubeconfig.users.map(\.name) : world.kubeconfig.clusters.map(\.name)
            context.out("NAME\n" + names.sorted().map { $0 + "\n" }.joined())
        case "set-context":
            let name = context.flags.bool("current") ? world.kubeconfig.currentContext : (arguments.first ?? "")
            guard !name.isEmpty else { throw .message("you must specify a non-empty context name or --current") }
            var namespace: String?? = nil
            if context.flags.isSet("namespace") { namespace = .some(context.flags.string("namespace")) }
            if world.kubeconfig.context(named: name) == nil {
                world.kubeconfig.set(KubeConfig.Context(name: name, cluster: "", user: ""))
                if let namespace { world.kubeconfig.setNamespace(namespace, forContext: name) }
                context.out("Context \"\(name)\" created.\n")
            } else {
                if let namespace { world.kubeconfig.setNamespace(namespace?.isEmpty == true ? nil : namespace, forContext: name) }
                context.out("Context \"\(name)\" modified.\n")
            }
        case "rename-context", "delete-context", "delete-cluster", "delete-user":
            try editEntries(sub, arguments, &context)
        case "view":
            context.out(try view(world, minify: context.flags.bool("minify"), raw: context.flags.bool("raw"),
                             output: context.flags.string("output")))
        default:
            throw .usage("unknown command \"\(context.arguments.joined(separator: " "))\"", command: "kubectl config")
        }
    }

    /// The kubeconfig file as kubectl shows it: certificates and keys redacted unless `raw`,
    /// exec users with kubectl's own defaults filled in, only the current context's entries
    /// when `minify`.
    static func view(_ world: World, minify: Bool, raw: Bool, output: String) throws(KubectlError) -> String {
        let file = world.kubeconfig.file
        let current = world.kubeconfig.current
        if minify {
            // The current context and what it names must all be there.
            let name = world.kubeconfig.currentContext
            guard !name.isEmpty else { throw .message("current-context must exist in order to minify") }
            guard let current else { throw .message("cannot locate context \(name)") }
            guard world.kubeconfig.cluster(named: current.cluster) != nil else {
                throw .message("cannot locate cluster \(current.cluster)")
            }
            guard world.kubeconfig.user(named: current.user) != nil else { throw .message("cannot locate user \(current.user)") }
        }
        func kept(_ key: String, _ wanted: String?) -> [JSON] {
            (file[key].array ?? []).filter { !minify || $0["name"].string == wanted }
        }
        var document = file
        let redacted: JSON = "DATA+OMITTED"
        document["clusters"] = .array(kept("clusters", current?.cluster).map { entry in
            var entry = entry
            if !raw { entry["cluster"]["certificate-authority-data"] = redacted }
            return entry
        })
        document["contexts"] = .array(kept("contexts", current?.name))
        document["users"] = .array(kept("users", current?.user).map { entry in
            var entry = entry
            if entry["user"]["exec"].object != nil {
                // An exec user as kubectl reads it back: its own defaults filled in.
                entry["user"]["exec"]["env"] = .null
                entry["user"]["exec"]["interactiveMode"] = "IfAvailable"
                entry["user"]["exec"]["provideClusterInfo"] = false
            } else if !raw {
                entry["user"] = ["client-certificate-data": redacted, "client-key-data": redacted]
            }
            return entry
        })
        return output == "json" ? JSONWriter.kubectl.write(document) + "\n" : KubectlYAML.render(document)
    }
}
