/// A failure to read or write YAML, worded as kubectl reports it.
///
/// `message` is go-yaml's text including its `yaml: ` prefix, e.g.
/// `yaml: line 3: mapping values are not allowed in this context`, or for conversion problems
/// the text sigs.k8s.io/yaml produces (`json: unsupported value: +Inf`). kubectl frames it
/// further (`error converting YAML to JSON: ...`, `error parsing FILE: ...`); that framing
/// depends on the command, so it is left to the caller (see `kubectlConversionMessage`).
public struct YAMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    /// The 1-based line go-yaml names in the message, when it names one.
    public var line: Int?
    /// True for errors raised while converting a document (go-yaml and JSON marshalling),
    /// which kubectl prefixes with `error converting YAML to JSON: `; false for errors of
    /// kubectl's stream reader (bad `---` lines, JSON input), which it shows as they are.
    public var isConversionError: Bool

    public init(message: String, line: Int? = nil, isConversionError: Bool = true) {
        self.message = message
        self.line = line
        self.isConversionError = isConversionError
    }

    public var description: String { message }

    /// The text after `error parsing FILE: ` in kubectl's report, e.g.
    /// `error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context`.
    public var kubectlMessage: String {
        isConversionError ? "error converting YAML to JSON: " + message : message
    }
}
