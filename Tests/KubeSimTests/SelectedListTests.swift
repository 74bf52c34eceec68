import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// Lists that the API server answers from an index (pods by node, events by the object they
/// are about) must give what testing every object would give.
@Suite struct SelectedListTests {
    func cluster() -> Cluster { TestCluster.make() }

    func pod(_ name: String, node: String?, namespace: String = "default") -> JSON {
        var pod: JSON = ["metadata": ["name": .string(name), "labels": ["app": "web"]],
                         "spec": ["containers": [["name": "c", "image": "nginx"]]]]
        if let node { pod["spec"]["nodeName"] = .string(node) }
        pod["metadata"]["namespace"] = .string(namespace)
        return pod
    }

    @Test func aNodesPodsAreThoseAScanFinds() throws {
        let server = cluster().apiServer
        _ = try server.create(.namespace, ["metadata": ["name": "other"]])
        for (name, node, namespace) in [("b", "n1", "default"), ("a", "n1", "default"), ("c", "n2", "default"),
                                        ("a", "n1", "other"), ("d", nil, "default")] {
            _ = try server.create(.pod, pod(name, node: node, namespace: namespace))
        }
        let onN1 = try FieldSelector.parse("spec.nodeName=n1")
        let everyPod = server.list(.pod, namespace: nil)
        #expect(server.list(.pod, namespace: nil, fieldSelector: onN1).map { "\($0.namespace)/\($0.name)" }
            == everyPod.filter { onN1.matches($0) }.map { "\($0.namespace)/\($0.name)" })
        #expect(server.list(.pod, namespace: nil, fieldSelector: onN1).map { "\($0.namespace)/\($0.name)" }
            == ["default/a", "default/b", "other/a"])
        #expect(server.list(.pod, namespace: "other", fieldSelector: onN1).map(\.name) == ["a"])
        let notA = try LabelSelector.parse("app!=web")
        #expect(server.list(.pod, namespace: nil, labelSelector: notA, fieldSelector: onN1).isEmpty)
        let onN1Running = try FieldSelector.parse("spec.nodeName=n1,status.phase=Running")
        #expect(server.list(.pod, namespace: nil, fieldSelector: onN1Running).isEmpty)
    }

    @Test func eventsAboutAnObjectSurviveRemovalsAndReusedSlots() throws {
        let cluster = cluster()
        let server = cluster.apiServer
        let a = try server.create(.pod, pod("a", node: nil))
        let b = try server.create(.pod, pod("b", node: nil))
        let source = EventRecorder.Source(component: "test")
        cluster.events.record(a, reason: "One", message: "first about a", source: source)
        cluster.events.record(b, reason: "One", message: "about b", source: source)
        cluster.events.record(a, reason: "Two", message: "second about a", source: source)
        let aboutA = try FieldSelector.parse("involvedObject.name=a")
        func reasons(_ selector: FieldSelector) -> [String] {
            server.list(.event, namespace: "default", fieldSelector: selector).compactMap { $0["reason"].string }
        }
        #expect(reasons(aboutA) == ["One", "Two"])
        // A removed event's slot goes to the next one, about another object.
        let first = server.list(.event, namespace: "default", fieldSelector: aboutA)[0]
        _ = try server.delete(.event, namespace: "default", name: first.name)
        cluster.events.record(b, reason: "Three", message: "later about b", source: source)
        #expect(reasons(aboutA) == ["Two"])
        #expect(reasons(try FieldSelector.parse("involvedObject.name=b")) == ["One", "Three"])
        #expect(reasons(try FieldSelector.parse("involvedObject.name=b,reason!=One")) == ["Three"])
    }

    @Test func eventsAboutAnObjectAreFoundAfterAnHoursEventsExpireAndTheirSlotsAreReused() throws {
        let cluster = cluster()
        let server = cluster.apiServer
        let a = try server.create(.pod, pod("a", node: nil))
        let b = try server.create(.pod, pod("b", node: nil))
        let source = EventRecorder.Source(component: "test")
        for n in 1...3 { cluster.events.record(a, reason: "Old\(n)", message: "old about a", source: source) }
        cluster.simulation.advance(by: .minutes(61))
        cluster.events.record(a, reason: "New", message: "new about a", source: source)
        // Listing sweeps out the hour-old events; their slots then go to new ones.
        #expect(server.list(.event, namespace: "default").compactMap { $0["reason"].string } == ["New"])
        for n in 1...3 { cluster.events.record(b, reason: "B\(n)", message: "about b \(n)", source: source) }
        func reasons(_ name: String) throws -> [String] {
            try server.list(.event, namespace: "default", fieldSelector: .parse("involvedObject.name=\(name)"))
                .compactMap { $0["reason"].string }.sorted()
        }
        #expect(try reasons("a") == ["New"])
        #expect(try reasons("b") == ["B1", "B2", "B3"])
    }
}
