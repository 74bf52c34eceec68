import LineTools
import ToolIO

/// The commands the shell runs itself, by name.
enum Builtins {
    static let core: [String: @Sendable (inout BuiltinContext) -> Void] = [
        "help": Help.run,
        "exit": SessionBuiltins.exit,
        "logout": SessionBuiltins.exit,
        "ssh": Ssh.run,
        "sim": SimBuiltin.run,
        "clear": SessionBuiltins.clear,
        "history": SessionBuiltins.history,
        "sleep": SessionBuiltins.sleep,
        "export": Variables.export,
        "unset": Variables.unset,
        "env": Variables.env,
        "echo": TextBuiltins.echo,
        "printf": TextBuiltins.printf,
        "true": { _ in },
        ":": { _ in },
        "break": LoopBuiltins.break,
        "continue": LoopBuiltins.continue,
        "test": LoopBuiltins.test,
        "[": LoopBuiltins.test,
        "false": { $0.output.status = 1 },
        "date": SessionBuiltins.date,
        "cat": FileBuiltins.cat,
        "ls": FileBuiltins.ls,
        "pwd": FileBuiltins.pwd,
        "cd": FileBuiltins.cd,
        "mkdir": FileBuiltins.mkdir,
        "rm": FileBuiltins.rm,
        "touch": FileBuiltins.touch,
        "tee": FileBuiltins.tee,
        "grep": Grep.run,
        "head": LineFilters.head,
        "tail": LineFilters.tail,
        "wc": LineFilters.wc,
        "sed": Sed.run,
        "base64": TextBuiltins.base64,
        "seq": TextBuiltins.seq,
        "jobs": JobBuiltins.jobs,
        "kill": JobBuiltins.kill,
        "fg": JobBuiltins.foreground,
        "bg": JobBuiltins.foreground,
        "curl": HostCurl.run,
    ]

    static let table: [String: @Sendable (inout BuiltinContext) -> Void] = {
        var table = core.merging(LineTools.tools.mapValues(LineToolBuiltins.builtin)) { mine, _ in mine }
        for name in LessonBuiltins.names { table[name] = LessonBuiltins.run }
        return table
    }()

    static var names: [String] { table.keys.sorted() }
}
