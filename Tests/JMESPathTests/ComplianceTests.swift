import Foundation
import JSONValue
import Testing

@testable import JMESPath

/// The official JMESPath compliance suite (jmespath.test), kept as data outside the package.
///
/// Shipyard's repository keeps it at `<package root>/../shared/oracles/jmespath`; a checkout that
/// lives elsewhere can point `JMESPATH_COMPLIANCE_DIR` at it. Without it the tests are skipped
/// with a message rather than passing vacuously.
enum ComplianceSuite {
    static let directory: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["JMESPATH_COMPLIANCE_DIR"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        // #filePath is <root>/Tests/JMESPathTests/ComplianceTests.swift. The checkout sits beside
        // `shared` (`<root>/../shared`); a worktree one level further down (`work/wt/<name>`)
        // finds it one directory higher.
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent("../shared/oracles/jmespath").standardizedFileURL)
        candidates.append(packageRoot.appendingPathComponent("../../shared/oracles/jmespath").standardizedFileURL)
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }()

    static let skipMessage: Comment = """
        JMESPath compliance suite not found: set JMESPATH_COMPLIANCE_DIR or place it at \
        <package root>/../shared/oracles/jmespath (or ../../shared for a worktree)
        """

    /// The suite's test files (`schema.json` describes them and is not one).
    static let files: [String] = {
        guard let directory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".json") && $0 != "schema.json" }.sorted()
    }()

    struct Case: CustomStringConvertible {
        var file: String
        var given: JSON
        var expression: String
        var result: JSON?
        var error: String?
        var bench: String?

        var description: String { "\(file): \(expression)" }
    }

    static func cases(in file: String) throws -> [Case] {
        guard let directory else { return [] }
        let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        var cases: [Case] = []
        for suite in try JSONParser.parse(text).array ?? [] {
            for entry in suite["cases"].array ?? [] {
                guard let expression = entry["expression"].string else { continue }
                let object = entry.object
                cases.append(Case(
                    file: file, given: suite["given"], expression: expression,
                    result: object?.contains("result") == true ? entry["result"] : nil,
                    error: entry["error"].string, bench: entry["bench"].string))
            }
        }
        return cases
    }

    /// Python's outcome for a case: the value, or the error's category.
    static func run(_ testCase: Case) -> Result<JSON, JMESPathError> {
        do {
            return .success(try JMESPathExpression(testCase.expression).search(testCase.given))
        } catch {
            return .failure(error)
        }
    }
}

@Suite(.enabled(if: ComplianceSuite.directory != nil, ComplianceSuite.skipMessage))
struct ComplianceTests {
    @Test("Every result and error case of the compliance suite", arguments: ComplianceSuite.files)
    func file(_ name: String) throws {
        let cases = try ComplianceSuite.cases(in: name).filter { $0.bench == nil }
        for testCase in cases {
            switch (ComplianceSuite.run(testCase), testCase.result, testCase.error) {
            case let (.success(actual), expected?, _):
                // JSON's == compares int and double numerically, as the suite intends.
                #expect(actual == expected, "\(testCase): got \(JSONWriter.goCompact.write(actual))")
            case let (.failure(error), _, expected?):
                #expect(error.category.rawValue == expected, "\(testCase): got \(error.category) \(error)")
            case let (.success(actual), _, expected?):
                Issue.record("\(testCase): expected a \(expected) error, got \(JSONWriter.goCompact.write(actual))")
            case let (.failure(error), _, _):
                Issue.record("\(testCase): unexpected error \(error)")
            case (.success, nil, nil):
                Issue.record("\(testCase): case has neither result nor error")
            }
        }
    }

    @Test("The suite has the 892 result and error cases its README promises")
    func caseCount() throws {
        var total = 0
        for name in ComplianceSuite.files {
            total += try ComplianceSuite.cases(in: name).filter { $0.bench == nil }.count
        }
        #expect(total == 892)
    }

    @Test("Benchmark expressions compile, and the 'full' ones evaluate")
    func benchmarks() throws {
        for name in ComplianceSuite.files {
            for testCase in try ComplianceSuite.cases(in: name) where testCase.bench != nil {
                let compiled = try JMESPathExpression(testCase.expression)
                if testCase.bench == "full" { _ = try compiled.search(testCase.given) }
            }
        }
    }
}
