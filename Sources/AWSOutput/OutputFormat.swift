/// The values `--output` accepts in AWS CLI v2.
///
/// v1 only knew `json`, `text` and `table`; v2 added `yaml` and `yaml-stream` (aws-cli 2.27.0,
/// `awscli/formatter.py`, `CLI_OUTPUT_FORMATS`, and the `--output` choices in `cli.json`; `off`
/// came in a later v2 release and is an invalid choice in 2.27.0).
public enum OutputFormat: String, Sendable, CaseIterable {
    case json
    case text
    case table
    case yaml
    /// One YAML list item per page, printed as each page arrives.
    case yamlStream = "yaml-stream"

    /// Parses an `--output` value exactly as spelled on the command line (`yaml-stream`).
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
}
