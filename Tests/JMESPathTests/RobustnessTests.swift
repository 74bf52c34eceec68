import Foundation
import JSONValue
import Testing

@testable import JMESPath

/// No expression may crash or hang the shell: absurd nesting is an error (Python's
/// `RecursionError` text), long flat chains stay linear, and evaluation over thousands of items is fast.
@Suite struct RobustnessTests {
    static let deepForms: [(String, @Sendable (Int) -> String)] = [
        ("parentheses", { String(repeating: "(", count: $0) + "a" + String(repeating: ")", count: $0) }),
        ("unclosed parentheses", { String(repeating: "(", count: $0) }),
        ("lists", { String(repeating: "[", count: $0) + "a" + String(repeating: "]", count: $0) }),
        ("hashes", { String(repeating: "{a:", count: $0) + "b" + String(repeating: "}", count: $0) }),
        ("nots", { String(repeating: "!", count: $0) + "a" }),
        ("exprefs", { String(repeating: "&", count: $0) + "a" }),
        ("functions", { String(repeating: "abs(", count: $0) + "a" + String(repeating: ")", count: $0) }),
        ("pipes", { Array(repeating: "a", count: $0).joined(separator: " | ") }),
        ("ors", { Array(repeating: "a", count: $0).joined(separator: " || ") }),
        ("comparisons", { Array(repeating: "a", count: $0).joined(separator: " == ") }),
        ("flattens", { "a" + String(repeating: "[]", count: $0) }),
        ("projections", { "a" + String(repeating: "[*]", count: $0) }),
        ("filters", { String(repeating: "a[?", count: $0) + "b" + String(repeating: "]", count: $0) }),
        ("slices", { "a" + String(repeating: "[::1]", count: $0) }),
    ]

    @Test("10,000 levels of nesting are a RecursionError, not a stack overflow",
          arguments: deepForms.map(\.0))
    func deepNesting(_ name: String) throws {
        let make = try #require(Self.deepForms.first { $0.0 == name }?.1)
        let expression = make(10_000)
        let error = #expect(throws: JMESPathError.self) {
            _ = try JMESPathExpression(expression).search(["a": [1]])
        }
        #expect(error?.description == "maximum recursion depth exceeded" || error?.category == .syntax)
    }

    @Test("Nesting up to the limit works, even on a secondary thread in a debug build",
          arguments: deepForms.map(\.0))
    func nestingAtTheLimit(_ name: String) async throws {
        let make = try #require(Self.deepForms.first { $0.0 == name }?.1)
        let expression = make(Parser.maxDepth / 3)
        let outcome = await Task.detached { () -> String in
            do {
                _ = try JMESPathExpression(expression).search(["a": [[1, 2]], "b": 1])
                return "ok"
            } catch {
                return "\(error)"
            }
        }.value
        #expect(outcome == "ok" || !outcome.contains("recursion"), "\(name): \(outcome)")
    }

    @Test func deepestAcceptedParenthesesEvaluate() async throws {
        // Parentheses cost one parser level each; the limit leaves room for the wrapping expression.
        let depth = Parser.maxDepth - 2
        let expression = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
        let result = try await Task.detached { try JMESPathExpression(expression).search(["a": 7]) }.value
        #expect(result == 7)
    }

    @Test func longFlatChainsAreLinear() throws {
        let segments = 100_000
        let chain = Array(repeating: "a", count: segments).joined(separator: ".")
        let start = Date()
        let compiled = try JMESPathExpression(chain)
        #expect(try compiled.search(["a": 1]) == .null)
        let indexes = "a" + String(repeating: "[0]", count: segments)
        #expect(try JMESPathExpression(indexes).search(["a": [1]]) == .null)
        #expect(Date().timeIntervalSince(start) < 10, "compiling long chains must not be quadratic")
    }

    @Test func bigDocumentsEvaluateQuickly() throws {
        let instances: [JSON] = (0..<5_000).map { i in
            [
                "InstanceId": .string("i-\(i)"),
                "State": ["Name": i % 3 == 0 ? "stopped" : "running"],
                "LaunchTime": .int(10_000 - i),
                "CpuOptions": ["CoreCount": .int(i % 8), "ThreadsPerCore": 2],
                "Tags": [["Key": "Name", "Value": .string("web-\(i)")], ["Key": "env", "Value": "prod"]],
            ]
        }
        let document: JSON = ["Reservations": [["Instances": .array(instances)]]]
        let query = try JMESPathExpression(
            "sort_by(Reservations[].Instances[?State.Name == 'running'][], &LaunchTime)"
                + "[].{id: InstanceId, name: Tags[?Key == 'Name'].Value | [0], cores: CpuOptions.CoreCount}")
        let start = Date()
        let result = try query.search(document)
        let elapsed = Date().timeIntervalSince(start)
        #expect(result.array?.count == 3_333)
        #expect(result[0]["id"] == "i-4999")
        #expect(elapsed < 5, "evaluation took \(elapsed)s")
        let totals = try JMESPathExpression("sum(Reservations[].Instances[].CpuOptions.CoreCount)").search(document)
        #expect(totals == .int((0..<5_000).reduce(0) { $0 + $1 % 8 }))
    }

    @Test func hostileLiteralsAndNumbersDoNotTrap() throws {
        let expressions = [
            "a[99999999999999999999999]", "a[-99999999999999999999999]",
            "a[99999999999999999999:-99999999999999999999:-99999999999999999999]",
            "a[-9223372036854775808:9223372036854775807:9223372036854775807]",
            "a[::-9223372036854775808]", "abs(`-9223372036854775808`)", "sum(`[9223372036854775807, 1]`)",
            "to_number('99999999999999999999999')", "ceil(`1e300`)", "`" + String(repeating: "[", count: 100_000) + "`",
            "'\\", "`\\", "\"\\", "\"\\u", "\"\\ud800\"", "`\"\\ud800\"`",
        ]
        for expression in expressions {
            _ = try? JMESPathExpression(expression).search(["a": [1, 2, 3]])
        }
    }
}
