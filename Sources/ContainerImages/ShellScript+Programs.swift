import SimCore

/// The programs a pod's own command runs, each adding to the plan: lines at their times,
/// files, memory, requests, how the script ends.
extension ShellScript.State {
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
        case "break" where viaShell, "continue" where viaShell:
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
