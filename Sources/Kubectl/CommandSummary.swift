import KubeSim
import ToolIO
import World

extension Kubectl {
    /// Subcommands whose first argument names what they do (`rollout status`, `create deployment`).
    static let commandsWithSubcommands: Set<String> = ["rollout", "set", "config", "create", "top"]

    /// Describes what `kubectl ARGUMENTS` asked for, resolved as this kubectl resolves it (short
    /// names, `TYPE/NAME`, `-n`, the context's namespace). Nil when it is not a kubectl command
    /// at all (no subcommand, an unknown one).
    public func summarize(_ arguments: [String], status: Int32) -> CommandRecord? {
        var rest = arguments
        var leading: [String] = []
        while let first = rest.first, first.hasPrefix("-") {
            leading.append(rest.removeFirst())
            if Self.globalFlagsTakingValue.contains(first), let value = rest.first, !first.contains("=") {
                leading.append(value)
                rest.removeFirst()
            }
        }
        guard let name = rest.first, let command = Self.commands.first(where: { $0.name == name }) else { return nil }
        var flags = FlagSet()
        Self.addGlobalFlags(&flags)
        command.configure(&flags)
        try? flags.parse(leading + Array(rest.dropFirst()))
        var positional = flags.positional
        var verb = command.name
        if Self.commandsWithSubcommands.contains(verb), let sub = positional.first {
            verb += " " + sub
            positional.removeFirst()
        }
        let contextName = flags.isSet("context") ? flags.string("context") : world.kubeconfig.currentContext
        var record = CommandRecord(tool: "kubectl", verb: verb, scope: contextName, status: status, arguments: arguments)
        if flags.flag(named: "output") != nil, flags.isSet("output") { record.output = flags.string("output") }
        let catalog = world.cluster(forContext: contextName)?.apiServer.catalog
        var namespaced = true
        if let first = positional.first {
            let slashed = first.contains("/")
            let typed = String(first.split(separator: "/").first?.split(separator: ",").first ?? "")
            if let type = catalog?.resolve(typed) {
                record.resource = type.resource
                namespaced = type.namespaced
                record.names = slashed
                    ? positional.map { String($0.split(separator: "/", maxSplits: 1).last ?? "") }
                    : Array(positional.dropFirst())
            } else {
                record.names = positional
            }
        }
        if namespaced {
            if flags.flag(named: "all-namespaces") != nil, flags.bool("all-namespaces") {
                record.namespace = "*"
            } else if flags.isSet("namespace"), !flags.string("namespace").isEmpty {
                record.namespace = flags.string("namespace")
            } else {
                let contextNamespace = world.kubeconfig.context(named: contextName)?.namespace ?? nil ?? ""
                record.namespace = contextNamespace.isEmpty ? "default" : contextNamespace
            }
        }
        return record
    }
}
