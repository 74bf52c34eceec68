import ToolIO

/// `jobs` and `kill`, for the jobs `COMMAND &` leaves running, in bash's words.
enum JobBuiltins {
    static let jobs: @Sendable (inout BuiltinContext) -> Void = { context in
        var withPIDs = false
        for argument in context.arguments {
            guard argument == "-l" else {
                context.fail("shipyard: jobs: \(argument): no such job")
                return
            }
            withPIDs = true
        }
        context.out(context.session.jobs.list(withPIDs: withPIDs))
    }

    static let kill: @Sendable (inout BuiltinContext) -> Void = { context in
        var arguments = context.arguments[...]
        // What the job's line says once the signal has ended it.
        var ending = "Terminated"
        if let first = arguments.first, first.hasPrefix("-"), first.count > 1 {
            arguments = arguments.dropFirst()
            var name = String(first.dropFirst())
            if name == "s" || name == "n" {
                guard let next = arguments.first else {
                    context.fail("shipyard: kill: -\(name): option requires an argument", status: 2)
                    return
                }
                name = next
                arguments = arguments.dropFirst()
            }
            guard let signal = signals[name.uppercased().hasPrefix("SIG") ? String(name.uppercased().dropFirst(3)) : name.uppercased()]
            else {
                context.fail("shipyard: kill: \(name): invalid signal specification")
                return
            }
            ending = signal
        }
        guard !arguments.isEmpty else {
            context.fail("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]",
                         status: 2)
            return
        }
        for spec in arguments {
            guard let job = context.session.jobs.find(spec), job.state == .running else {
                if spec.hasPrefix("%") {
                    context.fail("shipyard: kill: \(spec): no such job")
                } else if Int(spec) != nil {
                    context.fail("shipyard: kill: (\(spec)) - No such process")
                } else {
                    context.fail("shipyard: kill: \(spec): arguments must be process or job IDs")
                }
                continue
            }
            // kubectl port-forward stops cleanly on an interrupt, as on Ctrl-C.
            let state: JobTable.State = ending == "Interrupt" && job.listener != nil ? .exited(0) : .signalled(ending)
            context.session.endJob(job.number, state)
        }
    }

    /// `fg` and `bg`: a job brought to the foreground would hold the terminal until Ctrl-C
    /// with nothing to type into, so jobs stay in the background here.
    static let foreground: @Sendable (inout BuiltinContext) -> Void = { context in
        let spec = context.arguments.first ?? "%%"
        guard let job = context.session.jobs.find(spec), job.state == .running else {
            context.fail(context.arguments.isEmpty ? "shipyard: \(context.commandName): current: no such job"
                         : "shipyard: \(context.commandName): \(spec): no such job")
            return
        }
        if context.commandName == "bg" {
            context.fail("shipyard: bg: job \(job.number) already in background", status: 0)
            return
        }
        context.fail("shipyard: fg: jobs stay in the background in this shell (it runs one command at a time); stop one with kill %\(job.number)")
    }

    /// Signals by name and number, with what bash says of a job they end.
    private static let signals: [String: String] = [
        "TERM": "Terminated", "15": "Terminated", "KILL": "Killed", "9": "Killed", "INT": "Interrupt", "2": "Interrupt",
        "HUP": "Hangup", "1": "Hangup", "QUIT": "Quit", "3": "Quit",
    ]
}

extension ShellSession {
    /// Ends a background job, freeing the ports it listened on.
    func endJob(_ number: Int, _ state: JobTable.State) {
        if let job = jobs.jobs.first(where: { $0.number == number }), let listener = job.listener {
            world.hostListeningPorts.subtract(listener.ports.map(\.local))
        }
        jobs.end(number, state)
    }
}
