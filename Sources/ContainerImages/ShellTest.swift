/// `test EXPRESSION` and `[ EXPRESSION ]`, as bash's builtin (the learner's prompt) and dash's
/// (containers) decide them: POSIX's rules by the number of arguments, then `!`, `-a`, `-o`
/// and parentheses; strings, integers and files; each shell's error messages.
public enum ShellTest {
    /// What the unary file operators ask of a path: `-e`, `-f`, `-d`, `-s`, … (the letter).
    public typealias FileQuery = (_ operator: Character, _ path: String) -> Bool

    /// Why the test could not be decided (status 2), in the shell's words after its name and
    /// line (`[: missing ]`).
    public struct Failure: Error, Equatable {
        public let message: String
    }

    static let fileOperators: Set<String> = ["-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-L", "-p", "-r", "-s",
                                             "-S", "-t", "-u", "-w", "-x", "-O", "-G", "-N"]
    static let stringOperators: Set<String> = ["-n", "-z"]
    static let integerOperators: Set<String> = ["-eq", "-ne", "-lt", "-le", "-gt", "-ge"]

    static func isUnary(_ word: String) -> Bool { fileOperators.contains(word) || stringOperators.contains(word) }

    static func isBinary(_ word: String, _ dialect: ShellArithmetic.Dialect) -> Bool {
        integerOperators.contains(word) || ["=", "!=", "<", ">", "-nt", "-ot", "-ef"].contains(word)
            || (word == "==" && dialect == .bash)
    }

    /// Whether the test holds. `command` is how it was called (`[` wants its `]` last).
    public static func evaluate(_ command: String, _ arguments: [String], dialect: ShellArithmetic.Dialect,
                                file: FileQuery) -> Result<Bool, Failure> {
        var words = arguments
        if command == "[" {
            guard words.last == "]" else {
                return .failure(Failure(message: dialect == .bash ? "[: missing `]'" : "[: missing ]"))
            }
            words.removeLast()
        }
        return withoutActuallyEscaping(file) { file in
            var test = Test(words: words, dialect: dialect, file: file)
            do throws(Problem) {
                return .success(try test.decide())
            } catch {
                return .failure(Failure(message: "\(command): " + error.message(dialect)))
            }
        }
    }

    enum Problem: Error {
        /// bash: `X: unary operator expected`; dash: `X: unexpected operator`.
        case unaryExpected(String)
        /// bash: `X: binary operator expected`; dash names the word it read last.
        case binaryExpected(String, dashNames: String)
        /// Words left over. dash names the last word it used.
        case tooMany(dashNames: String)
        /// An operator with nothing after it (dash names it).
        case argumentExpected(String?)
        case notAnInteger(String)
        case tooDeep

        func message(_ dialect: ShellArithmetic.Dialect) -> String {
            switch (self, dialect) {
            case (.unaryExpected(let word), .bash): return "\(word): unary operator expected"
            case (.unaryExpected(let word), .dash): return "\(word): unexpected operator"
            case (.binaryExpected(let word, _), .bash): return "\(word): binary operator expected"
            case (.binaryExpected(_, let named), .dash): return "\(named): unexpected operator"
            case (.tooMany, .bash): return "too many arguments"
            case (.tooMany(let named), .dash): return "\(named): unexpected operator"
            case (.argumentExpected(let word), _): return (word.map { "\($0): " } ?? "") + "argument expected"
            case (.notAnInteger(let word), .bash): return "\(word): integer expression expected"
            case (.notAnInteger(let word), .dash): return "Illegal number: \(word)"
            case (.tooDeep, _): return "expression nested too deeply"
            }
        }
    }

    struct Test {
        let words: [String]
        let dialect: ShellArithmetic.Dialect
        let file: FileQuery
        var position = 0
        var depth = 0

        /// POSIX's rules for up to four arguments, then the general grammar.
        mutating func decide() throws(Problem) -> Bool {
            switch words.count {
            case 0: return false
            case 1: return !words[0].isEmpty
            case 2: return try two(0)
            case 3: return try three(0)
            case 4:
                if words[0] == "!" { return !(try three(1)) }
                if words[0] == "(", words[3] == ")" { return try two(1) }
                return try general()
            default: return try general()
            }
        }

