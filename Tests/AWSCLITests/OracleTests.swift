import AWSCLI
import Foundation
import JSONValue
import Testing
import ToolIO

/// Whole command lines run through aws-cli 2.27.0 with recorded service responses
/// (`Tools/aws-cli-oracle/cases.py`), replayed through Shipyard's `aws` with the same responses:
/// stdout, stderr, exit status, the requests made, the waiter's sleeps and the files written
/// must all be the same.
@Suite struct OracleTests {
    static let home = "/tmp/awscli-oracle/home"

    struct Case: CustomTestStringConvertible, Sendable {
        let json: JSON
        var testDescription: String { json["name"].string ?? "?" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/oracle.jsonl")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .compactMap { JSONParser.parseOrNil(String($0)) }.map(Case.init)
    }()

    @Test func fixturesArePresent() {
        #expect(Self.cases.count > 100)
    }

    @Test("aws-cli 2.27.0's behaviour", arguments: cases)
    func replay(_ testCase: Case) throws {
        let json = testCase.json
        let fileSystem = InMemoryFileSystem(home: Self.home)
        for (path, content) in json["files"].object?.pairs ?? [] {
            try Self.write(content.string ?? "", to: path, in: fileSystem)
        }
        var environment = ["HOME": Self.home]
        for (key, value) in json["env"].object?.pairs ?? [] { environment[key] = value.string }
        let endpoint = RecordedEndpoint(responses: json["responses"].array ?? [])
        let aws = AWSCommand(endpoint: endpoint)
        let arguments = (json["argv"].array ?? []).compactMap(\.string)
        let output = aws.run(Invocation(arguments: arguments, stdin: json["stdin"].string, environment: environment,
                                        fileSystem: fileSystem, terminalWidth: 80))

        // AWSCLI_ORACLE_DUMP=DIR writes each case's actual and expected output there, for diffing.
        if let dump = ProcessInfo.processInfo.environment["AWSCLI_ORACLE_DUMP"] {
            let text = "=== \(testCase.testDescription)\n--- stdout\n\(output.stdout)--- expected\n\(json["stdout"].string ?? "")"
                + "--- stderr\n\(output.stderr)--- expected\n\(json["stderr"].string ?? "")--- calls \(endpoint.calls.map { JSONWriter.goCompact.write($0.input) })\n"
            try? Data(text.utf8).write(to: URL(fileURLWithPath: dump + "/" + testCase.testDescription + ".txt"))
        }
        if testCase.testDescription == "version" {
            // The rest of the line names the machine aws-cli runs on.
            #expect(output.stdout.hasPrefix("aws-cli/2.27.0 Python/3.13."))
            #expect(json["stdout"].string?.hasPrefix("aws-cli/2.27.0 Python/3.13.") == true)
        } else {
            #expect(output.stdout == json["stdout"].string)
        }
        #expect(output.stderr == json["stderr"].string)
        #expect(Int(output.status) == json["rc"].int)
        let expectedCalls = json["calls"].array ?? []
        #expect(endpoint.calls.map(\.operation) == expectedCalls.map { $0["operation"].string ?? "" })
        for (made, expected) in zip(endpoint.calls, expectedCalls) {
            #expect(Self.canonical(made.input) == Self.canonical(expected["params"]), "request to \(made.operation)")
        }
        #expect(endpoint.sleeps == (json["sleeps"].array ?? []).compactMap(\.int))
        for (path, content) in json["files_after"].object?.pairs ?? [] {
            let actual = try? fileSystem.readText(Self.home + "/" + path)
            #expect(actual == content.string, "\(path)")
        }
    }

    static func write(_ content: String, to path: String, in fileSystem: InMemoryFileSystem) throws {
        let full = home + "/" + path
        var directory = ""
        for component in full.split(separator: "/").dropLast() {
            directory += "/" + component
            if !fileSystem.exists(directory) { try fileSystem.makeDirectory(directory) }
        }
        try fileSystem.writeFile(full, Array(content.utf8), append: false)
    }

    /// Key order and number spelling do not matter in a request body.
    static func canonical(_ value: JSON) -> String {
        switch value {
        case .object(let object):
            return "{" + object.sortedPairs.map { "\($0.key):" + canonical($0.value) }.joined(separator: ",") + "}"
        case .array(let items): return "[" + items.map(canonical).joined(separator: ",") + "]"
        case .double(let d) where d.rounded() == d && abs(d) < 1e15: return String(Int(d))
        default: return JSONWriter(dialect: .python).write(value)
        }
    }
}
