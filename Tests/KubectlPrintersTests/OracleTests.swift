import Foundation
import JSONValue
import KubectlPrinters
import Testing

/// Every recorded `kubectl get` case, replayed through `KubectlGetPrinter` and compared byte for
/// byte (stdout, stderr, exit status).
@Suite struct OracleTests {
    @Test func fixturesArePresent() {
        #expect(OracleFixtures.cases.count > 300)
    }

    @Test(arguments: OracleFixtures.cases.filter { $0.output != nil })
    func matchesKubectl(_ fixture: OracleFixtures.Case) throws {
        let items = OracleFixtures.objects[fixture.namespace].array ?? []
        var objects = items
        if let name = fixture.name {
            objects = items.filter { $0["metadata"]["name"].string == name }
        }
        let format = try #require(KubectlGetPrinter.Format(output: fixture.output ?? "", template: fixture.template))
        let files = fixture.files
        let result = KubectlGetPrinter.render(
            format, objects: objects, single: fixture.name != nil, sortBy: fixture.sortBy,
            noHeaders: fixture.noHeaders, allowMissingTemplateKeys: fixture.allowMissing,
            readFile: { path in files[path].map { .success($0) } ?? .failure(.notFound(path)) })

        if let dump = Environment.dumpDirectory, result != KubectlGetOutput(
            stdout: fixture.stdout, stderr: fixture.stderr, exitCode: fixture.exitCode)
        {
            // Debugging aid: KP_DUMP=/dir swift test writes each mismatch out for diffing.
            let base = dump + "/\(fixture.index)"
            _ = try? result.stdout.write(toFile: base + ".out", atomically: true, encoding: .utf8)
            _ = try? result.stderr.write(toFile: base + ".err", atomically: true, encoding: .utf8)
            _ = try? fixture.stdout.write(toFile: base + ".want.out", atomically: true, encoding: .utf8)
            _ = try? fixture.stderr.write(toFile: base + ".want.err", atomically: true, encoding: .utf8)
        }
        if fixture.unordered {
            // Go visits map members in random order; only the words printed are fixed.
            #expect(tokens(result.stdout) == tokens(fixture.stdout))
        } else {
            #expect(result.stdout == fixture.stdout)
        }
        #expect(result.stderr == fixture.stderr)
        #expect(result.exitCode == fixture.exitCode)
    }

    /// `kubectl get pods --sort-by=FIELD` with the default table (the fake server's table has
    /// only a NAME column, so the rows show the order).
    @Test(arguments: OracleFixtures.cases.filter { $0.output == nil })
    func tableSortMatchesKubectl(_ fixture: OracleFixtures.Case) {
        let items = OracleFixtures.objects[fixture.namespace].array ?? []
        var result = KubectlGetOutput(stdout: "", stderr: "", exitCode: 0)
        switch KubectlSort.sorted(items, by: fixture.sortBy, mode: .table) {
        case .success(let sorted):
            if sorted.isEmpty {
                result.stderr = "No resources found in \(fixture.namespace) namespace.\n"
            } else {
                result.stdout = "NAME\n" + sorted.map { ($0["metadata"]["name"].string ?? "") + "\n" }.joined()
            }
        case .failure(let error):
            result.stderr = error.kubectlStderr(namespace: fixture.namespace)
            result.exitCode = error.exitCode
        }
        #expect(result.stdout == fixture.stdout)
        #expect(result.stderr == fixture.stderr)
        #expect(result.exitCode == fixture.exitCode)
    }

    private func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }).map(String.init).sorted()
    }
}

enum Environment {
    static let dumpDirectory = ProcessInfo.processInfo.environment["KP_DUMP"]
}
