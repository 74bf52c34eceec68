import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// READY / STATUS / RESTARTS by the printer's rules (kubectl.md §4.1).
@Suite struct PodSummaryTests {
    let now = SimTime(rfc3339: "2026-01-01T00:10:00Z") ?? SimTime(seconds: 0)

    func pod(phase: String, statuses: [JSON], deleting: Bool = false, initStatuses: [JSON]? = nil,
             initContainers: Int = 0) -> JSON {
        var pod: JSON = [
            "metadata": ["name": "p"],
            "spec": ["containers": .array(statuses.indices.map { _ in ["name": "c"] }),
                     "initContainers": .array((0..<initContainers).map { _ in ["name": "i"] })],
            "status": ["phase": .string(phase), "containerStatuses": .array(statuses)],
        ]
        if let initStatuses { pod["status"]["initContainerStatuses"] = .array(initStatuses) }
        if deleting { pod["metadata"]["deletionTimestamp"] = "2026-01-01T00:09:00Z" }
        return pod
    }

    func waiting(_ reason: String) -> JSON { ["ready": false, "restartCount": 0, "state": ["waiting": ["reason": .string(reason)]]] }
    let running: JSON = ["ready": true, "restartCount": 0, "state": ["running": ["startedAt": "2026-01-01T00:00:00Z"]]]

    @Test func pendingWithoutStatuses() {
        let summary = PodSummary(pod(phase: "Pending", statuses: []), now: now)
        #expect(summary.status == "Pending")
    }

    @Test func waitingReasonWins() {
        #expect(PodSummary(pod(phase: "Pending", statuses: [waiting("ContainerCreating")]), now: now).status == "ContainerCreating")
        #expect(PodSummary(pod(phase: "Running", statuses: [waiting("CrashLoopBackOff")]), now: now).status == "CrashLoopBackOff")
    }

    @Test func runningAndReady() {
        let summary = PodSummary(pod(phase: "Running", statuses: [running, waiting("ErrImagePull")]), now: now)
        #expect(summary.ready == "1/2")
        #expect(summary.status == "ErrImagePull")
    }

    @Test func terminatedWithAndWithoutReason() {
        let completed: JSON = ["state": ["terminated": ["exitCode": 0, "reason": "Completed"]]]
        #expect(PodSummary(pod(phase: "Succeeded", statuses: [completed]), now: now).status == "Completed")
        let bare: JSON = ["state": ["terminated": ["exitCode": 3]]]
        #expect(PodSummary(pod(phase: "Failed", statuses: [bare]), now: now).status == "ExitCode:3")
        let signal: JSON = ["state": ["terminated": ["exitCode": 137, "signal": 9]]]
        #expect(PodSummary(pod(phase: "Failed", statuses: [signal]), now: now).status == "Signal:9")
    }

    @Test func terminatingOverridesEverything() {
        #expect(PodSummary(pod(phase: "Running", statuses: [running], deleting: true), now: now).status == "Terminating")
    }

    @Test func restartsShowTheLastTermination() {
        var restarted = running
        restarted["restartCount"] = 3
        restarted["lastState"] = ["terminated": ["exitCode": 1, "finishedAt": "2026-01-01T00:07:56Z"]]
        #expect(PodSummary(pod(phase: "Running", statuses: [restarted]), now: now).restarts == "3 (2m4s ago)")
    }

    @Test func initContainers() {
        let initWaiting: JSON = ["name": "i", "state": ["waiting": ["reason": "PodInitializing"]]]
        #expect(PodSummary(pod(phase: "Pending", statuses: [waiting("PodInitializing")], initStatuses: [initWaiting],
                               initContainers: 1), now: now).status == "Init:0/1")
        let initCrash: JSON = ["name": "i", "state": ["waiting": ["reason": "CrashLoopBackOff"]]]
        #expect(PodSummary(pod(phase: "Pending", statuses: [waiting("PodInitializing")], initStatuses: [initCrash],
                               initContainers: 1), now: now).status == "Init:CrashLoopBackOff")
    }
}

@Suite struct SchedulerMessageTests {
    @Test func failedSchedulingMessageHasTheRealShape() {
        let message = Scheduler.failureMessage(
            total: 3, reasons: ["node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }": 1, "Insufficient cpu": 2],
            unresolvable: 1)
        #expect(message == "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.")
    }

    @Test func feasibleNodeSampling() {
        #expect(Scheduler.feasibleNodesToFind(3) == 3)
        #expect(Scheduler.feasibleNodesToFind(5000) == 500)
        #expect(Scheduler.feasibleNodesToFind(150) == 100)
    }
}

@Suite struct SelectorTests {
    @Test func parsesTheStringSyntax() throws {
        let selector = try LabelSelector.parse("app=web,tier!=db,env in (a,b),!legacy,team")
        #expect(selector.matches(["app": "web", "env": "a", "team": "x"]))
        #expect(!selector.matches(["app": "web", "env": "c", "team": "x"]))
        #expect(!selector.matches(["app": "web", "env": "a", "team": "x", "legacy": "1"]))
        #expect(try LabelSelector.parse("").isEverything)
    }

    @Test func rejectsNonsense() {
        #expect(throws: SelectorParseError.self) { try LabelSelector.parse("a=b,,=") }
        #expect(throws: SelectorParseError.self) { try LabelSelector.parse("env in a") }
    }

    @Test func quantities() {
        #expect(Quantity("100m")?.milli == 100)
        #expect(Quantity("2")?.milli == 2000)
        #expect(Quantity("128Mi")?.value == 134_217_728)
        #expect(Quantity("1G")?.value == 1_000_000_000)
        #expect(Quantity("abc") == nil)
        #expect(Quantity("4Gi")?.memoryString == "4Gi")
    }
}
