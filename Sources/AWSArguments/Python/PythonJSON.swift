/// Python 3.13's `json.loads(text, object_pairs_hook=OrderedDict)`, which is how aws-cli reads
/// every JSON parameter value.
///
/// Shipyard's `JSONParser` shares Python's wording for the common errors, but aws-cli's output
/// depends on more: Python 3.13 reports `Illegal trailing comma before end of object`, accepts
/// `NaN`/`Infinity`, keeps integers of any size, rejects a leading BOM, and the decoded objects
/// are `OrderedDict`s (which botocore's error messages print as such). The decoder is iterative so
/// that nesting as deep as Python allows cannot exhaust the Swift stack.
enum PythonJSON {
    struct DecodeError: Error, Equatable {
        enum Kind: Equatable {
            /// `json.JSONDecodeError`, printed with its position.
            case decode
            /// A plain `ValueError` (an integer past Python's 4300-digit limit).
            case valueError
            /// A `RecursionError`, which aws-cli does not catch as bad JSON.
            case recursion
        }

        var kind: Kind = .decode
        /// Python's message without the position, e.g. `Expecting value`.
        var message: String
        var position = 0
        var line = 1
        var column = 1

        /// `str(exception)`: `Expecting value: line 1 column 1 (char 0)`.
        var description: String {
            kind == .decode ? "\(message): line \(line) column \(column) (char \(position))" : message
        }
    }

    /// How deep arrays/objects may nest before CPython 3.13's C recursion guard fires when the
    /// decoder is called from inside aws-cli: 9992 containers decode, 9993 raise `RecursionError`
    /// (measured with aws-cli 2.27.0 through `--network-configuration`; a bare interpreter
    /// allows 9998).
    static let maximumDepth = 9_992

    static func loads(_ text: String, maximumDepth: Int = PythonJSON.maximumDepth) -> Result<PythonValue, DecodeError> {
        var decoder = Decoder(Array(text.unicodeScalars), maximumDepth: maximumDepth)
        do throws(DecodeError) {
            return .success(try decoder.decode())
        } catch {
            return .failure(error)
        }
    }

    private struct Decoder {
        let s: [Unicode.Scalar]
        let maximumDepth: Int

        init(_ s: [Unicode.Scalar], maximumDepth: Int) {
            self.s = s
            self.maximumDepth = maximumDepth
        }

        /// An open container. Frames are mutated in place on the stack (never copied out and
        /// back), so appending stays amortised O(1) however long the container gets.
        struct Frame {
            var isArray: Bool
            var items: [PythonValue] = []
            var dict = PythonDict(ordered: true)
            var key = ""
        }

        func error(_ message: String, _ position: Int) -> DecodeError {
            let at = min(max(position, 0), s.count)
            var line = 1
            var lastNewline = -1
            for i in 0..<at where s[i] == "\n" {
                line += 1
                lastNewline = i
            }
            return DecodeError(kind: .decode, message: message, position: at, line: line, column: at - lastNewline)
        }

        func skipWhitespace(_ i: Int) -> Int {
            var i = i
            while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r" { i += 1 }
            return i
        }

        mutating func decode() throws(DecodeError) -> PythonValue {
            if s.first == "\u{FEFF}" { throw error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0) }
            let (value, end) = try scan(from: skipWhitespace(0))
            let rest = skipWhitespace(end)
            if rest != s.count { throw error("Extra data", rest) }
            return value
        }

