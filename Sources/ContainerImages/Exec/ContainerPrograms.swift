import LineTools

/// The programs Shipyard runs inside any container, by name: each takes its arguments and the
/// process, prints, and says how it ended.
enum ContainerPrograms {
    typealias Builtin = @Sendable ([String], inout ContainerProcess) -> ContainerExit

    /// Every program: the container's own, and the line tools Shipyard's shell runs too.
    static let table: [String: Builtin] = own.merging(LineTools.tools.mapValues(ContainerFilters.lineTool)) { mine, _ in mine }

    private static let own: [String: Builtin] = [
        "env": ContainerEnvironment.env,
        "printenv": ContainerEnvironment.printenv,
        "hostname": ContainerBasics.hostname,
        "echo": ContainerBasics.echo,
        "date": ContainerBasics.date,
        "whoami": ContainerBasics.whoami,
        "id": ContainerBasics.id,
        "pwd": ContainerBasics.pwd,
        "seq": ContainerBasics.seq,
        "sleep": ContainerBasics.sleep,
        "true": { _, _ in .exited(0) },
        ":": { _, _ in .exited(0) },
        "false": { _, _ in .exited(1) },
        "cat": ContainerFilters.cat,
        "head": ContainerFilters.head,
        "tail": ContainerFilters.tail,
        "grep": ContainerFilters.grep,
        "wc": ContainerFilters.wc,
        "ls": ContainerFileCommands.ls,
        "touch": ContainerFileCommands.touch,
        "rm": ContainerFileCommands.rm,
        "test": ContainerFileCommands.test,
        "[": ContainerFileCommands.bracket,
        "curl": ContainerCurl.run,
        "wget": ContainerWget.run,
        "nslookup": ContainerNslookup.run,
        "ps": ContainerPs.run,
        "kill": ContainerKill.run,
    ]

    /// What to name when saying which programs run (`[` is `test` by another name, `:` is
    /// `true`; `nslookup` runs only in images with busybox's classic one).
    static var names: [String] { table.keys.filter { $0 != "[" && $0 != ":" && $0 != "nslookup" }.sorted() }
}
