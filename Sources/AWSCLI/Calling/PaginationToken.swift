import AWSArguments
import JSONValue

/// The `NextToken` aws-cli prints when `--max-items` cuts a listing short, and reads back from
/// `--starting-token`: botocore's `TokenEncoder`, base64 of `json.dumps` of the service's own
/// token(s) plus `boto_truncate_amount` when the cut fell inside a page.
enum PaginationToken {
    /// `TokenEncoder.encode`: `json.dumps` (`", "`/`": "` separators, ASCII only), base64.
    static func encode(_ token: [(String, JSON)]) -> String {
        let object = JSONObject(token)
        let text = asciiEscaped(JSONWriter(dialect: .python).write(.object(object)))
        return PythonConversions.base64Encode(Array(text.utf8))
    }

    /// A starting token taken apart: the service tokens to send (input member → value, `nil`
    /// for none) and how many items of the first page were already shown.
    struct Decoded {
        var tokens: [(String, JSON?)]
        var index: JSON
    }

    /// `PageIterator._parse_starting_token`, with its fallback for old-style tokens
    /// (`token___index`) and for opaque text, which is passed on as the service token.
    static func decode(_ token: String, inputTokens: [String]) throws(AWSCLIError) -> Decoded {
        if let bytes = PythonConversions.base64Decode(token), let text = String(validating: bytes, as: UTF8.self),
            case .success(let value) = PythonConversions.jsonLoads(text) {
            guard case .dict(let dict) = value else {
                // `decoded.pop('boto_encoded_keys', None)`: a list's pop raises TypeError, which
                // sends the token down the old-style path; anything else has no pop at all.
                if case .list = value { return try deprecated(token, inputTokens: inputTokens) }
                throw .general("'\(PythonTypeName.of(value))' object has no attribute 'pop'")
            }
            var tokens: [(String, JSON?)] = []
            var index: JSON = 0
            for (key, item) in dict.pairs {
                if key == "boto_encoded_keys" { continue }
                if key == "boto_truncate_amount" {
                    index = item.json
                    continue
                }
                tokens.append((key, item == .none ? nil : item.json))
            }
            return Decoded(tokens: tokens, index: index)
        }
        return try deprecated(token, inputTokens: inputTokens)
    }

    private static func deprecated(_ token: String, inputTokens: [String]) throws(AWSCLIError) -> Decoded {
        var parts = token.components(separatedBy: "___")
        var index = 0
        if parts.count == inputTokens.count + 1, let last = parts.last {
            if case .int(let value)? = PythonConversions.int(last) {
                index = value
                parts.removeLast()
            } else {
                parts = [token]
            }
        }
        guard parts.count <= inputTokens.count else {
            throw .general("Bad starting token: \(token)")
        }
        var tokens: [(String, JSON?)] = []
        for (position, name) in inputTokens.enumerated() {
            let part = position < parts.count ? parts[position] : nil
            tokens.append((name, part == "None" ? nil : part.map { .string($0) }))
        }
        return Decoded(tokens: tokens, index: .int(index))
    }

    /// `json.dumps`' default `ensure_ascii=True`: non-ASCII as `\uXXXX` (surrogate pairs above
    /// the BMP).
    static func asciiEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if scalar.value > 0xFFFF {
                let v = scalar.value - 0x10000
                out += hex4(0xD800 + (v >> 10)) + hex4(0xDC00 + (v & 0x3FF))
            } else {
                out += hex4(scalar.value)
            }
        }
        return out
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// Python's `type(x).__name__` for the values JSON decoding produces.
enum PythonTypeName {
    static func of(_ value: PythonValue) -> String {
        switch value {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .str: return "str"
        case .bytes: return "bytes"
        case .list: return "list"
        case .dict(let dict): return dict.isOrdered ? "OrderedDict" : "dict"
        }
    }
}

extension String {
    /// `str.split(separator)` for a non-empty separator.
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var rest = Substring(self)
        while !rest.isEmpty {
            if rest.hasPrefix(separator) {
                parts.append(current)
                current = ""
                rest = rest.dropFirst(separator.count)
            } else if let first = rest.first {
                current.append(first)
                rest = rest.dropFirst()
            }
        }
        parts.append(current)
        return parts
    }
}
