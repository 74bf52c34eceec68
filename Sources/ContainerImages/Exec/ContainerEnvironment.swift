/// `env` and `printenv` in a container: the variables the command was started with.
enum ContainerEnvironment {
    static func env(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        guard arguments.isEmpty else {
            return .unsupported("Shipyard's `env` in containers prints the environment; it does not run commands.")
        }
        for variable in process.context.environment { process.print("\(variable.name)=\(variable.value)\n") }
        return .exited(0)
    }

    static func printenv(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        guard !arguments.isEmpty else { return env([], &process) }
        var status: Int32 = 0
        for name in arguments {
            if let value = process.context.environmentValue(name) {
                process.print(value + "\n")
            } else {
                status = 1
            }
        }
        return .exited(status)
    }
}
