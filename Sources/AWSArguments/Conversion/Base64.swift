/// Base64 as Python's `base64` module does it, without Foundation.
///
/// aws-cli v2 decodes blob parameters given as text with `base64.b64decode(value)` (no
/// `validate=True`), which silently skips characters outside the alphabet and stops at the first
/// complete padding; only a bad length or missing padding is an error. Reproducing that leniency
/// matters because users paste base64 with line breaks and get no error from the real CLI.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = (UInt32(bytes[i]) << 16) | (UInt32(bytes[i + 1]) << 8) | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18)], alphabet[Int((n >> 12) & 63)], alphabet[Int((n >> 6) & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18)], alphabet[Int((n >> 12) & 63)], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = (UInt32(bytes[i]) << 16) | (UInt32(bytes[i + 1]) << 8)
            out += [alphabet[Int(n >> 18)], alphabet[Int((n >> 12) & 63)], alphabet[Int((n >> 6) & 63)], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }

    enum DecodeFailure: Error, Equatable {
        /// `ValueError('string argument should contain only ASCII characters')`.
        case nonASCII
        /// `binascii.Error` (bad padding or length); aws-cli only says "Invalid base64".
        case invalid
    }

    /// `base64.b64decode(text)`: binascii's non-strict `a2b_base64`.
    static func pythonDecode(_ text: String) -> Result<[UInt8], DecodeFailure> {
        var out: [UInt8] = []
        var quadPosition = 0
        var leftChar: UInt32 = 0
        var pads = 0
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else { return .failure(.nonASCII) }
            if scalar == "=" {
                // A pad completing a quad ends the data; later input is ignored.
                if quadPosition >= 2 {
                    pads += 1
                    if quadPosition + pads >= 4 { return .success(out) }
                }
                continue
            }
            guard let value = sextet(UInt8(scalar.value)) else { continue }
            pads = 0
            switch quadPosition {
            case 0:
                quadPosition = 1
                leftChar = value
            case 1:
                quadPosition = 2
                out.append(UInt8(truncatingIfNeeded: (leftChar << 2) | (value >> 4)))
                leftChar = value & 0x0F
            case 2:
                quadPosition = 3
                out.append(UInt8(truncatingIfNeeded: (leftChar << 4) | (value >> 2)))
                leftChar = value & 0x03
            default:
                quadPosition = 0
                out.append(UInt8(truncatingIfNeeded: (leftChar << 6) | value))
                leftChar = 0
            }
        }
        return quadPosition == 0 ? .success(out) : .failure(.invalid)
    }

    private static func sextet(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt32(c - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt32(c - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0")) + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
