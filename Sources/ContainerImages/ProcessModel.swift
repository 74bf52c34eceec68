import SimCore

/// Decides a container's `ProcessPlan` from its image and the command it was given.
///
/// Tutorials lean on a handful of commands — `sleep 3600`, `sh -c 'echo hi; exit 1'`,
/// `echo`, the Job docs' `perl -Mbignum=bpi -wle 'print bpi(2000)'` — and on images whose
/// default process serves or exits. Those are modelled; anything else an image would not
/// contain fails to start as the runtime would say.
public enum ProcessModel {
    public struct Context {
        public var hostname: String
        public var environment: [String: String]
        public var startedAt: SimTime
        /// Whether the image's tools are busybox's (its `wget`).
        public var busybox: Bool
        /// Whether the container keeps stdin open (`stdin: true`): a shell then waits for input.
        public var stdin: Bool
        /// What the process's HTTP clients (`curl`, `wget`) reach; nil where nothing is simulated.
        public var http: ((ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange?)?
        /// The DNS its lookups ask, and whether its `nslookup` is busybox's classic one.
        public var resolver: ContainerResolver?
        public var classicNslookup: Bool

        public init(hostname: String, environment: [String: String], startedAt: SimTime, busybox: Bool = false,
                    stdin: Bool = false,
                    http: ((ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange?)? = nil,
                    resolver: ContainerResolver? = nil, classicNslookup: Bool = false) {
            self.hostname = hostname
            self.environment = environment
            self.startedAt = startedAt
            self.busybox = busybox
            self.stdin = stdin
            self.http = http
            self.resolver = resolver
            self.classicNslookup = classicNslookup
        }
    }

    /// The argv Docker and Kubernetes would run: `command` replaces the entrypoint (and drops the
    /// image's cmd); `args` replaces the cmd.
    public static func argv(image: ImageCatalog.Image, command: [String]?, args: [String]?) -> [String] {
        if let command, !command.isEmpty { return command + (args ?? []) }
        return image.entrypoint + ((args?.isEmpty == false ? args : nil) ?? image.cmd)
    }

    public static func plan(image: ImageCatalog.Image, command: [String]?, args: [String]?,
                            context: Context) -> ProcessPlan {
        let usesDefault = (command?.isEmpty ?? true) && (args?.isEmpty ?? true)
        if usesDefault, image.process.kind == .server {
            return serverPlan(image: image, context: context)
        }
        let argv = argv(image: image, command: command, args: args)
        // `agnhost liveness`: the image's program with a subcommand that selects its behaviour.
        if argv.count >= 2, let traits = image.subcommands[argv[1]],
            let program = argv.first, image.entrypoint.first == program || image.cmd.first == program
        {
            return serverPlan(image: image, traits: traits, context: context)
        }
        // An entrypoint wrapper (`docker-entrypoint.sh`) passes through to the real program.
        var effective = argv
        if let first = effective.first, first.hasSuffix("entrypoint.sh"), effective.count > 1 {
            effective.removeFirst()
        }
        return plan(argv: effective, image: image, context: context)
    }

    static func plan(argv: [String], image: ImageCatalog.Image, context: Context) -> ProcessPlan {
        guard let program = argv.first else {
            return ProcessPlan(ending: .failsToStart(message: "no command specified"), stopSeconds: 0)
        }
        let base = program.split(separator: "/").last.map(String.init) ?? program
        let serverPrograms = Set([image.entrypoint.first, image.cmd.first].compactMap { $0 }
            .map { $0.split(separator: "/").last.map(String.init) ?? $0 })
        if image.process.kind == .server, serverPrograms.contains(base) {
            return serverPlan(image: image, context: context)
        }
        switch base {
        case "sh", "bash", "ash":
            if argv.count >= 3, argv[1] == "-c" {
                return ShellScript.plan(argv[2], context: context)
            }
            // With stdin open (`kubectl run -i`) the shell waits for what is typed; with nothing
            // attached it reads end-of-file and exits at once.
            if context.stdin { return ProcessPlan(ending: .runsUntilStopped, stopSeconds: nil) }
            return ProcessPlan(ending: .exits(after: 0.05, code: 0), stopSeconds: nil)
        default:
            return ShellScript.plan(command: argv, context: context, image: image)
        }
    }

    static func serverPlan(image: ImageCatalog.Image, traits: ProcessTraits? = nil, context: Context) -> ProcessPlan {
        let traits = traits ?? image.process
        if let required = traits.requiresEnv, context.environment[required] == nil {
            return ProcessPlan(lines: ContainerLogs.missingEnvironment(image: image, variable: required),
                               ending: .exits(after: 0.3, code: 1), stopSeconds: 0, memoryMiB: traits.memoryMiB)
        }
        var lines = ContainerLogs.startup(image: image, context: context)
        if lines.isEmpty { lines = traits.startupLines.map { ProcessPlan.Line(at: 0.05, text: $0) } }
        var plan = ProcessPlan(lines: lines, ending: .runsUntilStopped, stopSeconds: traits.stopSeconds,
                               memoryMiB: traits.memoryMiB, listens: traits.listens)
        plan.cpuMillicores = traits.cpuMillicores
        plan.http = traits.http
        plan.stopExitCode = traits.stopExitCode
        return plan
    }
}
