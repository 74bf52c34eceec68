import JSONValue

/// Prints an operation's response the way AWS CLI v2 does for each `--output` format.
///
/// Callers remove `ResponseMetadata` and apply `--query` first, as the CLI does. For
/// paginated operations json, table and yaml format the merged result once, while text and
/// yaml-stream format page by page; use `TextFormatter.formatPage` and
/// `YAMLFormatter.formatStreamPage` for those (with `TextFormatter.resumeTokenPage` after the
/// last page when `--max-items` truncated the result).
public enum AWSOutputFormatter {
    /// What the CLI writes on stdout. When the text or table formatter meets a result it
    /// cannot lay out, this is what the CLI had written before failing; use `render` to
    /// learn about the failure.
    public static func format(
        _ response: JSON, format: OutputFormat, operationName: String, terminalWidth: Int = 80
    ) -> String {
        render(response, format: format, operationName: operationName, terminalWidth: terminalWidth).stdout
    }

    /// stdout plus the Python exception the CLI would have raised: text and table on
    /// results they cannot lay out, any format on values nested beyond `NestingLimit`.
    ///
    /// - Parameters:
    ///   - operationName: the API operation (`DescribeClusters`), the title of a table.
    ///   - terminalWidth: columns available to a table; aws-cli uses 80 when stdout is not
    ///     a terminal. Wider tables are redrawn with `header | value` rows.
    public static func render(
        _ response: JSON, format: OutputFormat, operationName: String, terminalWidth: Int = 80
    ) -> FormattedOutput {
        switch format {
        case .json:
            return JSONFormatter.format(response)
        case .text:
            return TextFormatter.formatPage(response)
        case .table:
            return TableFormatter.format(response, title: operationName, terminalWidth: terminalWidth)
        case .yaml:
            return YAMLFormatter.format(response)
        case .yamlStream:
            // A non-paginated response without output prints nothing; pages always print.
            if case .object(let object) = response, object.isEmpty { return FormattedOutput(stdout: "") }
            return YAMLFormatter.formatStreamPage(response)
        }
    }
}
