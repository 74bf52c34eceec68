/// `env` and `printenv` in a container: the variables ECS gave it (the image's, the agent's —
/// region, execution environment, metadata and credentials endpoints — and the task
/// definition's), and the `HOME` the process gets.
enum ContainerEnvironment {
    static func variables(_ process: ContainerProcess) -> [(name: String, value: String)] {
        var list = process.view.environment
        if !list.contains(where: { $0.name == "HOME" }) { list.append((name: "HOME", value: "/root")) }
        return list
    }

    static func env(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        guard arguments.isEmpty else {
            process.print("Shipyard's `env` in containers prints the environment; it does not run commands.\n")
            return nil
        }
        for variable in variables(process) { process.print("\(variable.name)=\(variable.value)\n") }
        return 0
    }

    static func printenv(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        let variables = variables(process)
        guard !arguments.isEmpty else {
            for variable in variables { process.print("\(variable.name)=\(variable.value)\n") }
            return 0
        }
        var status: Int32 = 0
        for name in arguments {
            if let value = variables.last(where: { $0.name == name })?.value {
                process.print(value + "\n")
            } else {
                status = 1
            }
        }
        return status
    }
}
