/// Loops and ifs in a pod's own command: the flat statements grouped around their bodies.
extension ShellScript {
    /// Folds `for …`/`while …`/`until …` ; `do X` ; … ; `done` and `if …` ; `then X` ; … ;
    /// `fi` into statements with their bodies, in one pass. They nest up to 64 deep (a bound
    /// on what a pasted monster may cost); deeper ones stay unfolded, and their words run as
    /// commands.
    static func foldLoops(_ statements: [Statement]) -> [Statement] {
        /// A compound command being read: its header and what it holds so far.
        struct Open {
            var header: Statement
            /// Where statements go now: a loop's condition (before `do`), an if's condition
            /// (before `then`), a body, or the `else` body.
            enum Part { case condition, body, elseBody }
            var part: Part
            var condition: [Statement] = []
            var body: [Statement] = []
            var branches: [IfClause.Branch] = []
            var elseBody: [Statement]?

            init(header: Statement) {
                self.header = header
                var rest = header
                rest.words.removeFirst()
                rest.connector = .always
                part = header.words.first == "for" ? .body : .condition
                if part == .condition, !rest.words.isEmpty { condition = [rest] }
            }

            mutating func add(_ statement: Statement) {
                switch part {
                case .condition: condition.append(statement)
                case .body: body.append(statement)
                case .elseBody: elseBody = (elseBody ?? []) + [statement]
                }
            }

            /// The compound command as one statement.
            var folded: Statement {
                let words = header.words
                var statement = Statement(words: [], connector: header.connector, loopBody: nil)
                switch words.first {
                case "for":
                    statement.loopBody = body
                    if words.count >= 2 {
                        statement.forLoop = ForHeader(variable: words[1],
                                                      words: words.count > 2 && words[2] == "in" ? Array(words.dropFirst(3)) : [])
                    }
                case "if":
                    var branches = self.branches
                    if part != .elseBody { branches.append(IfClause.Branch(condition: condition, body: body)) }
                    statement.ifClause = IfClause(branches: branches, elseBody: elseBody)
                default:
                    statement.loopBody = body
                    statement.condition = LoopCondition(until: words.first == "until", statements: condition)
                }
                return statement
            }
        }
        var open: [Open] = []
        var result: [Statement] = []
        var unfolded = 0
        func add(_ statement: Statement) {
            if open.isEmpty { result.append(statement) } else { open[open.count - 1].add(statement) }
        }
        for var statement in statements {
            // A word that moves an open compound command on to its next part, with the
            // command after it (`do echo x`) going into that part.
            if let top = open.indices.last, let word = statement.words.first {
                switch (word, open[top].part) {
                case ("do", .condition) where open[top].header.words.first != "if", ("do", .body):
                    open[top].part = .body
                    statement.words.removeFirst()
                case ("then", .condition) where open[top].header.words.first == "if":
                    open[top].part = .body
                    statement.words.removeFirst()
                case ("elif", .body) where open[top].header.words.first == "if":
                    open[top].branches.append(IfClause.Branch(condition: open[top].condition, body: open[top].body))
                    (open[top].condition, open[top].body, open[top].part) = ([], [], .condition)
                    statement.words.removeFirst()
                case ("else", .body) where open[top].header.words.first == "if":
                    open[top].branches.append(IfClause.Branch(condition: open[top].condition, body: open[top].body))
                    (open[top].part, open[top].elseBody) = (.elseBody, [])
                    statement.words.removeFirst()
                default:
                    break
                }
            }
            if statement.words.isEmpty, !open.isEmpty { continue }
            switch statement.words.first {
            case "while", "until", "for", "if":
                if open.count < 64 { open.append(Open(header: statement)) } else {
                    unfolded += 1
                    add(statement)
                }
            case "done", "fi":
                if unfolded > 0 {
                    unfolded -= 1
                    add(statement)
                } else if !open.isEmpty {
                    add(open.removeLast().folded)
                } else {
                    add(statement)
                }
            default:
                add(statement)
            }
        }
        // Compound commands never closed end the script with what they hold so far.
        while let last = open.popLast() { add(last.folded) }
        return result
    }
}

