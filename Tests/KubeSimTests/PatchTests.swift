import JSONValue
import Testing
@testable import KubeSim

/// The three patch types, on a deployment-shaped object.
@Suite struct PatchTests {
    let deployment: JSON = [
        "spec": [
            "replicas": 2,
            "template": ["spec": ["containers": [
                ["name": "web", "image": "nginx:1.27", "ports": [["containerPort": 80]]],
                ["name": "log", "image": "busybox"],
            ]]],
        ],
    ]

    @Test func strategicMergesNamedListItemsAndDeletesWithNull() throws {
        let patch: JSON = ["spec": ["replicas": .null, "template": ["spec": ["containers": [
            ["name": "web", "image": "nginx:1.28"], ["name": "sidecar", "image": "envoy"],
        ]]]]]
        let result = try Patch.apply(.strategic, patch, to: deployment)
        #expect(result["spec"]["replicas"].isNull)
        let containers = result["spec"]["template"]["spec"]["containers"].array ?? []
        #expect(containers.map { $0["name"].string ?? "" } == ["web", "log", "sidecar"])
        #expect(containers[0]["image"] == "nginx:1.28")
        #expect(containers[0]["ports"][0]["containerPort"] == 80)
    }

    @Test func strategicDirectives() throws {
        let delete: JSON = ["spec": ["template": ["spec": ["containers": [["name": "log", "$patch": "delete"]]]]]]
        let deleted = try Patch.apply(.strategic, delete, to: deployment)
        #expect(deleted["spec"]["template"]["spec"]["containers"].array?.count == 1)
        let replace: JSON = ["spec": ["$patch": "replace", "replicas": 5]]
        #expect(try Patch.apply(.strategic, replace, to: deployment)["spec"] == ["replicas": 5])
    }

    @Test func mergePatchReplacesLists() throws {
        let patch: JSON = ["spec": ["template": ["spec": ["containers": [["name": "only", "image": "x"]]]]]]
        let result = try Patch.apply(.merge, patch, to: deployment)
        #expect(result["spec"]["template"]["spec"]["containers"].array?.count == 1)
        #expect(result["spec"]["replicas"] == 2)
    }

    @Test func jsonPatchOperations() throws {
        let operations: JSON = [
            ["op": "replace", "path": "/spec/replicas", "value": 3],
            ["op": "add", "path": "/spec/template/spec/containers/-", "value": ["name": "third", "image": "y"]],
            ["op": "remove", "path": "/spec/template/spec/containers/1"],
            ["op": "copy", "from": "/spec/replicas", "path": "/spec/minReadySeconds"],
            ["op": "test", "path": "/spec/minReadySeconds", "value": 3],
            ["op": "add", "path": "/metadata", "value": ["labels": ["a~b/c": "1"]]],
            ["op": "move", "from": "/metadata/labels/a~0b~1c", "path": "/metadata/labels/moved"],
        ]
        let result = try Patch.apply(.json, operations, to: deployment)
        #expect(result["spec"]["replicas"] == 3)
        #expect(result["spec"]["template"]["spec"]["containers"].array?.map { $0["name"].string ?? "" } == ["web", "third"])
        #expect(result["metadata"]["labels"] == ["moved": "1"])
    }

    @Test func jsonPatchFailures() {
        #expect(throws: Patch.Failure.self) {
            try Patch.apply(.json, [["op": "remove", "path": "/spec/nope"]], to: deployment)
        }
        #expect(throws: Patch.Failure.self) {
            try Patch.apply(.json, [["op": "test", "path": "/spec/replicas", "value": 9]], to: deployment)
        }
        #expect(throws: Patch.Failure.self) { try Patch.apply(.json, ["op": "add"], to: deployment) }
        #expect(throws: Patch.Failure.self) {
            try Patch.apply(.json, [["op": "add", "path": "spec", "value": 1]], to: deployment)
        }
    }
}
