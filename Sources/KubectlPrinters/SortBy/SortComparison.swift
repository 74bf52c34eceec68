import JSONValue

/// The value `--sort-by` compares for one object: the first result of the path, if any.
enum SortKey {
    case missing
    case value(JSONPathValue)

    static func of(_ object: JSON, _ path: KubeJSONPath) -> Result<SortKey, JSONPathError> {
        do {
            let results = try path.findResults(object, allowMissingKeys: true)
            if let first = results.first?.first { return .success(.value(first)) }
            return .success(.missing)
        } catch {
            return .failure(error)
        }
    }
}

/// kubectl's `isLess` and the `Less` around it.
enum SortComparison {
    /// kubectl's `Less`: a missing value sorts first, even against another missing one (so the
    /// comparison is not a strict order), then `isLess`. `unsortable` builds the fatal error from
    /// the Go kind name and the reason.
    static func less(
        _ i: SortKey, _ j: SortKey, concrete: Bool,
        unsortable: (String, String) -> KubectlSortError
    ) throws(KubectlSortError) -> Bool {
        guard case .value(let iValue) = i else { return true }
        guard case .value(let jValue) = j else { return false }
        let result = concrete ? isLessConcrete(iValue, jValue) : isLess(iValue, jValue)
        switch result {
        case .success(let less): return less
        case .failure(let reason):
            throw unsortable(concrete ? concreteKindName(iValue) : kindName(iValue), reason.message)
        }
    }

    /// A path ending in `..` yields the container itself (Go's value after dereferencing), which
    /// `isLess` treats differently from a member read out of a map or array.
    static func endsInRecursion(_ path: KubeJSONPath) -> Bool {
        if case .list(let action)? = path.nodes.first, case .recursive? = action.last { return true }
        return false
    }

    /// `isLess` for values held in an `interface{}` (every map member and array element).
    static func isLess(_ i: JSONPathValue, _ j: JSONPathValue) -> Result<Bool, JSONPathFailure> {
        switch (i, j) {
        case (.json(.null), .json(.null)): return .success(false)
        case (.json(.null), _): return .success(true)
        case (_, .json(.null)): return .success(false)
        case let (.byte(a), .byte(b)): return .success(a < b)
        case let (.json(.int(a)), .json(.int(b))): return .success(a < b)
        case let (.json(.double(a)), .json(.double(b))): return .success(a < b)
        case let (.json(.string(a)), .json(.string(b))):
            if let qa = Quantity(parsing: a), let qb = Quantity(parsing: b) { return .success(qa < qb) }
            return .success(a.utf8.lexicographicallyPrecedes(b.utf8))
        case (.json(.int), _), (.json(.double), _), (.json(.string), _):
            return .failure(JSONPathFailure("unsortable interface: interface"))
        default:
            return .failure(JSONPathFailure("unsortable type: \(i.goTypeName)"))
        }
    }

    /// `isLess` for a value not wrapped in an `interface{}`.
    private static func isLessConcrete(_ i: JSONPathValue, _ j: JSONPathValue) -> Result<Bool, JSONPathFailure> {
        switch i {
        case .json(.string(let a)):
            // Go compares j.String(), which for a non-string is a placeholder like `<int64 Value>`.
            let b: String
            if case .json(.string(let s)) = j { b = s } else { b = "<\(j.goTypeName) Value>" }
            return .success(a.utf8.lexicographicallyPrecedes(b.utf8))
        case .json(.array(let a)):
            guard case .json(.array(let b)) = j else { return .failure(JSONPathFailure("unsortable type: slice")) }
            for (x, y) in zip(a, b) {
                switch isLess(.json(x), .json(y)) {
                case .success(true): continue
                case let other: return other
                }
            }
            return .success(true)
        case .byte(let a):
            if case .byte(let b) = j { return .success(a < b) }
            return .failure(JSONPathFailure("unsortable type: uint8"))
        default:
            return .failure(JSONPathFailure("unsortable type: \(concreteKindName(i))"))
        }
    }

    private static func concreteKindName(_ value: JSONPathValue) -> String {
        switch value {
        case .byte: return "uint8"
        case .json(.object): return "map"
        case .json(.array): return "slice"
        case .json(.string): return "string"
        case .json(.bool): return "bool"
        case .json(.int): return "int64"
        case .json(.double): return "float64"
        default: return "interface"
        }
    }

    private static func kindName(_ value: JSONPathValue) -> String {
        if case .byte = value { return "uint8" }
        return "interface"
    }
}
