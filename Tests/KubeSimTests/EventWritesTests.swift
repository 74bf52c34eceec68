import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// Events are objects like any other to a client: what it creates, applies, patches, labels
/// or annotates is kept, recorded events included, and each keeps its name.
@Suite struct EventWritesTests {
    let cluster = TestCluster.make()
    var server: APIServer { cluster.apiServer }

    func recordedEvent() throws -> JSON {
        let pod = try server.create(.pod, ["metadata": ["name": "web", "namespace": "default"],
                                           "spec": ["containers": [["name": "c", "image": "nginx"]]]])
        cluster.events.record(pod, reason: "Tested", message: "about web", source: .init(component: "test"))
        return try #require(server.list(.event, namespace: "default", fieldSelector: try .parse("reason=Tested")).first)
    }

    @Test func aLabelOnARecordedEventIsKept() throws {
        let event = try recordedEvent()
        server.modify(.event, namespace: "default", name: event.name) { $0["metadata"]["labels"] = ["seen": "yes"] }
        let labelled = try server.get(.event, namespace: "default", name: event.name)
        #expect(labelled["metadata"]["labels"]["seen"] == "yes")
        #expect(labelled["message"] == "about web")
        #expect(labelled["metadata"]["uid"] == event["metadata"]["uid"])
        #expect(server.list(.event, namespace: "default", labelSelector: try .parse("seen=yes")).map(\.name) == [event.name])
    }

    @Test func anUpdateKeepsTheNameWhenTheObjectChanges() throws {
        var event = try recordedEvent()
        event["involvedObject"]["name"] = "other"
        event["reason"] = "Rewritten"
        let stored = try server.update(.event, event)
        #expect(stored.name == event.name)
        #expect(try server.get(.event, namespace: "default", name: event.name)["reason"] == "Rewritten")
        let aboutOther = server.list(.event, namespace: "default", fieldSelector: try .parse("involvedObject.name=other"))
        #expect(aboutOther.map(\.name) == [event.name])
        #expect(server.list(.event, namespace: "default", fieldSelector: try .parse("involvedObject.name=web")).isEmpty)
        _ = try server.delete(.event, namespace: "default", name: event.name)
        #expect(server.object(.event, namespace: "default", name: event.name) == nil)
    }

    @Test func aStaleVersionIsAConflict() throws {
        var event = try recordedEvent()
        server.modify(.event, namespace: "default", name: event.name) { $0["message"] = "newer" }
        event["message"] = "older"
        #expect(throws: APIError.self) { try server.update(.event, event) }
        #expect(try server.get(.event, namespace: "default", name: event.name)["message"] == "newer")
    }

    @Test func aLearnersEventKeepsItsLabels() throws {
        _ = try server.create(.event, ["metadata": ["name": "mine", "namespace": "default", "labels": ["by": "me"]],
                                       "involvedObject": ["kind": "Pod", "name": "web"], "reason": "Noted",
                                       "message": "my own"])
        let mine = try server.get(.event, namespace: "default", name: "mine")
        #expect(mine["metadata"]["labels"]["by"] == "me")
        #expect(mine["count"] == 1)
        #expect(mine["type"] == "Normal")
    }
}
