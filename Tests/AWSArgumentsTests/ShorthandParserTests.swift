import AWSArguments
import JSONValue
import Testing

/// Goldens from aws-cli 2.27.0's own `awscli.shorthand.ShorthandParser` (Tools/oracle/shorthand_cases.py):
/// the error texts are v2's (`for input:\n <input>` with the leading space), not v1's.
@Suite struct ShorthandParserTests {
    static let cases = Fixtures.cases("shorthand.jsonl")

    @Test func fixtureIsLoaded() {
        #expect(Self.cases.count > 1000)
    }

    @Test(arguments: cases)
    func matchesAWSCLI(_ c: Case) {
        guard let input = c.json["input"].string else {
            Issue.record("bad fixture line")
            return
        }
        let expectedError = c.json["error"].string
        do {
            let result = try ShorthandParser().parse(input)
            if let expectedError {
                Issue.record("expected error \(expectedError), got \(Fixtures.canonical(result))")
            } else {
                #expect(Fixtures.canonical(result) == Fixtures.canonical(c.json["result"]))
            }
        } catch {
            if c.json["kind"].string == "recursion" {
                #expect(error == .recursion)
            } else {
                #expect(error.message == expectedError)
            }
        }
    }
}
