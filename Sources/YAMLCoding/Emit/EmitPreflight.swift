/// The failures kubectl hits while printing YAML, found before printing.
///
/// sigs.k8s.io/yaml writes the object as compact JSON with Go's encoder and has go-yaml read
/// that JSON back before writing YAML. That round trip fails in three ways kubectl shows:
/// - Go's JSON encoder rejects NaN and infinities (`json: unsupported value: NaN`);
/// - go-yaml's reader rejects characters outside YAML's set that Go leaves unescaped (DEL, C1
///   controls other than NEL, U+FFFE, U+FFFF): `yaml: control characters are not allowed`;
/// - a map key go-yaml cannot take as a flow "simple key" (more than 1024 characters as
///   escaped JSON, or containing NEL, which YAML reads as a line break) gives
///   `yaml: [line N: ]did not find expected ',' or '}'`, N counting NELs before the key's `:`.
/// The JSON text is walked in Go's order (keys sorted by bytes) to find the first failure.
enum EmitPreflight {
    private enum Task {
        case value(JSON)
        case key(String)
    }

    static func check(_ value: JSON) throws(YAMLError) {
        try checkNumbers(value)
        var lines = 0
        var stack: [Task] = [.value(value)]
        while let task = stack.popLast() {
            switch task {
            case .key(let key):
                let before = lines
                try scanText(key, lines: &lines)
                if lines > before || quotedLength(key) > 1024 {
                    let problem = "did not find expected ',' or '}'"
                    throw YAMLError(
                        message: lines == 0 ? "yaml: \(problem)" : "yaml: line \(lines): \(problem)",
                        line: lines == 0 ? nil : lines)
                }
            case .value(.string(let s)):
                try scanText(s, lines: &lines)
            case .value(.array(let items)):
                for item in items.reversed() { stack.append(.value(item)) }
            case .value(.object(let object)):
                for pair in object.sortedPairs.reversed() {
                    stack.append(.value(pair.value))
                    stack.append(.key(pair.key))
                }
            case .value:
                break
            }
        }
    }

    /// Go's JSON encoder fails on the first non-finite number, before any YAML is read.
    private static func checkNumbers(_ value: JSON) throws(YAMLError) {
        var stack = [value]
        while let v = stack.popLast() {
            switch v {
            case .double(let d) where !d.isFinite:
                let text = d.isNaN ? "NaN" : (d < 0 ? "-Inf" : "+Inf")
                throw YAMLError(message: "json: unsupported value: \(text)")
            case .array(let items): stack.append(contentsOf: items)
            case .object(let object): stack.append(contentsOf: object.values)
            default: break
            }
        }
    }

    private static func scanText(_ s: String, lines: inout Int) throws(YAMLError) {
        for c in s.unicodeScalars {
            if isRefused(c) { throw YAMLError(message: "yaml: control characters are not allowed") }
            if c == "\u{85}" { lines += 1 }
        }
    }

    /// Length in characters of the key as Go's encoder writes it, quotes included.
    private static func quotedLength(_ s: String) -> Int {
        var length = 2
        for c in s.unicodeScalars {
            switch c.value {
            case 0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x08, 0x0C: length += 2
            case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029: length += 6
            default: length += 1
            }
        }
        return length
    }

    /// Characters go-yaml's reader refuses that Go's JSON encoder writes raw.
    static func isRefused(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x7F...0x84, 0x86...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
