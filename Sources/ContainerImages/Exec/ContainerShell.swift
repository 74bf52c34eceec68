/// How a command reaches a program in a container. `kubectl exec` hands over argv as given;
/// ECS Exec's managed SSM agent splits its command string into words (Go's `shlex`) and
/// executes them directly. Neither runs a shell, so `$VARIABLES` expand only under
/// `sh -c '…'`, whose script this runs: statements joined by `;`, `&&` and `||`, loops and
/// ifs, variables, words with quotes, `$NAME`/`${NAME}`, `$?` and `$((…))`.
public enum ContainerShell {
    static let shells: Set<String> = ["sh", "bash", "ash", "dash"]

    /// The shell an argv starts with nothing for it to run (`sh`, `/bin/bash`): an
    /// interactive shell, which takes a terminal's keyboard; nil for anything else.
    public static func interactiveShell(_ argv: [String]) -> String? {
        guard argv.count == 1, let program = argv[0].split(separator: "/").last.map(String.init),
            shells.contains(program)
        else { return nil }
        return program
    }

    /// A command string as ECS Exec's agent runs it.
    public static func run(commandLine: String, in process: inout ContainerProcess) -> ContainerExit {
        guard let words = ShellWords.split(commandLine, expand: nil) else {
            return .unsupported("Failed to parse commands input: EOF found when expecting closing quote")
        }
        return execute(words, in: &process)
    }

    /// A line typed at an interactive shell in the container (`kubectl exec -it POD -- sh`):
    /// run as that shell runs a script, with `;`, `&&`, `||` and `>`.
    /// The shell's variables (`i=0`, a loop's) last from line to line, and `$?` is the last
    /// line's status.
    public static func interactive(_ line: String, variables: inout [String: String], lastStatus: Int32,
                                   in process: inout ContainerProcess) -> ContainerExit {
        script(line, in: &process, variables: &variables, status: lastStatus)
    }

    /// An argv, executed directly.
    public static func execute(_ words: [String], in process: inout ContainerProcess) -> ContainerExit {
        guard let first = words.first else { return .exited(0) }
        let program = String(first.split(separator: "/").last ?? Substring(first))
        if shells.contains(program) {
            guard words.count >= 3, words[1] == "-c" else {
                return .unsupported("Shipyard does not open interactive shells in containers; run one command at a time "
                                    + "(`env`, or `sh -c '…'` for a short script).")
            }
            return script(words[2], in: &process)
        }
        // `kill` is the shell's own builtin: images without the program have it too.
        if process.context.lacks.contains(program), !(program == "kill" && process.inScript) {
            let context = process.context
            process.printError(context.shell == "bash" ? "bash: \(first): command not found\n"
                               : context.busybox ? "sh: \(first): not found\n" : "sh: \(process.scriptLine): \(first): not found\n")
            return .exited(127)
        }
        guard let run = ContainerPrograms.table[program] ?? process.extraPrograms[program] else {
            return .notSimulated(program, in: process)
        }
        return run(Array(words.dropFirst()), &process)
    }

    /// `sh -c SCRIPT`, with the shell's own variables (a loop's) in `variables`.
    static func script(_ text: String, in process: inout ContainerProcess,
                       variables: [String: String] = [:]) -> ContainerExit {
        var variables = variables
        return script(text, in: &process, variables: &variables)
    }

    private static func script(_ text: String, in process: inout ContainerProcess,
                               variables: inout [String: String], status: Int32 = 0) -> ContainerExit {
        let outer = process.inScript
        process.inScript = true
        defer { process.inScript = outer }
        guard let statements = ShellWords.statements(text) else {
            return .unsupported("Shipyard's shell in containers runs commands joined by ;, &&, || and |, "
                                + "loops and ifs, with > and >> to files, and $(…) and $((…)) substitutions; "
                                + "input redirections, redirections such as 2>, and `…` are not simulated.")
        }
        let items: [Item]
        do {
            items = try Self.items(statements)
        } catch {
            process.printError(error.message + "\n")
            return .exited(2)
        }
        var status = status
        return run(items, statements, &variables, status: &status, &process) ?? .exited(status)
    }

