import AWSOutput
import JSONValue
import Testing

/// One output the aws-cli oracle printed for one input (see `Tools/aws-output/make_goldens.py`).
struct Golden: Sendable, CustomTestStringConvertible {
    let name: String
    let format: OutputFormat
    /// The operation name, a table's title.
    var title = "Operation"
    var width = 80
    /// The response (or `--query` result) as JSON text.
    let input: String
    /// What the oracle wrote on stdout.
    let stdout: String
    /// The oracle's exception as `Type: message`, if it raised one.
    var error: String? = nil

    var testDescription: String { name }
}

/// Parses a golden's input; a broken literal fails the test instead of crashing it.
func parseInput(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSON? {
    do {
        return try JSONParser.parse(text)
    } catch {
        Issue.record("input is not JSON: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Formats the golden's input and compares stdout and the exception with the oracle's.
func check(_ golden: Golden, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let input = parseInput(golden.input, sourceLocation: sourceLocation) else { return }
    let result = AWSOutputFormatter.render(
        input, format: golden.format, operationName: golden.title, terminalWidth: golden.width)
    #expect(result.stdout == golden.stdout, sourceLocation: sourceLocation)
    #expect(result.error.map { "\($0.pythonType): \($0.message)" } == golden.error, sourceLocation: sourceLocation)
    // The convenience entry point returns the same stdout.
    let plain = AWSOutputFormatter.format(
        input, format: golden.format, operationName: golden.title, terminalWidth: golden.width)
    #expect(plain == golden.stdout, sourceLocation: sourceLocation)
}
