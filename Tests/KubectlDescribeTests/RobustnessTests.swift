import JSONValue
import Testing
@testable import KubectlDescribe

/// Describe must never trap: Shipyard objects can be incomplete or hand-edited. Every fixture
/// object is rendered with fields removed or replaced by values of the wrong type.
@Suite struct RobustnessTests {
    /// Deterministic xorshift, so a failure reproduces.
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(max(n, 1)))
        }
    }

    static func paths(_ v: JSON, _ prefix: [String] = [], into out: inout [[String]]) {
        guard case .object(let o) = v else { return }
        for (k, child) in o.pairs {
            out.append(prefix + [k])
            paths(child, prefix + [k], into: &out)
        }
    }

    static let replacements: [JSON] = [
        .null, .string(""), .string("not-a-valid-value"), .int(-1), .int(Int.max), .double(1e300), .bool(true),
        .array([]), .array([.null, .string("x"), .object(JSONObject())]), .object(JSONObject()),
        .string("1e99999"), .string("-9223372036854775808m"), .string("9999-12-31T23:59:59Z"), .string("0001-01-01T00:00:00Z"),
    ]

    @Test func mutatedObjectsRenderWithoutTrapping() {
        var rng = Random(state: 0x9E37_79B9_7F4A_7C15)
        var renders = 0
        for object in Goldens.cluster.objects where object["kind"].string != "Event" {
            var all: [[String]] = []
            Self.paths(object, into: &all)
            for _ in 0..<40 {
                var mutated = object
                for _ in 0...rng.next(3) {
                    guard !all.isEmpty else { break }
                    let path = all[rng.next(all.count)]
                    mutated.setValue(Self.replacements[rng.next(Self.replacements.count)], at: path)
                }
                _ = Describe.render(Goldens.inputs(for: mutated))
                renders += 1
            }
        }
        #expect(renders > 1000)
    }

    /// Related objects (pods of a node, ReplicaSets of a Deployment...) can be odd too.
    @Test func mutatedRelatedObjectsRenderWithoutTrapping() {
        final class Box { var rng = Random(state: 42) }
        let box = Box()
        let cluster = Goldens.cluster
        for object in cluster.objects where ["Node", "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Namespace",
                                            "Service", "Ingress", "ServiceAccount", "PersistentVolumeClaim"].contains(object["kind"].str) {
            for _ in 0..<10 {
                let inputs = DescribeInputs(object: object, events: cluster.objects.filter { $0["kind"].string == "Event" },
                                            related: { resource, ns, labels, fields in
                                                cluster.list(resource, ns, labels, fields).map { item in
                                                    var all: [[String]] = []
                                                    RobustnessTests.paths(item, into: &all)
                                                    guard !all.isEmpty else { return item }
                                                    var m = item
                                                    m.setValue(RobustnessTests.replacements[box.rng.next(RobustnessTests.replacements.count)],
                                                               at: all[box.rng.next(all.count)])
                                                    return m
                                                }
                                            },
                                            age: { _ in "5m" })
                _ = Describe.render(inputs)
            }
        }
    }

    @Test func degenerateInputs() {
        for v: JSON in [.null, .string("x"), .array([]), ["kind": "Pod"], ["kind": "Node", "metadata": .null],
                        ["kind": "Deployment", "spec": ["replicas": "three"]]] {
            let out = Describe.render(DescribeInputs(object: v, age: { _ in "1m" }))
            #expect(out.hasPrefix("Name:"))
        }
    }
}
