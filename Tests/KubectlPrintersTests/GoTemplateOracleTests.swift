import Foundation
import JSONValue
import KubectlPrinters
import Testing

/// Every `kubectl get … -o go-template…` case recorded from the real kubectl by
/// Tools/kubectl-gotemplate/make_fixtures.py, replayed through `KubectlGetPrinter` and compared
/// byte for byte (stdout, stderr, exit status).
@Suite struct GoTemplateOracleTests {
    /// GOTEMPLATE_FIXTURE=/abs/path.json swift test replays another recording of the same
    /// shape instead (a debugging aid, e.g. for randomly generated templates).
    static let document: JSON = {
        guard let path = ProcessInfo.processInfo.environment["GOTEMPLATE_FIXTURE"],
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return OracleFixtures.load("gotemplate.json") }
        return JSONParser.parseOrNil(text) ?? .null
    }()
    static let cases: [OracleFixtures.Case] =
        (document["cases"].array ?? []).enumerated().map { OracleFixtures.Case(index: $0, json: $1) }

    /// A template that calls itself forever: Go writes 100000 `x` before "exceeded maximum
    /// template depth (100000)"; Shipyard stops far sooner (`GoTemplateExecutor.maxWalkDepth`)
    /// with the same error, so only the number of `x` differs.
    static let endlessRecursion = "go-template={{define \"R\"}}x{{template \"R\" .}}{{end}}{{template \"R\" .}}"

    @Test func fixturesArePresent() {
        #expect(Self.cases.count > 500)
    }

    @Test(arguments: cases)
    func matchesKubectl(_ fixture: OracleFixtures.Case) throws {
        let items = OracleFixtures.objects[fixture.namespace].array ?? []
        var objects = items
        if let name = fixture.name {
            objects = items.filter { $0["metadata"]["name"].string == name }
        }
        let files = fixture.files
        let output = fixture.output ?? ""
        guard let format = KubectlGetPrinter.Format(output: output, template: fixture.template) else {
            // kubectl's own refusal of the format, which OutputFormat reports before printing.
            #expect(fixture.stderr.hasPrefix("error: unable to match a printer suitable for the output format"))
            return
        }
        let result = KubectlGetPrinter.render(
            format, objects: objects, single: fixture.name != nil, sortBy: fixture.sortBy,
            allowMissingTemplateKeys: fixture.allowMissing,
            readFile: { path in files[path].map { .success($0) } ?? .failure(.notFound(path)) })

        if output == Self.endlessRecursion {
            let written = result.stdout.prefix(while: { $0 == "x" }).count
            #expect(written > 400)
            #expect(result.stdout.dropFirst(written) == fixture.stdout.drop(while: { $0 == "x" }))
        } else {
            #expect(result.stdout == fixture.stdout)
        }
        #expect(result.stderr == fixture.stderr)
        #expect(result.exitCode == fixture.exitCode)
    }
}
