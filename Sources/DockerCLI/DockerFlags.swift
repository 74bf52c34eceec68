/// Docker's flags as pflag reads them: long `--name value` or `--name=value`, short `-n value`,
/// boolean flags bare, flags and arguments in any order, `--` ending the flags.
struct DockerFlags {
    struct Flag: Sendable {
        var long: String
        var short: Character?
        var takesValue: Bool
    }

    var values: [String: String] = [:]
    /// Every value a repeatable flag was given (`-t a -t b`), in order.
    var allValues: [String: [String]] = [:]
    var present: Set<String> = []
    var arguments: [String] = []

    /// The flags of `arguments`, or the text pflag's error gives (`unknown flag: --x`).
    static func parse(_ arguments: [String], flags: [Flag]) -> Result<DockerFlags, DockerUsageError> {
        var parsed = DockerFlags()
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" {
                parsed.arguments += arguments[index...]
                break
            }
            guard word.hasPrefix("-"), word.count > 1 else {
                parsed.arguments.append(word)
                continue
            }
            let flag: Flag?
            var inline: String?
            if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                if body.contains("=") { inline = String(body.drop { $0 != "=" }.dropFirst()) }
                flag = flags.first { $0.long == name }
                if flag == nil { return .failure(.unknownFlag("--" + name)) }
            } else {
                let letter = word.dropFirst().first ?? "-"
                flag = flags.first { $0.short == letter }
                if flag == nil { return .failure(.unknownShorthand(letter, word)) }
                if word.count > 2 { inline = String(word.dropFirst(2)) }
            }
            guard let flag else { continue }
            parsed.present.insert(flag.long)
            guard flag.takesValue else { continue }
            if let inline {
                parsed.values[flag.long] = inline
                parsed.allValues[flag.long, default: []].append(inline)
            } else if index < arguments.count {
                parsed.values[flag.long] = arguments[index]
                parsed.allValues[flag.long, default: []].append(arguments[index])
                index += 1
            } else {
                let written = word.hasPrefix("--") ? "--\(flag.long)" : "'\(flag.short ?? "-")' in -\(flag.short ?? "-")"
                return .failure(.needsArgument(written))
            }
        }
        return .success(parsed)
    }
}

/// A command line Docker's CLI refuses before doing anything: a flag it does not know or
/// that lacks its value (status 125), or the wrong number of arguments (status 1). Docker
/// 28.2's words, its `SRun` typo included.
enum DockerUsageError: Error {
    case unknownFlag(String)
    case unknownShorthand(Character, String)
    /// `--username`, or `'u' in -u`.
    case needsArgument(String)
    case exactly(Int)
    case atLeast(Int)
    case atMost(Int)

    func text(_ command: DockerSubcommand) -> String {
        let name = "docker \(command.name)"
        let plural = { (count: Int) in count == 1 ? "argument" : "arguments" }
        let (first, run): (String, String)
        switch self {
        case .unknownFlag(let flag): (first, run) = ("unknown flag: \(flag)", "Run")
        case .unknownShorthand(let letter, let word): (first, run) = ("unknown shorthand flag: '\(letter)' in \(word)", "Run")
        case .needsArgument(let written): (first, run) = ("flag needs an argument: \(written)", "Run")
        case .exactly(let count): (first, run) = ("docker: '\(name)' requires \(count) \(plural(count))", "Run")
        case .atLeast(let count): (first, run) = ("docker: '\(name)' requires at least \(count) \(plural(count))", "See")
        case .atMost(let count): (first, run) = ("docker: '\(name)' requires at most \(count) \(plural(count))", "SRun")
        }
        return "\(first)\n\nUsage:  \(command.usage)\n\n\(run) '\(name) --help' for more information\n"
    }

    var status: Int32 {
        switch self {
        case .unknownFlag, .unknownShorthand, .needsArgument: return 125
        case .exactly, .atLeast, .atMost: return 1
        }
    }
}
