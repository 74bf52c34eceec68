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
        /// A loop's body: run over `forLoop`'s words when it has one, else forever (`while true`).
        var loopBody: [Statement]?
        var forLoop: ForHeader? = nil
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
        /// The shell's own variables: a `for` loop's.
        var variables: [String: String] = [:]

        init(context: ProcessModel.Context) { self.context = context }

        mutating func run(_ statements: [Statement]) {
            for statement in statements {
                if finished || runsForever { return }
                switch statement.connector {
                case .and where lastStatus != 0: continue
                case .or where lastStatus == 0: continue
                default: break
                }
                if let body = statement.loopBody, let header = statement.forLoop {
                    // This planner takes words as written: a list made by a command is not.
                    if header.words.contains(where: { $0.contains("$(") || $0.contains("`") }) {
                        print("Shipyard: a pod's own command runs `for` over plain words; a list made by $(…) is "
                              + "not simulated there (`kubectl exec POD -- sh -c '…'` runs it)", newline: true, isError: true)
                        lastStatus = 127
                        continue
                    }
                    lastStatus = 0
                    for word in header.words {
                        variables[header.variable] = expand(word)
                        run(body)
                        if finished || runsForever { return }
                    }
                    continue
                }
                if let body = statement.loopBody {
                    runLoop(body)
                    continue
                }
                execute(statement.words, viaShell: true)
            }
        }

        /// `while true; do …; done`: the first pass decides the loop's period and lines. A
        /// loop that sends requests keeps its first pass and is run again pass by pass as time
        /// goes on (`ProcessPlan.RequestLoop`), as each pass may be answered differently.
        mutating func runLoop(_ body: [Statement]) {
            let start = time
            let before = lines.count
            let requestedBefore = requested
            requested = false
            run(body)
            defer { requested = requested || requestedBefore }
            if finished { return }
            let period = time - start
            guard period > 0 else {
                // A loop that never sleeps spins forever; it prints its lines once here.
                runsForever = true
                return
            }
            runsForever = true
            if requested {
                requestLoop = ProcessPlan.RequestLoop(body: body, period: period, firstRepeatAt: time)
                return
            }
            let iteration = lines[before...].map { ProcessPlan.Line(at: $0.at - start, text: $0.text, isError: $0.isError) }
            lines.removeSubrange(before...)
            repeating = (iteration, period)
        }

        mutating func execute(_ rawWords: [String], viaShell: Bool) {
            var words = rawWords.map(expand)
            if viaShell { takeRedirections(&words) }
            defer { flushRedirect() }
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

        func expand(_ word: String) -> String {
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
                var name = ""
                if chars.first == "{" {
                    chars = chars.dropFirst()
                    while let n = chars.first, n != "}" {
                        name.append(n)
                        chars = chars.dropFirst()
                    }
                    chars = chars.dropFirst()
                } else {
                    while let n = chars.first, n.isLetter || n.isNumber || n == "_" {
                        name.append(n)
                        chars = chars.dropFirst()
                    }
                }
                if name.isEmpty { result.append("$") } else { result += variables[name] ?? env[name] ?? "" }
            }
            return result
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

    /// Folds `while …`/`for …` ; `do X` ; … ; `done` into loop statements with their bodies, in
    /// one pass. Loops nest up to 64 deep (a bound on what a pasted monster may cost); deeper
    /// ones stay unfolded, and their words run as commands.
    static func foldLoops(_ statements: [Statement]) -> [Statement] {
        /// A loop being read: its header and the statements of its body so far.
        struct Open {
            var header: Statement
            var body: [Statement] = []

            /// The loop as one statement: `for NAME in WORDS` runs over the words, `while` forever.
            var folded: Statement {
                let words = header.words
                var forLoop: ForHeader?
                if words.first == "for", words.count >= 2 {
                    forLoop = ForHeader(variable: words[1], words: words.count > 2 && words[2] == "in" ? Array(words.dropFirst(3)) : [])
                }
                return Statement(words: [], connector: header.connector, loopBody: body, forLoop: forLoop)
            }
        }
        var open: [Open] = []
        var result: [Statement] = []
        var unfolded = 0
        func add(_ statement: Statement) {
            if open.isEmpty { result.append(statement) } else { open[open.count - 1].body.append(statement) }
        }
        for var statement in statements {
            if !open.isEmpty, statement.words.first == "do" { statement.words.removeFirst() }
            if statement.words.isEmpty, !open.isEmpty { continue }
            switch statement.words.first {
            case "while", "for":
                if open.count < 64 { open.append(Open(header: statement)) } else {
                    unfolded += 1
                    add(statement)
                }
            case "done" where unfolded > 0:
                unfolded -= 1
                add(statement)
            case "done" where !open.isEmpty:
                add(open.removeLast().folded)
            default:
                add(statement)
            }
        }
        // Loops never closed end the script with what they hold so far, as before.
        while let loop = open.popLast() { add(loop.folded) }
        return result
    }
}
