import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// The kubelet running probes and memory limits over simulated time, on a one-node cluster.
@Suite struct KubeletProbeTests {
    func cluster() -> Cluster { TestCluster.make(seed: 42, withNode: true) }

    func pod(_ cluster: Cluster, _ container: JSON, name: String = "p") throws -> JSON {
        try cluster.apiServer.create(.pod, ["metadata": ["name": .string(name)], "spec": ["containers": [container]]])
    }

    func status(_ cluster: Cluster, _ name: String = "p") -> JSON {
        cluster.apiServer.object(.pod, namespace: "default", name: name)?["status"] ?? .null
    }

    func messages(_ cluster: Cluster) -> [String] {
        cluster.apiServer.list(.event, namespace: "default").compactMap { $0["message"].string }
    }

    @Test func failingLivenessProbeRestartsTheContainer() throws {
        let cluster = cluster()
        _ = try pod(cluster, [
            "name": "liveness", "image": "registry.k8s.io/busybox",
            "args": ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
            "livenessProbe": ["exec": ["command": ["cat", "/tmp/healthy"]], "initialDelaySeconds": 5, "periodSeconds": 5],
        ])
        cluster.simulation.advance(by: .seconds(Int64(25)))
        #expect(status(cluster)["containerStatuses"][0]["restartCount"] == 0)
        cluster.simulation.advance(by: .seconds(Int64(90)))
        let container = status(cluster)["containerStatuses"][0]
        #expect(container["restartCount"] == 1)
        // busybox's shell ignores SIGTERM: killed when the 30 s grace period ends.
        #expect(container["lastState"]["terminated"]["exitCode"] == 137)
        let events = messages(cluster)
        #expect(events.contains("Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n"))
        #expect(events.contains("Container liveness failed liveness probe, will be restarted"))
    }

    @Test func failingReadinessProbeKeepsThePodUnready() throws {
        let cluster = cluster()
        _ = try pod(cluster, [
            "name": "nginx", "image": "nginx:1.27",
            "readinessProbe": ["httpGet": ["path": "/", "port": 8080], "periodSeconds": 5],
        ])
        cluster.simulation.advance(by: .seconds(Int64(40)))
        let status = status(cluster)
        #expect(status["phase"] == "Running")
        #expect(status["containerStatuses"][0]["ready"] == false)
        #expect(status["containerStatuses"][0]["restartCount"] == 0)
        let ready = (status["conditions"].array ?? []).first { $0["type"] == "Ready" }
        #expect(ready?["status"] == "False")
        #expect(messages(cluster).contains(
            "Readiness probe failed: Get \"http://10.244.1.2:8080/\": dial tcp 10.244.1.2:8080: connect: connection refused"))
    }

    @Test func passingReadinessProbeMakesItReady() throws {
        let cluster = cluster()
        let created = try pod(cluster, [
            "name": "nginx", "image": "nginx:1.27",
            "readinessProbe": ["httpGet": ["port": 80], "initialDelaySeconds": 5],
        ])
        #expect(created["spec"]["containers"][0]["readinessProbe"]["httpGet"]["path"] == "/")
        #expect(created["spec"]["containers"][0]["readinessProbe"]["timeoutSeconds"] == 1)
        cluster.simulation.advance(by: .seconds(Int64(6)))
        #expect(status(cluster)["containerStatuses"][0]["ready"] == false)
        cluster.simulation.advance(by: .seconds(Int64(10)))
        #expect(status(cluster)["containerStatuses"][0]["ready"] == true)
    }

    @Test func startupProbeHoldsBackLiveness() throws {
        let cluster = cluster()
        _ = try pod(cluster, [
            "name": "nginx", "image": "nginx:1.27",
            "startupProbe": ["httpGet": ["path": "/nope", "port": 80], "failureThreshold": 2, "periodSeconds": 5],
            "livenessProbe": ["tcpSocket": ["port": 80]],
        ])
        cluster.simulation.advance(by: .seconds(Int64(4)))
        #expect(status(cluster)["containerStatuses"][0]["started"] == false)
        cluster.simulation.advance(by: .seconds(Int64(30)))
        #expect(messages(cluster).contains("Container nginx failed startup probe, will be restarted"))
        #expect(!messages(cluster).contains { $0.hasPrefix("Liveness probe") })
    }

    @Test func memoryPastTheLimitIsOOMKilled() throws {
        let cluster = cluster()
        _ = try pod(cluster, [
            "name": "stress", "image": "polinux/stress", "command": ["stress"],
            "args": ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"],
            "resources": ["limits": ["memory": "100Mi"], "requests": ["memory": "50Mi"]],
        ])
        cluster.simulation.advance(by: .seconds(Int64(30)))
        let container = status(cluster)["containerStatuses"][0]
        #expect(container["lastState"]["terminated"]["reason"] == "OOMKilled")
        #expect(container["lastState"]["terminated"]["exitCode"] == 137)
        #expect((container["restartCount"].int ?? 0) >= 2)
        #expect(status(cluster)["phase"] == "Running")
    }

    @Test func crashLoopKeepsTheLastTermination() throws {
        let cluster = cluster()
        _ = try pod(cluster, ["name": "crash", "image": "busybox", "command": ["sh", "-c", "echo hi; exit 1"]])
        cluster.simulation.advance(by: .seconds(Int64(40)))
        let container = status(cluster)["containerStatuses"][0]
        #expect(container["state"]["waiting"]["reason"] == "CrashLoopBackOff")
        #expect(container["lastState"]["terminated"]["exitCode"] == 1)
        #expect(container["lastState"]["terminated"]["reason"] == "Error")
        #expect(status(cluster)["phase"] == "Running")
    }

    @Test func metricsAppearAfterAScrape() throws {
        let cluster = cluster()
        #expect(cluster.metricsServer.availability == .notInstalled)
        MetricsServerAddon.install(on: cluster.apiServer)
        cluster.simulation.advance(by: .seconds(Int64(20)))
        #expect(cluster.metricsServer.availability == .unavailable)
        cluster.simulation.advance(by: .seconds(Int64(60)))
        _ = try pod(cluster, ["name": "nginx", "image": "nginx:1.27"], name: "web")
        cluster.simulation.advance(by: .seconds(Int64(3)))
        #expect(!cluster.metricsServer.podMetrics(namespace: "default").contains { $0.name == "web" })
        cluster.simulation.advance(by: .seconds(Int64(30)))
        let web = cluster.metricsServer.podMetrics(namespace: "default").first { $0.name == "web" }
        #expect(web?["containers"][0]["usage"]["cpu"] == "1000000n")
        #expect(cluster.metricsServer.nodeMetrics().count == 1)
    }
}

