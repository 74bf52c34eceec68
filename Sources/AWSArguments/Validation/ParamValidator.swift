import JSONValue

/// botocore's `ParamValidator` (aws-cli 2.27.0's copy): every problem with an operation input,
/// one line each, as printed after `Parameter validation failed:`.
///
/// What it checks, and what it deliberately does not:
/// * types (`Invalid type for parameter desiredCount, value: abc, type: <class 'str'>, valid
///   types: <class 'int'>`), with Python's `str()`/`repr()` of the value — a `bool` passes as an
///   integer and as a double, as in Python;
/// * required members (`Missing required parameter in input: "cluster"`) and unknown ones;
/// * `min` only (string/list/map length, numeric value) and the implicit minimum length 1 of
///   host-label members, when the model carries them — never `max`, patterns or enums (an enum
///   value like `BOGUS` reaches the service);
/// * tagged unions (exactly one member) and document types (JSON-like values only);
/// * timestamps: a string must be something botocore's timestamp parser accepts.
///
/// The order of lines is botocore's: per structure, union problems, then missing members in the
/// model's `required` order, then unknown members in input order, then each known member in input
/// order, depth first. Build the input in model member order (as aws-cli does) to match it.
public enum ParamValidator {
    /// The problems with `input`, empty when it is valid.
    public static func validate(_ input: PythonValue, shape: ServiceModel.Shape, model: ServiceModel) -> [String] {
        var validator = Validator(model: model)
        validator.validate(input, shape: shape, traits: nil, name: "", frames: 0)
        return validator.problems
    }

    /// Validates a JSON input, its objects taken as plain `dict`s (shorthand's) or, with
    /// `orderedDicts`, as `OrderedDict`s (what aws-cli builds from JSON text).
    public static func validate(_ input: JSON, shape: ServiceModel.Shape, model: ServiceModel,
                                orderedDicts: Bool = false) -> [String]
    {
        validate(PythonValue(input, orderedDicts: orderedDicts), shape: shape, model: model)
    }

    /// What aws-cli does with the input: nothing when it is valid, otherwise the
    /// `Parameter validation failed:` error (exit status 252), or an exception that escapes
    /// botocore's validator (exit status 255): the `RecursionError` for a document nested about a
    /// thousand levels deep, or the `RuntimeError` for a timestamp epoch beyond any calendar.
    public static func check(_ input: PythonValue, shape: ServiceModel.Shape, model: ServiceModel) throws(ArgumentError) {
        var validator = Validator(model: model)
        validator.validate(input, shape: shape, traits: nil, name: "", frames: 0)
        if let fatal = validator.fatal { throw .general(fatal) }
        if !validator.problems.isEmpty {
            throw ArgumentError(kind: .parameter, message: "Parameter validation failed:\n" + validator.problems.joined(separator: "\n"))
        }
    }
}

private struct Validator {
    let model: ServiceModel
    var problems: [String] = []
    /// An exception that stopped validation (its text); nothing is checked after it.
    var fatal: String?
    var recursionExceeded: Bool { fatal != nil }

    /// Python frames in use when botocore starts validating, calibrated so that the deepest
    /// document aws-cli 2.27.0 accepts under `--deployment-configuration` (972 nested levels
    /// below `hookDetails`) is the deepest accepted here; Python stops at 1000.
    static let baseFrames = 15
    static let recursionLimit = 1000

    init(model: ServiceModel) { self.model = model }

    /// `ValidationErrors._get_name`.
    static func displayName(_ name: String) -> String {
        if name.isEmpty { return "input" }
        if name.hasPrefix(".") { return String(name.dropFirst()) }
        return name
    }

    mutating func report(_ name: String, _ text: (String) -> String) {
        problems.append(text(Self.displayName(name)))
    }

    mutating func invalidType(_ name: String, _ value: PythonValue, _ validTypes: [String]) {
        report(name) {
            "Invalid type for parameter \($0), value: \(PythonRepr.str(value)), type: \(PythonRepr.typeName(value)), "
                + "valid types: \(validTypes.joined(separator: ", "))"
        }
    }

