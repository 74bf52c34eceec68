import JSONValue

/// What aws-cli v2 does to the raw command-line strings of one parameter, given its shape.
///
/// The steps, in aws-cli's order:
/// 1. argparse: list shapes take any number of values (`nargs='*'`); `long` and
///    `float`/`double` are converted by argparse itself (its error texts); booleans are flags.
/// 2. `load-cli-arg`: a value (or a list of exactly one value) starting with `file://` or
///    `fileb://` is replaced by the file's text or bytes.
/// 3. `process-cli-arg`: structures, maps and lists of those whose (first) value does not look
///    like JSON are parsed as shorthand and typed by the model (`ShorthandBackCompat`).
/// 4. `unpack_cli_arg`: everything else: JSON text for complex shapes (`Invalid JSON: ...`),
///    `int()`/`float()`/truthiness for scalars, space-separated values for lists of scalars.
///
/// Blob base64 decoding (v2's `--cli-binary-format base64` default) applies to the whole input
/// afterwards: see `InputBlobs`. Validation is `ParamValidator`.
public struct ParameterConversion: Sendable {
    public var model: ServiceModel
    /// Where `file://`/`fileb://` values are read from.
    public var paramFiles: ParamFiles
    /// The service command (`elb`) and operation (`remove-tags`): a few commands keep aws-cli's
    /// first shorthand's list-of-single-member-structures form (`--tags Key1 Key2`).
    public var service: String?
    public var operation: String?
    /// How deep JSON values may nest. aws-cli 2.27.0 decodes up to 9992 levels (then Python's
    /// `RecursionError`); values that deep would overflow the stack of the Swift code that later
    /// walks or frees them on a small thread, so the default stops at 1000 with aws-cli's own
    /// RecursionError text. 1000 is above every other limit aws-cli has on the way (shorthand
    /// 489, document validation about 973), so nothing else changes.
    public var maximumJSONDepth: Int

    /// aws-cli's own limit, for callers running on a thread with a large stack.
    public static let awsCLIMaximumJSONDepth = PythonJSON.maximumDepth

    public init(model: ServiceModel, paramFiles: ParamFiles = .none, service: String? = nil, operation: String? = nil,
                maximumJSONDepth: Int = 1000) {
        self.model = model
        self.paramFiles = paramFiles
        self.service = service ?? model.service
        self.operation = operation
        self.maximumJSONDepth = maximumJSONDepth
    }

    /// The request input value for one parameter, as JSON (blobs as base64 text).
    ///
    /// - Parameters:
    ///   - argument: the flag as typed, e.g. `--network-configuration`; used in error texts.
    ///   - values: the strings argparse collected for it (exactly one for non-list shapes; the
    ///     last is used if there are several, as argparse keeps the last occurrence).
    ///   - shape: the member's shape; `traits`: its member-level traits, if any.
    public static func value(for argument: String, values: [String], shape: ServiceModel.Shape, model: ServiceModel,
                             paramFiles: ParamFiles = .none, traits: ServiceModel.MemberTraits? = nil)
        throws(ArgumentError) -> JSON
    {
        try ParameterConversion(model: model, paramFiles: paramFiles)
            .pythonValue(for: argument, values: values, shape: shape, traits: traits).json
    }

    /// The value as aws-cli holds it (exact Python types, for validation messages).
    public func pythonValue(for argument: String, values: [String], shape: ServiceModel.Shape,
                            traits: ServiceModel.MemberTraits? = nil) throws(ArgumentError) -> PythonValue
    {
        var value = try argparse(argument, values, shape)
        // load-cli-arg: paramfile.URIArgumentHandler
        var candidate: String?
        if case .list(let items) = value, items.count == 1, case .str(let s) = items[0] { candidate = s }
        if case .str(let s) = value { candidate = s }
        if let candidate, let loaded = paramFiles.load(candidate) {
            switch loaded {
            case .success(let content): value = content.python
            case .failure(let error): throw .parameter(argument, error.message)
            }
        }
        // process-cli-arg: ParamShorthandParser
        if shouldParseAsShorthand(value, shape) {
            return try parseAsShorthand(value, shape, argument)
        }
        do throws(UnpackFailure) {
            return try unpack(shape, value, argument, traits: traits)
        } catch {
            throw error.argumentError
        }
    }

    // MARK: - argparse

