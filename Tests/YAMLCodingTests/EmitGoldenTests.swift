import JSONValue
import Testing
@testable import YAMLCoding

/// Every case kubectl printed (Fixtures/emit_goldens.json): hundreds of generated strings in
/// value, sequence, nested and key positions, plus key order, numbers, empties and nesting.
@Suite struct EmitGoldenTests {
    static let cases: [JSON] = (Fixtures.load("emit_goldens").array ?? []) + commandCases
    /// Everyday commands (`create deployment`, `create configmap --from-file`, secrets, services...).
    static let commandCases: [JSON] = Fixtures.load("command_goldens").array ?? []

    @Test func commandFixturesArePresent() {
        #expect(Self.commandCases.count > 15)
    }

    @Test func fixturesArePresent() {
        #expect(Self.cases.count > 900)
    }

    @Test func emitMatchesKubectl() {
        var failures: [String] = []
        var checked = 0
        for entry in Self.cases {
            guard let jsonText = entry["json"].string, let object = JSONParser.parseOrNil(jsonText) else { continue }
            let name = entry["name"].string ?? "?"
            if let want = entry["yaml"].string {
                checked += 1
                let got = KubeYAML.emit(object)
                if got != want {
                    failures.append("\(name) \(entry["string"].string.debugDescription): \(Fixtures.firstDifference(got, want))")
                }
                do {
                    let checkedText = try KubeYAML.checkedEmit(object)
                    if checkedText != want { failures.append("\(name): checkedEmit differs") }
                } catch {
                    failures.append("\(name): checkedEmit failed: \(error.message)")
                }
            } else if let error = entry["error"].string {
                checked += 1
                do {
                    _ = try KubeYAML.checkedEmit(object)
                    failures.append("\(name): kubectl failed with \(error) but checkedEmit succeeded")
                } catch {
                    if "error: " + error.message != errorText(entry) {
                        failures.append("\(name): got \(error.message), want \(errorText(entry))")
                    }
                }
            }
        }
        #expect(checked > 900)
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(checked) differ:\n" + failures.prefix(25).joined(separator: "\n")))
    }

    private func errorText(_ entry: JSON) -> String { entry["error"].string ?? "" }
}
