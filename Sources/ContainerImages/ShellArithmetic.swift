/// `$((…))`: the shell's arithmetic on 64-bit integers, as bash (at the learner's prompt) and
/// dash (in containers) evaluate it: C's operators and their precedence, variables by name,
/// assignments (`$((i += 1))`), and each shell's error messages.
public enum ShellArithmetic {
    public enum Dialect: Sendable { case bash, dash }

    /// Why an expression has no value, in the shell's words (without its `bash:` prefix).
    public struct Failure: Error, Equatable {
        public let message: String
    }

    /// The expression's value, and the variables it assigned, in order (`i++`, `n = 3`).
    public struct Outcome: Equatable {
        public var value: Int
        public var assignments: [(name: String, value: Int)]

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            lhs.value == rhs.value && lhs.assignments.map(\.name) == rhs.assignments.map(\.name)
                && lhs.assignments.map(\.value) == rhs.assignments.map(\.value)
        }
    }

    /// Evaluates `text` (already expanded: `$i` replaced), reading variables through `lookup`.
    public static func evaluate(_ text: String, dialect: Dialect,
                                lookup: @escaping (String) -> String?) -> Result<Outcome, Failure> {
        var evaluator = Evaluator(text: Array(text.utf8), dialect: dialect, lookup: lookup)
        do throws(Problem) {
            let value = try evaluator.whole()
            return .success(Outcome(value: value, assignments: evaluator.assigned))
        } catch {
            return .failure(Failure(message: error.message(for: text, dialect: dialect)))
        }
    }

    /// The expression of `$((EXPRESSION))`, given the text inside the outer parentheses of
    /// `$(…)`: nil when that text is a command (`$((a) | b)` starts with a subshell).
    public static func expression(inParentheses inner: String) -> String? {
        guard inner.first == "(", inner.last == ")" else { return nil }
        var depth = 0
        for (offset, character) in inner.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { return offset == inner.count - 1 ? String(inner.dropFirst().dropLast()) : nil }
            }
        }
        return nil
    }

    /// What went wrong, and where: the byte offset the shells quote from.
    enum Problem: Error {
        case operandExpected(at: Int, lastToken: String)
        case unexpected(at: Int)
        case divisionByZero(at: Int)
        case tooGreatForBase(String)
        case negativeExponent(at: Int)
        case notAVariable(at: Int)
        case illegalNumber(String)
        /// A variable's value that is an expression (bash) and has a problem of its own.
        case inVariable(String)
        case tooDeep

        func message(for text: String, dialect: Dialect) -> String {
            let bytes = Array(text.utf8)
            func rest(_ offset: Int) -> String {
                String(decoding: bytes[min(offset, bytes.count)...], as: UTF8.self).trimmingLeadingSpaces()
            }
            switch dialect {
            case .dash:
                let reason: String
                switch self {
                case .operandExpected: reason = "expecting primary"
                case .unexpected, .tooGreatForBase, .notAVariable, .negativeExponent: reason = "expecting EOF"
                case .divisionByZero: reason = "division by zero"
                case .illegalNumber(let value): return "Illegal number: \(value)"
                case .inVariable(let message): return message
                case .tooDeep: reason = "expression recursion level exceeded"
                }
                return "arithmetic expression: \(reason): \"\(text)\""
            case .bash:
                let trimmed = text.trimmingLeadingSpaces()
                switch self {
                case .operandExpected(let offset, let lastToken):
                    let token = rest(offset)
                    return "\(trimmed): syntax error: operand expected (error token is \"\(token.isEmpty ? lastToken : token)\")"
                case .unexpected(let offset):
                    return "\(trimmed): syntax error in expression (error token is \"\(rest(offset))\")"
                case .divisionByZero(let offset):
                    return "\(trimmed): division by 0 (error token is \"\(rest(offset))\")"
                case .negativeExponent(let offset):
                    return "\(trimmed): exponent less than 0 (error token is \"\(rest(offset))\")"
                case .tooGreatForBase(let token):
                    return "\(trimmed): value too great for base (error token is \"\(token)\")"
                case .notAVariable(let offset):
                    return "\(trimmed): attempted assignment to non-variable (error token is \"\(rest(offset))\")"
                case .inVariable(let message), .illegalNumber(let message):
                    return message  // bash evaluates a value that is no number: only the first arises
                case .tooDeep:
                    return "\(trimmed): expression recursion level exceeded (error token is \"\(trimmed)\")"
                }
            }
        }
    }

    /// A recursive-descent evaluator over the expression's bytes, lowest precedence first.
    struct Evaluator {
        let text: [UInt8]
        let dialect: Dialect
        let lookup: (String) -> String?
        var position = 0
        var depth = 0
        var assigned: [(name: String, value: Int)] = []
        /// The last operator read: what bash quotes when an expression ends too soon (`1 +`).
        var lastToken = ""

        /// Nesting (parentheses, unary operators, variables holding expressions) is bounded,
        /// so a pasted monster cannot exhaust the stack.
        static let depthLimit = 256

        init(text: [UInt8], dialect: Dialect, lookup: @escaping (String) -> String?, depth: Int = 0) {
            self.text = text
            self.dialect = dialect
            self.lookup = lookup
            self.depth = depth
        }

        mutating func whole() throws(Problem) -> Int {
            skipSpaces()
            // bash takes an empty expression as 0; dash wants something.
            if position == text.count, dialect == .bash { return 0 }
            let value = try assignment()
            skipSpaces()
            guard position == text.count else { throw .unexpected(at: position) }
            return value
        }

        // MARK: Reading

        mutating func skipSpaces() {
            while position < text.count, [0x20, 0x09, 0x0A].contains(text[position]) { position += 1 }
        }

        /// Reads `operator` if it comes next (and is not the start of a longer one in `unless`).
        mutating func take(_ symbol: String, unless longer: [String] = []) -> Bool {
            skipSpaces()
            let bytes = Array(symbol.utf8)
            guard text.count - position >= bytes.count, Array(text[position..<position + bytes.count]) == bytes
            else { return false }
            for other in longer where other.utf8.count > bytes.count {
                let more = Array(other.utf8)
                if text.count - position >= more.count, Array(text[position..<position + more.count]) == more { return false }
            }
            position += bytes.count
            lastToken = symbol
            return true
        }

        mutating func nested<T>(_ body: (inout Evaluator) throws(Problem) -> T) throws(Problem) -> T {
            guard depth < Self.depthLimit else { throw .tooDeep }
            depth += 1
            defer { depth -= 1 }
            return try body(&self)
        }

        // MARK: Operators, lowest precedence first

        static let assignmentOperators = ["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|="]

        mutating func assignment() throws(Problem) -> Int {
            skipSpaces()
            let start = position
            if let name = readName() {
                let afterName = position
                skipSpaces()
                let operatorStart = position
                for symbol in Self.assignmentOperators.sorted(by: { $0.count > $1.count })
                where take(symbol, unless: symbol == "=" ? ["=="] : []) {
                    let right = try nested { (e: inout Evaluator) throws(Problem) in try e.assignment() }
                    let value: Int
                    if symbol == "=" {
                        value = right
                    } else {
                        value = try Self.apply(String(symbol.dropLast()), try variable(name), right, at: operatorStart + symbol.count)
                    }
                    assign(name, value)
                    return value
                }
                position = afterName
            }
            position = start
            let value = try conditional()
            skipSpaces()
            if take("=", unless: ["=="]) { throw .notAVariable(at: position - 1) }
            return value
        }

        mutating func conditional() throws(Problem) -> Int {
            let condition = try binary(0)
            guard take("?") else { return condition }
            let whenTrue = try nested { (e: inout Evaluator) throws(Problem) in try e.assignment() }
            guard take(":") else { throw .unexpected(at: position) }
            let whenFalse = try nested { (e: inout Evaluator) throws(Problem) in try e.conditional() }
            return condition != 0 ? whenTrue : whenFalse
        }

        /// Binary operators by level, lowest first; within a level, left to right.
        static let levels: [[String]] = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<=", ">=", "<", ">"],
                                         ["<<", ">>"], ["+", "-"], ["*", "/", "%"]]
        /// What a one-character operator must not be the start of.
        static let longer: [String: [String]] = [
            "|": ["||", "|="], "&": ["&&", "&="], "^": ["^="], "<": ["<<", "<="], ">": [">>", ">="],
            "+": ["++", "+="], "-": ["--", "-="], "*": ["*=", "**"], "/": ["/="], "%": ["%="],
            "<<": ["<<="], ">>": [">>="], "==": [], "!=": [],
        ]

        /// dash has no `++` or `--`: there `i++` is `i + +…`.
        func longer(_ symbol: String) -> [String] {
            let longer = Self.longer[symbol] ?? []
            return dialect == .bash ? longer : longer.filter { $0 != "++" && $0 != "--" }
        }

        mutating func binary(_ level: Int) throws(Problem) -> Int {
            guard level < Self.levels.count else { return try power() }
            var left = try binary(level + 1)
            while true {
                guard let symbol = Self.levels[level].first(where: { take($0, unless: longer($0)) }) else {
                    return left
                }
                let operandStart = position
                // `||` and `&&` evaluate their right side even when it does not count: what
                // shells skip is its assignments, which these rarely hold.
                let right = try binary(level + 1)
                skipSpaces()
                left = try Self.apply(symbol, left, right, at: operandStart)
            }
        }

        static func apply(_ symbol: String, _ left: Int, _ right: Int, at offset: Int) throws(Problem) -> Int {
            switch symbol {
            case "||": return left != 0 || right != 0 ? 1 : 0
            case "&&": return left != 0 && right != 0 ? 1 : 0
            case "|": return left | right
            case "^": return left ^ right
            case "&": return left & right
            case "==": return left == right ? 1 : 0
            case "!=": return left != right ? 1 : 0
            case "<": return left < right ? 1 : 0
            case "<=": return left <= right ? 1 : 0
            case ">": return left > right ? 1 : 0
            case ">=": return left >= right ? 1 : 0
            case "<<": return left &<< right
            case ">>": return left &>> right
            case "+": return left &+ right
            case "-": return left &- right
            case "*": return left &* right
            case "/", "%":
                guard right != 0 else { throw .divisionByZero(at: offset) }
                let (quotient, overflow) = left.dividedReportingOverflow(by: right)
                if symbol == "%" { return overflow ? 0 : left % right }
                return quotient
            default: return 0
            }
        }

        /// bash's `**`, right to left, above the other binary operators (dash has none).
        mutating func power() throws(Problem) -> Int {
            let base = try unary()
            guard dialect == .bash, take("**") else { return base }
            skipSpaces()
            // bash quotes the exponent from its digits, past a minus sign.
            let operandStart = position < text.count && text[position] == 0x2D ? position + 1 : position
            let exponent = try nested { (e: inout Evaluator) throws(Problem) in try e.power() }
            guard exponent >= 0 else { throw .negativeExponent(at: operandStart) }
            // By squaring, wrapping as bash's multiplications wrap.
            var (result, square, remaining) = (1, base, exponent)
            while remaining > 0 {
                if remaining & 1 == 1 { result = result &* square }
                square = square &* square
                remaining >>= 1
            }
            return result
        }

        mutating func unary() throws(Problem) -> Int {
            skipSpaces()
            if dialect == .bash {
                for symbol in ["++", "--"] where take(symbol) {
                    skipSpaces()
                    let start = position
                    guard let name = readName() else {
                        position = start
                        throw .operandExpected(at: start, lastToken: String(symbol.prefix(1)))
                    }
                    let value = try variable(name) &+ (symbol == "++" ? 1 : -1)
                    assign(name, value)
                    return value
                }
            }
            for symbol in ["-", "+", "!", "~"] where take(symbol, unless: longer(symbol)) {
                let operand = try nested { (e: inout Evaluator) throws(Problem) in try e.unary() }
                switch symbol {
                case "-": return 0 &- operand
                case "!": return operand == 0 ? 1 : 0
                case "~": return ~operand
                default: return operand
                }
            }
            return try postfix()
        }

        mutating func postfix() throws(Problem) -> Int {
            skipSpaces()
            let start = position
            if let name = readName() {
                let value = try variable(name)
                if dialect == .bash {
                    for symbol in ["++", "--"] where take(symbol) {
                        assign(name, value &+ (symbol == "++" ? 1 : -1))
                        return value
                    }
                }
                return value
            }
            position = start
            return try primary()
        }

        mutating func primary() throws(Problem) -> Int {
            skipSpaces()
            guard position < text.count else { throw .operandExpected(at: position, lastToken: lastToken) }
            if take("(") {
                let value = try nested { (e: inout Evaluator) throws(Problem) in try e.assignment() }
                guard take(")") else { throw .unexpected(at: position) }
                return value
            }
            let start = position
            while position < text.count, Self.isNameByte(text[position]) { position += 1 }
            guard position > start else { throw .operandExpected(at: start, lastToken: lastToken) }
            let token = String(decoding: text[start..<position], as: UTF8.self)
            guard let value = Self.number(token, dialect: dialect) else {
                if dialect == .bash, token.first == "0", token.allSatisfy(\.isNumber) { throw .tooGreatForBase(token) }
                throw .unexpected(at: start)
            }
            return value
        }

        // MARK: Names and numbers

        static func isNameByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
        }

        /// A variable's name if one starts here (a letter or `_`), read past.
        mutating func readName() -> String? {
            skipSpaces()
            guard position < text.count, Self.isNameByte(text[position]), !(0x30...0x39).contains(text[position])
            else { return nil }
            let start = position
            while position < text.count, Self.isNameByte(text[position]) { position += 1 }
            return String(decoding: text[start..<position], as: UTF8.self)
        }

        /// A variable's value as a number: unset or empty is 0; bash evaluates a value that is
        /// an expression (`x=1+2`), dash wants a number.
        mutating func variable(_ name: String) throws(Problem) -> Int {
            let text = assigned.last(where: { $0.name == name }).map { String($0.value) } ?? lookup(name) ?? ""
            let trimmed = text.trimmingLeadingSpaces()
            if trimmed.isEmpty { return 0 }
            if let value = Self.number(trimmed, dialect: dialect) { return value }
            guard dialect == .bash else { throw .illegalNumber(text) }
            var inner = Evaluator(text: Array(trimmed.utf8), dialect: dialect, lookup: lookup, depth: depth + 1)
            guard depth < Self.depthLimit else { throw .tooDeep }
            do throws(Problem) {
                return try inner.whole()
            } catch .tooDeep {
                throw .tooDeep
            } catch {
                throw .inVariable(error.message(for: trimmed, dialect: dialect))
            }
        }

        mutating func assign(_ name: String, _ value: Int) {
            assigned.append((name, value))
        }

        /// A constant as C writes it: decimal, `0x` hexadecimal, `0` octal. bash wraps what does
        /// not fit in 64 bits, dash stops at the largest.
        static func number(_ token: String, dialect: Dialect) -> Int? {
            var digits = Substring(token)
            var radix = 10
            if digits.count > 2, digits.hasPrefix("0x") || digits.hasPrefix("0X") {
                radix = 16
                digits = digits.dropFirst(2)
            } else if digits.count > 1, digits.hasPrefix("0") {
                radix = 8
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty else { return token == "0" ? 0 : nil }
            var value = 0
            for character in digits {
                guard let digit = character.hexDigitValue, digit < radix else { return nil }
                switch dialect {
                case .bash:
                    value = value &* radix &+ digit
                case .dash:
                    let (times, overflow) = value.multipliedReportingOverflow(by: radix)
                    let (sum, carry) = times.addingReportingOverflow(digit)
                    value = overflow || carry ? Int.max : sum
                }
            }
            return value
        }
    }
}

extension String {
    fileprivate func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\n" })
    }
}
