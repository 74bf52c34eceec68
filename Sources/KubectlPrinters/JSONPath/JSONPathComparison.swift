import JSONValue

/// The comparisons of JSONPath filters, with Go `text/template`'s typing rules (client-go uses a
/// fork of them): integers and floats never compare with each other (`?(@.replicas > 1.5)`
/// fails with `incompatible types for comparison`), booleans only support `==`/`!=`, and
/// strings compare by bytes.
enum JSONPathComparison {
    private enum Kind { case bool, int, uint, float, string }

    private static let badType = "invalid type for comparison"
    private static let incompatible = "incompatible types for comparison"

    /// Applies `op` to `left` and `right`; the error text is what kubectl reports.
    static func compare(_ op: String, _ left: JSONPathValue, _ right: JSONPathValue) -> Result<Bool, JSONPathFailure> {
        switch op {
        case "<": return less(left, right)
        case ">":
            return lessOrEqual(left, right).map { !$0 }
        case "==": return equal(left, right)
        case "!=": return equal(left, right).map { !$0 }
        case "<=": return lessOrEqual(left, right)
        case ">=": return less(left, right).map { !$0 }
        default: return .failure(JSONPathFailure("unrecognized filter operator \(op)"))
        }
    }

    private static func kind(_ value: JSONPathValue) -> Kind? {
        switch value {
        case .byte: return .uint
        case .json(.bool): return .bool
        case .json(.int): return .int
        case .json(.double): return .float
        case .json(.string): return .string
        default: return nil
        }
    }

    private static func equal(_ a: JSONPathValue, _ b: JSONPathValue) -> Result<Bool, JSONPathFailure> {
        guard let k1 = kind(a), let k2 = kind(b) else { return .failure(JSONPathFailure(badType)) }
        if k1 != k2 {
            switch (a, b) {
            case let (.json(.int(i)), .byte(u)): return .success(i >= 0 && UInt64(i) == UInt64(u))
            case let (.byte(u), .json(.int(i))): return .success(i >= 0 && UInt64(u) == UInt64(i))
            default: return .failure(JSONPathFailure(incompatible))
            }
        }
        switch (a, b) {
        case let (.json(.bool(x)), .json(.bool(y))): return .success(x == y)
        case let (.json(.int(x)), .json(.int(y))): return .success(x == y)
        case let (.json(.double(x)), .json(.double(y))): return .success(x == y)
        case let (.json(.string(x)), .json(.string(y))): return .success(x.utf8.elementsEqual(y.utf8))
        case let (.byte(x), .byte(y)): return .success(x == y)
        default: return .failure(JSONPathFailure(badType))
        }
    }

    private static func less(_ a: JSONPathValue, _ b: JSONPathValue) -> Result<Bool, JSONPathFailure> {
        guard let k1 = kind(a), let k2 = kind(b) else { return .failure(JSONPathFailure(badType)) }
        if k1 != k2 {
            switch (a, b) {
            case let (.json(.int(i)), .byte(u)): return .success(i < 0 || UInt64(i) < UInt64(u))
            case let (.byte(u), .json(.int(i))): return .success(i >= 0 && UInt64(u) < UInt64(i))
            default: return .failure(JSONPathFailure(incompatible))
            }
        }
        switch (a, b) {
        case let (.json(.int(x)), .json(.int(y))): return .success(x < y)
        case let (.json(.double(x)), .json(.double(y))): return .success(x < y)
        case let (.json(.string(x)), .json(.string(y))): return .success(x.utf8.lexicographicallyPrecedes(y.utf8))
        case let (.byte(x), .byte(y)): return .success(x < y)
        default: return .failure(JSONPathFailure(badType))  // booleans have no order
        }
    }

    private static func lessOrEqual(_ a: JSONPathValue, _ b: JSONPathValue) -> Result<Bool, JSONPathFailure> {
        switch less(a, b) {
        case .failure(let error): return .failure(error)
        case .success(true): return .success(true)
        case .success(false): return equal(a, b)
        }
    }
}

/// An execution failure inside the engine: Go's `err.Error()` text, or the message of a Go
/// runtime panic that would crash kubectl.
struct JSONPathFailure: Error, Equatable {
    var message: String
    var isPanic = false
    init(_ message: String, isPanic: Bool = false) {
        self.message = message
        self.isPanic = isPanic
    }
}
