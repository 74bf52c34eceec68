import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// Conditions set the kubelet's way: in its order, transition times moving only with the
/// status, and pods set alike in one second sharing one array.
@Suite struct PodConditionsTests {
    let start = SimTime(milliseconds: 1_767_225_600_000)  // 2026-01-01T00:00:00Z

    func wanted(ready: Bool) -> [PodConditions.Wanted] {
        [.init(type: "PodReadyToStartContainers", status: "True"), .init(type: "Initialized", status: "True"),
         .init(type: "Ready", status: ready ? "True" : "False", reason: ready ? nil : "ContainersNotReady",
               message: ready ? nil : "containers with unready status: [web]"),
         .init(type: "ContainersReady", status: ready ? "True" : "False", reason: ready ? nil : "ContainersNotReady",
               message: ready ? nil : "containers with unready status: [web]")]
    }

    func types(_ conditions: [JSON]) -> [String] { conditions.map { $0["type"].string ?? "" } }

    func shares(_ a: [JSON], _ b: [JSON]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { x.baseAddress == $0.baseAddress } }
    }

    @Test func conditionsComeInTheKubeletsOrderWithTheirTransitionTimes() {
        let scheduled = PodConditions.setting([.init(type: "PodScheduled", status: "True")], in: [], now: start)
        let pending = PodConditions.setting(wanted(ready: false), in: scheduled, now: start + .seconds(Int64(2)))
        #expect(types(pending) == ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"])
        #expect(pending[2]["message"] == "containers with unready status: [web]")
        #expect(pending[4] == scheduled[0])

        let running = PodConditions.setting(wanted(ready: true), in: pending, now: start + .seconds(Int64(5)))
        #expect(running[0]["lastTransitionTime"] == "2026-01-01T00:00:02Z")  // unchanged status keeps its time
        #expect(running[2]["lastTransitionTime"] == "2026-01-01T00:00:05Z")
        #expect(running[2]["reason"].isNull && running[2]["message"].isNull)
    }

    @Test func podsSetAlikeInOneSecondShareTheirConditions() {
        let scheduled = PodConditions.setting([.init(type: "PodScheduled", status: "True")], in: [], now: start)
        let first = PodConditions.setting(wanted(ready: false), in: scheduled, now: start + .seconds(Int64(3)))
        let second = PodConditions.setting(wanted(ready: false), in: scheduled, now: start + .millis(3_900))
        #expect(shares(first, second))

        // Equal but separately made conditions, another second, or other wishes: worked out anew.
        let copy = scheduled.map { JSON.object(JSONObject(($0.object?.entries ?? []).map { ($0.key, $0.value) })) }
        let fromCopy = PodConditions.setting(wanted(ready: false), in: copy, now: start + .seconds(Int64(3)))
        #expect(!shares(first, fromCopy))
        #expect(fromCopy == first)
        let later = PodConditions.setting(wanted(ready: false), in: scheduled, now: start + .seconds(Int64(4)))
        #expect(later[0]["lastTransitionTime"] == "2026-01-01T00:00:04Z")
        let ready = PodConditions.setting(wanted(ready: true), in: scheduled, now: start + .seconds(Int64(3)))
        #expect(ready[2]["status"] == "True")
    }
}
