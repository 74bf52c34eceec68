import DockerCLI
import ToolIO

extension ShellSession {
    func run(_ script: Script) -> ToolOutput {
        var output = ToolOutput()
        for (index, item) in script.items.enumerated() {
            if index > 0 { settleBetweenCommands() }
            var result = item.background ? runInBackground(item) : runAndOr(item)
            if result.listener != nil {
                // In the foreground it would hold the terminal until Ctrl-C, with nothing
                // left to type the commands that use it into.
                result.err(Self.foregroundListenerNote(item))
                result.listener = nil
            }
            output.append(result)
            lastStatus = result.status
            if isUnwinding { break }
        }
        return output
    }

    /// `LIST &`: bash announces the job (`[1] 4251`), the command runs, and a command that
    /// goes on listening (`kubectl port-forward`, `kubectl proxy`) stays a running job;
    /// anything else has ended by the next prompt, which says so.
    func runInBackground(_ list: AndOrList) -> ToolOutput {
        var output = ToolOutput()
        let pid = nextProcessID()
        var result = runAndOr(list)
        result.attachment = nil
        let number = jobs.start(list.sourceText, pid: pid, listener: result.listener)
        output.err("[\(number)] \(pid)\n")
        output.append(result)
        if let listener = result.listener {
            world.hostListeningPorts.formUnion(listener.ports.map(\.local))
        } else {
            jobs.end(number, .exited(result.status))
        }
        output.listener = nil
        output.status = 0
        return output
    }

    /// Process ids rise as the machine starts processes, the learner's and others'.
    private func nextProcessID() -> Int {
        (jobs.lastPID ?? JobTable.shellPID) + world.simulation.random.stream("host-process-ids").int(in: 1...24)
    }

    static func foregroundListenerNote(_ list: AndOrList) -> String {
        let name = list.first.commands.first?.simple?.words.prefix(2).map(\.sourceText).joined(separator: " ") ?? ""
        return "shipyard: \(name) goes on serving until Ctrl-C, and this shell runs one command at a time; "
            + "run it in the background to use it: \(list.sourceText) &\n"
    }

    func runAndOr(_ list: AndOrList) -> ToolOutput {
        var output = runPipeline(list.first)
        for (connector, pipeline) in list.rest {
            if isUnwinding { break }
            let succeeded = output.status == 0
            guard (connector == .and && succeeded) || (connector == .or && !succeeded) else { continue }
            lastStatus = output.status
            settleBetweenCommands()
            output.append(runPipeline(pipeline))
        }
        return output
    }

    /// The controllers react within milliseconds and the next command of a list starts later
    /// than that: `kubectl create deployment web --image=nginx && kubectl get pods` shows the
    /// new pod, as it does against a real cluster. The clock does not move.
    func settleBetweenCommands() {
        world.simulation.settle()
    }

    /// Runs each command with the previous one's standard output as its input. Standard
    /// error is never piped, so it reaches the learner in order.
    func runPipeline(_ pipeline: Pipeline) -> ToolOutput {
        var output = ToolOutput()
        var input: String? = nil
        for (index, command) in pipeline.commands.enumerated() {
            let isLast = index == pipeline.commands.count - 1
            let result = run(command, stdin: input)
            for chunk in result.chunks where chunk.stream == .stderr || isLast {
                if chunk.stream == .stdout { output.out(chunk.text) } else { output.err(chunk.text) }
            }
            input = result.stdout
            output.status = result.status
            // Only a pipeline's last command can keep the terminal (`kubectl exec -it … | x` cannot).
            if isLast, pipeline.commands.count == 1 {
                output.attachment = result.attachment
                output.listener = result.listener
            }
            if isUnwinding { break }
        }
        if pipeline.negated { output.status = output.status == 0 ? 1 : 0 }
        return output
    }

    func run(_ command: Command, stdin: String?) -> ToolOutput {
        switch command {
        case .simple(let simple): return runSimple(simple, stdin: stdin)
        case .forLoop(let loop): return runFor(loop)
        case .whileLoop(let loop): return runWhile(loop)
        case .ifClause(let clause): return runIf(clause)
        }
    }

