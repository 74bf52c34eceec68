import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// ControllerRevisions: the patch a revision holds, its hash, and the history a DaemonSet keeps.
@Suite struct ControllerHistoryTests {
    @Test func fnv1HashesAsGosFNV32() {
        #expect(fnv1_32("") == 0x811c_9dc5)
        #expect(fnv1_32("a") == 0x050c_5d7e)
        #expect(fnv1_32("foobar") == 0x31f0_b262)
    }

    @Test func aRevisionHoldsThePatchThatReplacesTheTemplate() {
        let owner: JSON = ["spec": ["replicas": 3, "template": [
            "spec": ["containers": [["name": "nginx", "image": "nginx:1.27"]]],
            "metadata": ["labels": ["app": "web"], "creationTimestamp": .null],
        ]]]
        let data = ControllerHistory.patch(restoring: owner)
        #expect(ControllerHistory.bytes(data) == #"{"spec":{"template":{"$patch":"replace","metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx"}]}}}}"#)
        // FNV-1 of those bytes and the collision count "0", in the safe alphabet.
        #expect(ControllerHistory.hash(data, collisionCount: 0) == "d9dbd644")
        #expect(ControllerHistory.template(of: ["data": data]) == owner["spec"]["template"])
        #expect(ControllerHistory.restores(owner, ["data": data]))
    }

    @Test func aPatchIsWrittenWithGosEscapes() {
        let owner: JSON = ["spec": ["template": ["spec": ["containers": [["args": ["a<b&c>"]]]]]]]
        #expect(ControllerHistory.bytes(ControllerHistory.patch(restoring: owner)).contains(#""a\u003cb\u0026c\u003e""#))
    }

    @Test func aTemplateUsedAgainIsRenumberedAndOldRevisionsArePruned() throws {
        let cluster = TestCluster.make(withNode: true)
        let server = cluster.apiServer
        func image(_ tag: String) {
            server.modify(.daemonSet, namespace: "default", name: "agent") {
                $0["spec"]["template"]["spec"]["containers"][0]["image"] = .string("busybox:\(tag)")
            }
            cluster.simulation.advance(by: .seconds(Int64(60)))
        }
        func revisions() -> [String: Int] {
            var result: [String: Int] = [:]
            for revision in server.list(.controllerRevision, namespace: "default") {
                result[ControllerHistory.template(of: revision)["spec"]["containers"][0]["image"].string ?? ""] =
                    revision["revision"].int
            }
            return result
        }
        try server.create(.daemonSet, [
            "metadata": ["name": "agent"],
            "spec": ["revisionHistoryLimit": 1, "selector": ["matchLabels": ["app": "agent"]],
                     "template": ["metadata": ["labels": ["app": "agent"]],
                                  "spec": ["containers": [["name": "agent", "image": "busybox:1.36"]]]]],
        ])
        cluster.simulation.advance(by: .seconds(Int64(30)))
        #expect(revisions() == ["busybox:1.36": 1])
        image("1.37")
        #expect(revisions() == ["busybox:1.36": 1, "busybox:1.37": 2])
        image("1.36")
        #expect(revisions() == ["busybox:1.36": 3, "busybox:1.37": 2])
        // One old revision is kept: the oldest goes once a third template arrives.
        image("1.35")
        #expect(revisions() == ["busybox:1.36": 3, "busybox:1.35": 4])
        let ds = try #require(server.object(.daemonSet, namespace: "default", name: "agent"))
        #expect(ds.annotations["deprecated.daemonset.template.generation"] == "4")
    }
}