    /// One statement of `statements` (at `index`); returns how the script ends if it must.
    static func run(_ statement: ShellWords.Statement, at index: Int, in statements: [ShellWords.Statement],
                    _ variables: inout [String: String], status: inout Int32,
                    _ process: inout ContainerProcess) -> ContainerExit? {
        process.scriptLine = statement.line
        // dash parses a line before it runs any of it: a `>` with no file name stops the
        // script there, after the lines before it have run.
        if index == 0 || statements[index - 1].line != statement.line,
            let error = Self.redirectionError(statements.filter { $0.line == statement.line })
        {
            process.print(error)
            return .exited(2)
        }
        switch statement.connector {
        case .and where status != 0: return nil
        case .or where status == 0: return nil
        default: break
        }
        var statement = statement
        do {
            try substituteCommands(in: &statement, variables, &process)
            try substituteArithmetic(in: &statement, &variables, status: status, &process)
        } catch {
            return error.exit
        }
        let context = process.context
        let last = status
        let scope = variables
        let expand: (String) -> String = { expansion($0, scope, context, status: last) }
        guard var words = ShellWords.split(statement.text, expand: expand) else {
            process.print("sh: 1: Syntax error: Unterminated quoted string\n")
            return .exited(2)
        }
        // `NAME=value` alone sets the shell's variable. Before a command it would be that
        // command's environment, which the programs here do not read: it is dropped.
        var assignments: [(String, String)] = []
        while let first = words.first, let equals = first.firstIndex(of: "="),
            ShellWords.isName(first[..<equals])
        {
            assignments.append((String(first[..<equals]), String(first[first.index(after: equals)...])))
            words.removeFirst()
        }
        if words.isEmpty, statement.piped.isEmpty {
            for (name, value) in assignments { variables[name] = value }
            if statement.redirect == nil {
                status = 0
                return nil
            }
        }
        if words.isEmpty, statement.redirect == nil { return nil }
        if words.first == "exit" { return .exited(words.count > 1 ? Int32(words[1]) ?? 2 : status) }
        if let first = words.first, first == "break" || first == "continue" {
            return leave(first, Array(words.dropFirst()), status: &status, &process)
        }
        var stages: [[String]] = [words]
        for text in statement.piped {
            guard let stage = ShellWords.split(text, expand: expand) else {
                process.print("sh: 1: Syntax error: Unterminated quoted string\n")
                return .exited(2)
            }
            guard !stage.isEmpty else {
                // dash: a pipe with nothing after it wants more script; one before another token is out of place.
                let last = text == statement.piped.last && statement.redirect == nil
                process.print("sh: \(statement.line): Syntax error: \(last ? "end of file" : "\"|\"") unexpected\n")
                return .exited(2)
            }
            stages.append(stage)
        }
        guard let redirect = statement.redirect else {
            let exit = pipeline(stages, in: &process)
            guard case .exited(let code) = exit else { return exit }
            status = code
            return nil
        }
        // `> FILE`: what the command prints goes to the file instead of the terminal. Words
        // after the file name are the command's (`echo > f hi` writes "hi").
        guard let target = ShellWords.split(redirect.target, expand: expand), let path = target.first else {
            process.print("sh: \(statement.line): Syntax error: Unterminated quoted string\n")
            return .exited(2)
        }
        stages[stages.count - 1] += target.dropFirst()
        let absolute = ContainerFileCommands.normalized(path, in: context.workingDirectory)
        let (exit, printed) = process.redirectingStandardOutput { process in
            stages.allSatisfy(\.isEmpty) ? .exited(0) : pipeline(stages, in: &process)
        }
        guard case .exited(let code) = exit else { return exit }
        // /dev/null takes everything and keeps nothing.
        if absolute != "/dev/null" { process.write(absolute, printed, append: redirect.append) }
        status = code
        return nil
    }

    /// `break [N]` and `continue [N]`, as dash takes them: nothing outside a loop.
    private static func leave(_ name: String, _ arguments: [String], status: inout Int32,
                              _ process: inout ContainerProcess) -> ContainerExit? {
        var levels = 1
        if let argument = arguments.first {
            guard let number = Int(argument), number > 0 else {
                process.printError("sh: \(process.scriptLine): \(name): Illegal number: \(argument)\n")
                return .exited(2)
            }
            levels = number
        }
        status = 0
        guard process.loopNesting > 0 else { return nil }
        process.loopControl = (name == "break", min(levels, process.loopNesting))
        return nil
    }

