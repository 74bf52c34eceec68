/// The programs Shipyard runs inside containers, by name: each takes its arguments and the
/// process, prints, and returns its exit status (nil: Shipyard does not run it this way).
enum ContainerCommands {
    typealias Program = @Sendable ([String], inout ContainerProcess) -> Int32?

    static let table: [String: Program] = [
        "env": ContainerEnvironment.env,
        "printenv": ContainerEnvironment.printenv,
        "hostname": ContainerBasics.hostname,
        "echo": ContainerBasics.echo,
        "whoami": ContainerBasics.whoami,
        "id": ContainerBasics.id,
        "pwd": ContainerBasics.pwd,
        "true": { _, _ in 0 },
        "false": { _, _ in 1 },
        "cat": ContainerFileCommands.cat,
        "ls": ContainerFileCommands.ls,
        "curl": ContainerCurl.run,
        "aws": ContainerAWS.run,
    ]
}
