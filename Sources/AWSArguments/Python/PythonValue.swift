import JSONValue

/// A value as aws-cli's Python code holds it between reading the command line and sending the
/// request.
///
/// `JSON` cannot say everything that shows in aws-cli's output: botocore's validation messages
/// print Python's `repr` and `type()` of a bad value, so a dict from shorthand
/// (`{'a': 'b'}`, `<class 'dict'>`) must stay distinguishable from one `json.loads` built with
/// `object_pairs_hook=OrderedDict` (`OrderedDict({'a': 'b'})`), `1` from `1.0`, `True` from `1`,
/// and `bytes` (from `fileb://` or base64-decoded blobs) from `str`.
public enum PythonValue: Sendable, Equatable {
    case none
    case bool(Bool)
    /// A Python `int` that fits in 64 bits.
    case int(Int)
    /// A Python `int` beyond 64 bits, as canonical decimal text (`-` and digits, no leading zeros).
    case bigInt(String)
    case float(Double)
    case str(String)
    case bytes([UInt8])
    case list([PythonValue])
    case dict(PythonDict)
}

/// A Python `dict` (or `collections.OrderedDict`) with string keys, in insertion order.
public struct PythonDict: Sendable, Equatable {
    public private(set) var keys: [String] = []
    public private(set) var values: [PythonValue] = []
    /// True for `collections.OrderedDict`, which is what aws-cli's JSON decoding produces.
    public var isOrdered: Bool
    /// Key → position, so objects with very many keys (a large `file://` document) stay linear.
    private var positions: [CodePoints: Int] = [:]

    public init(ordered: Bool = false) { isOrdered = ordered }

    public init(_ pairs: [(String, PythonValue)], ordered: Bool = false) {
        isOrdered = ordered
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }
    public var pairs: [(key: String, value: PythonValue)] { zip(keys, values).map { (key: $0, value: $1) } }

    /// Like Python: assigning an existing key keeps its position; a new key goes last.
    public subscript(key: String) -> PythonValue? {
        get { positions[CodePoints(key)].map { values[$0] } }
        set {
            let k = CodePoints(key)
            if let i = positions[k] {
                if let newValue {
                    values[i] = newValue
                } else {
                    keys.remove(at: i)
                    values.remove(at: i)
                    positions = [:]
                    for (j, key) in keys.enumerated() { positions[CodePoints(key)] = j }
                }
            } else if let newValue {
                positions[k] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public func contains(_ key: String) -> Bool { positions[CodePoints(key)] != nil }

    /// Replaces the value at a position (the visitor rewrites values in place while iterating).
    mutating func setValue(_ value: PythonValue, at index: Int) {
        guard values.indices.contains(index) else { return }
        values[index] = value
    }

    public static func == (lhs: PythonDict, rhs: PythonDict) -> Bool {
        lhs.isOrdered == rhs.isOrdered && lhs.keys.count == rhs.keys.count
            && zip(lhs.keys, rhs.keys).allSatisfy { CodePoints($0) == CodePoints($1) } && lhs.values == rhs.values
    }
}

/// A string compared and hashed by code points, as Python compares `str` keys (Swift's `String`
/// would treat "é" and "e\u{301}" as the same key).
struct CodePoints: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (lhs: CodePoints, rhs: CodePoints) -> Bool {
        lhs.text.unicodeScalars.elementsEqual(rhs.text.unicodeScalars)
    }

    func hash(into hasher: inout Hasher) {
        for scalar in text.unicodeScalars { hasher.combine(scalar.value) }
    }
}

extension PythonValue {
    /// The request input as Shipyard's JSON: bytes become base64 text (how the JSON and query
    /// protocols put blobs on the wire), ints too large for `Int` become doubles.
    public var json: JSON {
        // Iterative, so depth is no threat to the call stack; frames are mutated in place
        // (never copied out of the stack) so long lists and big objects stay linear.
        struct Frame {
            var list: [PythonValue] = []
            var dict = PythonDict()
            var isList: Bool
            var next = 0
            var items: [JSON] = []
            var object = JSONObject()

            init?(_ value: PythonValue) {
                switch value {
                case .list(let l):
                    list = l
                    isList = true
                case .dict(let d):
                    dict = d
                    isList = false
                default:
                    return nil
                }
            }

            var count: Int { isList ? list.count : dict.count }
            var element: PythonValue { isList ? list[next] : dict.values[next] }

            mutating func attach(_ value: JSON) {
                if isList { items.append(value) } else { object[dict.keys[next]] = value }
                next += 1
            }

            var finished: JSON { isList ? .array(items) : .object(object) }
        }
        func leaf(_ value: PythonValue) -> JSON? {
            switch value {
            case .none: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .bigInt(let text): return .double(Double(text) ?? 0)
            case .float(let d): return .double(d)
            case .str(let s): return .string(s)
            case .bytes(let b): return .string(Base64.encode(b))
            case .list, .dict: return nil
            }
        }
        guard let root = Frame(self) else { return leaf(self) ?? .null }
        var frames = [root]
        while let last = frames.indices.last {
            if frames[last].next >= frames[last].count {
                let done = frames.removeLast().finished
                guard let parent = frames.indices.last else { return done }
                frames[parent].attach(done)
                continue
            }
            let child = frames[last].element
            if let scalar = leaf(child) {
                frames[last].attach(scalar)
            } else if let frame = Frame(child) {
                frames.append(frame)
            }
        }
        return .null
    }

    /// The value a Python program gets for this JSON: objects become `dict`, or `OrderedDict`
    /// when `orderedDicts` (aws-cli's `json.loads(..., object_pairs_hook=OrderedDict)`).
    public init(_ json: JSON, orderedDicts: Bool = false) {
        switch json {
        case .null: self = .none
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .float(d)
        case .string(let s): self = .str(s)
        case .array(let items): self = .list(items.map { PythonValue($0, orderedDicts: orderedDicts) })
        case .object(let object):
            var dict = PythonDict(ordered: orderedDicts)
            for (key, value) in object.pairs { dict[key] = PythonValue(value, orderedDicts: orderedDicts) }
            self = .dict(dict)
        }
    }

    var stringValue: String? {
        if case .str(let s) = self { return s }
        return nil
    }
}
