import SimCore

/// Command-line flags with pflag's semantics, which kubectl (cobra) uses: flags anywhere
/// among the arguments, `--name=value` or `--name value`, `-n value` or `-nvalue`, bundled
/// boolean shorthands (`-it`), `--` to end flags, and pflag's own error wording.
struct FlagSet {
    enum Kind: Equatable {
        case bool
        case string
        case int
        /// A Go duration (`30s`, `2m`), refused at parse time in Go's words as pflag does.
        case duration
        /// Repeatable; each occurrence may hold comma-separated values (`-l a=b,c=d` is one).
        case stringArray
        /// Repeatable and split on commas (`--env` is an array; `-L a,b` a slice).
        case stringSlice
    }

    struct Flag {
        var name: String
        var shorthand: Character?
        var kind: Kind
        var defaultValue: String
        /// For flags given with no value: the value implied (`true` for bools).
        var noOptDefault: String?
        /// pflag's deprecation message, printed when the flag is used.
        var deprecated: String? = nil
    }

    private(set) var flags: [Flag] = []
    private var values: [String: [String]] = [:]
    private(set) var changed: Set<String> = []
    /// Each flag given, in order, with the value as typed (`--record` alone: `true`): what
    /// kubectl's `--record` writes into the change-cause.
    private(set) var visited: [(name: String, value: String)] = []
    /// pflag's notices for deprecated flags that were given, in order.
    private(set) var deprecations: [String] = []
    private(set) var positional: [String] = []
    /// Arguments after `--`, kept apart (`kubectl run x --image=busybox -- sleep 3600`).
    private(set) var afterDash: [String]? = nil

    /// `whenBare`: the value a flag given with none takes (pflag's NoOptDefVal; bools imply
    /// `true`, and `--validate` alone means `strict`).
    mutating func add(_ name: String, _ shorthand: Character? = nil, _ kind: Kind, default value: String = "",
                      whenBare: String? = nil, deprecated: String? = nil) {
        flags.append(Flag(name: name, shorthand: shorthand, kind: kind,
                          defaultValue: kind == .bool && value.isEmpty ? "false" : value,
                          noOptDefault: whenBare ?? (kind == .bool ? "true" : nil), deprecated: deprecated))
    }

    func flag(named name: String) -> Flag? { flags.first { $0.name == name } }
    func flag(shorthand: Character) -> Flag? { flags.first { $0.shorthand == shorthand } }

    // MARK: Values

    func string(_ name: String) -> String { values[name]?.last ?? flag(named: name)?.defaultValue ?? "" }
    func bool(_ name: String) -> Bool { string(name) == "true" }
    func int(_ name: String) -> Int { Int(string(name)) ?? 0 }
    func strings(_ name: String) -> [String] { values[name] ?? [] }
    func isSet(_ name: String) -> Bool { changed.contains(name) }

    mutating func replacePositional(_ arguments: [String]) { positional = arguments }

    /// The same flags with the first positional argument removed (a sub-subcommand's name).
    var droppingFirstPositional: FlagSet {
        var copy = self
        if !copy.positional.isEmpty { copy.positional.removeFirst() }
        return copy
    }

    // MARK: Parsing

    mutating func parse(_ arguments: [String]) throws(FlagError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                afterDash = Array(arguments[index...])
                return
            }
            if argument.hasPrefix("--") {
                let body = String(argument.dropFirst(2))
                let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let name = parts[0]
                guard let flag = flag(named: name) else { throw FlagError.unknownFlag("--\(name)") }
                if parts.count == 2 {
                    try set(flag, parts[1])
                } else if let implied = flag.noOptDefault {
                    try set(flag, implied)
                } else if index < arguments.count {
                    try set(flag, arguments[index])
                    index += 1
                } else {
                    throw FlagError.needsArgument("flag needs an argument: --\(name)")
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                var rest = Substring(argument.dropFirst())
                while let short = rest.first {
                    rest = rest.dropFirst()
                    guard let flag = flag(shorthand: short) else {
                        throw FlagError.unknownFlag("unknown shorthand flag: '\(short)' in \(argument)")
                    }
                    if rest.hasPrefix("=") {
                        try set(flag, String(rest.dropFirst()))
                        break
                    }
                    if let implied = flag.noOptDefault {
                        try set(flag, implied)
                        continue
                    }
                    if !rest.isEmpty {
                        try set(flag, String(rest))
                    } else if index < arguments.count {
                        try set(flag, arguments[index])
                        index += 1
                    } else {
                        throw FlagError.needsArgument("flag needs an argument: '\(short)' in \(argument)")
                    }
                    break
                }
            } else {
                positional.append(argument)
            }
        }
    }

    private mutating func set(_ flag: Flag, _ value: String) throws(FlagError) {
        visited.append((flag.name, value))
        if let message = flag.deprecated {
            deprecations.append("Flag --\(flag.name) has been deprecated, \(message)\n")
        }
        switch flag.kind {
        case .bool:
            let normalized: String
            switch value {
            case "1", "t", "T", "true", "TRUE", "True": normalized = "true"
            case "0", "f", "F", "false", "FALSE", "False": normalized = "false"
            default:
                throw FlagError.invalidValue(
                    "invalid argument \"\(value)\" for \"\(shortAndLong(flag))\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax")
            }
            values[flag.name] = [normalized]
        case .int:
            guard Int(value) != nil else {
                throw FlagError.invalidValue(
                    "invalid argument \"\(value)\" for \"\(shortAndLong(flag))\" flag: strconv.ParseInt: parsing \"\(value)\": invalid syntax")
            }
            values[flag.name] = [value]
        case .duration:
            if let problem = GoDuration.parseError(value) {
                throw FlagError.invalidValue("invalid argument \"\(value)\" for \"\(shortAndLong(flag))\" flag: \(problem)")
            }
            values[flag.name] = [value]
        case .string:
            values[flag.name] = [value]
        case .stringArray:
            values[flag.name, default: []].append(value)
        case .stringSlice:
            values[flag.name, default: []].append(contentsOf: value.split(separator: ",").map(String.init))
        }
        changed.insert(flag.name)
    }

    /// `-n, --namespace` or `--replicas`, as pflag names a flag in its errors.
    private func shortAndLong(_ flag: Flag) -> String {
        flag.shorthand.map { "-\($0), --\(flag.name)" } ?? "--\(flag.name)"
    }
}

enum FlagError: Error, Equatable {
    case unknownFlag(String)
    case needsArgument(String)
    case invalidValue(String)

    /// pflag's message; `unknown flag: --x` for long flags.
    var message: String {
        switch self {
        case .unknownFlag(let text): return text.hasPrefix("--") ? "unknown flag: \(text)" : text
        case .needsArgument(let text), .invalidValue(let text): return text
        }
    }
}
