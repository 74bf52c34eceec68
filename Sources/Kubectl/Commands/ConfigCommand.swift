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
            OutputFormat.addFlags(to: &flags)
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
            context.out("NAME\n" + names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { $0 + "\n" }.joined())
        case "set-context":
            let name = context.flags.bool("current") ? world.kubeconfig.currentContext : (arguments.first ?? "")
            guard !name.isEmpty else { throw .message("you must specify a non-empty context name or --current") }
            let existing = world.kubeconfig.context(named: name)
            var entry = existing ?? KubeConfig.Context(name: name, cluster: "", user: "")
            if context.flags.isSet("cluster") { entry.cluster = context.flags.string("cluster") }
            if context.flags.isSet("user") { entry.user = context.flags.string("user") }
            if context.flags.isSet("namespace") {
                let namespace = context.flags.string("namespace")
                entry.namespace = namespace.isEmpty ? nil : namespace
            }
            world.kubeconfig.set(entry)
            context.out("Context \"\(name)\" \(existing == nil ? "created" : "modified").\n")
        case "rename-context", "delete-context", "delete-cluster", "delete-user":
            try editEntries(sub, arguments, &context)
        case "view":
            let document = try view(world, minify: context.flags.bool("minify"), raw: context.flags.bool("raw"))
            switch try OutputFormat.parse(context.flags) {
            case .json: context.out(JSONWriter.kubectl.write(typedOrder(document)) + "\n")
            case .name: context.out("config/<unknown>\n")  // a Config has no name to print
            case .template(let template):
                ObjectPrinter.print([document], single: true, format: .template(template), keyOrder: false, context: &context)
            case .yaml, .table: context.out(KubectlYAML.render(document))
            }
        default:
            throw .usage("unknown command \"\(context.arguments.joined(separator: " "))\"", command: "kubectl config")
        }
    }

    /// The view in the field order of kubectl's typed Config, as `-o json` prints it (YAML
    /// sorts the keys); an empty list is Go's nil slice.
    static func typedOrder(_ document: JSON) -> JSON {
        func ordered(_ value: JSON, _ keys: [String]) -> JSON {
            guard let object = value.object else { return value }
            return .object(JSONObject(keys.compactMap { key in object[key].map { (key, $0) } }))
        }
        func list(_ key: String, _ entry: (JSON) -> JSON) -> JSON {
            guard let items = document[key].array, !items.isEmpty else { return .null }
            return .array(items.map(entry))
        }
        return [
            "kind": document["kind"], "apiVersion": document["apiVersion"], "preferences": document["preferences"],
            "clusters": list("clusters") { entry in
                ["name": entry["name"], "cluster": ordered(entry["cluster"], ["server", "certificate-authority-data"])]
            },
            "users": list("users") { entry in
                var user = ordered(entry["user"], ["client-certificate-data", "client-key-data", "exec"])
                if user["exec"].object != nil {
                    user["exec"] = ordered(user["exec"], ["command", "args", "env", "apiVersion", "provideClusterInfo",
                                                          "interactiveMode"])
                }
                return ["name": entry["name"], "user": user]
            },
            "contexts": list("contexts") { entry in
                ["name": entry["name"], "context": ordered(entry["context"], ["cluster", "user", "namespace"])]
            },
            "current-context": document["current-context"],
        ]
    }

    /// The kubeconfig file as kubectl shows it: each list sorted by name, certificates and keys
    /// redacted unless `raw`, exec users with kubectl's own defaults filled in, only the
    /// current context's entries when `minify`.
    static func view(_ world: World, minify: Bool, raw: Bool) throws(KubectlError) -> JSON {
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
        // kubectl reads the file into maps and writes each list back sorted by name.
        func kept(_ key: String, _ wanted: String?) -> [JSON] {
            (file[key].array ?? []).filter { !minify || $0["name"].string == wanted }
                .sorted { ($0["name"].string ?? "").utf8.lexicographicallyPrecedes(($1["name"].string ?? "").utf8) }
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
        return document
    }
}
