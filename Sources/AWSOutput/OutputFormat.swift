/// The values `--output` accepts in AWS CLI v2.
///
/// v1 only knew `json`, `text` and `table`; v2 added `yaml`, `yaml-stream` and `off`
/// (aws/aws-cli branch v2, `awscli/formatter.py`, `CLI_OUTPUT_FORMATS`).
public enum OutputFormat: String, Sendable, CaseIterable {
    case json
    case text
    case table
    case yaml
    /// One YAML list item per page, printed as each page arrives.
    case yamlStream = "yaml-stream"
    /// Nothing on stdout; only the exit code tells the outcome.
    case off

    /// Parses an `--output` value exactly as spelled on the command line (`yaml-stream`).
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
}
