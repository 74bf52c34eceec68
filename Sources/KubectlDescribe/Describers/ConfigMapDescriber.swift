import JSONValue

/// `kubectl describe configmap`. kubectl ranges over Go maps here, so with several keys its
/// order is random from run to run; this prints keys sorted (one of kubectl's orders, and the
/// one the goldens were recorded in).
enum ConfigMapDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        w.write(0, "\nData\n====\n")
        for (k, v) in ctx.object["data"].members.sorted(by: { goLess($0.key, $1.key) }) {
            w.write(0, "\(k):\n----\n")
            w.write(0, "\(v.str)\n")
            w.write(0, "\n")
        }
        w.write(0, "\nBinaryData\n====\n")
        for (k, v) in ctx.object["binaryData"].members.sorted(by: { goLess($0.key, $1.key) }) {
            w.write(0, "\(k): \(Base64.decodedLength(v.str)) bytes\n")
        }
        w.write(0, "\n")
        ctx.events(w)
    }
}

/// Base64 as the API server encodes `[]byte` fields (standard alphabet, padded).
enum Base64 {
    static func decodedLength(_ s: String) -> Int {
        decode(s).count
    }

    static func decode(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = 0, bits = 0
        for c in s.utf8 {
            let v: Int
            switch c {
            case 65...90: v = Int(c) - 65
            case 97...122: v = Int(c) - 71
            case 48...57: v = Int(c) + 4
            case 43, 45: v = 62
            case 47, 95: v = 63
            default: continue
            }
            buffer = (buffer << 6) | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> bits) & 0xFF))
            }
        }
        return out
    }
}
