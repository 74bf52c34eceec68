/// kubectl's handling of manifests that start with `{`: `YAMLOrJSONDecoder` sees the brace and
/// reads the stream with Go's JSON decoder, one value after another, never touching YAML. So a
/// top-level YAML flow mapping like `{a: 1}` fails there with a JSON error.
enum JSONStream {
    /// Go's `hasJSONPrefix`: the first non-space character is `{`.
    static func looksLikeJSON(_ text: String) -> Bool {
        text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) == "{"
    }

    static func parse(_ text: String) throws(YAMLError) -> [JSON] {
        var results: [JSON] = []
        var rest = Substring(text)
        var consumedBytes = 0
        while let start = rest.unicodeScalars.firstIndex(where: { !isJSONSpace($0) }) {
            consumedBytes += rest.utf8.distance(from: rest.startIndex, to: start)
            rest = rest[start...]
            do throws(JSONParseError) {
                let value = try JSONParser.parse(String(rest))
                append(value, to: &results)
                return results
            } catch {
                guard error.message == "Extra data" else { throw goError(error, in: rest, baseOffset: consumedBytes) }
                // The first value ends where the extra data starts: parse it alone and go on.
                let scalars = rest.unicodeScalars
                let end = scalars.index(scalars.startIndex, offsetBy: error.offset)
                let head = String(rest[..<end])
                do throws(JSONParseError) {
                    append(try JSONParser.parse(head), to: &results)
                } catch {
                    throw goError(error, in: rest, baseOffset: consumedBytes)
                }
                consumedBytes += head.utf8.count
                rest = rest[end...]
            }
        }
        return results
    }

    /// kubectl skips values that are `null`.
    private static func append(_ value: JSON, to results: inout [JSON]) {
        if case .null = value { return }
        results.append(JSONNumbers.normalize(value))
    }

    private static func isJSONSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r"
    }

    /// Go's wording for a JSON syntax error, as kubectl shows it (`json: offset N: invalid
    /// character 'a' looking for beginning of object key string`, or `unexpected EOF`).
    private static func goError(_ error: JSONParseError, in text: Substring, baseOffset: Int) -> YAMLError {
        let scalars = Array(text.unicodeScalars)
        guard error.offset < scalars.count else {
            return YAMLError(message: "unexpected EOF", isConversionError: false)
        }
        let bad = scalars[error.offset]
        let context: String
        switch error.message {
        case "Expecting property name enclosed in double quotes": context = "looking for beginning of object key string"
        case "Expecting ':' delimiter": context = "after object key"
        case "Expecting ',' delimiter":
            context = enclosingIsObject(scalars, before: error.offset) ? "after object key:value pair" : "after array element"
        case "Invalid control character at": context = "in string literal"
        case "Invalid \\escape": context = "in string escape code"
        default: context = "looking for beginning of value"
        }
        let offset = baseOffset + String(String.UnicodeScalarView(scalars[..<error.offset])).utf8.count + 1
        let quoted = bad == "'" ? "'\\''" : bad == "\"" ? "'\"'" : "'\(bad)'"
        return YAMLError(message: "json: offset \(offset): invalid character \(quoted) \(context)", isConversionError: false)
    }

    /// Whether the innermost open bracket before `offset` is `{` (strings skipped).
    private static func enclosingIsObject(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
        var stack: [Unicode.Scalar] = []
        var inString = false
        var escaped = false
        for c in scalars[..<min(offset, scalars.count)] {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true
            case "{", "[": stack.append(c)
            case "}", "]": _ = stack.popLast()
            default: break
            }
        }
        return stack.last == "{"
    }
}
