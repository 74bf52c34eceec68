import SimCore

/// A small interpreter for the shell scripts container specs use: `echo`, `sleep`, `exit`,
/// `date`, `hostname`, `printenv`/`env`, `seq`, `[`, `true`/`false`, variables, `$((…))`,
/// `$(…)`, `;`, `&&`, `||`, `for`/`while`/`until` loops and `if`. It produces a plan, not a
/// process: lines with their times and how the script ends (`ShellScript+Programs.swift`
/// has the programs, `+Expansion` the words, `+Compound` the loops and ifs).
enum ShellScript {
    static func plan(_ script: String, context: ProcessModel.Context) -> ProcessPlan {
        var state = State(context: context)
        let statements = split(script)
        state.run(statements)
        return state.finish()
    }

    /// A single command given as argv (no shell).
    static func plan(command argv: [String], context: ProcessModel.Context, image: ImageCatalog.Image) -> ProcessPlan {
        var state = State(context: context)
        state.execute(argv, viaShell: false)
        return state.finish()
    }

    enum Connector: Sendable, Equatable { case always, and, or }

    struct Statement: Sendable, Equatable {
        var words: [String]
        var connector: Connector
        /// A loop's body: run over `forLoop`'s words when it has one, else while `condition` holds.
        var loopBody: [Statement]?
        var forLoop: ForHeader? = nil
        /// `while`/`until`'s condition, run before each pass.
        var condition: LoopCondition? = nil
        /// `if … then … [elif …] [else …] fi`.
        var ifClause: IfClause? = nil
    }

    struct LoopCondition: Sendable, Equatable {
        var until: Bool
        var statements: [Statement]
    }

    struct IfClause: Sendable, Equatable {
        struct Branch: Sendable, Equatable {
            var condition: [Statement]
            var body: [Statement] = []
        }

        var branches: [Branch]
        var elseBody: [Statement]?
    }

    /// `for NAME in WORDS`: the variable and the words it takes in turn (expanded as they come).
    struct ForHeader: Sendable, Equatable {
        var variable: String
        var words: [String]
    }

    struct State {
        let context: ProcessModel.Context
        var time = 0.0
        var lines: [ProcessPlan.Line] = []
        var repeating: (lines: [ProcessPlan.Line], period: Double)?
        var requestLoop: ProcessPlan.RequestLoop?
        /// Whether a command so far sent a request over the network (its output then cannot
        /// simply be repeated).
        var requested = false
        var exitCode = 0
        var finished = false
        var runsForever = false
        var failure: String?
        var lastStatus = 0
        var fileChanges: [ProcessPlan.FileChange] = []
        var memoryMiB = 1
        var memoryRampSeconds = 0.0
        var memoryGrowth: Double?
        var cpuMillicores = 0
        /// Output of the current command goes to this file (`> path`), not to the log.
        var redirect: (path: String, append: Bool, text: String)?
        /// The current command's standard error goes to /dev/null.
        var discardErrors = false
        /// The shell's own variables (`i=0`, a `for` loop's).
        var variables: [String: String] = [:]
        /// How many `$(…)` and `$((…))` enclose the word being expanded: bounded, so a pasted
        /// monster cannot exhaust the stack.
        var expansionDepth = 0
        /// Set when the script must end at once, from within a `$(…)` too (nesting past the bound).
        var aborted = false
        /// What follows the loop being run, at its own level: what a later pass that breaks out
        /// goes on with.
        var continuation: [Statement] = []
        /// How many loops enclose the running command, and a `break N`/`continue N` leaving them.
        var loopNesting = 0
        var loopControl: (breaking: Bool, levels: Int)?

        init(context: ProcessModel.Context) { self.context = context }

        mutating func run(_ statements: [Statement]) {
            for (index, statement) in statements.enumerated() {
                if finished || runsForever || loopControl != nil { return }
                switch statement.connector {
                case .and where lastStatus != 0: continue
                case .or where lastStatus == 0: continue
                default: break
                }
                if let body = statement.loopBody, let header = statement.forLoop {
                    // The words are expanded when the loop starts; what an expansion made is
                    // split at blanks (`for i in $(seq 1 3)`).
                    var values: [String] = []
                    for word in header.words {
                        let expanded = expand(word)
                        if finished { return }
                        if word.contains("$") {
                            values += expanded.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
                        } else {
                            values.append(expanded)
                        }
                    }
                    lastStatus = 0
                    loopNesting += 1
                    defer { loopNesting -= 1 }
                    for value in values {
                        variables[header.variable] = value
                        run(body)
                        if finished || runsForever { return }
                        if !goesOn() { break }
                    }
                    continue
                }
                if let body = statement.loopBody {
                    continuation = Array(statements[(index + 1)...])
                    runLoop(body, condition: statement.condition)
                    continue
                }
                if let clause = statement.ifClause {
                    runIf(clause)
                    continue
                }
                execute(statement.words, viaShell: true)
            }
        }

        func finish() -> ProcessPlan {
            if let failure {
                return ProcessPlan(ending: .failsToStart(message: failure), stopSeconds: 0)
            }
            var plan = runsForever
                ? ProcessPlan(lines: lines, repeating: repeating, ending: .runsUntilStopped, stopSeconds: nil)
                : ProcessPlan(lines: lines, ending: .exits(after: max(time, 0.05), code: finished ? exitCode : lastStatus),
                              stopSeconds: nil)
            plan.fileChanges = fileChanges
            plan.memoryMiB = memoryMiB
            plan.memoryRampSeconds = memoryRampSeconds
            plan.memoryGrowthMiBPerSecond = memoryGrowth
            plan.cpuMillicores = cpuMillicores
            plan.requestLoop = requestLoop
            return plan
        }

    }

    /// Splits a script into statements on `;`, `&&`, `||` and newlines, honouring quotes, and
    /// folds `while …; do …; done` into one statement with a body.
    static func split(_ script: String) -> [Statement] {
        var statements: [Statement] = []
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var connector = Connector.always
        var chars = Array(script)[...]

        func endWord() {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        }
        func endStatement(next: Connector) {
            endWord()
            if !words.isEmpty { statements.append(Statement(words: words, connector: connector, loopBody: nil)) }
            words = []
            connector = next
        }

        while let c = chars.first {
            chars = chars.dropFirst()
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                inWord = true
            case "$" where chars.first == "(":
                // `$(…)` and `$((…))` stay whole, spaces, `;` and all, for `expand`.
                word.append(c)
                inWord = true
                if let end = ShellWords.substitutionEnd(chars) {
                    word += String(chars[..<end])
                    chars = chars[end...]
                }
            case " ", "\t": endWord()
            case ";", "\n": endStatement(next: .always)
            case "&" where chars.first == "&":
                chars = chars.dropFirst()
                endStatement(next: .and)
            case "|" where chars.first == "|":
                chars = chars.dropFirst()
                endStatement(next: .or)
            default:
                word.append(c)
                inWord = true
            }
        }
        endStatement(next: .always)
        return foldLoops(statements)
    }
}
