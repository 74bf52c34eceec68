/// The comparison functions `eq`, `lt` and `le` (`ne`, `gt`, `ge` derive from them), with
/// Go's rules: only basic kinds of the same kind compare (`int64` 3 equals `int` 3, but not
/// `float64` 3), signed and unsigned integers mix, and nil compares equal to nil.
enum GoTemplateComparison {
    private enum Kind { case invalid, bool, complex, int, float, string, uint }

    private static let badComparisonType = GoTemplateFunctions.CallError(message: "invalid type for comparison")
    private static let badComparison = GoTemplateFunctions.CallError(message: "incompatible types for comparison")

    private static func basicKind(_ v: GoValue) -> Kind {
        switch v {
        case .bool: return .bool
        case .int, .int64: return .int
        case .uint8: return .uint
        case .float64: return .float
        case .complex128: return .complex
        case .string: return .string
        default: return .invalid
        }
    }

    private static func int(_ v: GoValue) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        default: return 0
        }
    }

    private static func uint(_ v: GoValue) -> UInt64 {
        if case .uint8(let u) = v { return UInt64(u) }
        return 0
    }

    /// `%s` (or `verb`) of a value, as Go's comparison errors print it.
    private static func s(_ v: GoValue, verb: String = "%s") -> String {
        String(decoding: GoFmt.sprintf(Array(verb.utf8), [v.asInterfaceArgument]), as: UTF8.self)
    }

    static func eq(_ arg1: GoValue, _ rest: [GoValue]) -> Result<Bool, GoTemplateFunctions.CallError> {
        let a = arg1.indirectInterface
        guard !rest.isEmpty else {
            return .failure(GoTemplateFunctions.CallError(message: "missing argument for comparison"))
        }
        let k1 = basicKind(a)
        for raw in rest {
            let b = raw.indirectInterface
            let k2 = basicKind(b)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint): truth = int(a) >= 0 && UInt64(int(a)) == uint(b)
                case (.uint, .int): truth = int(b) >= 0 && uint(a) == UInt64(int(b))
                default:
                    if a.isValid && b.isValid { return .failure(badComparison) }
                }
            } else {
                switch (a, b) {
                case (.bool(let x), .bool(let y)): truth = x == y
                case (.complex128(let r1, let i1), .complex128(let r2, let i2)): truth = r1 == r2 && i1 == i2
                case (.float64(let x), .float64(let y)): truth = x == y
                case (.string(let x), .string(let y)): truth = x == y
                case (.uint8(let x), .uint8(let y)): truth = x == y
                default:
                    if k1 == .int {
                        truth = int(a) == int(b)
                    } else if a.isValid && b.isValid {
                        // Maps and slices: Go can compare neither.
                        if a.typeName != b.typeName {
                            return .failure(GoTemplateFunctions.CallError(
                                message: "non-comparable types \(s(a)): \(a.typeName), \(b.typeName): \(s(b, verb: "%v"))"))
                        }
                        return .failure(GoTemplateFunctions.CallError(message: "non-comparable type \(s(b)): \(b.typeName)"))
                    } else {
                        truth = a.isValid == b.isValid
                    }
                }
            }
            if truth { return .success(true) }
        }
        return .success(false)
    }

    static func lt(_ arg1: GoValue, _ arg2: GoValue) -> Result<Bool, GoTemplateFunctions.CallError> {
        let a = arg1.indirectInterface
        let k1 = basicKind(a)
        if k1 == .invalid { return .failure(badComparisonType) }
        let b = arg2.indirectInterface
        let k2 = basicKind(b)
        if k2 == .invalid { return .failure(badComparisonType) }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint): return .success(int(a) < 0 || UInt64(int(a)) < uint(b))
            case (.uint, .int): return .success(int(b) >= 0 && uint(a) < UInt64(int(b)))
            default: return .failure(badComparison)
            }
        }
        switch (a, b) {
        case (.float64(let x), .float64(let y)): return .success(x < y)
        case (.string(let x), .string(let y)): return .success(x.lexicographicallyPrecedes(y))
        case (.uint8(let x), .uint8(let y)): return .success(x < y)
        default:
            if k1 == .int { return .success(int(a) < int(b)) }
            return .failure(badComparisonType)  // bool, complex
        }
    }

    static func le(_ arg1: GoValue, _ arg2: GoValue) -> Result<Bool, GoTemplateFunctions.CallError> {
        switch lt(arg1, arg2) {
        case .failure(let error): return .failure(error)
        case .success(true): return .success(true)
        case .success(false): return eq(arg1, [arg2])
        }
    }
}
