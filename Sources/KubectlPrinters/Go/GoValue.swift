import JSONValue

/// A Go value as `reflect` sees it while a template runs over kubectl's data.
///
/// kubectl hands templates the object decoded into `map[string]interface{}`: objects are
/// `map[string]interface {}`, arrays `[]interface {}`, whole numbers `int64`, other numbers
/// `float64`. Template literals add `int`, `float64`, `complex128`, `string` and `bool`;
/// indexing a string gives a `uint8` byte. What Go prints and which errors it raises depend on
/// these types, so they are kept: `.interface` is a value whose static type is `interface {}`
/// (what a map or slice element is until a pipeline unwraps it), `.invalid` is the zero
/// `reflect.Value` (a missing key: `<no value>`).
///
/// Strings are bytes, as in Go: slicing or indexing one can split a UTF-8 sequence.
indirect enum GoValue: Sendable {
    case invalid
    /// `interface {}` holding a value, or nil.
    case interface(GoValue?)
    case bool(Bool)
    case int(Int)
    case int64(Int64)
    case uint8(UInt8)
    case float64(Double)
    case complex128(Double, Double)
    case string([UInt8])
    /// `map[string]interface {}`.
    case map(JSONObject)
    /// `[]interface {}`.
    case slice([JSON])

    static func string(_ s: String) -> GoValue { .string(Array(s.utf8)) }

    /// An element of a map or slice: statically `interface {}`.
    static func element(_ json: JSON) -> GoValue { .interface(concrete(json)) }

    /// The dynamic value behind a JSON value; nil for JSON null.
    static func concrete(_ json: JSON) -> GoValue? {
        switch json {
        case .null: return nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .int64(Int64(i))
        case .double(let d): return .float64(d)
        case .string(let s): return .string(Array(s.utf8))
        case .array(let items): return .slice(items)
        case .object(let object): return .map(object)
        }
    }

    var isValid: Bool {
        if case .invalid = self { return false }
        return true
    }

    /// `reflect.Type.String()` of the value's static type (meaningless for `.invalid`).
    var typeName: String {
        switch self {
        case .invalid: return "<nil>"
        case .interface: return "interface {}"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .float64: return "float64"
        case .complex128: return "complex128"
        case .string: return "string"
        case .map: return "map[string]interface {}"
        case .slice: return "[]interface {}"
        }
    }

    /// Go's `indirectInterface`: the value inside an interface (`.invalid` for a nil one).
    var indirectInterface: GoValue {
        if case .interface(let inner) = self { return inner ?? .invalid }
        return self
    }

    /// Go's `indirect`: through interfaces to a concrete value, or the nil interface and true.
    var indirect: (value: GoValue, isNil: Bool) {
        if case .interface(let inner) = self {
            guard let inner else { return (self, true) }
            return inner.indirect
        }
        return (self, false)
    }

    /// What a function parameter of type `interface {}` receives: the dynamic value, or nil.
    var asInterfaceArgument: GoValue? {
        switch self {
        case .invalid: return nil
        case .interface(let inner): return inner
        default: return self
        }
    }

    /// `len` of strings (bytes), maps and slices.
    var length: Int? {
        switch self {
        case .string(let s): return s.count
        case .map(let m): return m.count
        case .slice(let items): return items.count
        default: return nil
        }
    }

    /// Go's `isTrue`: how `if`, `with`, `and`, `or` and `not` judge a value (empty and zero
    /// values, nil and missing ones are false). Every kind a template meets here has a truth.
    var truth: Bool {
        switch self {
        case .invalid: return false
        case .interface(let inner): return inner != nil
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .int64(let i): return i != 0
        case .uint8(let u): return u != 0
        case .float64(let d): return d != 0
        case .complex128(let re, let im): return re != 0 || im != 0
        case .string(let s): return !s.isEmpty
        case .map(let m): return !m.isEmpty
        case .slice(let items): return !items.isEmpty
        }
    }

    /// The value as JSON, for the debug dump kubectl prints after a failed template.
    var json: JSON {
        switch self {
        case .invalid, .interface(nil): return .null
        case .interface(let inner?): return inner.json
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .int64(let i): return .int(Int(i))
        case .uint8(let u): return .int(Int(u))
        case .float64(let d): return .double(d)
        case .complex128(let re, _): return .double(re)
        case .string(let s): return .string(String(decoding: s, as: UTF8.self))
        case .map(let m): return .object(m)
        case .slice(let items): return .array(items)
        }
    }
}
