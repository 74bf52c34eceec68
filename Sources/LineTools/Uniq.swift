/// `uniq [-c] [-d|-u] [-i] [INPUT]`: each run of equal adjacent lines once; `-c` counts the run
/// (`%7d ` before the line, in GNU's and busybox's format alike).
enum Uniq {
    static let grammar = ToolOptions.Grammar(program: "uniq", flags: "cdDiuz", valued: "fsw", simulated: "cdiu",
                                             usageStatus: 1)

    @Sendable static func run(_ options: ToolOptions, _ input: LineToolInput) -> LineToolRun {
        guard options.operands.count <= 1 else {
            guard options.operands.count == 2 else {
                return ToolOptions.usage(grammar, "extra operand '\(options.operands[2])'", busybox: input.busybox)
            }
            var run = LineToolRun()
            run.unsupported = "Shipyard's uniq prints what it keeps; writing it to a file is not simulated."
            return run
        }
        var run = LineToolRun()
        let text = input.text(options.operands, "uniq", wording: input.busybox ? .cantOpen : .named, into: &run)
        guard run.status == 0 else { return run }
        let same: (Substring, Substring) -> Bool = options.has("i")
            ? { $0.lowercased() == $1.lowercased() } : { $0.utf8.elementsEqual($1.utf8) }
        var runs: [(line: Substring, count: Int)] = []
        for line in splitLines(text) {
            if let last = runs.last, same(last.line, line) {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((line, 1))
            }
        }
        for (line, count) in runs {
            if options.has("d"), count == 1 { continue }
            if options.has("u"), count > 1 { continue }
            if options.has("c") {
                let digits = String(count)
                run.output += String(repeating: " ", count: max(0, 7 - digits.count)) + digits + " "
            }
            run.output += line + "\n"
        }
        return run
    }
}
