import SimCore

/// A small interpreter for the shell one-liners container specs use:
/// `echo`, `sleep`, `exit`, `date`, `hostname`, `printenv`/`env`, `true`/`false`, `;`, `&&`,
/// `||`, and `while true; do …; done` loops. It produces a plan, not a process: lines with
/// their times and how the script ends.
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

    enum Connector { case always, and, or }

    struct Statement {
        var words: [String]
        var connector: Connector
        var loopBody: [Statement]?
    }

    struct State {
        let context: ProcessModel.Context
        var time = 0.0
        var lines: [ProcessPlan.Line] = []
        var repeating: (lines: [ProcessPlan.Line], period: Double)?
        var exitCode = 0
        var finished = false
        var runsForever = false
        var failure: String?
        var lastStatus = 0

        init(context: ProcessModel.Context) { self.context = context }

        mutating func run(_ statements: [Statement]) {
            for statement in statements {
                if finished || runsForever { return }
                switch statement.connector {
                case .and where lastStatus != 0: continue
                case .or where lastStatus == 0: continue
                default: break
                }
                if let body = statement.loopBody {
                    runLoop(body)
                    continue
                }
                execute(statement.words, viaShell: true)
            }
        }

        /// `while true; do …; done`: the first pass decides the loop's period and lines.
        mutating func runLoop(_ body: [Statement]) {
            let start = time
            let before = lines.count
            run(body)
            if finished { return }
            let period = time - start
            guard period > 0 else {
                // A loop that never sleeps spins forever; it prints its lines once here.
                runsForever = true
                return
            }
            let iteration = lines[before...].map { ProcessPlan.Line(at: $0.at - start, text: $0.text, isError: $0.isError) }
            lines.removeSubrange(before...)
            repeating = (iteration, period)
            runsForever = true
        }

        mutating func execute(_ rawWords: [String], viaShell: Bool) {
            let words = rawWords.map(expand)
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

        mutating func print(_ text: String, newline: Bool, isError: Bool = false) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            where !(line.isEmpty && !newline) {
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
                if name.isEmpty { result.append("$") } else { result += env[name] ?? "" }
            }
            return result
        }

        func finish() -> ProcessPlan {
            if let failure {
                return ProcessPlan(ending: .failsToStart(message: failure), stopSeconds: 0)
            }
            if runsForever {
                return ProcessPlan(lines: lines, repeating: repeating, ending: .runsUntilStopped, stopSeconds: nil)
            }
            return ProcessPlan(lines: lines, ending: .exits(after: max(time, 0.05), code: finished ? exitCode : lastStatus),
                               stopSeconds: nil)
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

    static func foldLoops(_ statements: [Statement]) -> [Statement] {
        var result: [Statement] = []
        var index = 0
        while index < statements.count {
            let statement = statements[index]
            if statement.words.first == "while" {
                // `while true` ; `do X` ; … ; `done`
                var body: [Statement] = []
                var j = index + 1
                var depth = 1
                while j < statements.count {
                    var s = statements[j]
                    if s.words.first == "done" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    if s.words.first == "do" { s.words.removeFirst() }
                    if s.words.first == "while" { depth += 1 }
                    if !s.words.isEmpty { body.append(s) }
                    j += 1
                }
                result.append(Statement(words: [], connector: statement.connector, loopBody: foldLoops(body)))
                index = j + 1
                continue
            }
            result.append(statement)
            index += 1
        }
        return result
    }
}
