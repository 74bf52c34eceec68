import JSONValue
import GoPorts

/// Reading API objects the way kubectl's typed Go structs see them.
///
/// kubectl decodes JSON into Go structs, so an absent string is `""`, an absent number `0`, an
/// absent bool `false`, and an absent list or map is empty. These accessors give the same
/// zero values, so describers read like the Go code and never trap on odd input.
extension JSON {
    /// The string value, or "" (numbers and bools are rendered, as Go would have failed to
    /// decode them anyway; rendering is the friendlier choice).
    var str: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return GoFormat.float(d)
        case .bool(let b): return b ? "true" : "false"
        default: return ""
        }
    }

    /// The integer value, or 0.
    var num: Int { int ?? 0 }

    /// The boolean value, or false.
    var flag: Bool { bool ?? false }

    /// The array elements, or [].
    var items: [JSON] { array ?? [] }

    /// The object members in order, or [].
    var members: [(key: String, value: JSON)] { object?.pairs ?? [] }

    /// True when the member exists and is not null (a non-nil Go pointer).
    var isSet: Bool { !isNull }

    /// A `map[string]string` as sorted (key, value) pairs.
    var stringMap: [(key: String, value: String)] {
        members.map { (key: $0.key, value: $0.value.str) }
    }

    var isEmptyMap: Bool { (object?.count ?? 0) == 0 }
}

/// Small pieces of Go's `fmt` that the describe code relies on.
enum GoFormat {
    /// `%v` of a `[]string`: `[a b c]`.
    static func list(_ values: [String]) -> String {
        "[" + values.joined(separator: " ") + "]"
    }

    /// `%v` of a bool.
    static func bool(_ b: Bool) -> String { b ? "true" : "false" }

    /// `%v` of a float64 (strconv 'g' with the shortest representation).
    static func float(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
        if d == d.rounded(), abs(d) < 1e21 {
            let i = Int(exactly: d)
            if let i, abs(d) < 1e21 {
                // %v switches to exponent form from 1e21 on.
                return String(i)
            }
        }
        return "\(d)"
    }

    /// `%q` of a string.
    static func quote(_ s: String) -> String { GoStrconv.quote(s) }

    /// `int64(f)` as Go on amd64 converts it: out-of-range and NaN become Int64.min.
    static func truncate(_ f: Double) -> Int {
        guard f.isFinite, f > -9.2e18, f < 9.2e18 else { return Int.min }
        return Int(f)
    }
}

extension String {
    /// Go's `strings.Split(s, "\n")` (an empty string gives one empty element).
    func goSplitLines() -> [String] {
        split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Go's `strings.TrimSpace`.
    var goTrimSpace: String {
        var s = Substring(self)
        let ws: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" || $0 == "\r\n" }
        while let f = s.first, ws(f) { s.removeFirst() }
        while let l = s.last, ws(l) { s.removeLast() }
        return String(s)
    }

    /// Byte length, as Go's `len(s)`.
    var byteCount: Int { utf8.count }

    /// Go's `s[:n]` on bytes (cut back to a character boundary instead of splitting one).
    func bytePrefix(_ n: Int) -> String {
        var count = 0
        var out = ""
        for ch in self {
            let w = ch.utf8.count
            if count + w > n { break }
            out.append(ch)
            count += w
        }
        return out
    }
}

/// Go's `sort.Strings` / string `<`: byte order.
func goLess(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}