/// The job controller's wait before replacing failed pods.
@Suite struct JobBackoffTests {
    func failedPod(finishedAt seconds: Int64) -> JSON {
        ["status": ["phase": "Failed", "containerStatuses": [[
            "state": ["terminated": ["finishedAt": .string(SimTime(seconds: seconds).rfc3339)]],
        ]]]]
    }

    @Test func doublesFromTenSecondsAndCapsAtTenMinutes() {
        let now = SimTime(seconds: 1000)
        #expect(JobController.remainingBackoff(pods: [], now: now) == .zero)
        #expect(JobController.remainingBackoff(pods: [failedPod(finishedAt: 995)], now: now) == .seconds(Int64(5)))
        let three = [failedPod(finishedAt: 900), failedPod(finishedAt: 950), failedPod(finishedAt: 990)]
        #expect(JobController.remainingBackoff(pods: three, now: now) == .seconds(Int64(30)))
        let many = (0..<12).map { failedPod(finishedAt: 900 + Int64($0)) }
        #expect(JobController.remainingBackoff(pods: many, now: now) == .seconds(Int64(511)))
    }

    @Test func aSuccessResetsTheCount() {
        let succeeded: JSON = ["status": ["phase": "Succeeded", "containerStatuses": [[
            "state": ["terminated": ["finishedAt": .string(SimTime(seconds: 980).rfc3339)]],
        ]]]]
        let pods = [failedPod(finishedAt: 900), failedPod(finishedAt: 950), succeeded, failedPod(finishedAt: 990)]
        #expect(JobController.remainingBackoff(pods: pods, now: SimTime(seconds: 1000)) == .zero)
    }

    @Test func onFailureRestartsCountAgainstTheLimit() {
        let spec: JSON = ["template": ["spec": ["restartPolicy": "OnFailure"]]]
        let pod: JSON = ["status": ["phase": "Running", "containerStatuses": [["restartCount": 3]]]]
        #expect(JobController.pastBackoffLimitOnFailure(spec, pods: [pod], limit: 3))
        #expect(!JobController.pastBackoffLimitOnFailure(spec, pods: [pod], limit: 4))
        #expect(!JobController.pastBackoffLimitOnFailure(["template": ["spec": ["restartPolicy": "Never"]]], pods: [pod], limit: 1))
    }
}