    /// The statement with each `$(command)` in its commands and file name replaced by what
    /// the command prints, less its final newlines, as the shell does just before running it.
    /// Within double quotes the output is one word; outside them, split at whitespace.
    private static func substituteCommands(in statement: inout ShellWords.Statement, _ variables: [String: String],
                                           _ process: inout ContainerProcess) throws(ContainerExitError) {
        statement.text = try substituting(statement.text, variables, &process)
        for index in statement.piped.indices {
            statement.piped[index] = try substituting(statement.piped[index], variables, &process)
        }
        if let redirect = statement.redirect {
            statement.redirect = (try substituting(redirect.target, variables, &process), redirect.append)
        }
    }

    static func substituting(_ text: String, _ variables: [String: String],
                             _ process: inout ContainerProcess) throws(ContainerExitError) -> String {
        guard text.contains("$(") else { return text }
        var result = ""
        var characters = Array(text)[...]
        var inDoubleQuotes = false
        while let character = characters.popFirst() {
            switch character {
            case "'" where !inDoubleQuotes:
                result.append(character)
                while let inner = characters.popFirst() {
                    result.append(inner)
                    if inner == "'" { break }
                }
            case "\\":
                result.append(character)
                if let next = characters.popFirst() { result.append(next) }
            case "\"":
                inDoubleQuotes.toggle()
                result.append(character)
            case "$" where characters.first == "(":
                guard let end = ShellWords.substitutionEnd(characters) else {
                    result.append(character)
                    continue
                }
                let command = String(characters[characters.index(after: characters.startIndex)..<characters.index(before: end)])
                if ShellArithmetic.expression(inParentheses: command) != nil {
                    // `$((…))` is worked out after the commands' substitutions.
                    result += "$(" + command + ")"
                    characters = characters[end...]
                    continue
                }
                characters = characters[end...]
                guard process.substitutionDepth < ContainerProcess.substitutionDepthLimit else {
                    throw ContainerExitError(exit: .unsupported(
                        "Shipyard's shell in containers runs $(…) nested at most \(ContainerProcess.substitutionDepthLimit) deep."))
                }
                process.substitutionDepth += 1
                let (exit, printed) = process.redirectingStandardOutput { process in
                    script(command, in: &process, variables: variables)
                }
                process.substitutionDepth -= 1
                if case .unsupported = exit { throw ContainerExitError(exit: exit) }
                var output = Substring(printed)
                while output.last == "\n" { output = output.dropLast() }
                // The output is text, not script: quotes, `$` and backslashes in it stay as they are.
                let special: Set<Character> = inDoubleQuotes ? ["\"", "\\", "$", "`"] : ["\"", "'", "\\", "$", "`"]
                for out in output {
                    if special.contains(out) { result.append("\\") }
                    result.append(out)
                }
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Commands joined by `|`: each but the last prints into the next one's input; what they
    /// print to standard error reaches the terminal. The pipeline's status is the last one's.
    static func pipeline(_ stages: [[String]], input: String? = nil, in process: inout ContainerProcess) -> ContainerExit {
        var input = input
        for (index, stage) in stages.enumerated() {
            process.stdin = input
            defer { process.stdin = nil }
            if index == stages.count - 1 { return execute(stage, in: &process) }
            let (exit, printed) = process.redirectingStandardOutput { process in execute(stage, in: &process) }
            if case .unsupported = exit { return exit }
            input = printed
        }
        return .exited(0)
    }

    /// dash's complaint about a `>` with no file name among one line's statements.
    private static func redirectionError(_ line: [ShellWords.Statement]) -> String? {
        guard let empty = line.first(where: { $0.redirect.map { $0.target.allSatisfy(\.isWhitespace) } ?? false })
        else { return nil }
        switch empty.terminator {
        case "": return "sh: \(empty.line): Syntax error: end of file unexpected\n"
        case "\n": return "sh: \(empty.line + 1): Syntax error: newline unexpected\n"
        default: return "sh: \(empty.line): Syntax error: \"\(empty.terminator)\" unexpected\n"
        }
    }
}

/// A run that must end the script: an inner command Shipyard does not simulate.
struct ContainerExitError: Error {
    let exit: ContainerExit
}
