@testable import AWSArguments
import JSONValue
import Testing

/// End-to-end goldens: aws-cli 2.27.0 run on real commands (Tools/oracle/cli_cases.py), replayed
/// through `ParameterConversion`, `InputBlobs` and `ParamValidator`. Compared: the exact stderr
/// text and exit status, and the Python repr of the converted input (types included).
@Suite struct ConversionTests {
    static let cases = Fixtures.cases("cli.jsonl")

    @Test func fixtureIsLoaded() { #expect(Self.cases.count > 150) }

    static func files(for c: JSON) -> ParamFiles {
        var contents: [String: [UInt8]] = [:]
        var directories: Set<String> = []
        for (path, entry) in c["files"].object?.pairs ?? [] {
            if let text = entry["text"].string {
                contents[path] = Array(text.utf8)
            } else {
                contents[path] = (entry["bytes"].array ?? []).compactMap { $0.int.map { UInt8(truncatingIfNeeded: $0) } }
            }
            var parent = path
            while let slash = parent.lastIndex(of: "/"), slash != parent.startIndex {
                parent = String(parent[..<slash])
                directories.insert(parent)
            }
        }
        var environment = ["HOME": "/tmp/awsargs-oracle/home"]
        for (key, value) in c["env"].object?.pairs ?? [] { environment[key] = value.string }
        let snapshot = contents
        let dirs = directories
        return ParamFiles(environment: environment) { path throws(FileReadError) in
            if dirs.contains(path) { throw .isADirectory }
            guard let bytes = snapshot[path] else { throw .notFound }
            return bytes
        }
    }

    /// Inputs nested past `ParameterConversion`'s default JSON depth: replayed with aws-cli's own
    /// limit on a thread with a large stack (see `BigStack`).
    static let awsCLIDepthCases: Set<String> = ["depth-json-ok", "depth-json-over"]

    @Test(arguments: cases.filter { !awsCLIDepthCases.contains($0.json["name"].string ?? "") })
    func matchesAWSCLI(_ c: Case) {
        check(c, maximumJSONDepth: 1000)
    }

    @Test(arguments: cases.filter { awsCLIDepthCases.contains($0.json["name"].string ?? "") })
    func matchesAWSCLIAtItsOwnJSONDepthLimit(_ c: Case) {
        BigStack.run { check(c, maximumJSONDepth: ParameterConversion.awsCLIMaximumJSONDepth) }
    }

    /// With the default limit, JSON nested more than 1000 deep fails with aws-cli's RecursionError text.
    @Test func defaultJSONDepthLimit() {
        let model = Fixtures.model("ecs")
        let shape = model.shape("NetworkConfiguration")!
        let conversion = ParameterConversion(model: model)
        let ok = "{\"a\":" + String(repeating: "[", count: 999) + String(repeating: "]", count: 999) + "}"
        #expect(throws: Never.self) { try conversion.pythonValue(for: "--x", values: [ok], shape: shape) }
        let deep = "{\"a\":" + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "}"
        #expect(throws: ArgumentError(kind: .general,
                                      message: "maximum recursion depth exceeded while decoding a JSON array from a unicode string")) {
            try conversion.pythonValue(for: "--x", values: [deep], shape: shape)
        }
    }

    func check(_ c: Case, maximumJSONDepth: Int) {
        let argv = (c.json["argv"].array ?? []).compactMap(\.string)
        guard argv.count >= 2 else { return }
        let model = Fixtures.model(argv[0])
        var driver = CLIDriver(model: model, operation: argv[1], files: Self.files(for: c.json))
        driver.maximumJSONDepth = maximumJSONDepth
        let outcome = driver.run(Array(argv.dropFirst(2)))
        let expectedStderr = c.json["stderr"].string ?? ""
        if expectedStderr.contains("usage: aws") {
            // argparse-level failures: only the final line is this package's.
            let lastLine = expectedStderr.split(separator: "\n").last.map(String.init) ?? ""
            if lastLine.hasPrefix("Unknown options:") {
                #expect(outcome.stderr == lastLine)
            } else {
                #expect(lastLine.hasSuffix(outcome.stderr.replacingOccurrences(of: "aws: error: ", with: "error: ")))
            }
            #expect(outcome.rc == 252)
            return
        }
        #expect(outcome.stderr == expectedStderr)
        #expect(outcome.rc == Int32(c.json["rc"].int ?? -99))
        // "<RecursionError>": Python itself could not repr a value that deep (the harness records that).
        // "<_io.BufferedReader": a streaming blob is an open file in Python; here it is the file's bytes.
        if let expectedParams = c.json["params"].string, expectedParams != "<RecursionError>",
           !expectedParams.contains("<_io.BufferedReader"), let params = outcome.params {
            #expect(PythonRepr.repr(params) == expectedParams)
        }
    }
}
