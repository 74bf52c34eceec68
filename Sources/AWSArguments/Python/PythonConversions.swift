/// Python's `int()` and `float()` on command-line text, for callers outside this module
/// (argparse's `type=int`/`type=float` in Shipyard's aws front end).
public enum PythonConversions {
    /// `int(text)`: `.int` or `.bigInt`, nil where Python raises `ValueError`.
    public static func int(_ text: String) -> PythonValue? {
        if case .success(let value) = PythonNumbers.int(text) { return value }
        return nil
    }

    /// `float(text)`, nil where Python raises `ValueError`.
    public static func float(_ text: String) -> Double? {
        if case .success(let value) = PythonNumbers.float(text) { return value }
        return nil
    }
}

extension PythonConversions {
    /// Python's `json.loads(text)` (plain `dict`s, as `--cli-input-json` reads its document).
    /// The error is the exception aws-cli would see: `.decode` for `ValueError`s,
    /// `.recursion` for nesting deeper than Python can decode.
    public enum JSONFailure: Error, Equatable {
        case decode
        case recursion(String)
    }

    public static func jsonLoads(_ text: String, maximumDepth: Int = 1000) -> Result<PythonValue, JSONFailure> {
        switch PythonJSON.loads(text, maximumDepth: maximumDepth) {
        case .success(let value): return .success(value.withPlainDicts)
        case .failure(let error):
            return error.kind == .recursion ? .failure(.recursion(error.message)) : .failure(.decode)
        }
    }
}

extension PythonValue {
    /// The same value with every `OrderedDict` as a plain `dict`.
    public var withPlainDicts: PythonValue {
        switch self {
        case .list(let items): return .list(items.map(\.withPlainDicts))
        case .dict(let dict):
            var plain = PythonDict(ordered: false)
            for (key, value) in dict.pairs { plain[key] = value.withPlainDicts }
            return .dict(plain)
        default: return self
        }
    }
}

extension PythonConversions {
    /// `base64.b64decode(text)`; nil where Python raises.
    public static func base64Decode(_ text: String) -> [UInt8]? {
        if case .success(let bytes) = Base64.pythonDecode(text) { return bytes }
        return nil
    }

    /// `base64.b64encode(bytes).decode()`.
    public static func base64Encode(_ bytes: [UInt8]) -> String { Base64.encode(bytes) }
}
