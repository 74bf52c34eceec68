/// A failure to parse JSON text, positioned like Python's `json.JSONDecodeError`.
///
/// aws-cli reports bad `--cli-input-json` and parameter values with Python's wording
/// (`Expecting ',' delimiter: line 1 column 12 (char 11)`), so the parser keeps that wording
/// and the front ends decide how to frame it.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Python's message, e.g. `Expecting value`.
    public var message: String
    /// Offset in Unicode scalars from the start of the text (Python's `pos`).
    public var offset: Int
    public var line: Int
    public var column: Int

    public var description: String {
        "\(message): line \(line) column \(column) (char \(offset))"
    }
}

/// Parses JSON text (RFC 8259) into `JSON`, keeping object key order.
public enum JSONParser {
    public static func parse(_ text: String) throws(JSONParseError) -> JSON {
        var parser = Parser(Array(text.unicodeScalars))
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if !parser.atEnd { throw parser.error("Extra data") }
        return value
    }

    /// Parses, returning nil instead of an error; for places where bad JSON simply means "not JSON".
    public static func parseOrNil(_ text: String) -> JSON? {
        try? parse(text)
    }
}

private struct Parser {
    let scalars: [Unicode.Scalar]
    var position = 0
    var depth = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { position >= scalars.count }
    var current: Unicode.Scalar? { atEnd ? nil : scalars[position] }

    func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
        let at = min(offset ?? position, scalars.count)
        var line = 1
        var lineStart = 0
        for i in 0..<at where scalars[i] == "\n" {
            line += 1
            lineStart = i + 1
        }
        return JSONParseError(message: message, offset: at, line: line, column: at - lineStart + 1)
    }

    mutating func skipWhitespace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { position += 1 }
    }

    mutating func parseValue() throws(JSONParseError) -> JSON {
        guard let c = current else { throw error("Expecting value") }
        switch c {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return .string(try parseString())
        case "t": return try parseLiteral("true", .bool(true))
        case "f": return try parseLiteral("false", .bool(false))
        case "n": return try parseLiteral("null", .null)
        case "-", "0"..."9": return try parseNumber()
        default: throw error("Expecting value")
        }
    }

    mutating func parseLiteral(_ word: String, _ value: JSON) throws(JSONParseError) -> JSON {
        let wordScalars = Array(word.unicodeScalars)
        guard position + wordScalars.count <= scalars.count,
            Array(scalars[position..<position + wordScalars.count]) == wordScalars
        else { throw error("Expecting value") }
        position += wordScalars.count
        return value
    }

    mutating func enterNesting() throws(JSONParseError) {
        depth += 1
        // Deep nesting would exhaust the stack; Python stops with a RecursionError near here too.
        if depth > 512 { throw error("Maximum nesting depth exceeded") }
    }

    mutating func parseObject() throws(JSONParseError) -> JSON {
        try enterNesting()
        defer { depth -= 1 }
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if current == "}" {
            position += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard current == "\"" else {
                throw error("Expecting property name enclosed in double quotes")
            }
            let key = try parseString()
            skipWhitespace()
            guard current == ":" else { throw error("Expecting ':' delimiter") }
            position += 1
            skipWhitespace()
            object[key] = try parseValue()
            skipWhitespace()
            if current == "," {
                position += 1
                continue
            }
            if current == "}" {
                position += 1
                return .object(object)
            }
            throw error("Expecting ',' delimiter")
        }
    }

    mutating func parseArray() throws(JSONParseError) -> JSON {
        try enterNesting()
        defer { depth -= 1 }
        position += 1
        var items: [JSON] = []
        skipWhitespace()
        if current == "]" {
            position += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if current == "," {
                position += 1
                continue
            }
            if current == "]" {
                position += 1
                return .array(items)
            }
            throw error("Expecting ',' delimiter")
        }
    }

    mutating func parseString() throws(JSONParseError) -> String {
        let start = position
        position += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let c = current else {
                throw error("Unterminated string starting at", at: start)
            }
            if c == "\"" {
                position += 1
                return String(result)
            }
            if c.value < 0x20 {
                throw error("Invalid control character at")
            }
            if c == "\\" {
                position += 1
                guard let e = current else {
                    throw error("Unterminated string starting at", at: start)
                }
                switch e {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    let escapeStart = position - 1
                    let unit = try parseHex4(escapeStart: escapeStart)
                    if (0xD800..<0xDC00).contains(unit), current == "\\",
                        position + 1 < scalars.count, scalars[position + 1] == "u"
                    {
                        let save = position
                        position += 1
                        let low = try parseHex4(escapeStart: save)
                        if (0xDC00..<0xE000).contains(low) {
                            let combined = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            result.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                        } else {
                            result.append("\u{FFFD}")
                            position = save
                        }
                    } else {
                        result.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                    }
                    continue
                default:
                    throw error("Invalid \\escape", at: position - 1)
                }
                position += 1
                continue
            }
            result.append(c)
            position += 1
        }
    }

    /// Reads the four hex digits after `\u`; `position` is on the `u`.
    mutating func parseHex4(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        position += 1
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let digit = hexValue(c) else { throw error("Invalid \\uXXXX escape", at: escapeStart) }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    mutating func parseNumber() throws(JSONParseError) -> JSON {
        let start = position
        if current == "-" { position += 1 }
        guard let first = current, ("0"..."9").contains(first) else {
            position = start
            throw error("Expecting value")
        }
        if first == "0" {
            position += 1
        } else {
            while let c = current, ("0"..."9").contains(c) { position += 1 }
        }
        var isInteger = true
        if current == ".", position + 1 < scalars.count, ("0"..."9").contains(scalars[position + 1]) {
            isInteger = false
            position += 1
            while let c = current, ("0"..."9").contains(c) { position += 1 }
        }
        if current == "e" || current == "E" {
            var look = position + 1
            if look < scalars.count, scalars[look] == "+" || scalars[look] == "-" { look += 1 }
            if look < scalars.count, ("0"..."9").contains(scalars[look]) {
                isInteger = false
                position = look
                while let c = current, ("0"..."9").contains(c) { position += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        if isInteger, let value = Int(text) { return .int(value) }
        return .double(Double(text) ?? 0)
    }
}
