/// A JSON value whose objects keep their keys in insertion order.
///
/// Every surface in Shipyard speaks JSON: the Kubernetes API takes and returns objects, AWS
/// operations take an input document and return an output document, and the printers of
/// kubectl and aws-cli render from it. Order matters because both tools print keys in the
/// order the server sent them, so a plain `[String: Any]` would lose fidelity.
///
/// Integers and floating-point numbers are kept apart because Python (aws-cli) prints
/// `1` and `1.0` differently; they still compare equal, as JSON and JMESPath require.
public enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object(JSONObject)
}

extension JSON: Equatable {
    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.int(a), .double(b)): return Double(a) == b
        case let (.double(a), .int(b)): return a == Double(b)
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        default: return false
        }
    }
}

extension JSON: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(Double(i))
        case .double(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o): hasher.combine(o)
        }
    }
}

// MARK: - Reading

extension JSON {
    /// The member `key` of an object, or `.null` for anything else; chains like `pod["spec"]["nodeName"]`.
    /// Assigning `.null` stores an explicit null; use `JSONObject.removeValue` to drop a member.
    public subscript(key: String) -> JSON {
        get {
            if case .object(let object) = self { return object[key] ?? .null }
            return .null
        }
        _modify {
            // Assigning into null makes an object, so nested paths can be built in one go;
            // assigning into any other non-object is ignored.
            var object: JSONObject
            switch self {
            case .object(let existing): object = existing
            case .null: object = JSONObject()
            default:
                var ignored = JSON.null
                yield &ignored
                return
            }
            self = .null  // release the payload so the object is uniquely referenced (no copy on write)
            defer { self = .object(object) }
            yield &object[member: key]
        }
    }

    /// Removes member `key` from an object (no-op otherwise).
    public mutating func remove(_ key: String) {
        guard case .object(var object) = self else { return }
        self = .null
        object.removeValue(forKey: key)
        self = .object(object)
    }

    /// Sets member `key`, or removes it when `value` is nil.
    public mutating func set(_ key: String, _ value: JSON?) {
        if let value { self[key] = value } else { remove(key) }
    }

    /// Element `index` of an array, or `.null` when out of range or not an array; assigning
    /// out of range (or into a non-array) is ignored.
    public subscript(index: Int) -> JSON {
        get {
            if case .array(let items) = self, items.indices.contains(index) { return items[index] }
            return .null
        }
        _modify {
            guard case .array(var items) = self, items.indices.contains(index) else {
                var ignored = JSON.null
                yield &ignored
                return
            }
            self = .null
            var item = items[index]
            items[index] = .null
            defer {
                items[index] = item
                self = .array(items)
            }
            yield &item
        }
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var int: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e18: return Int(d)
        default: return nil
        }
    }

    public var double: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var array: [JSON]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var object: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// True for `null`, empty strings, arrays and objects: what Kubernetes' `omitempty` drops.
    public var isEmptyValue: Bool {
        switch self {
        case .null: return true
        case .string(let s): return s.isEmpty
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        default: return false
        }
    }

    /// The value at a path of object keys, e.g. `["metadata", "labels", "app"]`.
    public func value(at path: [String]) -> JSON {
        var current = self
        for key in path { current = current[key] }
        return current
    }

    /// Sets the value at a path of object keys, creating intermediate objects as needed.
    public mutating func setValue(_ value: JSON, at path: [String]) {
        guard let first = path.first else {
            self = value
            return
        }
        if case .object = self {} else { self = .object(JSONObject()) }
        var child = self[first]
        child.setValue(value, at: Array(path.dropFirst()))
        self[first] = child
    }
}

// MARK: - Literals

// Not ExpressibleByNilLiteral: with it, `cond ? nil : json` silently builds `.some(.null)`.
extension JSON: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) {
        self = .object(JSONObject(elements))
    }
}
