import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// The kubelet's container GC: once a minute from the kubelet's start, exited containers go
/// but the newest of each container of each pod.
@Suite struct KubeletContainerGCTests {
    func crashingPod(_ cluster: Cluster) throws {
        _ = try cluster.apiServer.create(.pod, [
            "metadata": ["name": "crash"],
            "spec": ["containers": [["name": "crash", "image": "busybox:1.36",
                                     "command": ["sh", "-c", "echo boom; exit 1"]]]],
        ])
    }

    func crashContainers(_ cluster: Cluster) -> [Containerd.Container] {
        let containers = cluster.kubelet(on: "node01")?.runtime.containers.values.filter { $0.name == "crash" } ?? []
        return containers.sorted { $0.attempt < $1.attempt }
    }

    @Test func keepsOnlyTheNewestExitedRunOfACrashingContainer() throws {
        let cluster = TestCluster.make(withNode: true)
        try crashingPod(cluster)
        // The node's kubelet started 5 s before the pod: its GC ticks at 60 s, 120 s, 180 s.
        cluster.simulation.advance(by: .seconds(Int64(50)))
        let beforeTick = crashContainers(cluster)
        #expect(beforeTick.count >= 3)
        #expect(beforeTick.allSatisfy { $0.state == .exited })

        cluster.simulation.advance(by: .seconds(Int64(130)))
        let afterTicks = crashContainers(cluster)
        // At most the run the last tick kept and any run since, and never the oldest.
        #expect(afterTicks.count <= 2)
        #expect(!afterTicks.contains { $0.attempt == 0 })
        let newest = try #require(afterTicks.last)
        let restarts = cluster.apiServer.object(.pod, namespace: "default", name: "crash")?["status"]["containerStatuses"][0]["restartCount"].int
        #expect(newest.attempt == restarts)
    }

    @Test func leavesRunningContainersAndTheOnlyExitedRunAlone() throws {
        let cluster = TestCluster.make(withNode: true)
        _ = try cluster.apiServer.create(.pod, [
            "metadata": ["name": "once"],
            "spec": ["restartPolicy": "Never",
                     "containers": [["name": "once", "image": "busybox:1.36", "command": ["sh", "-c", "echo done"]]]],
        ])
        _ = try cluster.apiServer.create(.pod, [
            "metadata": ["name": "web"], "spec": ["containers": [["name": "web", "image": "nginx:1.27"]]],
        ])
        cluster.simulation.advance(by: .minutes(3))
        let containers = cluster.kubelet(on: "node01").map { Array($0.runtime.containers.values) } ?? []
        #expect(containers.filter { $0.name == "once" }.map(\.state) == [.exited])
        #expect(containers.filter { $0.name == "web" }.map(\.state) == [.running])
    }
}
