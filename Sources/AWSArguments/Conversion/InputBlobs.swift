/// aws-cli v2's handling of blob parameters given as text (`--cli-binary-format`).
///
/// v2 defaults to `base64`: after every parameter is unpacked, any blob in the input that is
/// still a string (not `fileb://` bytes) is base64-decoded with Python's lenient decoder; text that
/// cannot be decoded ends the command with `Invalid base64: "<text>"` (exit status 255). With
/// `raw-in-base64-out` (v1's behaviour) nothing happens here: the text stays a `str`, and its
/// UTF-8 bytes are the blob (botocore's serializer base64-encodes them; so must whoever
/// serializes the JSON form, where such a blob still appears as the text).
public enum InputBlobs {
    public enum BinaryFormat: String, Sendable {
        case base64
        case rawInBase64Out = "raw-in-base64-out"
    }

    /// Applies the binary format to every blob in `input` (the whole operation input), walking
    /// members in model order as aws-cli's `Base64DecodeVisitor` does.
    public static func apply(_ format: BinaryFormat = .base64, to input: PythonValue, shape: ServiceModel.Shape,
                             model: ServiceModel) throws(ArgumentError) -> PythonValue
    {
        try visit(input, shape: shape, model: model, format: format, depth: 0) ?? input
    }

    private static func visit(_ value: PythonValue, shape: ServiceModel.Shape, model: ServiceModel, format: BinaryFormat,
                              depth: Int) throws(ArgumentError) -> PythonValue?
    {
        guard depth < 200 else { return nil }  // shapes only nest this deep when they are recursive
        switch shape.type {
        case "structure":
            guard case .dict(var dict) = value else { return nil }
            for (name, shapeName) in shape.members {
                guard let memberShape = model.shape(shapeName), let member = dict[name] else { continue }
                if let new = try visit(member, shape: memberShape, model: model, format: format, depth: depth + 1) {
                    dict[name] = new
                }
            }
            return .dict(dict)
        case "list":
            guard case .list(var items) = value, let memberShape = model.shape(shape.member) else { return nil }
            for i in items.indices {
                if let new = try visit(items[i], shape: memberShape, model: model, format: format, depth: depth + 1) {
                    items[i] = new
                }
            }
            return .list(items)
        case "map":
            guard case .dict(var dict) = value, let valueShape = model.shape(shape.value) else { return nil }
            for (i, pair) in dict.pairs.enumerated() {
                if let new = try visit(pair.value, shape: valueShape, model: model, format: format, depth: depth + 1) {
                    dict.setValue(new, at: i)
                }
            }
            return .dict(dict)
        case "blob":
            guard case .str(let text) = value else { return nil }
            switch format {
            case .rawInBase64Out:
                return nil
            case .base64:
                switch Base64.pythonDecode(text) {
                case .success(let bytes): return .bytes(bytes)
                case .failure(.nonASCII): throw .general("string argument should contain only ASCII characters")
                case .failure(.invalid): throw .general("Invalid base64: \"\(text)\"")
                }
            }
        default:
            return nil
        }
    }
}
