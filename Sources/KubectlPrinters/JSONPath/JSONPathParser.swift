/// Parses a Kubernetes JSONPath template the way client-go's `jsonpath.Parser` does, quirks
/// included, because learners see its exact error messages and its odd-but-real readings:
/// `['a.b']` is the two fields `a` and `b` (write `['a\.b']` for one key), `[]` means `[0]`,
/// `{..*}` is a syntax error, `\n` outside quotes stays a backslash and an `n`.
///
/// The Go parser recurses once per token; this one loops, so long templates cannot exhaust the
/// stack. Only bracket nesting (filters and unions parse their parts as sub-templates) recurses,
/// and that is capped at `maxNesting`.
struct JSONPathParser {
    /// kubectl has no limit; a template nested this deep is not something a learner types.
    static let maxNesting = 64

    struct Failure: Error {
        var message: String
    }

    private static let eof: Int32 = -1

    private let input: [UInt8]
    private let nesting: Int
    private var pos = 0
    private var start = 0
    private var width = 0
    private var root: [JSONPathNode] = []

    private init(_ input: [UInt8], nesting: Int) {
        self.input = input
        self.nesting = nesting
    }

    /// The top-level nodes of `template`: `.text` for literal text, `.list` for each action.
    static func parse(_ template: String) throws(Failure) -> [JSONPathNode] {
        var parser = JSONPathParser(Array(template.utf8), nesting: 0)
        return try parser.run()
    }

    /// Parses `text` as the inside of one action and returns that action's nodes, as the Go
    /// parser does for union members, `['key']` and filter operands.
    private func parseAction(_ text: [UInt8]) throws(Failure) -> [JSONPathNode] {
        guard nesting < Self.maxNesting else { throw Failure(message: "template nested too deeply") }
        var parser = JSONPathParser([UInt8(ascii: "{")] + text + [UInt8(ascii: "}")], nesting: nesting + 1)
        let nodes = try parser.run()
        guard case .list(let first)? = nodes.first else { return [] }
        return first
    }

    // MARK: - Driver

    private mutating func run() throws(Failure) -> [JSONPathNode] {
        root = []
        pos = 0
        start = 0
        while true {
            // Outside an action: gather text up to the next "{".
            var sawDelimiter = false
            while true {
                if hasPrefix("{") {
                    if pos > start { root.append(.text(consumeText())) }
                    sawDelimiter = true
                    break
                }
                if next() == Self.eof { break }
            }
            if !sawDelimiter {
                if pos > start { root.append(.text(consumeText())) }
                return root
            }
            pos += 1
            _ = consumeText()
            var action: [JSONPathNode] = []
            try parseInsideAction(&action)
            root.append(.list(action))
        }
    }

    /// Reads tokens until the closing "}" (consumed).
    private mutating func parseInsideAction(_ cur: inout [JSONPathNode]) throws(Failure) {
        while true {
            if hasPrefix("}") {
                pos += 1
                _ = consumeText()
                return
            }
            if hasPrefix("[?(") {
                try parseFilter(&cur)
                continue
            }
            if hasPrefix("..") {
                try parseRecursive(&cur)
                continue
            }
            let r = next()
            switch r {
            case Self.eof, 0x0D, 0x0A:
                throw Failure(message: "unclosed action")
            case 0x20, 0x40, 0x24:  // space, @, $: nothing to record
                _ = consumeText()
            case 0x5B:  // [
                try parseArray(&cur)
            case 0x22, 0x27:  // " '
                try parseQuote(&cur, end: r)
            case 0x2E:  // .
                parseField(&cur)
            default:
                if r == 0x2B || r == 0x2D || Self.isDigit(r) {
                    backup()
                    try parseNumber(&cur)
                } else if Self.isAlphaNumeric(r) {
                    backup()
                    parseIdentifier(&cur)
                } else {
                    let scalar = Unicode.Scalar(UInt32(r)) ?? "\u{FFFD}"
                    throw Failure(message: "unrecognized character in action: " + GoFormat.formatRune(scalar))
                }
            }
        }
    }

    // MARK: - Tokens

    private mutating func parseIdentifier(_ cur: inout [JSONPathNode]) {
        while true {
            if Self.isTerminator(next()) {
                backup()
                break
            }
        }
        let value = consumeText()
        if value == "true" || value == "false" {
            cur.append(.bool(value == "true"))
        } else {
            cur.append(.identifier(value))
        }
    }

