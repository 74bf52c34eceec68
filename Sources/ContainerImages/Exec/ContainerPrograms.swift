/// The programs Shipyard runs inside any container, by name: each takes its arguments and the
/// process, prints, and says how it ended.
enum ContainerPrograms {
    typealias Builtin = @Sendable ([String], inout ContainerProcess) -> ContainerExit

    static let table: [String: Builtin] = [
        "env": ContainerEnvironment.env,
        "printenv": ContainerEnvironment.printenv,
        "hostname": ContainerBasics.hostname,
        "echo": ContainerBasics.echo,
        "date": ContainerBasics.date,
        "whoami": ContainerBasics.whoami,
        "id": ContainerBasics.id,
        "pwd": ContainerBasics.pwd,
        "true": { _, _ in .exited(0) },
        "false": { _, _ in .exited(1) },
        "cat": ContainerFileCommands.cat,
        "ls": ContainerFileCommands.ls,
        "curl": ContainerCurl.run,
    ]

    static var names: [String] { table.keys.sorted() }
}
