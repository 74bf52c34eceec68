import GoPorts
import JSONValue
import KubeSim
import SimCore
import ToolIO
import World

/// The `kubectl` front end: arguments in, requests to the current context's API server,
/// output printed as kubectl v1.32 prints it.
public final class Kubectl {
    public static let clientVersion = "v1.32.4"
    public static let kustomizeVersion = "v5.5.0"

    let world: World

    public init(world: World) { self.world = world }

    /// A subcommand: its flags and what it does.
    struct Command: Sendable {
        var name: String
        var summary: String
        var configure: @Sendable (inout FlagSet) -> Void
        var run: @Sendable (inout CommandContext) throws(KubectlError) -> Void
        /// When Shipyard runs only some of the command's subcommands: which, and what it says
        /// of the others — before their flags, which it does not know, are read.
        var subcommands: SimulatedSubcommands? = nil
    }

    /// The subcommands of a command Shipyard runs, as paths below it (`deployment`, `secret
    /// generic`), and what it says of the rest of kubectl's.
    struct SimulatedSubcommands: Sendable {
        var paths: [[String]]
        var refusal: @Sendable (_ path: [String]) -> KubectlError

        init(_ paths: [String], refusal: @escaping @Sendable (_ path: [String]) -> KubectlError) {
            self.paths = paths.map { $0.split(separator: " ").map(String.init) }
            self.refusal = refusal
        }

        /// The refusal for the subcommand `path` names (aliases resolved), if Shipyard does
        /// not run it; nil for one it runs, or for a path that stops short of one.
        func refusal(for path: [String]) -> KubectlError? {
            guard !path.isEmpty, !paths.contains(where: { $0.starts(with: path) || path.starts(with: $0) }) else { return nil }
            return refusal(path)
        }
    }

    static let commands: [Command] = [
        CreateCommand.command, GetCommand.command, EditCommand.command, DescribeCommand.command, RunCommand.command, DeleteCommand.command, ApplyCommand.command, DiffCommand.command,
        ExposeCommand.command, PatchCommand.command, ReplaceCommand.command, EventsCommand.command, ScaleCommand.command, RolloutCommand.command, SetCommand.command, LabelCommand.command(annotate: false),
        LabelCommand.command(annotate: true), NodeCommands.cordon, NodeCommands.uncordon, NodeCommands.drain,
        NodeCommands.taint, LogsCommand.command, ExecCommand.command, PortForwardCommand.command, ProxyCommand.command, CpCommand.command, AutoscaleCommand.command, TopCommand.command, ExplainCommand.command, WaitCommand.command, ConfigCommand.command,
        DiscoveryCommands.apiResources, DiscoveryCommands.apiVersions, DiscoveryCommands.clusterInfo,
        VersionCommand.command,
    ]

    /// Names of the subcommands, for completion and help.
    public static var commandNames: [String] { commands.map(\.name) }

    /// The subcommands kubectl has under `command` (`rollout status`, `set env`), for completion.
    public static func subcommandNames(of command: String) -> [String] {
        (KubectlCommandTree.subcommands[command] ?? []).compactMap(\.names.first)
    }

    public func run(_ invocation: Invocation) -> ToolOutput {
        var arguments = invocation.arguments
        var output = ToolOutput()
        guard !arguments.isEmpty else {
            output.out(KubectlHelp.root(Self.commands))
            return output
        }
        // Global flags may come before the subcommand (`kubectl -n kube-system get pods`).
        var leading: [String] = []
        while let first = arguments.first, first.hasPrefix("-") {
            leading.append(arguments.removeFirst())
            if Self.globalFlagsTakingValue.contains(first), let value = arguments.first, !first.contains("=") {
                leading.append(value)
                arguments.removeFirst()
            }
        }
        guard let name = arguments.first else {
            output.out(KubectlHelp.root(Self.commands))
            return output
        }
        guard let command = Self.commands.first(where: { $0.name == name }) else {
            return .failure(UnknownCommand.message(for: name).rendered)
        }
        if let subcommands = command.subcommands {
            let path = KubectlCommandTree.path(command.name, arguments.dropFirst()).split(separator: " ").dropFirst(2)
            if let refusal = subcommands.refusal(for: path.map(String.init)) { return .failure(refusal.rendered) }
        }
        var flags = FlagSet()
        Self.addGlobalFlags(&flags)
        command.configure(&flags)
        let path = "kubectl \(command.name)"
        do {
            try flags.parse(leading + Array(arguments.dropFirst()))
        } catch {
            return .failure(KubectlError.flag(error.message, command: KubectlCommandTree.path(command.name, arguments.dropFirst())).rendered)
        }
        for notice in flags.deprecations { output.err(notice) }
        if flags.bool("help") {
            output.out(KubectlHelp.command(command))
            return output
        }
        var context = CommandContext(world: world, flags: flags, invocation: invocation, commandPath: path)
        context.output = output
        do {
            try command.run(&context)
        } catch {
            context.output.err(error.rendered)
            context.output.status = error.exitStatus
        }
        return context.output
    }

    static let globalFlagsTakingValue: Set<String> = ["-n", "--namespace", "--context", "--kubeconfig", "-s", "--server",
                                                      "--cluster", "--user", "-v", "--v", "--request-timeout"]

