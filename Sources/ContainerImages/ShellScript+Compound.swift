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
