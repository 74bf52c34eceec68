/// A crictl subcommand's flags, read as urfave/cli reads them: `--name web`, `--name=web`,
/// `-n 2`, short boolean flags run together (`-aq`), and anything else an operand.
struct CrictlFlags {
    /// What each subcommand takes: every spelling (long and short) to the flag's long name.
    struct Spec {
        var booleans: [String: String]
        var valued: [String: String]
    }

    /// Why arguments were refused, as crictl says it (each is printed as a FATA line).
    enum Failure: Error {
        case undefinedFlag(String)
        case missingValue(String)
        case badValue(String)

        var message: String {
            switch self {
            case .undefinedFlag(let flag): return "flag provided but not defined: -\(flag)"
            case .missingValue(let flag): return "flag needs an argument: -\(flag)"
            case .badValue(let message): return message
            }
        }
    }

    /// Values by long name, in the order given (`"true"` for a boolean).
    private(set) var values: [String: [String]] = [:]
    private(set) var operands: [String] = []

    static func parse(_ arguments: [String], _ spec: Spec) -> Result<CrictlFlags, Failure> {
        var flags = CrictlFlags()
        var rest = arguments[...]
        while let argument = rest.first {
            rest = rest.dropFirst()
            guard argument.hasPrefix("-"), argument.count > 1 else {
                flags.operands.append(argument)
                continue
            }
            let parts = argument.drop { $0 == "-" }.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts.first.map(String.init) ?? ""
            let inline = parts.count > 1 ? String(parts[1]) : nil
            if let long = spec.booleans[name] {
                flags.values[long, default: []].append("true")
            } else if let long = spec.valued[name] {
                guard let text = inline ?? rest.first else { return .failure(.missingValue(name)) }
                if inline == nil { rest = rest.dropFirst() }
                flags.values[long, default: []].append(text)
            } else if !argument.hasPrefix("--"), inline == nil, name.count > 1,
                name.allSatisfy({ spec.booleans[String($0)] != nil })
            {
                for short in name { flags.values[spec.booleans[String(short)] ?? "", default: []].append("true") }
            } else {
                return .failure(.undefinedFlag(name))
            }
        }
        return .success(flags)
    }

    func bool(_ name: String) -> Bool { values[name]?.last == "true" }
    func string(_ name: String) -> String { values[name]?.last ?? "" }
    /// Every value of a repeatable flag (`--label a=b --label c=d`).
    func strings(_ name: String) -> [String] { values[name] ?? [] }

    /// An integer flag's value (`fallback` when not given), or crictl's complaint.
    func int(_ name: String, fallback: Int) -> Result<Int, Failure> {
        guard let text = values[name]?.last else { return .success(fallback) }
        guard let number = Int(text) else { return .failure(.badValue("invalid value \"\(text)\" for flag -\(name): parse error")) }
        return .success(number)
    }
}