    private func argparse(_ argument: String, _ values: [String], _ shape: ServiceModel.Shape) throws(ArgumentError) -> PythonValue {
        if shape.type == "list" { return .list(values.map { .str($0) }) }
        // Booleans are flags without values: `--name` is true, `--no-name` (or a renamed negative
        // such as ECS's `--disable-execute-command`) false.
        if shape.type == "boolean" { return .bool(!isNegativeFlag(argument)) }
        guard let raw = values.last else {
            throw ArgumentError(kind: .argumentParser, message: "argument \(argument): expected one argument")
        }
        switch shape.type {
        case "long":
            switch PythonNumbers.int(raw) {
            case .success(let v): return v
            case .failure:
                throw ArgumentError(kind: .argumentParser,
                                    message: "argument \(argument): invalid int value: \(PythonRepr.string(raw))")
            }
        case "float", "double":
            switch PythonNumbers.float(raw) {
            case .success(let v): return .float(v)
            case .failure:
                throw ArgumentError(kind: .argumentParser,
                                    message: "argument \(argument): invalid float value: \(PythonRepr.string(raw))")
            }
        default:
            return .str(raw)
        }
    }

    private func isNegativeFlag(_ argument: String) -> Bool {
        if argument.hasPrefix("--no-") { return true }
        let name = String(argument.dropFirst(2))
        return ArgumentRenames.renames.contains { key, value in
            guard value == name, let last = key.split(separator: ".").last, last.hasPrefix("no-") else { return false }
            let prefix = "\(service ?? "").\(operation ?? "*")."
            return key.hasPrefix("\(service ?? "").*.") || key.hasPrefix(prefix)
        }
    }

    // MARK: - shorthand

    private func shouldParseAsShorthand(_ value: PythonValue, _ shape: ServiceModel.Shape) -> Bool {
        var check = value
        if case .list(let items) = value, let first = items.first { check = first }
        if case .str(let s) = check {
            let stripped = PythonText.strip(s)
            if stripped.hasPrefix("[") || stripped.hasPrefix("{") { return false }
        }
        return model.supportsShorthand(shape)
    }

    private func parseAsShorthand(_ value: PythonValue, _ shape: ServiceModel.Shape, _ argument: String) throws(ArgumentError) -> PythonValue {
        if let special = try specialCase(value, shape, argument) { return special }
        let parser = ShorthandParser(paramFiles: paramFiles)
        var parsed: PythonValue
        if case .list(let items) = value {
            var out: [PythonValue] = []
            for item in items { out.append(try parse(item, parser, argument)) }
            parsed = .list(out)
        } else {
            parsed = try parse(value, parser, argument)
        }
        do throws(ShorthandBackCompat.Failure) {
            parsed = try ShorthandBackCompat.visit(parsed, shape: shape, model: model)
        } catch {
            if case .documentType = error { throw .parameter(argument, error.message) }
            throw .general(error.message)
        }
        return parsed
    }

    private func parse(_ value: PythonValue, _ parser: ShorthandParser, _ argument: String) throws(ArgumentError) -> PythonValue {
        switch value {
        case .str(let text):
            do throws(ShorthandError) {
                return try parser.parseValue(text)
            } catch {
                switch error {
                case .syntax, .duplicateKey: throw .parameter(argument, error.message)
                case .paramFile, .recursion: throw .general(error.message)
                }
            }
        case .bytes(let bytes):
            // The parser indexes the bytes and compares ints with str characters.
            throw .general(bytes.isEmpty ? "a bytes-like object is required, not 'str'"
                : "'in <string>' requires string as left operand, not int")
        default:
            throw .general("expected string or bytes-like object, got '\(PythonBuiltins.typeShortName(value))'")
        }
    }

    /// `ParamShorthandParser._handle_special_cases`.
    private func specialCase(_ value: PythonValue, _ shape: ServiceModel.Shape, _ argument: String) throws(ArgumentError) -> PythonValue? {
        if shape.type == "list", let member = model.shape(shape.member), member.type == "structure",
           member.members.count == 1, let only = member.members.first,
           ArgumentRenames.usesOldListCase(service: service, operation: operation, argument: String(argument.dropFirst(2)))
        {
            return .list(Self.iterate(value).map { .dict(PythonDict([(only.name, $0)])) })
        }
        if shape.type == "structure", shape.members.count == 1, let only = shape.members.first, only.name == "Value",
           model.shape(only.shape)?.type == "string"
        {
            switch value {
            case .str(let s) where !s.unicodeScalars.contains("="):
                return .dict(PythonDict([("Value", value)]))
            case .bytes:
                throw .general("a bytes-like object is required, not 'str'")
            default:
                return nil
            }
        }
        return nil
    }

    /// `for v in value`: a list's items, a string's characters, a bytes object's ints.
    static func iterate(_ value: PythonValue) -> [PythonValue] {
        switch value {
        case .list(let items): return items
        case .str(let s): return s.unicodeScalars.map { .str(String($0)) }
        case .bytes(let b): return b.map { .int(Int($0)) }
        default: return []
        }
    }

    // MARK: - unpack_cli_arg

