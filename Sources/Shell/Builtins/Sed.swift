import LineTools
import ToolIO

/// `sed`: GNU sed's everyday part — `s/RE/REPLACEMENT/[g|p|N|I]`, `d`, `p` and `q`, line,
/// `$` and `/RE/` addresses with ranges and `!`, `-n`, `-e`, `-E`/`-r` and `-i` — for
/// pipelines such as `kubectl get deploy web -o yaml | sed 's/replicas: 1/replicas: 3/' |
/// kubectl apply -f -`. Regular expressions are basic unless `-E`, as grep's are here; errors
/// and exit statuses are GNU sed's.
enum Sed {
    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        var quiet = false, extended = false, inPlace = false
        var expressions: [String] = []
        var operands: [String] = []
        var arguments = context.arguments[...]
        while let argument = arguments.popFirst() {
            if argument == "--" {
                operands += arguments
                break
            }
            guard argument.hasPrefix("-"), argument.count > 1, !argument.hasPrefix("--") else {
                if argument.hasPrefix("--") {
                    switch argument {
                    case "--quiet", "--silent": quiet = true
                    case "--regexp-extended": extended = true
                    case "--in-place": inPlace = true
                    default:
                        if argument.hasPrefix("--expression=") {
                            expressions.append(String(argument.dropFirst("--expression=".count)))
                        } else {
                            context.fail("sed: unknown option -- '\(argument.dropFirst(2))'\n\(usage)", status: 1)
                            return
                        }
                    }
                } else {
                    operands.append(argument)
                }
                continue
            }
            var flags = argument.dropFirst()
            while let flag = flags.popFirst() {
                switch flag {
                case "n": quiet = true
                case "E", "r": extended = true
                case "i":
                    inPlace = true
                    flags = ""  // -iSUFFIX: the rest is a backup suffix
                case "e":
                    if !flags.isEmpty {
                        expressions.append(String(flags))
                        flags = ""
                    } else if let next = arguments.popFirst() {
                        expressions.append(next)
                    } else {
                        context.fail("sed: option requires an argument -- 'e'\n\(usage)", status: 1)
                        return
                    }
                default:
                    context.fail("sed: invalid option -- '\(flag)'\n\(usage)", status: 1)
                    return
                }
            }
        }
        if expressions.isEmpty {
            guard !operands.isEmpty else {
                context.fail(usage, status: 1)
                return
            }
            expressions.append(operands.removeFirst())
        }
        var program: [Command] = []
        for (number, expression) in expressions.enumerated() {
            switch Parser.parse(expression, extended: extended) {
            case .success(let commands): program += commands
            case .failure(let error):
                context.fail("sed: -e expression #\(number + 1), char \(error.position): \(error.message)", status: 1)
                return
            }
        }
        if inPlace {
            guard !operands.isEmpty else {
                context.fail("sed: no input files", status: 4)
                return
            }
            for file in operands {
                let text: String
                do {
                    text = try context.fileSystem.readText(file)
                } catch {
                    context.fail("sed: can't read \(file): No such file or directory", status: 2)
                    continue
                }
                var machine = Machine(program: program, quiet: quiet)
                let edited = machine.run(text)
                do {
                    try context.fileSystem.writeFile(file, Array(edited.utf8), append: false)
                } catch {
                    context.fail("sed: couldn't open file \(file): \(ShellSession.describe(error))", status: 4)
                }
            }
            return
        }
        var input = ""
        var missing = false
        if operands.isEmpty || operands == ["-"] {
            input = context.stdin ?? ""
        } else {
            for file in operands {
                do {
                    let text = try context.fileSystem.readText(file)
                    // Files run on into one stream, each ending its last line.
                    input += text.isEmpty || text.utf8.last == 10 ? text : text + "\n"
                } catch {
                    context.err("sed: can't read \(file): No such file or directory\n")
                    missing = true
                }
            }
        }
        var machine = Machine(program: program, quiet: quiet)
        context.out(machine.run(input))
        if missing { context.output.status = 2 }
    }

    static let usage = """
        Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

          -n, --quiet, --silent
                         suppress automatic printing of pattern space
              --debug
                         annotate program execution
          -e script, --expression=script
                         add the script to the commands to be executed
          -f script-file, --file=script-file
                         add the contents of script-file to the commands to be executed
          --follow-symlinks
                         follow symlinks when processing in place
          -i[SUFFIX], --in-place[=SUFFIX]
                         edit files in place (makes backup if SUFFIX supplied)
          -l N, --line-length=N
                         specify the desired line-wrap length for the `l' command
          --posix
                         disable all GNU extensions.
          -E, -r, --regexp-extended
                         use extended regular expressions in the script
                         (for portability use POSIX -E).
          -s, --separate
                         consider files as separate rather than as a single,
                         continuous long stream.
              --sandbox
                         operate in sandbox mode (disable e/r/w commands).
          -u, --unbuffered
                         load minimal amounts of data from the input files and flush
                         the output buffers more often
          -z, --null-data
                         separate lines by NUL characters
              --help     display this help and exit
              --version  output version information and exit

        If no -e, --expression, -f, or --file option is given, then the first
        non-option argument is taken as the sed script to interpret.  All
        remaining arguments are names of input files; if no input files are
        specified, then the standard input is read.

        GNU sed home page: <https://www.gnu.org/software/sed/>.
        General help using GNU software: <https://www.gnu.org/gethelp/>.

        """

    enum Address {
        case line(Int)
        case last
        case pattern(Regex<AnyRegexOutput>)
    }

    enum Action {
        case substitute(Regex<AnyRegexOutput>, replacement: [ReplacementPart], global: Bool, occurrence: Int, print: Bool)
        case delete, print, quit
    }

    enum ReplacementPart {
        case text(String)
        case group(Int)  // 0 is the whole match (`&`)
    }

    struct Command {
        var first: Address?
        var last: Address?
        var negated = false
        var action: Action
    }

    /// Runs the script over the text, line by line.
    struct Machine {
        let program: [Command]
        let quiet: Bool
        /// Which commands' ranges are open.
        private var inRange: [Bool]

        init(program: [Command], quiet: Bool) {
            self.program = program
            self.quiet = quiet
            inRange = Array(repeating: false, count: program.count)
        }

        mutating func run(_ text: String) -> String {
            let all = splitLines(text)
            var output = ""
            lineLoop: for (index, line) in all.enumerated() {
                let number = index + 1, isLast = index == all.count - 1
                var space = String(line)
                var deleted = false
                // GNU sed leaves a last line without its newline as it found it.
                let newline = isLast && text.utf8.last != 10 ? "" : "\n"
                for (position, command) in program.enumerated() {
                    guard selects(position, command, space, number: number, isLast: isLast) != command.negated else { continue }
                    switch command.action {
                    case .substitute(let regex, let replacement, let global, let occurrence, let print):
                        if let changed = Self.substitute(space, regex, replacement, global: global, occurrence: occurrence) {
                            space = changed
                            if print { output += space + newline }
                        }
                    case .delete:
                        deleted = true
                    case .print:
                        output += space + newline
                    case .quit:
                        if !quiet { output += space + newline }
                        break lineLoop
                    }
                    if deleted { break }
                }
                if !deleted && !quiet { output += space + newline }
            }
            return output
        }

        private mutating func selects(_ position: Int, _ command: Command, _ space: String, number: Int, isLast: Bool) -> Bool {
            guard let first = command.first else { return true }
            guard let last = command.last else { return Self.matches(first, space, number: number, isLast: isLast) }
            if inRange[position] {
                if Self.matches(last, space, number: number, isLast: isLast) { inRange[position] = false }
                if case .line(let end) = last, number >= end { inRange[position] = false }
                return true
            }
            guard Self.matches(first, space, number: number, isLast: isLast) else { return false }
            // A range whose end is a line already passed is one line long.
            if case .line(let end) = last, end <= number { return true }
            inRange[position] = !isLast
            return true
        }

        private static func matches(_ address: Address, _ space: String, number: Int, isLast: Bool) -> Bool {
            switch address {
            case .line(let line): return line == number
            case .last: return isLast
            case .pattern(let regex): return (try? regex.firstMatch(in: space)) != nil
            }
        }

        private static func substitute(_ space: String, _ regex: Regex<AnyRegexOutput>, _ replacement: [ReplacementPart],
                                       global: Bool, occurrence: Int) -> String? {
            let matches = space.matches(of: regex)
            guard !matches.isEmpty else { return nil }
            var result = ""
            var cursor = space.startIndex
            var changed = false
            var count = 0
            var previousEnd: String.Index?
            for match in matches {
                // No empty match right where the previous match ended (`s/a*/X/g` on "tab").
                if match.range.isEmpty, match.range.lowerBound == previousEnd { continue }
                previousEnd = match.range.upperBound
                count += 1
                guard count >= occurrence, global || count == occurrence else { continue }
                result += space[cursor..<match.range.lowerBound]
                for part in replacement {
                    switch part {
                    case .text(let text): result += text
                    case .group(let group):
                        if group < match.output.count, let range = match.output[group].range { result += space[range] }
                    }
                }
                cursor = match.range.upperBound
                changed = true
            }
            guard changed else { return nil }
            return result + space[cursor...]
        }
    }

    struct ParseError: Error {
        var position: Int
        var message: String
    }

    /// Reads a script into commands, with GNU sed's messages and character positions.
    struct Parser {
        let characters: [Character]
        let extended: Bool
        var index = 0

        static func parse(_ script: String, extended: Bool) -> Result<[Command], ParseError> {
            var parser = Parser(characters: Array(script), extended: extended)
            do {
                return .success(try parser.commands())
            } catch {
                return .failure(error)
            }
        }

        private var current: Character? { index < characters.count ? characters[index] : nil }

        private mutating func skipBlanks() {
            while let c = current, c == " " || c == "\t" { index += 1 }
        }

        private mutating func commands() throws(ParseError) -> [Command] {
            var result: [Command] = []
            while true {
                while let c = current, c == " " || c == "\t" || c == "\n" || c == ";" { index += 1 }
                guard current != nil else { return result }
                result.append(try command())
            }
        }

        private mutating func command() throws(ParseError) -> Command {
            var first: Address?, last: Address?
            first = try address()
            if first != nil, current == "," {
                index += 1
                guard let end = try address() else { throw ParseError(position: index, message: "unexpected `,'") }
                last = end
            }
            skipBlanks()
            var negated = false
            if current == "!" {
                negated = true
                index += 1
                skipBlanks()
            }
            guard let name = current else { throw ParseError(position: index, message: "missing command") }
            index += 1
            let action: Action
            switch name {
            case "d": action = .delete
            case "p": action = .print
            case "q": action = .quit
            case "s": action = try substitution()
            default: throw ParseError(position: index, message: "unknown command: `\(name)'")
            }
            skipBlanks()
            if let c = current, c != ";", c != "\n", c != "}" {
                throw ParseError(position: index + 1, message: "extra characters after command")
            }
            return Command(first: first, last: last, negated: negated, action: action)
        }

        private mutating func address() throws(ParseError) -> Address? {
            guard let c = current else { return nil }
            if c == "$" {
                index += 1
                return .last
            }
            if c.isASCII, c.isNumber {
                var number = 0
                while let d = current, d.isASCII, let digit = d.wholeNumberValue {
                    number = number * 10 + digit
                    index += 1
                }
                return .line(number)
            }
            if c == "/" {
                index += 1
                guard let pattern = delimited("/") else {
                    throw ParseError(position: characters.count, message: "unterminated address regex")
                }
                return .pattern(try regex(pattern, ignoreCase: false))
            }
            return nil
        }

        /// The text up to an unescaped `delimiter` (which it consumes), with `\delimiter` made
        /// plain; nil when the script ends first. In a regular expression a bracket
        /// expression runs to its `]`, delimiter or not.
        private mutating func delimited(_ delimiter: Character, regex: Bool = true) -> String? {
            var text = ""
            while let c = current {
                index += 1
                if regex, c == "[" {
                    text.append(c)
                    var first = true
                    while let d = current {
                        index += 1
                        text.append(d)
                        if d == "]", !first { break }
                        if !(first && d == "^") { first = false }
                    }
                    continue
                }
                if c == delimiter { return text }
                if c == "\\", let next = current {
                    index += 1
                    if next == delimiter { text.append(next) } else if next == "n" { text += "\n" } else {
                        text.append("\\")
                        text.append(next)
                    }
                    continue
                }
                text.append(c)
            }
            return nil
        }

        private mutating func substitution() throws(ParseError) -> Action {
            guard let delimiter = current, delimiter != "\n", delimiter != "\\" else {
                throw ParseError(position: characters.count, message: "unterminated `s' command")
            }
            index += 1
            guard let pattern = delimited(delimiter), let replacementText = delimited(delimiter, regex: false) else {
                throw ParseError(position: characters.count, message: "unterminated `s' command")
            }
            var global = false, print = false, ignoreCase = false
            var occurrence = 1
            var occurrenceText = ""
            while let c = current, c != ";", c != "\n", c != "}" {
                index += 1
                switch c {
                case " ", "\t": continue
                case "g": global = true
                case "p": print = true
                case "I", "i": ignoreCase = true
                default:
                    guard c.isASCII, c.isNumber else { throw ParseError(position: index, message: "unknown option to `s'") }
                    occurrenceText.append(c)
                }
            }
            if !occurrenceText.isEmpty {
                guard let number = Int(occurrenceText), number > 0 else {
                    throw ParseError(position: index, message: "number option to `s' command may not be zero")
                }
                occurrence = number
            }
            return .substitute(try regex(pattern, ignoreCase: ignoreCase), replacement: Self.replacement(replacementText),
                               global: global, occurrence: occurrence, print: print)
        }

        private func regex(_ pattern: String, ignoreCase: Bool) throws(ParseError) -> Regex<AnyRegexOutput> {
            let source = Self.literalLeadingBracket(extended ? pattern : Grep.basicToExtended(pattern))
            do {
                let regex = try Regex(source)
                return ignoreCase ? regex.ignoresCase() : regex
            } catch {
                throw ParseError(position: index, message: Self.regcompError(source))
            }
        }

        /// POSIX reads a `]` first in a bracket expression (`[]]`, `[^]]`) as itself; Swift's
        /// regex syntax wants it escaped.
        static func literalLeadingBracket(_ source: String) -> String {
            var out = ""
            var characters = source[...]
            while let c = characters.popFirst() {
                out.append(c)
                if c == "\\", let next = characters.popFirst() {
                    out.append(next)
                } else if c == "[" {
                    if characters.first == "^" { out.append(characters.removeFirst()) }
                    if characters.first == "]" {
                        characters.removeFirst()
                        out += "\\]"
                    }
                    while let d = characters.popFirst() {
                        out.append(d)
                        if d == "]" { break }
                    }
                }
            }
            return out
        }

        /// What glibc's regcomp says of an extended expression Swift would not compile.
        static func regcompError(_ source: String) -> String {
            var depth = 0
            var characters = source[...]
            var inBracket = false
            while let c = characters.popFirst() {
                if inBracket {
                    if c == "]" { inBracket = false }
                    continue
                }
                switch c {
                case "\\":
                    guard characters.popFirst() != nil else { return "Trailing backslash" }
                case "[":
                    inBracket = true
                    if characters.first == "^" { characters.removeFirst() }
                    if characters.first == "]" { characters.removeFirst() }
                case "(": depth += 1
                case ")":
                    guard depth > 0 else { return "Unmatched ) or \\)" }
                    depth -= 1
                default: break
                }
            }
            if inBracket { return "Unmatched [, [^, [:, [., or [=" }
            if depth > 0 { return "Unmatched ( or \\(" }
            return "Invalid preceding regular expression"
        }

        /// `&` is the match, `\1`…`\9` its groups, `\&` and `\\` themselves.
        private static func replacement(_ text: String) -> [ReplacementPart] {
            var parts: [ReplacementPart] = []
            var literal = ""
            var characters = text[...]
            while let c = characters.popFirst() {
                if c == "&" {
                    parts.append(.text(literal))
                    literal = ""
                    parts.append(.group(0))
                } else if c == "\\", let next = characters.popFirst() {
                    if let digit = next.wholeNumberValue, next.isASCII {
                        parts.append(.text(literal))
                        literal = ""
                        parts.append(.group(digit))
                    } else {
                        literal.append(next == "n" ? "\n" : next)
                    }
                } else {
                    literal.append(c)
                }
            }
            parts.append(.text(literal))
            return parts
        }
    }
}
