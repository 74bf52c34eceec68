/// `for NAME in WORDS; do …; done` in a container's shell, as the Services tutorials loop
/// requests from a client pod (`for i in $(seq 1 6); do wget -qO- http://web; done`).
///
/// The statements of a script come flat (`for i in 1 2`, `do echo $i`, `done`); here they are
/// grouped into loops around their bodies, nested as written.
extension ContainerShell {
    enum Item {
        /// A statement, with its place in the script's flat list (for dash's per-line checks).
        case statement(ShellWords.Statement, index: Int)
        case loop(Loop)
    }

    struct Loop {
        var variable: String
        /// The text after `in`, split and expanded when the loop starts; nil without `in`.
        var words: String?
        var body: [Item]
        /// How the loop joins what came before it (`true && for …`).
        var connector: ShellWords.Connector
        /// What follows `done`: commands reading the loop's output (`done | sort`), a file for it.
        var piped: [String] = []
        var redirect: (target: String, append: Bool)?
        var line = 1
    }

    /// Why a script's loops do not run: dash's syntax errors, or nesting past the bound.
    struct LoopSyntaxError: Error {
        let message: String
    }

    /// The statements grouped into loops.
    static func items(_ statements: [ShellWords.Statement]) throws(LoopSyntaxError) -> [Item] {
        var position = 0
        var ending: ShellWords.Statement?
        return try group(statements, from: &position, ending: &ending)
    }

    /// How deep loops may nest: bounded, so a pasted monster cannot exhaust the stack.
    static let loopDepthLimit = 64

    /// Items up to the end, or (in a loop, where `ending` is given) up to `done`, which is
    /// handed back in `ending`.
    private static func group(_ statements: [ShellWords.Statement], from position: inout Int, depth: Int = 0,
                              inLoop: Bool = false, ending: inout ShellWords.Statement?) throws(LoopSyntaxError) -> [Item] {
        var items: [Item] = []
        while position < statements.count {
            let statement = statements[position]
            let words = statement.text.split(whereSeparator: \.isWhitespace)
            switch words.first {
            case "done":
                guard inLoop, words.count == 1, !items.isEmpty else { throw syntax(statement, "\"done\"") }
                ending = statement
                position += 1
                return items
            case "do":
                throw syntax(statement, "\"do\"")
            case "for":
                guard depth < loopDepthLimit else {
                    throw LoopSyntaxError(message: "sh: \(statement.line): Shipyard's shell in containers runs loops nested at most \(loopDepthLimit) deep")
                }
                position += 1
                items.append(.loop(try loop(statement, statements, &position, depth: depth + 1)))
            default:
                items.append(.statement(statement, index: position))
                position += 1
            }
        }
        if inLoop, let last = statements.last { throw syntax(last, "end of file", expecting: "done") }
        return items
    }

    /// A loop from its header (`for i in 1 2`), its `do` and its body up to `done`.
    private static func loop(_ header: ShellWords.Statement, _ statements: [ShellWords.Statement],
                             _ position: inout Int, depth: Int) throws(LoopSyntaxError) -> Loop {
        var rest = Substring(header.text).drop(while: \.isWhitespace).dropFirst(3).drop(while: \.isWhitespace)
        let name = rest.prefix { !$0.isWhitespace }
        guard let head = name.first, head.isASCII, head.isLetter || head == "_",
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { throw LoopSyntaxError(message: "sh: \(header.line): Syntax error: Bad for loop variable") }
        rest = rest.dropFirst(name.count).drop(while: \.isWhitespace)
        var list: String?
        if !rest.isEmpty {
            guard rest.hasPrefix("in"), rest.dropFirst(2).first.map(\.isWhitespace) ?? true else {
                throw syntax(header, "word", expecting: "do")
            }
            list = String(rest.dropFirst(2))
        }
        // `do` begins the statement after the header, alone on its line or before the first command.
        guard position < statements.count else { throw syntax(header, "end of file", expecting: "do") }
        var first = statements[position]
        let afterDo = first.text.drop(while: \.isWhitespace)
        guard afterDo.hasPrefix("do"), afterDo.dropFirst(2).first.map(\.isWhitespace) ?? true else {
            throw syntax(first, "word", expecting: "do")
        }
        first.text = String(afterDo.dropFirst(2))
        var statements = statements
        statements[position] = first
        if first.text.allSatisfy(\.isWhitespace), first.piped.isEmpty, first.redirect == nil { position += 1 }
        var done: ShellWords.Statement?
        let body = try group(statements, from: &position, depth: depth, inLoop: true, ending: &done)
        return Loop(variable: String(name), words: list, body: body, connector: header.connector,
                    piped: done?.piped ?? [], redirect: done?.redirect, line: done?.line ?? header.line)
    }

