import Foundation
import JSONValue
import Testing
@testable import KubectlDescribe

/// One recorded `kubectl describe` run (see Tools/kubectl-describe/record.py).
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let resource: String
    let namespace: String?
    let object: String
    var testDescription: String { name }
}

enum Goldens {
    static let spec: JSON = {
        let text = (try? String(contentsOf: FixtureCluster.root.appendingPathComponent("cases.json"), encoding: .utf8)) ?? "{}"
        return JSONParser.parseOrNil(text) ?? .null
    }()

    static let cases: [GoldenCase] = spec["cases"].items.map {
        GoldenCase(name: $0["name"].str, resource: $0["resource"].str, namespace: $0["namespace"].string, object: $0["object"].str)
    }

    static let cluster = FixtureCluster.load()

    /// The instant the fixtures were written for; the recorder made kubectl see it as "now".
    static let now = KubeTime.parse(spec["fixtureNow"].str) ?? KubeTime(seconds: 0)

    static func inputs(for object: JSON) -> DescribeInputs {
        let cluster = Self.cluster
        let events = cluster.objects.filter { $0["kind"].string == "Event" && Describe.eventMatches($0, object: object) }
        return DescribeInputs(object: object, events: events,
                              related: { cluster.list($0, $1, $2, $3) },
                              age: { Describe.age(of: $0, now: Goldens.now) })
    }

    static func golden(_ name: String) -> String? {
        try? String(contentsOf: FixtureCluster.root.appendingPathComponent("golden/\(name).txt"), encoding: .utf8)
    }

    /// Describers not written yet: their goldens are recorded but not compared.
    static let unsupported: Set<String> = []
}

@Suite struct GoldenTests {
    @Test func fixturesArePresent() {
        #expect(Goldens.cases.count > 60)
        #expect(Goldens.cluster.objects.count > 100)
    }

    @Test(arguments: Goldens.cases.filter { !Goldens.unsupported.contains($0.name) })
    func matchesRealKubectl(_ c: GoldenCase) throws {
        let found = Goldens.cluster.find(c.resource, c.namespace, c.object)
        let object = try #require(found, "fixture object missing")
        let golden = Goldens.golden(c.name)
        let expected = try #require(golden, "golden missing")
        let actual = Describe.render(Goldens.inputs(for: object))
        if actual != expected {
            let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
            let i = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
            Issue.record("""
                \(c.name): first difference at line \(i + 1)
                expected: \(i < e.count ? e[i].debugDescription : "<end>")
                actual:   \(i < a.count ? a[i].debugDescription : "<end>")
                """)
        }
    }
}