/// Running loops and ifs in a pod's own command, against the plan's clock.
extension ShellScript.State {
    /// `while`/`until`: a loop whose condition can fail runs here to its end (or its
    /// bound). One that cannot (`while true`, `while sleep 1`) runs forever: its first
    /// pass decides its period. When every pass prints the same, the plan repeats them;
    /// when passes differ (they send requests, count, tell the time), the first is kept and
    /// whoever runs the process runs the later ones when they are due
    /// (`ProcessPlan.RequestLoop`), each with the variables the one before left.
    mutating func runLoop(_ body: [ShellScript.Statement], condition: ShellScript.LoopCondition?) {
        loopNesting += 1
        defer { loopNesting -= 1 }
        guard let condition, !Self.alwaysHolds(condition) else {
            runEndless((condition?.statements ?? []) + body)
            return
        }
        var status = 0
        for _ in 0..<Self.roundLimit {
            run(condition.statements)
            if finished || runsForever { return }
            guard goesOn(), (lastStatus == 0) != condition.until else {
                lastStatus = status
                return
            }
            run(body)
            status = lastStatus
            if finished || runsForever { return }
            guard goesOn() else {
                lastStatus = status
                return
            }
            if lines.count >= ProcessPlan.maxLoggedLines { break }
        }
        // Still going after so many rounds: it runs on, and its log stops here.
        runsForever = true
    }

    /// The most rounds a loop with a condition runs while its plan is made.
    static let roundLimit = 10_000

    /// A condition that holds whatever happens: `true`, `:`, `sleep N`.
    static func alwaysHolds(_ condition: ShellScript.LoopCondition) -> Bool {
        !condition.until && condition.statements.allSatisfy { statement in
            statement.loopBody == nil && statement.ifClause == nil
                && (["true", ":"].contains(statement.words.first ?? "true")
                    || (statement.words.first == "sleep" && statement.words.count == 2 && statement.words[1] != "infinity"))
        }
    }

    mutating func runEndless(_ pass: [ShellScript.Statement]) {
        let start = time
        let before = lines.count
        let requestedBefore = requested
        requested = false
        let variablesBefore = variables
        var second = self
        run(pass)
        defer { requested = requested || requestedBefore }
        if finished { return }
        // `break` leaves the loop after its first pass; `continue` ends that pass as `done` would.
        if loopControl != nil, !goesOn() { return }
        let period = time - start
        guard period > 0 else {
            // A loop that never sleeps spins forever; it prints its lines once here.
            runsForever = true
            return
        }
        runsForever = true
        let iteration = lines[before...].map { ProcessPlan.Line(at: $0.at - start, text: $0.text, isError: $0.isError) }
        if !requested {
            // A second pass, tried aside: when it prints the same and changes nothing,
            // every pass will.
            second.variables = variables
            second.time = time
            let secondStart = second.lines.count
            second.run(pass)
            let same = second.lines[secondStart...].map(\.text) == iteration.map(\.text)
                && second.variables == variables && variables == variablesBefore && !second.finished
            if same {
                lines.removeSubrange(before...)
                repeating = (iteration, period)
                return
            }
        }
        requestLoop = ProcessPlan.RequestLoop(body: pass, rest: continuation, period: period, firstRepeatAt: time,
                                              variables: variables)
    }

    /// `if`: the body of the first branch whose condition succeeds, else the `else` body.
    mutating func runIf(_ clause: ShellScript.IfClause) {
        for branch in clause.branches {
            run(branch.condition)
            if finished || runsForever || loopControl != nil { return }
            if lastStatus == 0 {
                run(branch.body)
                return
            }
        }
        lastStatus = 0
        if let elseBody = clause.elseBody { run(elseBody) }
    }

    /// After a loop's pass: whether it goes on, taking a `break` or `continue` meant for it.
    mutating func goesOn() -> Bool {
        guard let control = loopControl else { return true }
        loopControl = control.levels > 1 ? (control.breaking, control.levels - 1) : nil
        return !control.breaking && control.levels == 1
    }
}