    func runSimple(_ command: SimpleCommand, stdin pipedInput: String?) -> ToolOutput {
        var output = ToolOutput()
        var arguments: [String] = []
        for word in command.words {
            let expanded = expand(word, into: &output)
            arguments.append(contentsOf: expanded)
        }
        var assignments: [(String, String)] = []
        for assignment in command.assignments {
            assignments.append((assignment.name, expandJoined(assignment.value, into: &output)))
        }
        if expansionFailed {
            // bash gives up on the command, its assignments included.
            expansionFailed = false
            output.status = 1
            return output
        }
        guard let name = arguments.first else {
            // Assignments alone set shell variables.
            for (key, value) in assignments { variables[key] = value }
            let status = output.status
            output.status = status
            return applyRedirectionsWithoutCommand(command.redirections, output: output)
        }

        // Standard input: a pipe, `< file`, or a here-document (the last one wins).
        var stdin = pipedInput
        var stdoutTarget: (path: String, append: Bool)?
        var stderrTarget: (path: String, append: Bool)?
        var stderrToStdout = false
        var stdoutToStderr = false
        for redirection in command.redirections {
            switch redirection.kind {
            case .heredoc(let body, let expands):
                stdin = expands ? expandHeredoc(body, into: &output) : body
            case .input:
                let path = redirection.target.map { expandJoined($0, into: &output) } ?? ""
                do {
                    stdin = try activeFileSystem.readText(path)
                } catch {
                    output.err("shipyard: \(path): \(Self.describe(error))\n")
                    output.status = 1
                    return output
                }
            case .output, .append, .both:
                let path = redirection.target.map { expandJoined($0, into: &output) } ?? ""
                let append = redirection.kind == .append
                if redirection.kind == .both {
                    stdoutTarget = (path, append)
                    stderrToStdout = true
                } else if redirection.fd == 2 {
                    stderrTarget = (path, append)
                } else {
                    stdoutTarget = (path, append)
                }
            case .duplicate(let target):
                if redirection.fd == 2 && target == 1 { stderrToStdout = true }
                if redirection.fd == 1 && target == 2 { stdoutToStderr = true }
            }
        }

        var environment = self.environment
        for (key, value) in assignments { environment[key] = value }
        var result = dispatch(name, arguments: Array(arguments.dropFirst()), stdin: stdin, environment: environment)

        // Route the command's streams as the redirections say.
        var routed = ToolOutput(status: result.status)
        routed.attachment = result.attachment
        routed.listener = result.listener
        var toFile = ""
        var errToFile = ""
        for chunk in result.chunks {
            var stream = chunk.stream
            if stream == .stderr && stderrToStdout { stream = .stdout }
            else if stream == .stdout && stdoutToStderr { stream = .stderr }
            if stream == .stdout, stdoutTarget != nil {
                toFile += chunk.text
            } else if stream == .stderr, stderrTarget != nil {
                errToFile += chunk.text
            } else if stream == .stdout {
                routed.out(chunk.text)
            } else {
                routed.err(chunk.text)
            }
        }
        for (target, text) in [(stdoutTarget, toFile), (stderrTarget, errToFile)] {
            guard let target else { continue }
            do {
                try activeFileSystem.writeFile(target.path, Array(text.utf8), append: target.append)
            } catch {
                routed.err("shipyard: \(target.path): \(Self.describe(error))\n")
                routed.status = 1
            }
        }
        result = routed
        output.append(result)
        output.status = result.status
        return output
    }

    private func applyRedirectionsWithoutCommand(_ redirections: [Redirection], output: ToolOutput) -> ToolOutput {
        var output = output
        for redirection in redirections {
            switch redirection.kind {
            case .output, .both:
                let path = redirection.target.map { expandJoined($0, into: &output) } ?? ""
                do {
                    try activeFileSystem.writeFile(path, [], append: false)
                } catch {
                    output.err("shipyard: \(path): \(Self.describe(error))\n")
                    output.status = 1
                }
            default: break
            }
        }
        return output
    }

    /// Runs a built-in or a simulated tool; anything else is not found.
    func dispatch(_ name: String, arguments: [String], stdin: String?, environment: [String: String]) -> ToolOutput {
        if let builtin = Builtins.table[name] {
            var context = BuiltinContext(session: self, commandName: name, arguments: arguments, stdin: stdin)
            builtin(&context)
            if name == "ssh" || name == "sim" {
                record(CommandRecord(tool: name, verb: arguments.first ?? "", status: context.output.status, arguments: arguments))
            }
            return context.output
        }
        if let host {
            if let output = host.shell.run(name, arguments) {
                record(CommandRecord(tool: name, verb: arguments.first { !$0.hasPrefix("-") } ?? "", node: host.shell.node,
                                     status: output.status, arguments: arguments))
                return output
            }
            if name == "kubectl" && !host.shell.isControlPlane {
                return .failure(kubectl.unreachable(arguments) + "\n")
            }
            if name != "kubectl" && tools[name] != nil { return nodeCommandNotFound(name) }
        }
        if let tool = tools[name] {
            let invocation = Invocation(arguments: arguments, stdin: stdin, environment: environment,
                                        fileSystem: activeFileSystem, terminalWidth: terminalWidth, editor: editor)
            let output = tool(invocation)
            let summary: CommandRecord?
            switch name {
            case "aws": summary = aws.summarize(invocation, status: output.status)
            case "docker": summary = DockerCommand.summarize(arguments, status: output.status)
            default: summary = kubectl.summarize(arguments, status: output.status)
            }
            if var summary {
                summary.node = host?.shell.node
                record(summary)
            }
            return output
        }
        if host != nil { return nodeCommandNotFound(name) }
        if Self.hostEditors.contains(name), arguments.contains(where: { learnerFiles.absolute($0) == learnerFiles.path }) {
            // The editor would open the learner's own file, not the simulation's.
            return .failure("shipyard: \(name): \(learnerFiles.path) is the simulation's kubeconfig; change it with `kubectl config`, or write it with `cat > …`\n", status: 1)
        }
        if Self.hostEditors.contains(name), let ran = runOnHost([name] + arguments), let status = ran {
            return ToolOutput(status: status)
        }
        return .failure(CommandNotFound.message(for: name), status: 127)
    }

    static func describe(_ error: any Error) -> String {
        (error as? FileSystemError)?.strerror ?? "Input/output error"
    }
}