    static func addGlobalFlags(_ flags: inout FlagSet) {
        flags.add("namespace", "n", .string)
        flags.add("context", nil, .string)
        flags.add("kubeconfig", nil, .string)
        flags.add("cluster", nil, .string)
        flags.add("user", nil, .string)
        flags.add("server", "s", .string)
        flags.add("request-timeout", nil, .string, default: "0")
        flags.add("v", "v", .string, default: "0")
        flags.add("help", "h", .bool)
    }
}

/// One kubectl invocation in progress: the world, its parsed flags, and what it has printed.
struct CommandContext {
    let world: World
    let flags: FlagSet
    let invocation: Invocation
    let commandPath: String
    var output = ToolOutput()

    var arguments: [String] { flags.positional }

    /// `--context`, else the kubeconfig's current context.
    var contextName: String { flags.isSet("context") ? flags.string("context") : world.kubeconfig.currentContext }

    /// The cluster behind `--context` or the current context.
    func cluster() throws(KubectlError) -> Cluster {
        guard let context = world.kubeconfig.context(named: contextName) else {
            if flags.isSet("context") {
                throw .message("context was not found for specified context: \(contextName)")
            }
            if !contextName.isEmpty {
                // The file's current-context names a context it no longer holds.
                throw .verbatim("Error in configuration: context was not found for specified context: \(contextName)")
            }
            throw .verbatim(unreachable)
        }
        // Without its cluster's entry, a context names no server: kubectl falls back to its default.
        guard let entry = world.kubeconfig.cluster(named: context.cluster) else { throw .verbatim(unreachable) }
        guard let cluster = world.cluster(forContext: contextName) else {
            // A cluster written by `aws eks update-kubeconfig` and since deleted: its server's
            // name no longer resolves.
            let host = entry.server.split(separator: "/").dropFirst(1).first.map(String.init) ?? entry.server
            throw .verbatim("Unable to connect to the server: dial tcp: lookup \(host): no such host")
        }
        return cluster
    }

    /// localhost:8080's refusal, after the discoveries this command would have logged.
    var unreachable: String {
        ServerUnreachable.message(command: String(commandPath.split(separator: " ").dropFirst().first ?? ""),
                                  arguments: arguments, now: world.simulation.now,
                                  random: world.simulation.random.stream("kubectl-pids"))
    }

    /// `-n`, else the context's namespace, else `default`.
    var namespace: String {
        if flags.isSet("namespace"), !flags.string("namespace").isEmpty { return flags.string("namespace") }
        return world.kubeconfig.context(named: contextName)?.namespace ?? "default"
    }

    /// Resolves a typed resource name against the cluster's discovery data.
    func resolveType(_ typed: String, in cluster: Cluster) throws(KubectlError) -> ResourceType {
        guard let type = cluster.apiServer.catalog.resolve(typed) else {
            throw .message("the server doesn't have a resource type \"\(typed)\"")
        }
        return type
    }

    /// cobra's check of a command's required flags, made before anything else the command
    /// does; kubectl v1.32 reports a miss through klog, naming every missing flag in order.
    func requireFlags(_ names: [String]) throws(KubectlError) {
        let missing = names.filter { !flags.isSet($0) }.sorted()
        guard !missing.isEmpty else { return }
        let error = "required flag(s) " + missing.map { "\"\($0)\"" }.joined(separator: ", ") + " not set"
        throw .verbatim(Klog.line("E", timestamp: world.simulation.now.klog, pid: 1, source: "run.go:72",
                                  "\"command failed\" err=\(GoStrconv.quote(error))"))
    }

    /// `--record`, deprecated but still in tutorials: the command line, as kubectl rebuilds it
    /// (its words, then each flag as `--name=value`), kept in the object's
    /// `kubernetes.io/change-cause` annotation, which `rollout history` shows.
    static func addRecordFlag(_ flags: inout FlagSet) {
        flags.add("record", nil, .bool, deprecated: "--record will be removed in the future")
    }

    func recorded(_ object: JSON) -> JSON {
        guard flags.bool("record") else { return object }
        let words = flags.positional + (flags.afterDash ?? [])
        let cause = commandPath + (words.isEmpty ? "" : " " + words.joined(separator: " "))
            + flags.visited.map { " --\($0.name)=\($0.value)" }.joined()
        var result = object
        result["metadata"]["annotations"]["kubernetes.io/change-cause"] = .string(cause)
        return result
    }

    /// The one NAME a generator takes (`kubectl create deployment NAME`), from the arguments
    /// after its subcommand words and before any `--`.
    func singleName(after words: Int, command: String) throws(KubectlError) -> String {
        let names = arguments.dropFirst(words)
        guard names.count == 1, let name = names.first else {
            throw .usage("exactly one NAME is required, got \(names.count)", command: command)
        }
        return name
    }

    mutating func out(_ text: String) { output.out(text) }
    mutating func err(_ text: String) { output.err(text) }
}

extension Kubectl {
    /// `--namespace`, `-n`, … for a subcommand, for tab completion.
    public static func flagNames(command: String) -> [String] {
        guard let command = commands.first(where: { $0.name == command }) else { return [] }
        var flags = FlagSet()
        addGlobalFlags(&flags)
        command.configure(&flags)
        return flags.flags.map { "--" + $0.name }
    }
}