    private static func syntax(_ statement: ShellWords.Statement, _ token: String,
                               expecting: String? = nil) -> LoopSyntaxError {
        LoopSyntaxError(message: "sh: \(statement.line): Syntax error: \(token) unexpected"
                        + (expecting.map { " (expecting \"\($0)\")" } ?? ""))
    }

    /// Runs the items in order; returns how the script ends when it must end early (`exit`, a
    /// syntax error, what is not simulated), else nil with `status` the last command's. A
    /// loop's variable stays set after it, as in dash.
    static func run(_ items: [Item], _ statements: [ShellWords.Statement], _ variables: inout [String: String],
                    status: inout Int32, _ process: inout ContainerProcess) -> ContainerExit? {
        for item in items {
            switch item {
            case .statement(let statement, let index):
                if let exit = run(statement, at: index, in: statements, variables, status: &status, &process) { return exit }
            case .loop(let loop):
                switch loop.connector {
                case .and where status != 0: continue
                case .or where status == 0: continue
                default: break
                }
                if let exit = run(loop, statements, &variables, status: &status, &process) { return exit }
            }
        }
        return nil
    }

    private static func run(_ loop: Loop, _ statements: [ShellWords.Statement], _ variables: inout [String: String],
                            status: inout Int32, _ process: inout ContainerProcess) -> ContainerExit? {
        let context = process.context
        func split(_ text: String) -> [String]? {
            let (scope, last) = (variables, status)
            return ShellWords.split(text, expand: { expansion($0, scope, context, status: last) })
        }
        var values: [String] = []
        if let words = loop.words {
            let text: String
            do {
                text = try substituting(words, variables, &process)
            } catch {
                return error.exit
            }
            guard let split = split(text) else {
                process.printError("sh: \(loop.line): Syntax error: Unterminated quoted string\n")
                return .exited(2)
            }
            values = split
        }
        guard !loop.piped.isEmpty || loop.redirect != nil else {
            return iterate(loop, values, statements, &variables, status: &status, &process)
        }
        // `done | sort`, `done > file`: the loop's output goes on as one command's would.
        var ended: ContainerExit?
        var (_, output) = process.redirectingStandardOutput { process in
            ended = iterate(loop, values, statements, &variables, status: &status, &process)
            return .exited(status)
        }
        if let ended { return ended }
        if !loop.piped.isEmpty {
            var stages: [[String]] = []
            for text in loop.piped {
                guard let stage = split(text), !stage.isEmpty else {
                    process.printError("sh: \(loop.line): Syntax error: \"|\" unexpected\n")
                    return .exited(2)
                }
                stages.append(stage)
            }
            let (exit, piped) = process.redirectingStandardOutput { process in pipeline(stages, input: output, in: &process) }
            guard case .exited(let code) = exit else { return exit }
            status = code
            output = piped
        }
        guard let redirect = loop.redirect else {
            process.print(output)
            return nil
        }
        guard let target = split(redirect.target), let path = target.first else {
            process.printError("sh: \(loop.line): Syntax error: newline unexpected\n")
            return .exited(2)
        }
        let absolute = ContainerFileCommands.normalized(path, in: context.workingDirectory)
        if absolute != "/dev/null" { process.write(absolute, output, append: redirect.append) }
        return nil
    }

    /// The body once per value, the variable set to each in turn; the status is the body's
    /// last, or 0 when it never ran.
    private static func iterate(_ loop: Loop, _ values: [String], _ statements: [ShellWords.Statement],
                                _ variables: inout [String: String], status: inout Int32,
                                _ process: inout ContainerProcess) -> ContainerExit? {
        status = 0
        for value in values {
            variables[loop.variable] = value
            if let exit = run(loop.body, statements, &variables, status: &status, &process) { return exit }
        }
        return nil
    }

    /// What `$NAME` stands for: the shell's variable, else the environment's; `$?` the last status.
    static func expansion(_ name: String, _ variables: [String: String], _ context: ContainerExecContext,
                          status: Int32) -> String {
        if name == "?" { return String(status) }
        return variables[name] ?? context.environmentValue(name) ?? ""
    }
}
