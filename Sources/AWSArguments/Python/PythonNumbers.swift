/// Python's `int(text)` and `float(text)`, with the exact `ValueError` wording.
///
/// aws-cli converts integer parameters with `int(value)` and shorthand numbers with
/// `int()`/`float()`, so their leniency is part of the CLI: surrounding whitespace, a `+` sign,
/// `1_000`, and any Unicode decimal digit (`'٣'` is 3) are accepted, while `'1.0'` is not an int.
/// On failure aws-cli prints the `ValueError` text verbatim.
enum PythonNumbers {
    /// Python's `sys.int_max_str_digits` default.
    static let maxIntDigits = 4300

    /// `int(text)`; the error is the `ValueError` message.
    static func int(_ text: String) -> Result<PythonValue, PythonError> {
        int(transform(text), original: PythonRepr.string(text))
    }

    /// `int(data)` for bytes (no Unicode digit folding).
    static func int(bytes: [UInt8]) -> Result<PythonValue, PythonError> {
        int(bytes.map { UInt8($0) }, original: PythonRepr.bytes(bytes))
    }

    private static func int(_ chars: [UInt8], original: String) -> Result<PythonValue, PythonError> {
        let failure = PythonError.valueError("invalid literal for int() with base 10: " + truncated(original, 200))
        var i = 0
        while i < chars.count, isCSpace(chars[i]) { i += 1 }
        var negative = false
        if i < chars.count, chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-") {
            negative = chars[i] == UInt8(ascii: "-")
            i += 1
        }
        var digits: [UInt8] = []
        guard i < chars.count, isDigit(chars[i]) else { return .failure(failure) }
        while i < chars.count {
            let c = chars[i]
            if isDigit(c) {
                digits.append(c)
                i += 1
            } else if c == UInt8(ascii: "_"), i + 1 < chars.count, isDigit(chars[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        while i < chars.count, isCSpace(chars[i]) { i += 1 }
        guard i == chars.count else { return .failure(failure) }
        if digits.count > maxIntDigits {
            return .failure(.valueError("Exceeds the limit (\(maxIntDigits) digits) for integer string conversion: "
                + "value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit"))
        }
        return .success(integer(digits: digits, negative: negative))
    }

    /// An int from ASCII digits, as `.int` when it fits and `.bigInt` otherwise.
    static func integer(digits: [UInt8], negative: Bool) -> PythonValue {
        var significant = ArraySlice(digits)
        while significant.count > 1, significant.first == UInt8(ascii: "0") { significant.removeFirst() }
        let text = String(decoding: significant, as: UTF8.self)
        let isZero = text == "0"
        let signed = (negative && !isZero ? "-" : "") + text
        if let value = Int(signed) { return .int(value) }
        return .bigInt(signed)
    }

    /// `float(text)`; the error is the `ValueError` message.
    static func float(_ text: String) -> Result<Double, PythonError> {
        float(transform(text), original: PythonRepr.string(text))
    }

    static func float(bytes: [UInt8]) -> Result<Double, PythonError> {
        float(bytes, original: PythonRepr.bytes(bytes))
    }

    private static func float(_ chars: [UInt8], original: String) -> Result<Double, PythonError> {
        let failure = PythonError.valueError("could not convert string to float: " + original)
        var start = 0
        var end = chars.count
        while start < end, isCSpace(chars[start]) { start += 1 }
        while start < end - 1, isCSpace(chars[end - 1]) { end -= 1 }
        var body = Array(chars[start..<end])
        if body.contains(UInt8(ascii: "_")) {
            // Underscores are only allowed between two digits.
            var cleaned: [UInt8] = []
            for (i, c) in body.enumerated() {
                if c == UInt8(ascii: "_") {
                    guard i > 0, i + 1 < body.count, isDigit(body[i - 1]), isDigit(body[i + 1]) else {
                        return .failure(failure)
                    }
                } else {
                    cleaned.append(c)
                }
            }
            body = cleaned
        }
        guard let value = parseDouble(body) else { return .failure(failure) }
        return .success(value)
    }

    /// C's `strtod` grammar as Python's `PyOS_string_to_double` accepts it (no hex floats).
    private static func parseDouble(_ chars: [UInt8]) -> Double? {
        var i = 0
        var negative = false
        if i < chars.count, chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-") {
            negative = chars[i] == UInt8(ascii: "-")
            i += 1
        }
        let rest = String(decoding: chars[i...], as: UTF8.self).lowercased()
        if rest == "inf" || rest == "infinity" { return negative ? -.infinity : .infinity }
        if rest == "nan" { return negative ? -.nan : .nan }
        var sawDigits = false
        while i < chars.count, isDigit(chars[i]) {
            i += 1
            sawDigits = true
        }
        if i < chars.count, chars[i] == UInt8(ascii: ".") {
            i += 1
            while i < chars.count, isDigit(chars[i]) {
                i += 1
                sawDigits = true
            }
        }
        guard sawDigits else { return nil }
        if i < chars.count, chars[i] == UInt8(ascii: "e") || chars[i] == UInt8(ascii: "E") {
            i += 1
            if i < chars.count, chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-") { i += 1 }
            guard i < chars.count, isDigit(chars[i]) else { return nil }
            while i < chars.count, isDigit(chars[i]) { i += 1 }
        }
        guard i == chars.count else { return nil }
        return Double(String(decoding: chars, as: UTF8.self))
    }

    /// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace becomes a
    /// space, Unicode decimal digits become ASCII digits, anything else non-ASCII becomes `?`.
    private static func transform(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { c -> UInt8 in
            if PythonText.isSpace(c) { return UInt8(ascii: " ") }
            if c.isASCII { return UInt8(c.value) }
            if c.properties.numericType == .decimal, let v = c.properties.numericValue, v >= 0, v <= 9 {
                return UInt8(ascii: "0") + UInt8(v)
            }
            return UInt8(ascii: "?")
        }
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    /// C `isspace` in the "C" locale (Python's `Py_ISSPACE`).
    private static func isCSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    /// Python's `%.200R`: the repr cut to at most that many characters.
    private static func truncated(_ s: String, _ limit: Int) -> String {
        let scalars = s.unicodeScalars
        guard scalars.count > limit else { return s }
        return String(String.UnicodeScalarView(scalars.prefix(limit)))
    }
}

/// An exception raised by Python code on aws-cli's path, by its printed text.
enum PythonError: Error, Equatable {
    case valueError(String)
    case typeError(String)
    case attributeError(String)

    var message: String {
        switch self {
        case .valueError(let m), .typeError(let m), .attributeError(let m): return m
        }
    }
}
