import JSONValue
import Testing
@testable import YAMLCoding

/// Every manifest kubectl read (Fixtures/parse_goldens.json): YAML 1.1 scalars, keys, block and
/// flow styles, anchors and merges, tags, multi-document streams, JSON streams, and errors.
@Suite struct ParseGoldenTests {
    static let cases: [JSON] = Fixtures.load("parse_goldens").array ?? []

    @Test func fixturesArePresent() {
        #expect(Self.cases.count > 250)
    }

    @Test func parseMatchesKubectl() {
        var failures: [String] = []
        for entry in Self.cases {
            let name = entry["name"].string ?? "?"
            let text = entry["text"].string ?? ""
            let expectedObjects = (try? JSONStream.parse(entry["kubectlJSON"].string ?? "")) ?? []
            let result: Result<[JSON], YAMLError>
            do { result = .success(try KubeYAML.parseDocuments(text)) } catch { result = .failure(error) }

            if let error = entry["error"].string {
                let want = error.components(separatedBy: "error parsing FILE: ").last ?? error
                switch result {
                case .success(let docs):
                    failures.append("\(name): kubectl failed (\(want)) but parsed \(docs.count) documents")
                case .failure(let got):
                    if got.kubectlMessage != want {
                        failures.append("\(name):\n  got:  \(got.kubectlMessage)\n  want: \(want)")
                    }
                }
                continue
            }
            switch result {
            case .failure(let got):
                failures.append("\(name): unexpected error \(got.kubectlMessage)")
            case .success(var docs):
                guard docs.count == expectedObjects.count else {
                    failures.append("\(name): \(docs.count) documents, kubectl \(expectedObjects.count)")
                    continue
                }
                for i in docs.indices {
                    docs[i].setValue("bar", at: ["metadata", "labels", "foo"])
                    if docs[i] != expectedObjects[i] {
                        failures.append("\(name):\n  got:  \(JSONWriter.goCompact.write(docs[i]))\n  want: \(JSONWriter.goCompact.write(expectedObjects[i]))")
                    }
                }
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) differ:\n" + failures.prefix(40).joined(separator: "\n")))
    }
}