    mutating func validate(_ value: PythonValue, shape: ServiceModel.Shape, traits: ServiceModel.MemberTraits?,
                           name: String, frames: Int)
    {
        if recursionExceeded { return }
        if traits?.isJSONValueHeader == true, shape.type == "string" {
            if case .bytes = value {
                report(name) { "Invalid parameter \($0) must be json serializable: Object of type bytes is not JSON serializable" }
            }
            return
        }
        if shape.type == "structure", shape.isDocument {
            validateDocument(value, name: name, frames: frames + 1)
            return
        }
        // `_validate` plus the type-check wrapper plus `_validate_<type>`.
        let frames = frames + 3
        switch shape.type {
        case "structure": validateStructure(value, shape: shape, name: name, frames: frames)
        case "string":
            guard case .str(let s) = value else { return invalidType(name, value, ["<class 'str'>"]) }
            rangeCheck(name, .int(s.unicodeScalars.count), shape: shape, traits: traits, length: true)
        case "list":
            guard case .list(let items) = value else { return invalidType(name, value, ["<class 'list'>", "<class 'tuple'>"]) }
            rangeCheck(name, .int(items.count), shape: shape, traits: traits, length: true)
            guard let member = model.shape(shape.member) else { return }
            for (i, item) in items.enumerated() {
                validate(item, shape: member, traits: nil, name: "\(name)[\(i)]", frames: frames)
            }
        case "map":
            guard case .dict(let dict) = value else { return invalidType(name, value, ["<class 'dict'>"]) }
            let keyShape = model.shape(shape.key)
            let valueShape = model.shape(shape.value)
            for (key, item) in dict.pairs {
                if let keyShape { validate(.str(key), shape: keyShape, traits: nil, name: "\(name) (key: \(key))", frames: frames) }
                if let valueShape { validate(item, shape: valueShape, traits: nil, name: "\(name).\(key)", frames: frames) }
            }
        case "integer", "long":
            switch value {
            case .int, .bigInt, .bool: rangeCheck(name, value, shape: shape, traits: traits, length: false)
            default: invalidType(name, value, ["<class 'int'>"])
            }
        case "double", "float":
            switch value {
            case .int, .bigInt, .bool, .float: rangeCheck(name, value, shape: shape, traits: traits, length: false)
            default: invalidType(name, value, ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"])
            }
        case "boolean":
            guard case .bool = value else { return invalidType(name, value, ["<class 'bool'>"]) }
        case "blob":
            switch value {
            case .bytes, .str: break
            default: invalidType(name, value, ["<class 'bytes'>", "<class 'bytearray'>", "file-like object"])
            }
        case "timestamp":
            switch TimestampParsing.verdict(value) {
            case .valid: break
            case .invalid: invalidType(name, value, ["<class 'datetime.datetime'>", "timestamp-string"])
            case .unrepresentable: fatal = "Unable to calculate correct timezone offset for \"\(PythonRepr.str(value))\""
            }
        default:
            break
        }
    }

    mutating func validateStructure(_ value: PythonValue, shape: ServiceModel.Shape, name: String, frames: Int) {
        guard case .dict(let params) = value else { return invalidType(name, value, ["<class 'dict'>"]) }
        let memberNames = shape.members.map(\.name)
        if shape.isUnion {
            if params.isEmpty {
                report(name) { "Must set one of the following keys for tagged unionstructure \($0): \(memberNames.joined(separator: ". "))." }
            } else if params.count > 1 {
                report(name) {
                    "Invalid number of parameters set for tagged union structure \($0). Can only set one of the following keys: "
                        + "\(memberNames.joined(separator: ". "))."
                }
            }
        }
        for required in shape.required where !params.contains(required) {
            report(name) { "Missing required parameter in \($0): \"\(required)\"" }
        }
        var known: [(String, PythonValue, String)] = []
        for (key, item) in params.pairs {
            if let memberShape = shape.memberShape(key) {
                known.append((key, item, memberShape))
            } else {
                report(name) { "Unknown parameter in \($0): \"\(key)\", must be one of: \(memberNames.joined(separator: ", "))" }
            }
        }
        for (key, item, shapeName) in known {
            guard let memberShape = model.shape(shapeName) else { continue }
            validate(item, shape: memberShape, traits: shape.memberTraits[key], name: "\(name).\(key)", frames: frames)
        }
    }

    /// `_validate_document`: only JSON-like values, checked to any depth (dict members are named
    /// by their key alone, as botocore does).
    mutating func validateDocument(_ value: PythonValue, name: String, frames: Int) {
        if recursionExceeded { return }
        if Self.baseFrames + frames > Self.recursionLimit {
            fatal = "maximum recursion depth exceeded"
            return
        }
        switch value {
        case .none, .str, .int, .bigInt, .bool, .float: return
        case .dict(let dict):
            for (key, item) in dict.pairs { validateDocument(item, name: key, frames: frames + 1) }
        case .list(let items):
            for (i, item) in items.enumerated() { validateDocument(item, name: "\(name)[\(i)]", frames: frames + 1) }
        case .bytes:
            report(name) {
                "Invalid type for document parameter \($0), value: \(PythonRepr.str(value)), type: \(PythonRepr.typeName(value)), "
                    + "valid types: <class 'str'>, <class 'int'>, <class 'bool'>, <class 'float'>, <class 'list'>, <class 'dict'>"
            }
        }
    }

    /// `range_check`: only the `min` trait, or the implicit 1 of host labels.
    mutating func rangeCheck(_ name: String, _ value: PythonValue, shape: ServiceModel.Shape,
                             traits: ServiceModel.MemberTraits?, length: Bool)
    {
        let minimum: JSON
        if let min = shape.min {
            minimum = min
        } else if traits?.hostLabel == true {
            minimum = .int(1)
        } else {
            return
        }
        guard Self.lessThan(value, minimum) else { return }
        let shown = PythonRepr.str(value)
        let minText: String
        switch minimum {
        case .double(let d): minText = PythonRepr.float(d)
        case .int(let i): minText = String(i)
        default: minText = "\(minimum)"
        }
        if length {
            report(name) { "Invalid length for parameter \($0), value: \(shown), valid min length: \(minText)" }
        } else {
            report(name) { "Invalid value for parameter \($0), value: \(shown), valid min value: \(minText)" }
        }
    }

    static func lessThan(_ value: PythonValue, _ minimum: JSON) -> Bool {
        guard let min = minimum.double else { return false }
        switch value {
        case .int(let i):
            if case .int(let m) = minimum { return i < m }
            return Double(i) < min
        case .bool(let b): return (b ? 1.0 : 0.0) < min
        case .float(let d): return d < min  // NaN compares false, as in Python
        case .bigInt(let text): return text.hasPrefix("-")
        default: return false
        }
    }
}
