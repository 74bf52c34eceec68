import SimCore

/// A small interpreter for the shell one-liners container specs use:
/// `echo`, `sleep`, `exit`, `date`, `hostname`, `printenv`/`env`, `true`/`false`, `;`, `&&`,
/// `||`, `while true; do …; done` and `for NAME in WORDS; do …; done` loops. It produces a
/// plan, not a process: lines with their times and how the script ends.
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
        /// How many loops enclose the running command, and a `break N`/`continue N` leaving them.
        var loopNesting = 0
        var loopControl: (breaking: Bool, levels: Int)?

        init(context: ProcessModel.Context) { self.context = context }

        mutating func run(_ statements: [Statement]) {
            for statement in statements {
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

        /// `while`/`until`: a loop whose condition can fail runs here to its end (or its
        /// bound). One that cannot (`while true`, `while sleep 1`) runs forever: its first
        /// pass decides its period. When every pass prints the same, the plan repeats them;
        /// when passes differ (they send requests, count, tell the time), the first is kept and
        /// whoever runs the process runs the later ones when they are due
        /// (`ProcessPlan.RequestLoop`), each with the variables the one before left.
        mutating func runLoop(_ body: [Statement], condition: LoopCondition?) {
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
        static func alwaysHolds(_ condition: LoopCondition) -> Bool {
            !condition.until && condition.statements.allSatisfy { statement in
                statement.loopBody == nil && statement.ifClause == nil
                    && (["true", ":"].contains(statement.words.first ?? "true")
                        || (statement.words.first == "sleep" && statement.words.count == 2 && statement.words[1] != "infinity"))
            }
        }

        mutating func runEndless(_ pass: [Statement]) {
            let start = time
            let before = lines.count
            let requestedBefore = requested
            requested = false
            let variablesBefore = variables
            var second = self
            run(pass)
            defer { requested = requested || requestedBefore }
            if finished { return }
            if loopControl != nil {
                _ = goesOn()
                return
            }
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
            requestLoop = ProcessPlan.RequestLoop(body: pass, period: period, firstRepeatAt: time, variables: variables)
        }

        /// `if`: the body of the first branch whose condition succeeds, else the `else` body.
        mutating func runIf(_ clause: IfClause) {
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

        mutating func execute(_ rawWords: [String], viaShell: Bool) {
            var words: [String] = []
            for word in rawWords {
                let expanded = viaShell ? expand(word) : word
                if finished { return }
                // An expansion that comes to nothing leaves no word behind (`echo a $(true) b`).
                if expanded.isEmpty, !word.isEmpty { continue }
                words.append(expanded)
            }
            if viaShell { takeRedirections(&words) }
            defer { flushRedirect() }
            // `NAME=value` alone sets the shell's variable.
            if viaShell, !words.isEmpty, words.allSatisfy(Self.isAssignment) {
                for word in words {
                    guard let equals = word.firstIndex(of: "=") else { continue }
                    variables[String(word[..<equals])] = String(word[word.index(after: equals)...])
                }
                lastStatus = 0
                return
            }
            guard let program = words.first else { return }
            let base = program.split(separator: "/").last.map(String.init) ?? program
            let args = Array(words.dropFirst())
            switch base {
            case "echo":
                var items = args
                var newline = true
                if items.first == "-n" {
                    items.removeFirst()
                    newline = false
                }
                print(items.joined(separator: " "), newline: newline)
                lastStatus = 0
            case "printf":
                let text = (args.first ?? "").replacing("\\n", with: "\n")
                print(text, newline: false)
                lastStatus = 0
            case "sleep":
                let arg = args.first ?? "0"
                if arg == "infinity" {
                    runsForever = true
                } else if let seconds = Self.duration(arg) {
                    time += seconds
                }
                lastStatus = 0
            case "exit":
                exitCode = Int(args.first ?? "") ?? lastStatus
                finished = true
            case "true", ":":
                lastStatus = 0
            case "seq":
                switch Seq.numbers(args) {
                case .success(let numbers):
                    for number in numbers { print(String(number), newline: true) }
                    lastStatus = 0
                case .failure(let refusal):
                    print("Shipyard: \(Seq.explain(refusal))", newline: true, isError: true)
                    lastStatus = 1
                }
            case "test", "[":
                let decided = ShellTest.evaluate(base, args, dialect: .dash) { query, path in
                    let content = existing(path) ?? (path == "/etc/hostname" ? context.hostname : nil)
                    switch query {
                    case "e", "f", "r", "w": return content != nil
                    case "s": return !(content ?? "").isEmpty
                    default: return false
                    }
                }
                switch decided {
                case .success(let holds): lastStatus = holds ? 0 : 1
                case .failure(let failure):
                    print("sh: 1: \(failure.message)", newline: true, isError: true)
                    lastStatus = 2
                }
            case "break", "continue" where viaShell:
                lastStatus = 0
                guard loopNesting > 0 else { return }
                let levels = args.first.flatMap { Int($0) } ?? 1
                guard levels > 0 else {
                    print("sh: 1: \(base): Illegal number: \(args.first ?? "")", newline: true, isError: true)
                    exitCode = 2
                    finished = true
                    return
                }
                loopControl = (base == "break", min(levels, loopNesting))
            case "false":
                lastStatus = 1
            case "date":
                print(Self.dateLine(context.startedAt + .seconds(time)), newline: true)
                lastStatus = 0
            case "hostname":
                print(context.hostname, newline: true)
                lastStatus = 0
            case "env", "printenv":
                if base == "printenv", let name = args.first {
                    if let value = context.environment[name] {
                        print(value, newline: true)
                        lastStatus = 0
                    } else {
                        lastStatus = 1
                    }
                } else {
                    for key in context.environment.keys.sorted() {
                        print("\(key)=\(context.environment[key] ?? "")", newline: true)
                    }
                    lastStatus = 0
                }
            case "perl" where words.joined(separator: " ").contains("bpi("):
                let digits = Self.bpiDigits(words.joined(separator: " "))
                time += max(0.5, Double(digits) / 400)
                print(PiDigits.pi(decimals: digits), newline: true)
                lastStatus = 0
            case "cat" where args.first == "/etc/hostname":
                print(context.hostname, newline: true)
                lastStatus = 0
            case "touch":
                for path in args where !path.hasPrefix("-") { writeFile(path, content: existing(path) ?? "") }
                lastStatus = 0
            case "rm":
                for path in args where !path.hasPrefix("-") {
                    fileChanges.append(ProcessPlan.FileChange(at: time, path: path, content: nil))
                }
                lastStatus = 0
            case "mkdir":
                lastStatus = 0
            case "tail" where args.contains("/dev/zero"):
                // Reads an endless line: memory grows until something stops it.
                memoryGrowth = 200
                runsForever = true
            case "tail" where args.contains("-f") || args.contains("/dev/null"):
                runsForever = true
            case "stress":
                runStress(args)
            case "curl", "wget":
                request(base, args)
            case "nslookup" where context.busybox:
                request(base, args)
            default:
                if viaShell {
                    print("sh: \(program): not found", newline: true, isError: true)
                    lastStatus = 127
                } else {
                    failure = "exec: \"\(program)\": executable file not found in $PATH"
                    finished = true
                }
            }
        }

        /// An HTTP client (or a lookup) run as (part of) the main process: the request goes out when the
        /// process gets to it, through the same programs `kubectl exec` runs, and what they
        /// print is the container's log.
        mutating func request(_ program: String, _ args: [String]) {
            guard let http = context.http, let run = ContainerPrograms.table[program] else {
                failure = "exec: \"\(program)\": executable file not found in $PATH"
                finished = true
                return
            }
            let environment = context.environment.map { (name: $0.key, value: $0.value) }.sorted { $0.name < $1.name }
            let exec = ContainerExecContext(hostname: context.hostname, workingDirectory: "/", environment: environment,
                                            files: [:], directories: ["/": []], now: context.startedAt + .seconds(time),
                                            busybox: context.busybox, http: http, resolver: context.resolver,
                                            classicNslookup: context.classicNslookup)
            var process = ContainerProcess(context: exec)
            requested = true
            switch run(args, &process) {
            case .exited(let status):
                for piece in process.pieces { print(piece.text, newline: false, isError: piece.isError) }
                lastStatus = Int(status)
            case .unsupported(let reason):
                print("Shipyard: \(reason)", newline: true, isError: true)
                lastStatus = 127
            }
            // A moment per request, and the whole wait of a connect that timed out.
            time += 0.05 + Double(process.waitedMilliseconds) / 1000
        }

        /// `stress --vm N --vm-bytes SIZE [--cpu N] [--timeout T]`: allocates and keeps N × SIZE,
        /// spins N CPUs, and exits after the timeout if one is given.
        mutating func runStress(_ args: [String]) {
            func value(_ flag: String) -> String? {
                guard let index = args.firstIndex(of: flag), index + 1 < args.count else { return nil }
                return args[index + 1]
            }
            let workers = Int(value("--vm") ?? value("-m") ?? "0") ?? 0
            let bytes = Self.bytesMiB(value("--vm-bytes") ?? "256M") ?? 256
            let cpus = Int(value("--cpu") ?? value("-c") ?? "0") ?? 0
            print("stress: info: [1] dispatching hogs: \(cpus) cpu, 0 io, \(workers) vm, 0 hdd", newline: true)
            memoryMiB = max(1, Int((Double(workers) * bytes).rounded()) + 1)
            memoryRampSeconds = workers > 0 ? 0.4 : 0
            cpuMillicores = cpus * 1000 + workers * 20
            if let timeout = value("--timeout") ?? value("-t"), let seconds = Self.duration(timeout) {
                time += seconds
                print("stress: info: [1] successful run completed in \(Int(seconds))s", newline: true)
                lastStatus = 0
            } else {
                runsForever = true
            }
        }

        func existing(_ path: String) -> String? {
            fileChanges.last { $0.path == path }?.content
        }

        mutating func writeFile(_ path: String, content: String) {
            fileChanges.append(ProcessPlan.FileChange(at: time, path: path, content: content))
        }

        /// The command's redirections, taken out of its words: `> file`, `>file`, `>> file`,
        /// `1>file` send standard output to a file; `2>/dev/null` drops standard error, and
        /// `2>&1` changes nothing here, where both streams go to the log.
        mutating func takeRedirections(_ words: inout [String]) {
            var kept: [String] = []
            var index = 0
            while index < words.count {
                let word = words[index]
                var operatorText = word
                if operatorText.hasPrefix("1>") { operatorText.removeFirst() }
                if operatorText.hasPrefix(">") {
                    let append = operatorText.hasPrefix(">>")
                    var target = String(operatorText.dropFirst(append ? 2 : 1))
                    if target.isEmpty, index + 1 < words.count {
                        index += 1
                        target = words[index]
                    }
                    if !target.isEmpty { redirect = (target, append, "") }
                } else if word.hasPrefix("2>") {
                    var target = String(word.dropFirst(2))
                    if target.isEmpty, index + 1 < words.count {
                        index += 1
                        target = words[index]
                    }
                    if target == "/dev/null" { discardErrors = true }
                } else {
                    kept.append(word)
                }
                index += 1
            }
            words = kept
        }

        mutating func flushRedirect() {
            discardErrors = false
            guard let target = redirect else { return }
            redirect = nil
            guard target.path != "/dev/null" else { return }
            let previous = target.append ? (existing(target.path) ?? "") : ""
            writeFile(target.path, content: previous + target.text)
        }

        mutating func print(_ text: String, newline: Bool, isError: Bool = false) {
            if isError, discardErrors { return }
            if redirect != nil, !isError {
                redirect?.text += text + (newline ? "\n" : "")
                return
            }
            var pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Text that ends its own last line leaves nothing after it; blank lines within stay.
            if !newline, pieces.count > 1, pieces.last == "" { pieces.removeLast() }
            for line in pieces where !(line.isEmpty && !newline && pieces.count == 1) {
                lines.append(ProcessPlan.Line(at: time, text: line, isError: isError))
            }
        }

        /// `NAME=value`, with a name the shell takes.
        static func isAssignment(_ word: String) -> Bool {
            guard let equals = word.firstIndex(of: "=") else { return false }
            return ShellWords.isName(word[..<equals])
        }

        /// A word with its `$NAME`, `${NAME}`, `${NAME:-default}`, `$?`, `$((…))` and `$(…)`
        /// replaced. An arithmetic error ends the script, as dash ends it.
        mutating func expand(_ word: String) -> String {
            guard word.contains("$") else { return word }
            var env = context.environment
            env["HOSTNAME"] = env["HOSTNAME"] ?? context.hostname
            var result = ""
            var chars = Array(word)[...]
            while let c = chars.first {
                chars = chars.dropFirst()
                guard c == "$" else {
                    result.append(c)
                    continue
                }
                if chars.first == "(", let end = ShellWords.substitutionEnd(chars) {
                    let inner = String(chars[chars.index(after: chars.startIndex)..<chars.index(before: end)])
                    chars = chars[end...]
                    guard expansionDepth < ContainerProcess.substitutionDepthLimit else {
                        print("Shipyard: a pod's own command runs $(…) nested at most \(ContainerProcess.substitutionDepthLimit) deep",
                              newline: true, isError: true)
                        exitCode = 2
                        finished = true
                        aborted = true
                        return result
                    }
                    expansionDepth += 1
                    defer { expansionDepth -= 1 }
                    if let expression = ShellArithmetic.expression(inParentheses: inner) {
                        result += arithmetic(expand(expression), env)
                    } else {
                        result += substitute(inner)
                    }
                    if finished { return result }
                    continue
                }
                var name = ""
                if chars.first == "{" {
                    chars = chars.dropFirst()
                    while let n = chars.first, n != "}" {
                        name.append(n)
                        chars = chars.dropFirst()
                    }
                    chars = chars.dropFirst()
                } else if chars.first == "?" {
                    chars = chars.dropFirst()
                    result += String(lastStatus)
                    continue
                } else {
                    while let n = chars.first, n.isLetter || n.isNumber || n == "_" {
                        name.append(n)
                        chars = chars.dropFirst()
                    }
                }
                var fallback: String?
                if let dash = name.firstIndex(of: "-") {
                    fallback = String(name[name.index(after: dash)...])
                    name = String(name[..<dash].prefix { $0 != ":" })
                }
                if name.isEmpty { result.append("$") } else {
                    let value = variables[name] ?? env[name] ?? ""
                    result += value.isEmpty ? fallback ?? "" : value
                }
            }
            return result
        }

        mutating func arithmetic(_ expression: String, _ env: [String: String]) -> String {
            let scope = variables
            switch ShellArithmetic.evaluate(expression, dialect: .dash, lookup: { scope[$0] ?? env[$0] }) {
            case .success(let outcome):
                for (name, value) in outcome.assignments { variables[name] = String(value) }
                return String(outcome.value)
            case .failure(let failure):
                print("sh: 1: \(failure.message)", newline: true, isError: true)
                exitCode = 2
                finished = true
                return ""
            }
        }

        /// `$(command)`: what the command prints at this moment, less its final newlines.
        mutating func substitute(_ command: String) -> String {
            var inner = self
            inner.lines = []
            inner.redirect = nil
            inner.run(ShellScript.split(command))
            // A subshell: its variables stay its own; its time has passed.
            requested = requested || inner.requested
            time = inner.time
            if inner.aborted {
                (aborted, finished, exitCode) = (true, true, inner.exitCode)
            }
            var text = inner.lines.filter { !$0.isError }.map(\.text).joined(separator: "\n")
            for line in inner.lines where line.isError { lines.append(line) }
            while text.hasSuffix("\n") { text.removeLast() }
            return text
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

        /// `150M`, `1G`, `512K`, `1048576`: stress's sizes (powers of 1024), in MiB.
        static func bytesMiB(_ text: String) -> Double? {
            let units: [(String, Double)] = [("K", 1.0 / 1024), ("M", 1), ("G", 1024), ("k", 1.0 / 1024), ("m", 1), ("g", 1024)]
            for (suffix, factor) in units where text.hasSuffix(suffix) {
                return Double(text.dropLast()).map { $0 * factor }
            }
            return Double(text).map { $0 / 1_048_576 }
        }

        static func duration(_ text: String) -> Double? {
            let units: [(String, Double)] = [("s", 1), ("m", 60), ("h", 3600), ("d", 86400)]
            for (suffix, factor) in units where text.hasSuffix(suffix) {
                return Double(text.dropLast()).map { $0 * factor }
            }
            return Double(text)
        }

        static func bpiDigits(_ text: String) -> Int {
            guard let open = text.firstRange(of: "bpi("), let close = text[open.upperBound...].firstIndex(of: ")") else {
                return 2000
            }
            return min(Int(text[open.upperBound..<close]) ?? 2000, 20_000)
        }

        /// `Thu Jan  1 00:00:00 UTC 2026`, as busybox `date` prints.
        static func dateLine(_ time: SimTime) -> String {
            let c = CalendarTime(time)
            let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
            let day = c.day < 10 ? " \(c.day)" : String(c.day)
            return "\(days[c.weekday]) \(months[c.month - 1]) \(day) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) UTC \(c.year)"
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
