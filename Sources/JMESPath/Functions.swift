import JSONValue

/// A resolved function argument: a value, or the unevaluated expression of an `&expr` argument.
enum Argument {
    case value(JSON)
    case expression(Node)

    /// The JMESPath type name Python reports for it.
    var typeName: String {
        switch self {
        case .value(let v): return PythonSemantics.typeName(v)
        case .expression: return "expref"
        }
    }

    /// Python's `str()` of it, as type errors print it.
    var pythonStr: String {
        switch self {
        case .value(let v): return PythonText.str(v)
        case .expression: return PythonText.expressionObject
        }
    }
}

/// A call's arguments with bounds-checked access (a missing argument reads as `null`).
struct Arguments {
    let list: [Argument]

    subscript(index: Int) -> JSON {
        guard let argument = argument(index), case .value(let value) = argument else { return .null }
        return value
    }

    func argument(_ index: Int) -> Argument? {
        list.indices.contains(index) ? list[index] : nil
    }

    /// The unevaluated expression of an `&expr` argument.
    func expression(_ index: Int) -> Node? {
        guard let argument = argument(index), case .expression(let node) = argument else { return nil }
        return node
    }

    /// Every argument's value (`null` for expressions).
    var values: [JSON] { list.indices.map { self[$0] } }
}

/// The built-in function table: signatures, and the checks Python runs before calling one.
///
/// Python resolves and checks functions only when a call is evaluated (so `length()` compiles, and a
/// call inside a projection over an empty list never fails); the order of checks is unknown name,
/// then argument count, then each argument's type. Type names in signatures are Python's strings,
/// because `expected one of: ['array-number', 'array-string']` prints them verbatim.
enum Functions {
    struct Builtin: Sendable {
        /// Allowed types per parameter; an empty list accepts anything.
        var parameters: [[String]]
        /// The last parameter may repeat (and only the first occurrence is type checked, as in Python).
        var variadic = false
        var body: @Sendable (Arguments) throws(JMESPathError) -> JSON
    }

    static let builtins: [String: Builtin] = [
        "abs": Builtin(parameters: [["number"]], body: BuiltinFunctions.abs),
        "avg": Builtin(parameters: [["array-number"]], body: BuiltinFunctions.avg),
        "ceil": Builtin(parameters: [["number"]], body: BuiltinFunctions.ceil),
        "contains": Builtin(parameters: [["array", "string"], []], body: BuiltinFunctions.contains),
        "ends_with": Builtin(parameters: [["string"], ["string"]], body: BuiltinFunctions.endsWith),
        "floor": Builtin(parameters: [["number"]], body: BuiltinFunctions.floor),
        "join": Builtin(parameters: [["string"], ["array-string"]], body: BuiltinFunctions.join),
        "keys": Builtin(parameters: [["object"]], body: BuiltinFunctions.keys),
        "length": Builtin(parameters: [["string", "array", "object"]], body: BuiltinFunctions.length),
        "map": Builtin(parameters: [["expref"], ["array"]], body: BuiltinFunctions.map),
        "max": Builtin(parameters: [["array-number", "array-string"]], body: BuiltinFunctions.max),
        "max_by": Builtin(parameters: [["array"], ["expref"]], body: BuiltinFunctions.maxBy),
        "merge": Builtin(parameters: [["object"]], variadic: true, body: BuiltinFunctions.merge),
        "min": Builtin(parameters: [["array-number", "array-string"]], body: BuiltinFunctions.min),
        "min_by": Builtin(parameters: [["array"], ["expref"]], body: BuiltinFunctions.minBy),
        "not_null": Builtin(parameters: [[]], variadic: true, body: BuiltinFunctions.notNull),
        "reverse": Builtin(parameters: [["array", "string"]], body: BuiltinFunctions.reverse),
        "sort": Builtin(parameters: [["array-string", "array-number"]], body: BuiltinFunctions.sort),
        "sort_by": Builtin(parameters: [["array"], ["expref"]], body: BuiltinFunctions.sortBy),
        "starts_with": Builtin(parameters: [["string"], ["string"]], body: BuiltinFunctions.startsWith),
        "sum": Builtin(parameters: [["array-number"]], body: BuiltinFunctions.sum),
        "to_array": Builtin(parameters: [[]], body: BuiltinFunctions.toArray),
        "to_number": Builtin(parameters: [[]], body: BuiltinFunctions.toNumber),
        "to_string": Builtin(parameters: [[]], body: BuiltinFunctions.toString),
        "type": Builtin(parameters: [[]], body: BuiltinFunctions.type),
        "values": Builtin(parameters: [["object"]], body: BuiltinFunctions.values),
    ]

    static func call(_ name: String, _ arguments: [Argument]) throws(JMESPathError) -> JSON {
        guard let builtin = builtins[name] else { throw .unknownFunction(name: name) }
        let expected = builtin.parameters.count
        if builtin.variadic ? arguments.count < expected : arguments.count != expected {
            throw .arity(function: name, expected: expected, actual: arguments.count, variadic: builtin.variadic)
        }
        for (argument, types) in zip(arguments, builtin.parameters) where !types.isEmpty {
            try check(argument, against: types, function: name)
        }
        return try builtin.body(Arguments(list: arguments))
    }

    /// The top-level type must be allowed; for `array-<type>` the elements are checked too, all of the
    /// first element's kind when several element types are allowed. Element errors name the Python
    /// class (`received: "str"`), top-level errors the JMESPath type, as Python does.
    private static func check(_ argument: Argument, against types: [String], function: String) throws(JMESPathError) {
        var allowed: [String] = []
        var elementTypes: [String] = []
        for type in types {
            if let dash = type.firstIndex(of: "-") {
                allowed.append(String(type[..<dash]))
                elementTypes.append(String(type[type.index(after: dash)...]))
            } else {
                allowed.append(type)
            }
        }
        let actual = argument.typeName
        guard allowed.contains(actual) else {
            throw .invalidType(function: function, value: argument.pythonStr, actualType: actual, expectedTypes: types)
        }
        guard !elementTypes.isEmpty, case .value(.array(let items)) = argument, let first = items.first else { return }
        let required: String
        if elementTypes.count == 1 {
            required = elementTypes[0]
        } else if let match = elementTypes.first(where: { $0 == PythonSemantics.typeName(first) }) {
            required = match
        } else {
            throw elementError(first, types, function)
        }
        for item in items where PythonSemantics.typeName(item) != required {
            throw elementError(item, types, function)
        }
    }

    private static func elementError(_ item: JSON, _ types: [String], _ function: String) -> JMESPathError {
        .invalidType(function: function, value: PythonText.str(item),
                     actualType: PythonSemantics.pythonTypeName(item), expectedTypes: types)
    }
}
