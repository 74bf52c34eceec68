/// Loops and ifs in a container's shell, as dash runs them: `for NAME in WORDS` as the
/// Services tutorials loop requests from a client pod (`for i in $(seq 1 6); do wget -qO-
/// http://web; done`), `while`/`until`, `if`/`elif`/`else`, `break` and `continue`.
///
/// The statements of a script come flat (`for i in 1 2`, `do echo $i`, `done`); here they are
/// grouped into loops and ifs around their bodies, nested as written.
extension ContainerShell {
    enum Item {
        /// A statement, with its place in the script's flat list (for dash's per-line checks).
        case statement(ShellWords.Statement, index: Int)
        case compound(Compound)
    }

    /// A loop or an `if`, with how it joins the script and where its output goes.
    struct Compound {
        enum Kind {
            /// `for NAME [in WORDS]`: the text after `in`, split and expanded when the loop
            /// starts; nil without `in`.
            case forLoop(variable: String, words: String?, body: [Item])
            case whileLoop(until: Bool, condition: [Item], body: [Item])
            /// Each `if`/`elif` condition with its body, and the `else` body.
            case ifClause(branches: [(condition: [Item], body: [Item])], elseBody: [Item]?)
        }

        var kind: Kind
        /// How it joins what came before it (`true && for …`).
        var connector: ShellWords.Connector
        /// What follows `done`/`fi`: commands reading the output (`done | sort`), a file for it.
        var piped: [String] = []
        var redirect: (target: String, append: Bool)?
        var line = 1
    }

    /// Why a script does not run: dash's syntax errors, or nesting past the bound.
    struct LoopSyntaxError: Error {
        let message: String
    }

    /// The statements grouped into loops and ifs.
    static func items(_ statements: [ShellWords.Statement]) throws(LoopSyntaxError) -> [Item] {
        var position = 0
        var statements = statements
        return try group(&statements, from: &position, until: [], expecting: nil).items
    }

    /// How deep loops and ifs may nest: bounded, so a pasted monster cannot exhaust the stack.
    static let loopDepthLimit = 64

    static let closingWords: Set<String> = ["do", "done", "then", "elif", "else", "fi"]

    /// Items up to the end or, within a compound command, up to a statement starting with one
    /// of `terminators`, which is handed back (at `position`, not read past).
    private static func group(_ statements: inout [ShellWords.Statement], from position: inout Int, depth: Int = 0,
                              until terminators: Set<String>, expecting: String?)
        throws(LoopSyntaxError) -> (items: [Item], ending: String?)
    {
        var items: [Item] = []
        while position < statements.count {
            let statement = statements[position]
            let first = statement.text.split(whereSeparator: \.isWhitespace).first.map(String.init)
            if let first, closingWords.contains(first) {
                guard terminators.contains(first), !items.isEmpty else {
                    throw syntax(statement, "\"\(first)\"", expecting: items.isEmpty && terminators.contains(first) ? nil : expecting)
                }
                return (items, first)
            }
            switch first {
            case "for", "while", "until", "if":
                guard depth < loopDepthLimit else {
                    throw LoopSyntaxError(message: "sh: \(statement.line): Shipyard's shell in containers runs loops and ifs nested at most \(loopDepthLimit) deep")
                }
                items.append(.compound(try compound(first ?? "", &statements, &position, depth: depth + 1)))
            default:
                items.append(.statement(statement, index: position))
                position += 1
            }
        }
        if let expecting, let last = statements.last { throw syntax(last, "end of file", expecting: expecting) }
        return (items, nil)
    }

    /// The statement at `position` without its first word (`do`, `then`, `while`…): what is
    /// left is a command of its own, unless nothing is, when it is passed over.
    private static func dropKeyword(_ keyword: String, _ statements: inout [ShellWords.Statement], _ position: inout Int) {
        var statement = statements[position]
        statement.text = String(statement.text.drop(while: \.isWhitespace).dropFirst(keyword.count))
        statement.connector = .always
        statements[position] = statement
        if statement.text.allSatisfy(\.isWhitespace), statement.piped.isEmpty, statement.redirect == nil { position += 1 }
    }

    /// A body up to its closing word (`done`, `fi`), which must stand alone; what follows it
    /// (`| sort`, `> file`) is the compound command's.
    private static func closing(_ statements: inout [ShellWords.Statement], _ position: inout Int,
                                into compound: inout Compound) throws(LoopSyntaxError) {
        let statement = statements[position]
        guard statement.text.split(whereSeparator: \.isWhitespace).count == 1 else {
            throw syntax(statement, "word", expecting: nil)
        }
        compound.piped = statement.piped
        compound.redirect = statement.redirect
        compound.line = statement.line
        position += 1
    }

