import GoPorts
import JSONValue
import Testing
@testable import KubectlDescribe

/// Vectors for the pieces kubectl gets from Go libraries, taken from their documentation and
/// tests (apimachinery quantity_test.go).
@Suite struct SupportTests {
    @Test(arguments: [
        ("100m", "100m"), ("0.1", "100m"), ("1.5", "1500m"), ("1000m", "1"), ("2", "2"), ("1000", "1k"),
        ("1Gi", "1Gi"), ("1024Mi", "1Gi"), ("1.5Gi", "1536Mi"), ("64Mi", "64Mi"), ("2048Ki", "2Mi"),
        ("8148432Ki", "8148432Ki"), ("18570104183", "18570104183"), ("0", "0"), ("0Mi", "0"), ("100M", "100M"),
        ("1e3", "1e3"), ("12e2", "1200"), ("0.5Gi", "512Mi"), ("1.1Ki", "1126400m"), ("500e-3", "500e-3"), ("0.000000001", "1n"),
        ("0.0000000001", "1n"), ("-100m", "-100m"), ("1Ei", "1Ei"),
    ])
    func quantityCanonicalForm(_ input: String, _ expected: String) {
        #expect(Quantity(parsing: input).string == expected)
    }

    @Test func quantitySumsKeepTheFirstFormat() {
        var cpu = Quantity.zero
        cpu.add(Quantity(parsing: "100m"))
        cpu.add(Quantity(parsing: "1"))
        #expect(cpu.string == "1100m")
        var mem = Quantity(parsing: "70Mi")
        mem.add(Quantity(parsing: "100Mi"))
        #expect(mem.string == "170Mi")
        #expect(Quantity(parsing: "1Gi").value == 1_073_741_824)
        #expect(Quantity(parsing: "250m").milliValue == 250)
        #expect(Quantity(parsing: "1n").value == 1)
    }

    @Test func timestamps() {
        let t = KubeTime.parse("2025-12-31T23:50:12Z")
        #expect(t?.rfc1123Z == "Wed, 31 Dec 2025 23:50:12 +0000")
        #expect(KubeTime.parse("2026-01-01T00:00:00.123456Z")?.nanos == 123_456_000)
        #expect(KubeTime.parse("2026-01-01T02:00:00+02:00")?.rfc1123Z == "Thu, 01 Jan 2026 00:00:00 +0000")
        #expect(KubeTime.parse("yesterday") == nil)
        #expect(KubeTime.parse("2026-13-01T00:00:00Z") == nil)
        #expect(HumanDuration.age(of: nil, now: KubeTime(seconds: 0)) == "<unknown>")
    }

    @Test func writerEscapesTerminalControls() {
        let w = DescribeWriter()
        w.write(0, "a\u{1B}[31m\rb\n")
        #expect(w.finish() == "a^[[31m\\rb\n")
    }

    @Test func selectors() {
        let sel: JSON = ["matchLabels": ["b": "2", "a": "1"],
                         "matchExpressions": [["key": "tier", "operator": "NotIn", "values": ["y", "x"]],
                                              ["key": "c", "operator": "Exists"]]]
        #expect(Selectors.string(sel) == "a=1,b=2,c,tier notin (x,y)")
        #expect(Selectors.formatted(.null) == "<none>")
        #expect(Selectors.formatLabels(["z": "1", "a": ""]) == "a=,z=1")
    }

    @Test func smartLabels() {
        #expect(GenericDescriber.smartLabel("apiVersion") == "API Version")
        #expect(GenericDescriber.smartLabel("uid") == "UID")
        #expect(GenericDescriber.smartLabel("leaseDurationSeconds") == "Lease Duration Seconds")
        #expect(GenericDescriber.smartLabel("PDFLoader") == "PDF Loader")
        #expect(GenericDescriber.smartLabel("x509") == "x509")
        #expect(GenericDescriber.smartLabel("k8s.io/x") == "k8s.io/x")
    }

    @Test func eventMatching() {
        let node: JSON = ["kind": "Node", "metadata": ["name": "n1", "uid": "u-1"]]
        let byUID: JSON = ["involvedObject": ["kind": "Node", "name": "n1", "uid": "u-1"]]
        let byName: JSON = ["involvedObject": ["kind": "Node", "name": "n1", "uid": "n1"]]
        let other: JSON = ["involvedObject": ["kind": "Pod", "name": "n1", "uid": "u-1"]]
        #expect(Describe.eventMatches(byUID, object: node))
        #expect(Describe.eventMatches(byName, object: node))
        #expect(!Describe.eventMatches(other, object: node))
    }
}
