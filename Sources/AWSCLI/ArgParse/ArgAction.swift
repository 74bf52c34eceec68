/// One argument of a Python `argparse` parser, as aws-cli declares them.
///
/// aws-cli's command line is parsed by Python's argparse at three levels (global options and
/// the command, the operation, the operation's parameters), so the learner-visible behaviour —
/// abbreviated options (`--cluster` for `--cluster-name`), `--x=value`, "expected one argument",
/// "ambiguous option", the order of "the following arguments are required" — is argparse's.
/// `ArgParser` reproduces it for the kinds of actions aws-cli uses.
struct ArgAction {
    /// argparse's `nargs`: `None`, `'?'`, `'*'`, `'+'`, or 0 for flags.
    enum Nargs: Equatable {
        case one
        case optional
        case zeroOrMore
        case oneOrMore
        case zero
    }

    /// argparse's `type=`: the conversion applied to each value, whose failure is
    /// `invalid int value: 'x'`.
    enum ValueType: Equatable {
        case string
        case int
        case float

        var pythonName: String {
            switch self {
            case .string: return "str"
            case .int: return "int"
            case .float: return "float"
            }
        }
    }

    enum Kind: Equatable {
        /// `store`: the value, or the list of values.
        case store
        /// `store_true`, `store_false`, `store_const`.
        case storeConst(ArgValue)
        /// `version`: print the version and stop.
        case version
    }

    var optionStrings: [String]
    var dest: String
    var kind: Kind = .store
    var nargs: Nargs = .one
    var type: ValueType = .string
    var required = false
    /// Checked after conversion; aws-cli prints its own "Invalid choice" list.
    var choices: [String]?
    /// The value of an optional with `nargs='?'` given without one.
    var const: String?
    var defaultValue: ArgValue?

    var isPositional: Bool { optionStrings.isEmpty }

    /// argparse's `_get_action_name`: how errors name the argument.
    var displayName: String { isPositional ? dest : optionStrings.joined(separator: "/") }

    static func option(_ flag: String, dest: String? = nil, nargs: Nargs = .one, type: ValueType = .string,
                       required: Bool = false, choices: [String]? = nil) -> ArgAction {
        ArgAction(optionStrings: [flag], dest: dest ?? Self.dest(for: flag), nargs: nargs, type: type, required: required,
                  choices: choices)
    }

    static func flag(_ flag: String, dest: String? = nil, value: Bool = true, defaultValue: ArgValue? = nil) -> ArgAction {
        ArgAction(optionStrings: [flag], dest: dest ?? Self.dest(for: flag), kind: .storeConst(.bool(value)), nargs: .zero,
                  defaultValue: defaultValue)
    }

    /// A positional argument; argparse makes it required unless it may be empty.
    static func positional(_ dest: String, nargs: Nargs = .one, choices: [String]? = nil) -> ArgAction {
        ArgAction(optionStrings: [], dest: dest, nargs: nargs, required: nargs == .one || nargs == .oneOrMore, choices: choices)
    }

    /// argparse's default `dest`: the long option without dashes, `-` turned into `_`.
    static func dest(for flag: String) -> String {
        String(flag.drop { $0 == "-" }).replacingDashes
    }
}

/// A parsed value: argparse stores strings (after checking any `type=` conversion), lists of
/// them for `nargs='*'`, and booleans for flags.
enum ArgValue: Equatable {
    case string(String)
    case list([String])
    case bool(Bool)

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

/// The parsed arguments: `dest` → value. Absent means argparse's `None`.
struct ArgNamespace {
    var values: [String: ArgValue] = [:]

    subscript(_ dest: String) -> ArgValue? {
        get { values[dest] }
        set { values[dest] = newValue }
    }
}

extension String {
    var replacingDashes: String { String(map { $0 == "-" ? "_" : $0 }) }
}