    private static func compound(_ keyword: String, _ statements: inout [ShellWords.Statement], _ position: inout Int,
                                 depth: Int) throws(LoopSyntaxError) -> Compound {
        let header = statements[position]
        var result = Compound(kind: .forLoop(variable: "", words: nil, body: []), connector: header.connector,
                              line: header.line)
        switch keyword {
        case "for":
            let (variable, words) = try forHeader(header)
            position += 1
            // `do` begins the statement after the header, alone on its line or before the first command.
            guard position < statements.count else { throw syntax(header, "end of file", expecting: "do") }
            let first = statements[position].text.drop(while: \.isWhitespace)
            guard first.hasPrefix("do"), first.dropFirst(2).first.map(\.isWhitespace) ?? true else {
                throw syntax(statements[position], "word", expecting: "do")
            }
            dropKeyword("do", &statements, &position)
            let body = try group(&statements, from: &position, depth: depth, until: ["done"], expecting: "done").items
            result.kind = .forLoop(variable: variable, words: words, body: body)
            try closing(&statements, &position, into: &result)
        case "while", "until":
            dropKeyword(keyword, &statements, &position)
            let condition = try group(&statements, from: &position, depth: depth, until: ["do"], expecting: "do").items
            dropKeyword("do", &statements, &position)
            let body = try group(&statements, from: &position, depth: depth, until: ["done"], expecting: "done").items
            result.kind = .whileLoop(until: keyword == "until", condition: condition, body: body)
            try closing(&statements, &position, into: &result)
        default:
            var branches: [(condition: [Item], body: [Item])] = []
            var elseBody: [Item]?
            var word = "if"
            while word == "if" || word == "elif" {
                dropKeyword(word, &statements, &position)
                let condition = try group(&statements, from: &position, depth: depth, until: ["then"], expecting: "then").items
                dropKeyword("then", &statements, &position)
                let (body, ending) = try group(&statements, from: &position, depth: depth, until: ["elif", "else", "fi"],
                                               expecting: "fi")
                branches.append((condition, body))
                word = ending ?? "fi"
            }
            if word == "else" {
                dropKeyword("else", &statements, &position)
                elseBody = try group(&statements, from: &position, depth: depth, until: ["fi"], expecting: "fi").items
            }
            result.kind = .ifClause(branches: branches, elseBody: elseBody)
            try closing(&statements, &position, into: &result)
        }
        return result
    }

    /// `for NAME [in WORDS]`: the name, checked as dash checks it, and the words' text.
    private static func forHeader(_ header: ShellWords.Statement) throws(LoopSyntaxError) -> (String, String?) {
        var rest = Substring(header.text).drop(while: \.isWhitespace).dropFirst(3).drop(while: \.isWhitespace)
        let name = rest.prefix { !$0.isWhitespace }
        guard let head = name.first, head.isASCII, head.isLetter || head == "_",
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { throw LoopSyntaxError(message: "sh: \(header.line): Syntax error: Bad for loop variable") }
        rest = rest.dropFirst(name.count).drop(while: \.isWhitespace)
        guard !rest.isEmpty else { return (String(name), nil) }
        guard rest.hasPrefix("in"), rest.dropFirst(2).first.map(\.isWhitespace) ?? true else {
            throw syntax(header, "word", expecting: "do")
        }
        return (String(name), String(rest.dropFirst(2)))
    }

    private static func syntax(_ statement: ShellWords.Statement, _ token: String,
                               expecting: String? = nil) -> LoopSyntaxError {
        LoopSyntaxError(message: "sh: \(statement.line): Syntax error: \(token) unexpected"
                        + (expecting.map { " (expecting \"\($0)\")" } ?? ""))
    }

    /// Runs the items in order; returns how the script ends when it must end early (`exit`, a
    /// syntax error, what is not simulated), else nil with `status` the last command's. A
    /// loop's variable stays set after it, as in dash. A `break` or `continue` stops the
    /// items, to be taken by the loops it leaves.
    static func run(_ items: [Item], _ statements: [ShellWords.Statement], _ variables: inout [String: String],
                    status: inout Int32, _ process: inout ContainerProcess) -> ContainerExit? {
        for item in items {
            switch item {
            case .statement(let statement, let index):
                if let exit = run(statement, at: index, in: statements, &variables, status: &status, &process) { return exit }
            case .compound(let compound):
                switch compound.connector {
                case .and where status != 0: continue
                case .or where status == 0: continue
                default: break
                }
                if let exit = run(compound, statements, &variables, status: &status, &process) { return exit }
            }
            if process.killed { return .exited(137) }
            if process.loopControl != nil { return nil }
        }
        return nil
    }

