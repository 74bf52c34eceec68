/// Go's `base64.StdEncoding.DecodeString`, strict about what it accepts the way Go is:
/// padding required, line breaks ignored, anything else reported as
/// `illegal base64 data at input byte N` (kubectl's `base64decode` template function).
enum GoBase64 {
    struct CorruptInput: Error {
        var offset: Int
        var message: String { "illegal base64 data at input byte \(offset)" }
    }

    private static let decodeMap: [UInt8] = {
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            map[Int(c)] = UInt8(i)
        }
        return map
    }()

    static func decodeStd(_ src: [UInt8]) -> Result<[UInt8], CorruptInput> {
        var out: [UInt8] = []
        var si = 0
        while si < src.count {
            switch decodeQuantum(src, &si, into: &out) {
            case .failure(let error): return .failure(error)
            case .success(let done): if done { return .success(out) }
            }
        }
        return .success(out)
    }

    private static func isNewline(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }

    /// Decodes up to four symbols at `si`; true when input ended cleanly (after padding).
    private static func decodeQuantum(_ src: [UInt8], _ si: inout Int, into out: inout [UInt8])
        -> Result<Bool, CorruptInput>
    {
        var dbuf = [UInt8](repeating: 0, count: 4)
        var dlen = 4
        var finished = false
        var j = 0
        quantum: while j < 4 {
            if si == src.count {
                if j == 0 { return .success(true) }
                return .failure(CorruptInput(offset: si - j))
            }
            let c = src[si]
            si += 1
            let value = decodeMap[Int(c)]
            if value != 0xFF {
                dbuf[j] = value
                j += 1
                continue
            }
            if isNewline(c) { continue }
            if c != UInt8(ascii: "=") { return .failure(CorruptInput(offset: si - 1)) }
            // Padding: the end of the data.
            switch j {
            case 0, 1:
                return .failure(CorruptInput(offset: si - 1))
            case 2:
                while si < src.count && isNewline(src[si]) { si += 1 }
                if si == src.count { return .failure(CorruptInput(offset: src.count)) }
                if src[si] != UInt8(ascii: "=") { return .failure(CorruptInput(offset: si - 1)) }
                si += 1
            default:
                break
            }
            while si < src.count && isNewline(src[si]) { si += 1 }
            if si < src.count { return .failure(CorruptInput(offset: si)) }  // trailing garbage
            dlen = j
            finished = true
            break quantum
        }
        let val = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
        let bytes = [UInt8(truncatingIfNeeded: val >> 16), UInt8(truncatingIfNeeded: val >> 8), UInt8(truncatingIfNeeded: val)]
        out += bytes.prefix(dlen - 1)
        return .success(finished)
    }
}
