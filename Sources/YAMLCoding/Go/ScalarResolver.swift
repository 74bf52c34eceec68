/// What a plain (unquoted, untagged) YAML scalar means under go-yaml v2's YAML 1.1 rules.
///
/// kubectl reads manifests with go-yaml v2 (through sigs.k8s.io/yaml), and writes `-o yaml` with
/// the same library, which quotes a string exactly when reading it back unquoted would give
/// something else. So one resolver serves both directions: the parser asks what `yes` means,
/// the emitter asks whether `"yes"` must be quoted.
enum ResolvedScalar: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// Above `Int64.max` but within `UInt64`; Go keeps these as `uint64`.
    case uint(UInt64)
    case float(Double)
    /// Looks like a YAML 1.1 timestamp; go-yaml keeps the text as a string when decoding into
    /// `interface{}`, but still quotes such strings when encoding.
    case timestamp
    case string
}

enum ScalarResolver {
    /// Words with fixed meanings, exactly go-yaml v2's table (case variants are listed, not folded).
    private static let words: [String: ResolvedScalar] = {
        var table: [String: ResolvedScalar] = [:]
        for w in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { table[w] = .bool(true) }
        for w in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { table[w] = .bool(false) }
        for w in ["", "~", "null", "Null", "NULL"] { table[w] = .null }
        for w in [".nan", ".NaN", ".NAN"] { table[w] = .float(.nan) }
        for w in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[w] = .float(.infinity) }
        for w in ["-.inf", "-.Inf", "-.INF"] { table[w] = .float(-.infinity) }
        return table
    }()

    /// Resolves an untagged plain scalar. go-yaml tries timestamps only for untagged scalars
    /// and `!!timestamp`, so an explicit `!!int` skips that step (`checkTimestamp: false`).
    static func resolve(_ text: String, checkTimestamp: Bool = true) -> ResolvedScalar {
        // go-yaml only looks further when the first byte hints at a non-string. (Its word table
        // also lists `<<`, but `<` has no hint, so `<<` resolves to a string; the decoder
        // recognises merge keys by their text instead.)
        guard let first = text.utf8.first else { return .null }
        let hint: UInt8
        switch first {
        case UInt8(ascii: "+"), UInt8(ascii: "-"): hint = UInt8(ascii: "S")
        case UInt8(ascii: "0")...UInt8(ascii: "9"): hint = UInt8(ascii: "D")
        case UInt8(ascii: "."): hint = UInt8(ascii: ".")
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
            UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
            UInt8(ascii: "~"):
            hint = UInt8(ascii: "M")
        default:
            return .string
        }
        if let word = words[text] { return word }
        switch hint {
        case UInt8(ascii: "."):
            if let d = GoNumbers.parseFloat(text) { return .float(d) }
        case UInt8(ascii: "D"), UInt8(ascii: "S"):
            if checkTimestamp && GoTimestamp.isTimestamp(text) { return .timestamp }
            var plainScalars = String.UnicodeScalarView()
            plainScalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != "_" })
            let plain = String(plainScalars)
            if let i = GoNumbers.parseInt(plain) { return .int(i) }
            if let u = GoNumbers.parseUint(plain) { return .uint(u) }
            if GoNumbers.isYAMLStyleFloat(plain), let d = GoNumbers.parseFloat(plain) { return .float(d) }
            if plain.hasPrefix("0b") {
                if let i = GoNumbers.parseInt(String(plain.dropFirst(2)), radix: 2) { return .int(i) }
                if let u = GoNumbers.parseUint(String(plain.dropFirst(2)), radix: 2) { return .uint(u) }
            } else if plain.hasPrefix("-0b") {
                if let i = GoNumbers.parseInt("-" + plain.dropFirst(3), radix: 2) { return .int(i) }
            }
        default:
            break
        }
        return .string
    }

    /// go-yaml quotes strings in YAML 1.1's base-60 float form (`1:30`) even though it no longer
    /// reads them as numbers, for the sake of other parsers.
    static func isBase60Float(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first,
            first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || isDigit(first),
            bytes.contains(UInt8(ascii: ":"))
        else { return false }
        // ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
        var i = 0
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { return false }
        i += 1
        while i < bytes.count, isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < bytes.count, bytes[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]: one or two digits, the first of two being 0-5.
            guard i < bytes.count, isDigit(bytes[i]) else { return false }
            if i + 1 < bytes.count, isDigit(bytes[i + 1]), bytes[i] <= UInt8(ascii: "5") {
                i += 2
            } else {
                i += 1
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == bytes.count
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
