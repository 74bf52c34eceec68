import JSONValue

/// A value as client-go's JSONPath engine holds it: a Go `reflect.Value` over unstructured
/// content. Two Go-isms survive into what kubectl prints, so they are kept apart here:
/// - ranging over a `null` element hands the engine a zero `reflect.Value` (`invalid`), which
///   prints as `<no value>` where `{.x}` on a null prints `null`;
/// - `[*]` and `..` over a string step through its UTF-8 bytes (`uint8`), printed as numbers.
enum JSONPathValue: Sendable, Equatable {
    case invalid
    /// `.null` is a nil `interface{}`: present, but skipped when stepping into it.
    case json(JSON)
    case byte(UInt8)

    /// True for a nil `interface{}` (Go's `template.Indirect` reports it as nil).
    var isNil: Bool {
        if case .json(.null) = self { return true }
        return false
    }

    /// What `value.Interface()` then `reflect.ValueOf` gives back: a nil interface becomes the
    /// zero `reflect.Value`. This is how `{range}` hands each element to the rest of the template.
    var reboxed: JSONPathValue {
        isNil ? .invalid : self
    }

    /// The members a wildcard or recursive descent steps into. Map members come in key order;
    /// Go visits them in random order, so any order is one kubectl could print.
    var children: [JSONPathValue] {
        switch self {
        case .json(.object(let object)): return object.sortedPairs.map { .json($0.value) }
        case .json(.array(let items)): return items.map { .json($0) }
        case .json(.string(let s)): return s.utf8.map { .byte($0) }
        default: return []
        }
    }

    /// Go's type name, as in `string is not array or slice`.
    var goTypeName: String {
        switch self {
        case .invalid: return "<invalid reflect.Value>"
        case .byte: return "uint8"
        case .json(let json):
            switch json {
            case .null: return "interface {}"
            case .bool: return "bool"
            case .int: return "int64"
            case .double: return "float64"
            case .string: return "string"
            case .array: return "[]interface {}"
            case .object: return "map[string]interface {}"
            }
        }
    }

    /// `fmt.Sprint` of the value (`%v` of a `reflect.Value` prints what it holds).
    var goDescription: String {
        switch self {
        case .invalid: return "<invalid reflect.Value>"
        case .byte(let b): return String(b)
        case .json(let json): return GoFormat.sprint(json)
        }
    }

    /// The value as JSON, for `jsonpath-as-json` and for callers; bytes become numbers.
    var json: JSON? {
        switch self {
        case .invalid: return nil
        case .byte(let b): return .int(Int(b))
        case .json(let json): return json
        }
    }
}