        /// `scan_once` with the container recursion unrolled onto `stack`.
        func scan(from start: Int) throws(DecodeError) -> (PythonValue, Int) {
            var stack: [Frame] = []
            var idx = start
            while true {
                var value: PythonValue
                // Parse one term at idx; containers push a frame and go round for their first element.
                guard idx < s.count else { throw error("Expecting value", idx) }
                switch s[idx] {
                case "\"":
                    let (text, next) = try scanString(quote: idx)
                    value = .str(text)
                    idx = next
                case "{":
                    if stack.count + 1 > maximumDepth { throw recursion("object") }
                    idx = skipWhitespace(idx + 1)
                    if idx < s.count, s[idx] == "}" {
                        value = .dict(PythonDict(ordered: true))
                        idx += 1
                    } else {
                        let (key, next) = try scanKey(idx)
                        stack.append(Frame(isArray: false, key: key))
                        idx = next
                        continue
                    }
                case "[":
                    if stack.count + 1 > maximumDepth { throw recursion("array") }
                    idx = skipWhitespace(idx + 1)
                    if idx < s.count, s[idx] == "]" {
                        value = .list([])
                        idx += 1
                    } else {
                        stack.append(Frame(isArray: true))
                        continue
                    }
                case "n" where matches("null", at: idx):
                    value = .none
                    idx += 4
                case "t" where matches("true", at: idx):
                    value = .bool(true)
                    idx += 4
                case "f" where matches("false", at: idx):
                    value = .bool(false)
                    idx += 5
                case "N" where matches("NaN", at: idx):
                    value = .float(.nan)
                    idx += 3
                case "I" where matches("Infinity", at: idx):
                    value = .float(.infinity)
                    idx += 8
                case "-" where matches("-Infinity", at: idx):
                    value = .float(-.infinity)
                    idx += 9
                default:
                    let (number, next) = try scanNumber(idx)
                    value = number
                    idx = next
                }
                // Hand the finished term to the enclosing containers, closing those that end here.
                while let top = stack.indices.last {
                    idx = skipWhitespace(idx)
                    if stack[top].isArray {
                        stack[top].items.append(value)
                        if idx < s.count, s[idx] == "]" {
                            value = .list(stack.removeLast().items)
                            idx += 1
                            continue
                        }
                        guard idx < s.count, s[idx] == "," else { throw error("Expecting ',' delimiter", idx) }
                        let comma = idx
                        idx = skipWhitespace(idx + 1)
                        if idx < s.count, s[idx] == "]" {
                            throw error("Illegal trailing comma before end of array", comma)
                        }
                    } else {
                        stack[top].dict[stack[top].key] = value
                        if idx < s.count, s[idx] == "}" {
                            value = .dict(stack.removeLast().dict)
                            idx += 1
                            continue
                        }
                        guard idx < s.count, s[idx] == "," else { throw error("Expecting ',' delimiter", idx) }
                        let comma = idx
                        idx = skipWhitespace(idx + 1)
                        if idx < s.count, s[idx] == "}" {
                            throw error("Illegal trailing comma before end of object", comma)
                        }
                        let (nextKey, next) = try scanKey(idx)
                        stack[top].key = nextKey
                        idx = next
                    }
                    break
                }
                if stack.isEmpty { return (value, idx) }
            }
        }

        func recursion(_ kind: String) -> DecodeError {
            DecodeError(kind: .recursion,
                        message: "maximum recursion depth exceeded while decoding a JSON \(kind) from a unicode string")
        }

        /// Reads `"key"`, the `:` and the whitespace after it; returns the key and where its value starts.
        func scanKey(_ start: Int) throws(DecodeError) -> (String, Int) {
            guard start < s.count, s[start] == "\"" else {
                throw error("Expecting property name enclosed in double quotes", start)
            }
            let (key, afterKey) = try scanString(quote: start)
            let colon = skipWhitespace(afterKey)
            guard colon < s.count, s[colon] == ":" else { throw error("Expecting ':' delimiter", colon) }
            return (key, skipWhitespace(colon + 1))
        }

        func matches(_ word: String, at i: Int) -> Bool {
            var j = i
            for c in word.unicodeScalars {
                guard j < s.count, s[j] == c else { return false }
                j += 1
            }
            return true
        }