    /// Failures inside `unpack_cli_arg`: an aws-cli error, or a Python exception that a caller
    /// may still catch (the list case turns `ValueError`/`TypeError` into a `ParamError`).
    enum UnpackFailure: Error {
        case argument(ArgumentError)
        case python(PythonError)
        /// An exception no aws-cli code catches (`IndexError`, `AttributeError`, ...).
        case uncaught(String)

        var argumentError: ArgumentError {
            switch self {
            case .argument(let e): return e
            case .python(let e): return .general(e.message)
            case .uncaught(let m): return .general(m)
            }
        }
    }

    private func unpack(_ shape: ServiceModel.Shape, _ value: PythonValue, _ argument: String,
                        traits: ServiceModel.MemberTraits?) throws(UnpackFailure) -> PythonValue
    {
        if (traits?.isJSONValueHeader == true && shape.type == "string") || shape.isDocument {
            return try json(value, argument)
        }
        if shape.isScalar { return try scalar(shape, value, argument) }
        if shape.isComplex { return try complex(shape, value, argument) }
        return .str(PythonRepr.str(value))
    }

    /// `_unpack_json_cli_arg`: `json.loads` with `OrderedDict` objects.
    private func json(_ value: PythonValue, _ argument: String) throws(UnpackFailure) -> PythonValue {
        let text: String
        switch value {
        case .str(let s): text = s
        case .bytes(let b):
            guard let decoded = String(validating: b, as: UTF8.self) else {
                throw .argument(.parameter(argument, "Invalid JSON: 'utf-8' codec can't decode bytes\nJSON received: \(PythonRepr.str(value))"))
            }
            text = decoded
        default:
            throw .uncaught("the JSON object must be str, bytes or bytearray, not \(PythonBuiltins.typeShortName(value))")
        }
        switch PythonJSON.loads(text, maximumDepth: maximumJSONDepth) {
        case .success(let decoded): return decoded
        case .failure(let error):
            if error.kind == .recursion { throw .uncaught(error.description) }
            throw .argument(.parameter(argument, "Invalid JSON: \(error.description)\nJSON received: \(PythonRepr.str(value))"))
        }
    }

    /// `unpack_scalar_cli_arg`.
    private func scalar(_ shape: ServiceModel.Shape, _ value: PythonValue, _ argument: String) throws(UnpackFailure) -> PythonValue {
        switch shape.type {
        case "integer", "long":
            switch PythonBuiltins.int(value) {
            case .success(let v): return v
            case .failure(let e): throw .python(e)
            }
        case "float", "double":
            switch PythonBuiltins.float(value) {
            case .success(let v): return .float(v)
            case .failure(let e): throw .python(e)
            }
        case "blob" where shape.isStreaming:
            guard case .str(let raw) = value else { return value }
            let path = paramFiles.expandUser(paramFiles.expandVariables(raw))
            guard let bytes = try? paramFiles.read(path) else {
                throw .argument(.parameter(argument, "Blob values must be a path to a file."))
            }
            return .bytes(bytes)
        case "boolean":
            if case .str(let s) = value, PythonText.lower(s) == "false" { return .bool(false) }
            return .bool(PythonBuiltins.truthy(value))
        default:
            return value
        }
    }

    /// `_unpack_complex_cli_arg`.
    private func complex(_ shape: ServiceModel.Shape, _ value: PythonValue, _ argument: String) throws(UnpackFailure) -> PythonValue {
        if shape.type == "structure" || shape.type == "map" {
            guard case .str(let s) = value else { throw .uncaught("'\(PythonBuiltins.typeShortName(value))' object has no attribute 'lstrip'") }
            guard let first = PythonText.lstrip(s).unicodeScalars.first else { throw .uncaught("string index out of range") }
            if first == "{" { return try json(value, argument) }
            throw .argument(.parameter(argument, "Invalid JSON:\n\(s)"))
        }
        // list
        if case .str(let s) = value {
            guard let first = PythonText.lstrip(s).unicodeScalars.first else { throw .uncaught("string index out of range") }
            if first == "[" { return try json(value, argument) }
        } else if case .list(let items) = value, items.count == 1, case .str(let only) = items[0] {
            if PythonText.strip(only).unicodeScalars.first == "[" { return try json(items[0], argument) }
        }
        guard let member = model.shape(shape.member) else { return value }
        let elements = Self.iterate(value)
        var out: [PythonValue] = []
        for element in elements {
            do throws(UnpackFailure) {
                out.append(try unpack(member, element, argument, traits: nil))
            } catch {
                // `except (ValueError, TypeError): raise ParamError(cli_name, value[0])`
                if case .python = error, let first = elements.first {
                    throw .argument(.parameter(argument, PythonRepr.str(first)))
                }
                throw error
            }
        }
        return .list(out)
    }
}
