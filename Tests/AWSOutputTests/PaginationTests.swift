import AWSOutput
import JSONValue
import Testing

/// One paginated run of aws-cli's text formatter (see `PaginationGoldens`).
struct PaginationGolden: Sendable, CustomTestStringConvertible {
    let name: String
    let query: String?
    let resumeToken: String?
    /// JSON array: what the formatter passed to its text writer, in order.
    let documents: String
    let stdout: String

    var testDescription: String { name }
}

/// The text format is applied page by page; concatenating `formatPage` over the documents
/// the CLI formats must give the CLI's whole output.
struct PaginationTests {
    @Test("page-by-page text output matches the CLI", arguments: PaginationGoldens.all)
    func pages(_ golden: PaginationGolden) {
        guard let documents = parseInput(golden.documents)?.array else {
            Issue.record("documents must be a JSON array")
            return
        }
        let output = documents.map { TextFormatter.formatPage($0).stdout }.joined()
        #expect(output == golden.stdout)
    }

    @Test("the resume-token document is the one the CLI formats", arguments: PaginationGoldens.all)
    func resumeTokenDocument(_ golden: PaginationGolden) {
        guard golden.query == nil, let token = golden.resumeToken else { return }
        let documents = parseInput(golden.documents)?.array ?? []
        #expect(documents.last == TextFormatter.resumeTokenPage(token))
        #expect(golden.stdout.hasSuffix(TextFormatter.nextTokenLine(token)))
    }

    @Test func nextTokenLine() {
        #expect(TextFormatter.nextTokenLine("abc==") == "NEXTTOKEN\tabc==\n")
    }
}