        /// CPython's `scanstring_unicode` (strict): `quote` is the opening quote's index.
        func scanString(quote: Int) throws(DecodeError) -> (String, Int) {
            var out = String.UnicodeScalarView()
            var end = quote + 1
            while true {
                var next = end
                var c: Unicode.Scalar = "\0"
                while next < s.count {
                    c = s[next]
                    if c == "\"" || c == "\\" { break }
                    if c.value <= 0x1F { throw error("Invalid control character at", next) }
                    next += 1
                }
                guard next < s.count else { throw error("Unterminated string starting at", quote) }
                out.append(contentsOf: s[end..<next])
                next += 1
                if c == "\"" { return (String(out), next) }
                guard next < s.count else { throw error("Unterminated string starting at", quote) }
                let e = s[next]
                if e != "u" {
                    end = next + 1
                    switch e {
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "/": out.append("/")
                    case "b": out.append("\u{08}")
                    case "f": out.append("\u{0C}")
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    default: throw error("Invalid \\escape", end - 2)
                    }
                    continue
                }
                next += 1
                end = next + 4
                if end >= s.count { throw error("Invalid \\uXXXX escape", next - 1) }
                guard var unit = hex4(next) else { throw error("Invalid \\uXXXX escape", end - 5) }
                next = end
                if (0xD800...0xDBFF).contains(unit), end + 6 < s.count, s[next] == "\\", s[next + 1] == "u" {
                    guard let low = hex4(next + 2) else { throw error("Invalid \\uXXXX escape", end + 1) }
                    if (0xDC00...0xDFFF).contains(low) {
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        end += 6
                    }
                }
                // A lone surrogate is legal in Python but not in a Swift string.
                out.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
            }
        }

        func hex4(_ i: Int) -> UInt32? {
            guard i + 4 <= s.count else { return nil }
            var value: UInt32 = 0
            for j in i..<(i + 4) {
                let c = s[j]
                let digit: UInt32
                switch c {
                case "0"..."9": digit = c.value - 48
                case "a"..."f": digit = c.value - 87
                case "A"..."F": digit = c.value - 55
                default: return nil
                }
                value = value * 16 + digit
            }
            return value
        }

        /// CPython's `_match_number_unicode`; no match is `StopIteration` (Expecting value).
        func scanNumber(_ start: Int) throws(DecodeError) -> (PythonValue, Int) {
            let lastIndex = s.count - 1
            var idx = start
            if s[idx] == "-" {
                idx += 1
                if idx > lastIndex { throw error("Expecting value", start) }
            }
            if ("1"..."9").contains(s[idx]) {
                idx += 1
                while idx <= lastIndex, ("0"..."9").contains(s[idx]) { idx += 1 }
            } else if s[idx] == "0" {
                idx += 1
            } else {
                throw error("Expecting value", start)
            }
            var isFloat = false
            if idx < lastIndex, s[idx] == ".", ("0"..."9").contains(s[idx + 1]) {
                isFloat = true
                idx += 2
                while idx <= lastIndex, ("0"..."9").contains(s[idx]) { idx += 1 }
            }
            if idx < lastIndex, s[idx] == "e" || s[idx] == "E" {
                let exponentStart = idx
                idx += 1
                if idx < lastIndex, s[idx] == "-" || s[idx] == "+" { idx += 1 }
                while idx <= lastIndex, ("0"..."9").contains(s[idx]) { idx += 1 }
                if ("0"..."9").contains(s[idx - 1]) { isFloat = true } else { idx = exponentStart }
            }
            let text = String(String.UnicodeScalarView(s[start..<idx]))
            if isFloat { return (.float(Double(text) ?? .nan), idx) }
            switch PythonNumbers.int(text) {
            case .success(let value): return (value, idx)
            case .failure(let failure):
                // Only the 4300-digit limit can fail here; Python raises it as a plain ValueError.
                throw DecodeError(kind: .valueError, message: failure.message)
            }
        }
    }
}
