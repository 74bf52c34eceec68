import AWSOutput
import JSONValue
import Testing

/// The entry points' contracts that the goldens do not show on their own.
struct APITests {
    @Test func outputArgumentsAreV2s() {
        #expect(OutputFormat.allCases.map(\.rawValue) == ["json", "text", "table", "yaml", "yaml-stream"])
        #expect(OutputFormat(argument: "off") == nil)
        #expect(OutputFormat(argument: "yaml-stream") == .yamlStream)
        #expect(OutputFormat(argument: "xml") == nil)
    }

    /// Expected: `oracle.py yaml-stream` run on each page in turn, outputs concatenated.
    @Test func yamlStreamPagesReadAsOneList() {
        let pages: [JSON] = [["taskArns": ["a", "b"]], ["taskArns": ["c"]]]
        let output = pages.map { YAMLFormatter.formatStreamPage($0).stdout }.joined()
        #expect(output == "- taskArns:\n  - a\n  - b\n- taskArns:\n  - c\n")
    }

    @Test func formatterErrorsCarryPythonsWording() {
        let result = AWSOutputFormatter.render(
            [["a", "b"], ["c"]], format: .table, operationName: "Op")
        #expect(result.stdout.isEmpty)
        #expect(result.error == FormatterError(pythonType: "ValueError", message: "Row should have 2 elements, instead it has 1"))
        #expect(result.error?.description == "Row should have 2 elements, instead it has 1")
    }
}