    private mutating func parseRecursive(_ cur: inout [JSONPathNode]) throws(Failure) {
        if case .recursive? = cur.last { throw Failure(message: "invalid multiple recursive descent") }
        pos += 2
        _ = consumeText()
        cur.append(.recursive)
        if Self.isAlphaNumeric(peek()) { parseField(&cur) }
    }

    private mutating func parseNumber(_ cur: inout [JSONPathNode]) throws(Failure) {
        let first = peek()
        if first == 0x2B || first == 0x2D { _ = next() }
        while true {
            let r = next()
            if r != 0x2E && !Self.isDigit(r) {
                backup()
                break
            }
        }
        let value = consumeText()
        if let int = Int(value) {
            cur.append(.int(int))
        } else if let double = Self.parseFloat(value) {
            cur.append(.float(double))
        } else {
            throw Failure(message: "cannot parse number \(value)")
        }
    }

    /// Go's `strconv.ParseFloat` on what `parseNumber` gathers: a sign, ASCII digits and dots.
    private static func parseFloat(_ text: String) -> Double? {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard body.contains(where: { $0.isASCII && $0.isNumber }),
            body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }),
            body.filter({ $0 == "." }).count <= 1
        else { return nil }
        let sign = text.first == "-" ? "-" : ""
        guard let value = Double(sign + "0" + body + (body.contains(".") ? "0" : "")), value.isFinite else {
            return nil
        }
        return value
    }

    private mutating func parseArray(_ cur: inout [JSONPathNode]) throws(Failure) {
        while true {
            let r = next()
            if r == Self.eof || r == 0x0A { throw Failure(message: "unterminated array") }
            if r == 0x5D { break }
        }
        let consumed = Array(consumeText().utf8)
        var text = Array(consumed.dropFirst().dropLast())
        if text == [UInt8(ascii: "*")] { text = [UInt8(ascii: ":")] }

        let members = text.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        if members.count > 1 {
            var union: [[JSONPathNode]] = []
            for member in members {
                let trimmed = Self.trimSpaces(member)
                union.append(try parseAction([UInt8(ascii: "[")] + trimmed + [UInt8(ascii: "]")]))
            }
            cur.append(.union(union))
            return
        }

        // ['key'] reads as .key, so dots inside the quotes split it into several fields.
        if text.count >= 2, text.first == UInt8(ascii: "'"), text.last == UInt8(ascii: "'"),
            !text.dropFirst().dropLast().contains(UInt8(ascii: "'"))
        {
            cur += try parseAction([UInt8(ascii: ".")] + text.dropFirst().dropLast())
            return
        }

        let textString = String(decoding: text, as: UTF8.self)
        guard let groups = Self.sliceGroups(text) else {
            throw Failure(message: "invalid array index \(textString)")
        }
        var bounds = [SliceBound(), SliceBound(), SliceBound()]
        for i in 0..<3 {
            var value = groups[i]
            if !value.isEmpty {
                if i > 0 { value = String(value.dropFirst()) }
                if i > 0 && value.isEmpty {
                    bounds[i].known = false
                } else {
                    guard let number = Int(value) else {
                        throw Failure(message: "array index \(value) is not a number")
                    }
                    bounds[i].known = true
                    bounds[i].value = number
                }
            } else if i == 1 {
                bounds[1].known = true
                bounds[1].value = bounds[0].value &+ 1
                bounds[1].derived = true
            } else {
                bounds[i].known = false
                bounds[i].value = 0
            }
        }
        cur.append(.array(SliceParams(start: bounds[0], end: bounds[1], step: bounds[2])))
    }

    /// The groups of `^(-?\d*)(:-?\d*)?(:-?\d*)?$`, or nil when the text does not match.
    private static func sliceGroups(_ text: [UInt8]) -> [String]? {
        let parts = text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count <= 3 else { return nil }
        for part in parts {
            var digits = part[...]
            if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
            guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        }
        var groups = ["", "", ""]
        for (i, part) in parts.enumerated() {
            groups[i] = (i > 0 ? ":" : "") + String(decoding: part, as: UTF8.self)
        }
        return groups
    }

    private mutating func parseFilter(_ cur: inout [JSONPathNode]) throws(Failure) {
        pos += 3
        _ = consumeText()
        var begin = false
        var end = false
        var pair: Int32 = 0
        while true {
            let r = next()
            if r == Self.eof || r == 0x0A { throw Failure(message: "unterminated filter") }
            if r == 0x22 || r == 0x27 {
                if !begin {
                    begin = true
                    pair = r
                    continue
                }
                if pos >= 2, input[pos - 2] != UInt8(ascii: "\\"), r == pair { end = true }
            } else if r == 0x29, begin == end {
                break
            }
        }
        if next() != 0x5D { throw Failure(message: "unclosed array expect ]") }
        let text = Array(consumeText().utf8.dropLast(2))
        if let (left, op, right) = Self.splitComparison(text) {
            let leftNodes = try parseAction(left)
            let rightNodes = try parseAction(right)
            cur.append(.filter(left: leftNodes, right: rightNodes, op: String(decoding: op, as: UTF8.self)))
        } else {
            cur.append(.filter(left: try parseAction(text), right: [], op: "exists"))
        }
    }

    /// The groups of `^([^!<>=]+)([!<>=]+)(.+?)$`.
    private static func splitComparison(_ text: [UInt8]) -> ([UInt8], [UInt8], [UInt8])? {
        func isOperator(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "!") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "=")
        }
        guard let opStart = text.firstIndex(where: isOperator), opStart > 0 else { return nil }
        var opEnd = opStart
        while opEnd < text.count, isOperator(text[opEnd]) { opEnd += 1 }
        if opEnd == text.count {
            // The operator run reaches the end; the right side needs at least one character.
            guard opEnd - opStart >= 2 else { return nil }
            opEnd -= 1
        }
        return (Array(text[..<opStart]), Array(text[opStart..<opEnd]), Array(text[opEnd...]))
    }

    private mutating func parseQuote(_ cur: inout [JSONPathNode], end: Int32) throws(Failure) {
        while true {
            let r = next()
            if r == Self.eof || r == 0x0A { throw Failure(message: "unterminated quoted string") }
            if r == end, pos >= 2, input[pos - 2] != UInt8(ascii: "\\") { break }
        }
        let raw = input[start..<pos]
        _ = consumeText()
        guard let bytes = GoUnquote.unquoteExtend(raw) else {
            throw Failure(message: "unquote string \(String(decoding: raw, as: UTF8.self)) error invalid syntax")
        }
        cur.append(.text(String(decoding: bytes, as: UTF8.self)))
    }

    private mutating func parseField(_ cur: inout [JSONPathNode]) {
        _ = consumeText()
        while advance() {}
        let value = consumeText()
        if value == "*" {
            cur.append(.wildcard)
        } else {
            cur.append(.field(String(value.unicodeScalars.filter { $0 != "\\" }.map(Character.init))))
        }
    }

    /// Moves past one character of a field name, skipping the character after a backslash.
    private mutating func advance() -> Bool {
        let r = next()
        if r == 0x5C {
            _ = next()
        } else if Self.isTerminator(r) {
            backup()
            return false
        }
        return true
    }

    // MARK: - Scanning

    private func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard pos + count <= input.count else { return false }
        return prefix.withUTF8Buffer { buffer in
            for i in 0..<count where input[pos + i] != buffer[i] { return false }
            return true
        }
    }

    private mutating func consumeText() -> String {
        let value = String(decoding: input[start..<max(start, pos)], as: UTF8.self)
        start = pos
        return value
    }

    /// The next rune (a Unicode scalar value), or `eof`.
    private mutating func next() -> Int32 {
        guard pos < input.count else {
            width = 0
            return Self.eof
        }
        let lead = input[pos]
        var length = UTF8Length.ofLeadByte(lead)
        if pos + length > input.count { length = 1 }
        var value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        case 4: value = UInt32(lead & 0x07)
        default: value = UInt32(lead)
        }
        if length > 1 {
            for i in 1..<length { value = value << 6 | UInt32(input[pos + i] & 0x3F) }
        }
        width = length
        pos += length
        return Int32(bitPattern: value)
    }

    private mutating func peek() -> Int32 {
        let r = next()
        backup()
        return r
    }

    private mutating func backup() {
        pos -= width
    }

    // MARK: - Character classes

    private static func isTerminator(_ r: Int32) -> Bool {
        switch r {
        case eof, 0x20, 0x09, 0x0D, 0x0A, 0x2E, 0x2C, 0x5B, 0x5D, 0x24, 0x40, 0x7B, 0x7D: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`: any decimal digit, not just ASCII.
    private static func isDigit(_ r: Int32) -> Bool {
        guard r >= 0, let scalar = Unicode.Scalar(UInt32(r)) else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// Go's `r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)`.
    private static func isAlphaNumeric(_ r: Int32) -> Bool {
        guard r >= 0, let scalar = Unicode.Scalar(UInt32(r)) else { return false }
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    private static func trimSpaces(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var slice = bytes
        while slice.first == 0x20 { slice = slice.dropFirst() }
        while slice.last == 0x20 { slice = slice.dropLast() }
        return Array(slice)
    }
}