    private static func run(_ compound: Compound, _ statements: [ShellWords.Statement],
                            _ variables: inout [String: String], status: inout Int32,
                            _ process: inout ContainerProcess) -> ContainerExit? {
        let context = process.context
        func split(_ text: String) -> [String]? {
            let (scope, last) = (variables, status)
            return ShellWords.split(text, expand: { expansion($0, scope, context, status: last) })
        }
        guard !compound.piped.isEmpty || compound.redirect != nil else {
            return execute(compound, statements, &variables, status: &status, &process)
        }
        // `done | sort`, `fi > file`: the output goes on as one command's would.
        var ended: ContainerExit?
        var (_, output) = process.redirectingStandardOutput { process in
            ended = execute(compound, statements, &variables, status: &status, &process)
            return .exited(status)
        }
        if let ended { return ended }
        if !compound.piped.isEmpty {
            var stages: [[String]] = []
            for text in compound.piped {
                guard let stage = split(text), !stage.isEmpty else {
                    process.printError("sh: \(compound.line): Syntax error: \"|\" unexpected\n")
                    return .exited(2)
                }
                stages.append(stage)
            }
            let (exit, piped) = process.redirectingStandardOutput { process in pipeline(stages, input: output, in: &process) }
            guard case .exited(let code) = exit else { return exit }
            status = code
            output = piped
        }
        guard let redirect = compound.redirect else {
            process.print(output)
            return nil
        }
        guard let target = split(redirect.target), let path = target.first else {
            process.printError("sh: \(compound.line): Syntax error: newline unexpected\n")
            return .exited(2)
        }
        let absolute = ContainerFileCommands.normalized(path, in: context.workingDirectory)
        if absolute != "/dev/null" { process.write(absolute, output, append: redirect.append) }
        return nil
    }

    /// The most rounds a `while` or `until` loop runs, here and at the learner's prompt: a
    /// command's output shows when it ends, and one that loops until Ctrl-C would never end.
    public static let loopRoundLimit = 100

    private static func execute(_ compound: Compound, _ statements: [ShellWords.Statement],
                                _ variables: inout [String: String], status: inout Int32,
                                _ process: inout ContainerProcess) -> ContainerExit? {
        switch compound.kind {
        case .forLoop(let variable, let words, let body):
            var values: [String] = []
            if let words {
                let text: String
                do {
                    text = try substituting(words, variables, &process)
                } catch {
                    return error.exit
                }
                let (scope, last, context) = (variables, status, process.context)
                guard let split = ShellWords.split(text, expand: { expansion($0, scope, context, status: last) }) else {
                    process.printError("sh: \(compound.line): Syntax error: Unterminated quoted string\n")
                    return .exited(2)
                }
                values = split
            }
            status = 0
            process.loopNesting += 1
            defer { process.loopNesting -= 1 }
            for value in values {
                variables[variable] = value
                if let exit = run(body, statements, &variables, status: &status, &process) { return exit }
                guard goesOn(&process) else { break }
            }
            return nil
        case .whileLoop(let until, let condition, let body):
            var bodyStatus: Int32 = 0
            process.loopNesting += 1
            defer { process.loopNesting -= 1 }
            var rounds = 0
            while true {
                if let exit = run(condition, statements, &variables, status: &status, &process) { return exit }
                guard goesOn(&process), (status == 0) != until else { break }
                guard rounds < loopRoundLimit else {
                    process.printError("Shipyard: the loop ran \(loopRoundLimit) rounds and was stopped there, as Ctrl-C would stop it.\n")
                    return .exited(130)
                }
                rounds += 1
                if let exit = run(body, statements, &variables, status: &status, &process) { return exit }
                bodyStatus = status
                guard goesOn(&process) else { break }
            }
            status = bodyStatus
            return nil
        case .ifClause(let branches, let elseBody):
            for branch in branches {
                if let exit = run(branch.condition, statements, &variables, status: &status, &process) { return exit }
                if process.loopControl != nil { return nil }
                if status == 0 { return run(branch.body, statements, &variables, status: &status, &process) }
            }
            status = 0
            if let elseBody { return run(elseBody, statements, &variables, status: &status, &process) }
            return nil
        }
    }

    /// After a loop's condition or body: whether it goes on, taking a `break` or `continue`
    /// meant for it (one for an outer loop goes on out).
    private static func goesOn(_ process: inout ContainerProcess) -> Bool {
        guard let control = process.loopControl else { return true }
        process.loopControl = control.levels > 1 ? (control.breaking, control.levels - 1) : nil
        return !control.breaking && control.levels == 1
    }

    /// What `$NAME` stands for: the shell's variable, else the environment's; `$?` the last status.
    static func expansion(_ name: String, _ variables: [String: String], _ context: ContainerExecContext,
                          status: Int32) -> String {
        if name == "?" { return String(status) }
        return variables[name] ?? context.environmentValue(name) ?? ""
    }
}
