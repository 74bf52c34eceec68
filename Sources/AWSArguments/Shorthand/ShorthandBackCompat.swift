/// aws-cli's `BackCompatVisitor`: types the string leaves of parsed shorthand by the model.
///
/// The shorthand grammar only produces strings, lists and objects; this pass, kept by aws-cli for
/// compatibility with its first shorthand parser, converts leaves the model says are numbers or
/// booleans (`memory=512` → `512`, `essential=true` → `True`) and wraps a lone value where the
/// model wants a list (`subnets=subnet-1` → `['subnet-1']`, left unconverted). Anything it cannot
/// convert fails with the Python exception aws-cli lets escape (exit status 255), except that
/// shorthand reaching a document type is a parameter error naming the member.
enum ShorthandBackCompat {
    enum Failure: Error, Equatable {
        /// A Python exception from `int()`/`float()`/`.lower()`.
        case python(PythonError)
        /// `ShorthandParseError` about a document type below `member`.
        case documentType(member: String)
        /// `DocumentTypesNotSupportedError` with no enclosing structure to name it.
        case bareDocumentType

        var message: String {
            switch self {
            case .python(let error): return error.message
            case .documentType(let member):
                return "Shorthand syntax does not support document types. Use JSON input for top-level argument to "
                    + "specify nested parameter: \(member)"
            case .bareDocumentType: return ""
            }
        }
    }

    /// `visitor.visit(parsed, model)`: the top-level value itself is never replaced (aws-cli
    /// assigns the replacement into a throwaway parent), only what it contains.
    static func visit(_ value: PythonValue, shape: ServiceModel.Shape, model: ServiceModel) throws(Failure) -> PythonValue {
        if shape.type == "list", case .list = value {} else if shape.type == "list" { return value }
        return try replacement(for: value, shape: shape, model: model) ?? value
    }

    /// Returns the value to store in the parent, or nil to leave it as it is.
    private static func replacement(for value: PythonValue?, shape: ServiceModel.Shape, model: ServiceModel) throws(Failure) -> PythonValue? {
        switch shape.type {
        case "structure":
            if value != nil, shape.isDocument { throw .bareDocumentType }
            guard case .dict(var dict)? = value else { return nil }
            for (memberName, memberShapeName) in shape.members {
                guard let memberShape = model.shape(memberShapeName) else { continue }
                do throws(Failure) {
                    if let new = try replacement(for: dict[memberName], shape: memberShape, model: model) {
                        dict[memberName] = new
                    }
                } catch .bareDocumentType {
                    throw .documentType(member: memberName)
                }
            }
            return .dict(dict)
        case "list":
            guard let value else { return nil }
            guard case .list(var items) = value else { return .list([value]) }
            guard let memberShape = model.shape(shape.member) else { return nil }
            for i in items.indices {
                if let new = try replacement(for: items[i], shape: memberShape, model: model) { items[i] = new }
            }
            return .list(items)
        case "map":
            guard case .dict(var dict)? = value, let valueShape = model.shape(shape.value) else { return nil }
            for (i, pair) in dict.pairs.enumerated() {
                if let new = try replacement(for: pair.value, shape: valueShape, model: model) {
                    dict.setValue(new, at: i)
                }
            }
            return .dict(dict)
        default:
            guard let value else { return nil }
            return try scalar(value, type: shape.type)
        }
    }

    private static func scalar(_ value: PythonValue, type: String) throws(Failure) -> PythonValue? {
        switch type {
        case "integer", "long":
            switch PythonBuiltins.int(value) {
            case .success(let converted): return converted
            case .failure(let error): throw .python(error)
            }
        case "double", "float":
            switch PythonBuiltins.float(value) {
            case .success(let converted): return .float(converted)
            case .failure(let error): throw .python(error)
            }
        case "boolean":
            switch value {
            case .str(let s):
                let lowered = PythonText.lower(s)
                if lowered == "true" { return .bool(true) }
                if lowered == "false" { return .bool(false) }
                return nil
            case .list, .dict, .none, .int, .bigInt, .float, .bool:
                // `value.lower()` on a non-string.
                throw .python(.attributeError("'\(PythonBuiltins.typeShortName(value))' object has no attribute 'lower'"))
            case .bytes:
                return nil  // b'true'.lower() == 'true' is False in Python 3
            }
        default:
            return nil
        }
    }
}
