import LineTools

/// The filters a pipeline in a container ends in — `head`, `tail`, `grep`, `wc` and `cat` —
/// reading the files named, or what the command before printed. Their messages are GNU's, or
/// busybox's in busybox images.
enum ContainerFilters {
    /// The text a filter reads: its files, or standard input when it names none (or `-`).
    /// A missing file is reported (in busybox's words in busybox images) and makes the status 1.
    static func input(_ files: [String], _ program: String, _ process: inout ContainerProcess,
                      missing: FileErrorWording = .named) -> (text: String, status: Int32) {
        var run = LineToolRun()
        let text = lineToolInput(process).text(files, program, wording: process.context.busybox ? .named : missing,
                                               into: &run)
        if !run.errors.isEmpty { process.printError(run.errors) }
        return (text, run.status)
    }

    /// What the process gives a line tool to read: what was piped in, and its files.
    static func lineToolInput(_ process: ContainerProcess) -> LineToolInput {
        LineToolInput(stdin: process.stdin, busybox: process.context.busybox) { [process] path in
            process.file(ContainerPath.normalized(path, in: process.context.workingDirectory)).map { .success($0) }
                ?? .failure(.missing)
        }
    }

    /// Runs one of the shared line tools (`sort`, `uniq`, `cut`) on what the process reads.
    static func lineTool(_ tool: @escaping LineTools.Tool) -> ContainerPrograms.Builtin {
        { arguments, process in
            let run = tool(arguments, lineToolInput(process))
            if !run.errors.isEmpty { process.printError(run.errors) }
            if let unsupported = run.unsupported { return .unsupported(unsupported) }
            process.print(run.output)
            return .exited(run.status)
        }
    }

    /// Lines with their newlines; a last line without one stays as it is.
    private static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        while let newline = text[start...].firstIndex(of: "\n") {
            result.append(text[start...newline])
            start = text.index(after: newline)
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    /// `-n N`, `-nN`, `-N`: how many lines `head` and `tail` take (10 by default).
    private enum LineCount {
        case lines(Int, files: [String])
        case refused(ContainerExit)
    }

    private static func count(_ arguments: [String], _ program: String) -> LineCount {
        var count = 10
        var files: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "-n" {
                index += 1
                guard index < arguments.count, let value = Int(arguments[index]) else {
                    return .refused(.unsupported("Shipyard's \(program) in containers takes -n with a number of lines."))
                }
                count = value
            } else if argument.hasPrefix("-n"), let value = Int(argument.dropFirst(2)) {
                count = value
            } else if argument.hasPrefix("-"), argument.count > 1, let value = Int(argument.dropFirst()) {
                count = value
            } else if argument.hasPrefix("-"), argument != "-" {
                return .refused(.unsupported("Shipyard's \(program) in containers takes -n N; `\(argument)` is not simulated."))
            } else {
                files.append(argument)
            }
            index += 1
        }
        return .lines(max(0, count), files: files)
    }

    static func head(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        switch count(arguments, "head") {
        case .refused(let exit): return exit
        case .lines(let count, let files):
            let (text, status) = input(files, "head", &process, missing: .cannotOpen)
            process.print(lines(text).prefix(count).joined())
            return .exited(status)
        }
    }

    static func tail(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        switch count(arguments, "tail") {
        case .refused(let exit): return exit
        case .lines(let count, let files):
            let (text, status) = input(files, "tail", &process, missing: .cannotOpen)
            process.print(lines(text).suffix(count).joined())
            return .exited(status)
        }
    }

    /// `cat` with nothing to read but its input: what was piped in.
    static func cat(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        guard arguments.isEmpty || arguments == ["-"] else { return ContainerFileCommands.cat(arguments, &process) }
        process.print(process.stdin ?? "")
        return .exited(0)
    }

    /// `wc -l|-w|-c`: one count, of the files or of the input.
    static func wc(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        let options = arguments.filter { $0.hasPrefix("-") && $0 != "-" }
        let files = arguments.filter { !$0.hasPrefix("-") || $0 == "-" }
        guard options.count == 1, ["-l", "-w", "-c"].contains(options[0]), files.count <= 1 else {
            return .unsupported("Shipyard's wc in containers counts one thing (-l, -w or -c) of one file or of its input.")
        }
        let (text, status) = input(files, "wc", &process)
        guard status == 0 else { return .exited(status) }
        let value: Int
        switch options[0] {
        case "-l": value = text.utf8.filter { $0 == 10 }.count
        case "-w": value = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        default: value = text.utf8.count
        }
        process.print(files.first.map { "\(value) \($0)\n" } ?? "\(value)\n")
        return .exited(0)
    }

    /// `grep [-i] [-v] [-c] [-n] [-q] [-E|-F] [-e PATTERN]... PATTERN [FILE]`: basic regular
    /// expressions by default, extended with -E, fixed strings with -F; a line matches if any
    /// pattern does. Status 0 when a line matched.
    static func grep(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        var flags: Set<Character> = []
        var operands: [String] = []
        var patterns: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "-e", operands.isEmpty, let pattern = rest.popFirst() {
                patterns.append(pattern)
            } else if argument.hasPrefix("-"), argument.count > 1, operands.isEmpty {
                for flag in argument.dropFirst() {
                    guard "ivcnqEF".contains(flag) else {
                        return .unsupported("Shipyard's grep in containers takes -i, -v, -c, -n, -q, -E, -F and -e; `-\(flag)` is not simulated.")
                    }
                    flags.insert(flag)
                }
            } else {
                operands.append(argument)
            }
        }
        if patterns.isEmpty, let pattern = operands.first {
            patterns = [pattern]
            operands.removeFirst()
        }
        guard !patterns.isEmpty else {
            process.printError(process.context.busybox ? "grep: no pattern\n"
                               : "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n")
            return .exited(2)
        }
        let (text, status) = input(operands, "grep", &process)
        let sources = patterns.map { pattern in
            flags.contains("F") ? escaped(pattern, all: true) : flags.contains("E") ? pattern : escaped(pattern, all: false)
        }
        let source = sources.count == 1 ? sources[0] : sources.map { "(?:\($0))" }.joined(separator: "|")
        let pattern = patterns.joined(separator: "\n")
        guard var regex = try? Regex(source) else {
            return .unsupported("Shipyard's grep in containers could not read the pattern `\(pattern)`.")
        }
        if flags.contains("i") { regex = regex.ignoresCase() }
        var matched = 0
        for (number, line) in lines(text).enumerated() {
            let body = line.hasSuffix("\n") ? line.dropLast() : line
            let hit = (try? regex.firstMatch(in: String(body))) != nil
            guard hit != flags.contains("v") else { continue }
            matched += 1
            if flags.contains("q") { return .exited(0) }
            if !flags.contains("c") {
                process.print((flags.contains("n") ? "\(number + 1):" : "") + body + "\n")
            }
        }
        if flags.contains("c") { process.print("\(matched)\n") }
        if status != 0 { return .exited(2) }
        return .exited(matched > 0 ? 0 : 1)
    }

    /// A grep pattern as Swift's regular expressions read it: a fixed string with every
    /// special character escaped, or a basic one with those that are literal in BRE escaped.
    private static func escaped(_ pattern: String, all: Bool) -> String {
        let special: Set<Character> = all ? Set(#"\.^$*+?()[]{}|/"#) : Set("+?(){}|/")
        return pattern.map { special.contains($0) ? "\\\($0)" : String($0) }.joined()
    }
}
