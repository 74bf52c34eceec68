/// How a command reaches a program in an ECS Exec session. In a container the managed SSM
/// agent splits the command into words (Go's `shlex`) and executes it directly — no shell,
/// so `$VARIABLES` are not expanded unless the command is `sh -c '…'`, whose script this
/// runs: statements joined by `;`, `&&` and `||`, words with quotes and `$NAME`/`${NAME}`.
enum ContainerShell {
    /// The programs Shipyard runs in containers.
    static let simulated = ["env", "printenv", "hostname", "cat", "ls", "echo", "curl", "aws", "whoami", "id", "pwd",
                            "true", "false", "sh -c"]

    static let shells: Set<String> = ["sh", "bash", "ash", "dash"]

    /// Runs the session's command; the exit status, nil when Shipyard could not run it.
    @discardableResult
    static func run(_ command: String, in process: inout ContainerProcess) -> Int32? {
        guard let words = ShellWords.split(command, expand: nil) else {
            process.print("Failed to parse commands input: EOF found when expecting closing quote\n")
            return nil
        }
        return execute(words, in: &process)
    }

    static func execute(_ words: [String], in process: inout ContainerProcess) -> Int32? {
        guard let first = words.first else { return 0 }
        let program = String(first.split(separator: "/").last ?? Substring(first))
        if shells.contains(program) {
            guard words.count >= 3, words[1] == "-c" else {
                process.print("Shipyard does not open interactive shells in containers; run one command at a time, "
                              + "for example --command \"env\" or --command \"sh -c 'echo $HOSTNAME'\".\n")
                return nil
            }
            return script(words[2], in: &process)
        }
        guard let command = ContainerCommands.table[program] else {
            process.notSimulated(program)
            return nil
        }
        return command(Array(words.dropFirst()), &process)
    }

    /// `sh -c SCRIPT`.
    static func script(_ text: String, in process: inout ContainerProcess) -> Int32? {
        guard let statements = ShellWords.statements(text) else {
            process.print("Shipyard's `sh -c` in containers runs commands joined by ;, && and ||; "
                          + "pipes, redirections and substitutions are not simulated.\n")
            return nil
        }
        var status: Int32 = 0
        for statement in statements {
            switch statement.connector {
            case .and where status != 0: continue
            case .or where status == 0: continue
            default: break
            }
            let environment = process.view.environment
            guard let words = ShellWords.split(statement.text, expand: { name in
                environment.last { $0.name == name }?.value ?? (name == "HOME" ? "/root" : "")
            }) else {
                process.print("sh: 1: Syntax error: Unterminated quoted string\n")
                return 2
            }
            if words.isEmpty { continue }
            guard let result = execute(words, in: &process) else { return nil }
            status = result
        }
        return status
    }
}
