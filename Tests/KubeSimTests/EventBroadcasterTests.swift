import JSONValue
import SimCore
import Synchronization
import Testing
@testable import KubeSim

/// Recorded events are written on the broadcaster's worker; whoever reads them sees every
/// event recorded before, in the order recorded, as if each had been written at once.
@Suite struct EventBroadcasterTests {
    let source = EventRecorder.Source(component: "test")

    /// A cluster with no node, and a pod in it to record events about.
    func clusterWithPod() throws -> (Cluster, JSON) {
        let cluster = TestCluster.make()
        let pod = try cluster.apiServer.create(.pod, ["metadata": ["name": "web", "namespace": "default"],
                                                      "spec": ["containers": [["name": "c", "image": "nginx"]]]])
        return (cluster, pod)
    }

    @Test func everyItemIsWrittenInOrderByTheTimeFlushReturns() {
        let written = Mutex<[Int]>([])
        let broadcaster = EventBroadcaster<Int>(batchSize: 7) { item in written.withLock { $0.append(item) } }
        for item in 0..<1000 { broadcaster.submit(item) }
        broadcaster.flush()
        #expect(written.withLock { $0 } == Array(0..<1000))
        // Less than a batch waits for the flush, and is written by it.
        for item in 1000..<1003 { broadcaster.submit(item) }
        broadcaster.flush()
        #expect(written.withLock { $0.suffix(3) } == [1000, 1001, 1002])
    }

    @Test func eventsRecordedInManyBatchesReadAsRecorded() throws {
        let (cluster, pod) = try clusterWithPod()
        let server = cluster.apiServer
        let before = server.etcd.revision
        // Distinct reasons, so none is counted on another: each makes an Event.
        for n in 0..<5000 { cluster.events.record(pod, reason: "Step\(n)", message: "step \(n)", source: source) }
        // Their revisions were taken as they were recorded, before any was written.
        #expect(server.etcd.revision == before + 5000)
        let events = server.list(.event, namespace: "default", fieldSelector: try .parse("involvedObject.name=web"))
        #expect(events.count == 5000)
        let versions = events.compactMap { $0["metadata"]["resourceVersion"].string.flatMap { Int64($0) } }
        #expect(Set(versions) == Set((before + 1)...(before + 5000)))
        let byReason = Dictionary(uniqueKeysWithValues: events.map { ($0["reason"].string ?? "", $0) })
        #expect(byReason["Step4999"]?["metadata"]["resourceVersion"] == .string(String(before + 5000)))
        // A repeat counts on the Event it repeats, written on the worker or not (the
        // correlator remembers the last 4,096).
        cluster.events.record(pod, reason: "Step4999", message: "step 4999", source: source)
        #expect(try server.get(.event, namespace: "default", name: byReason["Step4999"]?.name ?? "")["count"] == 2)
    }

    @Test func aWatcherOfEventsHearsOnlyThoseRecordedAfterItBegan() throws {
        let (cluster, pod) = try clusterWithPod()
        let server = cluster.apiServer
        for n in 0..<3000 { cluster.events.record(pod, reason: "Before\(n)", message: "m", source: source) }
        var heard: [String] = []
        server.watch(.event) { heard.append($0.object["reason"].string ?? "") }
        cluster.events.record(pod, reason: "After", message: "m", source: source)
        cluster.simulation.advance(by: .seconds(Int64(1)))
        // (The scheduler has its say about the pod too: there is no node.)
        #expect(heard.filter { $0 != "FailedScheduling" } == ["After"])
        #expect(server.list(.event, namespace: "default", fieldSelector: try .parse("source=test")).count == 3001)
    }
}
