/// Short options as getopt reads them for the line tools (`sort -rn -k 2`, `cut -d: -f1`):
/// letters cluster, an option's value is the rest of its word or the next word, options may
/// follow operands, and `--` ends them. Errors are GNU's, each with its "Try" line.
struct ToolOptions {
    var flags: [Character] = []
    var values: [(option: Character, value: String)] = []
    var operands: [String] = []

    func has(_ flag: Character) -> Bool { flags.contains(flag) }

    /// What a program accepts: the letters that take no value, those that take one, and the
    /// subset of both that Shipyard simulates; usage errors exit with `usageStatus`.
    struct Grammar {
        var program: String
        var flags: String
        var valued: String
        var simulated: String
        var usageStatus: Int32
    }

    /// The options read, or how the run ended at them.
    enum Parsed {
        case read(ToolOptions)
        case ended(LineToolRun)
    }

    static func parse(_ arguments: [String], _ grammar: Grammar, busybox: Bool) -> Parsed {
        var options = ToolOptions()
        var rest = arguments[...]
        while let word = rest.popFirst() {
            if word == "--" {
                options.operands += rest
                break
            }
            guard word.hasPrefix("-"), word.count > 1 else {
                options.operands.append(word)
                continue
            }
            guard !word.hasPrefix("--") else { return .ended(unsimulated(word, grammar)) }
            var letters = word.dropFirst()
            while let letter = letters.popFirst() {
                let valued = grammar.valued.contains(letter)
                guard valued || grammar.flags.contains(letter) else {
                    return .ended(usage(grammar, "invalid option -- '\(letter)'", busybox: busybox))
                }
                guard grammar.simulated.contains(letter) else { return .ended(unsimulated("-\(letter)", grammar)) }
                guard valued else {
                    options.flags.append(letter)
                    continue
                }
                if !letters.isEmpty {
                    options.values.append((letter, String(letters)))
                } else if let value = rest.popFirst() {
                    options.values.append((letter, value))
                } else {
                    return .ended(usage(grammar, "option requires an argument -- '\(letter)'", busybox: busybox))
                }
                break
            }
        }
        return .read(options)
    }

    /// A usage error: the message, then GNU's pointer to `--help` and the program's usage
    /// status. busybox prints its usage text instead, which Shipyard does not keep: it says so.
    static func usage(_ grammar: Grammar, _ message: String, busybox: Bool) -> LineToolRun {
        var run = LineToolRun.ended(grammar.usageStatus, errors: "\(grammar.program): \(message)\n")
        if busybox {
            run.unsupported = "busybox's \(grammar.program) prints its usage here, which Shipyard does not keep."
        } else {
            run.errors += "Try '\(grammar.program) --help' for more information.\n"
        }
        return run
    }

    private static func unsimulated(_ option: String, _ grammar: Grammar) -> LineToolRun {
        let taken = grammar.simulated.map { "-\($0)" }.joined(separator: ", ")
        var run = LineToolRun()
        run.unsupported = "Shipyard's \(grammar.program) takes \(taken); `\(option)` is not simulated."
        return run
    }
}
