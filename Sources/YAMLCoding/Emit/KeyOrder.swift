/// The order go-yaml v2 writes map keys in.
///
/// kubectl's YAML comes from a Go map, which go-yaml sorts with its own `keyList.Less`: not
/// byte order but a "natural" order in which runs of digits compare as numbers (`a2` < `a10`)
/// and letters sort after non-letters at the first difference. JSON keys are always strings,
/// so only the string branch of that comparison applies.
enum KeyOrder {
    static func sorted(_ pairs: [(key: String, value: JSON)]) -> [(key: String, value: JSON)] {
        let decorated = pairs.map { (scalars: Array($0.key.unicodeScalars), pair: $0) }
        return decorated.sorted { less($0.scalars, $1.scalars) }.map(\.pair)
    }

    static func less(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < a.count && i < b.count {
            defer { i += 1 }
            if a[i] == b[i] { continue }
            let al = isLetter(a[i])
            let bl = isLetter(b[i])
            if al && bl { return a[i].value < b[i].value }
            if al || bl { return bl }
            // Neither is a letter: compare the digit runs starting here as numbers.
            var an: Int64 = 0
            var bn: Int64 = 0
            if a[i] == "0" || b[i] == "0" {
                // A zero continuing an earlier non-zero digit run is an ordinary digit.
                var j = i - 1
                while j >= 0 && isDigit(a[j]) {
                    if a[j] != "0" {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            var ai = i
            while ai < a.count && isDigit(a[ai]) {
                an = an &* 10 &+ (Int64(a[ai].value) &- 48)
                ai += 1
            }
            var bi = i
            while bi < b.count && isDigit(b[bi]) {
                bn = bn &* 10 &+ (Int64(b[bi].value) &- 48)
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return a[i].value < b[i].value
        }
        return a.count < b.count
    }

    /// Go's `unicode.IsLetter`: general categories L*.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`: ASCII digits in Latin-1, category Nd beyond.
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value <= 0xFF { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.generalCategory == .decimalNumber
    }
}
