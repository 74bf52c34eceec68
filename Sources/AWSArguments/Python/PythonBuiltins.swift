/// Python's `int(x)`, `float(x)` and `bool(x)` over any value aws-cli may hand them.
enum PythonBuiltins {
    static func int(_ value: PythonValue) -> Result<PythonValue, PythonError> {
        switch value {
        case .str(let s): return PythonNumbers.int(s)
        case .bytes(let b): return PythonNumbers.int(bytes: b)
        case .int, .bigInt: return .success(value)
        case .bool(let b): return .success(.int(b ? 1 : 0))
        case .float(let d):
            if d.isNaN { return .failure(.valueError("cannot convert float NaN to integer")) }
            if d.isInfinite { return .failure(.valueError("cannot convert float infinity to integer")) }
            let truncated = d.rounded(.towardZero)
            if let i = Int(exactly: truncated) { return .success(.int(i)) }
            return .success(.bigInt(String(format: truncated)))
        case .list, .dict, .none:
            return .failure(.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeShortName(value))'"))
        }
    }

    static func float(_ value: PythonValue) -> Result<Double, PythonError> {
        switch value {
        case .str(let s): return PythonNumbers.float(s)
        case .bytes(let b): return PythonNumbers.float(bytes: b)
        case .float(let d): return .success(d)
        case .int(let i): return .success(Double(i))
        case .bigInt(let text): return .success(Double(text) ?? .infinity)
        case .bool(let b): return .success(b ? 1 : 0)
        case .list, .dict, .none:
            return .failure(.typeError("float() argument must be a string or a real number, not '\(typeShortName(value))'"))
        }
    }

    /// `bool(x)`: Python truthiness.
    static func truthy(_ value: PythonValue) -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .list(let l): return !l.isEmpty
        case .dict(let d): return !d.isEmpty
        }
    }

    /// `type(x).__name__`.
    static func typeShortName(_ value: PythonValue) -> String {
        switch value {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .str: return "str"
        case .bytes: return "bytes"
        case .list: return "list"
        case .dict(let d): return d.isOrdered ? "OrderedDict" : "dict"
        }
    }

    private static func String(format value: Double) -> Swift.String {
        // Whole doubles beyond Int64: print every digit, as Python's int(float) keeps them.
        var digits: [UInt8] = []
        var v = abs(value)
        while v >= 1 {
            let q = (v / 10).rounded(.towardZero)
            let r = v - q * 10
            digits.append(UInt8(ascii: "0") + UInt8(max(0, min(9, r))))
            v = q
        }
        return (value < 0 ? "-" : "") + Swift.String(decoding: digits.reversed(), as: UTF8.self)
    }
}
