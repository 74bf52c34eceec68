import JSONValue

/// Truthiness, equality, ordering and type names as Python `jmespath` evaluates them.
///
/// The JMESPath specification leaves room that Python fills in its own way (string ordering,
/// `[1] == [true]` being true, `TypeError` for `1 < 'a'`); aws-cli users see Python's answer, so
/// that is the one implemented here. Strings compare by Unicode scalar, as Python's `str` does,
/// not by Swift's canonical equivalence.
enum PythonSemantics {
    /// JMESPath falsiness: `""`, `[]`, `{}`, `null` and `false`; every number is true.
    static func isTruthy(_ value: JSON) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        case .int, .double: return true
        }
    }

    /// The `==` comparator: Python's `==`, except that a top-level boolean never equals a number.
    static func jmespathEquals(_ a: JSON, _ b: JSON) -> Bool {
        switch (a, b) {
        case (.bool, .int), (.bool, .double), (.int, .bool), (.double, .bool): return false
        default: return pythonEquals(a, b)
        }
    }

    /// Python's `==` between the objects `json.loads` produces: `True == 1` inside containers,
    /// exact int/float comparison, order-insensitive dicts.
    static func pythonEquals(_ a: JSON, _ b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.string(x), .string(y)): return sameScalars(x, y)
        case let (.bool(x), .bool(y)): return x == y
        case let (.bool(x), _): return PythonNumbers.compare(.int(x ? 1 : 0), b) == 0
        case let (_, .bool(y)): return PythonNumbers.compare(a, .int(y ? 1 : 0)) == 0
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            return PythonNumbers.compare(a, b) == 0
        case let (.array(x), .array(y)):
            guard x.count == y.count else { return false }
            for (p, q) in zip(x, y) where !pythonEquals(p, q) { return false }
            return true
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            for (key, value) in x.pairs {
                guard let other = member(y, key), pythonEquals(value, other) else { return false }
            }
            return true
        default: return false
        }
    }

    /// String equality by Unicode scalars. `==` first: it is fast and implies canonical equivalence,
    /// which is necessary (but not sufficient) for scalar equality.
    static func sameScalars(_ a: String, _ b: String) -> Bool {
        a == b && a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// Python string ordering (by code point), which UTF-8 byte order preserves.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// An object's member by exact key, as a Python dict lookup.
    static func member(_ object: JSONObject, _ key: String) -> JSON? {
        for entry in object.entries where sameScalars(entry.key, key) { return entry.value }
        return nil
    }

    /// The JMESPath type name (`number`, `string`, ...), used in `type()` and type errors.
    static func typeName(_ value: JSON) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The Python class name (`int`, `str`, `NoneType`, ...), which some Python messages print instead.
    static func pythonTypeName(_ value: JSON) -> String {
        switch value {
        case .null: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .double: return "float"
        case .string: return "str"
        case .array: return "list"
        case .object: return "dict"
        }
    }
}