        func two(_ at: Int) throws(Problem) -> Bool {
            let (first, second) = (words[at], words[at + 1])
            if first == "!" { return second.isEmpty }
            if ShellTest.isUnary(first) { return unary(first, second) }
            if dialect == .dash, ShellTest.isBinary(second, dialect) { throw .argumentExpected(second) }
            throw .unaryExpected(first)
        }

        func three(_ at: Int) throws(Problem) -> Bool {
            let (first, middle, last) = (words[at], words[at + 1], words[at + 2])
            if ShellTest.isBinary(middle, dialect) { return try binary(first, middle, last) }
            if middle == "-a" { return !first.isEmpty && !last.isEmpty }
            if middle == "-o" { return !first.isEmpty || !last.isEmpty }
            if first == "!" { return !(try two(at + 1)) }
            if first == "(", last == ")" { return !middle.isEmpty }
            throw .binaryExpected(middle, dashNames: ShellTest.isUnary(first) ? middle : first)
        }

        // MARK: The general grammar: or := and (-o and)*; and := term (-a term)*

        mutating func general() throws(Problem) -> Bool {
            let result = try or()
            guard position == words.count else { throw .tooMany(dashNames: words[max(position - 1, 0)]) }
            return result
        }

        mutating func or() throws(Problem) -> Bool {
            var result = try and()
            while position < words.count, words[position] == "-o" {
                position += 1
                let right = try and()
                result = result || right
            }
            return result
        }

        mutating func and() throws(Problem) -> Bool {
            var result = try term()
            while position < words.count, words[position] == "-a" {
                position += 1
                let right = try term()
                result = result && right
            }
            return result
        }

        mutating func term() throws(Problem) -> Bool {
            guard position < words.count else { throw .argumentExpected(nil) }
            guard depth < 256 else { throw .tooDeep }
            depth += 1
            defer { depth -= 1 }
            let word = words[position]
            if word == "!" {
                position += 1
                return !(try term())
            }
            if word == "(" {
                position += 1
                let result = try or()
                guard position < words.count, words[position] == ")" else { throw .argumentExpected("(") }
                position += 1
                return result
            }
            if position + 1 < words.count, ShellTest.isBinary(words[position + 1], dialect) {
                guard position + 2 < words.count else { throw .argumentExpected(words[position + 1]) }
                position += 3
                return try binary(word, words[position - 2], words[position - 1])
            }
            if ShellTest.isUnary(word) {
                guard position + 1 < words.count else { throw .argumentExpected(word) }
                position += 2
                return unary(word, words[position - 1])
            }
            position += 1
            return !word.isEmpty
        }

        // MARK: Operators

        func unary(_ op: String, _ operand: String) -> Bool {
            switch op {
            case "-n": return !operand.isEmpty
            case "-z": return operand.isEmpty
            case "-t": return false  // no terminal on any descriptor a script names
            default: return op.last.map { file($0, operand) } ?? false
            }
        }

        func binary(_ left: String, _ op: String, _ right: String) throws(Problem) -> Bool {
            switch op {
            case "=", "==": return left == right
            case "!=": return left != right
            case "<": return left.utf8.lexicographicallyPrecedes(right.utf8)
            case ">": return right.utf8.lexicographicallyPrecedes(left.utf8)
            case "-nt", "-ot", "-ef": return false  // files here have no times or inodes
            default:
                let (a, b) = (try integer(left), try integer(right))
                switch op {
                case "-eq": return a == b
                case "-ne": return a != b
                case "-lt": return a < b
                case "-le": return a <= b
                case "-gt": return a > b
                default: return a >= b
                }
            }
        }

        /// A whole number as `test` reads one: blanks around it allowed, a sign, decimal digits.
        func integer(_ text: String) throws(Problem) -> Int {
            let trimmed = text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            guard let value = Int(String(trimmed)) else { throw .notAnInteger(text) }
            return value
        }
    }
}
