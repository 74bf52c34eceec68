import JSONValue
import Testing
@testable import Kubectl

/// `kubectl expose`'s introspection (kubectl's expose.go): ports, their names and protocols,
/// and the selector, from the exposed object.
@Suite struct ServiceGeneratorTests {
    let deployment: JSON = [
        "kind": "Deployment", "metadata": ["name": "dns", "labels": ["app": "dns"]],
        "spec": ["selector": ["matchLabels": ["k8s-app": "dns"]],
                 "template": ["spec": ["containers": [["name": "c", "ports": [["containerPort": 53, "protocol": "UDP"],
                                                                                ["containerPort": 9153]]]]]]],
    ]

    @Test func severalPortsAreNumberedAndKeepTheirProtocols() throws {
        let service = try Generators.exposedService(deployment, request: .init())
        #expect(service["spec"]["ports"] == [
            ["name": "port-1", "protocol": "UDP", "port": 53, "targetPort": 53],
            ["name": "port-2", "protocol": "TCP", "port": 9153, "targetPort": 9153],
        ])
        #expect(service["spec"]["selector"] == ["k8s-app": "dns"])
        #expect(service["metadata"]["labels"] == ["app": "dns"])
        #expect(service["spec"]["type"].isNull)
    }

    @Test func flagsOverrideWhatIntrospectionFinds() throws {
        let request = Generators.ExposeRequest(name: "front", port: "80", targetPort: "http", type: "NodePort",
                                               selector: "tier=web", labels: "team=a")
        let service = try Generators.exposedService(deployment, request: request)
        #expect(service["metadata"]["name"] == "front")
        #expect(service["spec"]["ports"] == [["protocol": "TCP", "port": 80, "targetPort": "http"]])
        #expect(service["spec"]["selector"] == ["tier": "web"])
        #expect(service["metadata"]["labels"] == ["team": "a"])
        #expect(service["spec"]["type"] == "NodePort")
    }

    @Test func expressionSelectorsCannotBeExposed() {
        var withExpressions = deployment
        withExpressions["spec"]["selector"] = ["matchExpressions": [["key": "a", "operator": "Exists"]]]
        #expect(throws: KubectlError.self) { try Generators.exposedService(withExpressions, request: .init()) }
    }

    @Test func externalNamesAreDNSSubdomains() {
        #expect(Generators.isDNSSubdomain("db.example.com"))
        #expect(!Generators.isDNSSubdomain("Not_A_Name"))
        #expect(!Generators.isDNSSubdomain("-lead.example"))
    }
}
