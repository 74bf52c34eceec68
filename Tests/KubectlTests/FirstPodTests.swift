import JSONValue
import Testing
@testable import Kubectl

/// Which pod `kubectl logs deploy/x` and `kubectl exec deploy/x` pick, by podutils' orders.
@Suite struct FirstPodTests {
    static func pod(_ name: String, node: String? = "node01", phase: String = "Running", readySince: String? = nil,
                    restarts: Int = 0, created: String = "2026-01-01T00:00:00Z", deleting: String? = nil) -> JSON {
        var pod: JSON = ["metadata": ["name": .string(name), "creationTimestamp": .string(created)]]
        if let deleting { pod["metadata"]["deletionTimestamp"] = .string(deleting) }
        if let node { pod["spec"]["nodeName"] = .string(node) }
        pod["status"]["phase"] = .string(phase)
        pod["status"]["conditions"] = [["type": "Ready", "status": readySince == nil ? "False" : "True",
                                        "lastTransitionTime": .string(readySince ?? created)]]
        pod["status"]["containerStatuses"] = [["name": "app", "restartCount": .int(restarts)]]
        return pod
    }

    @Test func bothPreferAScheduledRunningReadyPod() {
        let pods = [Self.pod("a", node: nil, phase: "Pending"), Self.pod("b", phase: "Pending"),
                    Self.pod("c", readySince: "2026-01-01T00:00:09Z"), Self.pod("d")]
        #expect(FirstPod.choose(pods, for: .logging)?.name == "c")
        #expect(FirstPod.choose(pods, for: .attaching)?.name == "c")
    }

    @Test func bothPreferThePodReadyLongest() {
        let pods = [Self.pod("a", readySince: "2026-01-01T00:00:05Z"), Self.pod("b", readySince: "2026-01-01T00:00:04Z"),
                    Self.pod("c", readySince: "2026-01-01T00:00:05Z")]
        #expect(FirstPod.choose(pods, for: .logging)?.name == "b")
        #expect(FirstPod.choose(pods, for: .attaching)?.name == "b")
    }

    @Test func logsWantMostRestartsExecWantsFewest() {
        let pods = [Self.pod("calm", readySince: "2026-01-01T00:00:05Z"),
                    Self.pod("flaky", readySince: "2026-01-01T00:00:05Z", restarts: 3)]
        #expect(FirstPod.choose(pods, for: .logging)?.name == "flaky")
        #expect(FirstPod.choose(pods, for: .attaching)?.name == "calm")
    }

    @Test func execAvoidsAPodBeingDeleted() {
        let pods = [Self.pod("going", readySince: "2026-01-01T00:00:01Z", deleting: "2026-01-01T00:01:00Z"),
                    Self.pod("staying", readySince: "2026-01-01T00:00:05Z")]
        #expect(FirstPod.choose(pods, for: .attaching)?.name == "staying")
        #expect(FirstPod.choose(pods, for: .logging)?.name == "going")  // ByLogging does not look at deletion
    }

    @Test func tiesKeepTheAPIsNameOrder() {
        let pods = (1...5).map { Self.pod("p\($0)", readySince: "2026-01-01T00:00:05Z") }
        #expect(FirstPod.choose(pods, for: .logging)?.name == "p1")
        #expect(FirstPod.choose(pods, for: .attaching)?.name == "p1")
        #expect(FirstPod.choose([], for: .logging) == nil)
    }
}
