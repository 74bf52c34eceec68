import AWSOutput
import JMESPath
import JSONValue
import ToolIO

/// How a response reaches stdout: `--query` on the document, then the formatter chosen by
/// `--output` (`awscli/formatter.py`). json, yaml and table format a paginated operation's
/// merged result once; text formats page by page (the query applied to each page), and
/// yaml-stream prints each page as it arrives.
struct ResponseDisplay {
    let format: OutputFormat
    let query: JMESPathExpression?
    /// The API operation name: the title of a table.
    let operationName: String
    let terminalWidth: Int

    /// The formats aws-cli 2.27 knows, by the name `--output` or the config file gives.
    static func format(named name: String) throws(AWSCLIError) -> OutputFormat {
        guard GlobalArguments.outputChoices.contains(name), let format = OutputFormat(argument: name) else {
            throw .general("Unknown output type: \(name)")
        }
        return format
    }

    /// A whole (non-paginated, or merged) response.
    func show(_ response: JSON, into output: inout ToolOutput) throws(AWSCLIError) {
        let document = try applyQuery(response)
        let rendered: FormattedOutput
        switch format {
        case .text: rendered = TextFormatter.formatPage(document)
        case .yamlStream:
            if case .object(let object) = document, object.isEmpty { return }
            rendered = YAMLFormatter.formatStreamPage(document)
        default:
            rendered = AWSOutputFormatter.render(document, format: format, operationName: operationName,
                                                 terminalWidth: terminalWidth)
        }
        try write(rendered, into: &output)
    }

    /// One page of a paginated response, for the formats that stream (text, yaml-stream):
    /// `page` is what that formatter sees (see `PageIterator.textPage`).
    func showPage(_ page: JSON, into output: inout ToolOutput) throws(AWSCLIError) {
        let document = try applyQuery(page)
        let rendered = format == .text ? TextFormatter.formatPage(document) : YAMLFormatter.formatStreamPage(document)
        try write(rendered, into: &output)
    }

    var streamsPages: Bool { format == .text || format == .yamlStream }

    private func applyQuery(_ document: JSON) throws(AWSCLIError) -> JSON {
        guard let query else { return document }
        do throws(JMESPathError) {
            return try query.search(document)
        } catch {
            throw .general(error.description)
        }
    }

    private func write(_ rendered: FormattedOutput, into output: inout ToolOutput) throws(AWSCLIError) {
        output.out(rendered.stdout)
        if let error = rendered.error { throw .general(error.message) }
    }
}
